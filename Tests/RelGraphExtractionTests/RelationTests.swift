import RelGraph
import RelGraphExtraction
import Testing

/// Relation typing, direction, modality and attribution on sentences written for these tests.
struct RelationTests {
    @Test func activeMeetingIsUndirected() throws {
        let g = try FieldLexicon.graph("Sergei Shoigu met Kim Jong Un in Pyongyang on Tuesday.\n")
        let r = try #require(g.relations("sergei-shoigu", "kim-jong-un").first)
        #expect(r.type == .meet && !r.directed && r.polarity == .cooperative)
        #expect(r.evidence.first?.modality == .asserted && r.evidence.first?.cue == "met")
    }

    @Test func passiveInvitationPointsFromTheAgent() throws {
        let g = try FieldLexicon.graph("Choe Son Hui was invited by Vladimir Putin to a forum.\n")
        let r = try #require(g.relations("choe-son-hui", "vladimir-putin").first { $0.type == .invite })
        #expect(r.directed && r.source == "vladimir-putin" && r.target == "choe-son-hui")
    }

    @Test func secondVerbSharesTheSubject() throws {
        let g = try FieldLexicon.graph(
            "Andrei Belousov met Kim Jong Un and invited him to send North Korean soldiers to the parade.\n")
        let invite = g.relations("andrei-belousov", "north-korea").first { $0.type == .invite }
        #expect(invite?.source == "andrei-belousov" && invite?.directed == true)
        #expect(g.relations("andrei-belousov", "kim-jong-un").contains { $0.type == .meet })
    }

    @Test func nominalMeetingAndTalksBetween() throws {
        let g = try FieldLexicon.graph(
            "Analysts discussed Choe Son Hui's meeting with Putin.\nThe talks between Ukraine and the United States stalled.\n"
        )
        #expect(g.relations("choe-son-hui", "vladimir-putin").contains { $0.type == .meet })
        let talk = try #require(g.relations("ukraine", "united-states").first)
        #expect(talk.type == .talk && !talk.directed)
    }

    @Test func toldGivesAStatementToTheAddressee() throws {
        let g = try FieldLexicon.graph("Kim Jong Un told Belousov that Pyongyang would back Moscow.\n")
        let told = try #require(g.relations("kim-jong-un", "andrei-belousov").first)
        #expect(told.type == .statement && told.source == "kim-jong-un" && told.directed)
        let support = try #require(g.relations("north-korea", "russia").first { $0.type == .support })
        #expect(support.source == "north-korea")
        #expect(support.evidence.first?.attribution == "kim-jong-un")
        #expect([.reported, .speculative].contains(support.evidence.first?.modality))
    }

    @Test func negationMakesEvidenceNegated() throws {
        let g = try FieldLexicon.graph("Kim Jong Un has never attended a summit in Russia.\n")
        let r = try #require(g.relations("kim-jong-un", "russia").first { $0.type == .attend })
        #expect(r.isNegatedOnly && r.weight == 0 && r.source == "kim-jong-un")
    }

    @Test func refrainedFromIsNegated() throws {
        let g = try FieldLexicon.graph("Kim Jong-il refrained from visiting China that year.\n")
        let r = try #require(g.relations("kim-jong-il", "china").first)
        #expect(r.type == .visit && r.isNegatedOnly)
    }

    @Test func speculationMarkersMakeEvidenceSpeculative() throws {
        let g = try FieldLexicon.graph(
            "There is speculation that Putin could host Kim Jong Un next spring.\nZelensky is expected to visit Washington.\n"
        )
        #expect(g.relations("vladimir-putin", "kim-jong-un").first?.evidence.first?.modality == .speculative)
        let visit = try #require(g.relations("volodymyr-zelensky", "united-states").first)
        #expect(visit.type == .visit && visit.modality == .speculative)
    }

    @Test func accordingToAttributesAndAddsAReportEdge() throws {
        let g = try FieldLexicon.graph("According to Yonhap, Russia supplied Pyongyang with air defence systems.\n")
        let supply = try #require(g.relations("russia", "north-korea").first { $0.type == .supply })
        #expect(supply.source == "russia" && supply.modality == .reported)
        #expect(supply.evidence.first?.attribution == "yonhap")
        let report = try #require(g.relations("yonhap", "russia").first)
        #expect(report.type == .report && report.source == "yonhap")
    }

    @Test func outletReportingCoversBothParties() throws {
        let g = try FieldLexicon.graph("KCNA reported that Kim Jong Un received Sergei Shoigu.\n")
        #expect(g.relations("kcna", "kim-jong-un").first?.type == .report)
        #expect(g.relations("kcna", "sergei-shoigu").first?.type == .report)
        let host = try #require(g.relations("kim-jong-un", "sergei-shoigu").first)
        #expect(host.type == .host && host.source == "kim-jong-un" && host.evidence.first?.attribution == "kcna")
    }

    @Test func aListOfStatesIsOnlyACoMention() throws {
        let g = try FieldLexicon.graph("Delegations from Belarus, China and Ukraine stood in the square.\n")
        #expect(g.onlyCoMentioned("belarus", "china"))
        #expect(g.onlyCoMentioned("china", "ukraine"))
    }

    @Test func affiliationFromATitleIsNotARelation() throws {
        let g = try FieldLexicon.graph("Russian President Vladimir Putin praised Kim Jong Un.\n")
        #expect(g.relations("vladimir-putin", "russia").isEmpty)
        #expect(g.relations("russia", "kim-jong-un").isEmpty)
        let praise = try #require(g.relations("vladimir-putin", "kim-jong-un").first)
        #expect(praise.type == .praise && praise.source == "vladimir-putin")
        #expect(g.actor(id: "russia") != nil)
    }

    @Test func fightingDeployedTroops() throws {
        let g = try FieldLexicon.graph(
            "Soldiers of the 11th Corps were deployed to Kursk and are fighting against Ukrainian forces.\n")
        let fight = try #require(g.relations("storm-corps", "ukraine").first)
        #expect(fight.type == .fight && fight.source == "storm-corps" && fight.polarity == .conflictual)
    }

    @Test func weightFollowsIntensityAndModality() throws {
        let g = try FieldLexicon.graph(
            "Sergei Shoigu met Kim Jong Un in Pyongyang.\nKCNA said Sergei Shoigu may meet Kim Jong Un again.\n")
        let meet = try #require(g.relations("sergei-shoigu", "kim-jong-un").first { $0.type == .meet })
        #expect(meet.evidence.count == 2)
        #expect(abs(meet.weight - RelationWeight.weight(type: .meet, evidence: meet.evidence)) < 1e-9)
        #expect(meet.weight > 0.38 && meet.weight < 0.38 * 2)
    }

    @Test func dispatchOfTroopsToAState() throws {
        let g = try FieldLexicon.graph("Officials criticised the dispatch of North Korean troops to Russia.\n")
        let r = try #require(g.relations("north-korea", "russia").first { $0.type == .deploy })
        #expect(r.source == "north-korea" && r.directed)
    }

    @Test func purposeInfinitiveSharesTheSubject() throws {
        let g = try FieldLexicon.graph("Seoul summoned Georgy Petrov, an envoy, to protest against Moscow.\n")
        #expect(g.relations("south-korea", "russia").contains { $0.type == .criticize && $0.source == "south-korea" })
    }

    @Test func warnedThatReachesTheActorOfTheClause() throws {
        let g = try FieldLexicon.graph("Choe Son Hui warned that Washington would pay a price.\n")
        let r = try #require(g.relations("choe-son-hui", "united-states").first)
        #expect(r.type == .threaten && r.source == "choe-son-hui")
    }
}
