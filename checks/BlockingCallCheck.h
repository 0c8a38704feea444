//===--- BlockingCallCheck.h - async-blocking-call --------------*- C++ -*-===//

#ifndef ASYNC_TIDY_CHECKS_BLOCKINGCALLCHECK_H
#define ASYNC_TIDY_CHECKS_BLOCKINGCALLCHECK_H

#include "AsyncContextCheckBase.h"
#include "IncludeTracker.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::async {

/// Finds calls to blocking functions (sleeps, file and socket I/O, waits on
/// futures, condition variables and threads) made in coroutine bodies, where
/// they stall the executor thread.
///
/// For the user-facing documentation see docs/checks/async-blocking-call.md.
class BlockingCallCheck : public AsyncContextCheckBase {
public:
  BlockingCallCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void onEndOfTranslationUnit() override;

private:
  const std::string Categories;
  const std::string Framework;
  /// The framework the Framework option forces, if any.
  const asynctidy::FrameworkEntry *ForcedFramework = nullptr;
  IncludeTracker Includes;
  /// Call operators of coroutine lambdas created in the arguments of a
  /// sync-bridge call: loop drivers on the bridge's thread.
  llvm::DenseSet<const FunctionDecl *> LoopDrivers;
  const BoolOption CheckSyncGenerators;
  const BoolOption FollowSystemHeaders;
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_CHECKS_BLOCKINGCALLCHECK_H
