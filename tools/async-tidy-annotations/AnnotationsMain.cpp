//===--- AnnotationsMain.cpp - async-tidy-annotations ---------------------===//
//
//   async-tidy-annotations lint [FILE...]      validate built-ins + FILEs
//   async-tidy-annotations dump [FILE...]      print the merged database
//   async-tidy-annotations explain NAME [FILE...]
//                                              which entries describe NAME
//   async-tidy-annotations stats [FILE...]     entries per file
//
//===----------------------------------------------------------------------===//

#include "Annotations/AnnotationDatabase.h"
#include "Annotations/AnnotationYAML.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include <array>
#include <map>

using namespace llvm;
using namespace asynctidy;

static cl::OptionCategory Cat("async-tidy-annotations options");
static cl::opt<std::string> Command(cl::Positional, cl::Required,
                                    cl::desc("<lint|dump|explain|stats>"),
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

int main(int Argc, char **Argv) {
  InitLLVM X(Argc, Argv);
  cl::HideUnrelatedOptions(Cat);
  cl::ParseCommandLineOptions(
      Argc, Argv, "Inspect the async-tidy annotation database\n");

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
  } else if (Command != "lint" && Command != "dump" && Command != "stats") {
    WithColor::error(errs(), "async-tidy-annotations")
        << "unknown command '" << Command
        << "'; expected lint, dump, explain or stats\n";
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
