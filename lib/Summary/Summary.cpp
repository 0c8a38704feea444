//===--- Summary.cpp - per-translation-unit summaries for async-audit -----===//

#include "Summary/Summary.h"
#include "Analysis/AnnotationMatcher.h"
#include "Analysis/BlockingCallFinder.h"
#include "Analysis/EventLoopContexts.h"

#include "clang/AST/DeclCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace asynctidy {

llvm::json::Value toJSON(const FunctionRecord &R) {
  llvm::json::Value V = toJSON(R.Summary);
  llvm::json::Object &O = *V.getAsObject();
  O["location"] = R.Location;
  O["decl_file"] = R.DeclFile;
  O["qualified_name"] = R.QualifiedName;
  O["kind"] = R.Kind;
  O["external"] = R.External;
  if (!R.Context.empty())
    O["context"] = R.Context;
  if (R.IsCoroutine)
    O["coroutine"] = true;
  if (R.LoopDriver)
    O["loop_driver"] = true;
  return V;
}

bool fromJSON(const llvm::json::Value &V, FunctionRecord &R,
              llvm::json::Path P) {
  if (!fromJSON(V, R.Summary, P))
    return false;
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("location", R.Location) &&
         O.map("decl_file", R.DeclFile) &&
         O.map("qualified_name", R.QualifiedName) && O.map("kind", R.Kind) &&
         O.map("external", R.External) && O.mapOptional("context", R.Context) &&
         O.mapOptional("coroutine", R.IsCoroutine) &&
         O.mapOptional("loop_driver", R.LoopDriver);
}

llvm::json::Value toJSON(const TranslationUnitSummary &S) {
  return llvm::json::Object{{"version", S.Version},
                            {"main_file", S.MainFile},
                            {"functions", S.Functions}};
}

bool fromJSON(const llvm::json::Value &V, TranslationUnitSummary &S,
              llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("version", S.Version) && O.map("main_file", S.MainFile) &&
         O.map("functions", S.Functions);
}

llvm::Expected<TranslationUnitSummary> parseSummary(llvm::StringRef Text) {
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
  if (!V)
    return V.takeError();
  TranslationUnitSummary S;
  llvm::json::Path::Root Root("summary");
  if (const llvm::json::Object *O = V->getAsObject())
    if (std::optional<int64_t> Ver = O->getInteger("version");
        Ver && *Ver != SummaryFormatVersion)
      return llvm::createStringError(
          "summary format version %d, this build reads %u", int(*Ver),
          SummaryFormatVersion);
  if (!fromJSON(*V, S, Root))
    return Root.getError();
  return S;
}

static std::string entryKind(const FunctionDecl *FD) {
  if (isa<CXXConstructorDecl>(FD))
    return "constructor";
  if (isa<CXXDestructorDecl>(FD))
    return "destructor";
  if (isa<CXXMethodDecl>(FD))
    return "method";
  return "function";
}

/// "path" of "path:line:col".
static std::string pathOf(llvm::StringRef FileLocation) {
  return FileLocation.rsplit(':').first.rsplit(':').first.str();
}

/// The main file's path. A preprocessed file names the file it came from in
/// a line marker: `clang -E` output (which a distcc server compiles) in its
/// first, as Clang itself reads it (ReadOriginalFileName);
/// `-frewrite-includes` output (which an icecream server compiles) in its
/// second, after one naming "<built-in>". The first marker naming a file
/// wins.
static std::string mainFilePath(const SourceManager &SM) {
  FileID Main = SM.getMainFileID();
  SourceLocation Start = SM.getLocForStartOfFile(Main);
  llvm::StringRef Text = SM.getBufferData(Main);
  for (unsigned Line = 2;
       Text.starts_with("# ") || Text.starts_with("#line "); ++Line) {
    SourceLocation Next = SM.translateLineCol(Main, Line, 1);
    if (Next.isInvalid() || Next == Start)
      break;
    std::string Path = presumedFilePath(Next, SM);
    if (!Path.empty() && !llvm::StringRef(Path).starts_with("<"))
      return Path;
    Text = Text.split('\n').second;
  }
  return presumedFilePath(Start, SM);
}

static bool isLambda(const FunctionDecl *FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  return MD && MD->getParent()->isLambda();
}

