/// Checks that every offset a ZIP reader seeks to lies inside the archive, before ZIPFoundation reads it:
/// its in-memory reader traps on a seek past the end (a central directory or local header offset beyond
/// the file) instead of throwing. Only what a .docx needs is accepted: no ZIP64.
enum ZipLayout {
    /// Why the archive is unusable, in both languages (QA pass 51: the Chinese message held the English), or nil
    /// when every entry lies inside the data.
    static func problem(in data: [UInt8]) -> LocalizedText? {
        let count = data.count
        func u16(_ at: Int) -> Int { Int(data[at]) | Int(data[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }

        // The end-of-central-directory record: 22 bytes, a comment of up to 65,535 after it.
        guard count >= 22 else { return LocalizedText(zh: "太短，不是 ZIP 压缩包", en: "too short for a ZIP archive") }
        var eocd = -1
        var at = count - 22
        while at >= max(0, count - 22 - 0xFFFF) {
            if u32(at) == 0x0605_4B50 { eocd = at; break }
            at -= 1
        }
        guard eocd >= 0 else { return LocalizedText(zh: "没有中央目录结束记录", en: "no end of central directory record") }
        if eocd >= 20, u32(eocd - 20) == 0x0706_4B50 { return LocalizedText(zh: "是 ZIP64 压缩包（.docx 从不需要）", en: "a ZIP64 archive, which a .docx never needs") }
        let entries = u16(eocd + 10)
        let directorySize = u32(eocd + 12)
        let directoryOffset = u32(eocd + 16)
        guard directoryOffset + directorySize <= eocd else {
            return LocalizedText(zh: "中央目录（偏移 \(directoryOffset)，\(directorySize) 字节）超出文件范围（\(count) 字节）", en: "the central directory (offset \(directoryOffset), \(directorySize) bytes) lies outside the file (\(count) bytes)")
        }
        var p = directoryOffset
        for index in 0..<entries {
            guard p + 46 <= eocd, u32(p) == 0x0201_4B50 else { return LocalizedText(zh: "中央目录第 \(index + 1) 项已损坏", en: "central directory entry \(index + 1) is damaged") }
            let flags = u16(p + 8)
            let method = u16(p + 10)
            let compressed = u32(p + 20)
            let uncompressed = u32(p + 24)
            let local = u32(p + 42)
            let nameLength = u16(p + 28), extraLength = u16(p + 30)
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                return LocalizedText(zh: "含 ZIP64 条目（.docx 从不需要）", en: "a ZIP64 entry, which a .docx never needs")
            }
            // A ZIP64 extra field (id 1) would replace the sizes and offset checked here.
            var extra = p + 46 + nameLength
            let extraEnd = min(extra + extraLength, eocd)
            while extra + 4 <= extraEnd {
                if u16(extra) == 0x0001 { return LocalizedText(zh: "含 ZIP64 条目（.docx 从不需要）", en: "a ZIP64 entry, which a .docx never needs") }
                extra += 4 + u16(extra + 2)
            }
            guard local + 30 <= count, u32(local) == 0x0403_4B50 else {
                return LocalizedText(zh: "第 \(index + 1) 项指向偏移 \(local)，那里没有本地文件头（文件共 \(count) 字节）", en: "entry \(index + 1) points to offset \(local), which holds no local header (file of \(count) bytes)")
            }
            // ZIPFoundation finds the data descriptor (flag bit 3) after the data, whose size it takes from the
            // uncompressed size for a stored entry: both must end inside the file.
            let dataEnd = local + 30 + u16(local + 26) + u16(local + 28) + (method == 0 ? max(compressed, uncompressed) : compressed)
            guard dataEnd + (flags & 0x8 != 0 ? 12 : 0) <= count else {
                return LocalizedText(zh: "第 \(index + 1) 项的数据超出文件末尾", en: "the data of entry \(index + 1) runs past the end of the file")
            }
            p += 46 + nameLength + extraLength + u16(p + 32)
        }
        return nil
    }
}
