//===--- ChainNotes.h - shared pieces of the call-graph checks -*- C++ -*-===//
//
// The async-* checks that walk the call graph (async-blocking-call,
// async-opaque-call, async-unbounded-channel) select the same async contexts
// and print chains the same way: one "frame #N" note per call, in the shape
// of misc-no-recursion.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_CHAINNOTES_H
#define ASYNC_TIDY_CHECKS_CHAINNOTES_H

#include "Analysis/BlockingAnalysis.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang::tidy::async {

/// An async context, as asynctidy::asyncContextKind decides; templates are
/// analysed in their instantiations only.
AST_MATCHER_P(FunctionDecl, isAsyncContext, bool, CheckSyncGenerators) {
  if (Node.isTemplated())
    return false;
  return asynctidy::asyncContextKind(&Node, CheckSyncGenerators).has_value();
}

/// Function definitions outside system headers (whose diagnostics clang-tidy
/// drops anyway) that are async contexts, bound to "root".
inline ast_matchers::DeclarationMatcher
asyncContextRoots(bool CheckSyncGenerators) {
  using namespace ast_matchers;
  return functionDecl(isDefinition(), unless(isExpansionInSystemHeader()),
                      isAsyncContext(CheckSyncGenerators))
      .bind("root");
}

/// Reports a MaxDepth of 0 as a configuration error of \p CheckName.
/// Returns whether the value is usable.
bool checkMaxDepth(ClangTidyCheck &Check, llvm::StringRef CheckName,
                   llvm::StringRef OptionName, unsigned MaxDepth);

/// Emits "frame #N: 'Caller' calls 'Callee' here" for every frame of \p Chain
/// but the last, whose note is "frame #N: 'Caller' <LeafText(frame)> here".
void emitFrameNotes(
    ClangTidyCheck &Check, llvm::ArrayRef<asynctidy::ChainFrame> Chain,
    llvm::function_ref<std::string(const asynctidy::ChainFrame &)> LeafText);

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_CHECKS_CHAINNOTES_H
