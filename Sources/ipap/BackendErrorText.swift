import PolicyModel
import TerminalUI

/// The dashboard's start-up failures in the analyst's language (TerminalUI does not know PolicyModel's
/// languages; the command line does).
extension BackendError: BilingualError {
    public func description(in language: Language) -> String {
        let text: LocalizedText = switch self {
        case .noUTF8Locale:
            LocalizedText(zh: "没有可用的 UTF-8 区域设置（已试过环境变量和 C.UTF-8）", en: description)
        case .cannotOpenTerminal(let term):
            LocalizedText(zh: "无法打开类型为“\(term)”的终端", en: description)
        case .noCursorAddressing(let term):
            LocalizedText(zh: "终端类型“\(term)”不能移动光标，而仪表盘需要这一点；请把 TERM 设为你的终端（如 xterm-256color），或使用 ipap list、show 或 stats",
                          en: description)
        case .alreadyStarted:
            LocalizedText(zh: "终端后端已经启动", en: description)
        }
        return text.text(in: language)
    }
}
