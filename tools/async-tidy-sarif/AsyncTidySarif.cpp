//===--- AsyncTidySarif.cpp - clang-tidy findings to SARIF, with baselines ===//
//
// Reads the YAML that `clang-tidy --export-fixes` (or `run-clang-tidy
// -export-fixes`) writes and
//   * writes SARIF 2.1.0 for GitHub code scanning and other SARIF viewers,
//     through clang's SarifDocumentWriter: notes become relatedLocations and a
//     codeFlow, replacements become SARIF fixes;
//   * writes a baseline of the current findings (--write-baseline), or drops
//     the findings a baseline lists (--baseline), so that CI fails only on new
//     findings (--fail-on-findings).
//
// The log is written one result at a time (SarifStream), so memory does not
// grow with the number of findings beyond the findings themselves; inputs are
// read by SarifReports.cpp, within the limits of Support/BoundedInput.h.
//
// A baseline key is the check name, the file relative to --root, the
// coroutine or function the message names, and the message with whitespace
// collapsed and file:line:col references reduced to the file name. Line
// numbers are never part of the key, so edits elsewhere in a file do not
// invalidate a baseline; identical keys are counted.
//
//===----------------------------------------------------------------------===//

#include "SarifReports.h"
#include "SarifRules.h"
#include "Support/BoundedInput.h"
#include "Support/Version.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/Sarif.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace llvm;
using namespace asynctidy::sarif;

