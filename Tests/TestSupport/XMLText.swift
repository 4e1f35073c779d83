import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses XML (SVG, GraphML, GEXF) and collects what a reader of it sees.
public final class XMLText: NSObject, XMLParserDelegate {
    public private(set) var texts: [String] = []
    public private(set) var elements: [String] = []
    public private(set) var attributes: [[String: String]] = []
    private var current = ""

    /// Parses `data`; returns nil if it is not well-formed XML.
    public static func parse(_ data: Data) -> XMLText? {
        let collector = XMLText()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { return nil }
        return collector
    }

    public func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(name)
        self.attributes.append(attributes)
        current = ""
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

    public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let t = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !t.isEmpty { texts.append(t) }
        current = ""
    }
}
