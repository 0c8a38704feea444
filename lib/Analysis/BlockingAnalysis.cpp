//===--- BlockingAnalysis.cpp - blocking reachable from async contexts ----===//

#include "Analysis/BlockingAnalysis.h"
#include "Analysis/AnnotationMatcher.h"
#include "Analysis/BlockingCallFinder.h"
#include "Analysis/ColdPaths.h"

#include "clang/AST/Attr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"
#include <deque>

using namespace clang;

namespace asynctidy {

//===----------------------------------------------------------------------===//
// Contexts and in-source annotations
//===----------------------------------------------------------------------===//

static std::optional<std::string> stringArg(const Expr *E) {
  if (!E)
    return std::nullopt;
  if (const auto *SL =
          dyn_cast<StringLiteral>(E->IgnoreImplicit()->IgnoreParenImpCasts()))
    return SL->getString().str();
  return std::nullopt;
}

static bool hasEffect(const FunctionDecl *FD, FunctionEffect::Kind K) {
  for (const FunctionDecl *R : FD->redecls())
    for (const FunctionEffect &E : R->getFunctionEffects().effects())
      if (E.kind() == K)
        return true;
  return false;
}

/// The first async::<Tag> annotation on any redeclaration; its optional
/// string argument goes to \p Arg.
static bool hasAnnotation(const FunctionDecl *FD, StringRef Tag,
                          std::string *Arg = nullptr) {
  for (const FunctionDecl *R : FD->redecls())
    for (const auto *A : R->specific_attrs<AnnotateAttr>())
      if (A->getAnnotation() == Tag) {
        if (Arg && A->args_size() > 0)
          if (auto S = stringArg(*A->args_begin()))
            *Arg = *S;
        return true;
      }
  return false;
}

SourceAnnotation sourceAnnotation(const FunctionDecl *FD) {
  SourceAnnotation A;
  std::string Category;
  if (hasAnnotation(FD, "async::blocking", &Category)) {
    A.TheKind = SourceAnnotation::Blocking;
    A.Category = Category.empty() ? "annotated" : Category;
  } else if (hasEffect(FD, FunctionEffect::Kind::Blocking)) {
    A.TheKind = SourceAnnotation::Blocking;
    A.Category = "annotated";
  } else if (hasAnnotation(FD, "async::non_blocking") ||
             hasEffect(FD, FunctionEffect::Kind::NonBlocking)) {
    A.TheKind = SourceAnnotation::NonBlocking;
  }
  return A;
}

namespace {
/// Finds the suspension points of a body (outside nested lambdas and local
/// classes): co_await and co_yield.
class SuspensionFinder : public RecursiveASTVisitor<SuspensionFinder> {
public:
  bool Await = false;
  bool Yield = false;
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool TraverseDecl(Decl *D) {
    if (isa_and_nonnull<FunctionDecl, RecordDecl>(D))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }
  bool VisitCoawaitExpr(CoawaitExpr *) { return !(Await = true); }
  bool VisitDependentCoawaitExpr(DependentCoawaitExpr *) {
    return !(Await = true);
  }
  bool VisitCoyieldExpr(CoyieldExpr *) {
    Yield = true;
    return true;
  }
};
} // namespace

std::optional<ContextKind> asyncContextKind(const FunctionDecl *FD,
                                            bool CheckSyncGenerators) {
  if (isCoroutine(FD)) {
    if (CheckSyncGenerators)
      return ContextKind::Coroutine;
    const Stmt *Body = cast<CoroutineBodyStmt>(FD->getBody())->getBody();
    SuspensionFinder S;
    S.TraverseStmt(const_cast<Stmt *>(Body)); // Stops at the first co_await.
    // co_yield without co_await: a synchronous generator, which runs on its
    // consumer's thread. A co_return-only coroutine is still a task.
    if (!S.Await && S.Yield)
      return std::nullopt;
    return ContextKind::Coroutine;
  }
  if (!FD->doesThisDeclarationHaveABody())
    return std::nullopt;
  if (hasAnnotation(FD, "async::must_not_block"))
    return ContextKind::MustNotBlock;
  if (hasEffect(FD, FunctionEffect::Kind::NonBlocking))
    return ContextKind::NonBlocking;
  return std::nullopt;
}

std::string describeContext(const FunctionDecl *FD, ContextKind K) {
  switch (K) {
  case ContextKind::Coroutine:
    return describeCoroutine(FD);
  case ContextKind::NonBlocking:
    return "nonblocking function '" + calleeDisplayName(FD) + "'";
  case ContextKind::MustNotBlock:
    return "must-not-block function '" + calleeDisplayName(FD) + "'";
  case ContextKind::Callback:
    // Named like a coroutine: "'f'", "lambda in 'g'".
    return "event-loop callback" +
           StringRef(describeCoroutine(FD)).drop_front(strlen("coroutine")).str();
  }
  llvm_unreachable("unknown context kind");
}

StringRef blockingStateName(BlockingState S) {
  switch (S) {
  case BlockingState::Blocking:
    return "blocking";
  case BlockingState::NonBlocking:
    return "non-blocking";
  case BlockingState::Unknown:
    return "unknown";
  }
  llvm_unreachable("unknown state");
}

//===----------------------------------------------------------------------===//
// The analysis
//===----------------------------------------------------------------------===//

struct BlockingAnalyzer::Node {
  const FunctionDecl *FD = nullptr;  ///< Canonical declaration.
  const FunctionDecl *Def = nullptr; ///< Definition with a body, if any.
  SourceAnnotation Annot;
  bool Followed = false;       ///< Body collected (has a body, is followed).
  llvm::StringSet<> NamesUsed; ///< See NameUseFinder.
  std::vector<CallSiteRecord> Sites;
  /// Per site (parallel to Sites): the nodes the walk follows into, computed
  /// once during discovery.
  std::vector<std::vector<Node *>> Targets;
  // Results.
  bool Blocking = false;
  bool Unknown = false;
  unsigned Dist = 0; ///< Frames to the leaf (0: the function itself blocks).
  std::string Category;
  const CallSiteRecord *NextSite = nullptr;
  const FunctionDecl *NextTarget = nullptr;
  bool NextIsLeaf = false;
};

BlockingAnalyzer::BlockingAnalyzer(ASTContext &Ctx,
                                   const AnnotationDatabase &DB,
                                   const llvm::StringMap<bool> &Enabled,
                                   BlockingAnalysisOptions Opts)
    : Ctx(Ctx), DB(DB), Enabled(Enabled), Opts(Opts), Overrides(Ctx),
      Closed(Opts.Closed, Ctx.getSourceManager()) {}

BlockingAnalyzer::~BlockingAnalyzer() = default;

BlockingAnalyzer::Node *
BlockingAnalyzer::lookup(const FunctionDecl *FD) const {
  auto It = Nodes.find(FD->getCanonicalDecl());
  return It == Nodes.end() ? nullptr : It->second.get();
}

BlockingAnalyzer::Node *BlockingAnalyzer::node(const FunctionDecl *FD) {
  auto &Slot = Nodes[FD->getCanonicalDecl()];
  if (!Slot) {
    Slot = std::make_unique<Node>();
    Slot->FD = FD->getCanonicalDecl();
    const FunctionDecl *Def = nullptr;
    if (FD->hasBody(Def))
      Slot->Def = Def;
    Slot->Annot = sourceAnnotation(FD);
    Order.push_back(Slot.get());
  }
  return Slot.get();
}

namespace {
/// The names a body uses, for categories' `unless-function-uses`: macros
/// that expand to integer constants (`errno == EAGAIN` uses EAGAIN), the
/// declarations it names (`SOCK_NONBLOCK`, `error::would_block`), the members
/// it names (`status.try_again()`), and "co_await NAME" for a function or
/// member named in an awaited expression (`co_await client.poll(...)`).
class NameUseFinder : public RecursiveASTVisitor<NameUseFinder> {
public:
  explicit NameUseFinder(const ASTContext &Ctx) : Ctx(Ctx) {}
  llvm::StringSet<> Names;
  bool VisitIntegerLiteral(IntegerLiteral *IL) {
    SourceLocation Loc = IL->getBeginLoc();
    const SourceManager &SM = Ctx.getSourceManager();
    while (Loc.isMacroID()) {
      Names.insert(Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts()));
      Loc = SM.getImmediateMacroCallerLoc(Loc);
    }
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    add(E->getDecl());
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    add(E->getMemberDecl());
    return true;
  }
  bool TraverseCoawaitExpr(CoawaitExpr *E) {
    ++AwaitDepth;
    bool R = TraverseStmt(E->getOperand());
    --AwaitDepth;
    return R;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }

private:
  void add(const NamedDecl *D) {
    const IdentifierInfo *II = D ? D->getIdentifier() : nullptr;
    if (!II)
      return;
    Names.insert(II->getName());
    if (AwaitDepth && isa<FunctionDecl>(D))
      Names.insert(("co_await " + II->getName()).str());
  }
  const ASTContext &Ctx;
  unsigned AwaitDepth = 0;
};
} // namespace

