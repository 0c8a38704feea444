//===--- BlockingCallFinder.cpp - coroutines and their names -------------===//

#include "Analysis/BlockingCallFinder.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace asynctidy {

bool isCoroutine(const FunctionDecl *FD) {
  return FD && FD->getBody() && isa<CoroutineBodyStmt>(FD->getBody());
}

/// The nearest named function around a lambda's call operator, or null.
static const FunctionDecl *enclosingNamedFunction(const CXXMethodDecl *MD) {
  const DeclContext *DC = MD->getParent()->getDeclContext();
  while (DC && !DC->isFileContext()) {
    if (const auto *FD = dyn_cast<FunctionDecl>(DC)) {
      const auto *OM = dyn_cast<CXXMethodDecl>(FD);
      if (!(OM && OM->getParent()->isLambda()))
        return FD;
    }
    DC = DC->getParent();
  }
  return nullptr;
}

std::string calleeDisplayName(const FunctionDecl *FD) {
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      MD && MD->getParent()->isLambda()) {
    if (const FunctionDecl *Outer = enclosingNamedFunction(MD))
      return "lambda in " + calleeDisplayName(Outer);
    return "lambda";
  }
  PrintingPolicy Policy(FD->getASTContext().getLangOpts());
  Policy.SuppressInlineNamespace =
      llvm::to_underlying(PrintingPolicy::SuppressInlineNamespaceMode::All);
  Policy.SuppressUnwrittenScope = true;
  std::string S;
  llvm::raw_string_ostream OS(S);
  FD->printQualifiedName(OS, Policy);
  return S;
}

std::string describeCoroutine(const FunctionDecl *FD) {
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      MD && MD->getParent()->isLambda()) {
    if (const FunctionDecl *Outer = enclosingNamedFunction(MD))
      return "coroutine lambda in '" + calleeDisplayName(Outer) + "'";
    return "coroutine lambda";
  }
  return "coroutine '" + calleeDisplayName(FD) + "'";
}

} // namespace asynctidy
