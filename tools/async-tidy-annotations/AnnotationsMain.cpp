//===--- AnnotationsMain.cpp - async-tidy-annotations ---------------------===//
//
//   async-tidy-annotations lint [FILE...]      validate built-ins + FILEs
//   async-tidy-annotations dump [FILE...]      print the merged database
//   async-tidy-annotations explain NAME [FILE...]
//                                              which entries describe NAME
//   async-tidy-annotations stats [FILE...]     entries per file
//   async-tidy-annotations fixes [FILE...]     the fix-its per framework, as
//                                              Markdown (docs/fixes.md)
//
// Exit status: 0 success; 1 the database has errors (or explain found no
// entry); 2 usage or output errors.
//
//===----------------------------------------------------------------------===//

#include "Annotations/AnnotationDatabase.h"
#include "Annotations/AnnotationYAML.h"
#include "Support/Version.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include <array>
#include <map>
#include <set>

using namespace llvm;
using namespace asynctidy;

static cl::OptionCategory Cat("async-tidy-annotations options");
static cl::opt<std::string> Command(cl::Positional, cl::Required,
                                    cl::desc("<lint|dump|explain|stats|fixes>"),
                                    cl::cat(Cat));
static cl::list<std::string> Args(cl::Positional, cl::desc("[NAME] [FILE...]"),
                                  cl::cat(Cat));
static cl::opt<bool> NoBuiltin("no-builtin",
                               cl::desc("Do not load the embedded database"),
                               cl::cat(Cat));
static cl::opt<std::string>
    CategoriesOption("categories",
                     cl::desc("Categories option to resolve (as the checks' "
                              "Categories option), printed by 'dump'"),
                     cl::init(""), cl::cat(Cat));

/// Strips template arguments and a leading "::": "::std::future<int>::get"
/// becomes "std::future::get".
static std::string normalizeQuery(StringRef Q) {
  Q.consume_front("::");
  std::string Out;
  int Depth = 0;
  bool InOperator = false;
  for (size_t I = 0; I < Q.size(); ++I) {
    if (Q.substr(I).starts_with("operator"))
      InOperator = true;
    char C = Q[I];
    if (!InOperator && C == '<') {
      ++Depth;
      continue;
    }
    if (!InOperator && C == '>' && Depth > 0) {
      --Depth;
      continue;
    }
    if (Depth == 0)
      Out += C;
  }
  return Out;
}

/// When a fix applies beyond the engine's own guards, in words.
static std::string describeConditions(const FixEntry &F) {
  std::vector<std::string> When;
  bool ErrorCode = false, Scheduler = false, Member = false;
  forEachTemplatePart(
      F.Replacement, [](StringRef) {},
      [&](StringRef P) {
        ErrorCode |= P == "error-code";
        Scheduler |= P == "scheduler";
        Member |= P == "receiver" || P == "object";
      });
  if (Member)
    When.push_back("a member call");
  // (A fix without {error-code} never applies to a call that passes one;
  // annotations.md says so once, rather than every row.)
  if (ErrorCode)
    When.push_back("the call passes an error_code");
  const FixRequirements &Q = F.Requires;
  if (Q.ResultUnused)
    When.push_back("the value is unused");
  if (Q.RvalueArgument)
    When.push_back("argument " + std::to_string(*Q.RvalueArgument) +
                   " is an rvalue");
  if (Q.ChronoArgument) {
    std::string Period = std::to_string(Q.ChronoPeriodNum) + "/" +
                         std::to_string(Q.ChronoPeriodDen) + " s";
    if (Q.ChronoClock.empty())
      When.push_back("argument " + std::to_string(*Q.ChronoArgument) +
                     " is a duration in whole multiples of " + Period);
    else
      When.push_back("argument " + std::to_string(*Q.ChronoArgument) +
                     " is a '" + Q.ChronoClock +
                     "' time point in whole multiples of " + Period);
  }
  if (Scheduler)
    When.push_back("a scheduler is in scope");
  return When.empty() ? std::string("always") : join(When, "; ");
}

/// "1 fix", "2 fixes".
static std::string count(size_t N, StringRef One, StringRef Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many).str();
}

/// `text` for a Markdown table cell.
static std::string cell(StringRef Text) {
  std::string Out = "`";
  for (char C : Text)
    Out += C == '|' ? std::string("\\|") : std::string(1, C);
  return Out + "`";
}

