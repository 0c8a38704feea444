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

namespace {

/// The finding of \p D, appended to \p Out (nothing for a diagnostic without
/// a location).
void appendFinding(const clang::tooling::Diagnostic &D, StringRef RootDir,
                   std::vector<Finding> &Out) {
  if (D.Message.FilePath.empty())
    return; // A diagnostic without a location, e.g. a config error.
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
  F.Key =
      keyOf(F.Check, Rel, functionOf(F.Message), normalizeMessage(F.Message));
  Out.push_back(std::move(F));
}

/// Reads export-fixes YAML one diagnostic at a time with the lazy
/// yaml::Stream, so that memory does not grow with the input: yaml::Input
/// builds a tree of the whole document (one document holds every
/// diagnostic), and so does a yaml::Stream walked to the end, since a
/// document's nodes live as long as the document.
///
/// So every few diagnostics the reader starts a new yaml::Stream at the line
/// of the next one ("  - DiagnosticName: ..."): read from there, the rest of
/// the block sequence is a document of its own whose tokens are the same
/// (same columns, block context, no pending simple key at a line start).
/// What follows the sequence must end the document, as in what clang-tidy
/// and run-clang-tidy write; anything else fails the restarted stream.
///
/// The reader takes the subset of the format that clang-tidy writes and
/// maps it as clang's MappingTraits (clang/Tooling/DiagnosticsYaml.h) do
/// through yaml::Input. On anything else (an error, a null or tagged value,
/// an unknown or repeated key, a collection deeper than the format's seven
/// levels) it gives up before the Stream ever recurses, and the caller reads
/// the input with yaml::Input after the nesting check, which reports located
/// errors. The two agree on every input the reader accepts (fuzz/).
class StreamingReader {
public:
  StreamingReader(StringRef Buffer,
                  function_ref<void(const clang::tooling::Diagnostic &)> Emit)
      : Buffer(Buffer), Emit(Emit) {}

  /// Reads every diagnostic; false when the input is outside the subset.
  bool read() {
    size_t Start = 0;
    bool InSequence = false;
    while (true) {
      std::optional<size_t> Restart = readFrom(Start, InSequence);
      if (Failed)
        return false;
      if (!Restart) {
        for (const std::string &C : Conflicts)
          errs() << C << "\n";
        return true;
      }
      Start = *Restart;
      InSequence = true;
    }
  }

private:
  /// Diagnostics read by one yaml::Stream before it is replaced.
  static constexpr unsigned ItemsPerStream = 64;

  /// Reads Buffer[Start, end); \p InSequence: it starts with the rest of a
  /// Diagnostics block sequence. Returns the offset to restart at, if any.
  std::optional<size_t> readFrom(size_t Start, bool InSequence) {
    SourceMgr SM;
    SM.setDiagHandler([](const SMDiagnostic &, void *) {}, nullptr);
    std::error_code EC;
    yaml::Stream S(MemoryBufferRef(Buffer.substr(Start), ""), SM,
                   /*ShowColors=*/false, &EC);
    this->EC = &EC;
    for (yaml::document_iterator DI = S.begin(), DE = S.end(); DI != DE; ++DI) {
      yaml::Node *Root = DI->getRoot();
      if (!Root || EC)
        return fail();
      if (InSequence) {
        // The rest of a sequence: its first item must be where the last
        // stream stopped.
        InSequence = false;
        auto *Seq = dyn_cast<yaml::SequenceNode>(Root);
        if (!Seq || !plain(*Seq))
          return fail();
        std::optional<size_t> Restart =
            readDiagnostics(*Seq, /*CanRestart=*/true,
                            /*FirstAt=*/Buffer.data() + RestartItem);
        if (Restart || Failed)
          return Restart;
        continue;
      }
      if (isa<yaml::NullNode>(Root))
        continue; // An empty document, which yaml::Input skips as well.
      auto *Map = dyn_cast<yaml::MappingNode>(Root);
      if (!Map || !plain(*Map))
        return fail();
      bool HasMain = false, HasDiagnostics = false;
      for (yaml::KeyValueNode &KV : *Map) {
        StringRef Key;
        yaml::Node *Value = keyValue(KV, Key);
        if (!Value)
          return fail();
        if (Key == "MainSourceFile" && !HasMain) {
          std::string Ignored;
          if (!scalar(Value, Ignored))
            return fail();
          HasMain = true;
        } else if (Key == "Diagnostics" && !HasDiagnostics) {
          HasDiagnostics = true;
          auto *Seq = dyn_cast<yaml::SequenceNode>(Value);
          if (!Seq || !plain(*Seq))
            return fail();
          // A restarted stream ends with the sequence, so no key may follow.
          std::optional<size_t> Restart =
              readDiagnostics(*Seq, /*CanRestart=*/HasMain, nullptr);
          if (Restart || Failed)
            return Restart;
        } else {
          return fail(); // Unknown or repeated.
        }
        if (EC)
          return fail();
      }
      if (EC || !HasMain || !HasDiagnostics)
        return fail();
    }
    if (EC)
      return fail();
    return std::nullopt;
  }