bool BlockingAnalyzer::isLeafSite(const Node &N, const CallSiteRecord &S,
                                  std::string *Category) const {
  if (Opts.IsLeaf) {
    std::string Cat;
    if (!Opts.IsLeaf(N.Def ? N.Def : N.FD, S, Cat))
      return false;
    if (Category)
      *Category = Cat;
    return true;
  }
  auto On = [&](StringRef Cat) {
    auto It = Enabled.find(Cat);
    return It != Enabled.end() && It->second;
  };
  if (S.Entry) {
    if (S.Entry->TheEffect != Effect::Blocking || !On(S.Entry->Category))
      return false;
    // E.g. socket calls in a function that checks EAGAIN: non-blocking use.
    if (const asynctidy::Category *C = DB.findCategory(S.Entry->Category))
      if (llvm::any_of(C->UnlessFunctionUses, [&](const std::string &M) {
            return N.NamesUsed.contains(M);
          }))
        return false;
    if (Category)
      *Category = S.Entry->Category;
    return true;
  }
  // A callee annotated blocking in source is a leaf too.
  const FunctionDecl *Callee =
      S.Kind == CallKind::Virtual ? nullptr : S.Callee;
  if (Callee) {
    const Node *CN = lookup(Callee);
    SourceAnnotation A = CN ? CN->Annot : sourceAnnotation(Callee);
    if (A.TheKind == SourceAnnotation::Blocking && On(A.Category)) {
      if (Category)
        *Category = A.Category;
      return true;
    }
  }
  return false;
}

