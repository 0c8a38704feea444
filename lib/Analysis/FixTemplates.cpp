//===--- FixTemplates.cpp - framework detection and fix-it templates ------===//

#include "Analysis/FixTemplates.h"
#include "Analysis/AnnotationMatcher.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprConcepts.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/IdentifierTable.h"
#include "clang/Lex/Lexer.h"
#include "clang/Tooling/Transformer/SourceCodeBuilders.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace asynctidy {

/// The class a type names, through references and sugar.
static const CXXRecordDecl *classOf(QualType T) {
  return T.isNull() ? nullptr : recordOfType(T, /*ThroughPointer=*/false);
}

/// The file range of \p E as written, invalid if it has none (a macro
/// argument split across expansions).
static CharSourceRange writtenRange(const Expr *E, const SourceManager &SM,
                                    const LangOptions &LO) {
  return Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM, LO);
}

/// \p E as written in the file, or nullopt if it has no file text.
static std::optional<std::string> writtenText(const Expr *E,
                                              const SourceManager &SM,
                                              const LangOptions &LO) {
  CharSourceRange R = writtenRange(E, SM, LO);
  bool Invalid = R.isInvalid();
  StringRef T = Invalid ? StringRef() : Lexer::getSourceText(R, SM, LO, &Invalid);
  if (Invalid)
    return std::nullopt;
  return T.str();
}

const FrameworkEntry *frameworkOf(const FunctionDecl *Coroutine,
                                  const AnnotationDatabase &DB,
                                  const FrameworkEntry *Forced) {
  if (Forced)
    return Forced;
  if (!Coroutine)
    return nullptr;
  const CXXRecordDecl *RD = classOf(Coroutine->getReturnType());
  if (!RD)
    return nullptr;
  const std::string Name = databaseName(RD);
  for (const FrameworkEntry &F : DB.frameworks())
    if (llvm::is_contained(F.CoroutineTypes, Name))
      return &F;
  return nullptr;
}

namespace {

/// The path from \p Root down to \p Target (both included); false if
/// \p Target is not below \p Root. Iterative: deep expressions must not
/// exhaust the stack.
bool findPath(const Stmt *Root, const Stmt *Target,
              SmallVectorImpl<const Stmt *> &Path) {
  struct Frame {
    const Stmt *S;
    Stmt::const_child_iterator Next, End;
  };
  SmallVector<Frame, 32> Stack;
  auto Push = [&](const Stmt *S) {
    Stack.push_back({S, S->child_begin(), S->child_end()});
  };
  if (!Root)
    return false;
  Push(Root);
  while (!Stack.empty()) {
    Frame &F = Stack.back();
    if (F.S == Target) {
      for (const Frame &P : Stack)
        Path.push_back(P.S);
      return true;
    }
    if (F.Next == F.End) {
      Stack.pop_back();
      continue;
    }
    const Stmt *Child = *F.Next++;
    if (Child)
      Push(Child);
  }
  return false;
}

/// Implicit nodes between an expression as written and its use.
bool isImplicitWrapper(const Stmt *S) {
  return isa<ImplicitCastExpr, ExprWithCleanups, CXXBindTemporaryExpr,
             MaterializeTemporaryExpr, ConstantExpr>(S);
}

/// The expression as written: through implicit conversions, temporaries and
/// implicit copy/move or converting constructions.
const Expr *asWritten(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreImplicit();
    if (const auto *CE = dyn_cast<CXXConstructExpr>(Next);
        CE && !isa<CXXTemporaryObjectExpr>(CE) && CE->getNumArgs() == 1 &&
        CE->getParenOrBraceRange().isInvalid())
      Next = CE->getArg(0);
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

/// True for an overloaded postfix operator: `a(...)`, `a[...]`, `a->`,
/// `a++`, `a--`.
bool isPostfixOperator(const CXXOperatorCallExpr *Op) {
  OverloadedOperatorKind K = Op->getOperator();
  return K == OO_Call || K == OO_Subscript || K == OO_Arrow ||
         ((K == OO_PlusPlus || K == OO_MinusMinus) && Op->getNumArgs() == 2);
}

/// True if \p E, as written, can be the operand of a unary or postfix
/// operator without parentheses.
bool isPostfixOrPrimary(const Expr *E) {
  E = asWritten(E);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    return isPostfixOperator(Op);
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    return UO->isPostfix();
  return isa<DeclRefExpr, MemberExpr, CallExpr, ParenExpr, IntegerLiteral,
             FloatingLiteral, StringLiteral, CharacterLiteral,
             CXXBoolLiteralExpr, CXXNullPtrLiteralExpr, ArraySubscriptExpr,
             CXXTemporaryObjectExpr, CXXFunctionalCastExpr, CXXNamedCastExpr,
             CXXThisExpr, LambdaExpr, CXXScalarValueInitExpr,
             CXXUnresolvedConstructExpr, CXXDependentScopeMemberExpr,
             UnresolvedLookupExpr, UnresolvedMemberExpr,
             DependentScopeDeclRefExpr>(E);
}

/// A call broken into the parts the placeholders name.
struct CallParts {
  /// For member calls: the object expression as the member access has it
  /// (an implicit `this`, a smart pointer's `operator->()` call).
  const Expr *Base = nullptr;
  const Expr *Object = nullptr; ///< Null for free functions, implicit this.
  /// For member calls: the method called.
  const CXXMethodDecl *Method = nullptr;
  bool Arrow = false;
  bool IsMember = false;
  std::vector<const Expr *> Args; ///< Explicit arguments, no defaults.
  const Expr *ErrorCode = nullptr; ///< Split off the end of Args.
};

/// A non-const reference to one of the framework's error_code types.
bool isErrorCodeRef(QualType T, const FrameworkEntry &Fw) {
  if (!T->isLValueReferenceType() || T.getNonReferenceType().isConstQualified())
    return false;
  const CXXRecordDecl *RD = classOf(T);
  return RD && llvm::is_contained(Fw.ErrorCodeTypes, databaseName(RD));
}

std::optional<CallParts> splitCall(const Expr *E, const FrameworkEntry &Fw) {
  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call)
    return std::nullopt;
  CallParts P;
  unsigned First = 0;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
    P.IsMember = true;
    P.Method = MC->getMethodDecl();
    if (const auto *ME =
            dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens())) {
      P.Arrow = ME->isArrow();
      P.Base = ME->getBase();
      if (!ME->isImplicitAccess())
        P.Object = ME->getBase();
    }
  } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Call)) {
    // `fn(x)` on a function object, `a.operator>>(b)`: argument 0 is the
    // object. Only calls through operator() read like function calls.
    if (OC->getOperator() != OO_Call)
      return std::nullopt;
    First = 1;
  }
  const FunctionDecl *Callee = Call->getDirectCallee();
  for (unsigned I = First; I < Call->getNumArgs(); ++I) {
    if (isa<CXXDefaultArgExpr>(Call->getArg(I)))
      break;
    P.Args.push_back(Call->getArg(I));
  }
  if (!P.Args.empty() && Callee) {
    unsigned ParamIndex = First + P.Args.size() - 1;
    // operator() as a member: its parameters do not include the object.
    if (First == 1 && isa<CXXMethodDecl>(Callee) &&
        !cast<CXXMethodDecl>(Callee)->isExplicitObjectMemberFunction())
      ParamIndex -= 1;
    if (ParamIndex < Callee->getNumParams() &&
        isErrorCodeRef(Callee->getParamDecl(ParamIndex)->getType(), Fw)) {
      P.ErrorCode = P.Args.back();
      P.Args.pop_back();
    }
  }
  return P;
}

