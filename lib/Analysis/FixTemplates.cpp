//===--- FixTemplates.cpp - framework detection and fix-it templates ------===//

#include "Analysis/FixTemplates.h"
#include "Analysis/AnnotationMatcher.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprConcepts.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

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
  const Expr *Object = nullptr; ///< Null for free functions, implicit this.
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
    if (const auto *ME =
            dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens())) {
      P.Arrow = ME->isArrow();
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

class Expander {
public:
  Expander(ASTContext &Ctx, const FunctionDecl *Coroutine,
           const FrameworkEntry &Fw, ArrayRef<const Stmt *> Path)
      : SM(Ctx.getSourceManager()), LO(Ctx.getLangOpts()),
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
        if (!P.Object) {
          if (T == "object") {
            Out += "*this";
            continue;
          }
          continue; // implicit this: call the member directly.
        }
        std::optional<std::string> O = text(P.Object);
        if (!O) {
          Why = "the object is not in the file as written";
          return std::nullopt;
        }
        if (T == "receiver")
          Out += *O + (P.Arrow ? "->" : ".");
        else
          Out += P.Arrow ? "*" + *O : *O;
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

} // namespace asynctidy
