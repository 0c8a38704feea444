//===--- OpaqueCallCheck.h - async-opaque-call ------------------*- C++ -*-===//

#ifndef ASYNC_TIDY_CHECKS_OPAQUECALLCHECK_H
#define ASYNC_TIDY_CHECKS_OPAQUECALLCHECK_H

#include "AsyncCheckOptions.h"
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
class OpaqueCallCheck : public ClangTidyCheck {
public:
  OpaqueCallCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_AsIs;
  }

private:
  const std::string AnnotationFiles;
  const std::string ThirdPartyHeaders;
  const bool CLinkage;
  const unsigned MaxDepth;
  AnnotationConfig Config;
  asynctidy::OpaqueCallOptions Opts;
  bool Valid = false;
  ASTContext *Ctx = nullptr;
  std::vector<const FunctionDecl *> Roots;
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_CHECKS_OPAQUECALLCHECK_H