static void printFixCatalogue(raw_ostream &OS, const AnnotationDatabase &D) {
  std::map<std::string, std::vector<const FixEntry *>> ByFramework;
  std::map<std::string, std::set<std::string>> Functions;
  for (const FixEntry &F : D.fixes()) {
    ByFramework[F.Framework].push_back(&F);
    Functions[F.Framework].insert(F.Function);
  }
  std::set<std::string> AllFunctions;
  for (const auto &[Fw, Fns] : Functions)
    AllFunctions.insert(Fns.begin(), Fns.end());
  OS << "# Fix-its by framework\n\n"
     << "<!-- Generated by `async-tidy-annotations fixes` from the built-in "
        "database; test/annotations/docs-fixes.test fails when it is out of "
        "date. -->\n\n"
     << "`async-blocking-call` rewrites a blocking call in a coroutine into "
        "its framework's async form when the framework has a fix for the "
        "function and the conditions below hold; otherwise it explains why "
        "in a note. The template language is described in "
        "[annotations.md](annotations.md#fixes).\n\n"
     << count(D.fixes().size(), "fix", "fixes") << " for "
     << count(AllFunctions.size(), "blocking function", "blocking functions")
     << " in " << count(D.frameworks().size(), "framework", "frameworks")
     << ".\n\n"
     << "| framework | functions with a fix | fixes |\n|---|---|---|\n";
  for (const FrameworkEntry &Fw : D.frameworks())
    OS << "| " << Fw.Name << " | " << Functions[Fw.Name].size() << " | "
       << ByFramework[Fw.Name].size() << " |\n";
  for (const FrameworkEntry &Fw : D.frameworks()) {
    OS << "\n## " << Fw.Name << "\n\n" << Fw.Description << "\n\n";
    auto Types = [&](StringRef Label, ArrayRef<std::string> Names) {
      if (Names.empty())
        return;
      OS << Label << ":";
      for (const std::string &T : Names)
        OS << " `::" << T << "`";
      OS << ".";
    };
    Types("Coroutine types", Fw.CoroutineTypes);
    Types(" Schedulers for `{scheduler}`", Fw.SchedulerTypes);
    Types(" `{error-code}` types", Fw.ErrorCodeTypes);
    OS << "\n\n";
    if (!Fw.Offload.empty())
      OS << "Offload suggestion (a note, never applied): " << cell(Fw.Offload)
         << "\n\n";
    const std::vector<const FixEntry *> &Fixes = ByFramework[Fw.Name];
    if (Fixes.empty()) {
      OS << "No fix-its.\n";
      continue;
    }
    OS << "| blocking function | replacement | applies when | includes |\n"
       << "|---|---|---|---|\n";
    for (const FixEntry *F : Fixes) {
      std::vector<std::string> Includes;
      for (const std::string &I : F->Includes)
        Includes.push_back(cell(I));
      OS << "| " << cell("::" + F->Function) << " | " << cell(F->Replacement)
         << " | " << describeConditions(*F) << " | " << join(Includes, " ")
         << " |\n";
    }
  }
}

static void printEntry(raw_ostream &OS, const FunctionEntry &E) {
  OS << E.Pos.str() << ": ::" << E.Name << " [" << entryKindName(E.Kind)
     << "] " << effectName(E.TheEffect);
  if (!E.Category.empty())
    OS << " (" << E.Category << ")";
  if (E.Arity)
    OS << " arity=" << *E.Arity;
  if (E.Params)
    OS << " params=(" << join(*E.Params, ", ") << ")";
  if (!E.Receivers.empty())
    OS << " receivers=" << join(E.Receivers, ",");
  if (!E.ReceiverObjects.empty())
    OS << " receiver-objects=" << join(E.ReceiverObjects, ",");
  OS << "\n";
  if (!E.Reason.empty())
    OS << "  reason: " << E.Reason << "\n";
  if (!E.AsyncEquivalent.empty())
    OS << "  async equivalent: " << E.AsyncEquivalent << "\n";
}

static void printFixes(raw_ostream &OS, const AnnotationDatabase &D,
                       StringRef Function) {
  for (const FixEntry &F : D.fixes())
    if (F.Function == Function)
      OS << "  fix (" << F.Framework << "): " << F.Replacement << "\n"
         << "    when: " << describeConditions(F) << "\n";
}

static int run();

int main(int Argc, char **Argv) {
  InitLLVM X(Argc, Argv);
  cl::HideUnrelatedOptions(Cat);
  asynctidy::addVersionPrinter();
  cl::ParseCommandLineOptions(
      Argc, Argv, "Inspect the async-tidy annotation database\n");
  int Status = run();
  // A failed write (a full disk, > /dev/full) is an error of its own, not
  // LLVM's "IO failure on output stream" abort at exit.
  outs().flush();
  if (outs().has_error()) {
    WithColor::error(errs(), "async-tidy-annotations")
        << "cannot write the output: " << outs().error().message() << "\n";
    outs().clear_error();
    return 2;
  }
  return Status;
}

