//===--- ExtractTU.h - one translation unit to its summary ----------------===//
//
// Runs the compile of one compile-database entry (syntax only) in-process
// and summarises it (Summary/Summary.h), through the cache if there is one.
// Safe to call from several threads at once: each call has its own file
// system view, file manager and diagnostics.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOLS_ASYNC_AUDIT_EXTRACTTU_H
#define ASYNC_TIDY_TOOLS_ASYNC_AUDIT_EXTRACTTU_H

#include "Summary/AuditSetup.h"
#include "Summary/SummaryCache.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <string>

namespace asynctidy {

struct ExtractConfig {
  const AuditSetup *Setup = nullptr;
  /// Added as -resource-dir= unless the command has one.
  std::string ResourceDir;
  const SummaryCache *Cache = nullptr; ///< Null: no cache.
};

struct ExtractResult {
  bool Ok = false;
  bool Cached = false;
  /// The compiler's diagnostics, when the TU did not compile.
  std::string Diagnostics;
  TranslationUnitSummary Summary;
};

ExtractResult extractTranslationUnit(const clang::tooling::CompileCommand &Cmd,
                                     const ExtractConfig &Config);

} // namespace asynctidy

#endif // ASYNC_TIDY_TOOLS_ASYNC_AUDIT_EXTRACTTU_H
