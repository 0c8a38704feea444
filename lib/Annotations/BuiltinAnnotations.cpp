//===--- BuiltinAnnotations.cpp - the shipped database, embedded ----------===//
//
// annotations/*.yaml are turned into byte arrays at build time
// (cmake/EmbedFiles.cmake), so the default database needs no file on disk.
//
//===----------------------------------------------------------------------===//

#include "Annotations/AnnotationDatabase.h"
#include "Annotations/AnnotationYAML.h"

namespace asynctidy {

llvm::ArrayRef<AnnotationSource> AnnotationDatabase::builtinSources() {
  static const std::vector<AnnotationSource> Sources = [] {
    std::vector<AnnotationSource> S;
#define ASYNC_TIDY_EMBED(NAME, ...)                                            \
  {                                                                            \
    static const char Bytes[] = {__VA_ARGS__};                                 \
    S.push_back({std::string("<builtin>/") + NAME,                             \
                 std::string(Bytes, sizeof(Bytes))});                          \
  }
#include "BuiltinAnnotations.inc"
#undef ASYNC_TIDY_EMBED
    return S;
  }();
  return Sources;
}

namespace yaml {

RawAnnotationFile toRaw(const AnnotationDatabase &DB) {
  RawAnnotationFile F;
  F.Version = AnnotationSchemaVersion;
  for (const Category &C : DB.categories()) {
    RawCategory R;
    R.Name = {C.Name, nullptr};
    R.Description = C.Description;
    R.Enabled = C.Enabled;
    R.Suggestion = C.Suggestion;
    if (!C.Offloadable)
      R.Offloadable = false;
    if (C.AllowedInLoopDrivers)
      R.AllowedInLoopDrivers = true;
    if (C.StartsLoopDrivers)
      R.StartsLoopDrivers = true;
    R.UnlessFunctionUses = C.UnlessFunctionUses;
    F.Categories.push_back(std::move(R));
  }
  for (const FunctionEntry &E : DB.entries()) {
    RawFunctionEntry R;
    R.InitializedBy.clear();
    for (const std::string &I : E.InitializedBy)
      R.InitializedBy.push_back("::" + I);
    R.ReadyAfter = E.ReadyAfter;
    if (E.UnlessArgumentAtMost)
      R.UnlessArgumentAtMost = yaml::RawArgumentBound{
          E.UnlessArgumentAtMost->first, E.UnlessArgumentAtMost->second};
    R.Argument = E.Argument;
    R.Name = {"::" + E.Name, nullptr};
    R.Kind = E.Kind;
    // Defaults are left out, as a person would write the file.
    if (E.TheEffect != Effect::Blocking)
      R.TheEffect = E.TheEffect;
    R.Category = E.Category;
    R.Reason = E.Reason;
    R.See = E.See;
    R.AsyncEquivalent = E.AsyncEquivalent;
    R.Arity = E.Arity;
    if (E.Params)
      R.Params = E.ParamsAsWritten;
    for (const std::string &Rc : E.Receivers)
      R.Receivers.push_back("::" + Rc);
    for (const std::string &O : E.ReceiverObjects)
      R.ReceiverObjects.push_back("::" + O);
    R.ReceiverNames = E.ReceiverNames;
    if (E.TheEffect == Effect::Offload) {
      R.TheEffect.reset(); // The section says it.
      F.Offloads.push_back(std::move(R));
    } else if (E.TheEffect == Effect::Callback) {
      R.TheEffect.reset();
      F.Callbacks.push_back(std::move(R));
    } else {
      F.Functions.push_back(std::move(R));
    }
  }
  for (const TypeEntry &T : DB.types()) {
    RawTypeEntry R;
    R.Name = {"::" + T.Name, nullptr};
    R.Role = T.Role;
    R.Reason = T.Reason;
    R.See = T.See;
    R.Alternative = T.Alternative;
    R.Framework = T.Framework;
    R.AcquireMethods = T.AcquireMethods;
    R.ReleaseMethods = T.ReleaseMethods;
    R.EnqueueMethods = T.EnqueueMethods;
    F.Types.push_back(std::move(R));
  }
  auto Qualify = [](const std::vector<std::string> &Names) {
    std::vector<std::string> Out;
    for (const std::string &N : Names)
      Out.push_back("::" + N);
    return Out;
  };
  for (const FrameworkEntry &Fw : DB.frameworks())
    F.Frameworks.push_back({{Fw.Name, nullptr},
                            Fw.Description,
                            Qualify(Fw.CoroutineTypes),
                            Qualify(Fw.SchedulerTypes),
                            Qualify(Fw.ErrorCodeTypes),
                            Qualify(Fw.ExecutorTagTypes),
                            Fw.Offload});
  for (const LibraryEntry &L : DB.libraries())
    F.Libraries.push_back(
        {{L.Name, nullptr}, L.Description, Qualify(L.Namespaces), L.Headers});
  for (const FixEntry &X : DB.fixes()) {
    RawFix R;
    R.Function = {"::" + X.Function, nullptr};
    R.Framework = X.Framework;
    R.Replacement = X.Replacement;
    R.Includes = X.Includes;
    const FixRequirements &Q = X.Requires;
    const FixRequirements Default;
    if (Q.ResultUnused || Q.RvalueArgument || Q.ChronoArgument) {
      RawFixRequirements RR;
      RR.ResultUnused = Q.ResultUnused;
      RR.RvalueArgument = Q.RvalueArgument;
      RR.ChronoArgument = Q.ChronoArgument;
      if (Q.ChronoArgument && (Q.ChronoPeriodNum != Default.ChronoPeriodNum ||
                               Q.ChronoPeriodDen != Default.ChronoPeriodDen))
        RR.ChronoPeriod = std::to_string(Q.ChronoPeriodNum) + "/" +
                          std::to_string(Q.ChronoPeriodDen);
      if (!Q.ChronoClock.empty())
        RR.ChronoClock = "::" + Q.ChronoClock;
      R.Requires = RR;
    }
    F.Fixes.push_back(std::move(R));
  }
  return F;
}

} // namespace yaml
} // namespace asynctidy
