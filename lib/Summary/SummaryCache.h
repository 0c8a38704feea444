//===--- SummaryCache.h - content-addressed cache of TU summaries ---------===//
//
// An unchanged translation unit is not analysed again. The key hashes the
// tool's fingerprint (format version, annotation database, options), the
// compile command and the main file's contents; the entry lists every file
// the compile read with the hash of its contents, and is a hit only if all of
// them still hash the same (as ccache's direct mode does). Entries are
// written to a temporary file and renamed, so parallel runs never see a
// partial entry.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUMMARY_SUMMARYCACHE_H
#define ASYNC_TIDY_SUMMARY_SUMMARYCACHE_H

#include "Summary/Summary.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace asynctidy {

/// Hex digest of \p Data (XXH3, 128 bits).
std::string contentHash(llvm::StringRef Data);

class SummaryCache {
public:
  /// \p Fingerprint: everything besides the TU that the summary depends on.
  SummaryCache(std::string Dir, std::string Fingerprint)
      : Dir(std::move(Dir)), Fingerprint(std::move(Fingerprint)) {}

  /// The key of a compile; nullopt if the main file cannot be read.
  std::optional<std::string> key(llvm::StringRef Directory,
                                 llvm::ArrayRef<std::string> CommandLine,
                                 llvm::StringRef MainFile) const;

  /// The cached summary, if every file it was computed from is unchanged.
  std::optional<TranslationUnitSummary> lookup(llvm::StringRef Key) const;

  /// Stores \p S, computed from the files \p Inputs (absolute paths).
  /// Failures are silent: a cache that cannot be written is a miss later.
  void store(llvm::StringRef Key, llvm::ArrayRef<std::string> Inputs,
             const TranslationUnitSummary &S) const;

private:
  std::string entryPath(llvm::StringRef Key) const;
  std::string Dir;
  std::string Fingerprint;
};

} // namespace asynctidy

#endif // ASYNC_TIDY_SUMMARY_SUMMARYCACHE_H
