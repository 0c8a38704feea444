//===--- LockAcrossSuspend.cpp - thread locks held across co_await --------===//
//
// A forward "may be held" dataflow over the coroutine body's CFG. A fact is a
// pair (acquisition, holder): the acquisition is where the lock was taken (a
// guard's declaration or a lock() call), the holder is what currently owns it
// (a guard variable or a mutex expression, identified by a structural key).
// Moving a guard changes the holder but keeps the acquisition, so a lock is
// reported once, at the place it was taken.
//
//===----------------------------------------------------------------------===//

#include "Analysis/LockAcrossSuspend.h"
#include "Support/StringLists.h"
#include "Analysis/AnnotationMatcher.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/ImmutableMap.h"
#include "llvm/ADT/ImmutableSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <set>

using namespace clang;

namespace asynctidy {

std::vector<std::string> splitNameList(llvm::StringRef List) {
  std::vector<std::string> Out;
  for (llvm::StringRef I : splitList(List))
    Out.push_back(I.str());
  return Out;
}

bool nameMatchesPattern(llvm::StringRef Qualified, llvm::StringRef Pattern) {
  Pattern = Pattern.trim();
  if (Pattern.consume_front("::"))
    return Qualified == Pattern;
  if (Qualified == Pattern)
    return true;
  return Qualified.size() > Pattern.size() + 2 &&
         Qualified.ends_with(Pattern) &&
         Qualified.drop_back(Pattern.size()).ends_with("::");
}

static bool matchesAny(llvm::StringRef Qualified,
                       const std::vector<std::string> &Patterns) {
  return llvm::any_of(Patterns, [&](const std::string &P) {
    return nameMatchesPattern(Qualified, P);
  });
}

SourceLocation suspensionLoc(const Stmt *S) {
  if (const auto *CA = dyn_cast<CoroutineSuspendExpr>(S))
    return CA->getKeywordLoc();
  return S->getBeginLoc();
}

namespace {

/// Looks through the wrappers Sema puts around an initializer or operand.
const Expr *stripWrappers(const Expr *E) {
  while (E) {
    const Expr *Prev = E;
    E = E->IgnoreParens();
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
      E = EWC->getSubExpr();
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
      E = MTE->getSubExpr();
    if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E))
      E = BTE->getSubExpr();
    if (const auto *ICE = dyn_cast<ImplicitCastExpr>(E))
      E = ICE->getSubExpr();
    if (const auto *FCE = dyn_cast<CXXFunctionalCastExpr>(E);
        FCE && (FCE->getCastKind() == CK_ConstructorConversion ||
                FCE->getCastKind() == CK_NoOp))
      E = FCE->getSubExpr();
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
        CE && CE->isElidable() && CE->getNumArgs() == 1)
      E = CE->getArg(0);
    if (E == Prev)
      break;
  }
  return E;
}

/// What a class is for this analysis.
struct ClassInfo {
  enum RoleKind { None, Guard, Mutex, AsyncMutex } Role = None;
  std::string Name; ///< Database name of the class (or of the matched base).
  const TypeEntry *Entry = nullptr;
  const CXXRecordDecl *RD = nullptr;
};

/// The source text of \p E, or an empty string (macros, invalid ranges).
std::string sourceText(const Expr *E, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange R = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM,
      Ctx.getLangOpts());
  if (R.isInvalid())
    return "";
  return Lexer::getSourceText(R, SM, Ctx.getLangOpts()).str();
}

/// A structural key naming the object \p E refers to, so that "m", "this->m"
/// and "m" inside a member function agree: variables by declaration, members
/// as base-key "." field, dereferences as "*" key. Falls back to the source
/// text. Pointer-typed expressions name the pointee when \p Pointee is set.
std::string objectKey(const Expr *E, const ASTContext &Ctx, bool Pointee) {
  E = E->IgnoreParenImpCasts();
  std::string K;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    K = "v" + std::to_string(reinterpret_cast<uintptr_t>(
                  DRE->getDecl()->getCanonicalDecl()));
  } else if (isa<CXXThisExpr>(E)) {
    K = "this";
  } else if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    K = objectKey(ME->getBase(), Ctx, /*Pointee=*/ME->isArrow()) + "." +
        std::to_string(reinterpret_cast<uintptr_t>(
            ME->getMemberDecl()->getCanonicalDecl()));
  } else if (const auto *UO = dyn_cast<UnaryOperator>(E);
             UO && UO->getOpcode() == UO_Deref) {
    return objectKey(UO->getSubExpr(), Ctx, /*Pointee=*/true);
  } else if (const auto *UO = dyn_cast<UnaryOperator>(E);
             UO && UO->getOpcode() == UO_AddrOf) {
    // &m names m; a pointer to it, dereferenced, is m again.
    std::string Inner = objectKey(UO->getSubExpr(), Ctx, /*Pointee=*/false);
    return Pointee ? Inner : "&" + Inner;
  } else {
    K = "t:" + sourceText(E, Ctx);
  }
  if (Pointee && E->getType()->isPointerType())
    return "*" + K;
  return K;
}

/// The text to show for a mutex argument: "&mu_" shows as "mu_".
std::string mutexDisplay(const Expr *E, const ASTContext &Ctx) {
  E = E->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_AddrOf)
    E = UO->getSubExpr();
  std::string T = sourceText(E, Ctx);
  if (!T.empty() && E->getType()->isPointerType())
    T = "*" + T;
  return T;
}

bool isTryName(llvm::StringRef Name) {
  return Name.starts_with("try") || Name.starts_with("Try");
}

/// Records that only name a lock-strategy tag or a timeout.
enum class CtorArgKind { Lockable, DeferTag, TryTag, AdoptTag, Timeout, Other };

