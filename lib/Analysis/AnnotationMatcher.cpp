//===--- AnnotationMatcher.cpp - match DB entries against declarations ----===//

#include "Analysis/AnnotationMatcher.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/PrettyPrinter.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace asynctidy {

static void appendContext(const DeclContext *DC, std::string &Out) {
  SmallVector<const DeclContext *, 8> Chain;
  for (; DC && !DC->isTranslationUnit(); DC = DC->getParent())
    Chain.push_back(DC);
  for (const DeclContext *C : llvm::reverse(Chain)) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(C)) {
      if (NS->isInline())
        continue;
      Out += NS->isAnonymousNamespace() ? "(anonymous namespace)"
                                        : NS->getName().str();
      Out += "::";
    } else if (const auto *RD = dyn_cast<RecordDecl>(C)) {
      if (RD->getIdentifier())
        Out += RD->getName();
      else
        Out += "(anonymous)";
      Out += "::";
    } else if (const auto *FD = dyn_cast<FunctionDecl>(C)) {
      Out += FD->getNameAsString() + "::";
    }
    // LinkageSpecDecl (extern "C" { }), export blocks: transparent.
  }
}

/// The last component of databaseName(D).
static std::string ownName(const NamedDecl *D) {
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    return FD->getNameInfo().getName().getAsString();
  return D->getNameAsString();
}

std::string databaseName(const NamedDecl *D) {
  std::string Out;
  appendContext(D->getDeclContext(), Out);
  Out += ownName(D);
  return Out;
}

bool hasDatabaseName(const NamedDecl *D, StringRef Name) {
  // The last component first: the whole name costs a walk up the contexts,
  // as deep as the nesting (a lambda in 500 nested lambdas).
  const std::string Own = ownName(D);
  if (!Name.consume_back(Own) || !(Name.empty() || Name.ends_with("::")))
    return false;
  return databaseName(D) == StringRef(Name.data(), Name.size() + Own.size());
}

const CXXRecordDecl *recordOfType(QualType T, bool ThroughPointer) {
  T = T.getNonReferenceType();
  if (ThroughPointer)
    if (const auto *PT = T->getAs<PointerType>())
      T = PT->getPointeeType();
  if (const auto *RD = T->getAsCXXRecordDecl())
    return RD->getDefinition() ? RD->getDefinition() : RD;
  return nullptr;
}

const CXXRecordDecl *receiverClass(const Expr *E) {
  if (!E)
    return nullptr;
  return recordOfType(E->IgnoreParenImpCasts()->getType(),
                      /*ThroughPointer=*/true);
}

/// True if \p RD or one of its (transitive) bases is named \p Name.
/// If \p MustDeriveFrom is given, the named class must itself be, or derive
/// from, that class.
static bool classOrBaseNamed(const CXXRecordDecl *RD, StringRef Name,
                             const CXXRecordDecl *MustDeriveFrom = nullptr) {
  if (!RD)
    return false;
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Seen;
  SmallVector<const CXXRecordDecl *, 8> Work{RD};
  while (!Work.empty()) {
    const CXXRecordDecl *C = Work.pop_back_val();
    if (!C || !Seen.insert(C->getCanonicalDecl()).second)
      continue;
    if (hasDatabaseName(C, Name)) {
      if (!MustDeriveFrom ||
          C->getCanonicalDecl() == MustDeriveFrom->getCanonicalDecl() ||
          (C->hasDefinition() && C->isDerivedFrom(MustDeriveFrom)))
        return true;
    }
    const CXXRecordDecl *Def = C->getDefinition();
    if (!Def)
      continue;
    for (const CXXBaseSpecifier &B : Def->bases())
      Work.push_back(B.getType()->getAsCXXRecordDecl());
  }
  return false;
}

