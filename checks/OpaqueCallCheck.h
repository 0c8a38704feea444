//===--- OpaqueCallCheck.h - async-opaque-call ------------------*- C++ -*-===//

#ifndef ASYNC_TIDY_CHECKS_OPAQUECALLCHECK_H
#define ASYNC_TIDY_CHECKS_OPAQUECALLCHECK_H

#include "AsyncContextCheckBase.h"
#include "Analysis/OpaqueCalls.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <vector>

namespace clang::tidy::async {

/// Finds calls from coroutines, directly or through calls, into foreign code
/// that the analysis cannot see and nothing describes (C functions and
/// third-party functions without a body, database entry or annotation),
/// which may block.
///
/// For the user-facing documentation see docs/checks/async-opaque-call.md.
class OpaqueCallCheck : public AsyncContextCheckBase {
public:
  OpaqueCallCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void onEndOfTranslationUnit() override;

private:
  const std::string ThirdPartyHeaders;
  const BoolOption CLinkage;
  asynctidy::OpaqueCallOptions Opts;
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_CHECKS_OPAQUECALLCHECK_H
