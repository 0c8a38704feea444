//===--- BoundedInput.h - reading files the tools are given, with limits --===//
//
// Every file async-tidy reads as data (annotation files, clang-tidy
// --export-fixes YAML, baselines, sources quoted in SARIF) goes through these
// helpers, so that hostile input gives a clear error instead of a hang, an
// unbounded allocation or a stack overflow:
//   * only regular files are read, opened without blocking (a FIFO, a device
//     or a socket is an error naming its type), up to a size limit;
//   * YAML and JSON are checked for nesting deeper than MaxInputNesting
//     before LLVM's recursive parsers see them;
//   * text must be valid UTF-8 where it is copied into our output.
// The limits are documented in docs/reliability.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUPPORT_BOUNDEDINPUT_H
#define ASYNC_TIDY_SUPPORT_BOUNDEDINPUT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace asynctidy {

/// The deepest nesting of YAML or JSON collections any input may have. The
/// formats we read need fewer than 10 levels; LLVM's YAML and JSON parsers
/// recurse once per level and overflow the stack at some 20,000.
inline constexpr unsigned MaxInputNesting = 64;

/// The largest annotation file read (16 MiB; the shipped database is 0.4 MiB).
inline constexpr uint64_t MaxAnnotationFileSize = uint64_t(16) << 20;

/// The largest clang-tidy --export-fixes file or baseline read (1 GiB).
inline constexpr uint64_t MaxReportFileSize = uint64_t(1) << 30;

/// The largest source file async-tidy-sarif reads to compute regions (256 MiB,
/// more than Clang's practical limit for a source file).
inline constexpr uint64_t MaxSourceFileSize = uint64_t(256) << 20;

/// The largest source file async-audit --format=html quotes snippets from
/// (32 MiB); a larger file gets a note instead, and is never read.
inline constexpr uint64_t MaxQuotedSourceSize = uint64_t(32) << 20;

/// Reads the file at \p Path if it is a regular file of at most \p MaxSize
/// bytes. A FIFO is opened without blocking and refused, as are devices,
/// sockets and directories. The error message does not repeat the path:
/// "not a regular file (a FIFO)", "larger than the limit of 16 MiB
/// (17825792 bytes)", or the system's message ("No such file or directory").
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readRegularFile(llvm::StringRef Path, uint64_t MaxSize);

/// "16 MiB", "1 GiB", "512 KiB", or a byte count.
std::string formatSize(uint64_t Bytes);

/// A problem at a byte offset of a buffer.
struct TextProblem {
  size_t Offset = 0;
  std::string Message;
};

/// A 1-based line and column (in bytes); "\r\n", "\r" and "\n" each end a
/// line, as in YAML.
struct TextPosition {
  unsigned Line = 1;
  unsigned Column = 1;
};

/// The line and column of byte \p Offset of \p Buffer (clamped to its end).
TextPosition positionInText(llvm::StringRef Buffer, size_t Offset);

/// The line starts of one buffer, for many position look-ups in it:
/// positionInText scans from the start of the buffer each time, which is
/// quadratic over a file's entries. Same lines and columns.
class LineTable {
public:
  explicit LineTable(llvm::StringRef Buffer);
  /// The line and column of byte \p Offset (clamped to the end).
  TextPosition position(size_t Offset) const;

private:
  std::vector<size_t> Starts;
  size_t Size;
};

/// "name:line:col: error: message" for \p P in \p Buffer.
std::string formatProblem(llvm::StringRef Name, llvm::StringRef Buffer,
                          const TextProblem &P);

/// The first YAML collection (in any document of the stream) nested deeper
/// than \p MaxDepth, found by walking the nodes with an explicit stack, so
/// the check itself cannot overflow. Syntax errors are left to the real
/// parse: the walk stops at the first one.
std::optional<TextProblem>
checkYAMLNesting(llvm::StringRef Buffer, unsigned MaxDepth = MaxInputNesting);

/// The first JSON array or object nested deeper than \p MaxDepth. Exact for
/// any prefix that is valid JSON, which is all a recursive parser reads
/// before it fails.
std::optional<TextProblem>
checkJSONNesting(llvm::StringRef Buffer, unsigned MaxDepth = MaxInputNesting);

/// The first byte of \p Buffer that does not start a valid UTF-8 sequence.
std::optional<TextProblem> checkUTF8(llvm::StringRef Buffer);

} // namespace asynctidy

#endif // ASYNC_TIDY_SUPPORT_BOUNDEDINPUT_H
