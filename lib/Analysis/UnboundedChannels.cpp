//===--- UnboundedChannels.cpp - pushes into unbounded channels -----------===//

#include "Analysis/UnboundedChannels.h"
#include "Analysis/AnnotationMatcher.h"
#include "Support/StringLists.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace asynctidy {

ArrayRef<StringRef> defaultEnqueueMethods() {
  static constexpr StringRef Methods[] = {
      "push",          "push_back",    "push_front", "emplace",
      "emplace_back",  "emplace_front", "enqueue",   "enqueue_bulk",
      "try_enqueue",   "send",         "write",      "post",
      "put",           "add",          "insert"};
  return Methods;
}

static bool isIdentifier(StringRef S) {
  if (S.empty() || !(llvm::isAlpha(S.front()) || S.front() == '_'))
    return false;
  return llvm::all_of(S, [](char C) { return llvm::isAlnum(C) || C == '_'; });
}

Expected<std::vector<ChannelTypeSpec>> parseChannelTypes(StringRef Option) {
  std::vector<ChannelTypeSpec> Out;
  for (StringRef Item : splitList(Option)) {
    auto [Name, Methods] = Item.split('=');
    Name = Name.trim();
    std::string Norm = normalizeTypeName(Name);
    SmallVector<StringRef, 8> Parts;
    StringRef(Norm).split(Parts, "::");
    if (Norm.empty() || Name.contains('<') ||
        !llvm::all_of(Parts, isIdentifier))
      return llvm::createStringError(
          "'%s' is not a qualified class name (write '::ns::Queue', without "
          "template arguments)",
          Name.str().c_str());
    ChannelTypeSpec Spec;
    Spec.Name = Norm;
    if (Item.contains('=')) {
      SmallVector<StringRef, 8> Ms;
      Methods.split(Ms, ',', -1, /*KeepEmpty=*/false);
      for (StringRef M : Ms) {
        M = M.trim();
        if (!isIdentifier(M))
          return llvm::createStringError(
              "'%s' is not a method name (in '%s')", M.str().c_str(),
              Item.str().c_str());
        Spec.EnqueueMethods.push_back(M.str());
      }
      if (Spec.EnqueueMethods.empty())
        return llvm::createStringError("no enqueue methods after '=' in '%s'",
                                       Item.str().c_str());
    } else {
      for (StringRef M : defaultEnqueueMethods())
        Spec.EnqueueMethods.push_back(M.str());
    }
    Out.push_back(std::move(Spec));
  }
  return Out;
}

/// A class template specialization whose arguments fix its capacity:
/// boost::lockfree::queue<T, boost::lockfree::capacity<N>> or
/// <T, boost::lockfree::fixed_sized<true>>.
static bool hasCapacityPolicy(const CXXRecordDecl *RD) {
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
  if (!Spec)
    return false;
  for (const TemplateArgument &A : Spec->getTemplateArgs().asArray()) {
    ArrayRef<TemplateArgument> Args = A.getKind() == TemplateArgument::Pack
                                          ? A.pack_elements()
                                          : ArrayRef(A);
    for (const TemplateArgument &TA : Args) {
      if (TA.getKind() != TemplateArgument::Type)
        continue;
      const auto *P = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          TA.getAsType()->getAsCXXRecordDecl());
      if (!P)
        continue;
      std::string Name = databaseName(P);
      if (Name == "boost::lockfree::capacity")
        return true;
      if (Name == "boost::lockfree::fixed_sized") {
        const TemplateArgumentList &PA = P->getTemplateArgs();
        if (PA.size() == 1 && PA[0].getKind() == TemplateArgument::Integral &&
            PA[0].getAsIntegral().getBoolValue())
          return true;
      }
    }
  }
  return false;
}

