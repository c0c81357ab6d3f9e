// swift-tools-version:6.0
import PackageDescription

// Arrows point one way: ipap -> Dashboard -> {TerminalUI, PolicyAnalysis} -> PolicyModel; ipap -> PolicyFetch ->
// PolicyModel; all -> SafeText.
// TerminalUI knows nothing about policy; only TerminalUI's NcursesBackend imports CNcursesw.
let package = Package(
    name: "ipap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ipap", targets: ["ipap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Reads .docx files (ZIP archives) on import.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // Property-based tests (the text-reuse guarantee); tests only.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // What counts as a control character in any output, defined once (no dependencies).
        .target(name: "SafeText"),
        .target(name: "PolicyModel", dependencies: ["SafeText", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "PolicyAnalysis", dependencies: ["PolicyModel", "SafeText"]),
        // ipap fetch: downloads catalogue documents' pages (URLSession from FoundationNetworking) into a corpus.
        .target(name: "PolicyFetch", dependencies: ["PolicyModel", "SafeText"]),
        .target(name: "TerminalUI", dependencies: ["CNcursesw", "SafeText"]),
        .target(name: "Dashboard", dependencies: ["PolicyModel", "PolicyAnalysis", "TerminalUI"]),
        .executableTarget(
            name: "ipap",
            dependencies: [
                "PolicyModel", "PolicyAnalysis", "PolicyFetch", "TerminalUI", "Dashboard", "SafeText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzz target of the import and JSON readers: tools/fuzz.sh builds it with libFuzzer; a plain build
        // gives a replayer of saved inputs.
        .executableTarget(name: "ImportFuzz", dependencies: ["PolicyModel", "SafeText"]),
        .testTarget(name: "PolicyModelTests", dependencies: ["PolicyModel"]),
        .testTarget(name: "PolicyAnalysisTests", dependencies: [
            "PolicyAnalysis", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard"]),
        // A local HTTP server and the synthetic pages it serves: the fetch tests never touch the network.
        .target(name: "FetchFixtures", path: "Tests/FetchFixtures"),
        .testTarget(name: "PolicyFetchTests", dependencies: ["PolicyFetch", "FetchFixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ipap", "FetchFixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
