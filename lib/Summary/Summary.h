//===--- Summary.h - per-translation-unit summaries for async-audit -------===//
//
// What one translation unit says about the functions it defines, in a form
// that outlives the AST: the analyzer's FunctionSummary (state, category,
// shortest local chain, the call sites the walk follows) plus where each
// function is, how the annotation database would name it, and whether it is
// an async context. Written as versioned JSON in a stable order, so a cache
// or a distributed build can carry it and the merge sees the same bytes
// whatever the order of extraction.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUMMARY_SUMMARY_H
#define ASYNC_TIDY_SUMMARY_SUMMARY_H

#include "Analysis/BlockingAnalysis.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <string>
#include <vector>

namespace asynctidy {

/// The format of TranslationUnitSummary JSON. Bump on any change to the
/// keys or their meaning: a cache entry of another version is a miss.
inline constexpr unsigned SummaryFormatVersion = 2;

/// The object-file section the compile plugin (tools/async-audit-plugin)
/// writes a translation unit's summary JSON to, NUL-terminated; a linker
/// concatenates the sections of every object it links (with padding NULs
/// between them), and `async-audit --from-objects` reads them back.
inline constexpr llvm::StringLiteral SummarySectionName = ".async_tidy_summary";

/// One function of a translation unit.
struct FunctionRecord {
  FunctionSummary Summary;
  /// "file:line:col" of the definition (or the declaration if no body).
  std::string Location;
  /// The file of the first declaration (the header a caller includes).
  std::string DeclFile;
  /// The name as the annotation database writes it, without the leading
  /// "::" and template arguments ("storage::load"); empty for lambdas.
  std::string QualifiedName;
  /// The database entry kind: function, method, constructor, destructor.
  std::string Kind;
  /// Callable from other translation units (external linkage).
  bool External = false;
  /// Non-empty for async contexts: "coroutine 'get'", "nonblocking function
  /// 'f'" (as the checks describe them).
  std::string Context;
  bool IsCoroutine = false;
  /// A coroutine lambda started by a sync bridge to drive the event loop on
  /// the caller's thread: categories `allowed-in-loop-drivers` are fine here.
  bool LoopDriver = false;
};

/// Everything one translation unit contributes.
struct TranslationUnitSummary {
  unsigned Version = SummaryFormatVersion;
  std::string MainFile; ///< Absolute path of the main file.
  /// Functions, sorted by USR.
  std::vector<FunctionRecord> Functions;
};

llvm::json::Value toJSON(const FunctionRecord &R);
bool fromJSON(const llvm::json::Value &V, FunctionRecord &R,
              llvm::json::Path P);
llvm::json::Value toJSON(const TranslationUnitSummary &S);
bool fromJSON(const llvm::json::Value &V, TranslationUnitSummary &S,
              llvm::json::Path P);

/// Parses a summary written by toJSON; a wrong version is an error.
llvm::Expected<TranslationUnitSummary> parseSummary(llvm::StringRef Text);

/// The summary of one analysed translation unit: runs the analysis of
/// async-blocking-call with every function the TU defines outside system
/// headers as a root (async contexts and the rest alike), so that functions
/// no context of this TU reaches are summarised too.
TranslationUnitSummary extractSummary(clang::ASTContext &Ctx,
                                      const AnnotationDatabase &DB,
                                      const llvm::StringMap<bool> &Enabled,
                                      const BlockingAnalysisOptions &Opts);

} // namespace asynctidy

#endif // ASYNC_TIDY_SUMMARY_SUMMARY_H