  /// Reads the items of a Diagnostics sequence; returns where to restart.
  std::optional<size_t> readDiagnostics(yaml::SequenceNode &Seq,
                                        bool CanRestart, const char *FirstAt) {
    unsigned N = 0;
    for (yaml::Node &Item : Seq) {
      if (*EC)
        return fail();
      const char *At = Item.getSourceRange().Start.getPointer();
      if (FirstAt && At != FirstAt)
        return fail();
      FirstAt = nullptr;
      if (CanRestart && N >= ItemsPerStream)
        if (std::optional<size_t> L = restartPoint(At))
          return L;
      clang::tooling::Diagnostic D;
      D.DiagLevel = clang::tooling::Diagnostic::Warning; // As the traits do.
      if (!diagnostic(&Item, D))
        return fail();
      Emit(D);
      ++N;
    }
    return std::nullopt;
  }

  /// The start of the line of the item at \p At when the line is a block
  /// sequence entry and nothing else ("  - DiagnosticName: ...").
  std::optional<size_t> restartPoint(const char *At) {
    size_t Offset = At - Buffer.data();
    if (At < Buffer.data() || Offset >= Buffer.size())
      return std::nullopt;
    size_t LineStart = Buffer.find_last_of("\r\n", Offset);
    LineStart = LineStart == StringRef::npos ? 0 : LineStart + 1;
    StringRef Prefix = Buffer.slice(LineStart, Offset);
    StringRef Rest = Prefix.ltrim(' ');
    if (!Rest.consume_front("-") || Rest.empty() || !Rest.ltrim(' ').empty())
      return std::nullopt;
    RestartItem = Offset;
    return LineStart;
  }

  std::nullopt_t fail() {
    Failed = true;
    return std::nullopt;
  }

  /// No anchor and no tag: yaml::Input would ignore a tag, but this reader
  /// takes only what clang-tidy writes.
  static bool plain(const yaml::Node &N) {
    return N.getAnchor().empty() && N.getRawTag().empty();
  }

  /// The key (a plain scalar) and value of \p KV, or null.
  yaml::Node *keyValue(yaml::KeyValueNode &KV, StringRef &Key) {
    auto *K = dyn_cast_or_null<yaml::ScalarNode>(KV.getKey());
    if (!K || !plain(*K) || *EC)
      return nullptr;
    KeyStorage.clear();
    Key = K->getValue(KeyStorage);
    yaml::Node *Value = KV.getValue();
    if (*EC || !Value || !plain(*Value))
      return nullptr;
    return Value;
  }

  /// Calls \p OnKey(Index in \p Keys, Value) for each key of the mapping
  /// \p N; false when \p N is not a mapping, a key is unknown or repeated,
  /// a required key (one whose name is in \p Required) is missing, or
  /// \p OnKey fails.
  template <size_t NumKeys, typename Fn>
  bool mapping(yaml::Node *N, const StringLiteral (&Keys)[NumKeys],
               unsigned Required, Fn OnKey) {
    auto *Map = dyn_cast<yaml::MappingNode>(N);
    if (!Map || !plain(*Map))
      return false;
    unsigned Seen = 0;
    for (yaml::KeyValueNode &KV : *Map) {
      StringRef Key;
      yaml::Node *Value = keyValue(KV, Key);
      if (!Value)
        return false;
      const StringLiteral *It = llvm::find(Keys, Key);
      unsigned Bit = 1u << (It - std::begin(Keys));
      if (It == std::end(Keys) || (Seen & Bit))
        return false;
      Seen |= Bit;
      if (!OnKey(It - std::begin(Keys), Value) || *EC)
        return false;
    }
    return !*EC && (Seen & Required) == Required;
  }

