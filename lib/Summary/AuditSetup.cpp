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
  // Each file is read once: the database and the fingerprint come from the
  // same bytes, even when a file changes during the run.
  std::vector<AnnotationSource> Sources(
      AnnotationDatabase::builtinSources().begin(),
      AnnotationDatabase::builtinSources().end());
  if (Error E = AnnotationDatabase::readSources(AnnotationFiles, Sources))
    return createStringError("invalid annotation database: " +
                             toString(std::move(E)));
  auto DB = AnnotationDatabase::load(Sources);
  if (!DB)
    return createStringError("invalid annotation database: " +
                             toString(DB.takeError()));
  S->DB = std::move(*DB);
  for (const AnnotationSource &Src : Sources)
    S->SourceHashes += "\n" + Src.Name + "\n" + contentHash(Src.Contents);
  auto Enabled = resolveEnabledCategories(*S->DB, Categories);
  if (!Enabled)
    return createStringError("invalid " + CategoriesOption + ": " +
                             toString(Enabled.takeError()));
  S->Enabled = std::move(*Enabled);
  auto Closed = ClosedLibraries::create(*S->DB, "");
  if (!Closed)
    return Closed.takeError();
  S->Closed.emplace(std::move(*Closed));
  S->Categories = Categories.str();
  S->Opts.MaxDepth = MaxDepth;
  S->Opts.Closed = &*S->Closed;
  return std::move(S);
}

std::string AuditSetup::fingerprint(StringRef ToolVersion) const {
  return ("async-audit " + ToolVersion + "\n" + Twine(SummaryFormatVersion) +
          "\n" + Categories + "\n" + Twine(Opts.MaxDepth) + SourceHashes)
      .str();
}

} // namespace asynctidy
