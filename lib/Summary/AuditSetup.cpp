//===--- AuditSetup.cpp - what every summary of an audit depends on -------===//

#include "Summary/AuditSetup.h"
#include "Summary/SummaryCache.h"

using namespace llvm;

namespace asynctidy {

Expected<std::unique_ptr<AuditSetup>>
AuditSetup::create(std::vector<std::string> AnnotationFiles,
                   StringRef Categories, unsigned MaxDepth,
                   StringRef CategoriesOption) {
  if (MaxDepth == 0)
    return createStringError("max-depth must be at least 1");
  std::unique_ptr<AuditSetup> S(new AuditSetup());
  auto DB = AnnotationDatabase::loadWithUserFiles(AnnotationFiles);
  if (!DB)
    return createStringError("invalid annotation database: " +
                             toString(DB.takeError()));
  S->DB = std::move(*DB);
  auto Enabled = resolveEnabledCategories(*S->DB, Categories);
  if (!Enabled)
    return createStringError("invalid " + CategoriesOption + ": " +
                             toString(Enabled.takeError()));
  S->Enabled = std::move(*Enabled);
  auto Closed = ClosedLibraries::create(*S->DB, "");
  if (!Closed)
    return Closed.takeError();
  S->Closed.emplace(std::move(*Closed));
  S->AnnotationFiles = std::move(AnnotationFiles);
  S->Categories = Categories.str();
  S->Opts.MaxDepth = MaxDepth;
  S->Opts.Closed = &*S->Closed;
  return std::move(S);
}

Expected<std::string> AuditSetup::fingerprint(StringRef ToolVersion) const {
  std::string F = ("async-audit " + ToolVersion + "\n" +
                   Twine(SummaryFormatVersion) + "\n" + Categories + "\n" +
                   Twine(Opts.MaxDepth))
                      .str();
  std::vector<AnnotationSource> Sources(
      AnnotationDatabase::builtinSources().begin(),
      AnnotationDatabase::builtinSources().end());
  if (Error E = AnnotationDatabase::readSources(AnnotationFiles, Sources))
    return std::move(E);
  for (const AnnotationSource &Src : Sources)
    F += "\n" + Src.Name + "\n" + contentHash(Src.Contents);
  return F;
}

} // namespace asynctidy
