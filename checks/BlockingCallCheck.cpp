//===--- BlockingCallCheck.cpp - async-blocking-call ----------------------===//

#include "BlockingCallCheck.h"
#include "Analysis/AnnotationMatcher.h"
#include "Analysis/BlockingAnalysis.h"
#include "Analysis/BlockingCallFinder.h"
#include "Analysis/EventLoopContexts.h"
#include "Analysis/FixTemplates.h"

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
      Framework(Options.get(FrameworkOpt, "")),
      CheckSyncGenerators(Options, CheckSyncGeneratorsOpt, false),
      FollowSystemHeaders(Options, FollowSystemHeadersOpt, false) {}

void BlockingCallCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  AsyncContextCheckBase::storeOptions(Opts);
  Options.store(Opts, CategoriesOpt, Categories);
  Options.store(Opts, FrameworkOpt, Framework);
  CheckSyncGenerators.store(Options, Opts);
  FollowSystemHeaders.store(Options, Opts);
}

void BlockingCallCheck::registerMatchers(MatchFinder *Finder) {
  // An unknown framework is a configuration error: the check then reports
  // nothing, as for any other bad option.
  if (!setUp(Finder, Categories, CheckSyncGenerators, [&] {
        bool Ok = CheckSyncGenerators.validate(*this, getID());
        Ok &= FollowSystemHeaders.validate(*this, getID());
        return resolveFramework(*this, getID(), *Config.DB, Framework,
                                ForcedFramework) &&
               Ok;
      }))
    return;
  // Callables registered with an event loop (`callbacks:` entries), and
  // loop drivers: lambdas in the arguments of sync-bridge calls.
  if (auto M = asynctidy::callbackRegistrationMatcher(*Config.DB))
    Finder->addMatcher(*M, this);
  if (auto M = asynctidy::loopDriverMatcher(*Config.DB))
    Finder->addMatcher(*M, this);
}

void BlockingCallCheck::check(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
  if (const auto *Bridge = Result.Nodes.getNodeAs<CallExpr>("bridge")) {
    if (asynctidy::startsLoopDrivers(Bridge, *Config.DB))
      for (const FunctionDecl *Driver :
           asynctidy::lambdaCallOperatorsWithin(Bridge))
        LoopDrivers.insert(Driver);
    return;
  }
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("registration");
  if (!Call) {
    AsyncContextCheckBase::check(Result);
    return;
  }
  if (const FunctionDecl *CB =
          asynctidy::registeredCallback(Call, *Config.DB))
    addRoot(CB, asynctidy::ContextKind::Callback);
}

void BlockingCallCheck::registerPPCallbacks(const SourceManager &SM,
                                            Preprocessor *PP,
                                            Preprocessor *) {
  Includes.attach(SM, *PP);
}

