//===--- AnnotationYAML.h - llvm::yaml traits for annotation files --------===//
//
// The on-disk shape of an annotation file, mapped with llvm::yaml traits.
// Named fields only; unknown keys are errors (llvm::yaml::Input's default).
// The same traits write the merged database back out for
// `async-tidy-annotations dump`.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANNOTATIONS_ANNOTATIONYAML_H
#define ASYNC_TIDY_ANNOTATIONS_ANNOTATIONYAML_H

#include "Annotations/AnnotationDatabase.h"
#include "Support/Suggest.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/YAMLTraits.h"
#include <optional>
#include <string>
#include <vector>

namespace asynctidy::yaml {

/// A scalar that remembers where it was in the input buffer, so that
/// validation errors after parsing can still say file:line:col.
struct PositionedString {
  std::string Value;
  const char *Loc = nullptr;
};

struct RawCategory {
  PositionedString Name;
  std::string Description;
  std::optional<bool> Enabled;
  std::string Suggestion;
  std::optional<bool> Offloadable;
  std::optional<bool> AllowedInLoopDrivers;
  std::optional<bool> StartsLoopDrivers;
  std::vector<std::string> UnlessFunctionUses;
};

struct RawArgumentBound {
  unsigned Argument = 0;
  uint64_t Value = 0;
};

struct RawFunctionEntry {
  PositionedString Name;
  EntryKind Kind = EntryKind::Function;
  std::optional<Effect> TheEffect;
  std::string Category;
  std::string Reason;
  std::string See;
  std::string AsyncEquivalent;
  std::optional<unsigned> Arity;
  std::optional<std::vector<std::string>> Params;
  std::vector<std::string> Receivers;
  std::vector<std::string> ReceiverObjects;
  std::vector<std::string> ReceiverNames;
  std::vector<std::string> InitializedBy;
  std::vector<std::string> ReadyAfter;
  std::optional<RawArgumentBound> UnlessArgumentAtMost;
  std::optional<unsigned> Argument;
  bool Override = false;
};

struct RawTypeEntry {
  PositionedString Name;
  TypeRole Role = TypeRole::Mutex;
  std::string Reason;
  std::string See;
  std::string Alternative;
  std::string Framework;
  std::vector<std::string> AcquireMethods;
  std::vector<std::string> ReleaseMethods;
  std::vector<std::string> EnqueueMethods;
  bool Override = false;
};

struct RawFramework {
  PositionedString Name;
  std::string Description;
  std::vector<std::string> CoroutineTypes;
  std::vector<std::string> SchedulerTypes;
  std::vector<std::string> ErrorCodeTypes;
  std::vector<std::string> ExecutorTagTypes;
  std::string Offload;
};

struct RawLibrary {
  PositionedString Name;
  std::string Description;
  std::vector<std::string> Namespaces;
  std::vector<std::string> Headers;
};

struct RawFixRequirements {
  bool ResultUnused = false;
  std::optional<unsigned> RvalueArgument;
  std::optional<unsigned> ChronoArgument;
  std::string ChronoPeriod;
  std::string ChronoClock;
};

struct RawFix {
  PositionedString Function;
  std::string Framework;
  std::string Replacement;
  std::vector<std::string> Includes;
  std::optional<RawFixRequirements> Requires;
};

struct RawAnnotationFile {
  std::optional<unsigned> Version;
  std::vector<RawCategory> Categories;
  std::vector<RawFunctionEntry> Functions;
  std::vector<RawFunctionEntry> Offloads;
  std::vector<RawFunctionEntry> Callbacks;
  std::vector<RawTypeEntry> Types;
  std::vector<RawFramework> Frameworks;
  std::vector<RawLibrary> Libraries;
  std::vector<RawFix> Fixes;
};

/// The merged database in file form, for `dump`.
RawAnnotationFile toRaw(const AnnotationDatabase &DB);

/// Calls \p Do(Key, Section...) for each section (the top-level keys other
/// than `version`) of the files \p Files, in schema order: the one list the
/// mapping traits and the loader's entry-by-entry reading share.
template <typename Fn, typename... Files>
void forEachSection(Fn &&Do, Files &...F) {
  Do("categories", F.Categories...);
  Do("functions", F.Functions...);
  Do("offloads", F.Offloads...);
  Do("callbacks", F.Callbacks...);
  Do("types", F.Types...);
  Do("frameworks", F.Frameworks...);
  Do("libraries", F.Libraries...);
  Do("fixes", F.Fixes...);
}

} // namespace asynctidy::yaml