bool typeWrittenAs(QualType T, StringRef Want, const ASTContext &Ctx) {
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressInlineNamespace =
      llvm::to_underlying(PrintingPolicy::SuppressInlineNamespaceMode::All);
  Policy.SuppressTagKeyword = true;
  Policy.FullyQualifiedName = true;
  Policy.PrintAsCanonical = false;
  return normalizeTypeName(T.getAsString(Policy)) == Want ||
         normalizeTypeName(T.getCanonicalType().getAsString(Policy)) == Want;
}

static bool paramsMatch(const FunctionEntry &E, const FunctionDecl *F) {
  if (E.Arity && F->getNumParams() != *E.Arity)
    return false;
  if (!E.Params)
    return true;
  if (F->getNumParams() != E.Params->size())
    return false;
  // In a template instantiation, the pattern's parameter types are accepted
  // too, so `mutex_type &` describes unique_lock<M>'s constructor for any M.
  const FunctionDecl *Pattern = F->getTemplateInstantiationPattern();
  if (Pattern && Pattern->getNumParams() != F->getNumParams())
    Pattern = nullptr; // A parameter pack expanded differently.
  auto Matches = [&](QualType T, StringRef Want) {
    return typeWrittenAs(T, Want, F->getASTContext());
  };
  for (unsigned I = 0; I < F->getNumParams(); ++I) {
    const std::string &Want = (*E.Params)[I];
    if (Matches(F->getParamDecl(I)->getType(), Want))
      continue;
    if (Pattern && Matches(Pattern->getParamDecl(I)->getType(), Want))
      continue;
    return false;
  }
  return true;
}

/// The name an object expression refers to: a variable, parameter or member,
/// or the function whose result it is, through copies and conversions.
static StringRef nameOfObject(const Expr *E) {
  while (true) {
    E = E->IgnoreImplicit()->IgnoreParenImpCasts();
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
        CE && CE->getNumArgs() == 1) {
      E = CE->getArg(0);
      continue;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && (UO->getOpcode() == UO_Deref || UO->getOpcode() == UO_AddrOf)) {
      E = UO->getSubExpr();
      continue;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
        OC && OC->getOperator() == OO_Star && OC->getNumArgs() == 1) {
      E = OC->getArg(0);
      continue;
    }
    break;
  }
  const NamedDecl *D = nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    D = DRE->getDecl();
  else if (const auto *ME = dyn_cast<MemberExpr>(E))
    D = ME->getMemberDecl();
  else if (const auto *C = dyn_cast<CallExpr>(E))
    D = C->getDirectCallee();
  const IdentifierInfo *II = D ? D->getIdentifier() : nullptr;
  return II ? II->getName() : StringRef();
}

static bool receiverMatches(const FunctionEntry &E, const Expr *Receiver) {
  if (E.Receivers.empty() && E.ReceiverObjects.empty() &&
      E.ReceiverNames.empty())
    return true;
  if (!Receiver)
    return false;
  if (!E.ReceiverNames.empty()) {
    StringRef N = nameOfObject(Receiver);
    if (!N.empty() && llvm::is_contained(E.ReceiverNames, N))
      return true;
  }
  const CXXRecordDecl *RD = receiverClass(Receiver);
  for (const std::string &R : E.Receivers)
    if (classOrBaseNamed(RD, R))
      return true;
  if (!E.ReceiverObjects.empty()) {
    const Expr *Base = Receiver->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(Base);
        UO && UO->getOpcode() == UO_AddrOf)
      Base = UO->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Base))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        if (llvm::is_contained(E.ReceiverObjects, databaseName(VD)))
          return true;
  }
  return false;
}

/// For `initialized-by`: was the object made by a call to a listed function
/// (`auto F = std::async(...)`, or a discarded `std::async(...)` temporary)?
static bool initializerMatches(const FunctionEntry &E, const Expr *Init) {
  if (E.InitializedBy.empty())
    return true;
  if (!Init)
    return false;
  Init = Init->IgnoreImplicit();
  // A copy or move from the call's result.
  if (const auto *CE = dyn_cast<CXXConstructExpr>(Init);
      CE && CE->getNumArgs() == 1)
    Init = CE->getArg(0)->IgnoreImplicit();
  const auto *Call = dyn_cast<CallExpr>(Init->IgnoreParens());
  const FunctionDecl *F = Call ? Call->getDirectCallee() : nullptr;
  return F && llvm::is_contained(E.InitializedBy, databaseName(F));
}

