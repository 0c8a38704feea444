//===--- LockAcrossSuspendCheck.h - async-lock-across-suspend ---*- C++ -*-===//

#ifndef ASYNC_TIDY_CHECKS_LOCKACROSSSUSPENDCHECK_H
#define ASYNC_TIDY_CHECKS_LOCKACROSSSUSPENDCHECK_H

#include "AsyncCheckOptions.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <set>
#include <string>

namespace clang::tidy::async {

/// Finds thread locks (RAII guards and mutexes locked by hand) held at a
/// suspension point of a coroutine, where the coroutine may resume on another
/// thread and unlock the mutex there.
///
/// For the user-facing documentation see
/// docs/checks/async-lock-across-suspend.md.
class LockAcrossSuspendCheck : public ClangTidyCheck {
public:
  LockAcrossSuspendCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    // Template instantiations are where guard types resolve.
    return TK_AsIs;
  }

private:
  const std::string AnnotationFiles;
  const std::string RAIITypesList;
  const std::string AllowedAwaitablesList;
  const std::string AllowedCallees;
  const BoolOption AwaitablesManagePassedLocks;
  const std::string Framework;
  /// The framework the Framework option forces, if any.
  const asynctidy::FrameworkEntry *ForcedFramework = nullptr;
  AnnotationConfig Config;
  /// (acquisition location, mutexes) already reported: a template's
  /// instantiations share them.
  std::set<std::pair<unsigned, std::string>> Reported;
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_CHECKS_LOCKACROSSSUSPENDCHECK_H