std::vector<const FunctionDecl *>
BlockingAnalyzer::followedTargets(const CallSiteRecord &S) {
  std::vector<const FunctionDecl *> Out;
  if (S.Entry)
    return Out; // The database describes it: a leaf or a stop, never entered.
  auto Consider = [&](const FunctionDecl *T) {
    if (isCoroutine(T->getDefinition() ? T->getDefinition() : T))
      return; // Its body is its own async context.
    if (matchCall(DB, {T, nullptr}))
      return;
    if (isClosed(T))
      return; // The database is the whole truth about a closed library.
    const Node *TN = lookup(T);
    SourceAnnotation A = TN ? TN->Annot : sourceAnnotation(T);
    if (A.TheKind == SourceAnnotation::NonBlocking)
      return; // Vouched for (and [[clang::nonblocking]] is verified by Clang).
    Out.push_back(T);
  };
  if (S.Kind == CallKind::Virtual) {
    for (const FunctionDecl *T : S.Targets)
      Consider(T);
  } else {
    Consider(S.Callee);
  }
  return Out;
}

void BlockingAnalyzer::dropNoreturnBoundSites(Node &N) {
  // Most bodies call nothing noreturn: build a CFG only for those that do.
  if (Opts.FollowNoreturnPaths ||
      llvm::none_of(N.Sites, [](const CallSiteRecord &S) {
        return S.Kind == CallKind::Call && S.Callee && S.Callee->isNoReturn();
      }))
    return;
  llvm::DenseSet<const Stmt *> Cold = noreturnBoundStatements(N.Def, Ctx);
  llvm::erase_if(N.Sites, [&](const CallSiteRecord &S) {
    return S.E && Cold.contains(S.E);
  });
}

