//===--- ReportsFuzzer.cpp - fuzz async-tidy-sarif's input readers --------===//
//
// Built twice: as fuzz-export-fixes (clang-tidy --export-fixes YAML) and,
// with FUZZ_BASELINE defined, as fuzz-baseline (baseline JSON). The input is
// given to the reader as the tool gives a file's contents.
//
//===----------------------------------------------------------------------===//

#include "SarifReports.h"

#include "llvm/Support/MemoryBuffer.h"
#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

using namespace asynctidy::sarif;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  // Null-terminated, as MemoryBuffer::getOpenFile gives files.
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  auto Ignore = [](const std::string &) {};
#ifdef FUZZ_BASELINE
  // Differential: the entry-at-a-time reader agrees with json::parse.
  llvm::MemoryBufferRef Buffer(Text, "fuzz.json");
  auto Counts = parseBaseline(Buffer, Ignore);
  auto Whole = parseBaseline(Buffer, Ignore, /*Streaming=*/false);
  if (bool(Counts) != bool(Whole) || (Counts && *Counts != *Whole))
    __builtin_trap();
  if (!Counts)
    llvm::consumeError(Counts.takeError());
  if (!Whole)
    llvm::consumeError(Whole.takeError());
#else
  // Differential: the streaming reader (which falls back to the whole-
  // document one where it gives up) must agree with yaml::Input.
  std::vector<Finding> Findings, Whole;
  llvm::MemoryBufferRef Buffer(Text, "fuzz.yaml");
  bool Failed = false, WholeFailed = false;
  if (llvm::Error E = parseExportFixes(Buffer, "/fuzz", Findings, Ignore)) {
    llvm::consumeError(std::move(E));
    Failed = true;
  }
  if (llvm::Error E = parseExportFixes(Buffer, "/fuzz", Whole, Ignore,
                                       ExportFixesReader::Whole)) {
    llvm::consumeError(std::move(E));
    WholeFailed = true;
  }
  auto Same = [](const Finding &A, const Finding &B) {
    auto Loc = [](const FileLoc &L) {
      return std::tie(L.Path, L.Offset, L.Length);
    };
    auto NotesSame = [&] {
      if (A.Notes.size() != B.Notes.size())
        return false;
      for (size_t I = 0; I < A.Notes.size(); ++I)
        if (A.Notes[I].Message != B.Notes[I].Message ||
            A.Notes[I].Loc.has_value() != B.Notes[I].Loc.has_value() ||
            (A.Notes[I].Loc && Loc(*A.Notes[I].Loc) != Loc(*B.Notes[I].Loc)))
          return false;
      return true;
    };
    auto FixesSame = [&] {
      if (A.Fixes.size() != B.Fixes.size())
        return false;
      for (size_t I = 0; I < A.Fixes.size(); ++I) {
        const Fix &X = A.Fixes[I], &Y = B.Fixes[I];
        if (X.Description != Y.Description || X.Edits.size() != Y.Edits.size())
          return false;
        for (size_t J = 0; J < X.Edits.size(); ++J)
          if (std::tie(X.Edits[J].Path, X.Edits[J].Offset, X.Edits[J].Length,
                       X.Edits[J].Text) !=
              std::tie(Y.Edits[J].Path, Y.Edits[J].Offset, Y.Edits[J].Length,
                       Y.Edits[J].Text))
            return false;
      }
      return true;
    };
    return A.Check == B.Check && A.Level == B.Level && A.Message == B.Message &&
           Loc(A.Loc) == Loc(B.Loc) && A.Key == B.Key && NotesSame() &&
           FixesSame();
  };
  if (Failed != WholeFailed || Findings.size() != Whole.size())
    __builtin_trap();
  for (size_t I = 0; I < Findings.size(); ++I)
    if (!Same(Findings[I], Whole[I]))
      __builtin_trap();
  sortAndDeduplicate(Findings);
#endif
  return 0;
}