bool entryMatches(const FunctionEntry &E, const CallSite &Call) {
  const FunctionDecl *F = Call.Callee;
  const auto *MD = dyn_cast<CXXMethodDecl>(F);
  switch (E.Kind) {
  case EntryKind::CFunction:
    if (MD || !F->isExternC())
      return false;
    break;
  case EntryKind::Function:
    if (MD)
      return false;
    break;
  case EntryKind::Method:
    if (!MD || isa<CXXConstructorDecl>(MD) || isa<CXXDestructorDecl>(MD))
      return false;
    break;
  case EntryKind::Constructor:
    if (!isa_and_nonnull<CXXConstructorDecl>(MD))
      return false;
    break;
  case EntryKind::Destructor:
    if (!isa_and_nonnull<CXXDestructorDecl>(MD))
      return false;
    break;
  }

  if (E.isMember()) {
    if (F->getNameInfo().getName().getAsString() != E.MemberName)
      return false;
    const CXXRecordDecl *Owner = MD->getParent();
    if (!hasDatabaseName(Owner, E.ClassName)) {
      // Inherited member: the callee lives in an implementation base, the
      // entry names the class the user called it on (or one in between).
      if (E.Kind != EntryKind::Method ||
          !classOrBaseNamed(receiverClass(Call.Receiver), E.ClassName, Owner))
        return false;
    }
  } else if (E.Kind == EntryKind::CFunction) {
    // A C function is one symbol whatever namespace redeclares it
    // (`namespace app { extern "C" unsigned sleep(unsigned); }` is ::sleep).
    if (F->getNameInfo().getName().getAsString() != E.Name)
      return false;
  } else if (!hasDatabaseName(F, E.Name)) {
    return false;
  }
  return paramsMatch(E, F) && receiverMatches(E, Call.Receiver) &&
         initializerMatches(E, Call.Initializer);
}

const FunctionEntry *matchCall(const AnnotationDatabase &DB,
                               const CallSite &Call) {
  if (!Call.Callee)
    return nullptr;
  const DeclarationName Name = Call.Callee->getNameInfo().getName();
  std::string Simple;
  if (Name.isIdentifier())
    Simple = Name.getAsIdentifierInfo()->getName().str();
  else
    Simple = Name.getAsString();
  const FunctionEntry *Found = nullptr;
  for (const FunctionEntry *E : DB.lookup(Simple))
    if (entryMatches(*E, Call))
      Found = E;
  return Found;
}

CallSite describeCall(const Expr *E) {
  CallSite CS;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    CS.Callee = MC->getMethodDecl();
    CS.Receiver = MC->getImplicitObjectArgument();
  } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
    CS.Callee = OC->getDirectCallee();
    if (OC->getNumArgs() > 0)
      CS.Receiver = OC->getArg(0);
  } else if (const auto *C = dyn_cast<CallExpr>(E)) {
    CS.Callee = C->getDirectCallee();
    if (C->getNumArgs() > 0)
      CS.Receiver = C->getArg(0);
    // A static member called as obj.f() has no implicit object argument, and
    // its first argument is not a receiver.
    if (isa_and_nonnull<CXXMethodDecl>(CS.Callee))
      CS.Receiver = nullptr;
  } else if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    CS.Callee = CE->getConstructor();
    // `using Base::Base;`: the constructor that runs is the base's.
    if (const auto *Ctor = CE->getConstructor();
        Ctor && Ctor->isInheritingConstructor())
      if (const CXXConstructorDecl *Inherited =
              Ctor->getInheritedConstructor().getConstructor())
        CS.Callee = Inherited;
  }
  return CS;
}

} // namespace asynctidy