void BlockingAnalyzer::discover(ArrayRef<const FunctionDecl *> Roots) {
  std::vector<Node *> Work;
  for (const FunctionDecl *R : Roots)
    Work.push_back(node(R));
  const SourceManager &SM = Ctx.getSourceManager();
  for (size_t I = 0; I < Work.size(); ++I) {
    Node *N = Work[I];
    if (N->Followed || !N->Def)
      continue;
    // A root is walked whatever it says about itself ([[clang::nonblocking]]
    // is both a context and a promise to its callers); other annotated
    // functions are leaves or stops.
    bool IsRoot = I < Roots.size();
    if (!IsRoot && N->Annot.TheKind != SourceAnnotation::None)
      continue;
    if (!IsRoot && !Opts.FollowSystemHeaders &&
        SM.isInSystemHeader(N->Def->getLocation()))
      continue;
    N->Followed = true;
    N->Sites = collectCallSites(N->Def, DB, Overrides);
    dropNoreturnBoundSites(*N);
    // Walk the body for names only if a category here can use them.
    bool NeedsNames = llvm::any_of(N->Sites, [&](const CallSiteRecord &S) {
      const Category *C = S.Entry ? DB.findCategory(S.Entry->Category) : nullptr;
      return C && !C->UnlessFunctionUses.empty();
    });
    if (NeedsNames) {
      NameUseFinder F(Ctx);
      F.TraverseStmt(const_cast<Stmt *>(N->Def->getBody()));
      N->NamesUsed = std::move(F.Names);
    }
    N->Targets.resize(N->Sites.size());
    for (size_t SI = 0; SI < N->Sites.size(); ++SI)
      for (const FunctionDecl *T : followedTargets(N->Sites[SI])) {
        Node *TN = node(T);
        N->Targets[SI].push_back(TN);
        if (!TN->Followed)
          Work.push_back(TN);
      }
  }
}

void BlockingAnalyzer::propagate() {
  // Reverse edges, in discovery order (deterministic).
  struct Rev {
    Node *Caller;
    const CallSiteRecord *Site;
    const FunctionDecl *Target;
  };
  llvm::DenseMap<Node *, std::vector<Rev>> Callers;
  std::deque<Node *> Queue;
  std::vector<Node *> UnknownQueue;
  for (Node *N : Order) {
    // In-source blocking annotations are blocking leaves, which only the
    // default leaf predicate is about.
    if (!Opts.IsLeaf && N->Annot.TheKind == SourceAnnotation::Blocking) {
      N->Blocking = true;
      N->Dist = 0;
      N->Category = N->Annot.Category;
      Queue.push_back(N);
      continue;
    }
    if (!N->Followed) {
      // No body we analyse, no annotation: unknown unless vouched for.
      if (N->Annot.TheKind == SourceAnnotation::None && !N->Def) {
        N->Unknown = true;
        UnknownQueue.push_back(N);
      }
      continue;
    }
    for (size_t SI = 0; SI < N->Sites.size(); ++SI) {
      const CallSiteRecord &S = N->Sites[SI];
      std::string Cat;
      if (!N->Blocking && isLeafSite(*N, S, &Cat)) {
        N->Blocking = true;
        N->Dist = 1;
        N->Category = Cat;
        N->NextSite = &S;
        N->NextTarget = S.Callee;
        N->NextIsLeaf = true;
      }
      for (Node *TN : N->Targets[SI])
        Callers[TN].push_back({N, &S, TN->Def ? TN->Def : TN->FD});
    }
    if (N->Blocking)
      Queue.push_back(N);
  }
  // Seeds with Dist 0 (annotated) must come before Dist 1 ones, each group in
  // discovery order, for a breadth-first search.
  std::deque<Node *> Seeds;
  for (Node *N : Queue)
    if (N->Dist == 0)
      Seeds.push_back(N);
  for (Node *N : Queue)
    if (N->Dist != 0)
      Seeds.push_back(N);
  Queue = std::move(Seeds);
  while (!Queue.empty()) {
    Node *T = Queue.front();
    Queue.pop_front();
    if (T->Dist + 1 > Opts.MaxDepth)
      continue;
    auto It = Callers.find(T);
    if (It == Callers.end())
      continue;
    for (const Rev &R : It->second) {
      if (R.Caller->Blocking)
        continue;
      R.Caller->Blocking = true;
      R.Caller->Dist = T->Dist + 1;
      R.Caller->Category = T->Category;
      R.Caller->NextSite = R.Site;
      R.Caller->NextTarget = R.Target;
      R.Caller->NextIsLeaf = T->Dist == 0;
      Queue.push_back(R.Caller);
    }
  }
  // Unknown: reaches a callee we cannot see, and is not known to block.
  for (size_t I = 0; I < UnknownQueue.size(); ++I) {
    auto It = Callers.find(UnknownQueue[I]);
    if (It == Callers.end())
      continue;
    for (const Rev &R : It->second)
      if (!R.Caller->Unknown && !R.Caller->Blocking) {
        R.Caller->Unknown = true;
        UnknownQueue.push_back(R.Caller);
      }
  }
}