  /// Calls \p OnItem for each item of the sequence \p N.
  template <typename Fn> bool sequence(yaml::Node *N, Fn OnItem) {
    auto *Seq = dyn_cast<yaml::SequenceNode>(N);
    if (!Seq || !plain(*Seq))
      return false;
    for (yaml::Node &Item : *Seq)
      if (*EC || !OnItem(&Item))
        return false;
    return !*EC;
  }

  /// A scalar, as yaml::Input gives it to ScalarTraits<std::string>.
  bool scalar(yaml::Node *N, std::string &Out) {
    if (auto *S = dyn_cast<yaml::ScalarNode>(N)) {
      SmallString<128> Storage;
      Out = S->getValue(Storage).str();
      return !*EC;
    }
    if (auto *B = dyn_cast<yaml::BlockScalarNode>(N)) {
      Out = B->getValue().str();
      return !*EC;
    }
    return false;
  }

  bool number(yaml::Node *N, unsigned &Out) {
    std::string S;
    return scalar(N, S) &&
           yaml::ScalarTraits<unsigned>::input(S, nullptr, Out).empty();
  }

  /// MappingTraits<clang::tooling::Replacement>.
  bool replacement(yaml::Node *N,
                   std::vector<clang::tooling::Replacement> &Out) {
    static constexpr StringLiteral Keys[] = {"FilePath", "Offset", "Length",
                                             "ReplacementText"};
    std::string Path, Text;
    unsigned Offset = 0, Length = 0;
    if (!mapping(N, Keys, 0b1111, [&](size_t K, yaml::Node *V) {
          switch (K) {
          case 0:
            return scalar(V, Path);
          case 1:
            return number(V, Offset);
          case 2:
            return number(V, Length);
          default:
            return scalar(V, Text);
          }
        }))
      return false;
    Out.emplace_back(Path, Offset, Length, Text);
    return true;
  }

  /// MappingTraits<clang::tooling::FileByteRange>.
  bool range(yaml::Node *N,
             SmallVectorImpl<clang::tooling::FileByteRange> &Out) {
    static constexpr StringLiteral Keys[] = {"FilePath", "FileOffset",
                                             "Length"};
    clang::tooling::FileByteRange R;
    if (!mapping(N, Keys, 0b111, [&](size_t K, yaml::Node *V) {
          switch (K) {
          case 0:
            return scalar(V, R.FilePath);
          case 1:
            return number(V, R.FileOffset);
          default:
            return number(V, R.Length);
          }
        }))
      return false;
    Out.push_back(std::move(R));
    return true;
  }

  /// MappingTraits<clang::tooling::DiagnosticMessage>.
  bool message(yaml::Node *N, clang::tooling::DiagnosticMessage &M) {
    static constexpr StringLiteral Keys[] = {
        "Message", "FilePath", "FileOffset", "Replacements", "Ranges"};
    std::vector<clang::tooling::Replacement> Fixes;
    if (!mapping(N, Keys, 0b01001, [&](size_t K, yaml::Node *V) {
          switch (K) {
          case 0:
            return scalar(V, M.Message);
          case 1:
            return scalar(V, M.FilePath);
          case 2:
            return number(V, M.FileOffset);
          case 3:
            return sequence(
                V, [&](yaml::Node *R) { return replacement(R, Fixes); });
          default:
            return sequence(V,
                            [&](yaml::Node *R) { return range(R, M.Ranges); });
          }
        }))
      return false;
    // As the MappingTraits add them; conflicts are reported the same way
    // once the whole input is read (not if it is read again).
    for (const clang::tooling::Replacement &Fix : Fixes)
      if (llvm::Error Err = M.Fix[Fix.getFilePath()].add(Fix))
        Conflicts.push_back("Fix conflicts with existing fix: " +
                            toString(std::move(Err)));
    return true;
  }