TranslationUnitSummary extractSummary(ASTContext &Ctx,
                                      const AnnotationDatabase &DB,
                                      const llvm::StringMap<bool> &Enabled,
                                      const BlockingAnalysisOptions &Opts) {
  const SourceManager &SM = Ctx.getSourceManager();
  // Every definition outside system headers, as the checks select contexts
  // (templates in their instantiations only).
  // Roots, and the contexts the calls around a function make, as
  // async-blocking-call finds them: event-loop callbacks and loop drivers.
  struct RootCollector : MatchFinder::MatchCallback {
    const AnnotationDatabase &DB;
    std::vector<const FunctionDecl *> Roots;
    llvm::DenseSet<const FunctionDecl *> Seen;
    llvm::DenseMap<const FunctionDecl *, std::string> Contexts;
    std::vector<const FunctionDecl *> Callbacks;
    llvm::DenseSet<const FunctionDecl *> LoopDrivers;
    explicit RootCollector(const AnnotationDatabase &DB) : DB(DB) {}
    void run(const MatchFinder::MatchResult &R) override {
      if (const auto *Call = R.Nodes.getNodeAs<CallExpr>("registration")) {
        if (const FunctionDecl *CB = registeredCallback(Call, DB))
          Callbacks.push_back(CB);
        return;
      }
      if (const auto *Bridge = R.Nodes.getNodeAs<CallExpr>("bridge")) {
        if (startsLoopDrivers(Bridge, DB))
          for (const FunctionDecl *Driver : lambdaCallOperatorsWithin(Bridge))
            LoopDrivers.insert(Driver->getCanonicalDecl());
        return;
      }
      const auto *FD = R.Nodes.getNodeAs<FunctionDecl>("f");
      if (FD->isTemplated() || FD->isImplicit() || FD->isDefaulted() ||
          FD->isDeleted() || !Seen.insert(FD->getCanonicalDecl()).second)
        return;
      Roots.push_back(FD);
      if (std::optional<ContextKind> K =
              asyncContextKind(FD, /*CheckSyncGenerators=*/false))
        Contexts[FD->getCanonicalDecl()] = describeContext(FD, *K);
    }
  } Collector(DB);
  // The walk does not enter declarations in system headers, as clang-tidy's
  // does without --system-headers: most of a TU's nodes are there, and none
  // of them is a root.
  MatchFinder::MatchFinderOptions FinderOpts;
  FinderOpts.IgnoreSystemHeaders = true;
  MatchFinder Finder(FinderOpts);
  Finder.addMatcher(
      functionDecl(isDefinition(), unless(isExpansionInSystemHeader()))
          .bind("f"),
      &Collector);
  if (auto M = callbackRegistrationMatcher(DB))
    Finder.addMatcher(*M, &Collector);
  if (auto M = loopDriverMatcher(DB))
    Finder.addMatcher(*M, &Collector);
  Finder.matchAST(Ctx);
  std::vector<const FunctionDecl *> &Roots = Collector.Roots;
  llvm::DenseMap<const FunctionDecl *, std::string> &Contexts =
      Collector.Contexts;
  for (const FunctionDecl *CB : Collector.Callbacks)
    Contexts.try_emplace(CB->getCanonicalDecl(),
                         describeContext(CB, ContextKind::Callback));
  const llvm::DenseSet<const FunctionDecl *> &LoopDrivers =
      Collector.LoopDrivers;
  BlockingAnalyzer Analyzer(Ctx, DB, Enabled, Opts);
  Analyzer.analyze(Roots);

  TranslationUnitSummary Out;
  Out.MainFile = mainFilePath(SM);
  for (FunctionSummary &S : Analyzer.summaries()) {
    FunctionRecord R;
    const FunctionDecl *FD = S.Decl;
    R.Location = fileLocation(FD->getLocation(), SM);
    R.DeclFile =
        pathOf(fileLocation(FD->getCanonicalDecl()->getLocation(), SM));
    if (!isLambda(FD)) {
      R.QualifiedName = databaseName(FD);
      R.External = FD->isExternallyVisible();
    }
    R.Kind = entryKind(FD);
    R.IsCoroutine = isCoroutine(FD);
    auto It = Contexts.find(FD->getCanonicalDecl());
    if (It != Contexts.end())
      R.Context = It->second;
    R.LoopDriver = LoopDrivers.contains(FD->getCanonicalDecl());
    R.Summary = std::move(S);
    R.Summary.Decl = nullptr;
    Out.Functions.push_back(std::move(R));
  }
  // USRs are unique within a TU (one node per canonical declaration).
  llvm::sort(Out.Functions,
             [](const FunctionRecord &A, const FunctionRecord &B) {
               return A.Summary.USR < B.Summary.USR;
             });
  return Out;
}

} // namespace asynctidy