void BlockingCallCheck::onEndOfTranslationUnit() {
  std::vector<Root> Roots = takeRoots();
  if (!Ctx || Roots.empty())
    return;
  asynctidy::BlockingAnalysisOptions Opts = walkOptions();
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
  struct Report {
    const Root *R;
    asynctidy::BlockingFinding F;
    const asynctidy::FrameworkEntry *Fw = nullptr;
    asynctidy::FixPlan Plan;
  };
  std::vector<Report> Reports;
  for (const Root &R : Roots)
    for (asynctidy::BlockingFinding &F : Analyzer.findings(R.FD)) {
      if (LoopDrivers.contains(R.FD) &&
          asynctidy::allowedInLoopDrivers(*Config.DB, F.Category))
        continue;
      if (Reported
              .insert({F.Site->Loc.getRawEncoding(),
                       static_cast<unsigned>(F.Site->Kind)})
              .second)
        Reports.push_back({&R, std::move(F)});
    }
  LoopDrivers.clear();

  // Fixes and suggestions: for direct calls in coroutines of a known
  // framework. The headers the fixes of a file need are inserted once, with
  // the first fix in that file (as clang-tidy's IncludeInserter does).
  const SourceManager &SM = Ctx->getSourceManager();
  llvm::DenseMap<FileID, std::vector<std::string>> Headers;
  for (Report &Rep : Reports) {
    if (!Rep.F.Direct || Rep.R->Kind != asynctidy::ContextKind::Coroutine ||
        !Rep.F.Site->Entry || !Rep.F.Site->E)
      continue;
    Rep.Fw = asynctidy::frameworkOf(Rep.R->FD, *Config.DB, ForcedFramework);
    if (!Rep.Fw)
      continue;
    Rep.Plan = asynctidy::planFix(Rep.F.Site->E, Rep.R->FD,
                                  Rep.F.Site->Entry->Name, *Rep.Fw,
                                  *Config.DB, *Ctx);
    if (Rep.Plan.Fix) {
      std::vector<std::string> &H =
          Headers[SM.getFileID(Rep.Plan.Fix->Range.getBegin())];
      for (const std::string &I : Rep.Plan.Fix->Fix->Includes)
        if (!llvm::is_contained(H, I))
          H.push_back(I);
    }
  }

  for (const Report &Rep : Reports) {
    const asynctidy::BlockingFinding &F = Rep.F;
    const std::string Where = asynctidy::describeContext(Rep.R->FD, Rep.R->Kind);
    const CharSourceRange Range = asynctidy::siteRange(*F.Site, *Ctx);
    if (!F.Direct) {
      asynctidy::withSiteRange(
          diag(F.Site->Loc, "call to '%0' may block (%1) in %2")
              << asynctidy::calleeDisplayName(F.Site->Callee) << F.Category
              << Where,
          Range);
      emitFrameNotes(F.Chain, [&](const asynctidy::ChainFrame &C) {
        return "calls blocking '" + asynctidy::calleeDisplayName(C.Callee) +
               "' (" + F.Category + ")";
      });
      emitUserEntryNote(F.leafSite());
      continue;
    }
    {
      auto D = diag(F.Site->Loc, "blocking call to '%0' (%1) in %2; it "
                                 "stalls the executor thread");
      asynctidy::withSiteRange(D << asynctidy::calleeDisplayName(F.Site->Callee)
                                 << F.Category << Where,
                               Range);
      // The replacement first, then the #include it needs.
      if (Rep.Plan.Fix) {
        D << FixItHint::CreateReplacement(Rep.Plan.Fix->Range,
                                          Rep.Plan.Fix->Text);
        FileID File = SM.getFileID(Rep.Plan.Fix->Range.getBegin());
        auto It = Headers.find(File);
        if (It != Headers.end()) {
          if (std::optional<FixItHint> Insert =
                  Includes.insertion(File, It->second))
            D << *Insert;
          Headers.erase(It);
        }
      }
    }
    emitUserEntryNote(F.Site);
    if (!Rep.Fw || Rep.Plan.Fix)
      continue;
    if (Rep.Plan.HasCandidates) {
      diag(F.Site->Loc, "no automatic fix: %0", DiagnosticIDs::Note)
          << Rep.Plan.WhyNot;
      continue;
    }
    std::optional<asynctidy::Advice> A = asynctidy::adviseCall(
        *F.Site, Rep.R->FD, Config.DB->findCategory(F.Category), *Rep.Fw,
        *Config.DB, *Ctx);
    if (!A)
      continue;
    switch (A->TheKind) {
    case asynctidy::Advice::AsyncForm:
      diag(F.Site->Loc, "use the async form instead: %0", DiagnosticIDs::Note)
          << A->Text;
      break;
    case asynctidy::Advice::OffloadCall:
      diag(F.Site->Loc, "offload the call to a blocking pool: '%0'",
           DiagnosticIDs::Note)
          << A->Text;
      break;
    case asynctidy::Advice::OffloadConstruction:
      diag(F.Site->Loc, "offload the construction to a blocking pool: '%0'",
           DiagnosticIDs::Note)
          << A->Text;
      break;
    case asynctidy::Advice::CategorySuggestion:
      diag(F.Site->Loc, "%0", DiagnosticIDs::Note) << A->Text;
      break;
    }
  }
}

} // namespace clang::tidy::async