/// std::chrono::duration<Rep, std::ratio<N, D>>: integral Rep and N/D.
bool chronoDuration(QualType T, int64_t &Num, int64_t &Den) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      classOf(T));
  if (!Spec || databaseName(Spec) != "std::chrono::duration")
    return false;
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Args.size() < 2 || Args[0].getKind() != TemplateArgument::Type ||
      Args[1].getKind() != TemplateArgument::Type)
    return false;
  QualType Rep = Args[0].getAsType().getCanonicalType();
  if (!Rep->isIntegerType() || Rep->isBooleanType())
    return false;
  const auto *Ratio = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      classOf(Args[1].getAsType()));
  if (!Ratio || databaseName(Ratio) != "std::ratio")
    return false;
  const TemplateArgumentList &R = Ratio->getTemplateArgs();
  if (R.size() < 2 || R[0].getKind() != TemplateArgument::Integral ||
      R[1].getKind() != TemplateArgument::Integral)
    return false;
  Num = R[0].getAsIntegral().getExtValue();
  Den = R[1].getAsIntegral().getExtValue();
  return Num > 0 && Den > 0;
}

/// Why \p Arg does not convert exactly to the replacement's chrono type, or
/// "" if it does.
std::string chronoProblem(const Expr *Arg, const FixRequirements &Q) {
  QualType T = asWritten(Arg)->getType();
  if (!Q.ChronoClock.empty()) {
    const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
        classOf(T));
    if (!Spec || databaseName(Spec) != "std::chrono::time_point" ||
        Spec->getTemplateArgs().size() < 2 ||
        Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
      return "the argument is not a std::chrono::time_point";
    const CXXRecordDecl *Clock =
        classOf(Spec->getTemplateArgs()[0].getAsType());
    if (!Clock || databaseName(Clock) != Q.ChronoClock)
      return "the time point is not of '" + Q.ChronoClock + "'";
    if (Spec->getTemplateArgs()[1].getKind() != TemplateArgument::Type)
      return "the time point's duration is unknown";
    T = Spec->getTemplateArgs()[1].getAsType();
  }
  int64_t Num = 0, Den = 0;
  if (!chronoDuration(T, Num, Den))
    return "the duration is not a std::chrono::duration with an integral "
           "count";
  // Num/Den must be a whole multiple of PNum/PDen: Num*PDen % (Den*PNum).
  __int128 A = static_cast<__int128>(Num) * Q.ChronoPeriodDen;
  __int128 B = static_cast<__int128>(Den) * Q.ChronoPeriodNum;
  if (B == 0 || A % B != 0)
    return "the duration's period (" + std::to_string(Num) + "/" +
           std::to_string(Den) + " s) is not a whole multiple of " +
           std::to_string(Q.ChronoPeriodNum) + "/" +
           std::to_string(Q.ChronoPeriodDen) + " s";
  return "";
}

