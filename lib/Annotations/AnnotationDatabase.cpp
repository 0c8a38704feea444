//===--- AnnotationDatabase.cpp - parse, validate and merge YAML files ----===//
//
// Parsing happens in two stages. llvm::yaml maps each file onto "raw" structs
// (named fields only, unknown keys rejected, enums checked), then a validation
// pass over all files checks what YAML traits cannot: name syntax, category
// references across files, and conflicting entries. llvm::yaml stops at a
// file's first structure error, so a file it rejects is read again key by
// key and entry by entry (FileReader), and the entries that parse are
// validated too. Every error is reported, in file order; a database with any
// error is never returned.
//
//===----------------------------------------------------------------------===//

#include "Annotations/AnnotationDatabase.h"
#include "Annotations/AnnotationYAML.h"
#include "Support/BoundedInput.h"
#include "Support/Suggest.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Chrono.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <iterator>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <tuple>

using namespace llvm;

namespace asynctidy {

std::string SourcePosition::str() const {
  std::string S = File;
  if (Line) {
    S += ":" + std::to_string(Line);
    if (Column)
      S += ":" + std::to_string(Column);
  }
  return S;
}

StringRef entryKindName(EntryKind K) {
  switch (K) {
  case EntryKind::CFunction:
    return "c-function";
  case EntryKind::Function:
    return "function";
  case EntryKind::Method:
    return "method";
  case EntryKind::Constructor:
    return "constructor";
  case EntryKind::Destructor:
    return "destructor";
  }
  llvm_unreachable("unknown entry kind");
}

StringRef effectName(Effect E) {
  switch (E) {
  case Effect::Blocking:
    return "blocking";
  case Effect::NonBlocking:
    return "non-blocking";
  case Effect::Offload:
    return "offload";
  case Effect::ExecutorSwitch:
    return "executor-switch";
  case Effect::Callback:
    return "callback";
  }
  llvm_unreachable("unknown effect");
}

static bool isIdentChar(char C) { return isAlnum(C) || C == '_'; }

std::string normalizeTypeName(StringRef Type) {
  std::string Out;
  Out.reserve(Type.size());
  for (size_t I = 0; I < Type.size(); ++I) {
    char C = Type[I];
    if (isSpace(C))
      continue;
    // A "::" that starts a name (global qualifier) carries no information.
    // Look at the character before it in the input, not in Out: white space
    // is gone from Out, and "const ::std::string" must not become
    // "const::std::string". "X<T>::type" is a scope, not a start.
    if (C == ':' && I + 1 < Type.size() && Type[I + 1] == ':' &&
        (I == 0 || (!isIdentChar(Type[I - 1]) && Type[I - 1] != '>'))) {
      ++I;
      continue;
    }
    Out += C;
  }
  return Out;
}

namespace {

/// Collects diagnostics as "file:line:col: error: message" lines, then gives
/// them in file order: by source, line and column, each source's errors
/// capped at MaxErrorsPerAnnotationFile.
class ErrorSink {
public:
  explicit ErrorSink(ArrayRef<AnnotationSource> Sources) {
    for (auto [I, Src] : enumerate(Sources))
      SourceIndex.try_emplace(Src.Name, I);
  }
  void add(const SourcePosition &Pos, const Twine &Msg) {
    auto It = SourceIndex.find(Pos.File);
    Errors.push_back({It == SourceIndex.end() ? SIZE_MAX : It->second,
                      Pos.Line, Pos.Column, Errors.size(),
                      (Pos.str() + ": error: " + Msg).str(), Pos.File});
  }
  bool empty() const { return Errors.empty(); }
  /// Records that reading \p File stopped at MaxErrorsPerAnnotationFile.
  void stopped(StringRef File) {
    add({File.str(), 0, 0}, "");
    Errors.back().Line = Errors.back().Column = Stop; // After the others.
  }
  std::string take() {
    // Errors at one position keep the order they were found in. (Not
    // std::stable_sort: libstdc++ 12's is deprecated under C++17 clang.)
    llvm::sort(Errors, [](const Entry &A, const Entry &B) {
      return std::tie(A.Source, A.Line, A.Column, A.Order) <
             std::tie(B.Source, B.Line, B.Column, B.Order);
    });
    std::vector<std::string> Lines;
    size_t PerSource = 0;
    bool Capped = false;
    for (size_t I = 0; I < Errors.size(); ++I) {
      if (I && Errors[I].Source != Errors[I - 1].Source) {
        PerSource = 0;
        Capped = false;
      }
      if (Capped)
        continue;
      if (Errors[I].Line != Stop && PerSource < MaxErrorsPerAnnotationFile) {
        Lines.push_back(std::move(Errors[I].Text));
        ++PerSource;
        continue;
      }
      Lines.push_back(Errors[I].File +
                      ": error: too many errors in this file; stopping "
                      "after " +
                      std::to_string(MaxErrorsPerAnnotationFile));
      Capped = true;
    }
    return join(Lines, "\n");
  }

private:
  static constexpr unsigned Stop = std::numeric_limits<unsigned>::max();
  struct Entry {
    size_t Source;
    unsigned Line, Column;
    size_t Order;
    std::string Text;
    std::string File;
  };
  StringMap<size_t> SourceIndex;
  std::vector<Entry> Errors;
};

/// One annotation file's text with its line table.
struct SourceText {
  const AnnotationSource *Source;
  LineTable Lines;

  explicit SourceText(const AnnotationSource &Src)
      : Source(&Src), Lines(Src.Contents) {}
  StringRef buffer() const { return Source->Contents; }
  /// Line and column of \p Ptr, 1-based; 0:0 if outside the file.
  SourcePosition position(const char *Ptr) const {
    StringRef Buf = buffer();
    SourcePosition Pos{Source->Name, 0, 0};
    if (!Ptr || Ptr < Buf.begin() || Ptr > Buf.end())
      return Pos;
    TextPosition P = Lines.position(Ptr - Buf.begin());
    Pos.Line = P.Line;
    Pos.Column = P.Column;
    return Pos;
  }
};

/// The YAML syntax and structure errors of one file, each once. A location
/// is a pointer into the file's text, or null.
struct FileErrors {
  struct Entry {
    const char *At;
    std::string Message;
  };
  std::vector<Entry> List;
  std::set<std::pair<const char *, std::string>> Seen;