CtorArgKind ctorArgKind(const Expr *Arg) {
  const CXXRecordDecl *RD = recordOfType(Arg->getType(), /*ThroughPointer=*/false);
  if (!RD) {
    if (Arg->getType()->isPointerType() &&
        recordOfType(Arg->getType(), /*ThroughPointer=*/true))
      return CtorArgKind::Lockable;
    return CtorArgKind::Other;
  }
  llvm::StringRef N = RD->getName();
  if (N == "defer_lock_t")
    return CtorArgKind::DeferTag;
  if (N == "try_to_lock_t")
    return CtorArgKind::TryTag;
  if (N == "adopt_lock_t")
    return CtorArgKind::AdoptTag;
  if (N == "duration" || N == "time_point")
    return CtorArgKind::Timeout;
  return CtorArgKind::Lockable;
}

using AcqSet = llvm::ImmutableSet<unsigned>;

/// Counts, for every acquisition, the suspension points at which it is held,
/// and keeps the earliest SuspensionPointsKept of them (as source ranks), in
/// time proportional to the set trees involved rather than to the (point,
/// lock) pairs, which grow quadratically in a coroutine that re-locks one
/// guard around every co_await. A point adds one to the root of the
/// persistent set held there; at the end each tree node passes what it
/// received down to its children once, parents first (the trees share
/// nodes, so they form a DAG; within one tree a node is reached by one path,
/// so nothing is counted twice).
class SuspensionTally {
public:
  void add(const AcqSet &Held, unsigned Rank) {
    if (Held.isEmpty())
      return;
    Entry &E = Roots[Held.getRootWithoutRetain()];
    E.Keep = Held; // Keeps the tree alive until flush().
    E.T.add(1, Rank);
  }

  /// Calls \p Fn(acquisition, count, earliest ranks) for every acquisition
  /// counted.
  void flush(llvm::function_ref<void(unsigned, uint64_t,
                                     llvm::ArrayRef<unsigned>)>
                 Fn) {
    using Tree = AcqSet::TreeTy;
    // Reverse post-order of the DAG below the roots: parents first.
    std::vector<const Tree *> Order;
    llvm::DenseSet<const Tree *> Seen;
    for (const auto &KV : Roots) {
      std::vector<std::pair<const Tree *, bool>> Stack{{KV.first, false}};
      while (!Stack.empty()) {
        auto [N, Done] = Stack.back();
        Stack.pop_back();
        if (Done) {
          Order.push_back(N);
          continue;
        }
        if (!Seen.insert(N).second)
          continue;
        Stack.push_back({N, true});
        for (const Tree *C : {N->getLeft(), N->getRight()})
          if (C && !Seen.count(C))
            Stack.push_back({C, false});
      }
    }
    llvm::DenseMap<const Tree *, Counts> Total;
    for (const auto &KV : Roots)
      Total[KV.first] = KV.second.T;
    for (const Tree *N : llvm::reverse(Order)) {
      Counts T = Total.lookup(N);
      if (!T.Count)
        continue;
      for (const Tree *C : {N->getLeft(), N->getRight()})
        if (C)
          Total[C].merge(T);
      Fn(N->getValue(), T.Count, T.Ranks);
    }
    Roots.clear();
  }

private:
  struct Counts {
    uint64_t Count = 0;
    /// Ascending, at most SuspensionPointsKept.
    llvm::SmallVector<unsigned, SuspensionPointsKept> Ranks;
    void add(uint64_t N, unsigned Rank) {
      Count += N;
      auto Pos = llvm::lower_bound(Ranks, Rank);
      if (Pos - Ranks.begin() < SuspensionPointsKept &&
          (Pos == Ranks.end() || *Pos != Rank)) {
        Ranks.insert(Pos, Rank);
        if (Ranks.size() > SuspensionPointsKept)
          Ranks.pop_back();
      }
    }
    void merge(const Counts &O) {
      Count += O.Count;
      for (unsigned R : O.Ranks)
        add(0, R);
    }
  };
  struct Entry {
    AcqSet Keep = AcqSet(nullptr);
    Counts T;
  };
  llvm::DenseMap<const AcqSet::TreeTy *, Entry> Roots;
};

class Analyzer {
public:
  Analyzer(const FunctionDecl *FD, const AnnotationDatabase &DB,
           const LockAnalysisOptions &Opts)
      : FD(FD), Ctx(FD->getASTContext()), DB(DB), Opts(Opts) {}

  std::vector<LockFinding> run();

private:
  /// The facts at a program point: holder -> the acquisitions it may hold.
  /// Persistent trees, so that a copy is O(1) and a state that differs from
  /// another by one lock shares the rest: the many states of a long
  /// coroutine cost memory in proportion to their differences, not their
  /// sizes. No holder maps to an empty set.
  using HolderMap = llvm::ImmutableMap<unsigned, AcqSet>;
  struct State {
    HolderMap M;
    bool empty() const { return M.isEmpty(); }
  };
  AcqSet::Factory SetF;
  HolderMap::Factory MapF;
  /// Holder keys (guard variables, mutex expressions) by number.
  llvm::StringMap<unsigned> HolderIds;
  std::vector<std::string> HolderKeys;
  unsigned holderId(llvm::StringRef Key) {
    auto [It, New] = HolderIds.try_emplace(Key, HolderKeys.size());
    if (New)
      HolderKeys.push_back(Key.str());
    return It->second;
  }
  State emptyState() { return State{MapF.getEmptyMap()}; }
  void insert(State &S, unsigned Acq, llvm::StringRef Holder) {
    unsigned H = holderId(Holder);
    const AcqSet *Old = S.M.lookup(H);
    AcqSet Set = Old ? *Old : SetF.getEmptySet();
    if (!Set.contains(Acq))
      S.M = MapF.add(S.M, H, SetF.add(Set, Acq));
  }
  /// Equality in O(1): the factories canonicalize, so equal trees are one
  /// tree. (operator== counts both trees' nodes first.)
  static bool same(const AcqSet &A, const AcqSet &B) {
    return A.getRootWithoutRetain() == B.getRootWithoutRetain();
  }
  static bool same(const HolderMap &A, const HolderMap &B) {
    return A.getRootWithoutRetain() == B.getRootWithoutRetain();
  }
  /// \p A with the elements of \p B, the smaller added into the larger.
  AcqSet unite(AcqSet A, AcqSet B) {
    if (same(A, B))
      return A;
    if (A.getHeight() < B.getHeight())
      std::swap(A, B);
    for (unsigned X : B)
      if (!A.contains(X))
        A = SetF.add(A, X);
    return A;
  }
  /// Adds the facts of \p Src to \p Dst; true if \p Dst changed.
  bool join(State &Dst, const State &Src) {
    HolderMap Before = Dst.M;
    for (const auto &[H, Set] : Src.M) {
      const AcqSet *Old = Dst.M.lookup(H);
      if (!Old)
        Dst.M = MapF.add(Dst.M, H, Set);
      else if (AcqSet New = unite(*Old, Set); !same(New, *Old))
        Dst.M = MapF.add(Dst.M, H, New);
    }
    return !same(Dst.M, Before);
  }
  /// Drops acquisition \p Acq, whoever holds it.
  void eraseAcquisition(State &S, unsigned Acq) {
    for (const auto &[H, Set] : HolderMap(S.M))
      if (Set.contains(Acq)) {
        AcqSet Rest = SetF.remove(Set, Acq);
        S.M = Rest.isEmpty() ? MapF.remove(S.M, H) : MapF.add(S.M, H, Rest);
      }
  }