/// True if the value of the call at the end of \p Path is discarded.
bool resultUnused(ArrayRef<const Stmt *> Path) {
  size_t I = Path.size() - 1;
  while (I > 0 && (isImplicitWrapper(Path[I - 1]) ||
                   isa<ParenExpr>(Path[I - 1])))
    --I;
  if (I == 0)
    return true;
  const Stmt *Child = Path[I], *Parent = Path[I - 1];
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Parent))
    return Cast->getTypeAsWritten()->isVoidType();
  if (const auto *BO = dyn_cast<BinaryOperator>(Parent))
    return BO->getOpcode() == BO_Comma && BO->getLHS() == Child;
  if (isa<Expr>(Parent))
    return false;
  if (isa<CompoundStmt, LabelStmt, AttributedStmt, DefaultStmt>(Parent))
    return true;
  if (const auto *CS = dyn_cast<CaseStmt>(Parent))
    return CS->getSubStmt() == Child;
  if (const auto *If = dyn_cast<IfStmt>(Parent))
    return If->getThen() == Child || If->getElse() == Child;
  if (const auto *W = dyn_cast<WhileStmt>(Parent))
    return W->getBody() == Child;
  if (const auto *D = dyn_cast<DoStmt>(Parent))
    return D->getBody() == Child;
  if (const auto *F = dyn_cast<ForStmt>(Parent))
    return F->getBody() == Child || F->getInc() == Child ||
           F->getInit() == Child;
  if (const auto *R = dyn_cast<CXXForRangeStmt>(Parent))
    return R->getBody() == Child;
  return false;
}

/// True if the call at the end of \p Path is the operand of a postfix
/// expression, so that a replacement starting with co_await needs
/// parentheses.
bool isPostfixOperand(ArrayRef<const Stmt *> Path) {
  size_t I = Path.size() - 1;
  while (I > 0 && isImplicitWrapper(Path[I - 1]))
    --I;
  if (I == 0)
    return false;
  const Stmt *Child = Path[I], *Parent = Path[I - 1];
  if (const auto *ME = dyn_cast<MemberExpr>(Parent))
    return ME->getBase() == Child;
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(Parent))
    return AS->getBase() == Child;
  if (const auto *UO = dyn_cast<UnaryOperator>(Parent))
    return UO->isPostfix();
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Parent))
    return OC->getNumArgs() > 0 && OC->getArg(0) == Child &&
           isPostfixOperator(OC);
  if (const auto *CE = dyn_cast<CallExpr>(Parent))
    return CE->getCallee() == Child;
  return false;
}

/// Why co_await cannot stand at the end of \p Path, or "".
std::string suspensionContextProblem(ArrayRef<const Stmt *> Path) {
  for (const Stmt *S : Path) {
    if (isa<CXXCatchStmt>(S))
      return "co_await is not allowed in a catch handler";
    if (isa<UnaryExprOrTypeTraitExpr, CXXNoexceptExpr, CXXTypeidExpr,
            RequiresExpr>(S))
      return "the call is not evaluated";
    if (isa<LambdaExpr, BlockExpr>(S))
      return "the call is in a nested function";
    if (const auto *DS = dyn_cast<DeclStmt>(S))
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D);
            VD && (VD->isStaticLocal() || VD->getTLSKind() != VarDecl::TLS_None))
          return "co_await is not allowed in the initializer of a static or "
                 "thread_local variable";
  }
  return "";
}

/// The outermost namespace of a qualified name: "folly" for
/// "folly::coro::Task"; empty for a name in the global namespace.
StringRef outermostNamespace(StringRef Qualified) {
  auto [Outer, Rest] = Qualified.split("::");
  return Rest.empty() ? StringRef() : Outer;
}

/// A function a replacement calls by name.
struct NamedCall {
  std::string Name; ///< As written, without a leading "::".
  /// Called as `{receiver}name(...)`: a member of the call's object.
  bool OnReceiver = false;
};

/// The functions \p Template calls by name: `ns::f(` and `f(` (free or
/// qualified) and `{receiver}f(` (a member of the call's object). Members
/// called on other objects (`x.f(`, `).f(`) are not listed: their class is
/// not known from the text.
std::vector<NamedCall> namedCalls(StringRef Template, const ASTContext &Ctx) {
  const LangOptions &LO = Ctx.getLangOpts();
  std::vector<Token> Toks;
  Lexer L(SourceLocation(), LO, Template.begin(), Template.begin(),
          Template.end());
  Token T;
  while (!L.LexFromRawLexer(T))
    Toks.push_back(T);
  if (T.isNot(tok::eof))
    Toks.push_back(T);
  // The AST's table already holds every keyword; a name it lacks is not
  // one. find() leaves the table as it is.
  auto IsName = [&](size_t I) {
    if (I >= Toks.size() || Toks[I].isNot(tok::raw_identifier))
      return false;
    auto It = Ctx.Idents.find(Toks[I].getRawIdentifier());
    return It == Ctx.Idents.end() || !It->second->isKeyword(LO);
  };
  std::vector<NamedCall> Out;
  for (size_t I = 0; I < Toks.size();) {
    size_t Start = I;
    std::string Name;
    if (Toks[I].is(tok::coloncolon) && IsName(I + 1))
      ++I;
    if (!IsName(I)) {
      I = std::max(I, Start) + 1;
      continue;
    }
    Name = Toks[I++].getRawIdentifier().str();
    while (I + 1 < Toks.size() && Toks[I].is(tok::coloncolon) &&
           IsName(I + 1)) {
      Name += "::" + Toks[I + 1].getRawIdentifier().str();
      I += 2;
    }
    if (I >= Toks.size() || Toks[I].isNot(tok::l_paren))
      continue;
    NamedCall C{Name, false};
    if (Start > 0 && Toks[Start - 1].isOneOf(tok::period, tok::arrow))
      continue;
    if (Start >= 3 && Toks[Start - 1].is(tok::r_brace) &&
        Toks[Start - 2].is(tok::raw_identifier) &&
        Toks[Start - 2].getRawIdentifier() == "receiver" &&
        Toks[Start - 3].is(tok::l_brace))
      C.OnReceiver = true;
    Out.push_back(std::move(C));
  }
  return Out;
}

