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
// A baseline key is the check name, the file relative to --root, the
// coroutine or function the message names, and the message with whitespace
// collapsed and file:line:col references reduced to the file name. Line
// numbers are never part of the key, so edits elsewhere in a file do not
// invalidate a baseline; identical keys are counted.
//
//===----------------------------------------------------------------------===//

#include "Support/Version.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/Sarif.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

LLVM_YAML_IS_DOCUMENT_LIST_VECTOR(clang::tooling::TranslationUnitDiagnostics)

using namespace llvm;

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
    cl::desc("Base URI of docs/checks/ for the helpUri of async-* rules"),
    cl::value_desc("uri"), cl::init(ASYNC_TIDY_DEFAULT_DOCS_URL),
    cl::cat(Category));

/// One location inside a file: byte offset and length.
struct FileLoc {
  std::string Path; ///< Absolute, native separators.
  unsigned Offset = 0;
  unsigned Length = 0;
};

struct Note {
  std::string Message;
  std::optional<FileLoc> Loc;
};

struct Edit {
  std::string Path;
  unsigned Offset;
  unsigned Length;
  std::string Text;
};

struct Fix {
  std::string Description;
  std::vector<Edit> Edits;
};

struct Finding {
  std::string Check;
  clang::tooling::Diagnostic::Level Level;
  std::string Message;
  FileLoc Loc;
  std::vector<Note> Notes;
  std::vector<Fix> Fixes;
  std::string Key; ///< The baseline key, see keyOf().
};

[[noreturn]] void fatal(const Twine &Msg) {
  errs() << "async-tidy-sarif: error: " << Msg << "\n";
  exit(2);
}

