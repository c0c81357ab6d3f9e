import Foundation
import PolicyAnalysis

/// The seeded generator of a test that draws at random (when to kill a process): the seed is `IPAP_TEST_SEED`
/// when set, else drawn, and printed either way, so that a failure's draws can be drawn again. Kill timing itself
/// is never reproducible; what was drawn is, and each assertion names it.
enum TestSeed {
    struct NotANumber: Error, CustomStringConvertible {
        var value: String
        var description: String { "IPAP_TEST_SEED must be a whole number from 0 to \(UInt64.max), not '\(value)'" }
    }

    static func generator(for test: String) throws -> (seed: UInt64, generator: SplitMix64) {
        let seed: UInt64
        if let value = ProcessInfo.processInfo.environment["IPAP_TEST_SEED"] {
            guard let parsed = UInt64(value) else { throw NotANumber(value: value) }
            seed = parsed
        } else {
            seed = UInt64.random(in: .min ... .max)
        }
        print("\(test): IPAP_TEST_SEED=\(seed)")
        return (seed, SplitMix64(seed: seed))
    }
}
