//===--- UnboundedChannelCheck.cpp - async-unbounded-channel --------------===//

#include "UnboundedChannelCheck.h"
#include "Analysis/BlockingAnalysis.h"
#include "Analysis/BlockingCallFinder.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

static constexpr llvm::StringLiteral ChannelTypesOpt = "ChannelTypes";


UnboundedChannelCheck::UnboundedChannelCheck(StringRef Name,
                                             ClangTidyContext *Context)
    : AsyncContextCheckBase(Name, Context),
      ChannelTypes(Options.get(ChannelTypesOpt, "")) {}

void UnboundedChannelCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  AsyncContextCheckBase::storeOptions(Opts);
  Options.store(Opts, ChannelTypesOpt, ChannelTypes);
}

void UnboundedChannelCheck::registerMatchers(MatchFinder *Finder) {
  auto Types = asynctidy::parseChannelTypes(ChannelTypes);
  if (!Types) {
    configurationDiag("async-unbounded-channel: invalid option '%0': %1",
                      DiagnosticIDs::Error)
        << ChannelTypesOpt << llvm::toString(Types.takeError());
    return;
  }
  ExtraTypes = std::move(*Types);
  setUp(Finder, /*Categories=*/"");
}

void UnboundedChannelCheck::onEndOfTranslationUnit() {
  std::vector<Root> Roots = takeRoots();
  if (!Ctx || Roots.empty())
    return;
  std::vector<const FunctionDecl *> RootDecls;
  for (const Root &R : Roots)
    RootDecls.push_back(R.FD);
  asynctidy::UnboundedChannelAnalyzer Analyzer(*Ctx, *Config.DB, ExtraTypes,
                                               walkOptions());
  Analyzer.analyze(RootDecls);

  // A template's pattern and its instantiations share locations.
  llvm::DenseSet<unsigned> Reported;
  for (const Root &R : Roots) {
    const std::string Where = asynctidy::describeContext(R.FD, R.Kind);
    for (const asynctidy::ChannelFinding &F : Analyzer.findings(R.FD)) {
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
        emitFrameNotes(F.Chain, [&](const asynctidy::ChainFrame &) {
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
}

} // namespace clang::tidy::async
