//===--- AsyncContextCheckBase.h - base of the call-graph checks -*- C++ -*-===//
//
// The async-* checks that walk the call graph from async contexts
// (async-blocking-call, async-opaque-call, async-unbounded-channel) share
// their options AnnotationFiles and MaxDepth, the loading of the database,
// the selection of async contexts, and the "frame #N" notes in the shape of
// misc-no-recursion. Not a check itself: it is registered nowhere.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_ASYNCCONTEXTCHECKBASE_H
#define ASYNC_TIDY_CHECKS_ASYNCCONTEXTCHECKBASE_H

#include "AsyncCheckOptions.h"
#include "Analysis/BlockingAnalysis.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <vector>

namespace clang::tidy::async {

/// The longest chain reported, in frames. Shared by the call-graph checks.
inline constexpr llvm::StringLiteral MaxDepthOpt = "MaxDepth";
/// Semicolon-separated namespaces (`::vendor`) and file globs
/// (`*/third_party/*`) of libraries whose functions the walk never enters,
/// in addition to the database's `libraries:`. Local or global.
inline constexpr llvm::StringLiteral ClosedLibrariesOpt = "ClosedLibraries";
/// Follow calls on paths that always end in a noreturn call (exit, abort).
/// Local or global.
inline constexpr llvm::StringLiteral FollowNoreturnPathsOpt =
    "FollowNoreturnPaths";

class AsyncContextCheckBase : public ClangTidyCheck {
public:
  AsyncContextCheckBase(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  /// Collects the async contexts matched by setUp().
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    // Template instantiations are where calls resolve.
    return TK_AsIs;
  }

protected:
  struct Root {
    const FunctionDecl *FD;
    asynctidy::ContextKind Kind;
  };

  /// Loads the database with the category switches \p Categories and checks
  /// MaxDepth and, if given, the check's own options (\p CheckOptions, which
  /// may use Config and reports its own errors); on success matches the
  /// async contexts and returns true. (Done from registerMatchers, so that
  /// --list-checks and --dump-config never read annotation files.) Errors
  /// are configuration diagnostics.
  bool setUp(ast_matchers::MatchFinder *Finder, llvm::StringRef Categories,
             bool CheckSyncGenerators = false,
             llvm::function_ref<bool()> CheckOptions = {});

  void addRoot(const FunctionDecl *FD, asynctidy::ContextKind Kind);
  /// The async contexts of the TU, each once, in match order; clears them.
  std::vector<Root> takeRoots();

  /// Emits "frame #N: 'Caller' calls 'Callee' here" for every frame of
  /// \p Chain but the last, whose note is "frame #N: 'Caller' <LeafText> here".
  void emitFrameNotes(
      llvm::ArrayRef<asynctidy::ChainFrame> Chain,
      llvm::function_ref<std::string(const asynctidy::ChainFrame &)> LeafText);

  /// For a site whose callee is described by a user annotation file (not the
  /// built-in database) with a reason, e.g. one `async-audit
  /// --export-annotations` wrote: the note "<reason>, from <file name>" at
  /// the site, so a chain that lives in another TU or library is named.
  void emitUserEntryNote(const asynctidy::CallSiteRecord *Site);

  /// The walk's options common to the call-graph checks (MaxDepth, closed
  /// libraries, noreturn paths); valid after a successful setUp().
  asynctidy::BlockingAnalysisOptions walkOptions() const;

  const std::string AnnotationFiles;
  const UnsignedOption MaxDepth;
  const std::string ClosedLibraries;
  const BoolOption FollowNoreturnPaths;
  AnnotationConfig Config;
  ASTContext *Ctx = nullptr;

private:
  bool CheckSyncGenerators = false;
  std::optional<asynctidy::ClosedLibraries> Closed;
  std::vector<Root> Roots;
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_CHECKS_ASYNCCONTEXTCHECKBASE_H
