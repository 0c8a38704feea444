//===--- ObjectSummaries.h - summaries carried in object files ------------===//
//
// `async-audit --from-objects`: reads the summaries the compile plugin
// (tools/async-audit-plugin) put into the section SummarySectionName of
// object files, static archives and linked executables or shared objects,
// and keeps one per translation unit. See docs/audit.md, "Distributed
// extraction".
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOLS_ASYNC_AUDIT_OBJECTSUMMARIES_H
#define ASYNC_TIDY_TOOLS_ASYNC_AUDIT_OBJECTSUMMARIES_H

#include "Summary/Summary.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace asynctidy {

struct ObjectSummaries {
  /// One per translation unit (main file), in main-file order.
  std::vector<TranslationUnitSummary> TUs;
  unsigned Files = 0;         ///< Object files, archives and binaries read.
  unsigned Objects = 0;       ///< Objects among them, archive members apart.
  unsigned WithSummary = 0;   ///< Objects with at least one summary.
  unsigned Summaries = 0;     ///< Summaries read, before deduplication.
  unsigned Bitcode = 0;       ///< LTO bitcode objects, which are skipped.
  /// Non-fatal: a main file with different summaries.
  std::vector<std::string> Warnings;
};

/// Reads every summary in \p Paths: files, or directories searched
/// recursively (without following symbolic links) for ELF, Mach-O and COFF
/// objects, archives and linked binaries; other files there are skipped.
/// Identical summaries of one main file (an object and the binary it was
/// linked into) count once; of different ones (a file compiled twice with
/// different flags) the one in the first file by path wins, with a warning.
/// Errors: a path that does not exist, a named file that is not an object or
/// has no summary, an unreadable object, a summary that does not parse (the
/// message names the file and the archive member).
llvm::Expected<ObjectSummaries>
readObjectSummaries(llvm::ArrayRef<std::string> Paths);

} // namespace asynctidy

#endif // ASYNC_TIDY_TOOLS_ASYNC_AUDIT_OBJECTSUMMARIES_H