  struct Acquisition {
    LockFinding Finding;
    /// Distinct suspension points reached while held, and the earliest
    /// SuspensionPointsKept of them in source order.
    unsigned NumPoints = 0;
    llvm::SmallVector<const Stmt *, SuspensionPointsKept> FirstPoints;
    std::vector<std::string> MutexKeys;
    /// MutexKeys as holder numbers (holderId).
    llvm::SmallVector<unsigned, 1> MutexKeyIds;
    bool IsTry = false;
  };

  /// What a guard declaration or assignment does.
  struct GuardInit {
    enum { NotHeld, Held, MaybeHeld, Transfer, Untracked } Effect = NotHeld;
    std::vector<const Expr *> MutexArgs;
    bool Adopt = false;
    std::string From; ///< Holder key moved from (Transfer).
  };

  const FunctionDecl *FD;
  ASTContext &Ctx;
  const AnnotationDatabase &DB;
  const LockAnalysisOptions &Opts;

  llvm::DenseMap<const CXXRecordDecl *, ClassInfo> ClassCache;
  /// Local guard variables by holder key.
  std::map<std::string, const VarDecl *> GuardVars;
  llvm::SmallPtrSet<const Expr *, 16> GuardInitExprs;
  llvm::SmallPtrSet<const Expr *, 16> AwaitedExprs;
  std::vector<Acquisition> Acqs;
  std::map<std::pair<const void *, std::string>, unsigned> AcqIndex;
  /// Set for the one pass after the fixpoint that records suspension points:
  /// every CFG element is then visited once, so counts are exact.
  bool Recording = false;
  /// CFG elements per suspension expression not yet visited by that pass,
  /// and what the visited ones held, when an expression has several.
  llvm::DenseMap<const Stmt *, unsigned> OccurrencesLeft;
  /// Each suspension expression's rank in source order, and back.
  llvm::DenseMap<const Stmt *, unsigned> SourceRank;
  std::vector<const Stmt *> ByRank;
  SuspensionTally Tally;
  llvm::DenseMap<const Stmt *, std::vector<unsigned>> PendingHeld;

  ClassInfo classify(const CXXRecordDecl *RD);
  ClassInfo classifyUncached(const CXXRecordDecl *RD);
  bool isAcquireMethod(const ClassInfo &CI, const CXXMethodDecl *MD) const;
  bool isReleaseMethod(const ClassInfo &CI, const CXXMethodDecl *MD) const;
  std::vector<std::string> releaseMethods(const ClassInfo &CI) const;
  /// True if a default-constructed guard of this class owns no lock: it can
  /// take one later (unique_lock) or is scoped_lockable.
  bool canBeEmpty(const ClassInfo &CI) const {
    if (CI.Entry)
      return !CI.Entry->AcquireMethods.empty();
    return CI.RD && CI.RD->hasAttr<ScopedLockableAttr>();
  }

  std::string varKey(const VarDecl *VD) const {
    return "v" + std::to_string(reinterpret_cast<uintptr_t>(
                     VD->getCanonicalDecl()));
  }
  /// The guard variable key \p E moves from (std::move(g), static_cast<G&&>).
  std::optional<std::string> movedGuard(const Expr *E) const;
  GuardInit analyzeGuardInit(const Expr *Init, bool CanBeEmpty) const;

  unsigned acquisition(const void *Site, const std::string &Holder,
                       LockKind Kind, SourceLocation Loc, const VarDecl *Guard,
                       const ClassInfo &CI,
                       const std::vector<const Expr *> &MutexArgs, bool IsTry,
                       llvm::StringRef AcquireName = "");

  void kill(State &S, const std::string &Holder) {
    auto It = HolderIds.find(Holder);
    if (It != HolderIds.end() && S.M.lookup(It->second))
      S.M = MapF.remove(S.M, It->second);
  }
  bool holds(const State &S, const std::string &Holder) const {
    auto It = HolderIds.find(Holder);
    return It != HolderIds.end() && S.M.lookup(It->second);
  }
  void moveFacts(State &S, const std::string &From, const std::string &To) {
    if (!holds(S, From) || From == To)
      return;
    AcqSet Moved = *S.M.lookup(HolderIds.find(From)->second);
    S.M = MapF.remove(S.M, HolderIds.find(From)->second);
    unsigned T = holderId(To);
    const AcqSet *Old = S.M.lookup(T);
    S.M = MapF.add(S.M, T, Old ? unite(*Old, Moved) : Moved);
  }

  void prepare(const CFG &G);
  void transfer(const CFGElement &E, State &S);
  void transferStmt(const Stmt *St, State &S);
  void declareGuard(const VarDecl *VD, State &S);
  void suspension(const Stmt *Susp, State &S);
  /// Records that acquisitions \p Held (sorted, unique) are held at \p Susp.
  void record(const Stmt *Susp, llvm::ArrayRef<unsigned> Held);
  /// Keeps \p Susp if it is among the earliest points of \p A.
  void addPoint(Acquisition &A, const Stmt *Susp);
  bool suspensionAllowed(const CoawaitExpr *CA) const;
  /// Facts to drop on the edge where \p Cond is \p Value.
  void refine(const Expr *Cond, bool Value, State &S);
};

