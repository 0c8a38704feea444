//===--- CallSites.cpp - the outgoing calls of one function body ----------===//

#include "Analysis/CallSites.h"
#include "Analysis/AnnotationMatcher.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace asynctidy {

namespace {

/// Whether destroying an object of type \p T runs a destructor worth
/// following (a user-provided or non-trivial one).
const CXXDestructorDecl *nonTrivialDestructor(QualType T) {
  const auto *RD = T->getBaseElementTypeUnsafe()->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || RD->hasTrivialDestructor())
    return nullptr;
  return RD->getDestructor();
}

class CallSiteVisitor : public RecursiveASTVisitor<CallSiteVisitor> {
  using Base = RecursiveASTVisitor<CallSiteVisitor>;

public:
  CallSiteVisitor(const AnnotationDatabase &DB, OverrideIndex &Overrides)
      : DB(DB), Overrides(Overrides) {}

  std::vector<CallSiteRecord> Sites;

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }

  // Code that does not run as part of this body.
  bool TraverseLambdaExpr(LambdaExpr *LE) {
    for (Expr *Init : LE->capture_inits())
      if (Init)
        TraverseStmt(Init);
    return true;
  }
  bool TraverseBlockExpr(BlockExpr *) { return true; }
  bool TraverseCoawaitExpr(CoawaitExpr *E) {
    ++AwaitDepth;
    bool R = Base::TraverseCoawaitExpr(E);
    --AwaitDepth;
    return R;
  }
  bool TraverseDecl(Decl *D) {
    if (isa_and_nonnull<FunctionDecl, RecordDecl, BlockDecl,
                        FunctionTemplateDecl, ClassTemplateDecl>(D))
      return true;
    return Base::TraverseDecl(D);
  }
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) {
    return true;
  }
  bool TraverseCXXNoexceptExpr(CXXNoexceptExpr *) { return true; }
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc, bool = false) { return true; }
  bool TraverseRequiresExpr(RequiresExpr *) { return true; }
  bool TraverseCXXTypeidExpr(CXXTypeidExpr *E) {
    if (E->isPotentiallyEvaluated())
      return Base::TraverseCXXTypeidExpr(E);
    return true;
  }
  bool TraverseGenericSelectionExpr(GenericSelectionExpr *E) {
    return TraverseStmt(E->getResultExpr());
  }

  bool VisitCallExpr(CallExpr *CE) {
    CallSite CS = describeCall(CE);
    if (!CS.Callee)
      return true;
    const void *Object = nullptr;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
      Object = objectKey(MC->getImplicitObjectArgument());
      if (const IdentifierInfo *II = CS.Callee->getIdentifier())
        CalledOn[Object].push_back(II->getName());
    }
    CallSiteRecord R;
    R.Callee = CS.Callee;
    R.Entry = matchCall(DB, CS);
    R.Awaited = AwaitDepth > 0;
    // An entry's `ready-after` members called on the object earlier in this
    // body (`r.status()` checked, then `r.get()`): the call finds the result
    // ready and does not wait.
    if (R.Entry && Object && !R.Entry->ReadyAfter.empty() &&
        R.Entry->Kind != EntryKind::Destructor && calledEarlier(Object, *R.Entry))
      return true;
    // A constant argument small enough that the call does not wait
    // (`write(efd, &One, sizeof One)`: a wake-up signal).
    if (R.Entry && R.Entry->UnlessArgumentAtMost) {
      auto [Index, Max] = *R.Entry->UnlessArgumentAtMost;
      Expr::EvalResult V;
      if (Index < CE->getNumArgs() && !CE->getArg(Index)->isValueDependent() &&
          CE->getArg(Index)->EvaluateAsInt(V, CS.Callee->getASTContext()) &&
          !V.Val.getInt().isNegative() &&
          V.Val.getInt().getLimitedValue() <= Max)
        return true;
    }
    R.Loc = CE->getExprLoc();
    R.E = CE;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(CS.Callee);
        MD && isVirtualDispatch(CE, MD)) {
      R.Kind = CallKind::Virtual;
      R.Targets.push_back(MD);
      for (const CXXMethodDecl *O : Overrides.overridersOf(MD))
        R.Targets.push_back(O);
    }
    Sites.push_back(std::move(R));
    return true;
  }

  bool VisitVarDecl(VarDecl *VD) {
    // Remember where a construction's object is, so the construction can be
    // reported at the variable ("for a constructor: at the object").
    if (const Expr *Init = VD->getInit()) {
      VarOfInit[Init->IgnoreImplicit()] = VD->getLocation();
      noteElided(Init);
    }
    return true;
  }
  bool VisitReturnStmt(ReturnStmt *RS) {
    if (const Expr *V = RS->getRetValue())
      noteElided(V);
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    CallSiteRecord R;
    R.Kind = CallKind::Construct;
    R.Callee = describeCall(CE).Callee;
    R.Entry = matchCall(DB, {R.Callee, nullptr});
    auto It = VarOfInit.find(CE);
    R.Loc = It != VarOfInit.end() ? It->second : CE->getBeginLoc();
    R.E = CE;
    Sites.push_back(std::move(R));
    return true;
  }

  // Destructions run after the object's construction: add them post-order.
  bool TraverseVarDecl(VarDecl *VD) {
    if (!Base::TraverseVarDecl(VD))
      return false;
    if (VD->hasLocalStorage() && !isa<ParmVarDecl>(VD) &&
        !VD->getType()->isReferenceType())
      addDestruction(nonTrivialDestructor(VD->getType()), VD->getLocation(),
                     nullptr, VD->getInit(), VD);
    return true;
  }
  bool TraverseCXXBindTemporaryExpr(CXXBindTemporaryExpr *BTE) {
    if (!Base::TraverseCXXBindTemporaryExpr(BTE))
      return false;
    if (Elided.contains(BTE))
      return true; // The object is the variable (or return value) itself.
    addDestruction(BTE->getTemporary()->getDestructor(), BTE->getBeginLoc(),
                   BTE, BTE->getSubExpr());
    return true;
  }
  bool VisitCXXDeleteExpr(CXXDeleteExpr *DE) {
    if (!DE->getDestroyedType().isNull())
      addDestruction(nonTrivialDestructor(DE->getDestroyedType()),
                     DE->getBeginLoc(), DE);
    return true;
  }

  void addDestruction(const CXXDestructorDecl *D, SourceLocation Loc,
                      const Expr *E, const Expr *Initializer = nullptr,
                      const void *Object = nullptr) {
    if (!D)
      return;
    CallSiteRecord R;
    R.Kind = CallKind::Destruct;
    R.Callee = D;
    CallSite CS;
    CS.Callee = D;
    CS.Initializer = Initializer;
    R.Entry = matchCall(DB, CS);
    R.Loc = Loc;
    R.E = E;
    // An entry's `ready-after` members (a future's get()) called on the
    // object in this body make its destruction not block: decided at the end.
    if (R.Entry && !R.Entry->ReadyAfter.empty() && (Object || Initializer))
      ReadyCandidates.push_back(
          {Sites.size(), Object ? Object : objectKey(Initializer)});
    if (D->isVirtual()) {
      R.Targets.push_back(D);
      for (const CXXMethodDecl *O : Overrides.overridersOf(D))
        R.Targets.push_back(O);
    }
    Sites.push_back(std::move(R));
  }

  /// Whether one of \p E's `ready-after` members was called on \p Object
  /// so far.
  bool calledEarlier(const void *Object, const FunctionEntry &E) const {
    auto It = CalledOn.find(Object);
    return It != CalledOn.end() &&
           llvm::any_of(E.ReadyAfter, [&](StringRef M) {
             return llvm::is_contained(It->second, M);
           });
  }

  /// Drops the destructions whose object was made ready first (`ready-after`).
  void dropReadyDestructions() {
    llvm::SmallVector<size_t, 4> Drop;
    for (auto [Index, Key] : ReadyCandidates)
      if (calledEarlier(Key, *Sites[Index].Entry))
        Drop.push_back(Index);
    for (size_t I : llvm::reverse(Drop))
      Sites.erase(Sites.begin() + I);
  }

