//===--- AsyncAuditMain.cpp - async-audit ---------------------------------===//
//
//   async-audit -p BUILD_DIR [FILE_REGEX...] [-j N] [--format=text|sarif|html]
//               [-o FILE] [--export-annotations=FILE] [--cache-dir=DIR]
//   async-audit --from-objects PATH... [same report options]
//
// Summarises every translation unit of a compile database in parallel
// (cached by content), or reads the summaries the compile plugin put into
// object files, merges the summaries across TUs and reports the blocking
// chains from async contexts that cross translation units, which a
// clang-tidy run on one file cannot see. See docs/audit.md.
//
// Exit status: 0 no findings, 1 findings, 2 could not run.
//
//===----------------------------------------------------------------------===//

#include "ExtractTU.h"
#include "ObjectSummaries.h"
#include "Report/AuditReport.h"
#include "Summary/Merge.h"
#include "Summary/SummaryCache.h"
#include "Support/StringLists.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/Timer.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <mutex>

using namespace llvm;
using namespace asynctidy;

static cl::OptionCategory Cat("async-audit options");
static cl::opt<std::string>
    BuildDir("p", cl::desc("Build directory with compile_commands.json"),
             cl::value_desc("BUILD_DIR"), cl::cat(Cat));
static cl::opt<bool> FromObjects(
    "from-objects",
    cl::desc("Read the summaries AsyncAuditPlugin.so put into object files, "
             "archives and linked binaries: the positional arguments are "
             "those files or directories to search (instead of -p)"),
    cl::cat(Cat));
static cl::list<std::string>
    FileRegexes(cl::Positional,
                cl::desc("[FILE_REGEX...] (default: every file of the "
                         "database; a regex matches anywhere in the path), "
                         "or with --from-objects PATH..."),
                cl::cat(Cat));
static cl::opt<unsigned>
    Jobs("j", cl::desc("Translation units analysed in parallel (default: "
                       "the number of cores)"),
         cl::init(0), cl::Prefix, cl::cat(Cat));
enum class Format { Text, Sarif, Html };
static cl::opt<Format> OutputFormat(
    "format", cl::desc("Report format"), cl::init(Format::Text),
    cl::values(clEnumValN(Format::Text, "text", "clang's diagnostic format"),
               clEnumValN(Format::Sarif, "sarif", "SARIF 2.1.0"),
               clEnumValN(Format::Html, "html",
                          "one self-contained HTML page with source "
                          "snippets and filters")),
    cl::cat(Cat));
static cl::opt<std::string> OutputFile("o", cl::desc("Write the report here"),
                                       cl::value_desc("FILE"), cl::init("-"),
                                       cl::cat(Cat));
static cl::opt<std::string> ExportFile(
    "export-annotations",
    cl::desc("Write every function that may block as an annotation file"),
    cl::value_desc("FILE"), cl::cat(Cat));
static cl::list<std::string> ExportNamespaces(
    "export-namespace",
    cl::desc("Export only functions in this namespace (repeatable)"),
    cl::value_desc("NS"), cl::cat(Cat));
static cl::list<std::string> ExportHeaders(
    "export-header",
    cl::desc("Export only functions first declared in a file matching this "
             "glob (repeatable), e.g. '*/include/storage/*'"),
    cl::value_desc("GLOB"), cl::cat(Cat));
static cl::opt<std::string>
    CacheDir("cache-dir", cl::desc("Cache summaries here, by content"),
             cl::value_desc("DIR"), cl::cat(Cat));
static cl::opt<bool> IncludeSingleTU(
    "include-single-tu",
    cl::desc("Also report the findings one TU shows (what "
             "async-blocking-call reports)"),
    cl::cat(Cat));
static cl::opt<std::string> AnnotationFiles(
    "annotation-files",
    cl::desc("Semicolon-separated annotation files, as the checks' "
             "AnnotationFiles option"),
    cl::cat(Cat));
static cl::opt<std::string>
    Categories("categories",
               cl::desc("Category switches, as the checks' Categories option"),
               cl::cat(Cat));
static cl::opt<unsigned> MaxDepth("max-depth",
                                  cl::desc("The longest chain, in frames"),
                                  cl::init(16), cl::cat(Cat));
static cl::opt<bool> TimePhases(
    "time-phases",
    cl::desc("Print the time of each phase (load, extract, merge, report) "
             "to standard error, as clang's -ftime-report"),
    cl::cat(Cat));

/// The phases --time-phases reports, as clang's -ftime-report does
/// (llvm::TimerGroup: wall, user and system time of the whole process, every
/// thread included). One phase runs at a time.
class PhaseTimers {
  // First: the timers register with it, and it must outlive them.
  TimerGroup Group{"async-audit", "async-audit phases",
                   /*PrintOnExit=*/false};
  Timer *Running = nullptr;

public:
  Timer Load{"load", "load: compile and annotation databases", Group};
  Timer Extract{"extract", "extract: summarise every TU (or read the cache)",
                Group};
  Timer Merge{"merge", "merge: summaries to the whole program, findings",
              Group};
  Timer Report{"report", "report: write the report and the export", Group};

