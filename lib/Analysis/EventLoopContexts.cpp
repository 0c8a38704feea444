//===--- EventLoopContexts.cpp - callbacks and loop drivers ---------------===//

#include "Analysis/EventLoopContexts.h"
#include "Analysis/AnnotationMatcher.h"
#include "Analysis/BlockingCallFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace asynctidy {

static bool isLoopDriverBridge(const AnnotationDatabase &DB,
                               const FunctionEntry *E) {
  if (!E || E->TheEffect != Effect::Blocking)
    return false;
  const Category *C = DB.findCategory(E->Category);
  return C && C->StartsLoopDrivers;
}

std::optional<StatementMatcher>
callbackRegistrationMatcher(const AnnotationDatabase &DB) {
  std::vector<StringRef> Names;
  for (const FunctionEntry &E : DB.entries())
    if (E.TheEffect == Effect::Callback)
      Names.push_back(E.MemberName);
  if (Names.empty())
    return std::nullopt;
  return callExpr(unless(isExpansionInSystemHeader()),
                  callee(functionDecl(hasAnyName(Names))))
      .bind("registration");
}

/// The function a callable argument denotes: a function, or a lambda's call
/// operator.
static const FunctionDecl *callableOf(const Expr *Arg) {
  Arg = Arg->IgnoreImplicit()->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(Arg);
      UO && UO->getOpcode() == UO_AddrOf)
    Arg = UO->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Arg))
    if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl()))
      return FD->getDefinition();
  if (const auto *LE = dyn_cast<LambdaExpr>(Arg))
    return LE->getCallOperator();
  return nullptr;
}

const FunctionDecl *registeredCallback(const CallExpr *Registration,
                                       const AnnotationDatabase &DB) {
  const FunctionEntry *E = matchCall(DB, describeCall(Registration));
  if (!E || E->TheEffect != Effect::Callback || !E->Argument ||
      *E->Argument >= Registration->getNumArgs())
    return nullptr;
  const FunctionDecl *CB = callableOf(Registration->getArg(*E->Argument));
  if (!CB || !CB->hasBody() || isCoroutine(CB))
    return nullptr;
  return CB;
}

std::optional<StatementMatcher>
loopDriverMatcher(const AnnotationDatabase &DB) {
  if (llvm::none_of(DB.categories(), [](const Category &C) {
        return C.AllowedInLoopDrivers;
      }))
    return std::nullopt;
  std::vector<StringRef> Names;
  for (const FunctionEntry &E : DB.entries())
    if (isLoopDriverBridge(DB, &E))
      Names.push_back(AnnotationDatabase::simpleName(E.Name));
  if (Names.empty())
    return std::nullopt;
  return callExpr(unless(isExpansionInSystemHeader()),
                  callee(functionDecl(hasAnyName(Names))))
      .bind("bridge");
}

bool startsLoopDrivers(const CallExpr *Bridge, const AnnotationDatabase &DB) {
  return isLoopDriverBridge(DB, matchCall(DB, describeCall(Bridge)));
}

bool allowedInLoopDrivers(const AnnotationDatabase &DB, StringRef Category) {
  const asynctidy::Category *C = DB.findCategory(Category);
  return C && C->AllowedInLoopDrivers;
}

} // namespace asynctidy