ClassInfo Analyzer::classify(const CXXRecordDecl *RD) {
  auto It = ClassCache.find(RD);
  if (It != ClassCache.end())
    return It->second;
  ClassInfo CI = classifyUncached(RD);
  ClassCache[RD] = CI;
  return CI;
}

ClassInfo Analyzer::classifyUncached(const CXXRecordDecl *RD) {
  ClassInfo CI;
  if (!RD)
    return CI;
  CI.RD = RD;
  auto FromEntry = [&](const CXXRecordDecl *C) -> bool {
    std::string Name = databaseName(C);
    const TypeEntry *E = DB.findType(Name);
    if (!E)
      return false;
    switch (E->Role) {
    case TypeRole::LockGuard:
      CI.Role = ClassInfo::Guard;
      break;
    case TypeRole::Mutex:
      CI.Role = ClassInfo::Mutex;
      break;
    case TypeRole::AsyncMutex:
      CI.Role = ClassInfo::AsyncMutex;
      break;
    default:
      return false;
    }
    CI.Name = Name;
    CI.Entry = E;
    return true;
  };
  bool Found = FromEntry(RD);
  if (!Found && RD->hasDefinition()) {
    // A class derived from a listed mutex or guard is one too.
    RD->forallBases([&](const CXXRecordDecl *Base) {
      if (!Found)
        Found = FromEntry(Base);
      return true;
    });
  }
  if (!Found) {
    CI.Name = databaseName(RD);
    if (RD->hasAttr<ScopedLockableAttr>())
      CI.Role = ClassInfo::Guard;
    else if (RD->hasAttr<CapabilityAttr>())
      CI.Role = ClassInfo::Mutex;
    else if (matchesAny(CI.Name, Opts.ExtraGuardTypes))
      CI.Role = ClassInfo::Guard;
  }
  // A guard over an async mutex (std::unique_lock<folly::coro::Mutex>) is
  // taken with co_await: not a thread lock.
  if (CI.Role == ClassInfo::Guard) {
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD)) {
      for (const TemplateArgument &A : Spec->getTemplateArgs().asArray()) {
        llvm::ArrayRef<TemplateArgument> Args =
            A.getKind() == TemplateArgument::Pack ? A.pack_elements()
                                                  : llvm::ArrayRef(A);
        for (const TemplateArgument &TA : Args)
          if (TA.getKind() == TemplateArgument::Type)
            if (const CXXRecordDecl *M =
                    recordOfType(TA.getAsType(), /*ThroughPointer=*/false);
                M && M != RD && classify(M).Role == ClassInfo::AsyncMutex)
              CI.Role = ClassInfo::AsyncMutex;
      }
    }
  }
  return CI;
}

bool Analyzer::isAcquireMethod(const ClassInfo &CI,
                               const CXXMethodDecl *MD) const {
  if (MD->hasAttr<AcquireCapabilityAttr>() ||
      MD->hasAttr<TryAcquireCapabilityAttr>())
    return true;
  if (!CI.Entry || !MD->getIdentifier())
    return false;
  return llvm::is_contained(CI.Entry->AcquireMethods, MD->getName());
}

bool Analyzer::isReleaseMethod(const ClassInfo &CI,
                               const CXXMethodDecl *MD) const {
  if (MD->hasAttr<ReleaseCapabilityAttr>() && !isa<CXXDestructorDecl>(MD))
    return true;
  if (!CI.Entry || !MD->getIdentifier())
    return false;
  return llvm::is_contained(CI.Entry->ReleaseMethods, MD->getName());
}

std::vector<std::string> Analyzer::releaseMethods(const ClassInfo &CI) const {
  if (CI.Entry)
    return CI.Entry->ReleaseMethods;
  std::vector<std::string> Out;
  if (CI.RD && CI.RD->hasDefinition())
    for (const CXXMethodDecl *MD : CI.RD->methods())
      if (MD->hasAttr<ReleaseCapabilityAttr>() && !isa<CXXDestructorDecl>(MD) &&
          MD->getIdentifier())
        Out.push_back(MD->getName().str());
  return Out;
}

std::optional<std::string> Analyzer::movedGuard(const Expr *E) const {
  E = stripWrappers(E);
  const Expr *Inner = nullptr;
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    if (const FunctionDecl *Callee = CE->getDirectCallee();
        Callee && CE->getNumArgs() == 1 &&
        (Callee->getQualifiedNameAsString() == "std::move" ||
         Callee->getQualifiedNameAsString() == "std::forward"))
      Inner = CE->getArg(0);
  } else if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E)) {
    if (Cast->getType()->isRValueReferenceType() || Cast->isXValue())
      Inner = Cast->getSubExpr();
  } else if (E->isXValue()) {
    Inner = E;
  }
  if (!Inner)
    return std::nullopt;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Inner->IgnoreParenImpCasts()))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
      std::string K = varKey(VD);
      if (GuardVars.count(K))
        return K;
    }
  return std::nullopt;
}

