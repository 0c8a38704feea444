//===--- SarifRules.h - SARIF metadata of the async-* rules -----*- C++ -*-===//
//
// The help of each async-* rule in the SARIF output: docs/checks/<id>.md and
// tools/async-tidy-sarif/rules.yaml, embedded into the binary at build time.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_TOOLS_SARIF_SARIFRULES_H
#define ASYNC_TIDY_TOOLS_SARIF_SARIFRULES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace asynctidy::sarif {

struct RuleHelp {
  std::string Id;
  std::string ShortDescription;
  /// The first paragraph of the doc page, unwrapped.
  std::string FullDescription;
  /// The doc page; empty when there is none.
  std::string Markdown;
  std::string Precision;
  std::string Severity;
  std::vector<std::string> Tags;
};

/// Every rule of rules.yaml, with its embedded doc page.
llvm::ArrayRef<RuleHelp> builtinRules();

/// The embedded help of \p Check, or nullptr.
const RuleHelp *findRule(llvm::StringRef Check);

/// Problems of the embedded data: a rule without a doc page, a doc page
/// without a rule, a field out of its enumeration. Empty when all is well.
std::vector<std::string> checkBuiltinRules();

/// The first paragraph after the title of a markdown page, unwrapped.
std::string firstParagraph(llvm::StringRef Markdown);

} // namespace asynctidy::sarif

#endif
