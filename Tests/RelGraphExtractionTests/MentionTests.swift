import RelGraph
import RelGraphExtraction
import Testing

/// Finding actors: lexicon forms, demonyms, places, discovery and references within a document.
struct MentionTests {
    @Test(arguments: ["Kim Jong Un", "Kim Jong-un", "KIM JONG UN", "Kim Jong-un's"])
    func transliterationsAndPossessivesMatchOneEntry(_ form: String) throws {
        let g = try FieldLexicon.graph("Yesterday \(form) inspected a factory.\n")
        #expect(g.actors.map(\.id) == ["kim-jong-un"])
    }

    @Test func zelenskyySpellingMatchesZelensky() throws {
        let g = try FieldLexicon.graph("Later Zelenskyy spoke with Biden.\n")
        #expect(g.actor(id: "volodymyr-zelensky") != nil)
    }

    @Test func demonymWithTroopsIsTheState() throws {
        let g = try FieldLexicon.graph("North Korean troops crossed into Kursk, where Ukrainian units waited.\n")
        let nk = try #require(g.actor(id: "north-korea"))
        #expect(nk.aliases.contains("North Korean troops"))
        #expect(g.actor(id: "kursk") == nil)
    }

    @Test func capitalAsLocationIsNotTheState() throws {
        let g = try FieldLexicon.graph("Analysts in Seoul expect more shipments.\nSeoul protested to Moscow.\n")
        let sk = try #require(g.actor(id: "south-korea"))
        #expect(sk.mentions == 1)
        #expect(g.relations("south-korea", "russia").first?.type == .criticize)
    }

    @Test func acronymUsesLexiconCaseOnly() throws {
        let g = try FieldLexicon.graph("Let us see what the US says.\n")
        #expect(g.actor(id: "united-states")?.mentions == 1)
    }

    @Test func discoversPeopleAndOrganisations() throws {
        let g = try FieldLexicon.graph(
            """
            Park Min-seo from the Asan Institute for Policy Studies said the deal was unusual.
            Dr. Helen Carver, a professor at Cardiff University, disagreed.
            The National Intelligence Service (NIS) briefed lawmakers. The NIS said more troops may follow.

            """)
        let park = try #require(g.actor(id: "park-min-seo"))
        #expect(park.kind == .person && park.discovered)
        #expect(g.actor(id: "asan-institute-for-policy-studies")?.kind == .organization)
        #expect(g.actor(id: "helen-carver")?.kind == .person)
        #expect(g.actor(id: "cardiff-university")?.kind == .organization)
        let nis = try #require(g.actor(id: "national-intelligence-service"))
        #expect(nis.aliases.contains("NIS") && nis.mentions == 3)
        #expect(g.relations("park-min-seo", "asan-institute-for-policy-studies").isEmpty)
    }

    @Test func doesNotDiscoverSentenceStartsMonthsPlacesOrWeapons() throws {
        let g = try FieldLexicon.graph(
            """
            Notably Pyongyang fired Hwasong missiles in March.
            Red Square was closed on Victory Day.
            Despite Sanctions, trade grew.

            """)
        #expect(g.actors.allSatisfy { !$0.discovered })
        #expect(g.actor(id: "red-square") == nil)
    }

    @Test func kimAloneIsNotGuessedWhenAmbiguous() throws {
        let g = try FieldLexicon.graph(
            "Kim Jong Un met Kim Yo Jong and Kim Yong-nam.\nLater Kim spoke to reporters.\n")
        for id in ["kim-jong-un", "kim-yo-jong", "kim-yong-nam"] {
            #expect(g.actor(id: id)?.aliases.contains("Kim") == false)
        }
    }

    @Test func kimResolvesToTheDominantOrTitledKim() throws {
        let g = try FieldLexicon.graph(
            """
            Kim Jong Un opened a plant. Kim Jong Un toured a shipyard. Kim Jong Un met officers.
            His father Kim Jong-il rarely travelled. Kim praised the workers. Chairman Kim left.

            """)
        let kju = try #require(g.actor(id: "kim-jong-un"))
        #expect(kju.aliases.contains("Kim") && kju.aliases.contains("Chairman Kim"))
        #expect(g.actor(id: "kim-jong-il")?.aliases.contains("Kim") == false)
    }

    @Test func surnameAndTitleResolveWithinTheDocument() throws {
        let g = try FieldLexicon.graph(
            "Dr. Helen Carver, an analyst, spoke first.\nLater Dr. Carver said Belousov would return.\n")
        let carver = try #require(g.actor(id: "helen-carver"))
        #expect(carver.mentions == 2)
        #expect(g.relations("helen-carver", "andrei-belousov").first?.type == .statement)
    }

    @Test func roleDescriptionResolvesByDate() throws {
        let text = "The Russian Defense Minister arrived in Pyongyang and met Kim Jong Un.\n"
        let late = try FieldLexicon.graph(text, published: "2024-11-30")
        #expect(late.relations("andrei-belousov", "kim-jong-un").first?.type == .meet)
        let early = try FieldLexicon.graph(text, published: "2023-07-26")
        #expect(early.relations("sergei-shoigu", "kim-jong-un").first?.type == .meet)
        #expect(early.relations("russia", "kim-jong-un").isEmpty)
    }

    @Test func pronounCarriesTheLastPerson() throws {
        let g = try FieldLexicon.graph("Kim Jong Un inspected a factory.\nHe later praised Russia.\n")
        let praise = try #require(g.relations("kim-jong-un", "russia").first)
        #expect(praise.type == .praise && praise.source == "kim-jong-un")
    }

    @Test func anOrganisationNamedAfterACityKeepsTheCity() throws {
        let g = try FieldLexicon.graph("Lee Min-ho, a fellow at the Seoul Centre for Arctic Studies, said little.\n")
        #expect(g.actor(id: "seoul-centre-for-arctic-studies")?.kind == .organization)
        #expect(g.actor(id: "south-korea") == nil)
    }
}
