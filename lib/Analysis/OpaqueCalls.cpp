//===--- OpaqueCalls.cpp - calls into code the analysis cannot see --------===//

#include "Analysis/OpaqueCalls.h"
#include "Analysis/AnnotationMatcher.h"
#include "Support/StringLists.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using llvm::Expected;
using llvm::GlobPattern;

namespace asynctidy {

Expected<std::vector<GlobPattern>> parseHeaderGlobs(StringRef Option) {
  std::vector<GlobPattern> Out;
  for (StringRef Item : splitList(Option)) {
    Expected<GlobPattern> P = GlobPattern::create(Item);
    if (!P)
      return llvm::createStringError("invalid glob '%s': %s",
                                     Item.str().c_str(),
                                     toString(P.takeError()).c_str());
    Out.push_back(std::move(*P));
  }
  return Out;
}

static OpaqueReason opaqueCallee(const FunctionDecl *FD,
                                 const ASTContext &Ctx,
                                 const OpaqueCallOptions &Opts) {
  if (!FD || FD->isImplicit() || FD->isDefaulted() || FD->isDeleted() ||
      FD->hasBody())
    return OpaqueReason::None;
  // Compiler builtins (__builtin_*) are not foreign code; library builtins
  // (strlen, printf) are, and the database describes them.
  if (unsigned ID = FD->getBuiltinID())
    if (!Ctx.BuiltinInfo.isPredefinedLibFunction(ID))
      return OpaqueReason::None;
  if (Opts.CLinkage && FD->isExternC() && !isa<CXXMethodDecl>(FD))
    return OpaqueReason::CLinkage;
  if (Opts.HeaderGlobs.empty())
    return OpaqueReason::None;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = SM.getFileLoc(FD->getCanonicalDecl()->getLocation());
  if (Loc.isInvalid())
    return OpaqueReason::None;
  StringRef File = SM.getFilename(Loc);
  for (const GlobPattern &G : Opts.HeaderGlobs)
    if (G.match(File))
      return OpaqueReason::Header;
  return OpaqueReason::None;
}

OpaqueReason opaqueCall(const CallSiteRecord &Site, const ASTContext &Ctx,
                        const OpaqueCallOptions &Opts) {
  // Destructions and virtual calls are not "calls into a C library"; a
  // bodiless virtual method is dispatched to code the walk follows.
  if (Site.Kind != CallKind::Call && Site.Kind != CallKind::Construct)
    return OpaqueReason::None;
  if (Site.Entry)
    return OpaqueReason::None;
  return opaqueCallee(Site.Callee, Ctx, Opts);
}

OpaqueCallAnalyzer::OpaqueCallAnalyzer(ASTContext &Ctx,
                                       const AnnotationDatabase &DB,
                                       OpaqueCallOptions Options)
    : Ctx(Ctx), Opts(std::move(Options)) {
  BlockingAnalysisOptions BOpts = Opts.Walk;
  BOpts.IsLeaf = [this, &DB](const FunctionDecl *, const CallSiteRecord &Site,
                             std::string &Category) {
    OpaqueReason R = opaqueCall(Site, this->Ctx, this->Opts);
    if (R == OpaqueReason::None)
      return false;
    // A closed library's functions are what its entries say: non-blocking
    // when there is none.
    if (Walk->isClosed(Site.Callee))
      return false;
    // Known to the database under any constraint, or annotated in source
    // (either way): not unknown.
    if (!DB.entriesNamed(databaseName(Site.Callee)).empty() ||
        sourceAnnotation(Site.Callee).TheKind != SourceAnnotation::None)
      return false;
    Category = "opaque";
    return true;
  };
  Walk = std::make_unique<BlockingAnalyzer>(Ctx, DB, NoCategories, BOpts);
}

void OpaqueCallAnalyzer::analyze(ArrayRef<const FunctionDecl *> Roots) {
  Walk->analyze(Roots);
}

std::vector<OpaqueFinding>
OpaqueCallAnalyzer::findings(const FunctionDecl *Root) {
  std::vector<OpaqueFinding> Out;
  for (BlockingFinding &F : Walk->findings(Root)) {
    const CallSiteRecord *Leaf = F.leafSite(); // Before F.Chain is moved.
    OpaqueFinding O;
    O.Site = F.Site;
    O.Callee = F.Callee;
    O.Direct = F.Direct;
    O.Chain = std::move(F.Chain);
    O.Opaque = Leaf->Callee;
    O.Reason = opaqueCall(*Leaf, Ctx, Opts);
    Out.push_back(std::move(O));
  }
  return Out;
}

} // namespace asynctidy