std::string absolutePath(StringRef Path, StringRef BuildDir) {
  SmallString<256> P(Path);
  if (!sys::path::is_absolute(P) && !BuildDir.empty()) {
    SmallString<256> B(BuildDir);
    sys::path::append(B, P);
    P = B;
  }
  sys::fs::make_absolute(P);
  sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

/// \p Path relative to \p RootDir with '/' separators, or \p Path itself when
/// it lies outside the root.
std::string relativeToRoot(StringRef Path, StringRef RootDir) {
  if (Path.starts_with(RootDir)) {
    StringRef Rest = Path.drop_front(RootDir.size());
    if (!Rest.empty() && sys::path::is_separator(Rest.front()))
      return sys::path::convert_to_slash(Rest.drop_front());
  }
  return sys::path::convert_to_slash(Path);
}

FileLoc locOf(const clang::tooling::DiagnosticMessage &M, StringRef BuildDir) {
  FileLoc L;
  L.Path = absolutePath(M.FilePath, BuildDir);
  L.Offset = M.FileOffset;
  // Prefer the highlighted range that starts at the diagnostic's position.
  for (const clang::tooling::FileByteRange &R : M.Ranges)
    if (R.FileOffset == M.FileOffset &&
        absolutePath(R.FilePath, BuildDir) == L.Path)
      L.Length = R.Length;
  return L;
}

std::vector<Edit> editsOf(const clang::tooling::DiagnosticMessage &M,
                          StringRef BuildDir) {
  std::vector<Edit> Edits;
  std::vector<std::string> Files;
  for (const auto &Entry : M.Fix)
    Files.push_back(Entry.getKey().str());
  llvm::sort(Files);
  for (const std::string &F : Files)
    for (const clang::tooling::Replacement &R : M.Fix.find(F)->second)
      Edits.push_back({absolutePath(R.getFilePath(), BuildDir), R.getOffset(),
                       R.getLength(), R.getReplacementText().str()});
  return Edits;
}

/// Collapses whitespace and reduces `file.ext:12:3` to `file.ext`, so that a
/// message that quotes a location does not change when lines shift.
std::string normalizeMessage(StringRef Msg) {
  static const Regex FileLineCol("^([A-Za-z0-9_./+-]*\\.[A-Za-z0-9]+)(:[0-9]+)"
                                 "(:[0-9]+)?");
  std::string Out;
  bool PendingSpace = false;
  for (size_t I = 0; I < Msg.size();) {
    char C = Msg[I];
    if (isSpace(C)) {
      PendingSpace = !Out.empty();
      ++I;
      continue;
    }
    if (PendingSpace)
      Out += ' ';
    PendingSpace = false;
    SmallVector<StringRef, 4> M;
    bool AtWordStart = I == 0 || isSpace(Msg[I - 1]) || Msg[I - 1] == '\'' ||
                       Msg[I - 1] == '(';
    if (AtWordStart && FileLineCol.match(Msg.substr(I), &M)) {
      Out += M[1];
      I += M[0].size();
      continue;
    }
    Out += C;
    ++I;
  }
  return Out;
}

/// The coroutine or function a message names: the first quoted name after
/// the word "coroutine" or "function" ("... in coroutine 'Service::tick'"),
/// or "" when there is none.
std::string functionOf(StringRef Msg) {
  static const Regex Named("(coroutine|function)[a-z ]*'([^']+)'");
  SmallVector<StringRef, 3> M;
  if (Named.match(Msg, &M))
    return M[2].str();
  return "";
}

std::string keyOf(StringRef Check, StringRef RelFile, StringRef Function,
                  StringRef NormMessage) {
  return (Check + "\x1f" + RelFile + "\x1f" + Function + "\x1f" + NormMessage)
      .str();
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
    auto Buf = MemoryBuffer::getFile(In);
    if (!Buf)
      fatal("cannot read '" + In + "': " + Buf.getError().message());
    std::vector<clang::tooling::TranslationUnitDiagnostics> Docs;
    yaml::Input YIn((*Buf)->getBuffer());
    YIn >> Docs;
    if (YIn.error())
      fatal("'" + In + "' is not clang-tidy --export-fixes YAML");
    for (const auto &TU : Docs) {
      for (const clang::tooling::Diagnostic &D : TU.Diagnostics) {
        if (D.Message.FilePath.empty())
          continue; // A diagnostic without a location, e.g. a config error.
        Finding F;
        F.Check = D.DiagnosticName;
        F.Level = D.DiagLevel;
        F.Message = D.Message.Message;
        F.Loc = locOf(D.Message, D.BuildDirectory);
        std::vector<Edit> Main = editsOf(D.Message, D.BuildDirectory);
        if (!Main.empty())
          F.Fixes.push_back({"apply the fix of " + F.Check, std::move(Main)});
        for (const clang::tooling::DiagnosticMessage &N : D.Notes) {
          Note Out{N.Message, std::nullopt};
          if (!N.FilePath.empty())
            Out.Loc = locOf(N, D.BuildDirectory);
          F.Notes.push_back(std::move(Out));
          // A fix on a note is an alternative fix, described by the note.
          std::vector<Edit> Alt = editsOf(N, D.BuildDirectory);
          if (!Alt.empty())
            F.Fixes.push_back({N.Message, std::move(Alt)});
        }
        std::string Rel = relativeToRoot(F.Loc.Path, RootDir);
        F.Key = keyOf(F.Check, Rel, functionOf(F.Message),
                      normalizeMessage(F.Message));
        All.push_back(std::move(F));
      }
    }
  }
  auto Order = [](const Finding &F) {
    return std::make_tuple(F.Loc.Path, F.Loc.Offset, F.Check, F.Message);
  };
  llvm::sort(All, [&](const Finding &A, const Finding &B) {
    return Order(A) < Order(B);
  });
  All.erase(std::unique(All.begin(), All.end(),
                        [&](const Finding &A, const Finding &B) {
                          return Order(A) == Order(B);
                        }),
            All.end());
  return All;
}

//===-- Baseline ----------------------------------------------------------===//

constexpr int BaselineVersion = 1;

void writeBaseline(const std::vector<Finding> &Findings, StringRef Path) {
  std::map<std::string, unsigned> Counts; // Sorted: stable, diffable files.
  for (const Finding &F : Findings)
    ++Counts[F.Key];
  json::Array Entries;
  for (const auto &[Key, Count] : Counts) {
    SmallVector<StringRef, 4> Parts;
    StringRef(Key).split(Parts, '\x1f');
    assert(Parts.size() == 4 && "malformed baseline key");
    Entries.push_back(json::Object{{"check", Parts[0]},
                                   {"file", Parts[1]},
                                   {"function", Parts[2]},
                                   {"message", Parts[3]},
                                   {"count", Count}});
  }
  json::Object Doc{
      {"version", BaselineVersion},
      {"generator", "async-tidy-sarif"},
      {"key", "check + file relative to --root + function named in the "
              "message + normalized message; no line numbers"},
      {"findings", std::move(Entries)}};
  std::error_code EC;
  raw_fd_ostream OS(Path, EC, sys::fs::OF_TextWithCRLF);
  if (EC)
    fatal("cannot write '" + Path + "': " + EC.message());
  OS << formatv("{0:2}", json::Value(std::move(Doc))) << "\n";
}

