// swift-tools-version: 6.0
// libFuzzer targets for relgraph's parsers. Built by `make fuzz` with -sanitize=fuzzer,address and -DFUZZING;
// built without those flags, each target replays the files given as arguments (a regression run of a corpus).
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder (the checkout may be called relgraph, main or anything).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let relgraph = root.lastPathComponent.lowercased()

let package = Package(
    name: "relgraph-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzGraphFile",
            dependencies: ["FuzzDriver", .product(name: "RelGraph", package: relgraph)]),
        .executableTarget(
            name: "FuzzArticle",
            dependencies: [
                "FuzzDriver", .product(name: "RelGraph", package: relgraph),
                .product(name: "RelGraphExtraction", package: relgraph),
            ]),
        .executableTarget(
            name: "FuzzEdgeList",
            dependencies: [
                "FuzzDriver", .product(name: "RelGraph", package: relgraph),
                .product(name: "RelGraphAnalysis", package: relgraph),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