void BlockingAnalyzer::analyze(ArrayRef<const FunctionDecl *> Roots) {
  // A closed library's own async contexts are its business, unless the
  // library itself is what is being analysed (the main file).
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<const FunctionDecl *> Open;
  for (const FunctionDecl *R : Roots)
    if (SM.isInMainFile(SM.getFileLoc(R->getLocation())) || !isClosed(R))
      Open.push_back(R);
  discover(Open);
  propagate();
}

BlockingState BlockingAnalyzer::state(const FunctionDecl *FD) const {
  const Node *N = lookup(FD);
  if (!N)
    return BlockingState::Unknown;
  if (N->Blocking)
    return BlockingState::Blocking;
  return N->Unknown ? BlockingState::Unknown : BlockingState::NonBlocking;
}

std::vector<ChainFrame>
BlockingAnalyzer::chainFrom(const FunctionDecl *FD) const {
  std::vector<ChainFrame> Chain;
  const Node *N = lookup(FD);
  const FunctionDecl *ReachedThrough = nullptr; // Virtual call into N.
  while (N && N->Blocking && N->NextSite) {
    ChainFrame F;
    F.Caller = N->Def ? N->Def : N->FD;
    F.Callee = N->NextTarget;
    F.VirtualBase = ReachedThrough;
    F.Loc = N->NextSite->Loc;
    F.Site = N->NextSite;
    F.IsLeaf = N->NextIsLeaf;
    Chain.push_back(F);
    if (N->NextIsLeaf)
      break;
    ReachedThrough = nullptr;
    if (N->NextSite->Kind == CallKind::Virtual &&
        N->NextTarget->getCanonicalDecl() !=
            N->NextSite->Callee->getCanonicalDecl())
      ReachedThrough = N->NextSite->Callee;
    N = lookup(N->NextTarget);
  }
  return Chain;
}

/// Whether \p FD is a coroutine that starts on a blocking pool: its first
/// parameter is a framework's executor tag and its second an executor that
/// an `executor-switch` entry takes (concurrencpp's
/// `result<T> f(executor_tag, std::shared_ptr<thread_executor>, ...)`).
static bool startsOnBlockingPool(const FunctionDecl *FD,
                                 const AnnotationDatabase &DB) {
  if (FD->getNumParams() < 2)
    return false;
  const CXXRecordDecl *Tag = recordOfType(FD->getParamDecl(0)->getType(),
                                          /*ThroughPointer=*/false);
  if (!Tag || llvm::none_of(DB.frameworks(), [&](const FrameworkEntry &F) {
        return llvm::is_contained(F.ExecutorTagTypes, databaseName(Tag));
      }))
    return false;
  const ParmVarDecl *Executor = FD->getParamDecl(1);
  return llvm::any_of(DB.entries(), [&](const FunctionEntry &E) {
    return E.TheEffect == Effect::ExecutorSwitch && E.Params &&
           E.Params->size() == 1 && E.Receivers.empty() &&
           E.ReceiverObjects.empty() &&
           (E.ReceiverNames.empty() ||
            llvm::is_contained(E.ReceiverNames, Executor->getName())) &&
           typeWrittenAs(Executor->getType(), E.Params->front(),
                         FD->getASTContext());
  });
}

bool BlockingAnalyzer::isExecutorMove(const CallSiteRecord &S) const {
  if (S.Entry)
    return S.Entry->TheEffect == Effect::ExecutorSwitch;
  // A function some of whose calls switch to a blocking pool: this call
  // moves to another executor.
  return S.Callee &&
         llvm::any_of(DB.entriesNamed(databaseName(S.Callee)),
                      [](const FunctionEntry *E) {
                        return E->TheEffect == Effect::ExecutorSwitch;
                      });
}

