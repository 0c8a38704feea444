//===--- LockAcrossSuspendCheck.cpp - async-lock-across-suspend -----------===//

#include "LockAcrossSuspendCheck.h"
#include "Analysis/BlockingCallFinder.h"
#include "Analysis/FixTemplates.h"
#include "Analysis/LockAcrossSuspend.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

// The three list options have the names and meaning of
// misc-coroutine-hostile-raii's, so that a configuration carries over.
static constexpr llvm::StringLiteral RAIITypesListOpt = "RAIITypesList";
static constexpr llvm::StringLiteral AllowedAwaitablesListOpt =
    "AllowedAwaitablesList";
static constexpr llvm::StringLiteral AllowedCalleesOpt = "AllowedCallees";
static constexpr llvm::StringLiteral AwaitablesManagePassedLocksOpt =
    "AwaitablesManagePassedLocks";

LockAcrossSuspendCheck::LockAcrossSuspendCheck(StringRef Name,
                                               ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      AnnotationFiles(Options.getLocalOrGlobal(AnnotationFilesOpt, "")),
      RAIITypesList(Options.get(RAIITypesListOpt, "")),
      AllowedAwaitablesList(Options.get(AllowedAwaitablesListOpt, "")),
      AllowedCallees(Options.get(AllowedCalleesOpt, "")),
      AwaitablesManagePassedLocks(Options, AwaitablesManagePassedLocksOpt,
                                  true),
      Framework(Options.get(FrameworkOpt, "")) {}

void LockAcrossSuspendCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, AnnotationFilesOpt, AnnotationFiles);
  Options.store(Opts, RAIITypesListOpt, RAIITypesList);
  Options.store(Opts, AllowedAwaitablesListOpt, AllowedAwaitablesList);
  Options.store(Opts, AllowedCalleesOpt, AllowedCallees);
  AwaitablesManagePassedLocks.store(Options, Opts);
  Options.store(Opts, FrameworkOpt, Framework);
}

void LockAcrossSuspendCheck::registerMatchers(MatchFinder *Finder) {
  // Every bad option value is a configuration error; the check then reports
  // nothing.
  bool OptionsOk =
      validateNameListOption(*this, getID(), RAIITypesListOpt, RAIITypesList);
  OptionsOk &= validateNameListOption(*this, getID(), AllowedAwaitablesListOpt,
                                      AllowedAwaitablesList);
  OptionsOk &= validateNameListOption(*this, getID(), AllowedCalleesOpt,
                                      AllowedCallees);
  OptionsOk &= AwaitablesManagePassedLocks.validate(*this, getID());
  // Loaded here, not in the constructor, so that --list-checks and
  // --dump-config never read annotation files.
  Config = loadAnnotationConfig(*this, "async-lock-across-suspend",
                                AnnotationFiles, /*Categories=*/"",
                                getCurrentMainFile());
  if (!Config.DB || !OptionsOk)
    return;
  if (!resolveFramework(*this, getID(), *Config.DB, Framework, ForcedFramework))
    return;
  Finder->addMatcher(functionDecl(isDefinition(), hasBody(coroutineBodyStmt()),
                                  unless(isExpansionInSystemHeader()))
                         .bind("coro"),
                     this);
}

/// "'m'", "'a' and 'b'", "'a', 'b' and 'c'", or "a lock".
static std::string listMutexes(const std::vector<std::string> &Names) {
  if (Names.empty())
    return "a lock";
  std::string Out;
  for (size_t I = 0; I < Names.size(); ++I) {
    if (I)
      Out += I + 1 == Names.size() ? " and " : ", ";
    Out += "'" + Names[I] + "'";
  }
  return Out;
}

void LockAcrossSuspendCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Coro = Result.Nodes.getNodeAs<FunctionDecl>("coro");
  asynctidy::LockAnalysisOptions Opts;
  Opts.ExtraGuardTypes = asynctidy::splitNameList(RAIITypesList);
  Opts.AllowedAwaitables = asynctidy::splitNameList(AllowedAwaitablesList);
  Opts.AllowedCallees = asynctidy::splitNameList(AllowedCallees);
  Opts.AwaitablesManagePassedLocks = AwaitablesManagePassedLocks;
  std::vector<asynctidy::LockFinding> Findings =
      asynctidy::findLocksAcrossSuspension(Coro, *Config.DB, Opts);
  if (Findings.empty())
    return;

  const std::string Where = asynctidy::describeCoroutine(Coro);
  const asynctidy::FrameworkEntry *Fw =
      asynctidy::frameworkOf(Coro, *Config.DB, ForcedFramework);
  std::vector<const asynctidy::TypeEntry *> Alternatives;
  if (Fw)
    Alternatives = asynctidy::asyncMutexesOfFramework(Fw->Name, *Config.DB);
  std::string Suggestion;
  if (!Alternatives.empty()) {
    Suggestion = "use an async mutex of " + Fw->Name +
                 " instead, locked with co_await: ";
    for (size_t I = 0; I < Alternatives.size(); ++I)
      Suggestion += (I ? ", '" : "'") + Alternatives[I]->Name + "'";
  } else if (auto Samples = asynctidy::asyncMutexSamples(*Config.DB);
             !Samples.empty()) {
    Suggestion = "use an async mutex instead, locked with co_await, e.g. ";
    for (size_t I = 0; I < Samples.size(); ++I)
      Suggestion += (I ? ", '" : "'") + Samples[I]->Name + "' (" +
                    Samples[I]->Framework + ")";
  }

  for (const asynctidy::LockFinding &F : Findings) {
    if (!Reported.insert({F.Loc.getRawEncoding(), listMutexes(F.Mutexes)})
             .second)
      continue;
    std::string Release =
        F.ReleaseMethods.empty() ? "" : F.ReleaseMethods.front();
    if (F.Kind == asynctidy::LockKind::Guard) {
      diag(F.Loc, "'%0' holds %1 across a suspension point of %2; the mutex "
                  "may be unlocked on another thread")
          << F.Guard->getName() << listMutexes(F.Mutexes) << Where;
    } else {
      diag(F.Loc, "%0 is locked here and held across a suspension point of "
                  "%1; the mutex may be unlocked on another thread")
          << listMutexes(F.Mutexes) << Where;
    }
    // Bounded: the first suspension point, then the second or, when there
    // are more, how many (a lock held across N co_awaits must not give N
    // notes per finding: docs/reliability.md).
    for (size_t I = 0; I < F.SuspensionPoints.size(); ++I) {
      clang::SourceLocation L =
          asynctidy::suspensionLoc(F.SuspensionPoints[I]);
      if (I == 0 || F.NumSuspensionPoints == 2)
        diag(L, "suspension point is here", DiagnosticIDs::Note);
      else
        diag(L, "and %0 more suspension points, the next one here",
             DiagnosticIDs::Note)
            << F.NumSuspensionPoints - 1;
    }
    if (F.Kind == asynctidy::LockKind::Guard) {
      if (Release.empty())
        diag(F.Loc, "end the scope of '%0' before the suspension point",
             DiagnosticIDs::Note)
            << F.Guard->getName();
      else
        diag(F.Loc, "end the scope of '%0', or call '%0.%1()', before the "
                    "suspension point",
             DiagnosticIDs::Note)
            << F.Guard->getName() << Release;
    } else if (!Release.empty() && !F.Mutexes.empty()) {
      diag(F.Loc, "call '%0.%1()' before the suspension point",
           DiagnosticIDs::Note)
          << F.Mutexes.front() << Release;
    }
    // The suggestion quotes database text: an argument, never the format.
    if (!Suggestion.empty())
      diag(F.Loc, "%0", DiagnosticIDs::Note) << Suggestion;
  }
}

} // namespace clang::tidy::async
