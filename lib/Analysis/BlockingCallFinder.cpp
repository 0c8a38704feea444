//===--- BlockingCallFinder.cpp - blocking calls in a coroutine body ------===//

#include "Analysis/BlockingCallFinder.h"
#include "Analysis/AnnotationMatcher.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace asynctidy {

bool isCoroutine(const FunctionDecl *FD) {
  return FD && FD->getBody() && isa<CoroutineBodyStmt>(FD->getBody());
}

std::string calleeDisplayName(const FunctionDecl *FD) {
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
    // Name the nearest named function that contains the lambda.
    const DeclContext *DC = MD->getParent()->getDeclContext();
    while (DC && !isa<FunctionDecl>(DC) && !DC->isFileContext())
      DC = DC->getParent();
    if (const auto *Outer = dyn_cast_or_null<FunctionDecl>(DC)) {
      if (const auto *OM = dyn_cast<CXXMethodDecl>(Outer);
          !(OM && OM->getParent()->isLambda()))
        return "coroutine lambda in '" + calleeDisplayName(Outer) + "'";
    }
    return "coroutine lambda";
  }
  return "coroutine '" + calleeDisplayName(FD) + "'";
}

namespace {

/// Walks one body. Only code that runs as part of the body's own execution is
/// visited: nested lambdas, blocks and local classes run elsewhere (their
/// bodies are visited as their own functions when they are coroutines), and
/// unevaluated operands never run.
class DirectCallVisitor : public RecursiveASTVisitor<DirectCallVisitor> {
public:
  DirectCallVisitor(const AnnotationDatabase &DB,
                    const llvm::StringMap<bool> &Enabled, ASTContext &Ctx)
      : DB(DB), Enabled(Enabled), Ctx(Ctx) {}

  std::vector<BlockingCall> Found;

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }

  bool TraverseLambdaExpr(LambdaExpr *LE) {
    // Init-captures run in the enclosing function; the body does not.
    for (Expr *Init : LE->capture_inits())
      if (Init)
        TraverseStmt(Init);
    return true;
  }
  bool TraverseBlockExpr(BlockExpr *) { return true; }
  bool TraverseDecl(Decl *D) {
    if (isa_and_nonnull<FunctionDecl, RecordDecl, BlockDecl,
                        FunctionTemplateDecl, ClassTemplateDecl>(D))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }
  // Unevaluated operands.
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) {
    return true;
  }
  bool TraverseCXXNoexceptExpr(CXXNoexceptExpr *) { return true; }
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc, bool = false) { return true; }
  bool TraverseRequiresExpr(RequiresExpr *) { return true; }
  bool TraverseCXXTypeidExpr(CXXTypeidExpr *E) {
    if (E->isPotentiallyEvaluated())
      return RecursiveASTVisitor::TraverseCXXTypeidExpr(E);
    return true;
  }
  bool TraverseGenericSelectionExpr(GenericSelectionExpr *E) {
    return TraverseStmt(E->getResultExpr());
  }

  bool VisitCallExpr(CallExpr *CE) {
    if (const FunctionEntry *Entry = blockingEntry(CE))
      Found.push_back({CE, describeCall(CE).Callee, Entry, CE->getExprLoc()});
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    if (const FunctionEntry *Entry = blockingEntry(CE))
      Found.push_back({CE, CE->getConstructor(), Entry, constructLoc(CE)});
    return true;
  }

private:
  const AnnotationDatabase &DB;
  const llvm::StringMap<bool> &Enabled;
  ASTContext &Ctx;

  /// A constructor is reported at the object it constructs. (Only called for
  /// blocking constructors: the first call builds the TU's parent map.)
  SourceLocation constructLoc(const CXXConstructExpr *CE) {
    for (const DynTypedNode &P : Ctx.getParents(*CE)) {
      if (const auto *VD = P.get<VarDecl>())
        if (VD->getInit() &&
            VD->getInit()->IgnoreImplicit() == CE->IgnoreImplicit())
          return VD->getLocation();
    }
    return CE->getBeginLoc();
  }

  /// The entry that makes \p E a reportable blocking call, if any.
  const FunctionEntry *blockingEntry(const Expr *E) {
    CallSite CS = describeCall(E);
    if (!CS.Callee)
      return nullptr;
    const FunctionEntry *Entry = matchCall(DB, CS);
    if (!Entry || Entry->TheEffect != Effect::Blocking)
      return nullptr;
    auto It = Enabled.find(Entry->Category);
    if (It == Enabled.end() || !It->second)
      return nullptr;
    return Entry;
  }
};

} // namespace

std::vector<BlockingCall>
findDirectBlockingCalls(const FunctionDecl *Coroutine,
                        const AnnotationDatabase &DB,
                        const llvm::StringMap<bool> &EnabledCategories) {
  if (!isCoroutine(Coroutine))
    return {};
  const auto *Body = cast<CoroutineBodyStmt>(Coroutine->getBody());
  DirectCallVisitor V(DB, EnabledCategories, Coroutine->getASTContext());
  // The user-written body only: the promise, initial/final suspend and the
  // return object are compiler machinery.
  V.TraverseStmt(Body->getBody());
  // Member initialisers of a constructor cannot be in a coroutine (a
  // constructor cannot be a coroutine), so the body is everything.
  return std::move(V.Found);
}

} // namespace asynctidy