std::vector<bool> BlockingAnalyzer::offloadedSites(const Node &R) const {
  std::vector<bool> Out(R.Sites.size(), false);
  if (!Opts.StopAtExecutorSwitch)
    return Out;
  if (isCoroutine(R.Def) && startsOnBlockingPool(R.Def, DB))
    return std::vector<bool>(R.Sites.size(), true);
  // After `co_await resume_on(blocking_pool)` the body runs on that pool,
  // until an awaited call of the same function moves it elsewhere
  // (`co_await resume_on(cpu_pool)`). Statement order; branches are not
  // modelled. The switch itself is never reported either.
  bool OnBlockingPool = false;
  for (size_t SI = 0; SI < R.Sites.size(); ++SI) {
    const CallSiteRecord &S = R.Sites[SI];
    if (S.Awaited && S.Kind == CallKind::Call && isExecutorMove(S)) {
      OnBlockingPool = S.Entry && S.Entry->TheEffect == Effect::ExecutorSwitch;
      Out[SI] = true;
      continue;
    }
    Out[SI] = OnBlockingPool;
  }
  return Out;
}

std::vector<BlockingFinding>
BlockingAnalyzer::findings(const FunctionDecl *Root) {
  std::vector<BlockingFinding> Out;
  const Node *R = lookup(Root);
  if (!R || !R->Followed)
    return Out;
  std::vector<bool> Offloaded = offloadedSites(*R);
  for (size_t SI = 0; SI < R->Sites.size(); ++SI) {
    const CallSiteRecord &S = R->Sites[SI];
    if (Offloaded[SI])
      continue;
    std::string Cat;
    if (isLeafSite(*R, S, &Cat)) {
      BlockingFinding F;
      F.Site = &S;
      F.Callee = S.Callee;
      F.Direct = true;
      F.Category = Cat;
      Out.push_back(std::move(F));
      continue;
    }
    // The followed target with the shortest chain (ties: first in order).
    const Node *Best = nullptr;
    for (const Node *TN : R->Targets[SI]) {
      if (TN->Blocking && TN->Dist <= Opts.MaxDepth &&
          (!Best || TN->Dist < Best->Dist))
        Best = TN;
    }
    if (!Best)
      continue;
    BlockingFinding F;
    F.Site = &S;
    F.Callee = Best->Def ? Best->Def : Best->FD;
    F.Category = Best->Category;
    F.Chain = chainFrom(Best->FD);
    if (!F.Chain.empty() && S.Kind == CallKind::Virtual &&
        Best->FD != S.Callee->getCanonicalDecl())
      F.Chain.front().VirtualBase = S.Callee;
    Out.push_back(std::move(F));
  }
  return Out;
}

static std::string usrOf(const Decl *D) {
  SmallString<128> Buf;
  if (index::generateUSRForDecl(D, Buf))
    return {};
  return Buf.str().str();
}

