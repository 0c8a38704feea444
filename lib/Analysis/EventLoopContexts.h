//===--- EventLoopContexts.h - callbacks and loop drivers -------*- C++ -*-===//
//
// Two kinds of async context that are not visible from a function's own
// declaration, found from the calls around it, and shared by
// async-blocking-call and async-audit's summaries:
//
// - event-loop callbacks: the callable argument of a call matching a
//   `callbacks:` entry (`loop.post([] { ... })`) runs on the event loop;
// - loop drivers: a coroutine lambda created in the arguments of a call whose
//   category `starts-loop-drivers` (sync_wait) runs on the calling thread, to
//   drive the event loop; categories `allowed-in-loop-drivers` are fine there.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_EVENTLOOPCONTEXTS_H
#define ASYNC_TIDY_ANALYSIS_EVENTLOOPCONTEXTS_H

#include "Annotations/AnnotationDatabase.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include <optional>

namespace asynctidy {

/// Calls that may register an event-loop callback, bound to "registration";
/// none if the database has no `callbacks:` entry.
std::optional<clang::ast_matchers::StatementMatcher>
callbackRegistrationMatcher(const AnnotationDatabase &DB);

/// The function \p Registration (bound by callbackRegistrationMatcher) makes
/// an event-loop callback: a defined function or a lambda's call operator,
/// not a coroutine. Null if the call matches no `callbacks:` entry.
const clang::FunctionDecl *
registeredCallback(const clang::CallExpr *Registration,
                   const AnnotationDatabase &DB);

/// Calls that may be sync bridges, bound to "bridge"; none if no category is
/// allowed in loop drivers. The names are simple ("operator()" for the CPOs),
/// so this matches every call of such a name: look for the lambdas
/// (lambdaCallOperatorsWithin) only under calls startsLoopDrivers accepts (a
/// descendant matcher here would walk under every lambda call, quadratic in
/// nested lambdas).
std::optional<clang::ast_matchers::StatementMatcher>
loopDriverMatcher(const AnnotationDatabase &DB);

/// Whether \p Bridge (bound by loopDriverMatcher) starts loop drivers.
bool startsLoopDrivers(const clang::CallExpr *Bridge,
                       const AnnotationDatabase &DB);

/// Whether a call of \p Category is fine in a loop driver.
bool allowedInLoopDrivers(const AnnotationDatabase &DB,
                          llvm::StringRef Category);

} // namespace asynctidy

#endif // ASYNC_TIDY_ANALYSIS_EVENTLOOPCONTEXTS_H
