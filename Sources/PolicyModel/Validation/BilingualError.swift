/// An error an analyst may see, worded in both languages: `description(in:)` in the analyst's language, with
/// the same path, line and column in both; `description` stays the English, as logs and tests read it.
/// (Not `LocalizedError`: Foundation has one, with other requirements.)
public protocol BilingualError: Error, CustomStringConvertible {
    func description(in language: Language) -> String
}

extension BilingualError {
    public var description: String { description(in: .english) }
}

extension LocalizedText {
    /// Any error in both languages: a `BilingualError`'s own words, else its description in both.
    public init(describing error: Error) {
        if let error = error as? BilingualError {
            self.init(zh: error.description(in: .chinese), en: error.description(in: .english))
        } else {
            self.init(zh: String(describing: error), en: String(describing: error))
        }
    }

    /// `self` then its cause, as each language writes it: "无法写入：磁盘已满", "cannot write: the disk is full".
    public func then(_ cause: LocalizedText) -> LocalizedText {
        LocalizedText(zh: zh + "：" + cause.zh, en: en + ": " + cause.en)
    }

    /// `self`, then a second clause: "…；未导入任何文件", "…; nothing was imported".
    public func and(_ clause: LocalizedText) -> LocalizedText {
        LocalizedText(zh: zh + "；" + clause.zh, en: en + "; " + clause.en)
    }

    /// `path: text`, in Chinese `path：text`: the path reads the same in both languages, so that it can be copied
    /// or searched for, and each language has its own colon (a Chinese message mixed the two: "未导出：报告: 无法写入：…").
    /// A problem's `path:line:column: ` is a location an editor reads, and keeps its colons (`Problem`).
    public func at(_ path: String) -> LocalizedText {
        LocalizedText(zh: path + "：" + zh, en: path + ": " + en)
    }
}