LLVM_YAML_IS_SEQUENCE_VECTOR(asynctidy::yaml::RawCategory)
LLVM_YAML_IS_SEQUENCE_VECTOR(asynctidy::yaml::RawFunctionEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(asynctidy::yaml::RawTypeEntry)
LLVM_YAML_IS_SEQUENCE_VECTOR(asynctidy::yaml::RawFramework)
LLVM_YAML_IS_SEQUENCE_VECTOR(asynctidy::yaml::RawLibrary)
LLVM_YAML_IS_SEQUENCE_VECTOR(asynctidy::yaml::RawFix)

namespace llvm::yaml {

template <> struct ScalarTraits<asynctidy::yaml::PositionedString> {
  static void output(const asynctidy::yaml::PositionedString &V, void *,
                     raw_ostream &OS) {
    OS << V.Value;
  }
  static StringRef input(StringRef Scalar, void *,
                         asynctidy::yaml::PositionedString &V) {
    V.Value = Scalar.str();
    V.Loc = Scalar.data();
    return {};
  }
  static QuotingType mustQuote(StringRef S) { return needsQuotes(S); }
};

} // namespace llvm::yaml

namespace asynctidy::yaml {

/// The cases of one enumerated field. On input, a value that matches none is
/// an error at the value that names the field, the allowed values and the
/// nearest one ("unknown kind 'methd'; expected one of ...; did you mean
/// 'method'?") instead of llvm::yaml's bare "unknown enumerated scalar".
template <typename T> class EnumField {
public:
  EnumField(llvm::yaml::IO &Io, T &Val, llvm::StringRef Field)
      : Io(Io), Val(Val), Field(Field) {}
  EnumField &operator()(const char *Name, T Value) {
    Names.push_back(Name);
    Io.enumCase(Val, Name, Value);
    return *this;
  }
  ~EnumField() {
    // matchEnumFallback() is true only when no case matched; it also keeps
    // llvm::yaml from adding its own message.
    if (Io.outputting() || !Io.matchEnumFallback())
      return;
    std::string Allowed = llvm::join(Names, ", ");
    const auto *Scalar = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(
        static_cast<llvm::yaml::Input &>(Io).getCurrentNode());
    if (!Scalar) {
      Io.setError(Field + " must be one of " + Allowed);
      return;
    }
    llvm::SmallString<32> Storage;
    llvm::StringRef Text = Scalar->getValue(Storage);
    Io.setError("unknown " + Field + " '" + Text + "'; expected one of " +
                Allowed + didYouMean(Text, Names));
  }

private:
  llvm::yaml::IO &Io;
  T &Val;
  llvm::StringRef Field;
  llvm::SmallVector<llvm::StringRef, 8> Names;
};

/// The context the loader gives llvm::yaml::Input when it reads an entry
/// again with some of its keys blanked out, to find the entry's further
/// errors after the first (FileReader in AnnotationDatabase.cpp).
struct BlankedKeys {
  std::vector<std::string> Keys;
};

/// Maps a required key of an entry: IO::mapRequired, except that a key the
/// loader blanked out is not reported missing.
template <typename T>
void mapRequiredKey(llvm::yaml::IO &Io, const char *Key, T &Val) {
  if (!Io.outputting())
    if (const auto *Blanked = static_cast<const BlankedKeys *>(Io.getContext());
        Blanked && llvm::is_contained(Blanked->Keys, Key)) {
      Io.mapOptional(Key, Val);
      return;
    }
  Io.mapRequired(Key, Val);
}

} // namespace asynctidy::yaml

namespace llvm::yaml {

template <> struct ScalarEnumerationTraits<asynctidy::EntryKind> {
  static void enumeration(IO &Io, asynctidy::EntryKind &K) {
    using asynctidy::EntryKind;
    asynctidy::yaml::EnumField<EntryKind>(Io, K, "kind")(
        "function", EntryKind::Function)("c-function", EntryKind::CFunction)(
        "method", EntryKind::Method)("constructor", EntryKind::Constructor)(
        "destructor", EntryKind::Destructor);
  }
};

template <> struct ScalarEnumerationTraits<asynctidy::Effect> {
  static void enumeration(IO &Io, asynctidy::Effect &E) {
    using asynctidy::Effect;
    asynctidy::yaml::EnumField<Effect>(Io, E, "effect")(
        "blocking", Effect::Blocking)("non-blocking", Effect::NonBlocking)(
        "offload", Effect::Offload)("executor-switch", Effect::ExecutorSwitch)(
        "callback", Effect::Callback);
  }
};

template <> struct ScalarEnumerationTraits<asynctidy::TypeRole> {
  static void enumeration(IO &Io, asynctidy::TypeRole &R) {
    using asynctidy::TypeRole;
    asynctidy::yaml::EnumField<TypeRole>(Io, R, "role")(
        "lock-guard", TypeRole::LockGuard)("mutex", TypeRole::Mutex)(
        "async-mutex", TypeRole::AsyncMutex)(
        "unbounded-channel", TypeRole::UnboundedChannel)(
        "bounded-channel", TypeRole::BoundedChannel);
  }
};

template <> struct MappingTraits<asynctidy::yaml::RawTypeEntry> {
  static void mapping(IO &Io, asynctidy::yaml::RawTypeEntry &T) {
    asynctidy::yaml::mapRequiredKey(Io, "name", T.Name);
    asynctidy::yaml::mapRequiredKey(Io, "role", T.Role);
    Io.mapOptional("reason", T.Reason, std::string());
    Io.mapOptional("see", T.See, std::string());
    Io.mapOptional("alternative", T.Alternative, std::string());
    Io.mapOptional("framework", T.Framework, std::string());
    Io.mapOptional("acquire-methods", T.AcquireMethods);
    Io.mapOptional("release-methods", T.ReleaseMethods);
    Io.mapOptional("enqueue-methods", T.EnqueueMethods);
    Io.mapOptional("override", T.Override, false);
  }
};

template <> struct MappingTraits<asynctidy::yaml::RawCategory> {
  static void mapping(IO &Io, asynctidy::yaml::RawCategory &C) {
    asynctidy::yaml::mapRequiredKey(Io, "name", C.Name);
    asynctidy::yaml::mapRequiredKey(Io, "description", C.Description);
    Io.mapOptional("enabled", C.Enabled);
    Io.mapOptional("suggestion", C.Suggestion, std::string());
    Io.mapOptional("offloadable", C.Offloadable);
    Io.mapOptional("allowed-in-loop-drivers", C.AllowedInLoopDrivers);
    Io.mapOptional("starts-loop-drivers", C.StartsLoopDrivers);
    Io.mapOptional("unless-function-uses", C.UnlessFunctionUses);
  }
};

template <> struct MappingTraits<asynctidy::yaml::RawArgumentBound> {
  static void mapping(IO &Io, asynctidy::yaml::RawArgumentBound &B) {
    Io.mapRequired("argument", B.Argument);
    Io.mapRequired("value", B.Value);
  }
};

template <> struct MappingTraits<asynctidy::yaml::RawFunctionEntry> {
  static void mapping(IO &Io, asynctidy::yaml::RawFunctionEntry &E) {
    asynctidy::yaml::mapRequiredKey(Io, "name", E.Name);
    asynctidy::yaml::mapRequiredKey(Io, "kind", E.Kind);
    Io.mapOptional("effect", E.TheEffect);
    Io.mapOptional("category", E.Category, std::string());
    Io.mapOptional("reason", E.Reason, std::string());
    Io.mapOptional("see", E.See, std::string());
    Io.mapOptional("async-equivalent", E.AsyncEquivalent, std::string());
    Io.mapOptional("arity", E.Arity);
    Io.mapOptional("params", E.Params);
    Io.mapOptional("receivers", E.Receivers);
    Io.mapOptional("receiver-objects", E.ReceiverObjects);
    Io.mapOptional("receiver-names", E.ReceiverNames);
    Io.mapOptional("initialized-by", E.InitializedBy);
    Io.mapOptional("ready-after", E.ReadyAfter);
    Io.mapOptional("unless-argument-at-most", E.UnlessArgumentAtMost);
    Io.mapOptional("argument", E.Argument);
    Io.mapOptional("override", E.Override, false);
  }
};

template <> struct MappingTraits<asynctidy::yaml::RawFramework> {
  static void mapping(IO &Io, asynctidy::yaml::RawFramework &F) {
    asynctidy::yaml::mapRequiredKey(Io, "name", F.Name);
    asynctidy::yaml::mapRequiredKey(Io, "description", F.Description);
    asynctidy::yaml::mapRequiredKey(Io, "coroutine-types", F.CoroutineTypes);
    Io.mapOptional("scheduler-types", F.SchedulerTypes);
    Io.mapOptional("error-code-types", F.ErrorCodeTypes);
    Io.mapOptional("executor-tag-types", F.ExecutorTagTypes);
    Io.mapOptional("offload", F.Offload, std::string());
  }
};

template <> struct MappingTraits<asynctidy::yaml::RawLibrary> {
  static void mapping(IO &Io, asynctidy::yaml::RawLibrary &L) {
    asynctidy::yaml::mapRequiredKey(Io, "name", L.Name);
    asynctidy::yaml::mapRequiredKey(Io, "description", L.Description);
    Io.mapOptional("namespaces", L.Namespaces);
    Io.mapOptional("headers", L.Headers);
  }
};

template <> struct MappingTraits<asynctidy::yaml::RawFixRequirements> {
  static void mapping(IO &Io, asynctidy::yaml::RawFixRequirements &R) {
    Io.mapOptional("result-unused", R.ResultUnused, false);
    Io.mapOptional("rvalue-argument", R.RvalueArgument);
    Io.mapOptional("chrono-argument", R.ChronoArgument);
    Io.mapOptional("chrono-period", R.ChronoPeriod, std::string());
    Io.mapOptional("chrono-clock", R.ChronoClock, std::string());
  }
};

template <> struct MappingTraits<asynctidy::yaml::RawFix> {
  static void mapping(IO &Io, asynctidy::yaml::RawFix &F) {
    asynctidy::yaml::mapRequiredKey(Io, "function", F.Function);
    asynctidy::yaml::mapRequiredKey(Io, "framework", F.Framework);
    asynctidy::yaml::mapRequiredKey(Io, "replacement", F.Replacement);
    Io.mapOptional("includes", F.Includes);
    Io.mapOptional("requires", F.Requires);
  }
};

template <> struct MappingTraits<asynctidy::yaml::RawAnnotationFile> {
  static void mapping(IO &Io, asynctidy::yaml::RawAnnotationFile &F) {
    Io.mapOptional("version", F.Version);
    asynctidy::yaml::forEachSection(
        [&](const char *Key, auto &Section) { Io.mapOptional(Key, Section); },
        F);
  }
};

} // namespace llvm::yaml

#endif // ASYNC_TIDY_ANNOTATIONS_ANNOTATIONYAML_H