Analyzer::GuardInit Analyzer::analyzeGuardInit(const Expr *Init,
                                                bool CanBeEmpty) const {
  GuardInit R;
  if (!Init)
    return R;
  const Expr *E = stripWrappers(Init);
  // Taken with co_await: an async lock.
  if (isa<CoawaitExpr>(E) || isa<CoyieldExpr>(E)) {
    R.Effect = GuardInit::Untracked;
    return R;
  }
  const auto *CE = dyn_cast<CXXConstructExpr>(E);
  if (!CE) {
    // A guard returned by a function: assume it holds its lock.
    R.Effect = GuardInit::Held;
    return R;
  }
  if (CE->getConstructor()->isCopyOrMoveConstructor() && CE->getNumArgs() >= 1) {
    if (std::optional<std::string> From = movedGuard(CE->getArg(0))) {
      R.Effect = GuardInit::Transfer;
      R.From = *From;
      return R;
    }
    const Expr *Src = stripWrappers(CE->getArg(0));
    if (isa<CoawaitExpr>(Src)) {
      R.Effect = GuardInit::Untracked;
      return R;
    }
    R.Effect = GuardInit::Held;
    return R;
  }
  if (CE->getNumArgs() == 0) {
    // A default-constructed unique_lock owns nothing; a listed RAII type
    // (RAIITypesList) is hostile for its whole lifetime.
    R.Effect = CanBeEmpty ? GuardInit::NotHeld : GuardInit::Held;
    return R;
  }
  R.Effect = GuardInit::Held;
  for (const Expr *Arg : CE->arguments()) {
    if (isa<CXXDefaultArgExpr>(Arg))
      continue;
    switch (ctorArgKind(Arg)) {
    case CtorArgKind::DeferTag:
      R.Effect = GuardInit::NotHeld;
      break;
    case CtorArgKind::TryTag:
    case CtorArgKind::Timeout:
      if (R.Effect == GuardInit::Held)
        R.Effect = GuardInit::MaybeHeld;
      break;
    case CtorArgKind::AdoptTag:
      R.Adopt = true;
      break;
    case CtorArgKind::Lockable:
      R.MutexArgs.push_back(Arg);
      break;
    case CtorArgKind::Other:
      break;
    }
  }
  return R;
}

unsigned Analyzer::acquisition(const void *Site, const std::string &Holder,
                               LockKind Kind, SourceLocation Loc,
                               const VarDecl *Guard, const ClassInfo &CI,
                               const std::vector<const Expr *> &MutexArgs,
                               bool IsTry, llvm::StringRef AcquireName) {
  auto Key = std::make_pair(Site, Holder);
  auto It = AcqIndex.find(Key);
  if (It != AcqIndex.end())
    return It->second;
  Acquisition A;
  A.Finding.Kind = Kind;
  A.Finding.Loc = Loc;
  A.Finding.Guard = Guard;
  A.Finding.TypeName = CI.Name;
  A.Finding.ReleaseMethods = releaseMethods(CI);
  if (!AcquireName.empty()) {
    // lock_shared() pairs with unlock_shared(), Lock() with Unlock().
    bool Shared = AcquireName.contains_insensitive("shared") ||
                  AcquireName.contains_insensitive("reader");
    std::stable_partition(
        A.Finding.ReleaseMethods.begin(), A.Finding.ReleaseMethods.end(),
        [&](const std::string &R) {
          llvm::StringRef RS(R);
          return (RS.contains_insensitive("shared") ||
                  RS.contains_insensitive("reader")) == Shared;
        });
  }
  for (const Expr *M : MutexArgs) {
    std::string T = mutexDisplay(M, Ctx);
    if (!T.empty())
      A.Finding.Mutexes.push_back(T);
    A.MutexKeys.push_back(objectKey(M, Ctx, /*Pointee=*/true));
    A.MutexKeyIds.push_back(holderId(A.MutexKeys.back()));
  }
  A.IsTry = IsTry;
  Acqs.push_back(std::move(A));
  return AcqIndex[Key] = Acqs.size() - 1;
}

void Analyzer::prepare(const CFG &G) {
  for (const CFGBlock *B : G) {
    for (const CFGElement &E : *B) {
      auto CS = E.getAs<CFGStmt>();
      if (!CS)
        continue;
      const Stmt *St = CS->getStmt();
      if (const auto *DS = dyn_cast<DeclStmt>(St)) {
        for (const Decl *D : DS->decls()) {
          const auto *VD = dyn_cast<VarDecl>(D);
          if (!VD || !VD->hasLocalStorage() || VD->getType()->isReferenceType())
            continue;
          const CXXRecordDecl *RD =
              recordOfType(VD->getType(), /*ThroughPointer=*/false);
          if (!RD || classify(RD).Role != ClassInfo::Guard)
            continue;
          GuardVars[varKey(VD)] = VD;
          if (const Expr *Init = VD->getInit()) {
            GuardInitExprs.insert(Init);
            GuardInitExprs.insert(stripWrappers(Init));
          }
        }
      } else if (const auto *CA = dyn_cast<CoroutineSuspendExpr>(St)) {
        if (const Expr *Op = CA->getOperand())
          AwaitedExprs.insert(stripWrappers(Op));
        ++OccurrencesLeft[CA];
      }
    }
  }
}

bool Analyzer::suspensionAllowed(const CoawaitExpr *CA) const {
  const Expr *Op = CA->getOperand();
  if (!Op)
    return false;
  if (!Opts.AllowedAwaitables.empty()) {
    if (const CXXRecordDecl *RD =
            recordOfType(Op->getType(), /*ThroughPointer=*/false);
        RD && matchesAny(databaseName(RD), Opts.AllowedAwaitables))
      return true;
  }
  if (!Opts.AllowedCallees.empty()) {
    if (const auto *Call = dyn_cast<CallExpr>(stripWrappers(Op)))
      if (const FunctionDecl *Callee = Call->getDirectCallee();
          Callee && matchesAny(databaseName(Callee), Opts.AllowedCallees))
        return true;
  }
  return false;
}

/// The structural keys of every object named in \p S, not descending into
/// lambda bodies (they run elsewhere).
void collectKeys(const Stmt *S, const ASTContext &Ctx,
                 std::set<std::string> &Keys) {
  if (!S)
    return;
  if (const auto *LE = dyn_cast<LambdaExpr>(S)) {
    for (const Expr *Init : LE->capture_inits())
      collectKeys(Init, Ctx, Keys);
    return;
  }
  if (const auto *E = dyn_cast<Expr>(S)) {
    const Expr *P = E->IgnoreParenImpCasts();
    if (isa<DeclRefExpr, MemberExpr>(P) ||
        (isa<UnaryOperator>(P) &&
         cast<UnaryOperator>(P)->getOpcode() == UO_Deref)) {
      Keys.insert(objectKey(P, Ctx, /*Pointee=*/false));
      if (P->getType()->isPointerType())
        Keys.insert(objectKey(P, Ctx, /*Pointee=*/true));
    }
  }
  for (const Stmt *C : S->children())
    collectKeys(C, Ctx, Keys);
}

