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
#include <vector>

using namespace asynctidy::sarif;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  // Null-terminated, as MemoryBuffer::getOpenFile gives files.
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  auto Ignore = [](const std::string &) {};
#ifdef FUZZ_BASELINE
  auto Counts = parseBaseline(llvm::MemoryBufferRef(Text, "fuzz.json"), Ignore);
  if (!Counts)
    llvm::consumeError(Counts.takeError());
#else
  std::vector<Finding> Findings;
  if (llvm::Error E = parseExportFixes(llvm::MemoryBufferRef(Text, "fuzz.yaml"),
                                       "/fuzz", Findings, Ignore))
    llvm::consumeError(std::move(E));
  sortAndDeduplicate(Findings);
#endif
  return 0;
}
