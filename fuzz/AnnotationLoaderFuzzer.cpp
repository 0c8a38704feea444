//===--- AnnotationLoaderFuzzer.cpp - fuzz the annotation database loader -===//
//
// Input: one annotation file, or two separated by a line "---8<---" (so that
// cross-file rules, overrides and conflicts are reached). Everything the
// loader accepts is queried once. Never a crash, a hang or unbounded memory:
// docs/reliability.md.
//
//===----------------------------------------------------------------------===//

#include "Annotations/AnnotationDatabase.h"

#include "llvm/ADT/StringRef.h"
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using namespace asynctidy;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef In(reinterpret_cast<const char *>(Data), Size);
  std::vector<AnnotationSource> Sources;
  constexpr llvm::StringLiteral Separator = "\n---8<---\n";
  auto [First, Second] = In.split(Separator);
  Sources.push_back({"first.yaml", First.str()});
  if (In.contains(Separator))
    Sources.push_back({"second.yaml", Second.str()});
  auto DB = AnnotationDatabase::load(Sources);
  if (!DB) {
    llvm::consumeError(DB.takeError());
    return 0;
  }
  const AnnotationDatabase &D = **DB;
  for (const FunctionEntry &E : D.entries()) {
    (void)D.lookup(AnnotationDatabase::simpleName(E.Name));
    (void)D.entriesNamed(E.Name);
  }
  for (const FixEntry &F : D.fixes())
    (void)D.fixesFor(F.Function, F.Framework);
  for (const TypeEntry &T : D.types())
    (void)D.findType(T.Name);
  for (llvm::StringRef Option : {"*", "-*", "-*,sleep", "lock,-file-io"}) {
    auto Enabled = resolveEnabledCategories(D, Option);
    if (!Enabled)
      llvm::consumeError(Enabled.takeError());
  }
  return 0;
}
