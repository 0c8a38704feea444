//===--- OpaqueCallCheck.cpp - async-opaque-call --------------------------===//

#include "OpaqueCallCheck.h"
#include "ChainNotes.h"
#include "Analysis/BlockingAnalysis.h"
#include "Analysis/BlockingCallFinder.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

static constexpr llvm::StringLiteral ThirdPartyHeadersOpt = "ThirdPartyHeaders";
static constexpr llvm::StringLiteral CLinkageOpt = "CLinkage";
static constexpr llvm::StringLiteral MaxDepthOpt = "MaxDepth";


OpaqueCallCheck::OpaqueCallCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      AnnotationFiles(Options.getLocalOrGlobal(AnnotationFilesOpt, "")),
      ThirdPartyHeaders(Options.get(ThirdPartyHeadersOpt, "")),
      CLinkage(Options.get(CLinkageOpt, true)),
      MaxDepth(Options.get(MaxDepthOpt, 16U)) {}

void OpaqueCallCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, AnnotationFilesOpt, AnnotationFiles);
  Options.store(Opts, ThirdPartyHeadersOpt, ThirdPartyHeaders);
  Options.store(Opts, CLinkageOpt, CLinkage);
  Options.store(Opts, MaxDepthOpt, MaxDepth);
}

void OpaqueCallCheck::registerMatchers(MatchFinder *Finder) {
  // Loaded here, not in the constructor, so that --list-checks and
  // --dump-config never read annotation files.
  Config = loadAnnotationConfig(*this, "async-opaque-call", AnnotationFiles,
                                /*Categories=*/"", getCurrentMainFile());
  if (!Config.DB)
    return;
  auto Globs = asynctidy::parseHeaderGlobs(ThirdPartyHeaders);
  if (!Globs) {
    configurationDiag("async-opaque-call: invalid option '%0': %1",
                      DiagnosticIDs::Error)
        << ThirdPartyHeadersOpt << llvm::toString(Globs.takeError());
    return;
  }
  if (!checkMaxDepth(*this, "async-opaque-call", MaxDepthOpt, MaxDepth))
    return;
  Opts.HeaderGlobs = std::move(*Globs);
  Opts.CLinkage = CLinkage;
  Opts.MaxDepth = MaxDepth;
  Valid = true;
  Finder->addMatcher(asyncContextRoots(/*CheckSyncGenerators=*/false), this);
}

void OpaqueCallCheck::check(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
  Roots.push_back(Result.Nodes.getNodeAs<FunctionDecl>("root"));
}

void OpaqueCallCheck::onEndOfTranslationUnit() {
  if (!Ctx || Roots.empty() || !Valid)
    return;
  asynctidy::OpaqueCallAnalyzer Analyzer(*Ctx, *Config.DB, Opts);
  Analyzer.analyze(Roots);

  llvm::DenseSet<unsigned> Reported;
  for (const FunctionDecl *Root : Roots) {
    auto Kind = asynctidy::asyncContextKind(Root, false);
    const std::string Where = asynctidy::describeContext(Root, *Kind);
    for (const asynctidy::OpaqueFinding &F : Analyzer.findings(Root)) {
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
        emitFrameNotes(*this, F.Chain, [](const asynctidy::ChainFrame &C) {
          return "calls opaque '" + asynctidy::calleeDisplayName(C.Callee) +
                 "'";
        });
      }
    }
  }
  Roots.clear();
}

} // namespace clang::tidy::async