private:
  /// A variable, or the expression of a temporary, that an object denotes.
  static const void *objectKey(const Expr *E) {
    E = E->IgnoreImplicit()->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return DRE->getDecl();
    // A member of this object (`m_result`, `this->m_result`).
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
        return ME->getMemberDecl();
    return E;
  }

  const AnnotationDatabase &DB;
  OverrideIndex &Overrides;
  unsigned AwaitDepth = 0;
  /// The member functions called on each object (variable or temporary).
  llvm::DenseMap<const void *, llvm::SmallVector<StringRef, 2>> CalledOn;
  /// Temporaries that directly initialise a variable or the return value:
  /// copy elision makes them that object, with no destruction of their own.
  llvm::SmallPtrSet<const CXXBindTemporaryExpr *, 4> Elided;

  void noteElided(const Expr *Init) {
    const Expr *E = Init;
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
      E = EWC->getSubExpr();
    E = E->IgnoreParens();
    if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E))
      Elided.insert(BTE);
  }
  /// Destruction sites with `ready-after` members, and their object.
  std::vector<std::pair<size_t, const void *>> ReadyCandidates;
  llvm::DenseMap<const Expr *, SourceLocation> VarOfInit;

  /// A call to a virtual method dispatches dynamically unless it is qualified
  /// (`Base::f()`) or the method or its class is final.
  static bool isVirtualDispatch(const CallExpr *CE, const CXXMethodDecl *MD) {
    if (!MD->isVirtual() || MD->hasAttr<FinalAttr>() ||
        MD->getParent()->hasAttr<FinalAttr>())
      return false;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      if (const auto *ME =
              dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParenImpCasts()))
        return !ME->hasQualifier();
    return isa<CXXOperatorCallExpr>(CE);
  }
};