/// The members named \p Name that a call on an object of class \p RD finds:
/// those of the nearest class, \p RD or a base (breadth-first), that
/// declares the name; a nearer declaration hides the bases'.
std::vector<const NamedDecl *> memberLookup(const CXXRecordDecl *RD,
                                            DeclarationName Name) {
  std::vector<const NamedDecl *> Found;
  SmallVector<const CXXRecordDecl *, 8> Level{RD};
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Seen;
  while (!Level.empty() && Found.empty()) {
    SmallVector<const CXXRecordDecl *, 8> Next;
    for (const CXXRecordDecl *C : Level) {
      C = C ? C->getDefinition() : nullptr;
      if (!C || !Seen.insert(C).second)
        continue;
      for (const NamedDecl *D : C->lookup(Name))
        Found.push_back(D);
      for (const CXXBaseSpecifier &B : C->bases())
        Next.push_back(B.getType()->getAsCXXRecordDecl());
    }
    Level = std::move(Next);
  }
  return Found;
}

/// True if \p D declares \p FD (or the template \p FD is made from).
bool declares(const NamedDecl *D, const FunctionDecl *FD) {
  const FunctionDecl *Pattern = FD;
  if (const FunctionDecl *P = FD->getTemplateInstantiationPattern())
    Pattern = P;
  if (const auto *T = dyn_cast<FunctionTemplateDecl>(D))
    D = T->getTemplatedDecl();
  if (const auto *F = dyn_cast<FunctionDecl>(D)) {
    const FunctionDecl *Canonical = F->getCanonicalDecl();
    return Canonical == FD->getCanonicalDecl() ||
           Canonical == Pattern->getCanonicalDecl();
  }
  return false;
}

/// Why \p Fix, at the call \p P in \p Coroutine, would not call the async
/// form it means: it names \p Coroutine itself (the fix for a sleep inside
/// the framework's own sleep coroutine would recurse forever), or, on the
/// call's object, a member of the user's class that hides the library's.
/// Empty if neither.
std::string replacementTargetProblem(const FixEntry &Fix, const CallParts &P,
                                     const FunctionDecl *Coroutine,
                                     ASTContext &Ctx) {
  const auto *MD = dyn_cast<CXXMethodDecl>(Coroutine);
  const bool IsLambda = MD && MD->getParent()->isLambda();
  const std::string Qualified = databaseName(Coroutine);
  for (const NamedCall &C : namedCalls(Fix.Replacement, Ctx)) {
    if (C.OnReceiver) {
      const CXXRecordDecl *RD = receiverClass(P.Base);
      if (!RD || !P.Method)
        continue;
      std::vector<const NamedDecl *> Found =
          memberLookup(RD, DeclarationName(&Ctx.Idents.get(C.Name)));
      if (llvm::any_of(Found, [&](const NamedDecl *D) {
            return declares(D, Coroutine);
          }))
        return "the async form calls '" + C.Name +
               "', the function the call is in";
      // The library's async form is a member of the called method's class,
      // of a base, or of another class of the library; one of a class
      // outside the library's namespace is the user's.
      const std::string LibraryClass = databaseName(P.Method->getParent());
      const StringRef Library = outermostNamespace(LibraryClass);
      for (const NamedDecl *D : Found) {
        const auto *Owner = dyn_cast<CXXRecordDecl>(D->getDeclContext());
        if (!Owner)
          continue;
        const std::string OwnerName = databaseName(Owner);
        if (outermostNamespace(OwnerName) != Library)
          return "'" + OwnerName + "::" + C.Name + "' hides the async form";
      }
      continue;
    }
    // A name resolves to the coroutine if it is the coroutine's qualified
    // name or a qualified tail of it (written under a using-directive).
    if (!IsLambda &&
        (Qualified == C.Name || StringRef(Qualified).ends_with("::" + C.Name)))
      return "the async form calls '" + C.Name +
             "', the function the call is in";
  }
  return "";
}

