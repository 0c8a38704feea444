//===--- BlockingCallFinder.h - coroutines and their names ---------------===//
//
// What is a coroutine, and how diagnostics name coroutines and callees. The
// blocking calls themselves are found by BlockingAnalysis.h.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_BLOCKINGCALLFINDER_H
#define ASYNC_TIDY_ANALYSIS_BLOCKINGCALLFINDER_H

#include "Analysis/CallSites.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/Diagnostic.h"
#include <string>
#include <vector>

namespace asynctidy {

/// A function is a coroutine if its body is a CoroutineBodyStmt, i.e. it
/// contains co_await, co_yield or co_return.
bool isCoroutine(const clang::FunctionDecl *FD);

/// A human-readable description of a coroutine for diagnostics:
/// "coroutine 'retry'", "coroutine 'Service::tick'", "coroutine lambda in
/// 'serve'". A lambda in a function whose name a macro made up (a test
/// framework's `DOCTEST_ANON_FUNC_41`) is named by where it is: "coroutine
/// lambda at test_x.cpp:120".
std::string describeCoroutine(const clang::FunctionDecl *FD);

/// The name of a callee as diagnostics print it: qualified, with the template
/// arguments of enclosing classes ("std::basic_istream<char>::read") but not of
/// the function itself ("std::this_thread::sleep_for"). Lambdas are
/// "lambda in serve" or, as for describeCoroutine, "lambda at test_x.cpp:120".
std::string calleeDisplayName(const clang::FunctionDecl *FD);

/// The call operators of the lambdas written anywhere under \p S, nested
/// ones included (what ast_matchers' forEachDescendant(lambdaExpr()) finds),
/// in one walk.
std::vector<const clang::FunctionDecl *>
lambdaCallOperatorsWithin(const clang::Stmt *S);

/// What diagnostics highlight for a call site: the call or construction as
/// written in the file, or just the site's location for an implicit
/// destruction; invalid (nothing to add) for a site in a macro expansion.
clang::CharSourceRange siteRange(const CallSiteRecord &Site,
                                 const clang::ASTContext &Ctx);

/// Adds \p Range, a siteRange(), to \p D if it is valid: an invalid range
/// would make Clang print a macro backtrace for a call in a macro argument.
inline const clang::DiagnosticBuilder &
withSiteRange(const clang::DiagnosticBuilder &D, clang::CharSourceRange Range) {
  if (Range.isValid())
    D << Range;
  return D;
}

} // namespace asynctidy

#endif // ASYNC_TIDY_ANALYSIS_BLOCKINGCALLFINDER_H
