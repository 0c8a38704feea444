//===--- LockAcrossSuspend.h - thread locks held across co_await ----------===//
//
// Finds thread locks (RAII guards and manual mutex lock() calls) that are
// held at a suspension point of a coroutine: a co_await anywhere in an
// expression, or a co_yield. The analysis is a forward dataflow over the
// coroutine body's clang::CFG (built with implicit destructors and lifetime
// ends): the state at each program point is the set of locks held, joined by
// union, so a lock held on any path into a suspension point is reported.
//
// Locks are recognised from the annotation database's `types:` section
// (roles lock-guard and mutex, with their acquire/release methods), from
// Clang's thread-safety attributes (scoped_lockable guards, capability
// classes with acquire/release functions), and from extra guard type names
// supplied by the caller. Async mutexes (role async-mutex) are never locks
// here: they are taken with co_await and may be held while suspended.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_LOCKACROSSSUSPEND_H
#define ASYNC_TIDY_ANALYSIS_LOCKACROSSSUSPEND_H

#include "Annotations/AnnotationDatabase.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceLocation.h"
#include <string>
#include <vector>

namespace asynctidy {

/// What the caller can configure.
struct LockAnalysisOptions {
  /// Qualified class names treated as lock guards held for their whole
  /// lifetime, in clang-tidy's hasAnyName form: "a::B" matches "a::B" and
  /// "x::a::B"; "::a::B" matches only "a::B".
  std::vector<std::string> ExtraGuardTypes;
  /// A co_await whose operand's class is named here is not a suspension
  /// point for this analysis (same name form).
  std::vector<std::string> AllowedAwaitables;
  /// A co_await whose operand is a call to a function named here is not a
  /// suspension point for this analysis (same name form).
  std::vector<std::string> AllowedCallees;
  /// When the guard holding a lock, or its mutex, is passed into the awaited
  /// expression, assume the awaitable releases the lock while suspended (a
  /// condition variable's `co_await cv.wait(lk)`).
  bool AwaitablesManagePassedLocks = true;
};

/// How a lock was taken.
enum class LockKind {
  Guard,  ///< An RAII guard variable (std::lock_guard g(m)).
  Manual, ///< A lock()/lock_shared() call on a mutex (m.lock()).
};

/// One lock held at one or more suspension points.
struct LockFinding {
  LockKind Kind = LockKind::Guard;
  /// Where the lock is taken: the guard's name in its declaration, or the
  /// acquire call (m.lock(), lk.lock() after an unlock).
  clang::SourceLocation Loc;
  /// The guard variable, for guards (also set when a guard re-locks).
  const clang::VarDecl *Guard = nullptr;
  /// The mutexes as written ("m", "this->mu_", "state.m"); empty if unknown.
  std::vector<std::string> Mutexes;
  /// The class of the guard or mutex ("std::unique_lock"), database name.
  std::string TypeName;
  /// The guard's or mutex's member functions that release it ("unlock");
  /// empty if it can only be released by ending its scope.
  std::vector<std::string> ReleaseMethods;
  /// The first suspension points (co_await, co_yield) reached while the lock
  /// is held, in source order: at most SuspensionPointsKept of them, so that
  /// a finding's size does not grow with the coroutine.
  std::vector<const clang::Stmt *> SuspensionPoints;
  /// How many distinct suspension points are reached while the lock is held.
  unsigned NumSuspensionPoints = 0;
};

/// How many suspension points a LockFinding lists: the check shows the first
/// and either the second or how many more there are (docs/reliability.md).
inline constexpr unsigned SuspensionPointsKept = 2;

/// Analyses the body of \p Coroutine. Findings are sorted by location.
/// Dependent (uninstantiated template) bodies give no findings.
std::vector<LockFinding> findLocksAcrossSuspension(
    const clang::FunctionDecl *Coroutine, const AnnotationDatabase &DB,
    const LockAnalysisOptions &Options);

/// The location a diagnostic names for suspension point \p S: the co_await
/// or co_yield keyword.
clang::SourceLocation suspensionLoc(const clang::Stmt *S);

/// The `async-mutex` types of \p Framework (a `frameworks:` name, matched
/// against the `framework` of the database's `types:`), in load order.
std::vector<const TypeEntry *>
asyncMutexesOfFramework(llvm::StringRef Framework,
                        const AnnotationDatabase &DB);

/// Every `async-mutex` type of the database, one per framework (the first
/// listed), ordered by framework name.
std::vector<const TypeEntry *> asyncMutexSamples(const AnnotationDatabase &DB);

/// Splits a semicolon-separated list of names, trimming blanks and dropping
/// empty items.
std::vector<std::string> splitNameList(llvm::StringRef List);

/// True if qualified name \p Qualified (database form, no leading "::")
/// matches \p Pattern in clang-tidy's hasAnyName form (see
/// LockAnalysisOptions::ExtraGuardTypes).
bool nameMatchesPattern(llvm::StringRef Qualified, llvm::StringRef Pattern);

} // namespace asynctidy

#endif // ASYNC_TIDY_ANALYSIS_LOCKACROSSSUSPEND_H
