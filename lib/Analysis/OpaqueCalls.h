//===--- OpaqueCalls.h - calls into code the analysis cannot see ----------===//
//
// A call is opaque when its callee is foreign code whose blocking behaviour
// nothing describes: it has no body in the translation unit, it has C
// language linkage or is declared in a header matching one of the configured
// third-party globs, no annotation database entry matches the call, and the
// source does not annotate it (blocking or non-blocking). Such a call may
// block; the async-opaque-call audit lists them so that each one gets an
// annotation.
//
// The call-graph walk is BlockingAnalyzer's with its own leaf predicate, so
// an opaque call made through helpers comes with a witness chain.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_OPAQUECALLS_H
#define ASYNC_TIDY_ANALYSIS_OPAQUECALLS_H

#include "Analysis/BlockingAnalysis.h"
#include "Analysis/CallSites.h"
#include "Annotations/AnnotationDatabase.h"
#include "clang/AST/ASTContext.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/GlobPattern.h"
#include <memory>
#include <string>
#include <vector>

namespace asynctidy {

/// Parses a semicolon-separated list of llvm::GlobPattern file-path globs
/// ("*/third_party/*;/opt/vendor/*"). An invalid glob is an error.
llvm::Expected<std::vector<llvm::GlobPattern>>
parseHeaderGlobs(llvm::StringRef Option);

struct OpaqueCallOptions {
  /// Headers whose bodiless functions (C++ ones too) count as foreign.
  std::vector<llvm::GlobPattern> HeaderGlobs;
  /// Bodiless functions with C language linkage count as foreign.
  bool CLinkage = true;
  /// MaxDepth, closed libraries, noreturn paths.
  BlockingAnalysisOptions Walk;
};

/// Why a callee is foreign.
enum class OpaqueReason { None, CLinkage, Header };

/// Whether \p Site calls opaque foreign code, and why.
OpaqueReason opaqueCall(const CallSiteRecord &Site,
                        const clang::ASTContext &Ctx,
                        const OpaqueCallOptions &Opts);

/// An opaque call reachable from an async context's body.
struct OpaqueFinding {
  const CallSiteRecord *Site = nullptr;
  /// The function called at the site (the opaque function if Direct).
  const clang::FunctionDecl *Callee = nullptr;
  bool Direct = false;
  /// Frames below the site, down to the opaque call (empty when Direct).
  std::vector<ChainFrame> Chain;
  /// The opaque function.
  const clang::FunctionDecl *Opaque = nullptr;
  OpaqueReason Reason = OpaqueReason::None;
};

class OpaqueCallAnalyzer {
public:
  OpaqueCallAnalyzer(clang::ASTContext &Ctx, const AnnotationDatabase &DB,
                     OpaqueCallOptions Opts);
  void analyze(llvm::ArrayRef<const clang::FunctionDecl *> Roots);
  std::vector<OpaqueFinding> findings(const clang::FunctionDecl *Root);

private:
  clang::ASTContext &Ctx;
  OpaqueCallOptions Opts;
  llvm::StringMap<bool> NoCategories;
  std::unique_ptr<BlockingAnalyzer> Walk;
};

} // namespace asynctidy

#endif // ASYNC_TIDY_ANALYSIS_OPAQUECALLS_H