std::map<std::string, unsigned> readBaseline(StringRef Path) {
  auto Buf = MemoryBuffer::getFile(Path);
  if (!Buf)
    fatal("cannot read baseline '" + Path + "': " + Buf.getError().message());
  Expected<json::Value> V = json::parse((*Buf)->getBuffer());
  if (!V)
    fatal("baseline '" + Path + "' is not JSON: " + toString(V.takeError()));
  const json::Object *Doc = V->getAsObject();
  if (!Doc || Doc->getInteger("version") != BaselineVersion ||
      !Doc->getArray("findings"))
    fatal("baseline '" + Path + "' is not a version " +
          Twine(BaselineVersion) + " async-tidy-sarif baseline");
  std::map<std::string, unsigned> Counts;
  for (const json::Value &E : *Doc->getArray("findings")) {
    const json::Object *O = E.getAsObject();
    auto Str = [&](StringRef K) -> StringRef {
      std::optional<StringRef> S = O ? O->getString(K) : std::nullopt;
      if (!S)
        fatal("baseline '" + Path + "': an entry lacks string '" + K + "'");
      return *S;
    };
    std::optional<int64_t> Count = O ? O->getInteger("count") : std::nullopt;
    Counts[keyOf(Str("check"), Str("file"), Str("function"),
                 normalizeMessage(Str("message")))] +=
        Count && *Count > 0 ? unsigned(*Count) : 1;
  }
  return Counts;
}

