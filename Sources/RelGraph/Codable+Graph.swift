// The graph file's field names and explicit nulls. Optional fields are written as `null` rather than left
// out, so every record has the same keys (a contract other tools read); derived fields (CAMEO code, quad
// class, intensity, strongest modality, document count) are written for readers and ignored when read.

extension Document {
    private enum CodingKeys: String, CodingKey { case id, path, title, sha256, published, source, url }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(path, forKey: .path)
        try c.encode(title, forKey: .title)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(published, forKey: .published)
        try c.encode(source, forKey: .source)
        try c.encode(url, forKey: .url)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), path: try c.decode(String.self, forKey: .path),
            title: try c.decode(String.self, forKey: .title), sha256: try c.decode(String.self, forKey: .sha256),
            published: try c.decodeIfPresent(String.self, forKey: .published),
            source: try c.decodeIfPresent(String.self, forKey: .source),
            url: try c.decodeIfPresent(String.self, forKey: .url))
    }
}

extension Actor {
    private enum CodingKeys: String, CodingKey {
        case id, name, kind, aliases, mentions, documents, discovered, affiliation
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(documents, forKey: .documents)
        try c.encode(discovered, forKey: .discovered)
        try c.encode(affiliation, forKey: .affiliation)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
            kind: try c.decode(ActorKind.self, forKey: .kind),
            aliases: try c.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            mentions: try c.decodeIfPresent(Int.self, forKey: .mentions) ?? 0,
            documents: try c.decodeIfPresent(Int.self, forKey: .documents) ?? 0,
            discovered: try c.decodeIfPresent(Bool.self, forKey: .discovered) ?? false,
            affiliation: try c.decodeIfPresent(String.self, forKey: .affiliation))
    }
}

extension Evidence {
    private enum CodingKeys: String, CodingKey {
        case document, sentence, start, end, text, modality, cue, attribution
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(modality, forKey: .modality)
        try c.encode(cue, forKey: .cue)
        try c.encode(attribution, forKey: .attribution)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            document: try c.decode(String.self, forKey: .document), sentence: try c.decode(Int.self, forKey: .sentence),
            start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
            text: try c.decode(String.self, forKey: .text), modality: try c.decode(Modality.self, forKey: .modality),
            cue: try c.decodeIfPresent(String.self, forKey: .cue) ?? "",
            attribution: try c.decodeIfPresent(String.self, forKey: .attribution))
    }
}

extension Relation {
    private enum CodingKeys: String, CodingKey {
        case source, target, type, directed, polarity, weight, evidence
        case cameo, quadClass = "quad_class", intensity, modality, documents
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(type, forKey: .type)
        try c.encode(directed, forKey: .directed)
        try c.encode(polarity, forKey: .polarity)
        try c.encode(weight, forKey: .weight)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(type.cameoRoot, forKey: .cameo)
        try c.encode(type.quadClass, forKey: .quadClass)
        try c.encode(type.intensity, forKey: .intensity)
        try c.encode(modality, forKey: .modality)
        try c.encode(documentCount, forKey: .documents)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            source: try c.decode(String.self, forKey: .source), target: try c.decode(String.self, forKey: .target),
            type: try c.decode(RelationType.self, forKey: .type), directed: try c.decode(Bool.self, forKey: .directed),
            polarity: try c.decode(Polarity.self, forKey: .polarity),
            weight: try c.decodeIfPresent(Double.self, forKey: .weight) ?? 0,
            evidence: try c.decode([Evidence].self, forKey: .evidence))
    }
}