class Expander {
public:
  Expander(ASTContext &Ctx, const FunctionDecl *Coroutine,
           const FrameworkEntry &Fw, ArrayRef<const Stmt *> Path)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), LO(Ctx.getLangOpts()),
        Coroutine(Coroutine), Fw(Fw), Path(Path) {}

  std::optional<std::string> text(const Expr *E) const {
    return writtenText(E, SM, LO);
  }

  /// Expands \p Fix at the call; sets \p Why and returns nullopt if a
  /// placeholder or requirement does not hold.
  std::optional<std::string> expand(const FixEntry &Fix, const CallParts &P,
                                    std::string &Why, bool &ShapeOnly) {
    ShapeOnly = false;
    const FixRequirements &Q = Fix.Requires;
    // Literal parts, and placeholders with the literal text around them (for
    // deciding on parentheses and on dropping the comma of an empty {args}).
    struct Part {
      bool IsPlaceholder;
      StringRef Text;
    };
    SmallVector<Part, 8> Parts;
    forEachTemplatePart(
        Fix.Replacement, [&](StringRef L) { Parts.push_back({false, L}); },
        [&](StringRef N) { Parts.push_back({true, N}); });
    // What the template uses of the call.
    std::vector<bool> UsedArg(P.Args.size(), false);
    bool UsesAllArgs = false, UsesObject = false, UsesErrorCode = false;
    for (const Part &Pt : Parts) {
      unsigned N = 0;
      if (!Pt.IsPlaceholder)
        continue;
      if (Pt.Text == "args")
        UsesAllArgs = true;
      else if (Pt.Text == "receiver" || Pt.Text == "object")
        UsesObject = true;
      else if (Pt.Text == "error-code")
        UsesErrorCode = true;
      else if (!Pt.Text.getAsInteger(10, N) && N < UsedArg.size())
        UsedArg[N] = true;
    }
    if (UsesErrorCode != (P.ErrorCode != nullptr)) {
      Why = P.ErrorCode
                ? "the call reports errors through an error_code argument"
                : "the call passes no error_code";
      ShapeOnly = true;
      return std::nullopt;
    }
    // A replacement never drops what the call passes: every explicit
    // argument and the object must appear in it.
    if (!UsesAllArgs)
      for (size_t I = 0; I < UsedArg.size(); ++I)
        if (!UsedArg[I]) {
          std::optional<std::string> T = text(P.Args[I]);
          Why = "the async form has no place for argument " +
                std::to_string(I) + (T ? " '" + *T + "'" : std::string());
          return std::nullopt;
        }
    if (P.Object && !UsesObject) {
      Why = "the async form has no place for the object the call is made on";
      return std::nullopt;
    }
    if (Q.ResultUnused && !resultUnused(Path)) {
      Why = "the call's value is used";
      return std::nullopt;
    }
    if (Q.RvalueArgument) {
      if (*Q.RvalueArgument >= P.Args.size()) {
        Why = "the call has no argument " + std::to_string(*Q.RvalueArgument);
        return std::nullopt;
      }
      const Expr *A = asWritten(P.Args[*Q.RvalueArgument]);
      if (!A->isPRValue() && !A->isXValue()) {
        Why = "the awaitable is an lvalue; co_await needs an rvalue "
              "(std::move it)";
        return std::nullopt;
      }
    }
    if (Q.ChronoArgument) {
      if (*Q.ChronoArgument >= P.Args.size()) {
        Why = "the call has no argument " + std::to_string(*Q.ChronoArgument);
        return std::nullopt;
      }
      Why = chronoProblem(P.Args[*Q.ChronoArgument], Q);
      if (!Why.empty())
        return std::nullopt;
    }

    std::string Out;
    bool DropComma = false;
    for (size_t I = 0; I < Parts.size(); ++I) {
      StringRef T = Parts[I].Text;
      if (!Parts[I].IsPlaceholder) {
        if (DropComma) {
          T.consume_front(",");
          T = T.ltrim(' ');
          DropComma = false;
        }
        Out += T;
        continue;
      }
      StringRef Before = I > 0 && !Parts[I - 1].IsPlaceholder
                             ? Parts[I - 1].Text.rtrim()
                             : StringRef();
      StringRef After = I + 1 < Parts.size() && !Parts[I + 1].IsPlaceholder
                            ? Parts[I + 1].Text.ltrim()
                            : StringRef();
      bool Delimited = (Before.ends_with("(") || Before.ends_with(",")) &&
                       (After.starts_with(")") || After.starts_with(","));
      if (T == "args") {
        if (P.Args.empty()) {
          // Drop the comma that separated {args} from its neighbour.
          StringRef Trimmed = StringRef(Out).rtrim(' ');
          if (After.starts_with(","))
            DropComma = true;
          else if (Trimmed.ends_with(","))
            Out.resize(Trimmed.size() - 1);
          continue;
        }
        CharSourceRange R = Lexer::makeFileCharRange(
            CharSourceRange::getTokenRange(P.Args.front()->getBeginLoc(),
                                           P.Args.back()->getEndLoc()),
            SM, LO);
        if (R.isInvalid()) {
          Why = "the arguments are not in the file as written";
          return std::nullopt;
        }
        Out += Lexer::getSourceText(R, SM, LO);
        continue;
      }
      if (T == "receiver" || T == "object") {
        if (!P.IsMember) {
          Why = "the call is not a member call";
          return std::nullopt;
        }
        std::optional<std::string> O =
            T == "receiver" ? receiver(P) : object(P);
        if (!O) {
          Why = "the object is not in the file as written";
          return std::nullopt;
        }
        Out += *O;
        continue;
      }
      if (T == "error-code") {
        std::optional<std::string> E = text(P.ErrorCode);
        if (!E) {
          Why = "the error_code argument is not in the file as written";
          return std::nullopt;
        }
        Out += *E;
        continue;
      }
      if (T == "scheduler") {
        std::optional<std::string> S = scheduler();
        if (!S) {
          Why = "no " + describeSchedulers() + " in scope";
          return std::nullopt;
        }
        Out += *S;
        continue;
      }
      // {N}
      unsigned N = 0;
      if (T.getAsInteger(10, N) || N >= P.Args.size()) {
        Why = "the call has no argument " + T.str();
        return std::nullopt;
      }
      std::optional<std::string> A = text(P.Args[N]);
      if (!A) {
        Why = "argument " + T.str() + " is not in the file as written";
        return std::nullopt;
      }
      if (!Delimited && !isPostfixOrPrimary(P.Args[N]))
        Out += "(" + *A + ")";
      else
        Out += *A;
    }
    return Out;
  }