  void add(const char *At, StringRef Message) {
    if (Seen.emplace(At, Message.str()).second)
      List.push_back({At, Message.str()});
  }
  size_t size() const { return List.size(); }
};

/// Where llvm::yaml's diagnostics about a buffer go. The buffer is the file
/// itself, a part of it, or a copy of a part with the same layout: Copy
/// (Size bytes) holds the bytes of the file that start at Orig.
struct DiagTarget {
  FileErrors *Errors;
  const char *Copy;
  size_t Size;
  const char *Orig;
};

void yamlDiagHandler(const SMDiagnostic &D, void *Ctx) {
  auto *T = static_cast<DiagTarget *>(Ctx);
  if (D.getKind() != SourceMgr::DK_Error)
    return;
  const char *P = D.getLoc().getPointer();
  const char *At = nullptr;
  if (P && P >= T->Copy && P <= T->Copy + T->Size)
    At = T->Orig + (P - T->Copy);
  T->Errors->add(At, D.getMessage());
}

/// Names declared by entries the loader could not read (an entry with a
/// structure error, the rest of a file after a syntax error, a file it could
/// not read at all). A reference to one is not an error of its own: it would
/// only repeat the first one.
struct LostNames {
  StringSet<> Names;
  bool All = false;
  /// An empty name stands for names that are not known.
  void add(StringRef Name) {
    if (Name.empty())
      All = true;
    else
      Names.insert(Name);
  }
  bool covers(StringRef Name) const { return All || Names.contains(Name); }
};

struct Lost {
  LostNames Categories, Functions, Types, Frameworks;
  void all() {
    for (LostNames *L : {&Categories, &Functions, &Types, &Frameworks})
      L->All = true;
  }
};

// The names an unreadable entry of each section takes with it.
LostNames *lostNames(Lost &L, const yaml::RawCategory *) {
  return &L.Categories;
}
LostNames *lostNames(Lost &L, const yaml::RawFunctionEntry *) {
  return &L.Functions;
}
LostNames *lostNames(Lost &L, const yaml::RawTypeEntry *) { return &L.Types; }
LostNames *lostNames(Lost &L, const yaml::RawFramework *) {
  return &L.Frameworks;
}
// Nothing refers to a library or a fix.
LostNames *lostNames(Lost &, const yaml::RawLibrary *) { return nullptr; }
LostNames *lostNames(Lost &, const yaml::RawFix *) { return nullptr; }

/// Records that an entry of type T named \p Name (empty: any name) could
/// not be read.
template <typename T> void lose(Lost &L, StringRef Name) {
  if (LostNames *Names = lostNames(L, static_cast<const T *>(nullptr)))
    Names->add(Name);
}

template <typename T> yaml::PositionedString &positionedName(T &E) {
  return E.Name;
}
yaml::PositionedString &positionedName(yaml::RawFix &F) { return F.Function; }
template <typename T> StringRef declaredName(T &E) {
  return positionedName(E).Value;
}

/// Moves the locations of names read from a copy of bytes of a file (Size
/// bytes at Copy, which start at Orig in the file) to the file itself.
struct Relocation {
  const char *Copy;
  size_t Size;
  const char *Orig;
  void operator()(yaml::PositionedString &S) const {
    if (S.Loc >= Copy && S.Loc <= Copy + Size)
      S.Loc = Orig + (S.Loc - Copy);
  }
};
template <typename T>
void relocate(std::vector<T> &Entries, const Relocation &R) {
  for (T &E : Entries)
    R(positionedName(E));
}
void relocate(yaml::RawAnnotationFile &F, const Relocation &R) {
  yaml::forEachSection([&](const char *, auto &Entries) { relocate(Entries, R); },
                       F);
}

/// Start of the line that holds \p P.
const char *lineStart(StringRef Buf, const char *P) {
  while (P > Buf.begin() && P[-1] != '\n' && P[-1] != '\r')
    --P;
  return P;
}

/// Whether \p Text, what precedes a collection's first entry, opens a flow
/// collection: a '[' or '{' outside comments. (yaml::Node does not say.)
bool opensFlow(StringRef Text) {
  bool Comment = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (C == '\n' || C == '\r')
      Comment = false;
    else if (Comment)
      continue;
    else if (C == '#' && (I == 0 || isSpace(Text[I - 1])))
      Comment = true;
    else if (C == '[' || C == '{')
      return true;
  }
  return false;
}

/// Reads one annotation file that llvm::yaml::Input rejected as a whole,
/// piece by piece, so that one error does not hide the others. Each
/// top-level key is parsed on its own, and each entry of a block sequence
/// under a section key on its own, by the same traits and from the file's
/// own bytes, so that every message and position is the one a whole-file
/// parse gives. Entries that parse are kept for validation; the names of
/// those that do not are recorded as lost.
///
/// A YAML syntax error ends the reading (what follows cannot be told apart
/// reliably); so does reaching MaxErrorsPerAnnotationFile errors. The work
/// is linear in the file size: each byte is parsed about three times, and an
/// entry with an error is parsed again once per further error found in it,
/// if it is small (MaxRetriedEntrySize).
class FileReader {
public:
  FileReader(const SourceText &Text, yaml::RawAnnotationFile &Raw,
             FileErrors &Errors, Lost &L)
      : Buf(Text.buffer()), Name(Text.Source->Name), Raw(Raw),
        Errors(Errors), L(L) {}

  /// False if the file is not a block mapping: nothing was read then.
  bool read();
  /// Whether the whole file was read (no syntax error, not too many
  /// errors).
  bool complete() const { return Complete; }
  /// Whether the file has a `version` key (readable or not).
  bool sawVersion() const { return SawVersion; }
  /// Whether reading stopped at MaxErrorsPerAnnotationFile errors.
  bool truncated() const { return Truncated; }

private:
  static constexpr size_t MaxRetriedEntrySize = 64 * 1024;

  /// A top-level key being read: where it is and, for a section read entry
  /// by entry, where each entry starts.
  struct Pending {
    std::string Key;
    const char *KeyAt = nullptr;
    bool BySection = false;
    std::vector<const char *> Entries;
  };

  bool full() const { return Errors.size() >= MaxErrorsPerAnnotationFile; }
  /// Records an error, or that there are too many.
  void report(const char *At, const std::string &Message) {
    if (full())
      Truncated = true;
    else
      Errors.add(At, Message);
  }
  /// Reads \p P, which ends at \p End (null: unknown, after a syntax error;
  /// only entries followed by another one are read then).
  void flush(const Pending &P, const char *End);
  void readKey(const Pending &P, const char *End);
  template <typename T>
  void readEntry(const char *Begin, const char *End, std::vector<T> &Out);
  template <typename T>
  void retryEntry(const char *Begin, const char *End, const char *At,
                  std::string Message, std::string &LostName);
  /// Records that section \p Key (any section if unknown) lost entries.
  void loseSection(StringRef Key);
  /// Start of the line of the '-' that introduces the entry at \p Start,
  /// or null.
  const char *entryLine(const char *Start) const;
  /// Parses \p Text (bytes of the file that start at \p Orig, or a copy of
  /// them with the same layout) as one YAML document into \p Out. On error,
  /// the first error is stored in \p At and \p Message if given, else
  /// reported.
  template <typename T>
  bool parse(StringRef Text, const char *Orig, T &Out,
             const char **At = nullptr, std::string *Message = nullptr,
             yaml::BlankedKeys *Blanked = nullptr);

