//===- Version.h - async-tidy's version for --version -----------*- C++ -*-===//
//
// Every tool's --version prints async-tidy's version (CMake's project
// VERSION) after LLVM's.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_SUPPORT_VERSION_H
#define ASYNC_TIDY_SUPPORT_VERSION_H

#include "AsyncTidyVersion.inc"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

namespace asynctidy {

/// Prints "async-tidy version X.Y.Z".
inline void printVersion(llvm::raw_ostream &OS) {
  OS << "async-tidy version " << ASYNC_TIDY_VERSION_STRING << "\n";
}

/// Adds printVersion to --version (llvm::cl's extra printers run after LLVM's
/// own version text). Call before parsing the command line.
inline void addVersionPrinter() { llvm::cl::AddExtraVersionPrinter(printVersion); }

} // namespace asynctidy

#endif // ASYNC_TIDY_SUPPORT_VERSION_H
