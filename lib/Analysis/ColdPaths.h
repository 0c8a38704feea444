//===--- ColdPaths.h - code that runs only before the process dies -*- C++ -*-===//
//
// A call on a path that always ends in a call to a noreturn function (exit,
// abort, std::terminate, _Exit, quick_exit, any [[noreturn]] function) runs
// only while the process is about to die: it cannot stall an executor that
// has a future. The blocking walk does not follow such calls by default
// (`if (severity == CRITICAL) { dumpCore(); std::exit(1); }` in a logger).
//
// Decided on clang::CFG: a block is bound for a noreturn call if it holds one
// (CFGBlock::hasNoReturnElement) or if every successor is; a least fixpoint,
// so a loop that never exits is not bound for anything.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_COLDPATHS_H
#define ASYNC_TIDY_ANALYSIS_COLDPATHS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseSet.h"

namespace asynctidy {

/// The statements (every expression included) of \p FD's body that execute
/// only on paths bound for a noreturn call. Empty if the CFG cannot be built.
llvm::DenseSet<const clang::Stmt *>
noreturnBoundStatements(const clang::FunctionDecl *FD,
                        clang::ASTContext &Ctx);

} // namespace asynctidy

#endif // ASYNC_TIDY_ANALYSIS_COLDPATHS_H