private:
  /// The object with the member access operator to call another member on
  /// it: "s.", "p->", "sp->" (through a smart pointer's operator->), ""
  /// (implicit this).
  std::optional<std::string> receiver(const CallParts &P) const {
    return tooling::buildAccess(*P.Base, Ctx, tooling::PLTClass::Pointer);
  }

  /// The object itself: "s", "*p", "*sp", "*this".
  std::optional<std::string> object(const CallParts &P) const {
    if (!P.Object)
      return "*this";
    if (!P.Arrow)
      return text(P.Object);
    const Expr *Ptr = P.Object->IgnoreImplicitAsWritten();
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Ptr);
        Op && Op->getOperator() == OO_Arrow && Op->getNumArgs() == 1)
      Ptr = Op->getArg(0);
    return tooling::buildDereference(*Ptr, Ctx);
  }

  std::string describeSchedulers() const {
    std::string S;
    for (size_t I = 0; I < Fw.SchedulerTypes.size(); ++I)
      S += (I ? (I + 1 == Fw.SchedulerTypes.size() ? " or '" : ", '")
              : "'") +
           Fw.SchedulerTypes[I] + "'";
    return S.empty() ? "scheduler" : S;
  }

  /// "name." or "name->" if \p T (a variable's type) is a scheduler.
  std::optional<std::string> schedulerAccess(StringRef Name, QualType T) const {
    if (Name.empty())
      return std::nullopt;
    T = T.getNonReferenceType().getCanonicalType();
    std::string Op = ".";
    if (const auto *PT = T->getAs<PointerType>()) {
      T = PT->getPointeeType();
      Op = "->";
    } else if (const auto *Spec =
                   dyn_cast_or_null<ClassTemplateSpecializationDecl>(
                       T->getAsCXXRecordDecl())) {
      std::string N = databaseName(Spec);
      if ((N == "std::shared_ptr" || N == "std::unique_ptr") &&
          Spec->getTemplateArgs().size() > 0 &&
          Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type) {
        T = Spec->getTemplateArgs()[0].getAsType();
        Op = "->";
      }
    }
    const CXXRecordDecl *RD = classOf(T);
    if (!RD || !llvm::is_contained(Fw.SchedulerTypes, databaseName(RD)))
      return std::nullopt;
    return (Name + Op).str();
  }

  /// The innermost scheduler variable visible at the call: a local declared
  /// earlier in an enclosing block, a parameter, or a field of the class.
  std::optional<std::string> scheduler() const {
    for (size_t I = Path.size() - 1; I > 0; --I) {
      const auto *CS = dyn_cast<CompoundStmt>(Path[I - 1]);
      if (!CS)
        continue;
      std::optional<std::string> Found;
      for (const Stmt *S : CS->body()) {
        if (S == Path[I])
          break;
        if (const auto *DS = dyn_cast<DeclStmt>(S))
          for (const Decl *D : DS->decls())
            if (const auto *VD = dyn_cast<VarDecl>(D))
              if (auto A = schedulerAccess(VD->getName(), VD->getType()))
                Found = A; // The last declared wins.
      }
      if (Found)
        return Found;
    }
    for (const ParmVarDecl *PD : Coroutine->parameters())
      if (auto A = schedulerAccess(PD->getName(), PD->getType()))
        return A;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(Coroutine);
        MD && !MD->getParent()->isLambda())
      for (const FieldDecl *FD : MD->getParent()->fields())
        if (auto A = schedulerAccess(FD->getName(), FD->getType()))
          return A;
    return std::nullopt;
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  const LangOptions &LO;
  const FunctionDecl *Coroutine;
  const FrameworkEntry &Fw;
  ArrayRef<const Stmt *> Path;
};

} // namespace

