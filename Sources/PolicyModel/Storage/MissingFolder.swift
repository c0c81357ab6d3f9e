import Foundation

/// Which folder to name when a file or folder cannot be made because the folder that would hold it does not exist.
public enum MissingFolder {
    /// The first missing folder on the way to `url`'s parent (the highest one that does not exist), or nil when
    /// the parent exists: "/nonexist", not "/nonexist/a/b", for "/nonexist/a/b/c".
    public static func first(above url: URL) -> URL? {
        var folder = url.standardizedFileURL.deletingLastPathComponent()
        guard !FileManager.default.fileExists(atPath: folder.path) else { return nil }
        while folder.path != "/", !FileManager.default.fileExists(atPath: folder.deletingLastPathComponent().path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }
}
