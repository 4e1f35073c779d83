import Foundation

/// glibc `malloc` settings for a long build.
///
/// By default glibc gives the free memory at the top of an arena back to the system as soon as it passes
/// 128 KB (`M_TRIM_THRESHOLD`), and takes it back page by page, each page zeroed by the kernel on its first
/// touch, when the next batch of documents needs it. A build frees and reallocates its per-document memory
/// thousands of times, so it paid that round trip again and again: 22,300 page faults for the 10 MB corpus on
/// one core, against 15,800 when each arena keeps 64 MB at its top (`M_TOP_PAD`), and the build took ~3 % less
/// time (11 alternating pairs, `GLIBC_TUNABLES=glibc.malloc.top_pad=67108864`, same output). Peak memory did
/// not change (the 100 MB corpus on two cores: 518 MB either way): what is kept was in use a moment before.
enum MallocTuning {
    private typealias SetOption = @convention(c) (Int32, Int32) -> Int32

    /// Keeps up to 64 MB free at the top of each arena instead of returning it to the system. Does nothing
    /// where `mallopt` does not exist (another C library).
    /// (No test asserts it: glibc's `mallopt` answers 1 even for an option it does not know, and the effect is
    /// on page faults. `/usr/bin/time -f %R` on a build shows it: the figures above.)
    static func keepArenaTops() {
        // `mallopt` and `M_TOP_PAD` (-2) from <malloc.h>, which Swift's Glibc module does not include.
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: SetOption.self)(-2, 64 << 20)
    }
}
