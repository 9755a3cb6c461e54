import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exchanges two folders in one step, so that a reader of the output path sees either the old
/// site or the new one, never a missing folder: `renameat2(RENAME_EXCHANGE)` on Linux (looked up
/// at run time: Glibc does not expose it to Swift), `renamex_np(RENAME_SWAP)` on macOS.
enum FolderSwap {
    /// Exchanges `a` and `b` atomically; false when the system or the file system cannot (then
    /// nothing moved).
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if canImport(Glibc)
        guard let exchange = renameat2 else { return false }
        return exchange(AT_FDCWD, a, AT_FDCWD, b, 2) == 0  // 2: RENAME_EXCHANGE
        #elseif canImport(Darwin)
        return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0
        #else
        return false
        #endif
    }

    #if canImport(Glibc)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
    /// glibc 2.28+ has `renameat2`; nil on an older C library.
    private static let renameat2: RenameAt2? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2").map {
        unsafeBitCast($0, to: RenameAt2.self)
    }
    #endif
}
