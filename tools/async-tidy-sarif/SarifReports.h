//===--- SarifReports.h - the files async-tidy-sarif reads ------*- C++ -*-===//
//
// Parsing of clang-tidy --export-fixes YAML into findings, and of baselines,
// from buffers: the tool reads the files (regular files only, bounded in
// size), the fuzzers (fuzz/) call these directly. Both read their input one
// diagnostic or entry at a time where it has the layout clang-tidy (or
// async-tidy-sarif) writes, in memory that does not grow with the file; on
// anything else they check the nesting of the input before LLVM's recursive
// parsers see it, and parse it whole, with located errors.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOLS_SARIFREPORTS_H
#define ASYNC_TIDY_TOOLS_SARIFREPORTS_H

#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace asynctidy::sarif {

/// One location inside a file: byte offset and length.
struct FileLoc {
  std::string Path; ///< Absolute, native separators.
  unsigned Offset = 0;
  unsigned Length = 0;
};

struct Note {
  std::string Message;
  std::optional<FileLoc> Loc;
};

struct Edit {
  std::string Path;
  unsigned Offset;
  unsigned Length;
  std::string Text;
};

struct Fix {
  std::string Description;
  std::vector<Edit> Edits;
};

struct Finding {
  std::string Check;
  clang::tooling::Diagnostic::Level Level;
  std::string Message;
  FileLoc Loc;
  std::vector<Note> Notes;
  std::vector<Fix> Fixes;
  std::string Key; ///< The baseline key, see keyOf().
};

/// Receives a located problem of an input: "file:line:col: error: message".
using ReportFn = llvm::function_ref<void(const std::string &)>;

/// How parseExportFixes reads the YAML.
enum class ExportFixesReader {
  /// One diagnostic at a time, in memory that does not grow with the input,
  /// for the layout clang-tidy writes; anything else is read as by Whole.
  Streaming,
  /// With llvm::yaml::Input, which builds a tree of the whole document.
  Whole,
  /// Streaming, with no fallback: an error where it would fall back (tests).
  StreamingOnly,
};

/// Appends the findings of the --export-fixes YAML \p Buffer (its identifier
/// names the file) to \p Out; baseline keys use paths relative to
/// \p RootDir. YAML errors and too deep nesting go to \p Report; then the
/// error says the file is not export-fixes YAML. Both readers give the same
/// findings and errors.
llvm::Error
parseExportFixes(llvm::MemoryBufferRef Buffer, llvm::StringRef RootDir,
                 std::vector<Finding> &Out, ReportFn Report,
                 ExportFixesReader Reader = ExportFixesReader::Streaming);

/// Sorts findings by file and offset and drops duplicates (a header is
/// reported once per translation unit that includes it).
void sortAndDeduplicate(std::vector<Finding> &Findings);

inline constexpr int BaselineVersion = 1;
/// The largest count a baseline entry may have.
inline constexpr int64_t MaxBaselineCount = UINT32_MAX;

/// The counts per key of the baseline \p Buffer (its identifier names the
/// file). Too deep nesting goes to \p Report; every error names the file.
/// \p Streaming: read one entry at a time where the file has the layout
/// async-tidy-sarif writes (the result is the same; tests compare them).
llvm::Expected<std::map<std::string, uint64_t>>
parseBaseline(llvm::MemoryBufferRef Buffer, ReportFn Report,
              bool Streaming = true);

/// Collapses whitespace and reduces `file.ext:12:3` to `file.ext`, so that a
/// message that quotes a location does not change when lines shift.
std::string normalizeMessage(llvm::StringRef Msg);

/// The coroutine or function a message names: the first quoted name after
/// the word "coroutine" or "function" ("... in coroutine 'Service::tick'"),
/// or "" when there is none.
std::string functionOf(llvm::StringRef Msg);

/// The baseline key: check, file relative to the root, function, normalized
/// message, separated by '\x1f'.
std::string keyOf(llvm::StringRef Check, llvm::StringRef RelFile,
                  llvm::StringRef Function, llvm::StringRef NormMessage);

/// \p Path relative to \p RootDir with '/' separators, or \p Path itself when
/// it lies outside the root.
std::string relativeToRoot(llvm::StringRef Path, llvm::StringRef RootDir);

} // namespace asynctidy::sarif

#endif // ASYNC_TIDY_TOOLS_SARIFREPORTS_H
