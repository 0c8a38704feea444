//===--- AuditSetup.h - what every summary of an audit depends on ---------===//
//
// The annotation database (built-in and user files), the enabled categories,
// the closed libraries and the longest chain: everything a translation unit's
// summary depends on besides the translation unit itself. async-audit builds
// one per run; the compile plugin (tools/async-audit-plugin) one per compile,
// from the same options, so that both extract the same summaries.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUMMARY_AUDITSETUP_H
#define ASYNC_TIDY_SUMMARY_AUDITSETUP_H

#include "Analysis/ClosedLibraries.h"
#include "Summary/Summary.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace asynctidy {

class AuditSetup {
public:
  /// \p AnnotationFiles as the checks' AnnotationFiles option (already
  /// split), \p Categories as their Categories option, \p MaxDepth >= 1.
  /// Errors name the option: \p CategoriesOption is how the front end spells
  /// the categories option ("--categories").
  static llvm::Expected<std::unique_ptr<AuditSetup>>
  create(std::vector<std::string> AnnotationFiles, llvm::StringRef Categories,
         unsigned MaxDepth, llvm::StringRef CategoriesOption = "--categories");

  const AnnotationDatabase &database() const { return *DB; }
  const llvm::StringMap<bool> &enabledCategories() const { return Enabled; }
  const BlockingAnalysisOptions &options() const { return Opts; }
  unsigned maxDepth() const { return Opts.MaxDepth; }

  /// The summary of the parsed translation unit \p Ctx.
  TranslationUnitSummary extract(clang::ASTContext &Ctx) const {
    return extractSummary(Ctx, *DB, Enabled, Opts);
  }

  /// Everything a summary depends on besides the TU, as text (the tool's
  /// version, the summary format, the options and the hash of every
  /// annotation source, as read by create()): a cache key part.
  std::string fingerprint(llvm::StringRef ToolVersion) const;

private:
  AuditSetup() = default;
  std::string Categories;
  /// "\nNAME\nHASH" for every annotation source, built-in ones first.
  std::string SourceHashes;
  std::shared_ptr<const AnnotationDatabase> DB;
  llvm::StringMap<bool> Enabled;
  std::optional<ClosedLibraries> Closed;
  BlockingAnalysisOptions Opts;
};

} // namespace asynctidy

#endif // ASYNC_TIDY_SUMMARY_AUDITSETUP_H
