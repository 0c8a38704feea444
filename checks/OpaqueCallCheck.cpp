//===--- OpaqueCallCheck.cpp - async-opaque-call --------------------------===//

#include "OpaqueCallCheck.h"
#include "Analysis/BlockingAnalysis.h"
#include "Analysis/BlockingCallFinder.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/STLExtras.h"

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
  if (setUp(Finder, /*Categories=*/"", /*CheckSyncGenerators=*/false,
            [&] { return CLinkage.validate(*this, getID()); }))
    Opts.Walk = walkOptions();
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

  // Each opaque function is reported once per translation unit: at its
  // first call site in source order, with one note for every other async
  // context that reaches it.
  struct Reach {
    const Root *R;
    asynctidy::OpaqueFinding F;
    size_t Order; ///< Context order, then the walk's: ties in source order.
  };
  std::vector<Reach> Reaches;
  for (const Root &R : Roots)
    for (asynctidy::OpaqueFinding &F : Analyzer.findings(R.FD))
      Reaches.push_back({&R, std::move(F), Reaches.size()});
  const SourceManager &SM = Ctx->getSourceManager();
  llvm::sort(Reaches, [&](const Reach &A, const Reach &B) {
    if (A.F.Site->Loc != B.F.Site->Loc)
      return SM.isBeforeInTranslationUnit(A.F.Site->Loc, B.F.Site->Loc);
    return A.Order < B.Order;
  });
  llvm::MapVector<const FunctionDecl *, std::vector<const Reach *>> ByOpaque;
  for (const Reach &Re : Reaches)
    ByOpaque[Re.F.Opaque->getCanonicalDecl()].push_back(&Re);

  for (const auto &[Opaque, Group] : ByOpaque) {
    const Reach &First = *Group.front();
    const asynctidy::OpaqueFinding &F = First.F;
    const std::string Name = asynctidy::calleeDisplayName(F.Opaque);
    const char *What = F.Reason == asynctidy::OpaqueReason::CLinkage
                           ? "opaque foreign function"
                           : "opaque third-party function";
    const CharSourceRange Range = asynctidy::siteRange(*F.Site, *Ctx);
    if (F.Direct) {
      asynctidy::withSiteRange(
          diag(F.Site->Loc, "call to %0 '%1' in %2; its blocking "
                            "behaviour is unknown")
              << What << Name
              << asynctidy::describeContext(First.R->FD, First.R->Kind),
          Range);
    } else {
      asynctidy::withSiteRange(
          diag(F.Site->Loc, "call to '%0' reaches %1 '%2' in %3; its "
                            "blocking behaviour is unknown")
              << asynctidy::calleeDisplayName(F.Callee) << What << Name
              << asynctidy::describeContext(First.R->FD, First.R->Kind),
          Range);
      emitFrameNotes(F.Chain, [](const asynctidy::ChainFrame &C) {
        return "calls opaque '" + asynctidy::calleeDisplayName(C.Callee) + "'";
      });
    }
    // The other contexts, each at its first site. A template's
    // instantiations are one context: their call operators or functions
    // share a location.
    llvm::DenseSet<SourceLocation> Contexts = {First.R->FD->getLocation()};
    for (const Reach *Re : llvm::drop_begin(Group)) {
      if (!Contexts.insert(Re->R->FD->getLocation()).second)
        continue;
      const std::string Where =
          asynctidy::describeContext(Re->R->FD, Re->R->Kind);
      const CharSourceRange At = asynctidy::siteRange(*Re->F.Site, *Ctx);
      if (Re->F.Direct)
        asynctidy::withSiteRange(diag(Re->F.Site->Loc,
                                      "'%0' is also called in %1 here",
                                      DiagnosticIDs::Note)
                                     << Name << Where,
                                 At);
      else
        asynctidy::withSiteRange(
            diag(Re->F.Site->Loc,
                 "'%0' is also reached in %1 through '%2' here",
                 DiagnosticIDs::Note)
                << Name << Where << asynctidy::calleeDisplayName(Re->F.Callee),
            At);
    }
  }
}

} // namespace clang::tidy::async