std::string presumedFilePath(SourceLocation FileLoc, const SourceManager &SM) {
  PresumedLoc P = SM.getPresumedLoc(FileLoc);
  if (P.isInvalid())
    return {};
  FileManager &FM = SM.getFileManager();
  // The real path: ".." after a symbolic link is not the lexical parent,
  // and two TUs reaching one header by different paths agree.
  OptionalFileEntryRef FE = SM.getFileEntryRefForID(SM.getFileID(FileLoc));
  if (FE && FE->getName() == P.getFilename())
    return FM.getCanonicalName(*FE).str();
  // A line marker: the file as the compile that preprocessed it saw it.
  if (OptionalFileEntryRef Named = FM.getOptionalFileRef(P.getFilename()))
    return FM.getCanonicalName(*Named).str();
  SmallString<256> Path(P.getFilename());
  if (!Path.starts_with("<")) { // Not "<built-in>", "<command line>".
    FM.makeAbsolutePath(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  }
  return Path.str().str();
}

std::string fileLocation(SourceLocation Loc, const SourceManager &SM) {
  SourceLocation FileLoc = SM.getFileLoc(Loc);
  if (FileLoc.isInvalid())
    return {};
  PresumedLoc P = SM.getPresumedLoc(FileLoc);
  if (P.isInvalid())
    return {};
  return (presumedFilePath(FileLoc, SM) + ":" + Twine(P.getLine()) + ":" +
          Twine(P.getColumn()))
      .str();
}

std::vector<FunctionSummary> BlockingAnalyzer::summaries() const {
  std::vector<FunctionSummary> Out;
  const SourceManager &SM = Ctx.getSourceManager();
  for (const Node *N : Order) {
    FunctionSummary S;
    S.Decl = N->Def ? N->Def : N->FD;
    S.USR = usrOf(N->FD);
    S.Name = calleeDisplayName(N->FD);
    S.State = state(N->FD);
    if (N->Blocking) {
      S.Category = N->Category;
      S.Depth = N->Dist;
      for (const ChainFrame &F : chainFrom(N->FD))
        S.Witness.push_back({usrOf(F.Callee), calleeDisplayName(F.Callee),
                             fileLocation(F.Loc, SM)});
    }
    S.Analysed = N->Followed;
    std::vector<bool> Offloaded =
        N->Followed ? offloadedSites(*N) : std::vector<bool>();
    for (size_t SI = 0; N->Followed && SI < N->Sites.size(); ++SI) {
      const CallSiteRecord &CS = N->Sites[SI];
      FunctionSummary::Site Site;
      if (!isLeafSite(*N, CS, &Site.LeafCategory))
        Site.LeafCategory.clear();
      for (const Node *T : N->Targets[SI])
        Site.TargetUSRs.push_back(usrOf(T->FD));
      if (Site.LeafCategory.empty() && Site.TargetUSRs.empty())
        continue;
      Site.Location = fileLocation(CS.Loc, SM);
      Site.CalleeName = CS.Callee ? calleeDisplayName(CS.Callee) : "";
      Site.Offloaded = Offloaded[SI];
      S.Sites.push_back(std::move(Site));
    }
    Out.push_back(std::move(S));
  }
  return Out;
}

llvm::json::Value toJSON(const FunctionSummary &S) {
  llvm::json::Array W;
  for (const FunctionSummary::Step &St : S.Witness)
    W.push_back(llvm::json::Object{{"callee_usr", St.CalleeUSR},
                                   {"callee", St.CalleeName},
                                   {"location", St.Location}});
  llvm::json::Array Sites;
  for (const FunctionSummary::Site &Si : S.Sites) {
    llvm::json::Object O{{"location", Si.Location},
                         {"callee", Si.CalleeName},
                         {"targets", Si.TargetUSRs}};
    if (!Si.LeafCategory.empty())
      O["leaf_category"] = Si.LeafCategory;
    if (Si.Offloaded)
      O["offloaded"] = true;
    Sites.push_back(std::move(O));
  }
  return llvm::json::Object{{"usr", S.USR},
                            {"name", S.Name},
                            {"state", blockingStateName(S.State)},
                            {"category", S.Category},
                            {"depth", S.Depth},
                            {"witness", std::move(W)},
                            {"analysed", S.Analysed},
                            {"sites", std::move(Sites)}};
}

bool fromJSON(const llvm::json::Value &V, FunctionSummary &S,
              llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  std::string State;
  if (!O || !O.map("usr", S.USR) || !O.map("name", S.Name) ||
      !O.map("state", State) || !O.map("category", S.Category) ||
      !O.map("depth", S.Depth))
    return false;
  if (State == "blocking")
    S.State = BlockingState::Blocking;
  else if (State == "non-blocking")
    S.State = BlockingState::NonBlocking;
  else if (State == "unknown")
    S.State = BlockingState::Unknown;
  else {
    P.field("state").report("expected blocking, non-blocking or unknown");
    return false;
  }
  S.Witness.clear();
  const llvm::json::Array *W = V.getAsObject()->getArray("witness");
  if (!W) {
    P.field("witness").report("expected an array");
    return false;
  }
  for (const llvm::json::Value &E : *W) {
    llvm::json::ObjectMapper OE(E, P.field("witness"));
    FunctionSummary::Step St;
    if (!OE || !OE.map("callee_usr", St.CalleeUSR) ||
        !OE.map("callee", St.CalleeName) || !OE.map("location", St.Location))
      return false;
    S.Witness.push_back(std::move(St));
  }
  // Optional: summaries written before sites were exported lack them.
  S.Analysed = false;
  S.Sites.clear();
  if (!O.mapOptional("analysed", S.Analysed))
    return false;
  if (const llvm::json::Array *Sites = V.getAsObject()->getArray("sites")) {
    for (const llvm::json::Value &E : *Sites) {
      llvm::json::ObjectMapper OS(E, P.field("sites"));
      FunctionSummary::Site Si;
      if (!OS || !OS.map("location", Si.Location) ||
          !OS.map("callee", Si.CalleeName) ||
          !OS.map("targets", Si.TargetUSRs) ||
          !OS.mapOptional("leaf_category", Si.LeafCategory) ||
          !OS.mapOptional("offloaded", Si.Offloaded))
        return false;
      S.Sites.push_back(std::move(Si));
    }
  }
  return true;
}

} // namespace asynctidy