  StringRef Buf;
  StringRef Name;
  yaml::RawAnnotationFile &Raw;
  FileErrors &Errors;
  Lost &L;
  bool Complete = false;
  bool SawVersion = false;
  bool Truncated = false;
};

template <typename T>
bool FileReader::parse(StringRef Text, const char *Orig, T &Out,
                       const char **At, std::string *Message,
                       yaml::BlankedKeys *Blanked) {
  // A copy, NUL-terminated as the file's own text is: llvm::yaml's scanner
  // may look at the byte after its buffer.
  std::string Copy = Text.str();
  FileErrors Local;
  DiagTarget Target{&Local, Copy.data(), Copy.size(), Orig};
  // A piece nests no deeper than its file, which was checked; check again
  // all the same, as llvm::yaml::Input recurses per level.
  if (std::optional<TextProblem> P = checkYAMLNesting(Copy)) {
    Local.add(Orig + P->Offset, P->Message);
  } else {
    llvm::yaml::Input In(MemoryBufferRef(Copy, Name), Blanked,
                         yamlDiagHandler, &Target);
    In >> Out;
    if (!In.error()) {
      relocate(Out, Relocation{Copy.data(), Copy.size(), Orig});
      return true;
    }
    if (Local.List.empty())
      Local.add(nullptr, "malformed annotation file: " + In.error().message());
  }
  if (At) {
    *At = Local.List.front().At;
    *Message = Local.List.front().Message;
  } else {
    for (const FileErrors::Entry &E : Local.List)
      report(E.At, E.Message);
  }
  return false;
}

const char *FileReader::entryLine(const char *Start) const {
  // The '-' is on the entry's first line ("  - name: x"), or alone on a
  // line above it, with only blank and comment lines between.
  const char *Line = lineStart(Buf, Start);
  if (StringRef(Line, Start - Line).ltrim(" \t").starts_with("-"))
    return Line;
  while (Line > Buf.begin()) {
    const char *End = Line - 1; // The line end before Line.
    if (*End == '\n' && End > Buf.begin() && End[-1] == '\r')
      --End;
    const char *Prev = lineStart(Buf, End);
    StringRef Text = StringRef(Prev, End - Prev).trim(" \t");
    if (Text.starts_with("-"))
      return Prev;
    if (!Text.empty() && !Text.starts_with("#"))
      return nullptr;
    Line = Prev;
  }
  return nullptr;
}

void FileReader::loseSection(StringRef Key) {
  bool Known = Key == "version";
  yaml::forEachSection(
      [&](const char *K, auto &Entries) {
        if (Key == K) {
          Known = true;
          lose<typename std::decay_t<decltype(Entries)>::value_type>(L, "");
        }
      },
      Raw);
  // A misspelled section may have declared anything.
  if (!Known)
    L.all();
}

bool FileReader::read() {
  SourceMgr SM;
  DiagTarget Syntax{&Errors, Buf.data(), Buf.size(), Buf.data()};
  SM.setDiagHandler(yamlDiagHandler, &Syntax);
  llvm::yaml::Stream S(MemoryBufferRef(Buf, Name), SM, /*ShowColors=*/false);
  llvm::yaml::document_iterator Doc = S.begin();
  if (Doc == S.end())
    return false;
  auto *Root = dyn_cast_or_null<llvm::yaml::MappingNode>(Doc->getRoot());
  if (!Root)
    return false;

  // A key is read when the next one starts: that is where it ends. Every
  // collection walked here is walked to its end or the walk stops, as
  // llvm::yaml::Stream requires.
  std::optional<Pending> Current;
  StringSet<> Keys;
  SmallString<32> KeyStorage;
  for (llvm::yaml::KeyValueNode &KV : *Root) {
    llvm::yaml::Node *Key = KV.getKey();
    if (S.failed() || !Key)
      break;
    const char *KeyAt = Key->getSourceRange().Start.getPointer();
    // Only a block mapping has a key per line.
    if (!Current && !Keys.size() &&
        (!KeyAt || KeyAt < Buf.begin() || KeyAt > Buf.end() ||
         opensFlow(StringRef(Buf.begin(), KeyAt - Buf.begin()))))
      return false;
    if (Current)
      flush(*Current, lineStart(Buf, KeyAt));
    Current.reset();
    if (Truncated)
      break;
    auto *KeyScalar = dyn_cast<llvm::yaml::ScalarNode>(Key);
    std::string KeyText =
        KeyScalar ? KeyScalar->getValue(KeyStorage).str() : std::string();
    SawVersion |= KeyText == "version";
    if (KeyScalar && !Keys.insert(KeyText).second) {
      // As llvm::yaml::Input says; the repeated key is not read.
      report(KeyAt, "duplicated mapping key '" + KeyText + "'");
      loseSection(KeyText);
      continue;
    }
    bool IsSection = false;
    yaml::forEachSection(
        [&](const char *K, auto &) { IsSection |= KeyText == K; }, Raw);
    llvm::yaml::Node *Value = KV.getValue();
    if (S.failed())
      break;
    Current.emplace();
    Current->Key = KeyText;
    Current->KeyAt = KeyAt;
    auto *Seq = dyn_cast_or_null<llvm::yaml::SequenceNode>(Value);
    if (!KeyScalar || !IsSection || !Seq)
      continue;
    const char *KeyEnd = Key->getSourceRange().End.getPointer();
    for (llvm::yaml::Node &Entry : *Seq) {
      if (S.failed())
        break;
      const char *Start = Entry.getSourceRange().Start.getPointer();
      // A flow sequence is read as one piece.
      if (Current->Entries.empty())
        Current->BySection =
            KeyEnd && KeyEnd >= KeyAt && Start >= KeyEnd &&
            Start <= Buf.end() &&
            !opensFlow(StringRef(KeyEnd, Start - KeyEnd));
      Current->Entries.push_back(Start);
    }
    if (S.failed())
      break;
  }

  if (S.failed() || Truncated) {
    if (Current)
      flush(*Current, nullptr);
    L.all();
    return true;
  }
  // The document ends at the file's end or at a line that starts with a
  // document marker.
  const char *End = Buf.end();
  for (const char *P = Current ? lineStart(Buf, Current->KeyAt) : Buf.end();
       P < Buf.end();) {
    StringRef Line(P, Buf.end() - P);
    if ((Line.starts_with("---") || Line.starts_with("...")) &&
        (Line.size() == 3 || isSpace(Line[3]))) {
      End = P;
      break;
    }
    size_t NL = Line.find_first_of("\r\n");
    if (NL == StringRef::npos)
      break;
    P += NL + 1;
  }
  if (Current)
    flush(*Current, End);
  if (Truncated) {
    L.all();
    return true;
  }
  Complete = true;
  // As for a whole-file parse: a second document is an error, empty ones
  // are ignored.
  for (++Doc; Doc != S.end() && !S.failed(); ++Doc) {
    llvm::yaml::Node *N = Doc->getRoot();
    if (!N || isa<llvm::yaml::NullNode>(N))
      continue;
    report(N->getSourceRange().Start.getPointer(),
           "more than one YAML document in an annotation file");
    break;
  }
  return true;
}

void FileReader::flush(const Pending &P, const char *End) {
  if (!P.BySection) {
    if (End)
      readKey(P, End);
    else
      loseSection(P.Key);
    return;
  }
  // Each entry ends where the next one's line starts.
  std::vector<const char *> Lines;
  for (const char *Entry : P.Entries) {
    const char *Line = entryLine(Entry);
    if (!Line || (!Lines.empty() && Line <= Lines.back())) {
      // An unusual layout: read the section as one piece.
      if (End)
        readKey(P, End);
      else
        loseSection(P.Key);
      return;
    }
    Lines.push_back(Line);
  }
  if (!End) {
    // The last entry's end is unknown.
    if (!Lines.empty()) {
      End = Lines.back();
      Lines.pop_back();
    }
    loseSection(P.Key);
  } else if (!Lines.empty() && Lines.back() >= End) {
    readKey(P, End);
    return;
  }
  yaml::forEachSection(
      [&](const char *K, auto &Entries) {
        if (P.Key != K)
          return;
        for (size_t I = 0; I < Lines.size(); ++I) {
          if (Truncated)
            return;
          readEntry(Lines[I], I + 1 < Lines.size() ? Lines[I + 1] : End,
                    Entries);
        }
      },
      Raw);
}

void FileReader::readKey(const Pending &P, const char *End) {
  yaml::RawAnnotationFile Piece;
  const char *Line = lineStart(Buf, P.KeyAt);
  // (A document marker inside the key's value, as llvm::yaml scans it.)
  if (End <= Line) {
    loseSection(P.Key);
    return;
  }
  if (!parse(StringRef(Line, End - Line), Line, Piece)) {
    loseSection(P.Key);
    return;
  }
  if (Piece.Version)
    Raw.Version = Piece.Version;
  yaml::forEachSection(
      [](const char *, auto &To, auto &From) {
        std::move(From.begin(), From.end(), std::back_inserter(To));
      },
      Raw, Piece);
}

template <typename T>
void FileReader::readEntry(const char *Begin, const char *End,
                           std::vector<T> &Out) {
  std::vector<T> One;
  const char *At = nullptr;
  std::string Message;
  if (parse(StringRef(Begin, End - Begin), Begin, One, &At, &Message)) {
    std::move(One.begin(), One.end(), std::back_inserter(Out));
    return;
  }
  report(At, Message);
  std::string LostName =
      One.empty() ? std::string() : declaredName(One.front()).str();
  if (static_cast<size_t>(End - Begin) <= MaxRetriedEntrySize && At)
    retryEntry<T>(Begin, End, At, Message, LostName);
  lose<T>(L, LostName);
}

template <typename T>
void FileReader::retryEntry(const char *Begin, const char *End,
                            const char *At, std::string Message,
                            std::string &LostName) {
  // llvm::yaml::Input stops at the first error of the entry. Blank out the
  // key it is in (the entry keeps its layout, so positions stay those of
  // the file), or let a missing required key be, and parse again: until the
  // entry parses or the error is not in a key of its own.
  std::string Copy(Begin, End);
  std::vector<size_t> KeyStarts;
  std::vector<std::string> KeyTexts;
  {
    SourceMgr SM;
    SM.setDiagHandler([](const SMDiagnostic &, void *) {}, nullptr);
    llvm::yaml::Stream S(MemoryBufferRef(Copy, Name), SM,
                         /*ShowColors=*/false);
    llvm::yaml::document_iterator Doc = S.begin();
    if (Doc == S.end())
      return;
    auto *Seq = dyn_cast_or_null<llvm::yaml::SequenceNode>(Doc->getRoot());
    if (!Seq)
      return;
    auto It = Seq->begin();
    if (It == Seq->end() || S.failed())
      return;
    auto *Entry = dyn_cast<llvm::yaml::MappingNode>(&*It);
    if (!Entry)
      return;
    SmallString<32> Storage;
    for (llvm::yaml::KeyValueNode &KV : *Entry) {
      llvm::yaml::Node *Key = KV.getKey();
      if (S.failed() || !Key)
        return;
      auto *KeyScalar = dyn_cast<llvm::yaml::ScalarNode>(Key);
      KeyStarts.push_back(Key->getSourceRange().Start.getPointer() -
                          Copy.data());
      KeyTexts.push_back(KeyScalar ? KeyScalar->getValue(Storage).str()
                                   : std::string());
    }
    // Only a block mapping has a key per line.
    if (S.failed() || KeyStarts.empty() ||
        opensFlow(StringRef(Copy).take_front(KeyStarts.front())))
      return;
  }
  std::vector<bool> Blanked(KeyStarts.size());
  // Keys blanked out, and required keys found missing, are not missing.
  yaml::BlankedKeys Context;
  for (size_t Attempt = 0; Attempt < KeyStarts.size() + 8; ++Attempt) {
    if (Truncated)
      return;
    StringRef Missing = Message;
    if (Missing.consume_front("missing required key '") &&
        Missing.consume_back("'")) {
      if (llvm::is_contained(Context.Keys, Missing))
        return;
      Context.Keys.push_back(Missing.str());
    } else {
      auto K = std::upper_bound(KeyStarts.begin(), KeyStarts.end(),
                                static_cast<size_t>(At - Begin)) -
               KeyStarts.begin();
      if (K == 0 || Blanked[K - 1])
        return;
      size_t Key = K - 1;
      Blanked[Key] = true;
      Context.Keys.push_back(KeyTexts[Key]);
      size_t To = Key + 1 < KeyStarts.size()
                      ? lineStart(Copy, Copy.data() + KeyStarts[Key + 1]) -
                            Copy.data()
                      : Copy.size();
      for (size_t I = KeyStarts[Key]; I < To; ++I)
        if (Copy[I] != '\n' && Copy[I] != '\r')
          Copy[I] = ' ';
    }
    std::vector<T> One;
    bool Ok = parse(Copy, Begin, One, &At, &Message, &Context);
    if (LostName.empty() && !One.empty())
      LostName = declaredName(One.front()).str();
    if (Ok)
      return;
    report(At, Message);
    if (!At)
      return;
  }
}

/// The offset of the component of \p Name that is an operator-function-id
/// ("operator>>", "operator new", "operator bool"), or npos. The keyword must
/// start a component and must not go on as an identifier ("operators::x",
/// "operator_utils::x" are namespaces).
size_t findOperatorComponent(StringRef Name) {
  constexpr StringLiteral Kw = "operator";
  for (size_t Pos = Name.find(Kw); Pos != StringRef::npos;
       Pos = Name.find(Kw, Pos + 1)) {
    size_t End = Pos + Kw.size();
    if ((Pos == 0 || Name.substr(0, Pos).ends_with("::")) &&
        (End == Name.size() || !isIdentChar(Name[End])))
      return Pos;
  }
  return StringRef::npos;
}

/// Splits "a::b::operator>>" into {"a", "b", "operator>>"}. Returns false on
/// syntax the schema does not allow (template arguments, empty components).
bool splitQualifiedName(StringRef Name, SmallVectorImpl<StringRef> &Parts) {
  StringRef OperatorPart;
  size_t Op = findOperatorComponent(Name);
  if (Op != StringRef::npos) {
    OperatorPart = Name.substr(Op);
    Name = Op == 0 ? StringRef() : Name.substr(0, Op - 2);
  }
  if (!Name.empty()) {
    SmallVector<StringRef, 4> Raw;
    Name.split(Raw, "::");
    for (auto [I, P] : enumerate(Raw)) {
      if (P.empty())
        return false;
      // "~" only on the last component of a name (a destructor).
      bool IsDtor = P.starts_with("~") && I + 1 == Raw.size() &&
                    OperatorPart.empty();
      StringRef Ident = IsDtor ? P.drop_front() : P;
      if (Ident.empty() || !all_of(Ident, isIdentChar) || isDigit(Ident[0]))
        return false;
      Parts.push_back(P);
    }
  }
  if (!OperatorPart.empty()) {
    if (OperatorPart.size() <= strlen("operator"))
      return false;
    Parts.push_back(OperatorPart);
  }
  return !Parts.empty();
}

/// Category and framework names: lowercase letters, digits and '-'.
bool isKebabName(StringRef N) {
  return !N.empty() &&
         all_of(N, [](char C) { return isLower(C) || isDigit(C) || C == '-'; });
}

/// Records the declaration of a named section item (a framework, a
/// library) at \p Pos: the name must be a kebab name not declared before.
/// Reports why not and returns false otherwise.
bool declareOnce(ErrorSink &Errors, StringMap<SourcePosition> &Declared,
                 StringRef What, StringRef N, const SourcePosition &Pos) {
  if (!isKebabName(N)) {
    Errors.add(Pos, What + " name '" + N +
                        "' must be lowercase letters, digits and '-'");
    return false;
  }
  auto [It, First] = Declared.try_emplace(N, Pos);
  if (!First)
    Errors.add(Pos, What + " '" + N + "' is already declared at " +
                        It->second.str());
  return First;
}

/// Appends the names of \p In (each "::a::b") to \p Out without the leading
/// "::"; reports each malformed one against \p Field. False if any was.
bool qualifiedNames(ErrorSink &Errors, const SourcePosition &Pos,
                    StringRef Field, ArrayRef<std::string> In,
                    std::vector<std::string> &Out) {
  bool Ok = true;
  for (StringRef Q : In) {
    SmallVector<StringRef, 4> QP;
    if (!Q.consume_front("::") || !splitQualifiedName(Q, QP)) {
      Errors.add(Pos, "'" + Field + "' entries must be qualified names "
                                    "starting with '::', got '" +
                          Q + "'");
      Ok = false;
      continue;
    }
    Out.push_back(Q.str());
  }
  return Ok;
}

/// A parsed file before validation (after a structure error, the entries
/// that could be read).
struct ParsedFile {
  const SourceText *Text;
  yaml::RawAnnotationFile Raw;
  SourcePosition position(const char *Ptr) const {
    return Text->position(Ptr);
  }
};

} // namespace