namespace {

cl::OptionCategory Category("async-tidy-sarif options");

cl::list<std::string> Inputs(cl::Positional, cl::desc("<export-fixes.yaml>..."),
                             cl::cat(Category));
cl::opt<std::string> Output("o", cl::desc("Write SARIF to <file> ('-' = stdout)"),
                            cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string>
    Root("root",
         cl::desc("Directory that file paths in the SARIF output and in "
                  "baseline keys are relative to (default: current directory)"),
         cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> Baseline("baseline",
                              cl::desc("Drop the findings listed in <file>"),
                              cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string>
    WriteBaseline("write-baseline",
                  cl::desc("Write every finding (before --baseline filtering "
                           "is applied) as a baseline to <file>"),
                  cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> FailOnFindings(
    "fail-on-findings",
    cl::desc("Exit with status 1 when findings remain after --baseline"),
    cl::cat(Category));
cl::opt<bool> AllowMissingInput(
    "allow-missing-input",
    cl::desc("Treat a missing input file as 'no findings' (clang-tidy writes "
             "no --export-fixes file when it finds nothing)"),
    cl::cat(Category));
cl::opt<std::string> DocsURL(
    "docs-url",
    cl::desc("Base URI of docs/checks/ for the helpUri of async-* rules "
             "(default: none; each rule's help embeds its doc page)"),
    cl::value_desc("uri"), cl::init(ASYNC_TIDY_DEFAULT_DOCS_URL),
    cl::cat(Category));
cl::opt<ExportFixesReader> Reader(
    "export-fixes-reader",
    cl::desc("How export-fixes YAML is read (for tests and benchmarks)"),
    cl::values(clEnumValN(ExportFixesReader::Streaming, "streaming",
                          "one diagnostic at a time (default)"),
               clEnumValN(ExportFixesReader::Whole, "whole",
                          "with llvm::yaml::Input, the whole document"),
               clEnumValN(ExportFixesReader::StreamingOnly, "streaming-only",
                          "streaming, an error where it would fall back")),
    cl::init(ExportFixesReader::Streaming), cl::Hidden, cl::cat(Category));
cl::opt<bool> CheckRules(
    "check-rules",
    cl::desc("Check the embedded rule help (rules.yaml and docs/checks/) and "
             "list the rules; exit 1 on a problem"),
    cl::Hidden, cl::cat(Category));

[[noreturn]] void fatal(const Twine &Msg) {
  errs() << "async-tidy-sarif: error: " << Msg << "\n";
  exit(2);
}

/// Prints a located problem of an input ("file:line:col: error: ...").
void printLocated(const std::string &Line) { errs() << Line << "\n"; }

/// The contents of \p Path, which must be a regular file of at most
/// \p MaxSize bytes (never a FIFO or a device); exits 2 otherwise.
std::unique_ptr<MemoryBuffer> readInput(StringRef Path, StringRef What,
                                        uint64_t MaxSize) {
  auto Buf = asynctidy::readRegularFile(Path, MaxSize);
  if (!Buf)
    fatal("cannot read " + What + "'" + Path + "': " +
          toString(Buf.takeError()));
  return std::move(*Buf);
}

/// Flushes \p OS and exits 2 if anything could not be written (a full disk,
/// -o /dev/full): exit status 1 means "findings remain".
void finishOutput(raw_fd_ostream &OS, StringRef Path) {
  OS.flush();
  if (OS.has_error()) {
    std::string Msg = OS.error().message();
    OS.clear_error(); // Or its destructor aborts with "IO failure".
    fatal("cannot write '" + Path + "': " + Msg);
  }
}

/// Reads every input; findings are deduplicated (a header is reported once
/// per translation unit that includes it) and sorted by file and offset.
std::vector<Finding> readFindings(StringRef RootDir) {
  std::vector<Finding> All;
  for (const std::string &In : Inputs) {
    if (!sys::fs::exists(In)) {
      if (AllowMissingInput) {
        errs() << "async-tidy-sarif: note: no file '" << In
               << "', taken as no findings\n";
        continue;
      }
      fatal("cannot read '" + In +
            "': no such file (clang-tidy writes no --export-fixes file when "
            "it finds nothing; pass --allow-missing-input)");
    }
    std::unique_ptr<MemoryBuffer> Buf =
        readInput(In, "", asynctidy::MaxReportFileSize);
    if (Error E = parseExportFixes(Buf->getMemBufferRef(), RootDir, All,
                                   printLocated, Reader))
      fatal(toString(std::move(E)));
  }
  sortAndDeduplicate(All);
  return All;
}

//===-- Baseline ----------------------------------------------------------===//

/// Writes the baseline as it is made: formatted as json::Value prints an
/// object (keys sorted, indent 2), without building the document.
void writeBaseline(const std::vector<Finding> &Findings, StringRef Path) {
  std::map<StringRef, unsigned> Counts; // Sorted: stable, diffable files.
  for (const Finding &F : Findings)
    ++Counts[F.Key];
  std::error_code EC;
  raw_fd_ostream OS(Path, EC, sys::fs::OF_TextWithCRLF);
  if (EC)
    fatal("cannot write '" + Path + "': " + EC.message());
  {
    json::OStream J(OS, /*IndentSize=*/2);
    J.object([&] {
      J.attributeArray("findings", [&] {
        for (const auto &Entry : Counts) {
          unsigned Count = Entry.second;
          SmallVector<StringRef, 4> Parts;
          Entry.first.split(Parts, '\x1f');
          assert(Parts.size() == 4 && "malformed baseline key");
          J.object([&] {
            J.attribute("check", Parts[0]);
            J.attribute("count", Count);
            J.attribute("file", Parts[1]);
            J.attribute("function", Parts[2]);
            J.attribute("message", Parts[3]);
          });
        }
      });
      J.attribute("generator", "async-tidy-sarif");
      J.attribute("key", "check + file relative to --root + function named "
                         "in the message + normalized message; no line "
                         "numbers");
      J.attribute("version", BaselineVersion);
    });
  }
  OS << "\n";
  finishOutput(OS, Path);
}

std::map<std::string, uint64_t> readBaseline(StringRef Path) {
  std::unique_ptr<MemoryBuffer> Buf =
      readInput(Path, "baseline ", asynctidy::MaxReportFileSize);
  auto Counts = parseBaseline(Buf->getMemBufferRef(), printLocated);
  if (!Counts)
    fatal(toString(Counts.takeError()));
  return std::move(*Counts);
}

/// Drops up to `count` findings per baseline key; returns how many it drops.
size_t applyBaseline(std::vector<Finding> &Findings,
                     std::map<std::string, uint64_t> Known) {
  size_t Before = Findings.size();
  llvm::erase_if(Findings, [&](const Finding &F) {
    auto It = Known.find(F.Key);
    if (It == Known.end() || It->second == 0)
      return false;
    --It->second;
    return true;
  });
  return Before - Findings.size();
}

//===-- SARIF -------------------------------------------------------------===//

/// Maps (file, offset) to SourceLocations for SarifDocumentWriter.
class Locations {
public:
  Locations()
      : Diags(clang::DiagnosticIDs::create(), DiagOpts,
              new clang::IgnoringDiagConsumer()),
        FM(clang::FileSystemOptions()), SM(Diags, FM) {
    LangOpts.CPlusPlus = LangOpts.CPlusPlus20 = true;
  }

  /// The range of \p L, or of the token at \p L when its length is 0; nullopt
  /// when the file cannot be read or the offset is out of range.
  std::optional<clang::CharSourceRange> range(const FileLoc &L) {
    std::optional<clang::FileID> FID = file(L.Path);
    if (!FID)
      return std::nullopt;
    unsigned Size = SM.getBufferData(*FID).size();
    if (L.Offset > Size)
      return std::nullopt;
    clang::SourceLocation B =
        SM.getLocForStartOfFile(*FID).getLocWithOffset(L.Offset);
    unsigned Len = L.Length;
    if (Len == 0)
      Len = clang::Lexer::MeasureTokenLength(B, SM, LangOpts);
    Len = std::min(Len, Size - L.Offset);
    return clang::CharSourceRange::getCharRange(B, B.getLocWithOffset(Len));
  }

  /// SARIF region (1-based lines, columns in Unicode code points, as
  /// SarifDocumentWriter computes them) of a byte range; nullopt when the
  /// file cannot be read or the range does not lie inside it.
  std::optional<json::Object> region(StringRef Path, unsigned Offset,
                                     unsigned Length) {
    std::optional<clang::FileID> FID = file(Path);
    if (!FID)
      return std::nullopt;
    StringRef Data = SM.getBufferData(*FID);
    // 64 bits: offset + length must not wrap around to a small number.
    if (uint64_t(Offset) + Length > Data.size())
      return std::nullopt;
    // SourceManager's cached line table; it ends lines at "\r" too.
    auto LineCol = [&](unsigned Off) {
      unsigned Line = SM.getLineNumber(*FID, Off);
      unsigned ByteCol = SM.getColumnNumber(*FID, Off);
      unsigned Col = 1;
      for (char C : Data.substr(Off - (ByteCol - 1), ByteCol - 1))
        if ((static_cast<unsigned char>(C) & 0xC0) != 0x80)
          ++Col; // Count code points, not UTF-8 continuation bytes.
      return std::make_pair(Line, Col);
    };
    auto [SL, SC] = LineCol(Offset);
    auto [EL, EC] = LineCol(Offset + Length);
    return json::Object{{"startLine", SL},
                        {"startColumn", SC},
                        {"endLine", EL},
                        {"endColumn", EC}};
  }

  const clang::SourceManager &sourceManager() const { return SM; }

private:
  std::optional<clang::FileID> file(StringRef Path) {
    auto It = Files.find(Path);
    if (It != Files.end())
      return It->second;
    // Read by us, not by FileManager: a regular file of bounded size only,
    // never a FIFO a diagnostic happens to name.
    std::optional<clang::FileID> Result;
    auto Buf = asynctidy::readRegularFile(Path, asynctidy::MaxSourceFileSize);
    if (Buf) {
      clang::FileEntryRef FE =
          FM.getVirtualFileRef(Path, (*Buf)->getBufferSize(), 0);
      SM.overrideFileContents(FE, std::move(*Buf));
      Result = SM.createFileID(FE, clang::SourceLocation(),
                               clang::SrcMgr::C_User);
    } else {
      errs() << "async-tidy-sarif: warning: cannot read '" << Path
             << "': " << toString(Buf.takeError())
             << "; its findings have no location\n";
    }
    Files[Path] = Result;
    return Result;
  }

  clang::DiagnosticOptions DiagOpts;
  clang::DiagnosticsEngine Diags;
  clang::FileManager FM;
  clang::SourceManager SM;
  clang::LangOptions LangOpts;
  StringMap<std::optional<clang::FileID>> Files;
};

/// The rule's helpUri; empty for async-* checks without --docs-url (the
/// project has no stable public URL; a file:// path of the build machine
/// would be wrong everywhere else).
std::string helpURI(StringRef Check) {
  if (Check.starts_with("async-")) {
    if (DocsURL.empty())
      return "";
    return (StringRef(DocsURL).rtrim('/') + "/" + Check + ".md").str();
  }
  if (Check.starts_with("clang-diagnostic-"))
    return "https://clang.llvm.org/docs/DiagnosticsReference.html";
  // Upstream clang-tidy: <module>-<name> is documented at checks/<module>/<name>.
  auto [Module, Name] = Check.split('-');
  if (Module == "clang" && Name.starts_with("analyzer-"))
    return "https://clang.llvm.org/docs/analyzer/checkers.html";
  return ("https://clang.llvm.org/extra/clang-tidy/checks/" + Module + "/" +
          Name + ".html")
      .str();
}

clang::SarifRule ruleFor(StringRef Check) {
  return clang::SarifRule::create().setRuleId(Check);
}

/// \p Markdown, the page of \p Check, with its relative links made absolute
/// against \p Base (the URI of docs/checks/, ending in '/'); fenced code is
/// left alone.
std::string absoluteLinks(StringRef Markdown, StringRef Check, StringRef Base) {
  std::string Out;
  bool InFence = false;
  SmallVector<StringRef, 0> Lines;
  Markdown.split(Lines, '\n');
  for (size_t I = 0; I < Lines.size(); ++I) {
    StringRef L = Lines[I];
    if (I)
      Out += '\n';
    if (L.ltrim().starts_with("```"))
      InFence = !InFence;
    size_t Pos;
    while (!InFence && (Pos = L.find("](")) != StringRef::npos) {
      Out += L.take_front(Pos + 2).str();
      L = L.drop_front(Pos + 2);
      size_t End = L.find(')');
      StringRef Target = L.take_front(End);
      bool Relative = End != StringRef::npos && !Target.empty() &&
                      !Target.contains(' ') && !Target.contains(':') &&
                      !Target.starts_with("/");
      if (!Relative)
        continue;
      if (Target.starts_with("#")) { // An anchor of this page.
        Out += (Base + Check + ".md" + Target).str();
        L = L.drop_front(End);
        continue;
      }
      StringRef Dir = Base.drop_back(); // Without the trailing '/'.
      while (Target.consume_front("../"))
        Dir = Dir.take_front(Dir.rfind('/') == StringRef::npos
                                 ? Dir.size()
                                 : Dir.rfind('/'));
      Out += (Dir + "/" + Target).str();
      L = L.drop_front(End);
    }
    Out += L.str();
  }
  return Out;
}

/// Completes a rule of SarifDocumentWriter with what GitHub code scanning
/// reads: shortDescription, fullDescription, help (text and markdown),
/// properties (tags, precision, problem.severity); no `name` equal to the
/// id (SARIF1001), and helpUri only when there is one.
void completeRule(json::Object &Rule) {
  StringRef Check = *Rule.getString("id");
  // A friendly name in Pascal case, distinct from the id (SARIF1001).
  std::string Name;
  for (StringRef Word : split(Check, '-'))
    if (!Word.empty())
      Name += (Twine(toUpper(Word.front())) + Word.drop_front()).str();
  Rule["name"] = Name;
  std::string URI = helpURI(Check);
  if (URI.empty())
    Rule.erase("helpUri");
  else
    Rule["helpUri"] = URI;
  auto Text = [](std::string T) { return json::Object{{"text", std::move(T)}}; };
  if (const RuleHelp *H = findRule(Check)) {
    Rule["shortDescription"] = Text(H->ShortDescription);
    Rule["fullDescription"] = Text(H->FullDescription);
    // With --docs-url the page's links to other pages resolve.
    std::string Markdown =
        DocsURL.empty()
            ? H->Markdown
            : absoluteLinks(H->Markdown, Check, StringRef(DocsURL).rtrim('/').str() + "/");
    Rule["help"] = json::Object{{"text", H->Markdown}, {"markdown", Markdown}};
    json::Array Tags;
    for (const std::string &T : H->Tags)
      Tags.push_back(T);
    Rule["properties"] = json::Object{{"tags", std::move(Tags)},
                                      {"precision", H->Precision},
                                      {"problem.severity", H->Severity}};
    return;
  }
  // Upstream clang-tidy checks and clang diagnostics: their documentation is
  // on clang.llvm.org.
  bool Diag = Check.starts_with("clang-diagnostic-");
  std::string What = Diag ? ("clang diagnostic '" + Check + "'").str()
                          : ("clang-tidy check '" + Check + "'").str();
  Rule["shortDescription"] = Text(What);
  Rule["fullDescription"] =
      Text("Findings of the " + What + ", reported through async-tidy.");
  Rule["help"] = json::Object{
      {"text", "See the documentation of the " + What + ": " + URI},
      {"markdown", "See the documentation of the " + What + ": [" +
                       Check.str() + "](" + URI + ")."}};
  Rule["properties"] = json::Object{
      {"tags", json::Array{Diag ? "compiler" : "clang-tidy"}},
      {"precision", "medium"},
      {"problem.severity", "warning"}};
}

clang::SarifResultLevel levelOf(clang::tooling::Diagnostic::Level L) {
  switch (L) {
  case clang::tooling::Diagnostic::Error:
    return clang::SarifResultLevel::Error;
  case clang::tooling::Diagnostic::Remark:
    return clang::SarifResultLevel::Note;
  default:
    return clang::SarifResultLevel::Warning;
  }
}

/// Makes the file:// URI of an artifactLocation under \p RootURI relative,
/// with uriBaseId "SRCROOT".
void relativizeLocation(json::Object &Art, StringRef RootURI) {
  if (std::optional<StringRef> URI = Art.getString("uri"))
    if (URI->starts_with(RootURI)) {
      std::string Rel = URI->drop_front(RootURI.size()).str();
      Art["uri"] = Rel;
      Art["uriBaseId"] = "SRCROOT";
    }
}

/// Makes file:// URIs under \p RootURI relative, with uriBaseId "SRCROOT".
void relativizeURIs(json::Value &V, StringRef RootURI) {
  if (json::Object *O = V.getAsObject()) {
    if (json::Object *Art = O->getObject("artifactLocation"))
      relativizeLocation(*Art, RootURI);
    for (auto &KV : *O)
      relativizeURIs(KV.second, RootURI);
  } else if (json::Array *A = V.getAsArray()) {
    for (json::Value &E : *A)
      relativizeURIs(E, RootURI);
  }
}

/// Sets every artifactLocation's "index" from \p Local (this result's own
/// numbering) to \p Global's.
void renumberArtifacts(json::Value &V, ArrayRef<int64_t> LocalToGlobal) {
  if (json::Object *O = V.getAsObject()) {
    if (json::Object *Art = O->getObject("artifactLocation"))
      if (std::optional<int64_t> I = Art->getInteger("index"))
        if (*I >= 0 && size_t(*I) < LocalToGlobal.size())
          (*Art)["index"] = LocalToGlobal[*I];
    for (auto &KV : *O)
      renumberArtifacts(KV.second, LocalToGlobal);
  } else if (json::Array *A = V.getAsArray()) {
    for (json::Value &E : *A)
      renumberArtifacts(E, LocalToGlobal);
  }
}

/// Writes the SARIF log one result at a time, so that memory does not grow
/// with the number of findings: each result is built by a SarifDocumentWriter
/// of its own (which keeps every result it writes), printed, and dropped.
/// Rule and artifact indices are renumbered to the log's; the output is what
/// one writer for every result would give.
class SarifStream {
public:
  SarifStream(raw_ostream &OS, const std::vector<Finding> &Findings,
              StringRef RootDir)
      : J(OS, /*IndentSize=*/2), Findings(Findings) {
    RootURI = clang::SarifDocumentWriter::fileNameToURI(RootDir);
    if (!StringRef(RootURI).ends_with("/"))
      RootURI += "/";
    for (const Finding &F : Findings)
      RuleIdx[F.Check] = 0;
    for (auto &[Check, Idx] : RuleIdx)
      Idx = RuleOrder.size(), RuleOrder.push_back(Check);
  }

  void write() {
    // The tool, its rules and the empty run, from a writer with no results.
    clang::SarifDocumentWriter Head(Locs.sourceManager());
    Head.createRun("async-tidy",
                   "async-tidy (clang-tidy with the async module)",
                   ASYNC_TIDY_VERSION);
    for (const std::string &Check : RuleOrder)
      Head.createRule(ruleFor(Check));
    json::Object Doc = Head.createDocument();
    json::Array *Runs = Doc.getArray("runs");
    assert(Runs && Runs->size() == 1 && "one run expected");
    json::Object &Run = *(*Runs)[0].getAsObject();
    if (json::Array *Rules =
            Run.getObject("tool")->getObject("driver")->getArray("rules"))
      for (json::Value &Rule : *Rules)
        completeRule(*Rule.getAsObject());

    J.object([&] {
      J.attribute("$schema", std::move(Doc["$schema"]));
      J.attributeArray("runs", [&] {
        J.object([&] {
          J.attribute("columnKind", std::move(Run["columnKind"]));
          J.attribute(
              "originalUriBaseIds",
              json::Object{{"SRCROOT", json::Object{{"uri", RootURI}}}});
          J.attribute("tool", std::move(Run["tool"]));
          J.attributeArray("results", [&] {
            for (const Finding &F : Findings)
              J.value(result(F));
          });
          // As SarifDocumentWriter lists them: sorted by URI.
          J.attributeArray("artifacts", [&] {
            for (auto &[URI, Artifact] : Artifacts) {
              relativizeLocation(*Artifact.getObject("location"), RootURI);
              J.value(std::move(Artifact));
            }
          });
        });
      });
      J.attribute("version", std::move(Doc["version"]));
    });
  }

private:
  json::Value result(const Finding &F) {
    clang::SarifDocumentWriter Writer(Locs.sourceManager());
    Writer.createRun("async-tidy", "", "");
    Writer.createRule(ruleFor(F.Check));
    clang::SarifResult R = clang::SarifResult::create(0)
                               .setRuleId(F.Check)
                               .setDiagnosticMessage(F.Message)
                               .setDiagnosticLevel(levelOf(F.Level));
    std::optional<clang::CharSourceRange> Primary = Locs.range(F.Loc);
    if (Primary)
      R = R.addLocations({*Primary});
    SmallVector<clang::CharSourceRange, 4> Related;
    SmallVector<clang::ThreadFlow, 4> Flow;
    if (Primary && !F.Notes.empty())
      Flow.push_back(clang::ThreadFlow::create()
                         .setRange(*Primary)
                         .setImportance(clang::ThreadFlowImportance::Essential)
                         .setMessage(F.Message));
    for (const Note &N : F.Notes) {
      std::optional<clang::CharSourceRange> NR =
          N.Loc ? Locs.range(*N.Loc) : std::nullopt;
      if (!NR)
        continue;
      Related.push_back(*NR);
      Flow.push_back(clang::ThreadFlow::create()
                         .setRange(*NR)
                         .setImportance(clang::ThreadFlowImportance::Important)
                         .setMessage(N.Message));
    }
    if (!Related.empty())
      R = R.addRelatedLocations(Related).setThreadFlows(Flow);
    Writer.appendResult(R);

    json::Object Doc = Writer.createDocument();
    json::Object &Run = *(*Doc.getArray("runs"))[0].getAsObject();
    json::Value Result = std::move((*Run.getArray("results"))[0]);
    json::Object &Res = *Result.getAsObject();
    Res["ruleIndex"] = int64_t(RuleIdx[F.Check]);

    // This result's artifacts, numbered in order of first appearance: give
    // each the log's number, assigned in the same order.
    std::vector<std::pair<int64_t, json::Object>> Local;
    for (json::Value &A : *Run.getArray("artifacts")) {
      json::Object &Art = *A.getAsObject();
      json::Object &Loc = *Art.getObject("location");
      Local.emplace_back(*Loc.getInteger("index"), std::move(Art));
    }
    llvm::sort(Local, llvm::less_first());
    std::vector<int64_t> LocalToGlobal;
    for (auto &[I, Art] : Local) {
      std::string URI = Art.getObject("location")->getString("uri")->str();
      auto [It, New] = Artifacts.try_emplace(URI);
      if (New) {
        (*Art.getObject("location"))["index"] = int64_t(ArtifactIndex.size());
        ArtifactIndex[URI] = ArtifactIndex.size();
        It->second = std::move(Art);
      }
      LocalToGlobal.push_back(ArtifactIndex[URI]);
    }
    renumberArtifacts(Result, LocalToGlobal);

    // SarifDocumentWriter has no API for fixes, messages on related
    // locations or stable fingerprints: add them.
    if (json::Array *Rel = Res.getArray("relatedLocations")) {
      size_t K = 0;
      for (const Note &N : F.Notes) {
        if (!N.Loc || !Locs.range(*N.Loc) || K >= Rel->size())
          continue;
        json::Object &RL = *(*Rel)[K].getAsObject();
        RL["id"] = int64_t(K);
        RL["message"] = json::Object{{"text", N.Message}};
        ++K;
      }
    }
    json::Array Fixes;
    for (const Fix &X : F.Fixes)
      if (std::optional<json::Object> Fx = fix(X))
        Fixes.push_back(std::move(*Fx));
    if (!Fixes.empty())
      Res["fixes"] = std::move(Fixes);
    // Line-independent identity for code scanning's alert tracking: the
    // baseline key plus the occurrence number among equal keys. GitHub reads
    // only primaryLocationLineHash (and computes one from the line's text
    // when it is missing), so the key is given under that name as well.
    unsigned Nth = Seen[F.Key]++;
    std::string Hash = utohexstr(xxh3_64bits(F.Key + "#" + std::to_string(Nth)),
                                 /*LowerCase=*/true);
    Res["partialFingerprints"] = json::Object{
        {"asyncTidyKey/v1", Hash},
        {"primaryLocationLineHash", Hash + ":" + std::to_string(Nth + 1)}};
    relativizeURIs(Result, RootURI);
    return Result;
  }

  /// The SARIF fix for \p X; nullopt when some edit cannot be placed (its
  /// file is unreadable, or the range lies outside it): a fix with an edit
  /// left out would be wrong.
  std::optional<json::Object> fix(const Fix &X) {
    std::map<std::string, json::Array> ByFile;
    for (const Edit &E : X.Edits) {
      std::optional<json::Object> Reg = Locs.region(E.Path, E.Offset, E.Length);
      if (!Reg) {
        errs() << "async-tidy-sarif: warning: '" << E.Path
               << "': a replacement at offset " << E.Offset << " (length "
               << E.Length << ") cannot be placed; fix '" << X.Description
               << "' left out\n";
        return std::nullopt;
      }
      ByFile[E.Path].push_back(
          json::Object{{"deletedRegion", std::move(*Reg)},
                       {"insertedContent", json::Object{{"text", E.Text}}}});
    }
    if (ByFile.empty())
      return std::nullopt;
    json::Array Changes;
    for (auto &[Path, Reps] : ByFile)
      Changes.push_back(json::Object{
          {"artifactLocation",
           json::Object{
               {"uri", clang::SarifDocumentWriter::fileNameToURI(Path)}}},
          {"replacements", std::move(Reps)}});
    return json::Object{{"description", json::Object{{"text", X.Description}}},
                        {"artifactChanges", std::move(Changes)}};
  }

  json::OStream J;
  const std::vector<Finding> &Findings;
  Locations Locs;
  std::string RootURI;
  std::map<std::string, size_t> RuleIdx;
  std::vector<std::string> RuleOrder;
  /// The artifacts of the log by URI, and their indices.
  std::map<std::string, json::Object> Artifacts;
  StringMap<int64_t> ArtifactIndex;
  StringMap<unsigned> Seen;
};

} // namespace

int main(int Argc, const char **Argv) {
  InitLLVM X(Argc, Argv);
  cl::HideUnrelatedOptions(Category);
  asynctidy::addVersionPrinter();
  cl::ParseCommandLineOptions(
      Argc, Argv,
      "async-tidy-sarif: turns clang-tidy --export-fixes YAML into SARIF 2.1.0\n"
      "and manages baselines of known findings.\n\n"
      "  async-tidy-sarif -o out.sarif fixes.yaml\n"
      "  async-tidy-sarif --write-baseline=async-tidy.baseline.json fixes.yaml\n"
      "  async-tidy-sarif --baseline=async-tidy.baseline.json "
      "--fail-on-findings -o out.sarif fixes.yaml\n\n"
      "Exit status: 0 success; 1 findings remain and --fail-on-findings; "
      "2 error.\n");
  if (CheckRules) {
    std::vector<std::string> Problems = checkBuiltinRules();
    for (const std::string &P : Problems)
      errs() << "async-tidy-sarif: error: " << P << "\n";
    for (const RuleHelp &H : builtinRules())
      outs() << H.Id << ": " << H.Precision << ", " << H.Severity << ", "
             << H.Markdown.size() << " bytes of help; " << H.ShortDescription
             << "\n";
    return Problems.empty() ? 0 : 1;
  }
  if (Inputs.empty())
    fatal("no input files (clang-tidy --export-fixes YAML)");
  if (Output.empty() && WriteBaseline.empty() && !FailOnFindings)
    Output = "-";

  SmallString<256> RootDir(Root.empty() ? "." : Root.getValue());
  if (!sys::fs::is_directory(RootDir))
    fatal("--root '" + RootDir + "' is not a directory");
  sys::fs::make_absolute(RootDir);
  sys::path::remove_dots(RootDir, /*remove_dot_dot=*/true);
  SmallString<256> Real;
  if (!sys::fs::real_path(RootDir, Real))
    RootDir = Real;

  std::vector<Finding> Findings = readFindings(RootDir);
  size_t Total = Findings.size();
  if (!WriteBaseline.empty())
    writeBaseline(Findings, WriteBaseline);
  size_t Known = 0;
  if (!Baseline.empty())
    Known = applyBaseline(Findings, readBaseline(Baseline));

  if (!Output.empty()) {
    std::error_code EC;
    raw_fd_ostream OS(Output, EC, sys::fs::OF_TextWithCRLF);
    if (EC)
      fatal("cannot write '" + Output + "': " + EC.message());
    SarifStream(OS, Findings, RootDir).write();
    OS << "\n";
    finishOutput(OS, Output);
  }

  errs() << "async-tidy-sarif: " << Total << " finding(s)";
  if (!Baseline.empty())
    errs() << ", " << Known << " in the baseline, " << Findings.size()
           << " new";
  errs() << "\n";
  return FailOnFindings && !Findings.empty() ? 1 : 0;
}
