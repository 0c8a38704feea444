//===--- ColdPaths.cpp - code that runs only before the process dies ------===//

#include "Analysis/ColdPaths.h"

#include "clang/Analysis/CFG.h"
#include "llvm/ADT/BitVector.h"

using namespace clang;

namespace asynctidy {

llvm::DenseSet<const Stmt *> noreturnBoundStatements(const FunctionDecl *FD,
                                                     ASTContext &Ctx) {
  llvm::DenseSet<const Stmt *> Out;
  Stmt *Body = FD->getBody();
  if (!Body || FD->isDependentContext())
    return Out;
  CFG::BuildOptions BO;
  BO.setAllAlwaysAdd(); // Every expression is an element of its block.
  std::unique_ptr<CFG> G = CFG::buildCFG(FD, Body, &Ctx, BO);
  if (!G)
    return Out;
  llvm::BitVector Bound(G->getNumBlockIDs());
  for (const CFGBlock *B : *G)
    if (B->hasNoReturnElement())
      Bound.set(B->getBlockID());
  if (Bound.none())
    return Out;
  const CFGBlock *Exit = &G->getExit();
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const CFGBlock *B : *G) {
      if (B == Exit || Bound.test(B->getBlockID()))
        continue;
      bool Any = false, All = true;
      for (const CFGBlock::AdjacentBlock &S : B->succs()) {
        const CFGBlock *SB = S.getReachableBlock();
        if (!SB)
          continue; // A branch the CFG knows is never taken.
        Any = true;
        All &= Bound.test(SB->getBlockID());
      }
      if (Any && All) {
        Bound.set(B->getBlockID());
        Changed = true;
      }
    }
  }
  for (const CFGBlock *B : *G) {
    if (!Bound.test(B->getBlockID()))
      continue;
    for (const CFGElement &E : *B)
      if (std::optional<CFGStmt> S = E.getAs<CFGStmt>())
        Out.insert(S->getStmt());
  }
  return Out;
}

} // namespace asynctidy