StringRef typeRoleName(TypeRole R) {
  switch (R) {
  case TypeRole::LockGuard:
    return "lock-guard";
  case TypeRole::Mutex:
    return "mutex";
  case TypeRole::AsyncMutex:
    return "async-mutex";
  case TypeRole::UnboundedChannel:
    return "unbounded-channel";
  case TypeRole::BoundedChannel:
    return "bounded-channel";
  }
  llvm_unreachable("unknown type role");
}

const TypeEntry *AnnotationDatabase::findType(StringRef Name) const {
  auto It = TypeIndex.find(Name);
  return It == TypeIndex.end() ? nullptr : &Types[It->second];
}

const FrameworkEntry *
AnnotationDatabase::findFramework(StringRef Name) const {
  for (const FrameworkEntry &F : Frameworks)
    if (F.Name == Name)
      return &F;
  return nullptr;
}

std::vector<const FixEntry *>
AnnotationDatabase::fixesFor(StringRef Function, StringRef Framework) const {
  std::vector<const FixEntry *> Out;
  auto It = FixesByFunction.find(Function);
  if (It != FixesByFunction.end())
    for (const FixEntry *F : It->second)
      if (F->Framework == Framework)
        Out.push_back(F);
  return Out;
}

void forEachTemplatePart(StringRef Template,
                         function_ref<void(StringRef)> Literal,
                         function_ref<void(StringRef)> Placeholder) {
  size_t Start = 0, I = 0;
  while (I < Template.size()) {
    if (Template[I] == '{') {
      size_t J = I + 1;
      while (J < Template.size() &&
             (isAlnum(Template[J]) || Template[J] == '-'))
        ++J;
      if (J > I + 1 && J < Template.size() && Template[J] == '}') {
        if (I > Start)
          Literal(Template.slice(Start, I));
        Placeholder(Template.slice(I + 1, J));
        I = Start = J + 1;
        continue;
      }
    }
    ++I;
  }
  if (Start < Template.size())
    Literal(Template.substr(Start));
}

