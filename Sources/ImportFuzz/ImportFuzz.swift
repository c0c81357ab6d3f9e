import Foundation
import PolicyModel
import SafeText

/// Every reader of untrusted bytes on one input: the import readers (manifest CSV, text decoding, HTML,
/// .docx) and the JSON readers (the locating parser, documents, corpus.json, review journals, the escaping
/// of output). A crash, trap or sanitizer report is a finding; results are ignored.
enum ImportFuzz {
    static func run(_ data: Data) {
        _ = ManifestReader(displayPath: "manifest.csv").read(data)
        _ = DocxText.extract(data, maxXMLSize: 1 << 20)
        _ = ManifestReader(displayPath: "manifest.xlsx").read(workbook: data)
        _ = ReviewStore.parse(data, file: "reviews/fuzz.jsonl", author: "fuzz")
        _ = JSONEscaping.escapingControls(data)
        let decoder = JSONDecoder()
        _ = try? decoder.decode(PolicyDocument.self, from: data)
        _ = try? decoder.decode(CorpusInfo.self, from: data)
        _ = DirectJSONReader.membersFollow(.document, in: data)
        if case .success(let decoded) = TextDecoder.decode(data) {
            let text = decoded.text
            _ = HTMLText(html: text)
            _ = DocxText.paragraphs(inDocumentXML: text)
            _ = (try? JSONLocatingParser.parse(text))?.memberFindings(.document)
            _ = ControlCharacters.sanitizeLines(text)
        }
    }
}

#if FUZZING
/// libFuzzer's driver (linked by -sanitize=fuzzer); called from our own main, which SwiftPM requires.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif

/// With libFuzzer (tools/fuzz.sh): runs the fuzzer with the command line's options. Without: replays the
/// files given (saved inputs, crash reproducers), so the target builds and runs with a plain `swift build`.
@main
struct ImportFuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { bytes, count in
            ImportFuzz.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
            return 0
        })
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot read\n".utf8))
                exit(1)
            }
            ImportFuzz.run(data)
        }
        #endif
    }
}
