//===--- CallSites.h - the outgoing calls of one function body ------------===//
//
// Collects, in source order, every call a function body makes while it runs:
// calls and operator calls, constructions (and, for a constructor, the
// initialisers of its bases and members), destructions of locals and
// temporaries (and, for a destructor, of its members and bases), and virtual
// calls (with every override visible in the translation unit). Nested lambdas,
// blocks, local classes and unevaluated operands are not part of the body's
// execution and are skipped; a lambda's body is reached when its call operator
// is called.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_CALLSITES_H
#define ASYNC_TIDY_ANALYSIS_CALLSITES_H

#include "Annotations/AnnotationDatabase.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include <vector>

namespace asynctidy {

/// How a call site reaches its callee.
enum class CallKind { Call, Construct, Destruct, Virtual };

/// One outgoing call of a body.
struct CallSiteRecord {
  CallKind Kind = CallKind::Call;
  /// The callee as written (for a virtual call: the statically called method).
  const clang::FunctionDecl *Callee = nullptr;
  /// For virtual calls: the overrides visible in the TU, in declaration order
  /// (the callee itself first if it has a body).
  std::vector<const clang::FunctionDecl *> Targets;
  /// The annotation entry describing the callee, if any.
  const FunctionEntry *Entry = nullptr;
  /// Where the call happens (for a construction: the constructed variable).
  clang::SourceLocation Loc;
  /// The expression, or null for implicit destructions.
  const clang::Expr *E = nullptr;
  /// The call is part of a co_await operand (`co_await resume_on(ex)`).
  bool Awaited = false;
};

/// Maps a virtual method to the methods that override it, transitively.
/// Built once per translation unit, on first use.
class OverrideIndex {
public:
  explicit OverrideIndex(clang::ASTContext &Ctx) : Ctx(Ctx) {}
  llvm::ArrayRef<const clang::CXXMethodDecl *>
  overridersOf(const clang::CXXMethodDecl *MD);

private:
  void build();
  clang::ASTContext &Ctx;
  bool Built = false;
  llvm::DenseMap<const clang::CXXMethodDecl *,
                 std::vector<const clang::CXXMethodDecl *>>
      Overriders;
};

/// The outgoing calls of \p FD's body, in source order.
std::vector<CallSiteRecord> collectCallSites(const clang::FunctionDecl *FD,
                                             const AnnotationDatabase &DB,
                                             OverrideIndex &Overrides);

} // namespace asynctidy

#endif // ASYNC_TIDY_ANALYSIS_CALLSITES_H
