//===--- FixTemplates.h - framework detection and fix-it templates --------===//
//
// Turns the database's `frameworks:` and `fixes:` entries into concrete
// rewrites: which framework a coroutine belongs to, and, for a blocking call
// directly in its body, the replacement text of the first fix whose
// placeholders and requirements hold there, or why none does. Pure AST work:
// the checks decide how to emit the result (clang-tidy fix-its, notes).
// The template language is specified in docs/annotations.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_FIXTEMPLATES_H
#define ASYNC_TIDY_ANALYSIS_FIXTEMPLATES_H

#include "Analysis/CallSites.h"
#include "Annotations/AnnotationDatabase.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <string>
#include <vector>

namespace asynctidy {

/// The framework of \p Coroutine: \p Forced if given (the checks'
/// Framework option), else the first framework one of whose coroutine-types
/// is the class (or class template) of its return type.
const FrameworkEntry *frameworkOf(const clang::FunctionDecl *Coroutine,
                                  const AnnotationDatabase &DB,
                                  const FrameworkEntry *Forced = nullptr);

/// A rewrite of one call.
struct PlannedFix {
  const FixEntry *Fix = nullptr;
  clang::CharSourceRange Range; ///< The whole call expression.
  std::string Text;             ///< What replaces it.
};

/// The outcome of trying a function's fixes at one call.
struct FixPlan {
  /// Set when a fix applies.
  std::optional<PlannedFix> Fix;
  /// When the framework has fixes for the function but none applies: why the
  /// first one did not ("the call's value is used").
  std::string WhyNot;
  /// The framework has at least one fix for the function.
  bool HasCandidates = false;
};

/// Tries, in order, the fixes of \p Function in \p Framework for the call
/// \p Call, which lies directly in the body of the coroutine \p Coroutine.
FixPlan planFix(const clang::Expr *Call, const clang::FunctionDecl *Coroutine,
                llvm::StringRef Function, const FrameworkEntry &Framework,
                const AnnotationDatabase &DB, clang::ASTContext &Ctx);

/// The framework's offload text with {call} replaced by \p Call as written;
/// empty if the framework has none.
std::string offloadText(const FrameworkEntry &Framework,
                        const clang::Expr *Call, clang::ASTContext &Ctx);

/// The framework a database entry belongs to: the one declared in the
/// entry's own annotation file (`frameworks:` of asio.yaml for the Asio
/// entries), else the one in whose coroutine types' namespace the entry's
/// name is; null for a library that is no coroutine framework (POSIX, the
/// standard library, libcurl).
const FrameworkEntry *entryFramework(const FunctionEntry &Entry,
                                     const AnnotationDatabase &DB);

/// True if \p Text names a framework other than \p Framework: it contains
/// a qualified name starting with the outermost namespace of one of that
/// framework's coroutine types ("folly::coro::sleep" names folly).
bool namesOtherFramework(llvm::StringRef Text, const FrameworkEntry &Framework,
                         const AnnotationDatabase &DB);

/// What a note suggests for a blocking call with no fix, in a coroutine of
/// a known framework.
struct Advice {
  enum Kind {
    AsyncForm,           ///< The entry's `async-equivalent`.
    OffloadCall,         ///< The framework's offload around the call.
    OffloadConstruction, ///< The framework's offload around a declaration.
    CategorySuggestion,  ///< The category's `suggestion`.
  } TheKind = CategorySuggestion;
  std::string Text;
};

/// The advice for the blocking call \p Site, directly in the body of
/// \p Coroutine of framework \p Framework: the entry's async form if the
/// entry belongs to that framework (or to none, and its text names no other
/// framework), else the framework's offload written around the call or the
/// constructed variable's declaration, else the category's suggestion.
/// Nullopt if there is nothing to say.
std::optional<Advice>
adviseCall(const CallSiteRecord &Site, const clang::FunctionDecl *Coroutine,
           const Category *Cat, const FrameworkEntry &Framework,
           const AnnotationDatabase &DB, clang::ASTContext &Ctx);

} // namespace asynctidy

#endif // ASYNC_TIDY_ANALYSIS_FIXTEMPLATES_H