  /// MappingTraits<clang::tooling::Diagnostic>.
  bool diagnostic(yaml::Node *N, clang::tooling::Diagnostic &D) {
    static constexpr StringLiteral Keys[] = {"DiagnosticName",
                                             "DiagnosticMessage", "Notes",
                                             "Level", "BuildDirectory"};
    return mapping(N, Keys, 0b00011, [&](size_t K, yaml::Node *V) {
      switch (K) {
      case 0:
        return scalar(V, D.DiagnosticName);
      case 1:
        return message(V, D.Message);
      case 2:
        return sequence(V, [&](yaml::Node *M) {
          return message(M, D.Notes.emplace_back());
        });
      case 3: {
        std::string L;
        if (!scalar(V, L))
          return false;
        if (L == "Warning")
          D.DiagLevel = clang::tooling::Diagnostic::Warning;
        else if (L == "Error")
          D.DiagLevel = clang::tooling::Diagnostic::Error;
        else if (L == "Remark")
          D.DiagLevel = clang::tooling::Diagnostic::Remark;
        else
          return false;
        return true;
      }
      default:
        return scalar(V, D.BuildDirectory);
      }
    });
  }

  StringRef Buffer;
  function_ref<void(const clang::tooling::Diagnostic &)> Emit;
  std::error_code *EC = nullptr;
  bool Failed = false;
  /// Where the first item of a restarted stream is.
  size_t RestartItem = 0;
  /// What clang's MappingTraits print about conflicting replacements.
  std::vector<std::string> Conflicts;
  SmallString<64> KeyStorage;
};

} // namespace

Error parseExportFixes(MemoryBufferRef Buffer, StringRef RootDir,
                       std::vector<Finding> &Out, ReportFn Report,
                       ExportFixesReader Reader) {
  StringRef Name = Buffer.getBufferIdentifier();
  auto NotExportFixes = [&] {
    return createStringError(inconvertibleErrorCode(),
                             "'" + Name +
                                 "' is not clang-tidy --export-fixes YAML");
  };
  if (Reader != ExportFixesReader::Whole) {
    size_t Before = Out.size();
    auto Append = [&](const clang::tooling::Diagnostic &D) {
      appendFinding(D, RootDir, Out);
    };
    if (StreamingReader(Buffer.getBuffer(), Append).read())
      return Error::success();
    Out.resize(Before); // Read it again, with located errors.
    if (Reader == ExportFixesReader::StreamingOnly)
      return createStringError(inconvertibleErrorCode(),
                               "'" + Name +
                                   "' is not in the subset of export-fixes "
                                   "YAML that is read as a stream");
  }
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
  for (const auto &TU : Docs)
    for (const clang::tooling::Diagnostic &D : TU.Diagnostics)
      appendFinding(D, RootDir, Out);
  return Error::success();
}

