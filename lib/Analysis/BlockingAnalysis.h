//===--- BlockingAnalysis.h - blocking reachable from async contexts ------===//
//
// A per-translation-unit analysis in the shape of clang-tidy's
// utils::ExceptionAnalyzer: for every function reachable from an async
// context it computes a tri-state (blocking / non-blocking / unknown) and,
// for blocking ones, one shortest witness chain of calls down to a blocking
// leaf (an annotation database entry or an in-source annotation).
//
// Cost is linear in the size of the reachable code: each body is visited once
// (CallSites.h), and distances come from one breadth-first search backwards
// from the blocking leaves, which also makes recursion and mutual recursion
// harmless. Results are keyed by declaration and can be exported keyed by USR
// for cross-TU merging (FunctionSummary).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_BLOCKINGANALYSIS_H
#define ASYNC_TIDY_ANALYSIS_BLOCKINGANALYSIS_H

#include "Analysis/CallSites.h"
#include "Analysis/ClosedLibraries.h"
#include "Annotations/AnnotationDatabase.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace asynctidy {

/// Why blocking in a function is a bug.
enum class ContextKind {
  Coroutine,    ///< A coroutine that runs on an executor.
  NonBlocking,  ///< Declared [[clang::nonblocking]].
  MustNotBlock, ///< Annotated async::must_not_block.
  Callback,     ///< Registered to run on an event loop (a `callbacks:` entry).
};

/// What the source says about a function, beyond the database.
struct SourceAnnotation {
  enum Kind { None, Blocking, NonBlocking } TheKind = None;
  std::string Category; ///< For Blocking; "annotated" if none was given.
};

/// Reads [[clang::blocking]], [[clang::nonblocking]] and the
/// [[clang::annotate("async::...")]] annotations on any redeclaration.
SourceAnnotation sourceAnnotation(const clang::FunctionDecl *FD);

/// Whether \p FD is an async context, and why. A coroutine with co_yield but
/// no co_await is a synchronous generator and is a context only when
/// \p CheckSyncGenerators is set.
std::optional<ContextKind> asyncContextKind(const clang::FunctionDecl *FD,
                                            bool CheckSyncGenerators);

/// "coroutine 'f'", "coroutine lambda in 'g'", "nonblocking function 'h'".
std::string describeContext(const clang::FunctionDecl *FD, ContextKind K);

/// "file:line:col" of the file location of \p Loc (a macro's expansion),
/// with the file's real path, so that locations from different translation
/// units compare equal. Empty for an invalid location. Presumed: where a
/// line marker names another file and line (preprocessed input, as a
/// distcc server compiles it, or a #line directive), that file and line.
std::string fileLocation(clang::SourceLocation Loc,
                         const clang::SourceManager &SM);

/// The path of the file \p FileLoc (a file location) presumably is in: the
/// file's real path, or, where a line marker names another file, that
/// file's real path if it exists here, else the name made absolute and
/// without "." and ".." components. Empty for an invalid location.
std::string presumedFilePath(clang::SourceLocation FileLoc,
                             const clang::SourceManager &SM);

enum class BlockingState { Blocking, NonBlocking, Unknown };
llvm::StringRef blockingStateName(BlockingState S);

/// One step of a witness chain: \p Caller calls \p Callee at \p Loc.
struct ChainFrame {
  const clang::FunctionDecl *Caller = nullptr;
  const clang::FunctionDecl *Callee = nullptr;
  /// If Caller was reached by a virtual call: the method named at that call
  /// (Caller overrides it).
  const clang::FunctionDecl *VirtualBase = nullptr;
  clang::SourceLocation Loc;
  /// The call site of this frame, in Caller's body.
  const CallSiteRecord *Site = nullptr;
  bool IsLeaf = false; ///< The last frame: Callee is the blocking function.
};

/// A blocking call site in an async context.
struct BlockingFinding {
  const CallSiteRecord *Site = nullptr;
  /// The function called at the site (for virtual calls, the override that
  /// leads to blocking).
  const clang::FunctionDecl *Callee = nullptr;
  /// True if the site's callee itself blocks (no chain).
  bool Direct = false;
  std::string Category;
  /// Frames below the site, down to the blocking leaf (empty when Direct).
  std::vector<ChainFrame> Chain;

  /// The call site the leaf predicate accepted: Site itself, or the last
  /// frame's.
  const CallSiteRecord *leafSite() const {
    return Direct || Chain.empty() ? Site : Chain.back().Site;
  }
};

