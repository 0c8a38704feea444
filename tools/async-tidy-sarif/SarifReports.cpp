//===--- SarifReports.cpp - the files async-tidy-sarif reads ---------------===//

#include "SarifReports.h"
#include "Support/BoundedInput.h"

#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"
#include <tuple>

LLVM_YAML_IS_DOCUMENT_LIST_VECTOR(clang::tooling::TranslationUnitDiagnostics)

using namespace llvm;

namespace asynctidy::sarif {

namespace {

struct YAMLErrors {
  StringRef Name;
  ReportFn Report;
};

/// Reports YAML parse errors as "file:line:col: error: message", with lines
/// counted as the parser counts them ("\r" alone ends a line too).
void yamlDiagHandler(const SMDiagnostic &D, void *Ctx) {
  if (D.getKind() != SourceMgr::DK_Error)
    return;
  auto &E = *static_cast<YAMLErrors *>(Ctx);
  const SourceMgr *SM = D.getSourceMgr();
  unsigned Id = SM && D.getLoc().isValid()
                    ? SM->FindBufferContainingLoc(D.getLoc())
                    : 0;
  if (!Id) {
    E.Report((E.Name + ": error: " + D.getMessage()).str());
    return;
  }
  StringRef Buffer = SM->getMemoryBuffer(Id)->getBuffer();
  E.Report(asynctidy::formatProblem(
      E.Name, Buffer,
      {size_t(D.getLoc().getPointer() - Buffer.begin()),
       D.getMessage().str()}));
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

} // namespace

std::string relativeToRoot(StringRef Path, StringRef RootDir) {
  if (Path.starts_with(RootDir)) {
    StringRef Rest = Path.drop_front(RootDir.size());
    if (!Rest.empty() && sys::path::is_separator(Rest.front()))
      return sys::path::convert_to_slash(Rest.drop_front());
  }
  return sys::path::convert_to_slash(Path);
}

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

Error parseExportFixes(MemoryBufferRef Buffer, StringRef RootDir,
                       std::vector<Finding> &Out, ReportFn Report) {
  StringRef Name = Buffer.getBufferIdentifier();
  auto NotExportFixes = [&] {
    return createStringError(inconvertibleErrorCode(),
                             "'" + Name +
                                 "' is not clang-tidy --export-fixes YAML");
  };
  // llvm::yaml recurses once per nesting level.
  if (auto P = asynctidy::checkYAMLNesting(Buffer.getBuffer())) {
    Report(asynctidy::formatProblem(Name, Buffer.getBuffer(), *P));
    return NotExportFixes();
  }
  std::vector<clang::tooling::TranslationUnitDiagnostics> Docs;
  {
    // Scoped: the parser's node trees go before the findings are built.
    YAMLErrors Errors{Name, Report};
    yaml::Input YIn(Buffer, nullptr, yamlDiagHandler, &Errors);
    YIn >> Docs;
    if (YIn.error())
      return NotExportFixes();
  }
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
      Out.push_back(std::move(F));
    }
  }
  return Error::success();
}

void sortAndDeduplicate(std::vector<Finding> &All) {
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
}

Expected<std::map<std::string, uint64_t>>
parseBaseline(MemoryBufferRef Buffer, ReportFn Report) {
  StringRef Path = Buffer.getBufferIdentifier();
  auto Fail = [](const Twine &Msg) {
    return createStringError(inconvertibleErrorCode(), Msg);
  };
  auto NotBaseline = [&] {
    return Fail("baseline '" + Path + "' is not a version " +
                Twine(BaselineVersion) + " async-tidy-sarif baseline");
  };
  // llvm::json recurses once per nesting level.
  if (auto P = asynctidy::checkJSONNesting(Buffer.getBuffer())) {
    Report(asynctidy::formatProblem(Path, Buffer.getBuffer(), *P));
    return NotBaseline();
  }
  Expected<json::Value> V = json::parse(Buffer.getBuffer());
  if (!V)
    return Fail("baseline '" + Path + "' is not JSON: " +
                toString(V.takeError()));
  const json::Object *Doc = V->getAsObject();
  if (!Doc || Doc->getInteger("version") != BaselineVersion ||
      !Doc->getArray("findings"))
    return NotBaseline();
  std::map<std::string, uint64_t> Counts;
  for (const json::Value &E : *Doc->getArray("findings")) {
    const json::Object *O = E.getAsObject();
    constexpr StringLiteral Keys[] = {"check", "file", "function", "message"};
    StringRef Fields[std::size(Keys)];
    for (size_t I = 0; I < std::size(Keys); ++I) {
      std::optional<StringRef> S = O ? O->getString(Keys[I]) : std::nullopt;
      if (!S)
        return Fail("baseline '" + Path + "': an entry lacks string '" +
                    Keys[I] + "'");
      Fields[I] = *S;
    }
    // A missing count is 1; anything but an integer in range is an error
    // (2^32 must not wrap to 0, -1 must not read as 1).
    int64_t Count = 1;
    if (const json::Value *C = O->get("count")) {
      std::optional<int64_t> N = C->getAsInteger();
      if (!N || *N < 1 || *N > MaxBaselineCount)
        return Fail("baseline '" + Path + "': 'count' must be an integer "
                    "from 1 to " + Twine(MaxBaselineCount) + ", got " +
                    formatv("{0}", *C).str());
      Count = *N;
    }
    Counts[keyOf(Fields[0], Fields[1], Fields[2],
                 normalizeMessage(Fields[3]))] += Count;
  }
  return Counts;
}

} // namespace asynctidy::sarif
