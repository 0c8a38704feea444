//===--- UnboundedChannelCheck.cpp - async-unbounded-channel --------------===//

#include "UnboundedChannelCheck.h"
#include "ChainNotes.h"
#include "Analysis/BlockingAnalysis.h"
#include "Analysis/BlockingCallFinder.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

static constexpr llvm::StringLiteral ChannelTypesOpt = "ChannelTypes";
static constexpr llvm::StringLiteral MaxDepthOpt = "MaxDepth";


UnboundedChannelCheck::UnboundedChannelCheck(StringRef Name,
                                             ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      AnnotationFiles(Options.getLocalOrGlobal(AnnotationFilesOpt, "")),
      ChannelTypes(Options.get(ChannelTypesOpt, "")),
      MaxDepth(Options.get(MaxDepthOpt, 16U)) {}

void UnboundedChannelCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, AnnotationFilesOpt, AnnotationFiles);
  Options.store(Opts, ChannelTypesOpt, ChannelTypes);
  Options.store(Opts, MaxDepthOpt, MaxDepth);
}

void UnboundedChannelCheck::registerMatchers(MatchFinder *Finder) {
  // Loaded here, not in the constructor, so that --list-checks and
  // --dump-config never read annotation files.
  Config = loadAnnotationConfig(*this, "async-unbounded-channel",
                                AnnotationFiles, /*Categories=*/"",
                                getCurrentMainFile());
  if (!Config.DB)
    return;
  auto Types = asynctidy::parseChannelTypes(ChannelTypes);
  if (!Types) {
    configurationDiag("async-unbounded-channel: invalid option '%0': %1",
                      DiagnosticIDs::Error)
        << ChannelTypesOpt << llvm::toString(Types.takeError());
    return;
  }
  ExtraTypes = std::move(*Types);
  if (!checkMaxDepth(*this, "async-unbounded-channel", MaxDepthOpt, MaxDepth))
    return;
  Valid = true;
  Finder->addMatcher(asyncContextRoots(/*CheckSyncGenerators=*/false), this);
}

void UnboundedChannelCheck::check(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
  Roots.push_back(Result.Nodes.getNodeAs<FunctionDecl>("root"));
}

void UnboundedChannelCheck::onEndOfTranslationUnit() {
  if (!Ctx || Roots.empty() || !Valid)
    return;
  asynctidy::UnboundedChannelAnalyzer Analyzer(*Ctx, *Config.DB, ExtraTypes,
                                               MaxDepth);
  Analyzer.analyze(Roots);

  // A template's pattern and its instantiations share locations.
  llvm::DenseSet<unsigned> Reported;
  for (const FunctionDecl *Root : Roots) {
    auto Kind = asynctidy::asyncContextKind(Root, false);
    const std::string Where = asynctidy::describeContext(Root, *Kind);
    for (const asynctidy::ChannelFinding &F : Analyzer.findings(Root)) {
      if (!Reported.insert(F.Site->Loc.getRawEncoding()).second)
        continue;
      const asynctidy::ChannelPush &P = *F.Push;
      std::string Name = P.Decl ? P.Decl->getNameAsString() : "";
      if (F.Direct) {
        if (!Name.empty())
          diag(F.Site->Loc, "'%0' is an unbounded channel ('%1'); pushing "
                            "from %2 has no backpressure")
              << Name << P.TypeAsWritten << Where;
        else
          diag(F.Site->Loc, "push into an unbounded channel ('%0') from %1 "
                            "has no backpressure")
              << P.TypeAsWritten << Where;
      } else {
        diag(F.Site->Loc, "call to '%0' pushes into an unbounded channel "
                          "('%1') from %2; it has no backpressure")
            << asynctidy::calleeDisplayName(F.Callee) << P.TypeAsWritten
            << Where;
        emitFrameNotes(*this, F.Chain, [&](const asynctidy::ChainFrame &) {
          return Name.empty() ? std::string("pushes into the channel")
                              : "pushes into '" + Name + "'";
        });
      }
      std::string Suggest = P.Alternative.empty()
                                ? std::string("give it a capacity limit")
                                : "bounded alternative: " + P.Alternative;
      if (P.Decl && P.DeclIsChannel && P.Decl->getLocation().isValid())
        diag(P.Decl->getLocation(), "'%0' declared here; %1",
             DiagnosticIDs::Note)
            << Name << Suggest;
      else
        diag(P.Loc, "'%0' has no capacity limit; %1", DiagnosticIDs::Note)
            << P.ClassName << Suggest;
    }
  }
  Roots.clear();
}

} // namespace clang::tidy::async
