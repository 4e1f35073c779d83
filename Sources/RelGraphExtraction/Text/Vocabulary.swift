/// Closed word classes the extraction rules rely on (token keys: lower case). These are English grammar and
/// news-writing conventions, not knowledge about particular actors; actors live in the lexicon.
enum Vocabulary {
    /// Titles that stand before a person's name ("President Putin", "Dr. Smith").
    static let personTitles: WordSet = [
        "president", "chairman", "chairwoman", "minister", "premier", "chancellor", "secretary", "general", "gen",
        "gen.", "lt", "colonel", "col", "major", "maj", "captain", "capt", "admiral", "adm", "marshal", "commander",
        "chief", "director", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "senator", "sen",
        "representative", "rep", "governor", "gov", "mayor", "king", "queen", "prince", "leader", "dr", "mr", "mrs",
        "ms", "prof", "professor", "aide", "adviser", "advisor", "deputy", "vice", "prime", "foreign", "defense",
        "defence", "lieutenant", "sergeant", "sgt", "marshal", "pope", "sheikh", "lawmaker", "analyst", "researcher",
        "expert", "editor", "correspondent", "journalist", "commissioner", "counselor", "councillor", "speaker",
        "president-elect", "elect", "first", "supreme", "comrade", "official", "diplomat", "general-secretary",
    ]

    /// Words that may stand between a state and the person or outlet it qualifies ("Russian presidential aide",
    /// "North Korea's state-run news agency"): the state is then an attribute, not a party.
    static let roleWords: WordSet = personTitles.union([
        "presidential", "state", "run", "state-run", "news", "agency", "media", "newspaper", "daily", "broadcaster",
        "outlet", "counterpart", "top", "senior", "former", "then", "current", "new", "ruling", "party", "intelligence",
        "military", "army", "navy", "national", "security", "council", "ministry", "of", "affairs", "staff", "joint",
        "chiefs", "special", "representative", "head", "dictator", "strongman", "official", "officials", "the",
        "elect", "veteran", "opposition", "delegation", "delegate", "central", "committee", "propaganda", "outlets",
        "broadcaster", "tv", "television", "channel", "wire", "service", "paper", "mouthpiece", "official", "press",
    ])

    /// Nouns that, after a state's demonym, stand for the state itself ("North Korean troops", "Russian forces").
    static let forceNouns: WordSet = [
        "troops", "troop", "forces", "force", "army", "military", "soldiers", "soldier", "units", "unit", "navy",
        "government", "regime", "authorities", "officials", "leadership", "delegation", "side", "media", "servicemen",
        "fighters", "personnel", "counterparts", "diplomats", "state",
    ]

    /// Heads of organisation names and the kind they give.
    static let organizationHeads: WordTable<String> = [
        "agency": "organization", "institute": "organization", "university": "organization",
        "ministry": "organization", "council": "organization", "service": "organization", "party": "organization",
        "committee": "organization", "commission": "organization", "office": "organization",
        "department": "organization", "center": "organization", "centre": "organization",
        "foundation": "organization", "association": "organization", "union": "organization", "bank": "organization",
        "group": "organization", "assembly": "organization", "parliament": "organization", "duma": "organization",
        "organization": "organization", "organisation": "organization", "bureau": "organization",
        "academy": "organization", "school": "organization", "college": "organization", "court": "organization",
        "corporation": "organization", "company": "organization", "forum": "organization",
        "secretariat": "organization",
        "army": "military_unit", "corps": "military_unit", "fleet": "military_unit", "forces": "military_unit",
        "brigade": "military_unit", "division": "military_unit", "battalion": "military_unit",
        "regiment": "military_unit", "command": "military_unit", "guard": "military_unit", "navy": "military_unit",
        "news": "media", "times": "media", "post": "media", "daily": "media", "journal": "media", "herald": "media",
        "press": "media", "network": "media", "broadcasting": "media", "tribune": "media", "gazette": "media",
        "telegraph": "media", "television": "media", "radio": "media", "sinmun": "media", "ilbo": "media",
        "review": "media", "monitor": "media", "guardian": "media", "observer": "media",
    ]

    /// Speech verbs after a name that show it is a person ("Hong said").
    static let speechVerbs: WordSet = [
        "said", "says", "told", "noted", "added", "commented", "explained", "wrote", "argued", "stressed",
        "predicted", "pointed", "warned", "believes", "believed", "stated", "claimed", "suggested", "emphasized",
        "remarked", "observed", "insisted", "asserted", "tells", "thinks", "thought", "expects", "cautioned",
    ]

    /// Nouns after "X, a/an/the ..." that show X is a person.
    static let personAppositives: WordSet = [
        "professor", "analyst", "expert", "researcher", "fellow", "official", "spokesperson", "spokesman",
        "spokeswoman", "director", "scholar", "lecturer", "journalist", "correspondent", "diplomat", "minister",
        "lawmaker", "general", "commander", "adviser", "advisor", "specialist", "economist", "historian", "senior",
        "former", "retired", "defector", "member", "head", "chief", "editor", "veteran", "aide",
    ]

