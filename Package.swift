// swift-tools-version:6.0
import PackageDescription

// Arrows point one way: ipap -> {Dashboard, NcursesTerminal, PolicyFetch}; Dashboard -> {TerminalUI, PolicyAnalysis}
// -> PolicyModel; PolicyFetch -> PolicyModel; NcursesTerminal -> {TerminalUI, CNcursesw}; all -> SafeText. The
// dependencies below are the rules: a target cannot import what it does not list, so only NcursesTerminal can
// reach ncurses, and TerminalUI and the Dashboard build and test without it.
// Platforms: Linux (glibc) is what is built and tested, here and in CI. macOS is declared so that the
// Darwin branches (`#if canImport(Darwin)`) have a target; no macOS build is run or promised.
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
        // __builtin_prefetch, for the reuse search's reads of its index at random places.
        .target(name: "CPrefetch"),
        .target(name: "CNumberText"),
        .target(name: "PolicyAnalysis", dependencies: ["PolicyModel", "SafeText", "CPrefetch", "CMallocPolicy", "CNumberText"]),
        // ipap fetch: downloads catalogue documents' pages (URLSession from FoundationNetworking) into a corpus.
        .target(name: "PolicyFetch", dependencies: ["PolicyModel", "SafeText"]),
        // sigaction for SignalGuard, apart from ncurses.
        .target(name: "CTerminalSignals"),
        .target(name: "TerminalUI", dependencies: ["CTerminalSignals", "SafeText"]),
        // The one place that touches ncurses: the real terminal backend and its key codes.
        .target(name: "NcursesTerminal", dependencies: ["CNcursesw", "TerminalUI"]),
        .target(name: "Dashboard", dependencies: ["PolicyModel", "PolicyAnalysis", "TerminalUI", "SafeText", "CMallocPolicy"]),
        // mallopt and malloc_trim (glibc's <malloc.h>): the allocator setting ipap makes at start, and the
        // analysis and the dashboard's report giving back the pages their transient lists leave free.
        .target(name: "CMallocPolicy"),
        .executableTarget(
            name: "ipap",
            dependencies: [
                "PolicyModel", "PolicyAnalysis", "PolicyFetch", "TerminalUI", "NcursesTerminal", "Dashboard", "SafeText",
                "CMallocPolicy",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzz target of the import and JSON readers: tools/fuzz.sh builds it with libFuzzer; a plain build
        // gives a replayer of saved inputs.
        .executableTarget(name: "ImportFuzz", dependencies: ["PolicyModel", "SafeText"]),
        // A test tool, not shipped (no product): many processes appending to journals under test names, and
        // the journals read back trusting those names (ReviewStressTests).
        .executableTarget(name: "JournalStress", dependencies: ["PolicyModel"]),
        .testTarget(name: "PolicyModelTests", dependencies: ["PolicyModel"]),
        .testTarget(name: "PolicyAnalysisTests", dependencies: [
            "PolicyAnalysis", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        // The real backend, its key codes, and DisplayWidth against the C library's wcwidth.
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "TerminalUI", "CNcursesw"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "NcursesTerminal"]),
        // A local HTTP server and the synthetic pages it serves: the fetch tests never touch the network.
        .target(name: "FetchFixtures", path: "Tests/FetchFixtures"),
        .testTarget(name: "PolicyFetchTests", dependencies: ["PolicyFetch", "FetchFixtures"]),
        // PolicyAnalysis for SplitMix64, the seeded generator of the kill tests.
        .testTarget(name: "EndToEndTests", dependencies: ["ipap", "JournalStress", "FetchFixtures", "PolicyAnalysis"]),
    ],
    swiftLanguageModes: [.v6]
)
