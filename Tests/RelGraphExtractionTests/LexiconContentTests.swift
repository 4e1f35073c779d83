import Foundation
import RelGraph
import RelGraphExtraction
import TestSupport
import Testing
import Yams

/// Invariants of the shipped actor lexicon (Sources/RelGraphExtraction/Resources/actors.yaml): it must
/// decode, stay consistent as it grows, and cover the forms news in the field actually uses.
struct LexiconContentTests {
    /// Every field of an entry, including the ones `LexiconEntry` does not decode (roles, demonyms).
    private struct Entry: Decodable {
        struct Role: Decodable {
            var title: String
            var of: String
            var from: String?
            var to: String?
        }
        var id: String
        var name: String
        var kind: ActorKind
        var aliases: [String]?
        var titles: [String]?
        var affiliation: String?
        var roles: [Role]?
        var demonyms: [String]?

        var forms: [String] { [name] + (aliases ?? []) + (demonyms ?? []) }
    }

    private struct File: Decodable { var actors: [Entry] }

    /// Surface forms deliberately shared by two entries (none so far); key: NameKey.key of the form.
    private static let deliberatelyShared: Set<String> = []

    private static func read() throws -> [Entry] {
        let url = Fixtures.packageRoot.appendingPathComponent("Sources/RelGraphExtraction/Resources/actors.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try YAMLDecoder().decode(File.self, from: text).actors
    }

    /// Decoded once for all tests; a decoding failure fails every test that reads it.
    private static let decoded: Result<[Entry], any Error> = Result { try read() }
    private static let lookup: Result<ActorLookup, any Error> = Result {
        let entries = try Lexicon.builtIn().entries
        return ActorLookup(entries.map { Actor(id: $0.id, name: $0.name, kind: $0.kind, aliases: $0.aliases) })
    }

    private static func shipped() throws -> [Entry] { try decoded.get() }

    @Test func shippedLexiconDecodesAsTheExtractorReadsIt() throws {
        let builtIn = try Lexicon.builtIn()
        let raw = try Self.shipped()
        #expect(builtIn.entries.map(\.id) == raw.map(\.id))
        #expect(raw.count >= 250)
    }

    @Test func idsAreUniqueSlugs() throws {
        let entries = try Self.shipped()
        var seen: Set<String> = []
        for e in entries {
            #expect(seen.insert(e.id).inserted, "duplicate id \(e.id)")
            #expect(NameKey.slug(e.id) == e.id, "id \(e.id) is not lowercase-hyphenated")
            #expect(!e.name.trimmingCharacters(in: .whitespaces).isEmpty, "\(e.id) has no name")
        }
    }

    @Test func affiliationsNameStates() throws {
        let entries = try Self.shipped()
        let states = Set(entries.filter { $0.kind == .state }.map(\.id))
        for e in entries {
            if let affiliation = e.affiliation {
                #expect(states.contains(affiliation), "\(e.id): affiliation \(affiliation) is not a state id")
                #expect(e.kind != .state, "\(e.id): a state has no affiliation")
            }
        }
    }

    @Test func demonymsOnlyOnStatesAndTitlesOnlyOnPersons() throws {
        for e in try Self.shipped() {
            if !(e.demonyms ?? []).isEmpty { #expect(e.kind == .state, "\(e.id) has demonyms but is no state") }
            if !(e.titles ?? []).isEmpty { #expect(e.kind == .person, "\(e.id) has titles but is no person") }
        }
    }

    @Test func rolesNameExistingActorsAndOrderedMonths() throws {
        let entries = try Self.shipped()
        let ids = Set(entries.map(\.id))
        let month = /[0-9]{4}-(0[1-9]|1[0-2])/
        for e in entries {
            for role in e.roles ?? [] {
                #expect(e.kind == .person, "\(e.id) has a role but is no person")
                #expect(ids.contains(role.of), "\(e.id): role \(role.title) is of unknown \(role.of)")
                for date in [role.from, role.to].compactMap(\.self) {
                    #expect(date.wholeMatch(of: month) != nil, "\(e.id): \(date) is not YYYY-MM")
                }
                if let from = role.from, let to = role.to {
                    #expect(from <= to, "\(e.id): role \(role.title) ends before it starts")
                }
            }
        }
    }

    @Test func noSurfaceFormBelongsToTwoActors() throws {
        var owners: [String: Set<String>] = [:]
        for e in try Self.shipped() {
            for form in e.forms { owners[NameKey.key(form), default: []].insert(e.id) }
        }
        let shared = owners.filter { $0.value.count > 1 && !Self.deliberatelyShared.contains($0.key) }
        #expect(shared.isEmpty, "forms shared by several actors: \(shared.sorted { $0.key < $1.key })")
    }

    /// Ambiguous bare names ("Kim", "Lee", "Korea") must never resolve to one actor.
    @Test(arguments: ["Kim", "Lee", "Park", "Wang", "Li", "Korea", "Korean", "Chairman", "President", "the Alliance"])
    func ambiguousBareNamesAreNotAliases(form: String) throws {
        let key = NameKey.key(form)
        for e in try Self.shipped() {
            #expect(!e.forms.map(NameKey.key).contains(key), "\(e.id) claims the ambiguous form \(form)")
        }
    }

    /// Forms the field's news uses, written as they appear, each with the actor it must name.
    @Test(arguments: [
        ("Kim Jong Un", "kim-jong-un"), ("Chairman Kim", "kim-jong-un"), ("Kim Yo-jong", "kim-yo-jong"),
        ("Kim Jong Il", "kim-jong-il"), ("Kim Yong Nam", "kim-yong-nam"), ("Choe Son Hui", "choe-son-hui"),
        ("Choi Son-hui", "choe-son-hui"), ("No Kwang Chol", "no-kwang-chol"), ("Pyongyang", "north-korea"),
        ("DPRK", "north-korea"), ("Democratic People’s Republic of Korea", "north-korea"),
        ("North Korean", "north-korea"), ("the Kremlin", "russia"), ("Moscow", "russia"),
        ("Russian Federation", "russia"), ("Yuri Ushakov", "yury-ushakov"), ("Yuriy Ushakov", "yury-ushakov"),
        ("Andrey Belousov", "andrei-belousov"), ("Shoygu", "sergei-shoigu"), ("Sergey Lavrov", "sergei-lavrov"),
        ("Zelensky", "volodymyr-zelenskyy"), ("Zelenskiy", "volodymyr-zelenskyy"), ("Kiev", "ukraine"),
        ("Syrsky", "oleksandr-syrskyi"), ("Seoul", "south-korea"), ("ROK", "south-korea"),
        ("Yoon Suk-yeol", "yoon-suk-yeol"), ("Washington", "united-states"), ("U.S.", "united-states"),
        ("the White House", "united-states"), ("Beijing", "china"), ("Minsk", "belarus"), ("Tehran", "iran"),
        ("NIS", "national-intelligence-service"), ("KCNA", "kcna"), ("TASS", "tass"), ("Yonhap", "yonhap"),
        ("Rodong Sinmun", "rodong-sinmun"), ("11th Corps", "storm-corps"), ("11 Corps", "storm-corps"),
        ("KPA", "korean-peoples-army"), ("Korean People’s Army", "korean-peoples-army"),
        ("WPK", "workers-party-of-korea"), ("UN Security Council", "un-security-council"),
        ("State Duma", "state-duma"), ("HUR", "hur"), ("GUR", "hur"), ("JCS", "south-korea-joint-chiefs-of-staff"),
        ("Kyungnam University", "kyungnam-university"), ("KINU", "korea-institute-for-national-unification"),
        ("Victory Day", "victory-day-parade"), ("Kursk", "kursk"), ("KN-23", "kn-23"),
    ])
    func fieldFormsResolve(form: String, id: String) throws {
        let demonymOwners = try Self.shipped().filter {
            ($0.demonyms ?? []).map(NameKey.key).contains(NameKey.key(form))
        }
        if let owner = demonymOwners.first {
            #expect(owner.id == id)
        } else {
            #expect(try Self.lookup.get().find(form).id == id)
        }
    }

    @Test func nonActorKindsCoverPlacesEventsAndWeapons() throws {
        let kinds = Set(try Self.shipped().map(\.kind))
        #expect(kinds.isSuperset(of: [.place, .event, .weapon, .person, .state, .organization, .militaryUnit, .media]))
    }
}
