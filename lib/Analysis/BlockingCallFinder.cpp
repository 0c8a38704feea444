//===--- BlockingCallFinder.cpp - coroutines and their names -------------===//

#include "Analysis/BlockingCallFinder.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Path.h"

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

/// True if a macro made up \p FD's name (a test framework's
/// `DOCTEST_ANON_FUNC_41`, `TestBody`): the name is in a macro expansion and
/// is not a macro argument the user wrote.
static bool hasMacroMadeName(const FunctionDecl *FD) {
  SourceLocation Loc = FD->getLocation();
  if (!Loc.isMacroID())
    return false;
  const SourceManager &SM = FD->getASTContext().getSourceManager();
  // A name pasted together (Catch2's `dummyFunction ## __COUNTER__`) is
  // spelled in scratch space even when it passed through macro arguments.
  return !SM.isMacroArgExpansion(Loc) ||
         SM.isWrittenInScratchSpace(SM.getSpellingLoc(Loc));
}

namespace {
/// Where a lambda is, for its name: the function around it, or, when a macro
/// made up that function's name, the lambda's file and line.
struct LambdaPlace {
  enum { None, Function, Location } Kind = None;
  std::string Text; ///< "app::serve", or "test_x.cpp:120".
};
} // namespace

static LambdaPlace lambdaPlace(const CXXMethodDecl *MD) {
  LambdaPlace P;
  const FunctionDecl *Outer = enclosingNamedFunction(MD);
  if (!Outer)
    return P;
  if (!hasMacroMadeName(Outer)) {
    P.Kind = LambdaPlace::Function;
    P.Text = calleeDisplayName(Outer);
    return P;
  }
  const SourceManager &SM = MD->getASTContext().getSourceManager();
  PresumedLoc PL =
      SM.getPresumedLoc(SM.getExpansionLoc(MD->getParent()->getLocation()));
  if (PL.isInvalid())
    return P;
  P.Kind = LambdaPlace::Location;
  P.Text = llvm::sys::path::filename(PL.getFilename()).str() + ":" +
           std::to_string(PL.getLine());
  return P;
}

std::string calleeDisplayName(const FunctionDecl *FD) {
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      MD && MD->getParent()->isLambda()) {
    // Quoted as a whole by the diagnostics: 'lambda in serve'.
    LambdaPlace P = lambdaPlace(MD);
    switch (P.Kind) {
    case LambdaPlace::Function:
      return "lambda in " + P.Text;
    case LambdaPlace::Location:
      return "lambda at " + P.Text;
    case LambdaPlace::None:
      break;
    }
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
    LambdaPlace P = lambdaPlace(MD);
    switch (P.Kind) {
    case LambdaPlace::Function:
      return "coroutine lambda in '" + P.Text + "'";
    case LambdaPlace::Location:
      return "coroutine lambda at " + P.Text;
    case LambdaPlace::None:
      break;
    }
    return "coroutine lambda";
  }
  return "coroutine '" + calleeDisplayName(FD) + "'";
}

namespace {
class LambdaCollector : public RecursiveASTVisitor<LambdaCollector> {
public:
  std::vector<const FunctionDecl *> Operators;
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }
  bool VisitLambdaExpr(LambdaExpr *LE) {
    Operators.push_back(LE->getCallOperator());
    return true;
  }
};
} // namespace

std::vector<const FunctionDecl *> lambdaCallOperatorsWithin(const Stmt *S) {
  LambdaCollector C;
  C.TraverseStmt(const_cast<Stmt *>(S));
  return std::move(C.Operators);
}

CharSourceRange siteRange(const CallSiteRecord &Site, const ASTContext &Ctx) {
  // In a macro, Clang's own caret and macro backtrace show the site; a range
  // would add a backtrace for every macro argument.
  if (Site.Loc.isMacroID())
    return CharSourceRange();
  if (Site.E) {
    CharSourceRange R = Lexer::makeFileCharRange(
        CharSourceRange::getTokenRange(Site.E->getSourceRange()),
        Ctx.getSourceManager(), Ctx.getLangOpts());
    if (R.isValid())
      return R;
  }
  return CharSourceRange::getTokenRange(Site.Loc);
}

} // namespace asynctidy