class OverrideCollector : public RecursiveASTVisitor<OverrideCollector> {
public:
  llvm::DenseMap<const CXXMethodDecl *, std::vector<const CXXMethodDecl *>>
      &Direct;
  explicit OverrideCollector(
      llvm::DenseMap<const CXXMethodDecl *, std::vector<const CXXMethodDecl *>>
          &Direct)
      : Direct(Direct) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }
  // Overrides are declarations in classes: never walk function bodies (most
  // of a TU's nodes). Classes local to a function body are not seen.
  bool TraverseStmt(Stmt *, DataRecursionQueue * = nullptr) { return true; }
  bool VisitCXXMethodDecl(CXXMethodDecl *MD) {
    for (const CXXMethodDecl *O : MD->overridden_methods())
      Direct[O->getCanonicalDecl()].push_back(MD);
    return true;
  }
};

} // namespace

void OverrideIndex::build() {
  llvm::DenseMap<const CXXMethodDecl *, std::vector<const CXXMethodDecl *>>
      Direct;
  OverrideCollector C(Direct);
  C.TraverseDecl(Ctx.getTranslationUnitDecl());
  // Close transitively (an override of an override), keeping a stable order.
  for (auto &[Base, Direct1] : Direct) {
    std::vector<const CXXMethodDecl *> All;
    llvm::SmallPtrSet<const CXXMethodDecl *, 8> Seen;
    SmallVector<const CXXMethodDecl *, 8> Work(Direct1.begin(), Direct1.end());
    for (size_t I = 0; I < Work.size(); ++I) {
      const CXXMethodDecl *M = Work[I];
      if (!Seen.insert(M).second)
        continue;
      All.push_back(M);
      auto It = Direct.find(M->getCanonicalDecl());
      if (It != Direct.end())
        Work.append(It->second.begin(), It->second.end());
    }
    Overriders[Base] = std::move(All);
  }
  Built = true;
}

llvm::ArrayRef<const CXXMethodDecl *>
OverrideIndex::overridersOf(const CXXMethodDecl *MD) {
  if (!Built)
    build();
  auto It = Overriders.find(MD->getCanonicalDecl());
  if (It == Overriders.end())
    return {};
  return It->second;
}

std::vector<CallSiteRecord> collectCallSites(const FunctionDecl *FD,
                                             const AnnotationDatabase &DB,
                                             OverrideIndex &Overrides) {
  CallSiteVisitor V(DB, Overrides);
  const Stmt *Body = FD->getBody();
  if (const auto *CB = dyn_cast_or_null<CoroutineBodyStmt>(Body))
    Body = CB->getBody(); // The user-written body, not the promise machinery.
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    for (const CXXCtorInitializer *Init : Ctor->inits()) {
      if (!Init->getInit())
        continue;
      size_t First = V.Sites.size();
      V.TraverseStmt(const_cast<Expr *>(Init->getInit()));
      // An implicit member initialiser runs "at" the member's declaration.
      if (!Init->isWritten() && Init->getMember())
        for (size_t I = First; I < V.Sites.size(); ++I)
          V.Sites[I].Loc = Init->getMember()->getLocation();
    }
  if (Body)
    V.TraverseStmt(const_cast<Stmt *>(Body));
  V.dropReadyDestructions();
  if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(FD)) {
    // Members, then bases, are destroyed after the body.
    const CXXRecordDecl *RD = Dtor->getParent();
    SourceLocation End = Body ? Body->getEndLoc() : Dtor->getLocation();
    for (const FieldDecl *F : RD->fields())
      V.addDestruction(nonTrivialDestructor(F->getType()), End, nullptr);
    for (const CXXBaseSpecifier &B : RD->bases())
      V.addDestruction(nonTrivialDestructor(B.getType()), End, nullptr);
  }
  return std::move(V.Sites);
}

} // namespace asynctidy
