//===--- AuditReport.h - writers for async-audit's results ----------------===//
//
// The findings of a whole-program audit in clang's diagnostic format, as
// SARIF 2.1.0 (one codeFlow per chain), as one self-contained HTML page
// (AuditHtmlReport.cpp), and the blocking functions as an
// annotation file in the database's own schema (docs/annotations.md), so
// that a dependency audited once informs every later clang-tidy run.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_REPORT_AUDITREPORT_H
#define ASYNC_TIDY_REPORT_AUDITREPORT_H

#include "Annotations/AnnotationDatabase.h"
#include "Summary/Merge.h"
#include "Support/BoundedInput.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace asynctidy {

/// The check whose rule the audit's findings belong to.
inline constexpr llvm::StringLiteral AuditCheckName = "async-blocking-call";

/// "file:line:col: warning: call to 'f' may block (cat) in coroutine 'g'
/// [async-blocking-call]" and one "file:line:col: note: frame #N: ..." per
/// frame, as async-blocking-call words them.
void writeTextReport(llvm::raw_ostream &OS,
                     llvm::ArrayRef<AuditFinding> Findings);

/// The warning's message, without location and check name.
std::string findingMessage(const AuditFinding &F);
/// A frame's note, "frame #N: 'a' calls 'b' here", with \p Category for the
/// leaf.
std::string frameMessage(const ChainStep &S, unsigned N,
                         llvm::StringRef Category);

/// A SARIF 2.1.0 log with one result per finding and, for chains, a
/// codeFlow whose steps are the frames. \p DocsURL is the base of the
/// rule's helpUri (docs/checks/).
void writeSarifReport(llvm::raw_ostream &OS,
                      llvm::ArrayRef<AuditFinding> Findings,
                      llvm::StringRef ToolVersion, llvm::StringRef DocsURL);

/// What the HTML report quotes from the sources.
struct HtmlReportOptions {
  /// Shown in the page's footer and generator tag.
  std::string ToolVersion;
  /// Lines of source shown before and after each location.
  unsigned ContextLines = 3;
  /// A larger file gets a note instead of snippets and is not read.
  uint64_t MaxSourceSize = MaxQuotedSourceSize;
  /// Longer source lines are cut (at a character boundary) and marked.
  unsigned MaxLineBytes = 400;
};

/// One self-contained HTML page: counts by category, check and file, filters
/// on them (inline script; every finding is shown without it), and per
/// finding its chain, the call site then every frame, each with the source
/// lines around it read from the file. Loads nothing (a Content-Security-
/// Policy allows only its own inline style and script, by hash); every input
/// string is escaped. The same findings give the same bytes.
void writeHtmlReport(llvm::raw_ostream &OS,
                     llvm::ArrayRef<AuditFinding> Findings,
                     const HtmlReportOptions &Opts);

/// Which functions an annotation export lists.
struct ExportFilter {
  /// Namespaces ("storage", "::vendor::net"): a function in one of them or
  /// in a namespace nested in one. Empty: any.
  std::vector<std::string> Namespaces;
  /// Globs on the file that first declares the function (its header).
  /// Empty: any.
  std::vector<std::string> HeaderGlobs;
};

/// Writes every externally visible function of \p P that may block (not
/// coroutines, not lambdas) as `functions:` entries (kind, category, a reason
/// naming the chain), declaring the categories \p DB does not know. Overloads
/// share one entry. Returns the number of entries, or an error for a bad
/// glob.
llvm::Expected<unsigned> writeAnnotationExport(llvm::raw_ostream &OS,
                                               const AuditProgram &P,
                                               const AnnotationDatabase &DB,
                                               const ExportFilter &Filter);

} // namespace asynctidy

#endif // ASYNC_TIDY_REPORT_AUDITREPORT_H
