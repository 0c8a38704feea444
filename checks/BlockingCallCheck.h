//===--- BlockingCallCheck.h - async-blocking-call --------------*- C++ -*-===//

#ifndef ASYNC_TIDY_CHECKS_BLOCKINGCALLCHECK_H
#define ASYNC_TIDY_CHECKS_BLOCKINGCALLCHECK_H

#include "AsyncCheckOptions.h"
#include "Analysis/BlockingAnalysis.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include <vector>

namespace clang::tidy::async {

/// Finds calls to blocking functions (sleeps, file and socket I/O, waits on
/// futures, condition variables and threads) made in coroutine bodies, where
/// they stall the executor thread.
///
/// For the user-facing documentation see docs/checks/async-blocking-call.md.
class BlockingCallCheck : public ClangTidyCheck {
public:
  BlockingCallCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    // Template instantiations are where calls resolve.
    return TK_AsIs;
  }

private:
  const std::string AnnotationFiles;
  const std::string Categories;
  const unsigned MaxDepth;
  const bool CheckSyncGenerators;
  const bool FollowSystemHeaders;
  AnnotationConfig Config;
  ASTContext *Ctx = nullptr;
  /// Async contexts of this TU, in match order, with why they are contexts.
  std::vector<std::pair<const FunctionDecl *, asynctidy::ContextKind>> Roots;
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_CHECKS_BLOCKINGCALLCHECK_H
