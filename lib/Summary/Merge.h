//===--- Merge.h - whole-program blocking from per-TU summaries ------------===//
//
// Joins the summaries of many translation units by USR and computes, to a
// fixpoint, which functions may block: a function calling (through a
// declaration without a body in its TU) a function defined in another TU
// that may block, may block. Distances are shortest chains (a Dijkstra over
// unit edges seeded with each TU's local distances), so call cycles across
// TUs terminate and the chains are the shortest the whole program has.
//
// The result is deterministic: TUs are taken in main-file order and ties
// broken by USR, whatever the order the summaries were produced in.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUMMARY_MERGE_H
#define ASYNC_TIDY_SUMMARY_MERGE_H

#include "Summary/Summary.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <optional>
#include <string>
#include <vector>

namespace asynctidy {

/// One frame of a chain: \p Caller calls \p Callee at \p Location (in the
/// caller's own file, whichever TU defines it).
struct ChainStep {
  std::string Caller, Callee, Location;
  bool IsLeaf = false; ///< Callee is the blocking leaf.
};

/// A blocking call site in an async context.
struct AuditFinding {
  std::string Location; ///< The call site, "file:line:col".
  std::string Callee;   ///< The function named at the site.
  std::string Category;
  std::string Context; ///< "coroutine 'get'".
  bool Direct = false; ///< The site itself blocks (no chain).
  bool CrossTU = false; ///< The analysis of one TU does not see it.
  std::vector<ChainStep> Chain; ///< Frames below the site.
};

/// The merged program.
class AuditProgram {
public:
  struct Function {
    const FunctionRecord *Record = nullptr;
    size_t TU = 0; ///< Index of the TU the record comes from.
    BlockingState State = BlockingState::Unknown;
    unsigned Depth = 0; ///< For Blocking: frames down to the leaf.
    std::string Category;
  };

  /// Merges \p TUs (taken in main-file order); chains are at most
  /// \p MaxDepth frames, as in the analysis of one TU.
  AuditProgram(std::vector<TranslationUnitSummary> TUs, unsigned MaxDepth);

  /// The blocking call sites of every async context, sorted by location.
  /// Only those whose chain crosses TUs (the ones async-blocking-call does
  /// not report) unless \p IncludeSingleTU. Calls of
  /// \p LoopDriverCategories (`allowed-in-loop-drivers`) in loop drivers are
  /// left out, as the check does.
  std::vector<AuditFinding>
  findings(bool IncludeSingleTU,
           const llvm::StringSet<> &LoopDriverCategories = {}) const;

  /// Every function, in USR order.
  llvm::ArrayRef<Function> functions() const { return Funcs; }
  const Function *lookup(llvm::StringRef USR) const;
  /// The shortest chain of \p F (blocking) down to its leaf; empty if \p F
  /// is itself the leaf (annotated in source).
  std::vector<ChainStep> chain(const Function &F) const;
  llvm::ArrayRef<TranslationUnitSummary> translationUnits() const {
    return TUs;
  }

private:
  struct Next {
    size_t Site = 0;   ///< Site of the caller's record.
    size_t Target = 0; ///< Index in Funcs.
  };
  std::vector<TranslationUnitSummary> TUs;
  unsigned MaxDepth;
  std::vector<Function> Funcs;
  llvm::StringMap<size_t> Index;
  /// Per TU: its own records by USR (what that TU alone concluded).
  std::vector<llvm::StringMap<const FunctionRecord *>> Local;
  /// Per function: the first step of a chain that leaves the local witness.
  std::vector<std::optional<Next>> Via;
};

/// "file:line:col" split for sorting; Line and Col are 0 if absent.
struct FileLocation {
  std::string File;
  unsigned Line = 0, Col = 0;
  static FileLocation parse(llvm::StringRef S);
  bool operator<(const FileLocation &O) const {
    return std::tie(File, Line, Col) < std::tie(O.File, O.Line, O.Col);
  }
};

} // namespace asynctidy

#endif // ASYNC_TIDY_SUMMARY_MERGE_H