static int run() {
  std::vector<std::string> Files(Args.begin(), Args.end());
  std::string Query;
  if (Command == "explain") {
    if (Files.empty()) {
      WithColor::error(errs(), "async-tidy-annotations")
          << "explain needs a NAME\n";
      return 2;
    }
    Query = normalizeQuery(Files.front());
    Files.erase(Files.begin());
  } else if (Command != "lint" && Command != "dump" && Command != "stats" &&
             Command != "fixes") {
    WithColor::error(errs(), "async-tidy-annotations")
        << "unknown command '" << Command
        << "'; expected lint, dump, explain, stats or fixes\n";
    return 2;
  }

  Expected<std::shared_ptr<const AnnotationDatabase>> DB =
      NoBuiltin ? [&]() -> Expected<std::shared_ptr<const AnnotationDatabase>> {
        std::vector<AnnotationSource> Sources;
        if (Error E = AnnotationDatabase::readSources(Files, Sources))
          return std::move(E);
        return AnnotationDatabase::load(Sources);
      }()
                : AnnotationDatabase::loadWithUserFiles(Files);
  if (!DB) {
    errs() << toString(DB.takeError()) << "\n";
    return 1;
  }
  const AnnotationDatabase &D = **DB;

  if (Command == "lint") {
    outs() << "ok: " << D.entries().size() << " entries, "
           << D.categories().size() << " categories from "
           << D.sourceNames().size() << " files\n";
    return 0;
  }
  if (Command == "stats") {
    // Per file: entries by effect, then types. Effects other than blocking
    // and non-blocking, and types, are printed only where a file has some.
    constexpr Effect Effects[] = {Effect::Blocking, Effect::NonBlocking,
                                  Effect::Offload, Effect::ExecutorSwitch,
                                  Effect::Callback};
    std::map<std::string, std::array<unsigned, std::size(Effects) + 1>> PerFile;
    for (const std::string &N : D.sourceNames())
      PerFile[N] = {};
    for (const FunctionEntry &E : D.entries())
      ++PerFile[E.Pos.File][static_cast<size_t>(E.TheEffect)];
    for (const TypeEntry &T : D.types())
      ++PerFile[T.Pos.File][std::size(Effects)];
    for (const auto &[File, Counts] : PerFile) {
      outs() << File << ": " << Counts[0] << " blocking, " << Counts[1]
             << " non-blocking";
      for (size_t I = 2; I < std::size(Effects); ++I)
        if (Counts[I])
          outs() << ", " << Counts[I] << " " << effectName(Effects[I]);
      if (unsigned T = Counts[std::size(Effects)])
        outs() << ", " << T << " types";
      outs() << "\n";
    }
    outs() << "total: " << D.entries().size() << " entries\n";
    // Fix-its per framework, where there are any.
    std::map<std::string, std::set<std::string>> Functions;
    for (const FixEntry &F : D.fixes())
      Functions[F.Framework].insert(F.Function);
    for (const FrameworkEntry &Fw : D.frameworks()) {
      unsigned N = 0;
      for (const FixEntry &F : D.fixes())
        N += F.Framework == Fw.Name;
      outs() << "framework " << Fw.Name << ": " << count(N, "fix", "fixes")
             << " for "
             << count(Functions[Fw.Name].size(), "function", "functions")
             << "\n";
    }
    return 0;
  }
  if (Command == "fixes") {
    printFixCatalogue(outs(), D);
    return 0;
  }
  if (Command == "dump") {
    auto Enabled = resolveEnabledCategories(D, CategoriesOption);
    if (!Enabled) {
      errs() << "error: " << toString(Enabled.takeError()) << "\n";
      return 1;
    }
    asynctidy::yaml::RawAnnotationFile Raw = asynctidy::yaml::toRaw(D);
    for (asynctidy::yaml::RawCategory &C : Raw.Categories)
      C.Enabled = Enabled->lookup(C.Name.Value);
    llvm::yaml::Output Out(outs());
    Out << Raw;
    return 0;
  }

  // explain
  std::vector<const FunctionEntry *> Named = D.entriesNamed(Query);
  for (const FunctionEntry *E : Named)
    printEntry(outs(), *E);
  printFixes(outs(), D, Query);
  if (Named.empty()) {
    outs() << "no entry for '::" << Query << "'";
    ArrayRef<const FunctionEntry *> Same =
        D.lookup(AnnotationDatabase::simpleName(Query));
    if (!Same.empty()) {
      outs() << "; entries with the same unqualified name:\n";
      for (const FunctionEntry *E : Same)
        printEntry(outs(), *E);
    } else {
      outs() << "\n";
    }
    return 1;
  }
  return 0;
}
