// swift-tools-version:6.0
import PackageDescription

// Arrows point one way: ipap -> Dashboard -> {TerminalUI, PolicyAnalysis} -> PolicyModel.
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
        .target(name: "PolicyModel", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "PolicyAnalysis", dependencies: ["PolicyModel"]),
        .target(name: "TerminalUI", dependencies: ["CNcursesw"]),
        .target(name: "Dashboard", dependencies: ["PolicyModel", "PolicyAnalysis", "TerminalUI"]),
        .executableTarget(
            name: "ipap",
            dependencies: [
                "PolicyModel", "PolicyAnalysis", "TerminalUI", "Dashboard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PolicyModelTests", dependencies: ["PolicyModel"]),
        .testTarget(name: "PolicyAnalysisTests", dependencies: [
            "PolicyAnalysis", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ipap"]),
    ],
    swiftLanguageModes: [.v6]
)
