//===--- BlockingCallCheck.cpp - async-blocking-call ----------------------===//

#include "BlockingCallCheck.h"
#include "Analysis/AnnotationMatcher.h"
#include "Analysis/BlockingAnalysis.h"
#include "Analysis/BlockingCallFinder.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

static constexpr llvm::StringLiteral CheckSyncGeneratorsOpt =
    "CheckSyncGenerators";
static constexpr llvm::StringLiteral FollowSystemHeadersOpt =
    "FollowSystemHeaders";


BlockingCallCheck::BlockingCallCheck(StringRef Name, ClangTidyContext *Context)
    : AsyncContextCheckBase(Name, Context),
      Categories(Options.get(CategoriesOpt, "")),
      CheckSyncGenerators(Options.get(CheckSyncGeneratorsOpt, false)),
      FollowSystemHeaders(Options.get(FollowSystemHeadersOpt, false)) {}

void BlockingCallCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  AsyncContextCheckBase::storeOptions(Opts);
  Options.store(Opts, CategoriesOpt, Categories);
  Options.store(Opts, CheckSyncGeneratorsOpt, CheckSyncGenerators);
  Options.store(Opts, FollowSystemHeadersOpt, FollowSystemHeaders);
}

void BlockingCallCheck::registerMatchers(MatchFinder *Finder) {
  if (!setUp(Finder, Categories, CheckSyncGenerators))
    return;
  // Callables registered with an event loop (`callbacks:` entries).
  std::vector<StringRef> CallbackNames;
  for (const asynctidy::FunctionEntry &E : Config.DB->entries())
    if (E.TheEffect == asynctidy::Effect::Callback)
      CallbackNames.push_back(E.MemberName);
  if (!CallbackNames.empty())
    Finder->addMatcher(callExpr(unless(isExpansionInSystemHeader()),
                                callee(functionDecl(hasAnyName(CallbackNames))))
                           .bind("registration"),
                       this);
}

/// The function a callable argument denotes: a function, or a lambda's call
/// operator.
static const FunctionDecl *callableOf(const Expr *Arg) {
  Arg = Arg->IgnoreImplicit()->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(Arg);
      UO && UO->getOpcode() == UO_AddrOf)
    Arg = UO->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Arg))
    if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl()))
      return FD->getDefinition();
  if (const auto *LE = dyn_cast<LambdaExpr>(Arg))
    return LE->getCallOperator();
  return nullptr;
}

void BlockingCallCheck::check(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("registration");
  if (!Call) {
    AsyncContextCheckBase::check(Result);
    return;
  }
  const asynctidy::FunctionEntry *E =
      asynctidy::matchCall(*Config.DB, asynctidy::describeCall(Call));
  if (!E || E->TheEffect != asynctidy::Effect::Callback || !E->Argument ||
      *E->Argument >= Call->getNumArgs())
    return;
  if (const FunctionDecl *CB = callableOf(Call->getArg(*E->Argument));
      CB && CB->hasBody() && !asynctidy::isCoroutine(CB))
    addRoot(CB, asynctidy::ContextKind::Callback);
}

void BlockingCallCheck::onEndOfTranslationUnit() {
  std::vector<Root> Roots = takeRoots();
  if (!Ctx || Roots.empty())
    return;
  asynctidy::BlockingAnalysisOptions Opts;
  Opts.MaxDepth = MaxDepth;
  Opts.FollowSystemHeaders = FollowSystemHeaders;
  asynctidy::BlockingAnalyzer Analyzer(*Ctx, *Config.DB,
                                       Config.EnabledCategories, Opts);
  std::vector<const FunctionDecl *> RootDecls;
  for (const Root &R : Roots)
    RootDecls.push_back(R.FD);
  Analyzer.analyze(RootDecls);

  // A template's pattern and its instantiations share locations: report each
  // site once. (A variable's construction and destruction share a location
  // but not a kind.)
  llvm::DenseSet<std::pair<unsigned, unsigned>> Reported;
  for (const Root &R : Roots) {
    const std::string Where = asynctidy::describeContext(R.FD, R.Kind);
    for (const asynctidy::BlockingFinding &F : Analyzer.findings(R.FD)) {
      if (!Reported
               .insert({F.Site->Loc.getRawEncoding(),
                        static_cast<unsigned>(F.Site->Kind)})
               .second)
        continue;
      if (F.Direct) {
        diag(F.Site->Loc, "blocking call to '%0' (%1) in %2; it stalls the "
                          "executor thread")
            << asynctidy::calleeDisplayName(F.Site->Callee) << F.Category
            << Where;
        continue;
      }
      diag(F.Site->Loc, "call to '%0' may block (%1) in %2")
          << asynctidy::calleeDisplayName(F.Site->Callee) << F.Category
          << Where;
      emitFrameNotes(F.Chain, [&](const asynctidy::ChainFrame &C) {
        return "calls blocking '" + asynctidy::calleeDisplayName(C.Callee) +
               "' (" + F.Category + ")";
      });
    }
  }
}

} // namespace clang::tidy::async
