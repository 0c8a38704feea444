//===--- BlockingCallFinder.h - blocking calls in a coroutine body --------===//
//
// Finds the calls made directly in a coroutine body (not inside nested
// lambdas, local classes or unevaluated operands) whose callee the annotation
// database marks as blocking in an enabled category.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_BLOCKINGCALLFINDER_H
#define ASYNC_TIDY_ANALYSIS_BLOCKINGCALLFINDER_H

#include "Annotations/AnnotationDatabase.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/StringMap.h"
#include <string>
#include <vector>

namespace asynctidy {

/// A function is a coroutine if its body is a CoroutineBodyStmt, i.e. it
/// contains co_await, co_yield or co_return.
bool isCoroutine(const clang::FunctionDecl *FD);

/// A human-readable description of a coroutine for diagnostics:
/// "coroutine 'retry'", "coroutine 'Service::tick'", "coroutine lambda in
/// 'serve'".
std::string describeCoroutine(const clang::FunctionDecl *FD);

/// The name of a callee as diagnostics print it: qualified, with the template
/// arguments of enclosing classes ("std::basic_istream<char>::read") but not of
/// the function itself ("std::this_thread::sleep_for").
std::string calleeDisplayName(const clang::FunctionDecl *FD);

/// One blocking call found in a body.
struct BlockingCall {
  const clang::Expr *Call = nullptr;       ///< CallExpr or CXXConstructExpr.
  const clang::FunctionDecl *Callee = nullptr;
  const FunctionEntry *Entry = nullptr;
  /// Where to report: the call, or for a constructor the constructed variable.
  clang::SourceLocation Loc;
};

/// Finds the direct blocking calls in \p Coroutine's body, in source order.
/// \p EnabledCategories maps category name to on/off.
std::vector<BlockingCall>
findDirectBlockingCalls(const clang::FunctionDecl *Coroutine,
                        const AnnotationDatabase &DB,
                        const llvm::StringMap<bool> &EnabledCategories);

} // namespace asynctidy

#endif // ASYNC_TIDY_ANALYSIS_BLOCKINGCALLFINDER_H