void sortAndDeduplicate(std::vector<Finding> &All) {
  auto Order = [](const Finding &F) {
    return std::tie(F.Loc.Path, F.Loc.Offset, F.Check, F.Message);
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

namespace {

/// Adds the baseline entry \p E to \p Counts; the error message otherwise.
std::optional<std::string>
addBaselineEntry(const json::Value &E, StringRef Path,
                 std::map<std::string, uint64_t> &Counts) {
  const json::Object *O = E.getAsObject();
  constexpr StringLiteral Keys[] = {"check", "file", "function", "message"};
  StringRef Fields[std::size(Keys)];
  for (size_t I = 0; I < std::size(Keys); ++I) {
    std::optional<StringRef> S = O ? O->getString(Keys[I]) : std::nullopt;
    if (!S)
      return ("baseline '" + Path + "': an entry lacks string '" + Keys[I] +
              "'")
          .str();
    Fields[I] = *S;
  }
  // A missing count is 1; anything but an integer in range is an error
  // (2^32 must not wrap to 0, -1 must not read as 1).
  int64_t Count = 1;
  if (const json::Value *C = O->get("count")) {
    std::optional<int64_t> N = C->getAsInteger();
    if (!N || *N < 1 || *N > MaxBaselineCount)
      return ("baseline '" + Path + "': 'count' must be an integer from 1 to " +
              Twine(MaxBaselineCount) + ", got " + formatv("{0}", *C).str())
          .str();
    Count = *N;
  }
  Counts[keyOf(Fields[0], Fields[1], Fields[2], normalizeMessage(Fields[3]))] +=
      Count;
  return std::nullopt;
}

/// Reads a baseline one entry at a time, so that memory does not grow with
/// the file beyond the counts: json::parse builds a tree of the whole
/// document, and a json::Object takes some 3.5 KB however few its keys.
/// A small scanner splits the top-level object and its "findings" array into
/// values (strings are skipped with their escapes, brackets counted), and
/// each value is parsed by json::parse. On anything it does not expect, or
/// any error, it gives up and the caller parses the whole file, which
/// reports the error.
class StreamingBaselineReader {
public:
  explicit StreamingBaselineReader(StringRef Text) : Text(Text) {}

  bool read(StringRef Path, std::map<std::string, uint64_t> &Counts) {
    space();
    if (!consume('{'))
      return false;
    bool HasVersion = false, HasFindings = false;
    for (bool First = true;; First = false) {
      space();
      if (consume('}'))
        break;
      if (!First && !(consume(',') && space()))
        return false;
      std::optional<json::Value> Key = parsed(value());
      std::optional<StringRef> K = Key ? Key->getAsString() : std::nullopt;
      if (!K || !(space() && consume(':') && space()))
        return false;
      if (*K == "findings") {
        if (HasFindings || !consume('[') || !entries(Path, Counts))
          return false;
        HasFindings = true;
        continue;
      }
      std::optional<json::Value> V = parsed(value());
      if (!V)
        return false;
      if (*K == "version") {
        if (HasVersion || V->getAsInteger() != BaselineVersion)
          return false;
        HasVersion = true;
      } else if (*K != "generator" && *K != "key") {
        return false; // Not what we write: json::parse judges it.
      }
    }
    space();
    return HasVersion && HasFindings && Pos == Text.size();
  }

private:
  /// The items of the "findings" array, after its '['.
  bool entries(StringRef Path, std::map<std::string, uint64_t> &Counts) {
    for (bool First = true;; First = false) {
      space();
      if (consume(']'))
        return true;
      if (!First) {
        if (!consume(','))
          return false;
        space();
      }
      std::optional<json::Value> E = parsed(value());
      if (!E || addBaselineEntry(*E, Path, Counts))
        return false;
    }
  }

  /// Skips JSON whitespace; true, for chaining.
  bool space() {
    while (Pos < Text.size() && StringRef(" \t\r\n").contains(Text[Pos]))
      ++Pos;
    return true;
  }

  bool consume(char C) {
    if (Pos >= Text.size() || Text[Pos] != C)
      return false;
    ++Pos;
    return true;
  }

  static std::optional<json::Value> parsed(std::optional<StringRef> T) {
    if (!T)
      return std::nullopt;
    Expected<json::Value> V = json::parse(*T);
    if (!V) {
      consumeError(V.takeError());
      return std::nullopt;
    }
    return std::move(*V);
  }

  /// The text of the value at Pos: a string, an object or array (brackets
  /// counted outside strings), or a literal up to the next delimiter.
  /// json::parse judges it.
  std::optional<StringRef> value() {
    size_t Begin = Pos;
    unsigned Depth = 0;
    do {
      if (Pos >= Text.size())
        return std::nullopt;
      char C = Text[Pos++];
      if (C == '"') {
        while (Pos < Text.size() && Text[Pos] != '"')
          Pos += Text[Pos] == '\\' ? 2 : 1;
        if (Pos >= Text.size())
          return std::nullopt;
        ++Pos;
      } else if (C == '[' || C == '{') {
        ++Depth;
      } else if (C == ']' || C == '}') {
        if (Depth == 0)
          return std::nullopt;
        --Depth;
      } else if (Depth == 0) {
        while (Pos < Text.size() &&
               !StringRef(",]}: \t\r\n").contains(Text[Pos]))
          ++Pos;
      }
    } while (Depth > 0);
    return Text.slice(Begin, Pos);
  }

  StringRef Text;
  size_t Pos = 0;
};

} // namespace

Expected<std::map<std::string, uint64_t>>
parseBaseline(MemoryBufferRef Buffer, ReportFn Report, bool Streaming) {
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
  if (Streaming) {
    std::map<std::string, uint64_t> Counts;
    if (StreamingBaselineReader(Buffer.getBuffer()).read(Path, Counts))
      return Counts;
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
  for (const json::Value &E : *Doc->getArray("findings"))
    if (std::optional<std::string> Problem = addBaselineEntry(E, Path, Counts))
      return Fail(*Problem);
  return Counts;
}

} // namespace asynctidy::sarif
