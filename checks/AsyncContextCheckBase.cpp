//===--- AsyncContextCheckBase.cpp - base of the call-graph checks --------===//

#include "AsyncContextCheckBase.h"
#include "Analysis/BlockingCallFinder.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/Path.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

namespace {
/// An async context, as asynctidy::asyncContextKind decides; templates are
/// analysed in their instantiations only (where calls resolve and discarded
/// `if constexpr` branches are gone).
AST_MATCHER_P(FunctionDecl, isAsyncContext, bool, CheckSyncGenerators) {
  if (Node.isTemplated())
    return false;
  return asynctidy::asyncContextKind(&Node, CheckSyncGenerators).has_value();
}
} // namespace

AsyncContextCheckBase::AsyncContextCheckBase(StringRef Name,
                                             ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      AnnotationFiles(Options.getLocalOrGlobal(AnnotationFilesOpt, "")),
      MaxDepth(Options, MaxDepthOpt, 16, /*Min=*/1),
      ClosedLibraries(Options.getLocalOrGlobal(ClosedLibrariesOpt, "")),
      FollowNoreturnPaths(Options, FollowNoreturnPathsOpt, false,
                          /*LocalOrGlobal=*/true) {}

void AsyncContextCheckBase::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, AnnotationFilesOpt, AnnotationFiles);
  MaxDepth.store(Options, Opts);
  Options.store(Opts, ClosedLibrariesOpt, ClosedLibraries);
  FollowNoreturnPaths.store(Options, Opts);
}

asynctidy::BlockingAnalysisOptions AsyncContextCheckBase::walkOptions() const {
  asynctidy::BlockingAnalysisOptions Opts;
  Opts.MaxDepth = MaxDepth;
  Opts.Closed = Closed ? &*Closed : nullptr;
  Opts.FollowNoreturnPaths = FollowNoreturnPaths;
  return Opts;
}

bool AsyncContextCheckBase::setUp(MatchFinder *Finder, StringRef Categories,
                                  bool SyncGenerators,
                                  llvm::function_ref<bool()> CheckOptions) {
  Config = loadAnnotationConfig(*this, getID(), AnnotationFiles, Categories,
                                getCurrentMainFile());
  if (!Config.DB)
    return false;
  if (!MaxDepth.validate(*this, getID()) ||
      !FollowNoreturnPaths.validate(*this, getID()))
    return false;
  auto Libs = asynctidy::ClosedLibraries::create(*Config.DB, ClosedLibraries);
  if (!Libs) {
    configurationDiag("%0: invalid option '%1': %2", DiagnosticIDs::Error)
        << getID() << ClosedLibrariesOpt << llvm::toString(Libs.takeError());
    return false;
  }
  Closed = std::move(*Libs);
  if (CheckOptions && !CheckOptions())
    return false;
  CheckSyncGenerators = SyncGenerators;
  // Function definitions outside system headers, whose diagnostics
  // clang-tidy drops anyway (Asio has many coroutines).
  Finder->addMatcher(functionDecl(isDefinition(),
                                  unless(isExpansionInSystemHeader()),
                                  isAsyncContext(CheckSyncGenerators))
                         .bind("root"),
                     this);
  return true;
}

void AsyncContextCheckBase::check(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("root"))
    addRoot(FD, *asynctidy::asyncContextKind(FD, CheckSyncGenerators));
}

void AsyncContextCheckBase::addRoot(const FunctionDecl *FD,
                                    asynctidy::ContextKind Kind) {
  Roots.push_back({FD, Kind});
}

std::vector<AsyncContextCheckBase::Root> AsyncContextCheckBase::takeRoots() {
  std::vector<Root> Out;
  llvm::DenseSet<const FunctionDecl *> Seen;
  for (const Root &R : Roots)
    if (Seen.insert(R.FD->getCanonicalDecl()).second)
      Out.push_back(R);
  Roots.clear();
  return Out;
}

void AsyncContextCheckBase::emitFrameNotes(
    llvm::ArrayRef<asynctidy::ChainFrame> Chain,
    llvm::function_ref<std::string(const asynctidy::ChainFrame &)> LeafText) {
  unsigned Frame = 1;
  for (const asynctidy::ChainFrame &C : Chain) {
    std::string Caller = "'" + asynctidy::calleeDisplayName(C.Caller) + "'";
    if (C.VirtualBase)
      Caller += " (overrides '" + asynctidy::calleeDisplayName(C.VirtualBase) +
                "')";
    std::string What =
        C.IsLeaf ? LeafText(C)
                 : "calls '" + asynctidy::calleeDisplayName(C.Callee) + "'";
    diag(C.Loc, "frame #%0: %1 %2 here", DiagnosticIDs::Note)
        << Frame++ << Caller << What;
  }
}

void AsyncContextCheckBase::emitUserEntryNote(
    const asynctidy::CallSiteRecord *Site) {
  if (!Site || !Site->Entry || Site->Entry->Reason.empty())
    return;
  llvm::StringRef File = Site->Entry->Pos.File;
  if (File.empty() || File.starts_with("<builtin>/"))
    return;
  diag(Site->Loc, "%0, from %1", DiagnosticIDs::Note)
      << Site->Entry->Reason << llvm::sys::path::filename(File);
}

} // namespace clang::tidy::async