    /// Common Korean family names; with a hyphenated given name ("Kim Yong-nam") they mark a person.
    static let koreanSurnames: WordSet = [
        "kim", "lee", "ri", "yi", "park", "pak", "choi", "choe", "jung", "jong", "chung", "kang", "cho", "jo", "yoon",
        "yun", "jang", "chang", "lim", "im", "han", "oh", "o", "seo", "so", "shin", "sin", "kwon", "hwang", "ahn",
        "an", "song", "hong", "moon", "mun", "yoo", "yu", "ko", "go", "nam", "baek", "paek", "heo", "ho", "noh", "ro",
        "ha", "kwak", "son", "bae", "jeon", "chon", "won", "jin", "thae", "tae", "hyun", "hyon",
    ]

    /// Capitalised words that start sentences or headings but never names.
    static let nonNameWords: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "from", "with", "by", "of", "to",
        "and", "but", "or", "if", "as", "while", "when", "since", "after", "before", "during", "despite", "however",
        "meanwhile", "notably", "recently", "furthermore", "moreover", "instead", "still", "yet", "also", "then",
        "according", "analysts", "officials", "experts", "sources", "it", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "its", "there", "here", "what", "why", "how", "who", "which", "where", "thank",
        "welcome", "joining", "speaking", "although", "though", "because", "unlike", "like", "under", "over", "about",
        "last", "next", "first", "second", "new", "many", "some", "several", "both", "all", "each", "every", "more",
        "most", "other", "such", "only", "even", "now", "today", "yesterday", "tomorrow", "earlier", "later", "so",
        "mr", "mrs", "ms", "dr", "prof", "well", "yes", "no", "absolutely", "indeed", "overall", "finally", "recent",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "interview", "between", "read", "related",
        "summary", "conclusion", "update", "breaking", "exclusive", "analysis", "opinion", "editorial", "photo",
        "video", "watch", "listen", "e", "q", "x", "a.", "western", "eastern", "northern", "southern", "world", "war",
        "day", "victory", "cold", "global", "international", "relations", "expert", "editor", "moving", "looking",
        "given", "following", "amid", "hot", "top", "one", "two", "three",
    ]

    /// Months and weekdays: never actors.
    static let calendarWords: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Connectors allowed inside organisation names ("Korea Institute for National Unification").
    static let nameConnectors: WordSet = ["of", "for", "and", "the", "on", "'s", "'", "&", "de"]

    /// Determiners and possessive pronouns: a cue word after one is a noun ("a meeting", "their ties").
    static let determiners: WordSet = [
        "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "any",
        "such", "no", "every", "each", "another", "first", "second", "recent", "possible",
    ]

    /// Possessive pronouns whose owner is the clause's subject ("Russia ... its victory over").
    static let possessivePronouns: WordSet = ["its", "his", "her", "their"]

    /// Prepositions that introduce a noun cue's target ("meeting with", "war in", "visit to").
    static let targetPrepositions: WordSet = [
        "with", "to", "on", "against", "in", "into", "over", "toward", "towards", "for", "at", "of", "from", "upon",
    ]

    /// Words that end the clause a verb's object is sought in.
    static let clauseBreakers: WordSet = [
        ";", ":", "that", "which", "who", "whom", "whose", "while", "but", "although", "though", "because", "when",
        "where", "whereas", "since", "unless", "if", "after", "before", "following", "so", "yet", "whether",
    ]

    /// Auxiliaries and adverbs skipped when reading what precedes a verb.
    static let auxiliaries: WordSet = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "may",
        "might", "can", "shall", "should", "must", "also", "then", "later", "not", "n't", "never", "reportedly",
        "to", "did", "does", "do", "already", "still", "again", "just", "personally", "eventually", "further",
        "even", "indeed", "first", "jointly", "officially", "publicly", "openly", "directly", "formally",
    ]

    /// Passive auxiliaries ("was invited by").
    static let passiveAuxiliaries: WordSet = ["is", "are", "was", "were", "be", "been", "being", "get", "got"]

    /// Words allowed between the parts of a coordination of actors ("X and Y", "X, Y and Z").
    static let coordinators: WordSet = [
        ",", "and", "or", "the", "both", "&", "as", "well", "particularly", "especially", "including",
    ]

    /// Prepositions before which a capital city is a location, not its government ("in Moscow").
    static let locatives: WordSet = ["in", "at", "near", "outside", "around", "across", "inside", "within"]

    /// Personal pronouns resolved to the last person mentioned.
    static let personPronouns: WordSet = ["he", "she", "him", "his", "her"]
}
