import Foundation

/// The callback libFuzzer calls with each input.
public typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

#if FUZZING
    @_silgen_name("LLVMFuzzerRunDriver")
    private func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: FuzzCallback
    ) -> Int32
#endif

/// Runs a fuzz target: under libFuzzer (built with -sanitize=fuzzer -DFUZZING) hands `callback` to
/// `LLVMFuzzerRunDriver` with the command line; otherwise replays every file named on the command line
/// (folders: every file inside) through `callback` and exits 0, so a corpus doubles as a regression test.
public func runFuzzTarget(_ callback: FuzzCallback) -> Never {
    #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
    #else
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            let files =
                isDir.boolValue
                ? (FileManager.default.subpaths(atPath: path) ?? []).sorted().map { path + "/" + $0 } : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                _ = data.withUnsafeBytes { raw in
                    callback(raw.bindMemory(to: UInt8.self).baseAddress, raw.count)
                }
                count += 1
            }
        }
        print("replayed \(count) inputs without a crash")
        exit(0)
    #endif
}