std::optional<ChannelPush> ChannelMatcher::match(const CallSiteRecord &Site,
                                                 const ASTContext &Ctx) const {
  if (Site.Kind != CallKind::Call && Site.Kind != CallKind::Virtual)
    return std::nullopt;
  const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(Site.E);
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Site.Callee);
  if (!MC || !MD || !MD->getIdentifier())
    return std::nullopt;
  const Expr *Obj = MC->getImplicitObjectArgument();
  if (!Obj)
    return std::nullopt;
  // The object as written: an inherited enqueue's object is a derived-to-base
  // cast, and the derived class may be the one that is (un)bounded.
  const Expr *R = Obj->IgnoreParenImpCasts();
  const CXXRecordDecl *RD = receiverClass(R);
  if (!RD)
    return std::nullopt;
  QualType ObjType = R->getType().getNonReferenceType();
  if (ObjType->isPointerType())
    ObjType = ObjType->getPointeeType();
  ObjType = ObjType.getUnqualifiedType();
  StringRef Method = MD->getName();

  // The receiver's class and its bases, nearest first; a bounded class
  // anywhere on the way wins over an unbounded base.
  std::string Matched, Alternative;
  SmallVector<const CXXRecordDecl *, 4> Work{RD};
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Seen;
  for (size_t I = 0; I < Work.size() && Matched.empty(); ++I) {
    const CXXRecordDecl *C = Work[I];
    if (!C || !Seen.insert(C->getCanonicalDecl()).second)
      continue;
    std::string Name = databaseName(C);
    if (const TypeEntry *T = DB.findType(Name)) {
      if (T->Role == TypeRole::BoundedChannel)
        return std::nullopt;
      if (T->Role == TypeRole::UnboundedChannel) {
        if (!llvm::is_contained(T->EnqueueMethods, Method))
          return std::nullopt;
        if (hasCapacityPolicy(C))
          return std::nullopt;
        Matched = Name;
        Alternative = T->Alternative;
        break;
      }
    }
    for (const ChannelTypeSpec &S : Extra)
      if (S.Name == Name) {
        if (!llvm::is_contained(S.EnqueueMethods, Method))
          return std::nullopt;
        Matched = Name;
        break;
      }
    if (!Matched.empty())
      break;
    if (const CXXRecordDecl *Def = C->getDefinition())
      for (const CXXBaseSpecifier &B : Def->bases())
        Work.push_back(B.getType()->getAsCXXRecordDecl());
  }
  if (Matched.empty())
    return std::nullopt;

  ChannelPush P;
  P.ClassName = Matched;
  P.Alternative = Alternative;
  P.Method = MD;
  P.Loc = Site.Loc;
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressTagKeyword = true;
  P.TypeAsWritten = ObjType.getAsString(Policy);

  if (const auto *DRE = dyn_cast<DeclRefExpr>(R)) {
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
      bool ByValue = !VD->getType()->isReferenceType() &&
                     !VD->getType()->isPointerType();
      // A container the function owns (a local, or a by-value parameter)
      // has no other producer or consumer: not a channel.
      if (ByValue && VD->hasLocalStorage() &&
          !DRE->refersToEnclosingVariableOrCapture())
        return std::nullopt;
      P.Decl = VD;
      P.DeclIsChannel = ByValue;
    }
  } else if (const auto *ME = dyn_cast<MemberExpr>(R)) {
    if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl())) {
      P.Decl = FD;
      P.DeclIsChannel = !FD->getType()->isReferenceType() &&
                        !FD->getType()->isPointerType();
    } else if (const auto *VD = dyn_cast<VarDecl>(ME->getMemberDecl())) {
      P.Decl = VD; // A static data member.
      P.DeclIsChannel = !VD->getType()->isReferenceType();
    }
  }
  return P;
}

UnboundedChannelAnalyzer::UnboundedChannelAnalyzer(
    ASTContext &Ctx, const AnnotationDatabase &DB,
    std::vector<ChannelTypeSpec> Extra, BlockingAnalysisOptions Opts)
    : Ctx(Ctx), Matcher(DB, std::move(Extra)) {
  // A push has no backpressure whichever thread makes it.
  Opts.StopAtExecutorSwitch = false;
  // Pushes are matched once per call site; findings find theirs through
  // their leaf site.
  Opts.IsLeaf = [this](const FunctionDecl *, const CallSiteRecord &Site,
                       std::string &Category) {
    auto [It, Inserted] = PushIndex.try_emplace(&Site, NoPush);
    if (Inserted)
      if (std::optional<ChannelPush> P = Matcher.match(Site, this->Ctx)) {
        Pushes.push_back(std::move(*P));
        It->second = Pushes.size() - 1;
      }
    Category = "unbounded-channel";
    return It->second != NoPush;
  };
  Walk = std::make_unique<BlockingAnalyzer>(Ctx, DB, NoCategories, Opts);
}

void UnboundedChannelAnalyzer::analyze(ArrayRef<const FunctionDecl *> Roots) {
  Walk->analyze(Roots);
}

std::vector<ChannelFinding>
UnboundedChannelAnalyzer::findings(const FunctionDecl *Root) {
  std::vector<ChannelFinding> Out;
  for (BlockingFinding &F : Walk->findings(Root)) {
    auto It = PushIndex.find(F.leafSite());
    if (It == PushIndex.end() || It->second == NoPush)
      continue;
    ChannelFinding C;
    C.Site = F.Site;
    C.Callee = F.Callee;
    C.Direct = F.Direct;
    C.Chain = std::move(F.Chain);
    C.Push = &Pushes[It->second];
    Out.push_back(std::move(C));
  }
  return Out;
}

} // namespace asynctidy
