import Foundation
import PolicyModel

/// A review entry as `update` asks for it: everything but the author, the time and the id, which the edge
/// stamps when it writes (`entry(author:time:)`), so that update reads no clock, no random source, no account.
public struct ReviewDraft: Sendable, Hashable {
    public var kind: ReviewKind
    public var target: ReviewTarget
    public var tags: [String]? = nil
    public var note: String? = nil
    public var rating: ReviewRating? = nil
    public var override: ReviewOverride? = nil
    public var undoes: String? = nil

    public func entry(author: String, time: Date) -> ReviewEntry {
        ReviewEntry(time: time, author: author, kind: kind, target: target, tags: tags, note: note, rating: rating,
                    override: override, undoes: undoes)
    }
}