FixPlan planFix(const Expr *Call, const FunctionDecl *Coroutine,
                StringRef Function, const FrameworkEntry &Framework,
                const AnnotationDatabase &DB, ASTContext &Ctx) {
  FixPlan Plan;
  std::vector<const FixEntry *> Fixes = DB.fixesFor(Function, Framework.Name);
  if (Fixes.empty() || !Call)
    return Plan;
  Plan.HasCandidates = true;
  const SourceManager &SM = Ctx.getSourceManager();
  if (Call->getBeginLoc().isMacroID() || Call->getEndLoc().isMacroID() ||
      Call->getExprLoc().isMacroID()) {
    Plan.WhyNot = "the call is in a macro expansion";
    return Plan;
  }
  const Stmt *Body = Coroutine->getBody();
  if (const auto *CB = dyn_cast_or_null<CoroutineBodyStmt>(Body))
    Body = CB->getBody();
  SmallVector<const Stmt *, 16> Path;
  if (!Body || !findPath(Body, Call, Path)) {
    Plan.WhyNot = "the call is not in the coroutine's own body";
    return Plan;
  }
  if (std::string Why = suspensionContextProblem(Path); !Why.empty()) {
    Plan.WhyNot = Why;
    return Plan;
  }
  std::optional<CallParts> Parts = splitCall(Call, Framework);
  if (!Parts) {
    Plan.WhyNot = "the call is not written as a function call";
    return Plan;
  }
  CharSourceRange Range = writtenRange(Call, SM, Ctx.getLangOpts());
  if (Range.isInvalid()) {
    Plan.WhyNot = "the call is not in the file as written";
    return Plan;
  }
  Expander X(Ctx, Coroutine, Framework, Path);
  // Why each fix did not apply. A fix written for the other error-code
  // shape of the call says little; the others say what to change.
  std::vector<std::string> Reasons, ShapeReasons;
  for (const FixEntry *F : Fixes) {
    std::string Why;
    bool ShapeOnly = false;
    // Before expanding: a fix that would call the function the call is in.
    if (std::string Problem =
            replacementTargetProblem(*F, *Parts, Coroutine, Ctx);
        !Problem.empty()) {
      if (!llvm::is_contained(Reasons, Problem))
        Reasons.push_back(Problem);
      continue;
    }
    std::optional<std::string> Text =
        X.expand(*F, *Parts, Why, ShapeOnly);
    if (!Text) {
      std::vector<std::string> &To = ShapeOnly ? ShapeReasons : Reasons;
      if (!llvm::is_contained(To, Why))
        To.push_back(Why);
      continue;
    }
    if (isPostfixOperand(Path))
      *Text = "(" + *Text + ")";
    Plan.Fix = PlannedFix{F, Range, std::move(*Text)};
    return Plan;
  }
  const std::vector<std::string> &Why = Reasons.empty() ? ShapeReasons : Reasons;
  // "the time point is not of 'a'" and "... of 'b'": "... of 'a' or 'b'".
  constexpr llvm::StringLiteral ClockPrefix = "the time point is not of ";
  if (Why.size() > 1 && llvm::all_of(Why, [&](const std::string &W) {
        return llvm::StringRef(W).starts_with(ClockPrefix);
      })) {
    Plan.WhyNot = ClockPrefix.str();
    for (size_t I = 0; I < Why.size(); ++I)
      Plan.WhyNot += (I ? " or " : "") + Why[I].substr(ClockPrefix.size());
  } else if (!Why.empty()) {
    Plan.WhyNot = Why.front();
  }
  return Plan;
}

std::string offloadText(const FrameworkEntry &Framework, const Expr *Call,
                        ASTContext &Ctx) {
  if (Framework.Offload.empty())
    return "";
  std::string CallText =
      writtenText(Call, Ctx.getSourceManager(), Ctx.getLangOpts())
          .value_or("the call");
  std::string Out;
  forEachTemplatePart(
      Framework.Offload, [&](StringRef L) { Out += L; },
      [&](StringRef) { Out += CallText; });
  return Out;
}

/// The text of the file range from \p Begin to the token at \p End, or
/// nullopt.
static std::optional<std::string>
tokenText(SourceLocation Begin, SourceLocation End, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange R = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Begin, End), SM, Ctx.getLangOpts());
  bool Invalid = R.isInvalid();
  StringRef T = Invalid
                    ? StringRef()
                    : Lexer::getSourceText(R, SM, Ctx.getLangOpts(), &Invalid);
  if (Invalid || T.empty())
    return std::nullopt;
  return T.str();
}

/// True if a variable of class \p RD can be declared without an
/// initializer.
static bool isDefaultConstructible(const CXXRecordDecl *RD) {
  RD = RD->getDefinition();
  if (RD->needsImplicitDefaultConstructor())
    return true;
  return llvm::any_of(RD->ctors(), [](const CXXConstructorDecl *C) {
    return C->isDefaultConstructor() && !C->isDeleted() &&
           C->getAccess() != AS_private && C->getAccess() != AS_protected;
  });
}

/// True if an object of class \p RD can be assigned a temporary.
static bool isMoveAssignable(const CXXRecordDecl *RD) {
  RD = RD->getDefinition();
  if (RD->needsImplicitMoveAssignment())
    return true;
  return llvm::any_of(RD->methods(), [](const CXXMethodDecl *M) {
    return (M->isMoveAssignmentOperator() || M->isCopyAssignmentOperator()) &&
           !M->isDeleted() && M->getAccess() == AS_public;
  });
}

