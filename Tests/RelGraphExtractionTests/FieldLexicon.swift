import RelGraph
import RelGraphExtraction

/// A small lexicon of the field, written for the tests (the shipped one is larger), and helpers to extract
/// sentences written for the tests.
enum FieldLexicon {
    static let yaml = """
        actors:
          - {id: north-korea, name: North Korea, kind: state, aliases: [DPRK, Pyongyang, "Democratic People's Republic of Korea"], demonyms: [North Korean]}
          - {id: south-korea, name: South Korea, kind: state, aliases: [Seoul, ROK, Republic of Korea], demonyms: [South Korean]}
          - {id: russia, name: Russia, kind: state, aliases: [Russian Federation, Moscow, the Kremlin, Kremlin], demonyms: [Russian]}
          - {id: ukraine, name: Ukraine, kind: state, aliases: [Kyiv, Kiev], demonyms: [Ukrainian]}
          - {id: united-states, name: United States, kind: state, aliases: [U.S., US, USA, Washington, the United States], demonyms: [American]}
          - {id: china, name: China, kind: state, aliases: [Beijing], demonyms: [Chinese]}
          - {id: belarus, name: Belarus, kind: state, aliases: [Minsk], demonyms: [Belarusian]}
          - {id: nazi-germany, name: Nazi Germany, kind: state}
          - id: kim-jong-un
            name: Kim Jong-un
            kind: person
            aliases: [Kim Jong Un]
            titles: [Chairman, General Secretary, leader]
            affiliation: north-korea
            roles: [{title: Leader, of: north-korea, from: "2011-12"}]
          - {id: kim-yo-jong, name: Kim Yo Jong, kind: person, aliases: [Kim Yo-jong], titles: [Vice Department Director], affiliation: north-korea}
          - {id: kim-jong-il, name: Kim Jong-il, kind: person, aliases: [Kim Jong Il], titles: [Chairman], affiliation: north-korea}
          - {id: kim-yong-nam, name: Kim Yong-nam, kind: person, affiliation: north-korea}
          - {id: choe-son-hui, name: Choe Son-hui, kind: person, aliases: [Choe Son Hui], titles: [Foreign Minister], affiliation: north-korea}
          - id: vladimir-putin
            name: Vladimir Putin
            kind: person
            aliases: [Putin]
            titles: [President]
            affiliation: russia
            roles: [{title: President, of: russia, from: "2012-05"}]
          - id: andrei-belousov
            name: Andrei Belousov
            kind: person
            aliases: [Andrey Belousov, Belousov]
            titles: [Defense Minister, Minister]
            affiliation: russia
            roles: [{title: Defense Minister, of: russia, from: "2024-05", to: null}]
          - id: sergei-shoigu
            name: Sergei Shoigu
            kind: person
            aliases: [Shoigu]
            affiliation: russia
            roles: [{title: Defense Minister, of: russia, from: "2012-11", to: "2024-05"}]
          - {id: yury-ushakov, name: Yury Ushakov, kind: person, aliases: [Yuri Ushakov, Ushakov], titles: [aide], affiliation: russia}
          - {id: donald-trump, name: Donald Trump, kind: person, aliases: [Trump], titles: [President, President-elect], affiliation: united-states}
          - {id: joe-biden, name: Joe Biden, kind: person, aliases: [Biden], titles: [President], affiliation: united-states}
          - {id: volodymyr-zelensky, name: Volodymyr Zelensky, kind: person, aliases: [Zelensky, Zelenskyy], titles: [President], affiliation: ukraine}
          - {id: tass, name: TASS, kind: media, aliases: [TASS news agency], affiliation: russia}
          - {id: kcna, name: KCNA, kind: media, aliases: [Korean Central News Agency], affiliation: north-korea}
          - {id: rodong-sinmun, name: Rodong Sinmun, kind: media, affiliation: north-korea}
          - {id: yonhap, name: Yonhap, kind: media, aliases: [Yonhap News Agency], affiliation: south-korea}
          - {id: storm-corps, name: Storm Corps, kind: military_unit, aliases: [11th Corps, 11 Corps], affiliation: north-korea}
          - {id: victory-day-parade, name: Victory Day parade, kind: event, aliases: [Victory Day]}
          - {id: red-square, name: Red Square, kind: place}
          - {id: kursk, name: Kursk, kind: place}
        """

    static func lexicon() throws -> Lexicon { try Lexicon.parse(yaml, path: "field.yaml") }

    static func extractor() throws -> Extractor { Extractor(lexicon: try lexicon()) }

    /// The graph of `text` read as a plain-text article body (no title line).
    static func graph(_ text: String, published: String? = nil) throws -> Graph {
        let doc = Document(id: "t", path: "t.txt", title: "", sha256: "", published: published)
        return try extractor().extract(SourceDocument(document: doc, text: text))
    }
}

extension Graph {
    /// The typed relations (co-mentions left out) between two actors, in either direction.
    func relations(_ a: String, _ b: String) -> [Relation] {
        relations.filter {
            ($0.source == a && $0.target == b || $0.source == b && $0.target == a) && $0.type != .coMention
        }
    }

    /// Whether the two actors only co-occur.
    func onlyCoMentioned(_ a: String, _ b: String) -> Bool {
        relations(a, b).isEmpty
            && relations.contains {
                ($0.source == a && $0.target == b || $0.source == b && $0.target == a) && $0.type == .coMention
            }
    }
}
