extension Graph {
    /// The actors, optionally of one kind, most mentioned first (ties by id).
    /// - Complexity: O(A log A).
    public func actorsByMentions(kind: ActorKind? = nil) -> [Actor] {
        actors.filter { kind == nil || $0.kind == kind }
            .sorted { ($0.mentions, $1.id) > ($1.mentions, $0.id) }
    }
}