void Analyzer::suspension(const Stmt *Susp, State &S) {
  // A suspension changes no state: only the recording pass looks at it.
  if (!Recording)
    return;
  const auto *CS = cast<CoroutineSuspendExpr>(Susp);
  // The implicit initial and final suspend points run before the body and
  // after its locals are destroyed.
  bool Ignored =
      S.empty() ||
      (isa<CoawaitExpr>(CS) && cast<CoawaitExpr>(CS)->isImplicit());
  if (const auto *CA = dyn_cast<CoawaitExpr>(Susp); CA && !Ignored)
    Ignored = suspensionAllowed(CA);
  // The holders and mutexes passed into the awaited expression, by number
  // (only keys that name a holder or a mutex can match).
  llvm::SmallDenseSet<unsigned, 8> Passed;
  if (Opts.AwaitablesManagePassedLocks && !Ignored) {
    std::set<std::string> Keys;
    collectKeys(CS->getOperand(), Ctx, Keys);
    for (const std::string &K : Keys)
      if (auto It = HolderIds.find(K); It != HolderIds.end())
        Passed.insert(It->second);
  }
  // The common case, one holder and nothing passed, goes to the tally: its
  // cost does not depend on how many locks the holder may hold.
  unsigned &Left = OccurrencesLeft[Susp];
  if (!Ignored && Passed.empty() && Left == 1 && !PendingHeld.count(Susp) &&
      ++S.M.begin() == S.M.end()) {
    Tally.add(S.M.begin()->second, SourceRank.lookup(Susp));
    return;
  }
  std::vector<unsigned> Held;
  unsigned Holders = 0;
  if (!Ignored)
    for (const auto &[H, Set] : S.M) {
      if (Passed.count(H))
        continue;
      ++Holders;
      for (unsigned I : Set)
        if (Passed.empty() ||
            llvm::none_of(Acqs[I].MutexKeyIds,
                          [&](unsigned K) { return Passed.count(K); }))
          Held.push_back(I);
    }
  // An expression the CFG lists more than once counts once: the union of
  // what its elements hold.
  if (Left > 1 || PendingHeld.count(Susp)) {
    std::vector<unsigned> &P = PendingHeld[Susp];
    P.insert(P.end(), Held.begin(), Held.end());
    if (Left > 1) {
      --Left;
      return;
    }
    Held = std::move(P);
    PendingHeld.erase(Susp);
    Holders = 2; // Not known to be sorted.
  }
  // One holder's set is already sorted and unique.
  if (Holders > 1) {
    llvm::sort(Held);
    Held.erase(std::unique(Held.begin(), Held.end()), Held.end());
  }
  record(Susp, Held);
}

void Analyzer::record(const Stmt *Susp, llvm::ArrayRef<unsigned> Held) {
  for (unsigned I : Held) {
    ++Acqs[I].NumPoints;
    addPoint(Acqs[I], Susp);
  }
}

void Analyzer::addPoint(Acquisition &A, const Stmt *Susp) {
  unsigned Rank = SourceRank.lookup(Susp);
  auto Pos = llvm::find_if(A.FirstPoints, [&](const Stmt *P) {
    return Rank <= SourceRank.lookup(P);
  });
  if (Pos != A.FirstPoints.end() && *Pos == Susp)
    return;
  if (Pos - A.FirstPoints.begin() < SuspensionPointsKept) {
    A.FirstPoints.insert(Pos, Susp);
    if (A.FirstPoints.size() > SuspensionPointsKept)
      A.FirstPoints.pop_back();
  }
}

void Analyzer::declareGuard(const VarDecl *VD, State &S) {
  std::string Key = varKey(VD);
  if (!GuardVars.count(Key))
    return;
  kill(S, Key);
  const ClassInfo CI =
      classify(recordOfType(VD->getType(), /*ThroughPointer=*/false));
  GuardInit GI = analyzeGuardInit(VD->getInit(), canBeEmpty(CI));
  switch (GI.Effect) {
  case GuardInit::NotHeld:
  case GuardInit::Untracked:
    return;
  case GuardInit::Transfer:
    moveFacts(S, GI.From, Key);
    return;
  case GuardInit::Held:
  case GuardInit::MaybeHeld:
    break;
  }
  for (const Expr *M : GI.MutexArgs) {
    const CXXRecordDecl *MR = recordOfType(M->getType(), /*ThroughPointer=*/true);
    if (MR && classify(MR).Role == ClassInfo::AsyncMutex)
      return;
  }
  if (GI.Adopt) {
    // The guard takes over locks taken by hand: keep their acquisition.
    bool Adopted = false;
    for (const Expr *M : GI.MutexArgs) {
      std::string MK = objectKey(M, Ctx, /*Pointee=*/true);
      if (holds(S, MK)) {
        moveFacts(S, MK, Key);
        Adopted = true;
      }
    }
    if (Adopted)
      return;
  }
  unsigned A = acquisition(VD, Key, LockKind::Guard, VD->getLocation(), VD, CI,
                           GI.MutexArgs, GI.Effect == GuardInit::MaybeHeld);
  insert(S, A, Key);
}

