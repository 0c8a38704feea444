//===--- AsyncCheckOptions.h - options shared by the async-* checks -------===//
//
// Option names are declared once, here, and used by both Options.get and
// Options.store so that --dump-config always round-trips.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_ASYNCCHECKOPTIONS_H
#define ASYNC_TIDY_CHECKS_ASYNCCHECKOPTIONS_H

#include "Annotations/AnnotationDatabase.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>

namespace clang::tidy::async {

/// Semicolon-separated annotation files added after the built-in database.
/// Relative paths resolve against the directory of the .clang-tidy file that
/// sets the option (the current directory if it came from --config). Read
/// with getLocalOrGlobal, so one global setting serves every async-* check.
inline constexpr llvm::StringLiteral AnnotationFilesOpt = "AnnotationFiles";
/// Comma-separated category switches applied on top of the database defaults:
/// "lock" enables, "-file-io" disables, globs allowed ("-*,sleep").
inline constexpr llvm::StringLiteral CategoriesOpt = "Categories";

/// The coroutine framework whose fixes and suggestions apply ("boost-asio",
/// "folly", ...; see `frameworks:` in docs/annotations.md). Empty: each
/// coroutine's framework is detected from its return type.
inline constexpr llvm::StringLiteral FrameworkOpt = "Framework";

/// The database and enabled categories a check runs with.
struct AnnotationConfig {
  std::shared_ptr<const asynctidy::AnnotationDatabase> DB;
  llvm::StringMap<bool> EnabledCategories;
};

/// Loads the database for \p Check. On any error, reports every problem
/// through configurationDiag (as errors) and returns an empty config: the
/// check then does nothing rather than run on a partial database.
AnnotationConfig loadAnnotationConfig(ClangTidyCheck &Check,
                                      llvm::StringRef CheckName,
                                      llvm::StringRef AnnotationFiles,
                                      llvm::StringRef Categories,
                                      llvm::StringRef MainFile);

/// Resolves the Framework option \p Name into \p Forced (null for ""). An
/// unknown name is a configuration error listing the known frameworks; then
/// returns false.
bool resolveFramework(ClangTidyCheck &Check, llvm::StringRef CheckName,
                      const asynctidy::AnnotationDatabase &DB,
                      llvm::StringRef Name,
                      const asynctidy::FrameworkEntry *&Forced);

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_CHECKS_ASYNCCHECKOPTIONS_H