const Category *AnnotationDatabase::findCategory(StringRef Name) const {
  for (const Category &C : Categories)
    if (C.Name == Name)
      return &C;
  return nullptr;
}

ArrayRef<const FunctionEntry *>
AnnotationDatabase::lookup(StringRef SimpleName) const {
  auto It = ByName.find(SimpleName);
  if (It == ByName.end())
    return {};
  return It->second;
}

StringRef AnnotationDatabase::simpleName(StringRef Qualified) {
  Qualified.consume_front("::");
  SmallVector<StringRef, 6> Parts;
  if (!splitQualifiedName(Qualified, Parts))
    return Qualified;
  return Parts.back();
}

std::vector<const FunctionEntry *>
AnnotationDatabase::entriesNamed(StringRef Name) const {
  Name.consume_front("::");
  std::vector<const FunctionEntry *> Out;
  for (const FunctionEntry *E : lookup(simpleName(Name)))
    if (E->Name == Name)
      Out.push_back(E);
  return Out;
}

/// The key two entries conflict on: same declaration and same constraints.
static std::string entryKey(const FunctionEntry &E) {
  std::string Key = (E.Name + "|" + entryKindName(E.Kind)).str();
  if (E.Arity)
    Key += "|a" + std::to_string(*E.Arity);
  if (E.Params)
    Key += "|p" + join(*E.Params, ",");
  Key += "|r" + join(E.Receivers, ",");
  Key += "|o" + join(E.ReceiverObjects, ",");
  Key += "|n" + join(E.ReceiverNames, ",");
  Key += "|i" + join(E.InitializedBy, ",");
  Key += "|w" + join(E.ReadyAfter, ",");
  if (E.UnlessArgumentAtMost)
    Key += "|m" + std::to_string(E.UnlessArgumentAtMost->first) + "<=" +
           std::to_string(E.UnlessArgumentAtMost->second);
  return Key;
}