void Analyzer::transferStmt(const Stmt *St, State &S) {
  if (const auto *DS = dyn_cast<DeclStmt>(St)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        declareGuard(VD, S);
    return;
  }
  if (isa<CoawaitExpr, CoyieldExpr>(St)) {
    suspension(St, S);
    return;
  }
  const auto *E = dyn_cast<Expr>(St);
  if (!E)
    return;

  // Guards handed over by move to something we do not track.
  auto KillMovedArgs = [&](llvm::ArrayRef<const Expr *> Args) {
    for (const Expr *Arg : Args)
      if (std::optional<std::string> K = movedGuard(Arg))
        kill(S, *K);
  };

  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    if (GuardInitExprs.count(CE))
      return;
    KillMovedArgs(llvm::ArrayRef(CE->getArgs(), CE->getNumArgs()));
    return;
  }

  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call)
    return;
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
  const Expr *Obj = nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
    Obj = MC->getImplicitObjectArgument();
  else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Call); OC && MD &&
                                                                OC->getNumArgs())
    Obj = OC->getArg(0);

  if (MD && Obj && !MD->isStatic()) {
    const CXXRecordDecl *RD = recordOfType(Obj->getType(), /*ThroughPointer=*/true);
    const ClassInfo CI = classify(RD);
    std::string Key = objectKey(Obj, Ctx, /*Pointee=*/true);
    bool Awaited = AwaitedExprs.count(Call) != 0;
    if (CI.Role == ClassInfo::Guard && GuardVars.count(Key)) {
      const VarDecl *VD = GuardVars[Key];
      if (MD->isCopyAssignmentOperator() || MD->isMoveAssignmentOperator() ||
          (isa<CXXOperatorCallExpr>(Call) &&
           cast<CXXOperatorCallExpr>(Call)->getOperator() == OO_Equal)) {
        kill(S, Key);
        if (Call->getNumArgs() < 2)
          return;
        const Expr *Src = cast<CXXOperatorCallExpr>(Call)->getArg(1);
        if (std::optional<std::string> From = movedGuard(Src)) {
          if (*From != Key)
            moveFacts(S, *From, Key);
          return;
        }
        GuardInit GI = analyzeGuardInit(Src, canBeEmpty(CI));
        if (GI.Effect == GuardInit::Held || GI.Effect == GuardInit::MaybeHeld) {
          unsigned A = acquisition(Call, Key, LockKind::Guard,
                                   Call->getExprLoc(), VD, CI, GI.MutexArgs,
                                   GI.Effect == GuardInit::MaybeHeld);
          insert(S, A, Key);
        }
        return;
      }
      if (isReleaseMethod(CI, MD)) {
        kill(S, Key);
        return;
      }
      if (isAcquireMethod(CI, MD) && !Awaited) {
        // Re-locking: the mutex is the one the guard was built with.
        std::vector<const Expr *> Mutexes;
        if (const auto *Init = dyn_cast_or_null<CXXConstructExpr>(
                stripWrappers(VD->getInit())))
          for (const Expr *Arg : Init->arguments())
            if (!isa<CXXDefaultArgExpr>(Arg) &&
                ctorArgKind(Arg) == CtorArgKind::Lockable)
              Mutexes.push_back(Arg);
        unsigned A = acquisition(Call, Key, LockKind::Guard, Call->getExprLoc(),
                                 VD, CI, Mutexes, isTryName(MD->getName()));
        insert(S, A, Key);
        return;
      }
    } else if (CI.Role == ClassInfo::Mutex && !Awaited) {
      if (isReleaseMethod(CI, MD)) {
        kill(S, Key);
        return;
      }
      if (isAcquireMethod(CI, MD)) {
        bool IsTry = MD->hasAttr<TryAcquireCapabilityAttr>() ||
                     (MD->getIdentifier() && isTryName(MD->getName()));
        unsigned A = acquisition(Call, Key, LockKind::Manual,
                                 Call->getExprLoc(), nullptr, CI, {Obj}, IsTry,
                                 MD->getIdentifier() ? MD->getName() : "");
        insert(S, A, Key);
        return;
      }
    }
  } else if (const FunctionDecl *Callee = Call->getDirectCallee();
             Callee && Callee->getDeclName().isIdentifier() &&
             Callee->getName() == "lock" &&
             Callee->getQualifiedNameAsString() == "std::lock") {
    // std::lock(a, b, ...) takes every lockable argument.
    for (const Expr *Arg : Call->arguments()) {
      const CXXRecordDecl *RD = recordOfType(Arg->getType(), /*ThroughPointer=*/false);
      const ClassInfo CI = classify(RD);
      std::string Key = objectKey(Arg, Ctx, /*Pointee=*/true);
      if (CI.Role == ClassInfo::Guard && GuardVars.count(Key)) {
        const VarDecl *VD = GuardVars[Key];
        std::vector<const Expr *> Mutexes;
        if (const auto *Init = dyn_cast_or_null<CXXConstructExpr>(
                stripWrappers(VD->getInit())))
          for (const Expr *A : Init->arguments())
            if (!isa<CXXDefaultArgExpr>(A) &&
                ctorArgKind(A) == CtorArgKind::Lockable)
              Mutexes.push_back(A);
        unsigned A = acquisition(Call, Key, LockKind::Guard, Call->getExprLoc(),
                                 VD, CI, Mutexes, false);
        insert(S, A, Key);
      } else if (CI.Role == ClassInfo::Mutex) {
        unsigned A = acquisition(Call, Key, LockKind::Manual,
                                 Call->getExprLoc(), nullptr, CI, {Arg}, false);
        insert(S, A, Key);
      }
    }
    return;
  }
  KillMovedArgs(llvm::ArrayRef(Call->getArgs(), Call->getNumArgs()));
}

void Analyzer::transfer(const CFGElement &E, State &S) {
  if (auto CS = E.getAs<CFGStmt>()) {
    transferStmt(CS->getStmt(), S);
    return;
  }
  const VarDecl *Ended = nullptr;
  if (auto D = E.getAs<CFGAutomaticObjDtor>())
    Ended = D->getVarDecl();
  else if (auto L = E.getAs<CFGLifetimeEnds>())
    Ended = L->getVarDecl();
  if (Ended)
    kill(S, varKey(Ended));
}

void Analyzer::refine(const Expr *Cond, bool Value, State &S) {
  if (!Cond)
    return;
  const Expr *C = Cond->IgnoreParenImpCasts();
  while (const auto *UO = dyn_cast<UnaryOperator>(C)) {
    if (UO->getOpcode() != UO_LNot)
      return;
    Value = !Value;
    C = UO->getSubExpr()->IgnoreParenImpCasts();
  }
  if (Value)
    return; // Only the "not owned" edge drops facts.
  const auto *MC = dyn_cast<CXXMemberCallExpr>(C);
  if (!MC)
    return;
  // A try-lock that failed: the acquisitions at this call (AcqIndex is
  // ordered by site first).
  for (auto Acq = AcqIndex.lower_bound({MC, std::string()});
       Acq != AcqIndex.end() && Acq->first.first == MC; ++Acq)
    if (Acqs[Acq->second].IsTry)
      eraseAcquisition(S, Acq->second);
  // A guard that does not own its lock: owns_lock() or operator bool.
  const CXXMethodDecl *MD = MC->getMethodDecl();
  if (!MD)
    return;
  bool Owns = isa<CXXConversionDecl>(MD) ||
              (MD->getIdentifier() && MD->getName() == "owns_lock");
  if (!Owns)
    return;
  std::string Key = objectKey(MC->getImplicitObjectArgument(), Ctx,
                              /*Pointee=*/true);
  if (GuardVars.count(Key))
    kill(S, Key);
}