/// A per-function result in a form that outlives the AST: keyed by USR, for
/// writing out and merging across translation units.
struct FunctionSummary {
  std::string USR;
  std::string Name;
  BlockingState State = BlockingState::Unknown;
  std::string Category; ///< For Blocking: the leaf's category.
  unsigned Depth = 0;   ///< For Blocking: frames down to the leaf.
  /// For Blocking: the witness, as (callee USR, callee name, "file:line:col").
  struct Step {
    std::string CalleeUSR, CalleeName, Location;
  };
  std::vector<Step> Witness;
  /// Whether the body was walked (defined in this TU and followed). False
  /// for declarations, annotated functions and system-header functions.
  bool Analysed = false;
  /// For analysed functions: the call sites of the body that are blocking
  /// leaves or that the walk follows, in source order, for cross-TU merging
  /// (async-audit): a target without a body here may be defined elsewhere.
  struct Site {
    std::string Location;     ///< "file:line:col" (fileLocation).
    std::string CalleeName;   ///< The function named at the site.
    std::string LeafCategory; ///< Non-empty: the site itself blocks.
    std::vector<std::string> TargetUSRs; ///< Followed callees.
    /// After an executor switch to a blocking pool (findings() skips it).
    bool Offloaded = false;
  };
  std::vector<Site> Sites;
  /// The declaration, while the AST lives (not serialised).
  const clang::FunctionDecl *Decl = nullptr;
};
llvm::json::Value toJSON(const FunctionSummary &S);
bool fromJSON(const llvm::json::Value &V, FunctionSummary &S,
              llvm::json::Path P);

/// Decides whether a call site is a leaf of interest, and its category.
/// The default (empty) is "the database says it blocks, in an enabled
/// category". Other checks reuse the walk with their own leaves (an enqueue
/// into an unbounded channel, a call into opaque foreign code).
using LeafPredicate = std::function<bool(
    const clang::FunctionDecl *Caller, const CallSiteRecord &Site,
    std::string &Category)>;

struct BlockingAnalysisOptions {
  /// The longest chain, in frames below the context's call site.
  unsigned MaxDepth = 16;
  LeafPredicate IsLeaf;
  /// Follow calls into functions defined in system headers. Off: library
  /// internals are described by the database, not analysed.
  bool FollowSystemHeaders = false;
  /// Libraries whose functions are never entered (null: none). Async
  /// contexts defined in them outside the main file are not analysed either.
  const ClosedLibraries *Closed = nullptr;
  /// Follow calls on paths bound for a noreturn call (exit, abort, ...; see
  /// ColdPaths.h). Off: a process about to die is not a stall.
  bool FollowNoreturnPaths = false;
  /// Stop reporting a coroutine's body after an `executor-switch` entry
  /// (the rest runs on a blocking pool). Channels keep reporting: their
  /// backpressure does not depend on the thread.
  bool StopAtExecutorSwitch = true;
};

class BlockingAnalyzer {
public:
  BlockingAnalyzer(clang::ASTContext &Ctx, const AnnotationDatabase &DB,
                   const llvm::StringMap<bool> &EnabledCategories,
                   BlockingAnalysisOptions Opts);
  ~BlockingAnalyzer();

  /// Analyses everything reachable from \p Roots (async contexts).
  void analyze(llvm::ArrayRef<const clang::FunctionDecl *> Roots);

  /// The blocking call sites of \p Root's own body, in source order. Sites
  /// after an executor switch to a blocking pool are not reported.
  std::vector<BlockingFinding> findings(const clang::FunctionDecl *Root);

  /// The state of \p FD after analyze().
  BlockingState state(const clang::FunctionDecl *FD) const;

  /// Whether \p FD belongs to a closed library (never entered).
  bool isClosed(const clang::FunctionDecl *FD) {
    return !Closed.libraryOf(FD).empty();
  }

  /// Summaries of every analysed function, in a stable order.
  std::vector<FunctionSummary> summaries() const;

private:
  struct Node;
  Node *node(const clang::FunctionDecl *FD);
  Node *lookup(const clang::FunctionDecl *FD) const;
  void discover(llvm::ArrayRef<const clang::FunctionDecl *> Roots);
  /// Whether \p S (awaited) moves the coroutine to another executor: an
  /// executor-switch entry, or a call of a function that has one.
  bool isExecutorMove(const CallSiteRecord &S) const;
  /// Drops the call sites of \p N's body on paths bound for a noreturn call.
  void dropNoreturnBoundSites(Node &N);
  void propagate();
  bool isLeafSite(const Node &N, const CallSiteRecord &S,
                  std::string *Category) const;
  std::vector<const clang::FunctionDecl *> followedTargets(
      const CallSiteRecord &S);
  std::vector<ChainFrame> chainFrom(const clang::FunctionDecl *FD) const;
  /// Per site of root \p R: whether it runs on a blocking pool after an
  /// executor switch (or R starts on one), so findings() skips it.
  std::vector<bool> offloadedSites(const Node &R) const;

  clang::ASTContext &Ctx;
  const AnnotationDatabase &DB;
  const llvm::StringMap<bool> &Enabled;
  BlockingAnalysisOptions Opts;
  OverrideIndex Overrides;
  ClosedLibraryIndex Closed;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<Node>> Nodes;
  std::vector<Node *> Order; ///< Discovery order.
};

} // namespace asynctidy

#endif // ASYNC_TIDY_ANALYSIS_BLOCKINGANALYSIS_H