Expected<std::shared_ptr<const AnnotationDatabase>>
AnnotationDatabase::load(ArrayRef<AnnotationSource> Sources) {
  ErrorSink Errors(Sources);
  std::vector<SourceText> Texts;
  Texts.reserve(Sources.size());
  for (const AnnotationSource &Src : Sources)
    Texts.emplace_back(Src);
  std::vector<ParsedFile> Files;
  // Names that entries of any file may refer to but no file could give.
  Lost Missing;

  // Stage 1: YAML structure, per file.
  for (const SourceText &Text : Texts) {
    const AnnotationSource &Src = *Text.Source;
    ParsedFile PF{&Text, {}};
    // Before any parsing: text copied into diagnostics and SARIF must be
    // UTF-8, and llvm::yaml recurses once per nesting level.
    std::optional<TextProblem> P = checkUTF8(Src.Contents);
    if (!P)
      P = checkYAMLNesting(Src.Contents);
    if (P) {
      Errors.add(Text.position(Src.Contents.data() + P->Offset), P->Message);
      Missing.all();
      continue;
    }
    FileErrors FileErrs;
    bool Parsed = false, SawVersion = false, Stopped = false;
    {
      DiagTarget Whole{&FileErrs, Src.Contents.data(), Src.Contents.size(),
                       Src.Contents.data()};
      llvm::yaml::Input In(MemoryBufferRef(Src.Contents, Src.Name), nullptr,
                           yamlDiagHandler, &Whole);
      In >> PF.Raw;
      if (!In.error()) {
        Parsed = true;
        SawVersion = PF.Raw.Version.has_value();
        // `In >> Raw` reads the first document only; never drop the
        // others. (No current node: the stream has no document, and
        // nextDocument() must not step past its end.)
        if (In.getCurrentNode() && In.nextDocument() &&
            In.setCurrentDocument()) {
          const llvm::yaml::Node *N = In.getCurrentNode();
          FileErrs.add(N ? N->getSourceRange().Start.getPointer() : nullptr,
                       "more than one YAML document in an annotation file");
        }
      } else if (FileErrs.List.empty()) {
        FileErrs.add(nullptr,
                     "malformed annotation file: " + In.error().message());
      }
    }
    if (!Parsed) {
      // llvm::yaml::Input stops at the first error: read the file again
      // piece by piece for the others. If that cannot be done, the
      // whole-file error stands and the file is lost.
      FileErrors PieceErrs;
      yaml::RawAnnotationFile Partial;
      FileReader Reader(Text, Partial, PieceErrs, Missing);
      if (Reader.read() && !PieceErrs.List.empty()) {
        Parsed = true;
        FileErrs = std::move(PieceErrs);
        PF.Raw = std::move(Partial);
        SawVersion = Reader.sawVersion() || !Reader.complete();
        Stopped = Reader.truncated();
      } else {
        Missing.all();
      }
    }
    if (Parsed && PF.Raw.Version &&
        *PF.Raw.Version != AnnotationSchemaVersion) {
      // A file for another schema: its other errors would mean nothing.
      Errors.add({Src.Name, 1, 1},
                 "unsupported schema version " + Twine(*PF.Raw.Version) +
                     " (this build reads version " +
                     Twine(AnnotationSchemaVersion) + ")");
      Missing.all();
      continue;
    }
    for (const FileErrors::Entry &E : FileErrs.List)
      Errors.add(Text.position(E.At), E.Message);
    if (Stopped)
      Errors.stopped(Src.Name);
    if (!Parsed)
      continue;
    // Validated as this version's schema all the same, for its other
    // errors.
    if (!SawVersion)
      Errors.add({Src.Name, 1, 1}, "missing required key 'version'");
    Files.push_back(std::move(PF));
  }

  auto DB = std::make_shared<AnnotationDatabase>();
  for (const AnnotationSource &Src : Sources)
    DB->SourceNames.push_back(Src.Name);

  // Stage 2a: categories from every file, so that entries may refer to a
  // category declared in another file.
  for (const ParsedFile &PF : Files) {
    for (const yaml::RawCategory &RC : PF.Raw.Categories) {
      SourcePosition Pos =
          PF.position(RC.Name.Loc);
      StringRef N = RC.Name.Value;
      if (!isKebabName(N)) {
        Errors.add(Pos, "category name '" + N +
                            "' must be lowercase letters, digits and '-'");
        continue;
      }
      if (const Category *Old = DB->findCategory(N)) {
        Errors.add(Pos, "category '" + N + "' is already declared at " +
                            Old->Pos.str());
        continue;
      }
      bool NamesOk = true;
      for (StringRef M : RC.UnlessFunctionUses) {
        StringRef Name = M;
        Name.consume_front("co_await ");
        if (Name.empty() || !all_of(Name, isIdentChar)) {
          Errors.add(Pos, "'unless-function-uses' entries must be names or "
                          "'co_await NAME', got '" +
                              M + "'");
          NamesOk = false;
        }
      }
      if (!NamesOk)
        continue;
      Category C;
      C.Name = N.str();
      C.Description = RC.Description;
      C.Enabled = RC.Enabled.value_or(true);
      C.Suggestion = RC.Suggestion;
      C.Offloadable = RC.Offloadable.value_or(true);
      C.AllowedInLoopDrivers = RC.AllowedInLoopDrivers.value_or(false);
      C.StartsLoopDrivers = RC.StartsLoopDrivers.value_or(false);
      C.UnlessFunctionUses = RC.UnlessFunctionUses;
      C.Pos = Pos;
      DB->Categories.push_back(std::move(C));
    }
  }

  // Stage 2b: entries, in load order, with conflict detection.
  std::map<std::string, size_t> KeyToIndex;
  for (const ParsedFile &PF : Files) {
    // `offloads:` and `callbacks:` entries are function entries whose
    // effect the section gives.
    struct Section {
      const std::vector<yaml::RawFunctionEntry> &Entries;
      StringRef Name;
      Effect Default;
    };
    for (const Section &Sec :
         {Section{PF.Raw.Functions, "functions", Effect::Blocking},
          Section{PF.Raw.Offloads, "offloads", Effect::Offload},
          Section{PF.Raw.Callbacks, "callbacks", Effect::Callback}})
    for (const yaml::RawFunctionEntry &R : Sec.Entries) {
      SourcePosition Pos =
          PF.position(R.Name.Loc);
      FunctionEntry E;
      E.Pos = Pos;
      E.Kind = R.Kind;
      E.TheEffect = R.TheEffect.value_or(Sec.Default);
      bool InFunctions = Sec.Default == Effect::Blocking;
      if (!InFunctions && E.TheEffect != Sec.Default) {
        Errors.add(Pos, "an entry in '" + Sec.Name +
                            "' cannot have effect '" +
                            effectName(E.TheEffect) + "'");
        continue;
      }
      if (InFunctions && (E.TheEffect == Effect::Offload ||
                          E.TheEffect == Effect::Callback)) {
        Errors.add(Pos, effectName(E.TheEffect) + " entries belong in the '" +
                            effectName(E.TheEffect) + "s' section");
        continue;
      }
      E.Argument = R.Argument;
      if (!R.AsyncEquivalent.empty() && E.TheEffect != Effect::Blocking) {
        Errors.add(Pos, "'async-equivalent' applies to blocking entries only");
        continue;
      }
      if (R.Argument && InFunctions) {
        Errors.add(Pos, "'argument' applies to entries in 'offloads' and "
                        "'callbacks' only");
        continue;
      }
      if (!R.Argument && E.TheEffect == Effect::Callback) {
        Errors.add(Pos, "a callback entry needs 'argument': the index of the "
                        "callable that runs on the event loop");
        continue;
      }
      E.Reason = R.Reason;
      E.See = R.See;
      E.AsyncEquivalent = R.AsyncEquivalent;
      E.Arity = R.Arity;
      E.Override = R.Override;
      bool Ok = true;

      StringRef Name = R.Name.Value;
      if (!Name.consume_front("::")) {
        Errors.add(Pos, "name '" + R.Name.Value +
                            "' must be fully qualified and start with '::'");
        continue;
      }
      SmallVector<StringRef, 6> Parts;
      if (!splitQualifiedName(Name, Parts)) {
        Errors.add(Pos, "malformed qualified name '" + R.Name.Value +
                            "' (no template arguments or empty components)");
        continue;
      }
      E.Name = Name.str();
      if (E.isMember()) {
        if (Parts.size() < 2) {
          Errors.add(Pos, "a " + entryKindName(E.Kind) +
                              " needs a class: '::Class::" +
                              Parts.back() + "'");
          continue;
        }
        E.MemberName = Parts.back().str();
        E.ClassName = join(ArrayRef(Parts).drop_back(), "::");
        StringRef ClassLast = Parts[Parts.size() - 2];
        if (E.Kind == EntryKind::Constructor && Parts.back() != ClassLast) {
          Errors.add(Pos, "constructor name must repeat the class name: '::" +
                              E.ClassName + "::" + ClassLast + "'");
          Ok = false;
        }
        if (E.Kind == EntryKind::Destructor &&
            Parts.back() != ("~" + ClassLast).str()) {
          Errors.add(Pos, "destructor name must be '::" + E.ClassName + "::~" +
                              ClassLast + "'");
          Ok = false;
        }
        // A method entry never matches a destructor: it would be dead.
        if (E.Kind == EntryKind::Method && Parts.back().starts_with("~")) {
          Errors.add(Pos, "'" + R.Name.Value + "' looks like a destructor; "
                                               "use kind: destructor");
          Ok = false;
        }
      } else {
        E.MemberName = Parts.back().str();
        if (E.Kind == EntryKind::CFunction && Parts.size() != 1) {
          Errors.add(Pos, "a c-function lives in the global namespace: '::" +
                              Parts.back() + "'");
          Ok = false;
        }
        if (Parts.back().starts_with("~")) {
          Errors.add(Pos, "'" + R.Name.Value + "' looks like a destructor; "
                                               "use kind: destructor");
          Ok = false;
        }
      }

      if (E.TheEffect == Effect::Blocking) {
        if (R.Category.empty()) {
          Errors.add(Pos, "blocking entry '" + R.Name.Value +
                              "' needs a category");
          Ok = false;
        } else if (!DB->findCategory(R.Category)) {
          std::vector<StringRef> Names;
          for (const Category &C : DB->categories())
            Names.push_back(C.Name);
          if (!Missing.Categories.covers(R.Category))
            Errors.add(Pos, "unknown category '" + R.Category + "' for '" +
                                R.Name.Value + "'" +
                                didYouMean(R.Category, Names));
          Ok = false;
        }
        E.Category = R.Category;
      } else if (!R.Category.empty()) {
        Errors.add(Pos, effectName(E.TheEffect) + " entry '" + R.Name.Value +
                            "' must not have a category");
        Ok = false;
      }
      if (!R.ReadyAfter.empty()) {
        if (E.Kind != EntryKind::Destructor && E.Kind != EntryKind::Method) {
          Errors.add(Pos, "'ready-after' applies to destructors and methods "
                          "only");
          Ok = false;
        }
        for (StringRef M : R.ReadyAfter)
          if (M.empty() || !all_of(M, isIdentChar)) {
            Errors.add(Pos, "'ready-after' entries must be member names, "
                            "got '" +
                                M + "'");
            Ok = false;
          }
        E.ReadyAfter = R.ReadyAfter;
        llvm::sort(E.ReadyAfter);
      }
      if (R.UnlessArgumentAtMost) {
        if (E.TheEffect != Effect::Blocking) {
          Errors.add(Pos, "'unless-argument-at-most' applies to blocking "
                          "entries only");
          Ok = false;
        } else if (E.Arity && R.UnlessArgumentAtMost->Argument >= *E.Arity) {
          Errors.add(Pos, "'unless-argument-at-most' names argument " +
                              Twine(R.UnlessArgumentAtMost->Argument) +
                              " of a function of arity " + Twine(*E.Arity));
          Ok = false;
        }
        E.UnlessArgumentAtMost = {R.UnlessArgumentAtMost->Argument,
                                  R.UnlessArgumentAtMost->Value};
      }
      if (!R.InitializedBy.empty()) {
        if (E.Kind != EntryKind::Destructor) {
          Errors.add(Pos, "'initialized-by' applies to destructors only");
          Ok = false;
        }
        for (StringRef Q : R.InitializedBy) {
          SmallVector<StringRef, 4> QP;
          if (!Q.consume_front("::") || !splitQualifiedName(Q, QP)) {
            Errors.add(Pos, "'initialized-by' entries must be qualified names "
                            "starting with '::', got '" +
                                Q + "'");
            Ok = false;
            continue;
          }
          E.InitializedBy.push_back(Q.str());
        }
        llvm::sort(E.InitializedBy);
      }

      if (R.Params) {
        std::vector<std::string> Params;
        for (const std::string &P : *R.Params) {
          if (StringRef(P).trim().empty()) {
            Errors.add(Pos, "empty parameter type in 'params'");
            Ok = false;
          }
          Params.push_back(normalizeTypeName(P));
        }
        if (E.Arity && *E.Arity != Params.size()) {
          Errors.add(Pos, "'arity' " + Twine(*E.Arity) +
                              " disagrees with 'params' (" +
                              Twine(Params.size()) + " types)");
          Ok = false;
        }
        E.Params = std::move(Params);
        E.ParamsAsWritten = *R.Params;
      }
      auto QualifiedList = [&](ArrayRef<std::string> In, StringRef Field,
                               std::vector<std::string> &Out) {
        Ok &= qualifiedNames(Errors, Pos, Field, In, Out);
        llvm::sort(Out);
      };
      QualifiedList(R.Receivers, "receivers", E.Receivers);
      QualifiedList(R.ReceiverObjects, "receiver-objects", E.ReceiverObjects);
      for (StringRef N : R.ReceiverNames)
        if (N.empty() || !all_of(N, isIdentChar)) {
          Errors.add(Pos, "'receiver-names' entries must be identifiers, got '" +
                              N + "'");
          Ok = false;
        }
      E.ReceiverNames = R.ReceiverNames;
      llvm::sort(E.ReceiverNames);
      // A C function's first argument may be a known variable (stdout); it
      // has no class to constrain.
      if ((!E.Receivers.empty() && E.Kind == EntryKind::CFunction) ||
          ((!E.Receivers.empty() || !E.ReceiverObjects.empty() ||
            !E.ReceiverNames.empty()) &&
           (E.Kind == EntryKind::Constructor ||
            E.Kind == EntryKind::Destructor))) {
        Errors.add(Pos, E.Kind == EntryKind::CFunction
                            ? "'receivers' apply to methods and C++ "
                              "functions only"
                            : "'receivers' and 'receiver-objects' apply to "
                              "methods and functions only");
        Ok = false;
      }
      if (!Ok)
        continue;

      std::string Key = entryKey(E);
      auto [It, Inserted] = KeyToIndex.try_emplace(Key, DB->Entries.size());
      if (Inserted) {
        if (E.Override) {
          if (!Missing.Functions.covers(R.Name.Value))
            Errors.add(Pos, "'override: true' but no earlier entry for '" +
                                R.Name.Value + "' with the same constraints");
          KeyToIndex.erase(It);
          continue;
        }
        DB->Entries.push_back(std::move(E));
        continue;
      }
      FunctionEntry &Old = DB->Entries[It->second];
      if (!E.Override) {
        Errors.add(Pos, "entry for '" + R.Name.Value + "' conflicts with " +
                            Old.Pos.str() +
                            "; set 'override: true' to replace it");
        continue;
      }
      Old = std::move(E);
    }
  }

  // Stage 2c: types, one entry per class, with the same override rule.
  for (const ParsedFile &PF : Files) {
    for (const yaml::RawTypeEntry &R : PF.Raw.Types) {
      SourcePosition Pos =
          PF.position(R.Name.Loc);
      StringRef Name = R.Name.Value;
      SmallVector<StringRef, 6> Parts;
      if (!Name.consume_front("::") || !splitQualifiedName(Name, Parts) ||
          Parts.back().starts_with("operator") ||
          Parts.back().starts_with("~")) {
        Errors.add(Pos, "type name '" + R.Name.Value +
                            "' must be a qualified class name starting with "
                            "'::', without template arguments");
        continue;
      }
      bool IsLock = R.Role == TypeRole::LockGuard || R.Role == TypeRole::Mutex ||
                    R.Role == TypeRole::AsyncMutex;
      bool Ok = true;
      auto Methods = [&](ArrayRef<std::string> List, StringRef Field,
                         bool Allowed) {
        if (!List.empty() && !Allowed) {
          Errors.add(Pos, "'" + Field + "' does not apply to role '" +
                              typeRoleName(R.Role) + "'");
          Ok = false;
        }
        for (StringRef M : List)
          if (M.empty() || (!M.starts_with("operator") &&
                            !all_of(M, isIdentChar))) {
            Errors.add(Pos, "'" + Field + "' entries must be member names, "
                                          "got '" +
                                M + "'");
            Ok = false;
          }
      };
      Methods(R.AcquireMethods, "acquire-methods", IsLock);
      Methods(R.ReleaseMethods, "release-methods", IsLock);
      Methods(R.EnqueueMethods, "enqueue-methods", !IsLock);
      if (!Ok)
        continue;
      TypeEntry T{Name.str(),       R.Role,           R.Reason,
                  R.See,            R.Alternative,    R.Framework,
                  R.AcquireMethods, R.ReleaseMethods, R.EnqueueMethods,
                  R.Override,       Pos};
      auto [It, Inserted] = DB->TypeIndex.try_emplace(T.Name, DB->Types.size());
      if (Inserted) {
        if (T.Override) {
          if (!Missing.Types.covers(R.Name.Value))
            Errors.add(Pos,
                       "'override: true' but no earlier type entry for '" +
                           R.Name.Value + "'");
          DB->TypeIndex.erase(It);
          continue;
        }
        DB->Types.push_back(std::move(T));
      } else if (!T.Override) {
        Errors.add(Pos, "type entry for '" + R.Name.Value + "' conflicts with " +
                            DB->Types[It->second].Pos.str() +
                            "; set 'override: true' to replace it");
      } else {
        DB->Types[It->second] = std::move(T);
      }
    }
  }

  // Stage 2d: frameworks, declared once each; a coroutine type belongs to
  // one framework.
  StringMap<std::string> CoroutineTypeOwner;
  StringMap<SourcePosition> FrameworkDeclared;
  for (const ParsedFile &PF : Files) {
    for (const yaml::RawFramework &RF : PF.Raw.Frameworks) {
      SourcePosition Pos =
          PF.position(RF.Name.Loc);
      StringRef N = RF.Name.Value;
      if (!declareOnce(Errors, FrameworkDeclared, "framework", N, Pos))
        continue;
      FrameworkEntry F;
      F.Name = N.str();
      F.Description = RF.Description;
      F.Offload = RF.Offload;
      F.Pos = Pos;
      bool Ok = qualifiedNames(Errors, Pos, "coroutine-types",
                               RF.CoroutineTypes, F.CoroutineTypes);
      Ok &= qualifiedNames(Errors, Pos, "scheduler-types", RF.SchedulerTypes,
                           F.SchedulerTypes);
      Ok &= qualifiedNames(Errors, Pos, "error-code-types", RF.ErrorCodeTypes,
                           F.ErrorCodeTypes);
      Ok &= qualifiedNames(Errors, Pos, "executor-tag-types",
                           RF.ExecutorTagTypes, F.ExecutorTagTypes);
      if (RF.CoroutineTypes.empty()) {
        Errors.add(Pos, "framework '" + N + "' needs 'coroutine-types'");
        Ok = false;
      }
      forEachTemplatePart(
          F.Offload, [](StringRef) {},
          [&](StringRef P) {
            if (P != "call") {
              Errors.add(Pos, "unknown placeholder '{" + P +
                                  "}' in 'offload' (only {call})");
              Ok = false;
            }
          });
      for (const std::string &T : F.CoroutineTypes) {
        auto [It, New] = CoroutineTypeOwner.try_emplace(T, F.Name);
        if (!New) {
          Errors.add(Pos, "coroutine type '::" + T +
                              "' already belongs to framework '" +
                              It->second + "'");
          Ok = false;
        }
      }
      if (Ok)
        DB->Frameworks.push_back(std::move(F));
    }
  }

  // Stage 2e: libraries, declared once each; a namespace belongs to one.
  StringMap<SourcePosition> LibraryDeclared;
  StringMap<std::string> NamespaceOwner;
  for (const ParsedFile &PF : Files) {
    for (const yaml::RawLibrary &RL : PF.Raw.Libraries) {
      SourcePosition Pos =
          PF.position(RL.Name.Loc);
      StringRef N = RL.Name.Value;
      if (!declareOnce(Errors, LibraryDeclared, "library", N, Pos))
        continue;
      LibraryEntry L;
      L.Name = N.str();
      L.Description = RL.Description;
      L.Pos = Pos;
      bool Ok = qualifiedNames(Errors, Pos, "namespaces", RL.Namespaces,
                               L.Namespaces);
      for (const std::string &H : RL.Headers) {
        if (Expected<llvm::GlobPattern> G = llvm::GlobPattern::create(H);
            !G) {
          Errors.add(Pos, "invalid 'headers' glob '" + H +
                              "': " + toString(G.takeError()));
          Ok = false;
        }
        L.Headers.push_back(H);
      }
      if (L.Namespaces.empty() && L.Headers.empty()) {
        Errors.add(Pos, "library '" + N + "' needs 'namespaces' or 'headers'");
        Ok = false;
      }
      for (const std::string &NS : L.Namespaces) {
        auto [It, New] = NamespaceOwner.try_emplace(NS, L.Name);
        if (!New) {
          Errors.add(Pos, "namespace '::" + NS +
                              "' already belongs to library '" + It->second +
                              "'");
          Ok = false;
        }
      }
      if (Ok)
        DB->Libraries.push_back(std::move(L));
    }
  }

  // Stage 2f: fixes, which refer to blocking entries and frameworks of any
  // file.
  // A fix whose function a later file made non-blocking (a project
  // vouching for it) is dropped, not an error.
  StringSet<> AllNames, BlockingNames;
  for (const FunctionEntry &E : DB->Entries) {
    AllNames.insert(E.Name);
    if (E.TheEffect == Effect::Blocking)
      BlockingNames.insert(E.Name);
  }
  // Where each file's fixes start in DB->Fixes, for the index's order.
  std::vector<size_t> FixFileStart;
  for (const ParsedFile &PF : Files) {
    FixFileStart.push_back(DB->Fixes.size());
    for (const yaml::RawFix &RX : PF.Raw.Fixes) {
      SourcePosition Pos =
          PF.position(RX.Function.Loc);
      FixEntry X;
      X.Pos = Pos;
      bool Ok = true;
      StringRef Fn = RX.Function.Value;
      SmallVector<StringRef, 6> Parts;
      if (!Fn.consume_front("::") || !splitQualifiedName(Fn, Parts)) {
        Errors.add(Pos, "fix 'function' '" + RX.Function.Value +
                            "' must be a qualified name starting with '::'");
        continue;
      }
      X.Function = Fn.str();
      if (!AllNames.contains(X.Function)) {
        if (!Missing.Functions.covers(RX.Function.Value))
          Errors.add(Pos, "fix for '" + RX.Function.Value +
                              "', which no entry names");
        Ok = false;
      }
      X.Framework = RX.Framework;
      if (!DB->findFramework(RX.Framework)) {
        std::vector<StringRef> Names;
        for (const FrameworkEntry &F : DB->frameworks())
          Names.push_back(F.Name);
        if (!Missing.Frameworks.covers(RX.Framework))
          Errors.add(Pos, "fix for unknown framework '" + RX.Framework +
                              "'" + didYouMean(RX.Framework, Names));
        Ok = false;
      }
      X.Replacement = RX.Replacement;
      if (StringRef(X.Replacement).trim().empty()) {
        Errors.add(Pos, "fix 'replacement' is empty");
        Ok = false;
      }
      forEachTemplatePart(
          X.Replacement, [](StringRef) {},
          [&](StringRef P) {
            if (all_of(P, isDigit) || is_contained(FixPlaceholders, P))
              return;
            std::string Known = "{0}, {1}, ...";
            for (StringRef K : FixPlaceholders)
              Known += (", {" + K + "}").str();
            Errors.add(Pos, "unknown placeholder '{" + P +
                                "}' in 'replacement'; known: " + Known);
            Ok = false;
          });
      for (StringRef H : RX.Includes) {
        if (H.empty() || H.contains(' ') || H.starts_with("<") ||
            H.starts_with("\"")) {
          Errors.add(Pos, "'includes' entries are header names without <> "
                          "or quotes, got '" +
                              H + "'");
          Ok = false;
        }
        X.Includes.push_back(H.str());
      }
      if (RX.Requires) {
        const yaml::RawFixRequirements &RR = *RX.Requires;
        FixRequirements &Q = X.Requires;
        Q.ResultUnused = RR.ResultUnused;
        Q.RvalueArgument = RR.RvalueArgument;
        Q.ChronoArgument = RR.ChronoArgument;
        if (!RR.ChronoArgument &&
            (!RR.ChronoPeriod.empty() || !RR.ChronoClock.empty())) {
          Errors.add(Pos, "'chrono-period' and 'chrono-clock' need "
                          "'chrono-argument'");
          Ok = false;
        }
        if (!RR.ChronoPeriod.empty()) {
          auto [NumS, DenS] = StringRef(RR.ChronoPeriod).split('/');
          int64_t Num = 0, Den = 0;
          if (NumS.trim().getAsInteger(10, Num) ||
              DenS.trim().getAsInteger(10, Den) || Num <= 0 || Den <= 0) {
            Errors.add(Pos, "'chrono-period' must be 'N/D' with positive "
                            "integers, got '" +
                                RR.ChronoPeriod + "'");
            Ok = false;
          } else {
            Q.ChronoPeriodNum = Num;
            Q.ChronoPeriodDen = Den;
          }
        }
        if (!RR.ChronoClock.empty()) {
          StringRef C = RR.ChronoClock;
          SmallVector<StringRef, 4> CP;
          if (!C.consume_front("::") || !splitQualifiedName(C, CP)) {
            Errors.add(Pos, "'chrono-clock' must be a qualified name "
                            "starting with '::', got '" +
                                RR.ChronoClock + "'");
            Ok = false;
          }
          Q.ChronoClock = C.str();
        }
      }
      if (Ok && BlockingNames.contains(X.Function))
        DB->Fixes.push_back(std::move(X));
    }
  }

  if (!Errors.empty())
    return createStringError(inconvertibleErrorCode(), Errors.take());

  for (const FunctionEntry &E : DB->Entries) {
    StringRef Simple = E.MemberName;
    DB->ByName[Simple].push_back(&E);
  }
  // Files loaded later first, so that a project's fix supersedes a shipped
  // one; file order within a file.
  FixFileStart.push_back(DB->Fixes.size());
  for (size_t File = FixFileStart.size() - 1; File-- > 0;)
    for (size_t I = FixFileStart[File]; I < FixFileStart[File + 1]; ++I)
      DB->FixesByFunction[DB->Fixes[I].Function].push_back(&DB->Fixes[I]);
  return std::shared_ptr<const AnnotationDatabase>(std::move(DB));
}

