//===--- Merge.cpp - whole-program blocking from per-TU summaries ---------===//

#include "Summary/Merge.h"

#include "llvm/ADT/STLExtras.h"
#include <limits>
#include <queue>
#include <tuple>

namespace asynctidy {

FileLocation FileLocation::parse(llvm::StringRef S) {
  FileLocation L;
  auto [Rest, Col] = S.rsplit(':');
  auto [File, Line] = Rest.rsplit(':');
  if (Line.getAsInteger(10, L.Line) || Col.getAsInteger(10, L.Col)) {
    L.File = S.str();
    L.Line = L.Col = 0;
    return L;
  }
  L.File = File.str();
  return L;
}

static constexpr unsigned Infinite = std::numeric_limits<unsigned>::max();

AuditProgram::AuditProgram(std::vector<TranslationUnitSummary> InTUs,
                           unsigned MaxDepth)
    : TUs(std::move(InTUs)), MaxDepth(MaxDepth) {
  // (std::stable_sort: libstdc++ 12's is deprecated under C++17 clang.)
  std::vector<size_t> Perm(TUs.size());
  for (size_t I = 0; I < Perm.size(); ++I)
    Perm[I] = I;
  llvm::sort(Perm, [&](size_t A, size_t B) {
    return std::tie(TUs[A].MainFile, A) < std::tie(TUs[B].MainFile, B);
  });
  std::vector<TranslationUnitSummary> Sorted;
  for (size_t I : Perm)
    Sorted.push_back(std::move(TUs[I]));
  TUs = std::move(Sorted);
  // One record per USR: the first TU that analysed the body; else the first
  // that knows its state (an annotation, a system header); else the first.
  auto Rank = [](const FunctionRecord &R) {
    if (R.Summary.Analysed)
      return 2;
    return R.Summary.State == BlockingState::Unknown ? 0 : 1;
  };
  llvm::StringMap<std::pair<size_t, const FunctionRecord *>> Chosen;
  Local.resize(TUs.size());
  for (size_t T = 0; T < TUs.size(); ++T)
    for (const FunctionRecord &R : TUs[T].Functions) {
      Local[T][R.Summary.USR] = &R;
      auto [It, New] = Chosen.try_emplace(R.Summary.USR, T, &R);
      if (!New && Rank(R) > Rank(*It->second.second))
        It->second = {T, &R};
    }
  for (const auto &E : Chosen)
    Funcs.push_back({E.second.second, E.second.first});
  llvm::sort(Funcs, [](const Function &A, const Function &B) {
    return A.Record->Summary.USR < B.Record->Summary.USR;
  });
  for (size_t I = 0; I < Funcs.size(); ++I)
    Index[Funcs[I].Record->Summary.USR] = I;

  // Reverse edges: callee -> (caller, site of the caller).
  std::vector<std::vector<std::pair<size_t, size_t>>> Callers(Funcs.size());
  for (size_t I = 0; I < Funcs.size(); ++I) {
    const FunctionSummary &S = Funcs[I].Record->Summary;
    if (!S.Analysed)
      continue;
    for (size_t SI = 0; SI < S.Sites.size(); ++SI)
      for (const std::string &T : S.Sites[SI].TargetUSRs) {
        auto It = Index.find(T);
        if (It != Index.end())
          Callers[It->second].push_back({I, SI});
      }
  }

  // Shortest distances, seeded with what each TU found locally.
  std::vector<unsigned> Dist(Funcs.size(), Infinite);
  Via.assign(Funcs.size(), std::nullopt);
  using Item = std::pair<unsigned, size_t>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> Queue;
  for (size_t I = 0; I < Funcs.size(); ++I) {
    const FunctionSummary &S = Funcs[I].Record->Summary;
    if (S.State == BlockingState::Blocking) {
      Dist[I] = S.Depth;
      Funcs[I].Category = S.Category;
      Queue.push({Dist[I], I});
    }
  }
  while (!Queue.empty()) {
    auto [D, I] = Queue.top();
    Queue.pop();
    if (D != Dist[I] || D + 1 > MaxDepth)
      continue;
    for (auto [Caller, Site] : Callers[I]) {
      if (D + 1 >= Dist[Caller])
        continue;
      Dist[Caller] = D + 1;
      Via[Caller] = Next{Site, I};
      Funcs[Caller].Category = Funcs[I].Category;
      Queue.push({D + 1, Caller});
    }
  }

  // Unknown: reaches a function no TU defines or describes.
  std::vector<size_t> Work;
  for (size_t I = 0; I < Funcs.size(); ++I) {
    Function &F = Funcs[I];
    if (Dist[I] != Infinite) {
      F.State = BlockingState::Blocking;
      F.Depth = Dist[I];
      continue;
    }
    F.Category.clear();
    const FunctionSummary &S = F.Record->Summary;
    F.State = !S.Analysed && S.State == BlockingState::Unknown
                  ? BlockingState::Unknown
                  : BlockingState::NonBlocking;
    if (F.State == BlockingState::Unknown)
      Work.push_back(I);
  }
  for (size_t W = 0; W < Work.size(); ++W)
    for (auto [Caller, Site] : Callers[Work[W]])
      if (Funcs[Caller].State == BlockingState::NonBlocking) {
        Funcs[Caller].State = BlockingState::Unknown;
        Work.push_back(Caller);
      }
}

const AuditProgram::Function *AuditProgram::lookup(llvm::StringRef USR) const {
  auto It = Index.find(USR);
  return It == Index.end() ? nullptr : &Funcs[It->second];
}

std::vector<ChainStep> AuditProgram::chain(const Function &Start) const {
  std::vector<ChainStep> Out;
  size_t I = &Start - Funcs.data();
  while (Funcs[I].State == BlockingState::Blocking) {
    const FunctionSummary &S = Funcs[I].Record->Summary;
    if (!Via[I]) {
      // The local witness of the TU the function comes from.
      std::string Caller = S.Name;
      for (size_t K = 0; K < S.Witness.size(); ++K) {
        const FunctionSummary::Step &St = S.Witness[K];
        Out.push_back({Caller, St.CalleeName, St.Location,
                       K + 1 == S.Witness.size()});
        Caller = St.CalleeName;
      }
      break;
    }
    const Function &T = Funcs[Via[I]->Target];
    Out.push_back({S.Name, T.Record->Summary.Name,
                   S.Sites[Via[I]->Site].Location, T.Depth == 0});
    if (T.Depth == 0)
      break;
    I = Via[I]->Target;
  }
  return Out;
}

std::vector<AuditFinding>
AuditProgram::findings(bool IncludeSingleTU,
                       const llvm::StringSet<> &LoopDriverCategories) const {
  std::vector<AuditFinding> Out;
  for (const Function &F : Funcs) {
    const FunctionRecord &R = *F.Record;
    if (R.Context.empty() || !R.Summary.Analysed)
      continue;
    for (const FunctionSummary::Site &Site : R.Summary.Sites) {
      if (Site.Offloaded)
        continue;
      if (!Site.LeafCategory.empty()) {
        if (IncludeSingleTU &&
            !(R.LoopDriver && LoopDriverCategories.contains(Site.LeafCategory)))
          Out.push_back({Site.Location, Site.CalleeName, Site.LeafCategory,
                         R.Context, /*Direct=*/true, /*CrossTU=*/false, {}});
        continue;
      }
      // The followed target with the shortest chain (ties: first).
      const Function *Best = nullptr;
      bool SeenLocally = false;
      for (const std::string &T : Site.TargetUSRs) {
        const Function *TF = lookup(T);
        if (TF && TF->State == BlockingState::Blocking &&
            TF->Depth <= MaxDepth && (!Best || TF->Depth < Best->Depth))
          Best = TF;
        auto L = Local[F.TU].find(T);
        if (L != Local[F.TU].end() &&
            L->second->Summary.State == BlockingState::Blocking &&
            L->second->Summary.Depth <= MaxDepth)
          SeenLocally = true;
      }
      if (!Best || (SeenLocally && !IncludeSingleTU) ||
          (R.LoopDriver && LoopDriverCategories.contains(Best->Category)))
        continue;
      Out.push_back({Site.Location, Site.CalleeName, Best->Category,
                     R.Context, /*Direct=*/false, !SeenLocally, chain(*Best)});
    }
  }
  // Source order; a site reported from two contexts' records (a template
  // pattern and its instantiation share locations) once.
  llvm::sort(Out, [](const AuditFinding &A, const AuditFinding &B) {
    return std::make_tuple(FileLocation::parse(A.Location), A.Callee,
                           A.Context, A.Direct) <
           std::make_tuple(FileLocation::parse(B.Location), B.Callee,
                           B.Context, B.Direct);
  });
  Out.erase(std::unique(Out.begin(), Out.end(),
                        [](const AuditFinding &A, const AuditFinding &B) {
                          return A.Location == B.Location &&
                                 A.Callee == B.Callee &&
                                 A.Context == B.Context;
                        }),
            Out.end());
  return Out;
}

} // namespace asynctidy