  ~PhaseTimers() { print(); } // What ran, if the tool gives up early.
  /// Ends the running phase and starts \p T.
  void enter(Timer &T) {
    if (!TimePhases)
      return;
    if (Running)
      Running->stopTimer();
    Running = &T;
    T.startTimer();
  }
  /// Ends the running phase and prints the table to standard error.
  void print() {
    if (!TimePhases)
      return;
    if (Running)
      Running->stopTimer();
    Running = nullptr;
    Group.print(errs(), /*ResetAfterPrint=*/true);
  }
};

static int fail(const Twine &Msg) {
  WithColor::error(errs(), "async-audit") << Msg << "\n";
  return 2;
}

/// Progress on stderr: a bar redrawn in place on a terminal, else one line
/// per translation unit.
class Progress {
public:
  explicit Progress(size_t Total)
      : Total(Total), Terminal(errs().is_displayed()),
        Start(std::chrono::steady_clock::now()) {}
  void done(StringRef File, bool Cached, bool Ok) {
    std::lock_guard<std::mutex> Lock(Mu);
    ++Done;
    if (!Terminal) {
      errs() << "[" << Done << "/" << Total << "] " << File
             << (Ok ? (Cached ? " (cached)" : "") : " (failed)") << "\n";
      return;
    }
    double Elapsed = std::chrono::duration<double>(
                         std::chrono::steady_clock::now() - Start)
                         .count();
    unsigned ETA = unsigned(Elapsed / Done * (Total - Done) + 0.5);
    constexpr unsigned Width = 30;
    unsigned Filled = unsigned(Width * Done / Total);
    errs() << "\r\x1b[K[" << std::string(Filled, '#')
           << std::string(Width - Filled, ' ') << "] " << Done << "/" << Total
           << " ETA " << ETA << "s " << sys::path::filename(File);
    if (Done == Total)
      errs() << "\n";
  }

private:
  std::mutex Mu;
  size_t Total, Done = 0;
  bool Terminal;
  std::chrono::steady_clock::time_point Start;
};

/// The summaries of the compile database's TUs (-p); 0 or an exit status.
static int summariesFromDatabase(const AuditSetup &Setup,
                                 std::vector<TranslationUnitSummary> &Out,
                                 PhaseTimers &Phases) {
  std::string Err;
  std::unique_ptr<clang::tooling::CompilationDatabase> CDB =
      clang::tooling::CompilationDatabase::loadFromDirectory(BuildDir, Err);
  if (!CDB)
    return fail("cannot load the compilation database from '" + BuildDir +
                "': " + StringRef(Err).trim());
  std::vector<Regex> Filters;
  for (const std::string &R : FileRegexes) {
    Filters.emplace_back(R);
    std::string Why;
    if (!Filters.back().isValid(Why))
      return fail("invalid file regex '" + R + "': " + Why);
  }
  std::vector<std::string> Files;
  for (const std::string &F : CDB->getAllFiles())
    if (Filters.empty() ||
        any_of(Filters, [&](const Regex &R) { return R.match(F); }))
      Files.push_back(F);
  sort(Files);
  Files.erase(unique(Files), Files.end());
  if (Files.empty())
    return fail("no translation unit of '" + BuildDir + "' to analyse");

  std::optional<SummaryCache> Cache;
  if (!CacheDir.empty()) {
    Cache.emplace(CacheDir, contentHash(Setup.fingerprint(ASYNC_TIDY_VERSION)));
  }

  ExtractConfig Config;
  Config.Setup = &Setup;
  Config.ResourceDir = ASYNC_AUDIT_RESOURCE_DIR;
  Config.Cache = Cache ? &*Cache : nullptr;

  Phases.enter(Phases.Extract);
  std::vector<ExtractResult> Results(Files.size());
  Progress Bar(Files.size());
  {
    DefaultThreadPool Pool(hardware_concurrency(Jobs));
    for (size_t I = 0; I < Files.size(); ++I)
      Pool.async([&, I] {
        std::vector<clang::tooling::CompileCommand> Cmds =
            CDB->getCompileCommands(Files[I]);
        if (Cmds.empty()) {
          Results[I].Diagnostics = "no compile command\n";
        } else {
          Results[I] = extractTranslationUnit(Cmds.front(), Config);
        }
        Bar.done(Files[I], Results[I].Cached, Results[I].Ok);
      });
    Pool.wait();
  }

  unsigned Failed = 0, Cached = 0;
  for (size_t I = 0; I < Files.size(); ++I) {
    ExtractResult &R = Results[I];
    if (!R.Ok) {
      errs() << R.Diagnostics;
      WithColor::error(errs(), "async-audit")
          << "cannot analyse '" << Files[I] << "': it does not compile\n";
      ++Failed;
      continue;
    }
    Cached += R.Cached;
    Out.push_back(std::move(R.Summary));
  }
  errs() << "async-audit: " << Files.size() << " translation unit(s), cached "
         << Cached << "/" << Files.size() << "\n";
  return Failed ? 2 : 0;
}