Error AnnotationDatabase::readSources(ArrayRef<std::string> Paths,
                                      std::vector<AnnotationSource> &Out) {
  std::vector<std::string> ReadErrors;
  for (const std::string &P : Paths) {
    // Regular files only (never a FIFO or a device), of bounded size.
    auto Buf = readRegularFile(P, MaxAnnotationFileSize);
    if (!Buf) {
      ReadErrors.push_back(P + ": error: cannot read annotation file: " +
                           toString(Buf.takeError()));
      continue;
    }
    Out.push_back({P, (*Buf)->getBuffer().str()});
  }
  if (!ReadErrors.empty())
    return createStringError(inconvertibleErrorCode(), join(ReadErrors, "\n"));
  return Error::success();
}

Expected<std::shared_ptr<const AnnotationDatabase>>
AnnotationDatabase::loadWithUserFiles(ArrayRef<std::string> Paths) {
  // Key: every path with its size and modification time, so an edited file is
  // re-read (clangd keeps the process alive across edits).
  std::string Key;
  for (const std::string &P : Paths) {
    sys::fs::file_status St;
    Key += P;
    if (!sys::fs::status(P, St))
      Key += "@" + std::to_string(St.getSize()) + "@" +
             std::to_string(
                 sys::toTimeT(St.getLastModificationTime()));
    Key += '\n';
  }
  static std::mutex Mu;
  static std::map<std::string, std::shared_ptr<const AnnotationDatabase>> Cache;
  {
    std::lock_guard<std::mutex> Lock(Mu);
    auto It = Cache.find(Key);
    if (It != Cache.end())
      return It->second;
  }

  std::vector<AnnotationSource> Sources(builtinSources().begin(),
                                        builtinSources().end());
  if (Error E = readSources(Paths, Sources))
    return std::move(E);
  auto DB = load(Sources);
  if (!DB)
    return DB.takeError();
  std::lock_guard<std::mutex> Lock(Mu);
  Cache[Key] = *DB;
  return *DB;
}

Expected<StringMap<bool>>
resolveEnabledCategories(const AnnotationDatabase &DB, StringRef Option) {
  StringMap<bool> Enabled;
  for (const Category &C : DB.categories())
    Enabled[C.Name] = C.Enabled;
  SmallVector<StringRef, 8> Items;
  Option.split(Items, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (StringRef Item : Items) {
    Item = Item.trim();
    if (Item.empty())
      continue;
    bool On = !Item.consume_front("-");
    Item.consume_front("+");
    auto Pat = GlobPattern::create(Item);
    if (!Pat)
      return Pat.takeError();
    bool Any = false;
    for (auto &KV : Enabled)
      if (Pat->match(KV.getKey())) {
        KV.second = On;
        Any = true;
      }
    if (!Any) {
      std::vector<StringRef> Names;
      for (const Category &C : DB.categories())
        Names.push_back(C.Name);
      llvm::sort(Names);
      return createStringError(inconvertibleErrorCode(),
                               "unknown category '" + Item +
                                   "' in Categories option; known: " +
                                   join(Names, ", ") +
                                   didYouMean(Item, Names));
    }
  }
  return Enabled;
}

} // namespace asynctidy
