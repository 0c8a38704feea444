//===--- ClosedLibraries.h - libraries the walk never enters ----*- C++ -*-===//
//
// A library the annotation database models (`libraries:`), or one the user
// names in the ClosedLibraries option, is closed: the call-graph walk never
// enters its functions. Its database entries are the whole truth about it; a
// function of it without an entry is taken not to block. Membership is by
// namespace (`::asio` owns `asio::detail::socket_ops::close`) or by the file
// that declares the function (a glob such as `*/third_party/*`), wherever the
// headers come from (-I or -isystem).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_CLOSEDLIBRARIES_H
#define ASYNC_TIDY_ANALYSIS_CLOSEDLIBRARIES_H

#include "Annotations/AnnotationDatabase.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/GlobPattern.h"
#include <string>
#include <vector>

namespace asynctidy {

class ClosedLibraries {
public:
  /// The libraries of \p DB plus the items of \p Option, a semicolon-separated
  /// list of namespaces (`::vendor::json`) and file globs (`*/third_party/*`).
  /// An item that is neither a qualified name nor a valid glob is an error.
  static llvm::Expected<ClosedLibraries> create(const AnnotationDatabase &DB,
                                                llvm::StringRef Option);

  /// The closed library owning namespace \p QualifiedNamespace ("asio::detail",
  /// no leading "::"), or an empty name.
  llvm::StringRef ownerOfNamespace(llvm::StringRef QualifiedNamespace) const;
  /// The closed library whose header globs match \p Path, or an empty name.
  llvm::StringRef ownerOfFile(llvm::StringRef Path) const;
  bool hasHeaderGlobs() const { return !Globs.empty(); }

private:
  /// Namespace -> library name ("user option" for the option's items).
  llvm::StringMap<std::string> Namespaces;
  std::vector<std::pair<llvm::GlobPattern, std::string>> Globs;
};

/// Answers "is this function in a closed library?" for one translation unit,
/// remembering the answer per namespace and per file.
class ClosedLibraryIndex {
public:
  ClosedLibraryIndex(const ClosedLibraries *Libs,
                     const clang::SourceManager &SM)
      : Libs(Libs), SM(SM) {}
  /// The name of the closed library \p FD belongs to, or empty.
  llvm::StringRef libraryOf(const clang::FunctionDecl *FD);

private:
  const ClosedLibraries *Libs;
  const clang::SourceManager &SM;
  llvm::DenseMap<const clang::DeclContext *, llvm::StringRef> ByNamespace;
  /// By presumed file name (a preprocessed file has one FileID for all).
  llvm::StringMap<llvm::StringRef> ByFile;
};

} // namespace asynctidy

#endif // ASYNC_TIDY_ANALYSIS_CLOSEDLIBRARIES_H
