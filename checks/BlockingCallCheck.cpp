//===--- BlockingCallCheck.cpp - async-blocking-call ----------------------===//

#include "BlockingCallCheck.h"
#include "Analysis/BlockingCallFinder.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

BlockingCallCheck::BlockingCallCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      AnnotationFiles(Options.getLocalOrGlobal(AnnotationFilesOpt, "")),
      Categories(Options.get(CategoriesOpt, "")) {}

void BlockingCallCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, AnnotationFilesOpt, AnnotationFiles);
  Options.store(Opts, CategoriesOpt, Categories);
}

void BlockingCallCheck::registerMatchers(MatchFinder *Finder) {
  // The database is loaded here rather than in the constructor so that
  // --list-checks and --dump-config never read annotation files.
  Config = loadAnnotationConfig(*this, "async-blocking-call", AnnotationFiles,
                                Categories, getCurrentMainFile());
  if (!Config.DB)
    return;
  Finder->addMatcher(
      // Coroutines in system headers (Asio has many) would only produce
      // diagnostics that clang-tidy drops.
      functionDecl(isDefinition(), hasBody(coroutineBodyStmt()),
                   unless(isExpansionInSystemHeader()))
          .bind("coro"),
      this);
}

void BlockingCallCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Coro = Result.Nodes.getNodeAs<FunctionDecl>("coro");
  std::vector<asynctidy::BlockingCall> Calls =
      asynctidy::findDirectBlockingCalls(Coro, *Config.DB,
                                         Config.EnabledCategories);
  if (Calls.empty())
    return;
  const std::string Where = asynctidy::describeCoroutine(Coro);
  for (const asynctidy::BlockingCall &C : Calls) {
    if (!Reported.insert({C.Loc.getRawEncoding(), C.Entry}).second)
      continue;
    diag(C.Loc, "blocking call to '%0' (%1) in %2; it stalls the executor "
                "thread")
        << asynctidy::calleeDisplayName(C.Callee) << C.Entry->Category
        << Where;
  }
}

} // namespace clang::tidy::async