/// The framework's offload around the declaration of the variable \p CE
/// constructs (`std::ifstream in(path)`), or nullopt when it does not fit:
/// an offload that switches threads and then runs `{call}` as the last
/// statement gets the declaration itself; one that returns `{call}`'s value
/// initialises the variable with it (`std::ifstream in = co_await
/// ...([&] { return std::ifstream(path); })`); one that runs `{call};` as a
/// statement assigns the variable, declared first (`std::ifstream in;
/// co_await ...{ in = std::ifstream(path); ... }`), if the class allows.
static std::optional<std::string>
offloadDeclaration(const FrameworkEntry &Fw, const CXXConstructExpr *CE,
                   const FunctionDecl *Coroutine, ASTContext &Ctx) {
  std::string Before, After;
  unsigned Calls = 0;
  forEachTemplatePart(
      Fw.Offload, [&](StringRef L) { (Calls ? After : Before) += L; },
      [&](StringRef) { ++Calls; });
  if (Calls != 1 || CE->getParenOrBraceRange().isInvalid() || !Coroutine)
    return std::nullopt;
  const Stmt *Body = Coroutine->getBody();
  if (const auto *CB = dyn_cast_or_null<CoroutineBodyStmt>(Body))
    Body = CB->getBody();
  SmallVector<const Stmt *, 16> Path;
  if (!Body || !findPath(Body, CE, Path))
    return std::nullopt;
  const VarDecl *VD = nullptr;
  for (const Stmt *S : Path)
    if (const auto *DS = dyn_cast<DeclStmt>(S); DS && DS->isSingleDecl())
      if (const auto *V = dyn_cast<VarDecl>(DS->getSingleDecl());
          V && V->getInit() && V->getInit()->IgnoreImplicit() == CE)
        VD = V;
  if (!VD || !VD->getTypeSourceInfo())
    return std::nullopt;
  StringRef B = StringRef(Before).rtrim(), A = StringRef(After).trim();
  if (A.empty() && B.ends_with(";")) {
    std::optional<std::string> Decl =
        tokenText(VD->getBeginLoc(), CE->getEndLoc(), Ctx);
    if (!Decl)
      return std::nullopt;
    return Before + *Decl;
  }
  const bool Returned = B.ends_with("return") && A.starts_with(";");
  if (!Returned && !A.starts_with(";"))
    return std::nullopt;
  TypeLoc TL = VD->getTypeSourceInfo()->getTypeLoc().getUnqualifiedLoc();
  if (VD->getType()->getContainedAutoType())
    return std::nullopt;
  std::optional<std::string> Head =
      tokenText(VD->getBeginLoc(), VD->getLocation(), Ctx);
  std::optional<std::string> Type =
      tokenText(TL.getBeginLoc(), TL.getEndLoc(), Ctx);
  std::optional<std::string> Args =
      tokenText(CE->getParenOrBraceRange().getBegin(),
                CE->getParenOrBraceRange().getEnd(), Ctx);
  if (!Head || !Type || !Args)
    return std::nullopt;
  const std::string Construct = *Type + *Args;
  if (Returned)
    return *Head + " = " + Before + Construct + After;
  // {call} is a statement of the offloaded code, whose value is lost:
  // declare the variable first and assign it there.
  const CXXRecordDecl *RD = VD->getType()->getAsCXXRecordDecl();
  if (VD->getType().isConstQualified() || !RD || !RD->hasDefinition() ||
      !isDefaultConstructible(RD) || !isMoveAssignable(RD))
    return std::nullopt;
  return *Head + "; " + Before + VD->getName().str() + " = " + Construct +
         After;
}

const FrameworkEntry *entryFramework(const FunctionEntry &Entry,
                                     const AnnotationDatabase &DB) {
  for (const FrameworkEntry &F : DB.frameworks())
    if (F.Pos.File == Entry.Pos.File)
      return &F;
  const FrameworkEntry *Best = nullptr;
  size_t BestLength = 0;
  for (const FrameworkEntry &F : DB.frameworks())
    for (StringRef Type : F.CoroutineTypes) {
      auto [Namespace, Name] = Type.rsplit("::");
      if (Name.empty() || Namespace.size() <= BestLength)
        continue;
      if (StringRef(Entry.Name).starts_with((Namespace + "::").str())) {
        Best = &F;
        BestLength = Namespace.size();
      }
    }
  return Best;
}

bool namesOtherFramework(StringRef Text, const FrameworkEntry &Framework,
                         const AnnotationDatabase &DB) {
  llvm::SmallVector<StringRef, 4> Own;
  for (StringRef Type : Framework.CoroutineTypes)
    Own.push_back(outermostNamespace(Type));
  auto IsNameChar = [](char C) {
    return llvm::isAlnum(C) || C == '_' || C == ':';
  };
  for (const FrameworkEntry &F : DB.frameworks()) {
    if (F.Name == Framework.Name)
      continue;
    for (StringRef Type : F.CoroutineTypes) {
      StringRef Outer = outermostNamespace(Type);
      if (Outer.empty() || llvm::is_contained(Own, Outer))
        continue;
      const std::string Prefix = (Outer + "::").str();
      for (size_t At = Text.find(Prefix); At != StringRef::npos;
           At = Text.find(Prefix, At + 1))
        if (At == 0 || !IsNameChar(Text[At - 1]))
          return true;
    }
  }
  return false;
}

std::optional<Advice>
adviseCall(const CallSiteRecord &Site, const FunctionDecl *Coroutine,
           const Category *Cat, const FrameworkEntry &Framework,
           const AnnotationDatabase &DB, ASTContext &Ctx) {
  // The entry's async form: written for its own library's coroutines.
  if (Site.Entry && !Site.Entry->AsyncEquivalent.empty()) {
    const FrameworkEntry *Owner = entryFramework(*Site.Entry, DB);
    if (Owner
            ? Owner->Name == Framework.Name
            : !namesOtherFramework(Site.Entry->AsyncEquivalent, Framework, DB))
      return Advice{Advice::AsyncForm, Site.Entry->AsyncEquivalent};
  }
  // The framework's offload, where moving the call to a blocking pool helps.
  if ((!Cat || Cat->Offloadable) && !Framework.Offload.empty() && Site.E) {
    const auto *CE = dyn_cast<CXXConstructExpr>(Site.E);
    if (isa<CallExpr>(Site.E) || isa_and_nonnull<CXXTemporaryObjectExpr>(CE))
      return Advice{Advice::OffloadCall, offloadText(Framework, Site.E, Ctx)};
    if (CE)
      if (std::optional<std::string> T =
              offloadDeclaration(Framework, CE, Coroutine, Ctx))
        return Advice{Advice::OffloadConstruction, std::move(*T)};
  }
  if (Cat && !Cat->Suggestion.empty())
    return Advice{Advice::CategorySuggestion, Cat->Suggestion};
  return std::nullopt;
}

} // namespace asynctidy