std::vector<LockFinding> Analyzer::run() {
  const Stmt *Body = FD->getBody();
  if (!Body || FD->isDependentContext() || !isa<CoroutineBodyStmt>(Body))
    return {};
  CFG::BuildOptions BO;
  BO.AddImplicitDtors = true;
  BO.AddLifetime = true;
  BO.AddTemporaryDtors = true;
  BO.AddCXXDefaultInitExprInCtors = true;
  // Every expression is an element, so that a co_await nested in an
  // initializer or a call argument is visited in evaluation order.
  BO.setAllAlwaysAdd();
  std::unique_ptr<CFG> G =
      CFG::buildCFG(FD, const_cast<Stmt *>(Body), &Ctx, BO);
  if (!G)
    return {};
  prepare(*G);
  {
    std::vector<const Stmt *> Points;
    for (const auto &KV : OccurrencesLeft)
      Points.push_back(KV.first);
    const SourceManager &SM = Ctx.getSourceManager();
    llvm::sort(Points, [&](const Stmt *X, const Stmt *Y) {
      return SM.isBeforeInTranslationUnit(suspensionLoc(X), suspensionLoc(Y));
    });
    for (const Stmt *P : Points)
      SourceRank[P] = SourceRank.size();
    ByRank = std::move(Points);
  }

  std::vector<std::optional<State>> In(G->getNumBlockIDs());
  std::deque<const CFGBlock *> Work;
  std::vector<bool> Queued(G->getNumBlockIDs(), false);
  const CFGBlock &Entry = G->getEntry();
  In[Entry.getBlockID()] = emptyState();
  Work.push_back(&Entry);
  Queued[Entry.getBlockID()] = true;
  while (!Work.empty()) {
    const CFGBlock *B = Work.front();
    Work.pop_front();
    Queued[B->getBlockID()] = false;
    State S = *In[B->getBlockID()];
    for (const CFGElement &E : *B)
      transfer(E, S);
    const Expr *Cond = nullptr;
    if (B->succ_size() == 2)
      Cond = dyn_cast_or_null<Expr>(
          B->getTerminatorCondition(/*StripParens=*/false));
    unsigned I = 0;
    for (const CFGBlock::AdjacentBlock &Succ : B->succs()) {
      unsigned Index = I++;
      const CFGBlock *SB = Succ.getReachableBlock();
      if (!SB)
        continue;
      State Out = S;
      if (Cond)
        refine(Cond, /*Value=*/Index == 0, Out);
      std::optional<State> &Dst = In[SB->getBlockID()];
      bool Changed = false;
      if (!Dst) {
        Dst = std::move(Out);
        Changed = true;
      } else {
        Changed = join(*Dst, Out);
      }
      if (Changed && !Queued[SB->getBlockID()]) {
        Queued[SB->getBlockID()] = true;
        Work.push_back(SB);
      }
    }
  }

  // At the fixpoint: one pass over every reachable element records the
  // suspension points with the locks they hold. (Recording while iterating
  // would revisit elements; the fixpoint's states contain every state seen.)
  Recording = true;
  for (const CFGBlock *B : *G) {
    if (!In[B->getBlockID()])
      continue;
    State S = *In[B->getBlockID()];
    for (const CFGElement &E : *B)
      transfer(E, S);
  }
  Recording = false;
  Tally.flush([&](unsigned I, uint64_t Count, llvm::ArrayRef<unsigned> Ranks) {
    Acquisition &A = Acqs[I];
    A.NumPoints += Count;
    for (unsigned R : Ranks)
      addPoint(A, ByRank[R]);
  });

  const SourceManager &SM = Ctx.getSourceManager();
  auto Before = [&](SourceLocation A, SourceLocation B) {
    return SM.isBeforeInTranslationUnit(A, B);
  };
  std::vector<LockFinding> Out;
  for (Acquisition &A : Acqs) {
    if (!A.NumPoints)
      continue;
    LockFinding F = std::move(A.Finding);
    F.SuspensionPoints.assign(A.FirstPoints.begin(), A.FirstPoints.end());
    F.NumSuspensionPoints = A.NumPoints;
    Out.push_back(std::move(F));
  }
  llvm::stable_sort(Out, [&](const LockFinding &X, const LockFinding &Y) {
    if (X.Loc != Y.Loc)
      return Before(X.Loc, Y.Loc);
    return X.Mutexes < Y.Mutexes;
  });
  return Out;
}

} // namespace

std::vector<LockFinding>
findLocksAcrossSuspension(const FunctionDecl *Coroutine,
                          const AnnotationDatabase &DB,
                          const LockAnalysisOptions &Options) {
  if (!Coroutine)
    return {};
  return Analyzer(Coroutine, DB, Options).run();
}

std::vector<const TypeEntry *>
asyncMutexesOfFramework(llvm::StringRef Framework,
                        const AnnotationDatabase &DB) {
  std::vector<const TypeEntry *> Out;
  for (const TypeEntry &T : DB.types())
    if (T.Role == TypeRole::AsyncMutex && T.Framework == Framework)
      Out.push_back(&T);
  return Out;
}

std::vector<const TypeEntry *> asyncMutexSamples(const AnnotationDatabase &DB) {
  std::map<std::string, const TypeEntry *> ByFramework;
  for (const TypeEntry &T : DB.types())
    if (T.Role == TypeRole::AsyncMutex)
      ByFramework.insert({T.Framework, &T});
  std::vector<const TypeEntry *> Out;
  for (const auto &[Name, T] : ByFramework)
    Out.push_back(T);
  return Out;
}

} // namespace asynctidy
