//===--- AnnotationDatabase.cpp - parse, validate and merge YAML files ----===//
//
// Parsing happens in two stages. llvm::yaml maps each file onto "raw" structs
// (named fields only, unknown keys rejected, enums checked), then a validation
// pass over all files checks what YAML traits cannot: name syntax, category
// references across files, and conflicting entries. Every error of that pass
// is reported; a database with any error is never returned.
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
#include <map>
#include <mutex>

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

/// Collects diagnostics as "file:line:col: error: message" lines.
struct ErrorSink {
  std::vector<std::string> Lines;
  void add(const SourcePosition &Pos, const Twine &Msg) {
    Lines.push_back((Pos.str() + ": error: " + Msg).str());
  }
};

/// Line and column of \p Ptr inside \p Buffer, 1-based; 0:0 if outside.
/// "\r\n", "\r" and "\n" each end a line, as for the YAML parser.
SourcePosition positionOf(StringRef Name, StringRef Buffer, const char *Ptr) {
  SourcePosition Pos{Name.str(), 0, 0};
  if (!Ptr || Ptr < Buffer.begin() || Ptr > Buffer.end())
    return Pos;
  TextPosition P = positionInText(Buffer, Ptr - Buffer.begin());
  Pos.Line = P.Line;
  Pos.Column = P.Column;
  return Pos;
}

void yamlDiagHandler(const SMDiagnostic &D, void *Ctx) {
  auto *Sink = static_cast<ErrorSink *>(Ctx);
  if (D.getKind() != SourceMgr::DK_Error)
    return;
  // SourceMgr counts "\n" only; recount so that a file with "\r" line ends
  // gets the lines the YAML parser saw.
  SourcePosition Pos{D.getFilename().str(),
                     static_cast<unsigned>(D.getLineNo()),
                     static_cast<unsigned>(D.getColumnNo() + 1)};
  if (const SourceMgr *SM = D.getSourceMgr(); SM && D.getLoc().isValid())
    if (unsigned Id = SM->FindBufferContainingLoc(D.getLoc()))
      Pos = positionOf(Pos.File, SM->getMemoryBuffer(Id)->getBuffer(),
                       D.getLoc().getPointer());
  Sink->add(Pos, D.getMessage());
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

/// A parsed file before validation.
struct ParsedFile {
  const AnnotationSource *Source;
  yaml::RawAnnotationFile Raw;
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
  ErrorSink Errors;
  std::vector<ParsedFile> Files;

  // Stage 1: YAML structure, per file.
  for (const AnnotationSource &Src : Sources) {
    ParsedFile PF{&Src, {}};
    // Before any parsing: text copied into diagnostics and SARIF must be
    // UTF-8, and llvm::yaml recurses once per nesting level.
    if (std::optional<TextProblem> P = checkUTF8(Src.Contents)) {
      Errors.Lines.push_back(formatProblem(Src.Name, Src.Contents, *P));
      continue;
    }
    if (std::optional<TextProblem> P = checkYAMLNesting(Src.Contents)) {
      Errors.Lines.push_back(formatProblem(Src.Name, Src.Contents, *P));
      continue;
    }
    size_t Before = Errors.Lines.size();
    llvm::yaml::Input In(MemoryBufferRef(Src.Contents, Src.Name), nullptr,
                         yamlDiagHandler, &Errors);
    In >> PF.Raw;
    if (In.error()) {
      if (Errors.Lines.size() == Before)
        Errors.add({Src.Name, 0, 0}, "malformed annotation file: " +
                                         In.error().message());
      continue;
    }
    // `In >> Raw` reads the first document only; never drop the others.
    // (No current node: the stream has no document, and nextDocument()
    // must not step past its end.)
    if (In.getCurrentNode() && In.nextDocument() && In.setCurrentDocument()) {
      const llvm::yaml::Node *N = In.getCurrentNode();
      Errors.add(positionOf(Src.Name, Src.Contents,
                            N ? N->getSourceRange().Start.getPointer()
                              : nullptr),
                 "more than one YAML document in an annotation file");
      continue;
    }
    if (!PF.Raw.Version) {
      Errors.add({Src.Name, 1, 1}, "missing required key 'version'");
      continue;
    }
    if (*PF.Raw.Version != AnnotationSchemaVersion) {
      Errors.add({Src.Name, 1, 1},
                 "unsupported schema version " +
                     Twine(*PF.Raw.Version) + " (this build reads version " +
                     Twine(AnnotationSchemaVersion) + ")");
      continue;
    }
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
          positionOf(PF.Source->Name, PF.Source->Contents, RC.Name.Loc);
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
          positionOf(PF.Source->Name, PF.Source->Contents, R.Name.Loc);
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
          Errors.add(Pos, "'override: true' but no earlier entry for '" +
                              R.Name.Value + "' with the same constraints");
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
          positionOf(PF.Source->Name, PF.Source->Contents, R.Name.Loc);
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
          Errors.add(Pos, "'override: true' but no earlier type entry for '" +
                              R.Name.Value + "'");
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
          positionOf(PF.Source->Name, PF.Source->Contents, RF.Name.Loc);
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
          positionOf(PF.Source->Name, PF.Source->Contents, RL.Name.Loc);
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
          positionOf(PF.Source->Name, PF.Source->Contents, RX.Function.Loc);
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
        Errors.add(Pos, "fix for '" + RX.Function.Value +
                            "', which no entry names");
        Ok = false;
      }
      X.Framework = RX.Framework;
      if (!DB->findFramework(RX.Framework)) {
        std::vector<StringRef> Names;
        for (const FrameworkEntry &F : DB->frameworks())
          Names.push_back(F.Name);
        Errors.add(Pos, "fix for unknown framework '" + RX.Framework + "'" +
                            didYouMean(RX.Framework, Names));
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

  if (!Errors.Lines.empty())
    return createStringError(inconvertibleErrorCode(),
                             join(Errors.Lines, "\n"));

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
