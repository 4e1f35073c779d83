/// The relation types relgraph recognises, each mapped to a CAMEO root code, a quad class and a
/// Goldstein-like intensity in -10...+10 (Goldstein 1992, "A Conflict-Cooperation Scale for WEIS Events Data",
/// Journal of Conflict Resolution 36(2)), as event-data researchers expect.
///
/// `coMention` is not a relation stated by the text: it records that two actors share a sentence with nothing
/// connecting them. It is kept at low weight and never mixed with real relations.
public enum RelationType: String, Codable, Sendable, CaseIterable, Comparable {
    case meet, visit, host, talk, invite, request, agree, sign, support, cooperate, ally, supply, deploy
    case fight, attack, threaten, criticize, sanction, praise, thank, attend, report, statement, other
    case coMention = "co-mention"

    /// The CAMEO root event code (two digits) that the type falls under.
    public var cameoRoot: String {
        switch self {
        case .statement, .report, .other, .coMention: "01"
        case .request: "02"
        case .agree, .invite: "03"
        case .meet, .visit, .host, .talk, .attend: "04"
        case .sign, .cooperate, .ally: "05"
        case .supply, .support: "07"
        case .praise, .thank: "05"
        case .criticize: "11"
        case .threaten: "13"
        case .sanction: "16"
        case .deploy: "15"
        case .fight, .attack: "19"
        }
    }

    /// The quad class of the CAMEO root.
    public var quadClass: QuadClass {
        switch self {
        case .statement, .report, .other, .coMention, .request, .agree, .invite, .meet, .visit, .host, .talk,
            .attend, .sign, .cooperate, .ally, .praise, .thank:
            .verbalCooperation
        case .supply, .support: .materialCooperation
        case .criticize, .threaten: .verbalConflict
        case .sanction, .deploy, .fight, .attack: .materialConflict
        }
    }

    /// Goldstein-like intensity: positive cooperates, negative conflicts.
    public var intensity: Double {
        switch self {
        case .coMention: 0
        case .statement, .report, .other: 1
        case .request: 3
        case .invite: 4
        case .meet, .talk, .attend: 3.8
        case .visit, .host: 4.5
        case .agree: 4.8
        case .praise, .thank: 3.4
        case .sign, .cooperate: 6
        case .ally: 7
        case .support: 7.4
        case .supply: 7.6
        case .criticize: -2
        case .threaten: -6
        case .sanction: -8
        case .deploy: -7
        case .fight: -10
        case .attack: -10
        }
    }

    /// The polarity a type has unless its sentence says otherwise.
    public var defaultPolarity: Polarity {
        switch self {
        case .statement, .report, .other, .coMention: .neutral
        case .criticize, .threaten, .sanction, .fight, .attack: .conflictual
        case .deploy: .conflictual
        default: .cooperative
        }
    }

    /// Whether the text ordinarily gives this type a direction (source acts on target).
    public var isDirectedByDefault: Bool {
        switch self {
        case .meet, .talk, .cooperate, .ally, .agree, .coMention, .other: false
        default: true
        }
    }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool { lhs.rawValue < rhs.rawValue }
}
