//===--- OpaqueCallCheck.cpp - async-opaque-call --------------------------===//

#include "OpaqueCallCheck.h"
#include "Analysis/BlockingAnalysis.h"
#include "Analysis/BlockingCallFinder.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

static constexpr llvm::StringLiteral ThirdPartyHeadersOpt = "ThirdPartyHeaders";
static constexpr llvm::StringLiteral CLinkageOpt = "CLinkage";


OpaqueCallCheck::OpaqueCallCheck(StringRef Name, ClangTidyContext *Context)
    : AsyncContextCheckBase(Name, Context),
      ThirdPartyHeaders(Options.get(ThirdPartyHeadersOpt, "")),
      CLinkage(Options, CLinkageOpt, true) {}

void OpaqueCallCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  AsyncContextCheckBase::storeOptions(Opts);
  Options.store(Opts, ThirdPartyHeadersOpt, ThirdPartyHeaders);
  CLinkage.store(Options, Opts);
}

void OpaqueCallCheck::registerMatchers(MatchFinder *Finder) {
  auto Globs = asynctidy::parseHeaderGlobs(ThirdPartyHeaders);
  if (!Globs) {
    configurationDiag("async-opaque-call: invalid option '%0': %1",
                      DiagnosticIDs::Error)
        << ThirdPartyHeadersOpt << llvm::toString(Globs.takeError());
    return;
  }
  Opts.HeaderGlobs = std::move(*Globs);
  Opts.CLinkage = CLinkage;
  Opts.MaxDepth = MaxDepth;
  setUp(Finder, /*Categories=*/"", /*CheckSyncGenerators=*/false,
        [&] { return CLinkage.validate(*this, getID()); });
}

void OpaqueCallCheck::onEndOfTranslationUnit() {
  std::vector<Root> Roots = takeRoots();
  if (!Ctx || Roots.empty())
    return;
  std::vector<const FunctionDecl *> RootDecls;
  for (const Root &R : Roots)
    RootDecls.push_back(R.FD);
  asynctidy::OpaqueCallAnalyzer Analyzer(*Ctx, *Config.DB, Opts);
  Analyzer.analyze(RootDecls);

  llvm::DenseSet<unsigned> Reported;
  for (const Root &R : Roots) {
    const std::string Where = asynctidy::describeContext(R.FD, R.Kind);
    for (const asynctidy::OpaqueFinding &F : Analyzer.findings(R.FD)) {
      if (!Reported.insert(F.Site->Loc.getRawEncoding()).second)
        continue;
      const std::string Opaque = asynctidy::calleeDisplayName(F.Opaque);
      const char *What = F.Reason == asynctidy::OpaqueReason::CLinkage
                             ? "opaque foreign function"
                             : "opaque third-party function";
      if (F.Direct) {
        diag(F.Site->Loc, "call to %0 '%1' in %2; its blocking behaviour is "
                          "unknown")
            << What << Opaque << Where;
      } else {
        diag(F.Site->Loc, "call to '%0' reaches %1 '%2' in %3; its blocking "
                          "behaviour is unknown")
            << asynctidy::calleeDisplayName(F.Callee) << What << Opaque
            << Where;
        emitFrameNotes(F.Chain, [](const asynctidy::ChainFrame &C) {
          return "calls opaque '" + asynctidy::calleeDisplayName(C.Callee) +
                 "'";
        });
      }
    }
  }
}

} // namespace clang::tidy::async
