//===--- BlockingCallCheck.cpp - async-blocking-call ----------------------===//

#include "BlockingCallCheck.h"
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

namespace {
AST_MATCHER_P(FunctionDecl, isAsyncContext, bool, CheckSyncGenerators) {
  return asynctidy::asyncContextKind(&Node, CheckSyncGenerators).has_value();
}
} // namespace

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
  if (MaxDepth == 0)
    configurationDiag("async-blocking-call: option '%0' must be at least 1",
                      DiagnosticIDs::Error)
        << MaxDepthOpt;
  // Async contexts in system headers (Asio has many coroutines) would only
  // produce diagnostics that clang-tidy drops.
  Finder->addMatcher(functionDecl(isDefinition(),
                                  unless(isExpansionInSystemHeader()),
                                  isAsyncContext(CheckSyncGenerators))
                         .bind("root"),
                     this);
}

void BlockingCallCheck::check(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
  Roots.push_back(Result.Nodes.getNodeAs<FunctionDecl>("root"));
}

void BlockingCallCheck::onEndOfTranslationUnit() {
  if (!Ctx || Roots.empty() || !Config.DB || MaxDepth == 0)
    return;
  asynctidy::BlockingAnalysisOptions Opts;
  Opts.MaxDepth = MaxDepth;
  Opts.FollowSystemHeaders = FollowSystemHeaders;
  asynctidy::BlockingAnalyzer Analyzer(*Ctx, *Config.DB,
                                       Config.EnabledCategories, Opts);
  Analyzer.analyze(Roots);

  // A template's pattern and its instantiations share locations: report each
  // site once. (A variable's construction and destruction share a location
  // but not a kind.)
  llvm::DenseSet<std::pair<unsigned, unsigned>> Reported;
  for (const FunctionDecl *Root : Roots) {
    auto Kind = asynctidy::asyncContextKind(Root, CheckSyncGenerators);
    const std::string Where = asynctidy::describeContext(Root, *Kind);
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
      unsigned Frame = 1;
      for (const asynctidy::ChainFrame &C : F.Chain) {
        std::string Caller = "'" + asynctidy::calleeDisplayName(C.Caller) + "'";
        if (C.VirtualBase)
          Caller += " (overrides '" +
                    asynctidy::calleeDisplayName(C.VirtualBase) + "')";
        if (C.IsLeaf)
          diag(C.Loc, "frame #%0: %1 calls blocking '%2' (%3) here",
               DiagnosticIDs::Note)
              << Frame << Caller << asynctidy::calleeDisplayName(C.Callee)
              << F.Category;
        else
          diag(C.Loc, "frame #%0: %1 calls '%2' here", DiagnosticIDs::Note)
              << Frame << Caller << asynctidy::calleeDisplayName(C.Callee);
        ++Frame;
      }
    }
  }
  Roots.clear();
}

} // namespace clang::tidy::async
