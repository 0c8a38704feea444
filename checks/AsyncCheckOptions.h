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
#include <cstdint>
#include <memory>
#include <optional>
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

/// A boolean option, read as written: `true` or `false` (YAML's `True`,
/// `TRUE`, `False`, `FALSE` too). clang-tidy's own reading takes any integer
/// as true and only warns about other values, then uses the default; here a
/// bad value is a configuration error, reported by validate() when the check
/// registers its matchers (so that --dump-config never fails on it).
class BoolOption {
public:
  /// \p LocalOrGlobal: read with getLocalOrGlobal, so one global setting
  /// serves every check.
  BoolOption(const ClangTidyCheck::OptionsView &Options, llvm::StringRef Name,
             bool Default, bool LocalOrGlobal = false);
  operator bool() const { return Value; }
  /// False, after a configuration error of \p Check (named \p CheckName)
  /// naming the option and what it accepts, if the value is not a boolean.
  bool validate(ClangTidyCheck &Check, llvm::StringRef CheckName) const;
  /// Stores the value (as written when it is invalid).
  void store(const ClangTidyCheck::OptionsView &Options,
             ClangTidyOptions::OptionMap &Opts) const;

private:
  llvm::StringRef Name;
  std::optional<std::string> Text; ///< As written; none if not set.
  bool Value;
};

/// An unsigned integer option from \p Min to \p Max, read as written, with
/// BoolOption's error reporting ("-1", "1e3", "0x10" and "" are errors).
class UnsignedOption {
public:
  UnsignedOption(const ClangTidyCheck::OptionsView &Options,
                 llvm::StringRef Name, unsigned Default, unsigned Min = 0,
                 unsigned Max = UINT32_MAX);
  operator unsigned() const { return Value; }
  bool validate(ClangTidyCheck &Check, llvm::StringRef CheckName) const;
  void store(const ClangTidyCheck::OptionsView &Options,
             ClangTidyOptions::OptionMap &Opts) const;

private:
  llvm::StringRef Name;
  std::optional<std::string> Text;
  unsigned Value, Min, Max;
};

/// Checks that every item of the semicolon-separated option \p Value (named
/// \p Name) is a qualified name: identifiers separated by "::", optionally
/// starting with "::" ("std::lock_guard", "::my::Guard"); the last component
/// may be an operator ("operator co_await"). Reports each bad item as a
/// configuration error; false if there was one.
bool validateNameListOption(ClangTidyCheck &Check, llvm::StringRef CheckName,
                            llvm::StringRef Name, llvm::StringRef Value);

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_CHECKS_ASYNCCHECKOPTIONS_H
