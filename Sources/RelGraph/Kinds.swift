/// What an actor is. The first five are actors proper; `place`, `event` and `weapon` are context that the
/// extractor may record but analyses and scorers treat as non-actors.
public enum ActorKind: String, Codable, Sendable, CaseIterable, Comparable {
    case person
    case state
    case organization
    case militaryUnit = "military_unit"
    case media
    case place
    case event
    case weapon

    /// Whether this kind can act politically (and so be a node of the actor graph).
    public var isActor: Bool {
        switch self {
        case .person, .state, .organization, .militaryUnit, .media: true
        case .place, .event, .weapon: false
        }
    }

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How a sentence holds a statement: as fact, attributed to a source, as a possibility, or denied.
public enum Modality: String, Codable, Sendable, CaseIterable, Comparable {
    case asserted
    case reported
    case speculative
    case negated

    /// Strength order used when one modality must stand for several evidences: asserted > reported >
    /// speculative > negated.
    public var strength: Int {
        switch self {
        case .asserted: 3
        case .reported: 2
        case .speculative: 1
        case .negated: 0
        }
    }

    /// The factor by which one evidence of this modality counts towards a relation's weight.
    /// Negated evidence adds nothing: it is kept and shown, never counted as fact.
    public var weightFactor: Double {
        switch self {
        case .asserted: 1.0
        case .reported: 0.8
        case .speculative: 0.4
        case .negated: 0.0
        }
    }

    public static func < (lhs: Modality, rhs: Modality) -> Bool { lhs.strength < rhs.strength }
}

/// Whether a relation brings two actors together or sets them against each other.
public enum Polarity: String, Codable, Sendable, CaseIterable {
    case cooperative
    case conflictual
    case neutral
}

/// CAMEO's four quad classes (Schrodt 2012, CAMEO Event Data Codebook 1.1b3).
public enum QuadClass: String, Codable, Sendable, CaseIterable {
    case verbalCooperation = "verbal_cooperation"
    case materialCooperation = "material_cooperation"
    case verbalConflict = "verbal_conflict"
    case materialConflict = "material_conflict"
}
