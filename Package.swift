// swift-tools-version: 6.0
// relgraph: news articles -> a weighted actor-relationship graph with provenance -> analysis -> Graphviz.
// The targets follow the pipeline: text -> extraction -> model -> analysis -> rendering -> commands.
import PackageDescription

let package = Package(
    name: "relgraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "relgraph", targets: ["relgraph"]),
        .library(name: "RelGraph", targets: ["RelGraph"]),
        .library(name: "RelGraphExtraction", targets: ["RelGraphExtraction"]),
        .library(name: "RelGraphAnalysis", targets: ["RelGraphAnalysis"]),
        .library(name: "RelGraphRender", targets: ["RelGraphRender"]),
        .library(name: "RelGraphExport", targets: ["RelGraphExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    ],
    targets: [
        // Model: actors, relations, evidence, documents, the graph and its file formats.
        .target(
            name: "RelGraph",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // Article text -> documents, mentions, evidence, relations (lexicons are YAML resources).
        .target(
            name: "RelGraphExtraction",
            dependencies: ["RelGraph", "Yams"],
            resources: [.copy("Resources/actors.yaml"), .copy("Resources/cues.yaml")]
        ),
        // Graph algorithms over an immutable CSR projection of the model.
        .target(name: "RelGraphAnalysis", dependencies: ["RelGraph"]),
        // The Graphviz C library (libgvc, libcgraph, libcdt) behind one system-library target.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Styling and drawing; the only module that imports CGraphviz.
        .target(name: "RelGraphRender", dependencies: ["RelGraph", "RelGraphAnalysis", "CGraphviz"]),
        // GraphML, GEXF, CSV (Neo4j), Cypher, DOT and JSON exports; one writer per format.
        .target(name: "RelGraphExport", dependencies: ["RelGraph", "RelGraphRender"]),
        // One file per subcommand; the only module that imports ArgumentParser and prints.
        .target(
            name: "RelGraphCommands",
            dependencies: [
                "RelGraph", "RelGraphExtraction", "RelGraphAnalysis", "RelGraphRender", "RelGraphExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "relgraph", dependencies: ["RelGraphCommands"]),

        .target(name: "TestSupport", dependencies: ["RelGraph"], path: "Tests/TestSupport"),
        .testTarget(name: "RelGraphTests", dependencies: ["RelGraph", "TestSupport"]),
        // Yams lets LexiconContentTests read the fields of the shipped lexicon the extractor does not decode.
        .testTarget(name: "RelGraphExtractionTests", dependencies: ["RelGraphExtraction", "TestSupport", "Yams"]),
        .testTarget(
            name: "RelGraphAnalysisTests", dependencies: ["RelGraphAnalysis", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "RelGraphRenderTests", dependencies: ["RelGraphRender", "TestSupport"]),
        // RelGraphRender: the hostile-text tests draw SVG from the same graph they export.
        .testTarget(
            name: "RelGraphExportTests", dependencies: ["RelGraphExport", "RelGraphRender", "TestSupport"],
            exclude: ["Schemas"]
        ),
        .testTarget(
            name: "RelGraphCommandsTests",
            dependencies: ["RelGraphCommands", "RelGraph", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
