import Foundation
import RelGraph
import RelGraphRender
import Testing
import TestSupport

struct RenderSmokeTests {
    @Test func svgNamesEveryActor() throws {
        let data = try Renderer(layout: .sfdp, format: .svg).render(Fixtures.smallGraph())
        let svg = try #require(XMLText.parse(data))
        #expect(svg.elements.contains("svg"))
        for a in Fixtures.smallGraph().actors { #expect(svg.texts.contains(a.name), "missing \(a.name)") }
    }
}
