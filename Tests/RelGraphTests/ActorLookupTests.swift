import RelGraph
import TestSupport
import Testing

struct ActorLookupTests {
    let lookup = ActorLookup(Fixtures.smallGraph().actors)

    @Test(arguments: ["kim jong-un", "KIM JONG UN", "kim-jong-un", "Kim Jong Un", "Chairman Kim", "kimjongun"])
    func findsKimByAnyForm(query: String) throws {
        #expect(try lookup.find(query).id == "kim-jong-un")
    }

    @Test func transliterationVariantsMeet() {
        #expect(NameKey.key("Yury Ushakov") == NameKey.key("Yuri Ushakov"))
        #expect(NameKey.key("Yuriy Ushakov") == NameKey.key("Yuri Ushakov"))
        #expect(NameKey.key("Zelensky") == NameKey.key("Zelenskyy"))
        #expect(NameKey.key("Zelénsky") == NameKey.key("Zelensky"))
        #expect(NameKey.key("Kim Jong-un") != NameKey.key("Kim Yo Jong"))
    }

    @Test func unknownActorSuggestsNearest() {
        #expect(throws: GraphError.unknownActor(query: "Kimm", suggestions: ["Kim Jong-un", "Kim Yo Jong"])) {
            try lookup.find("Kimm")
        }
    }

    @Test func aUniqueSurnameNamesItsActorASharedOneIsAmbiguous() throws {
        #expect(try lookup.find("corps").id == "storm-corps")
        // "Jong" ends Kim Yo Jong's name only (Kim Jong-un's ends with "Jong-un").
        #expect(try lookup.find("jong").id == "kim-yo-jong")
        let kims = ActorLookup([
            Actor(id: "andy-kim", name: "Andy Kim", kind: .person),
            Actor(id: "john-kim", name: "John Kim", kind: .person),
        ])
        #expect(throws: GraphError.self) { try kims.find("Kim") }
    }

    @Test func nothingCloseSuggestsNothing() {
        #expect(lookup.suggestions(for: "Macron") == [])
    }

    @Test func slugs() {
        #expect(NameKey.slug("Kim Jong-un") == "kim-jong-un")
        #expect(NameKey.slug("Workers' Party of Korea") == "workers-party-of-korea")
        #expect(NameKey.slug("Zelénskyy") == "zelenskyy")
    }
}
