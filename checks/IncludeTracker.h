//===--- IncludeTracker.h - where a fix-it may add an #include -*- C++ -*-===//
//
// Records the files a translation unit includes (in clangd, with the
// preamble's input files), so that a fix-it can tell whether a header is
// already provided, and otherwise inserts `#include <header>` after the
// file's last #include outside an #if block. Both front ends (clang-tidy and
// clangd) give the same edits.
// The async checks' own, small counterpart of clang-tidy's IncludeInserter:
// it answers "is this header anywhere in the TU", which IncludeInserter does
// not.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_INCLUDETRACKER_H
#define ASYNC_TIDY_CHECKS_INCLUDETRACKER_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include <optional>
#include <string>

namespace clang::tidy::async {

class IncludeTracker {
public:
  /// Starts recording the includes \p PP processes.
  void attach(const SourceManager &SM, Preprocessor &PP);

  /// True if a file of the TU has a path ending in "/<Header>".
  bool provides(llvm::StringRef Header) const;

  /// The insertion of `#include <H>` for every header of \p Headers (no
  /// duplicates) that the TU does not provide, into the file \p File;
  /// nullopt if none is missing.
  std::optional<FixItHint> insertion(FileID File,
                                     llvm::ArrayRef<std::string> Headers) const;

private:
  friend class IncludeRecorder;
  const SourceManager *SM = nullptr;
  /// For the files of a precompiled preamble (clangd), whose #include
  /// directives are replayed only for the main file.
  const Preprocessor *PP = nullptr;
  llvm::StringSet<> Paths;
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_CHECKS_INCLUDETRACKER_H
