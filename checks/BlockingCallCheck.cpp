//===--- BlockingCallCheck.cpp - async-blocking-call ----------------------===//

#include "BlockingCallCheck.h"
#include "ChainNotes.h"
#include "Analysis/AnnotationMatcher.h"
#include "Analysis/BlockingAnalysis.h"
#include "Analysis/BlockingCallFinder.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

static constexpr llvm::StringLiteral MaxDepthOpt = "MaxDepth";
static constexpr llvm::StringLiteral CheckSyncGeneratorsOpt =
    "CheckSyncGenerators";
static constexpr llvm::StringLiteral FollowSystemHeadersOpt =
    "FollowSystemHeaders";


BlockingCallCheck::BlockingCallCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      AnnotationFiles(Options.getLocalOrGlobal(AnnotationFilesOpt, "")),
      Categories(Options.get(CategoriesOpt, "")),
      MaxDepth(Options.get(MaxDepthOpt, 16U)),
      CheckSyncGenerators(Options.get(CheckSyncGeneratorsOpt, false)),
      FollowSystemHeaders(Options.get(FollowSystemHeadersOpt, false)) {}

void BlockingCallCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, AnnotationFilesOpt, AnnotationFiles);
  Options.store(Opts, CategoriesOpt, Categories);
  Options.store(Opts, MaxDepthOpt, MaxDepth);
  Options.store(Opts, CheckSyncGeneratorsOpt, CheckSyncGenerators);
  Options.store(Opts, FollowSystemHeadersOpt, FollowSystemHeaders);
}

void BlockingCallCheck::registerMatchers(MatchFinder *Finder) {
  // The database is loaded here rather than in the constructor so that
  // --list-checks and --dump-config never read annotation files.
  Config = loadAnnotationConfig(*this, "async-blocking-call", AnnotationFiles,
                                Categories, getCurrentMainFile());
  if (!Config.DB)
    return;
  if (!checkMaxDepth(*this, "async-blocking-call", MaxDepthOpt, MaxDepth))
    return;
  Finder->addMatcher(asyncContextRoots(CheckSyncGenerators), this);
  // Callables registered with an event loop (`callbacks:` entries).
  std::vector<StringRef> CallbackNames;
  for (const asynctidy::FunctionEntry &E : Config.DB->entries())
    if (E.TheEffect == asynctidy::Effect::Callback)
      CallbackNames.push_back(E.MemberName);
  if (!CallbackNames.empty())
    Finder->addMatcher(
        callExpr(unless(isExpansionInSystemHeader()),
                 callee(functionDecl(hasAnyName(
                     std::vector<StringRef>(CallbackNames)))))
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
  if (const auto *Root = Result.Nodes.getNodeAs<FunctionDecl>("root")) {
    Roots.push_back(
        {Root, *asynctidy::asyncContextKind(Root, CheckSyncGenerators)});
    return;
  }
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("registration");
  const asynctidy::FunctionEntry *E =
      asynctidy::matchCall(*Config.DB, asynctidy::describeCall(Call));
  if (!E || E->TheEffect != asynctidy::Effect::Callback || !E->Argument ||
      *E->Argument >= Call->getNumArgs())
    return;
  if (const FunctionDecl *CB = callableOf(Call->getArg(*E->Argument));
      CB && CB->hasBody() && !asynctidy::isCoroutine(CB))
    Roots.push_back({CB, asynctidy::ContextKind::Callback});
}

void BlockingCallCheck::onEndOfTranslationUnit() {
  if (!Ctx || Roots.empty() || !Config.DB || MaxDepth == 0)
    return;
  asynctidy::BlockingAnalysisOptions Opts;
  Opts.MaxDepth = MaxDepth;
  Opts.FollowSystemHeaders = FollowSystemHeaders;
  asynctidy::BlockingAnalyzer Analyzer(*Ctx, *Config.DB,
                                       Config.EnabledCategories, Opts);
  std::vector<const FunctionDecl *> RootDecls;
  for (const auto &[Root, Kind] : Roots)
    RootDecls.push_back(Root);
  Analyzer.analyze(RootDecls);

  // A template's pattern and its instantiations share locations: report each
  // site once. (A variable's construction and destruction share a location
  // but not a kind.)
  llvm::DenseSet<std::pair<unsigned, unsigned>> Reported;
  llvm::DenseSet<const FunctionDecl *> Done;
  for (const auto &[Root, Kind] : Roots) {
    if (!Done.insert(Root->getCanonicalDecl()).second)
      continue; // A callback registered twice.
    const std::string Where = asynctidy::describeContext(Root, Kind);
    for (const asynctidy::BlockingFinding &F : Analyzer.findings(Root)) {
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
      emitFrameNotes(*this, F.Chain, [&](const asynctidy::ChainFrame &C) {
        return "calls blocking '" + asynctidy::calleeDisplayName(C.Callee) +
               "' (" + F.Category + ")";
      });
    }
  }
  Roots.clear();
}

} // namespace clang::tidy::async