/// Drops up to `count` findings per baseline key; returns how many it drops.
size_t applyBaseline(std::vector<Finding> &Findings,
                     std::map<std::string, unsigned> Known) {
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
  /// SarifDocumentWriter computes them) of a byte range.
  std::optional<json::Object> region(StringRef Path, unsigned Offset,
                                     unsigned Length) {
    std::optional<clang::FileID> FID = file(Path);
    if (!FID)
      return std::nullopt;
    StringRef Data = SM.getBufferData(*FID);
    if (Offset + Length > Data.size())
      return std::nullopt;
    auto LineCol = [&](unsigned Off) {
      StringRef Before = Data.substr(0, Off);
      size_t LineStart = Before.rfind('\n');
      LineStart = LineStart == StringRef::npos ? 0 : LineStart + 1;
      unsigned Line = Before.count('\n') + 1;
      unsigned Col = 1;
      for (char C : Data.substr(LineStart, Off - LineStart))
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
    std::optional<clang::FileID> Result;
    if (clang::OptionalFileEntryRef FE = FM.getOptionalFileRef(Path))
      Result = SM.createFileID(*FE, clang::SourceLocation(), clang::SrcMgr::C_User);
    else
      errs() << "async-tidy-sarif: warning: cannot read '" << Path
             << "'; its findings have no location\n";
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

std::string helpURI(StringRef Check) {
  if (Check.starts_with("async-"))
    return (StringRef(DocsURL).rtrim('/') + "/" + Check + ".md").str();
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

/// Makes file:// URIs under \p RootURI relative, with uriBaseId "SRCROOT".
void relativizeURIs(json::Value &V, StringRef RootURI) {
  if (json::Object *O = V.getAsObject()) {
    if (json::Object *Art = O->getObject("artifactLocation"))
      if (std::optional<StringRef> URI = Art->getString("uri"))
        if (URI->starts_with(RootURI)) {
          std::string Rel = URI->drop_front(RootURI.size()).str();
          (*Art)["uri"] = Rel;
          (*Art)["uriBaseId"] = "SRCROOT";
        }
    for (auto &KV : *O)
      relativizeURIs(KV.second, RootURI);
  } else if (json::Array *A = V.getAsArray()) {
    for (json::Value &E : *A)
      relativizeURIs(E, RootURI);
  }
}

json::Object makeSarif(const std::vector<Finding> &Findings,
                       StringRef RootDir) {
  Locations Locs;
  clang::SarifDocumentWriter Writer(Locs.sourceManager());
  Writer.createRun("async-tidy", "async-tidy (clang-tidy with the async module)",
                   ASYNC_TIDY_VERSION);

  std::map<std::string, size_t> RuleIdx;
  for (const Finding &F : Findings)
    RuleIdx[F.Check] = 0;
  for (auto &[Check, Idx] : RuleIdx)
    Idx = Writer.createRule(clang::SarifRule::create()
                                .setRuleId(Check)
                                .setName(Check)
                                .setDescription("clang-tidy check " + Check)
                                .setHelpURI(helpURI(Check)));

  for (const Finding &F : Findings) {
    clang::SarifResult R = clang::SarifResult::create(RuleIdx[F.Check])
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
  }

  json::Object Doc = Writer.createDocument();

  // SarifDocumentWriter has no API for fixes, messages on related locations
  // or stable fingerprints: add them to the results it wrote, in order.
  json::Array *Runs = Doc.getArray("runs");
  assert(Runs && Runs->size() == 1 && "one run expected");
  json::Object &Run = *(*Runs)[0].getAsObject();
  json::Array *Results = Run.getArray("results");
  std::map<std::string, unsigned> Seen;
  for (size_t I = 0; Results && I < Results->size(); ++I) {
    json::Object &R = *(*Results)[I].getAsObject();
    const Finding &F = Findings[I];
    if (json::Array *Rel = R.getArray("relatedLocations")) {
      size_t J = 0;
      for (const Note &N : F.Notes) {
        if (!N.Loc || !Locs.range(*N.Loc) || J >= Rel->size())
          continue;
        json::Object &RL = *(*Rel)[J].getAsObject();
        RL["id"] = int64_t(J);
        RL["message"] = json::Object{{"text", N.Message}};
        ++J;
      }
    }
    json::Array Fixes;
    for (const Fix &X : F.Fixes) {
      std::map<std::string, json::Array> ByFile;
      for (const Edit &E : X.Edits) {
        std::optional<json::Object> Reg = Locs.region(E.Path, E.Offset, E.Length);
        if (!Reg)
          continue;
        ByFile[E.Path].push_back(
            json::Object{{"deletedRegion", std::move(*Reg)},
                         {"insertedContent", json::Object{{"text", E.Text}}}});
      }
      if (ByFile.empty())
        continue;
      json::Array Changes;
      for (auto &[Path, Reps] : ByFile)
        Changes.push_back(json::Object{
            {"artifactLocation",
             json::Object{
                 {"uri", clang::SarifDocumentWriter::fileNameToURI(Path)}}},
            {"replacements", std::move(Reps)}});
      Fixes.push_back(json::Object{{"description", json::Object{{"text", X.Description}}},
                                   {"artifactChanges", std::move(Changes)}});
    }
    if (!Fixes.empty())
      R["fixes"] = std::move(Fixes);
    // Line-independent identity for code scanning's alert tracking: the
    // baseline key plus the occurrence number among equal keys.
    unsigned Nth = Seen[F.Key]++;
    R["partialFingerprints"] = json::Object{
        {"asyncTidyKey/v1",
         utohexstr(xxh3_64bits(F.Key + "#" + std::to_string(Nth)),
                   /*LowerCase=*/true)}};
  }

  std::string RootURI = clang::SarifDocumentWriter::fileNameToURI(RootDir);
  if (!StringRef(RootURI).ends_with("/"))
    RootURI += "/";
  json::Value Whole(std::move(Run));
  relativizeURIs(Whole, RootURI);
  json::Object NewRun = std::move(*Whole.getAsObject());
  NewRun["originalUriBaseIds"] =
      json::Object{{"SRCROOT", json::Object{{"uri", RootURI}}}};
  (*Runs)[0] = std::move(NewRun);
  return Doc;
}

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
    OS << formatv("{0:2}", json::Value(makeSarif(Findings, RootDir))) << "\n";
  }

  errs() << "async-tidy-sarif: " << Total << " finding(s)";
  if (!Baseline.empty())
    errs() << ", " << Known << " in the baseline, " << Findings.size()
           << " new";
  errs() << "\n";
  return FailOnFindings && !Findings.empty() ? 1 : 0;
}