/// The summaries in object files (--from-objects); 0 or an exit status.
static int summariesFromObjects(std::vector<TranslationUnitSummary> &Out) {
  if (FileRegexes.empty())
    return fail("--from-objects needs the object files, archives, binaries "
                "or directories to read");
  Expected<ObjectSummaries> Read = readObjectSummaries(FileRegexes);
  if (!Read)
    return fail(toString(Read.takeError()));
  for (const std::string &W : Read->Warnings)
    WithColor::warning(errs(), "async-audit") << W << "\n";
  if (Read->Bitcode)
    WithColor::warning(errs(), "async-audit")
        << Read->Bitcode
        << " LLVM bitcode object(s) (-flto) skipped: their summaries are "
           "read from the binary they are linked into\n";
  errs() << "async-audit: " << Read->TUs.size() << " translation unit(s), "
         << Read->Summaries << " summaries in " << Read->WithSummary << " of "
         << Read->Objects << " object(s)\n";
  if (Read->TUs.empty())
    return fail("no async-audit summary in the " + Twine(Read->Objects) +
                " object(s) found: compile with -fplugin=AsyncAuditPlugin.so");
  Out = std::move(Read->TUs);
  return 0;
}

int main(int argc, const char **argv) {
  InitLLVM X(argc, argv);
  cl::HideUnrelatedOptions(Cat);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "async-audit " << ASYNC_TIDY_VERSION << " (summary format "
       << SummaryFormatVersion << ", LLVM " << LLVM_VERSION_STRING << ")\n";
  });
  cl::ParseCommandLineOptions(
      argc, argv,
      "async-audit: blocking calls reachable from async contexts across "
      "translation units\n");
  PhaseTimers Phases;
  Phases.enter(Phases.Load);
  if (FromObjects && !BuildDir.empty())
    return fail("-p and --from-objects exclude each other");
  if (!FromObjects && BuildDir.empty())
    return fail("give a build directory (-p BUILD_DIR) or object files "
                "(--from-objects PATH...)");
  if (MaxDepth == 0)
    return fail("--max-depth must be at least 1");
  std::vector<std::string> Paths;
  for (StringRef P : splitList(AnnotationFiles))
    Paths.push_back(P.str());
  auto Setup = AuditSetup::create(Paths, Categories, MaxDepth);
  if (!Setup)
    return fail(toString(Setup.takeError()));

  std::vector<TranslationUnitSummary> Summaries;
  if (int RC = FromObjects ? summariesFromObjects(Summaries)
                           : summariesFromDatabase(**Setup, Summaries, Phases))
    return RC;

  Phases.enter(Phases.Merge);
  AuditProgram Program(std::move(Summaries), MaxDepth);
  llvm::StringSet<> LoopDriverCategories;
  for (const Category &C : (*Setup)->database().categories())
    if (C.AllowedInLoopDrivers)
      LoopDriverCategories.insert(C.Name);
  std::vector<AuditFinding> Findings =
      Program.findings(IncludeSingleTU, LoopDriverCategories);

  Phases.enter(Phases.Report);
  std::error_code EC;
  ToolOutputFile Out(OutputFile, EC, sys::fs::OF_Text);
  if (EC)
    return fail("cannot write '" + OutputFile + "': " + EC.message());
  if (OutputFormat == Format::Sarif) {
    writeSarifReport(Out.os(), Findings, ASYNC_TIDY_VERSION,
                     ASYNC_TIDY_DOCS_URL);
  } else if (OutputFormat == Format::Html) {
    HtmlReportOptions Opts;
    Opts.ToolVersion = ASYNC_TIDY_VERSION;
    writeHtmlReport(Out.os(), Findings, Opts);
  } else {
    writeTextReport(Out.os(), Findings);
  }
  Out.keep();

  if (!ExportFile.empty()) {
    ToolOutputFile Exp(ExportFile, EC, sys::fs::OF_Text);
    if (EC)
      return fail("cannot write '" + ExportFile + "': " + EC.message());
    ExportFilter Filter{{ExportNamespaces.begin(), ExportNamespaces.end()},
                        {ExportHeaders.begin(), ExportHeaders.end()}};
    Expected<unsigned> N =
        writeAnnotationExport(Exp.os(), Program, (*Setup)->database(), Filter);
    if (!N)
      return fail(toString(N.takeError()));
    Exp.keep();
    errs() << "async-audit: exported " << *N << " function(s) to '"
           << ExportFile << "'\n";
  }
  Phases.print();
  errs() << "async-audit: " << Findings.size() << " finding(s)\n";
  return Findings.empty() ? 0 : 1;
}
