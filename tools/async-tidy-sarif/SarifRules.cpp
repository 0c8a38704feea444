//===--- SarifRules.cpp - SARIF metadata of the async-* rules -------------===//

#include "SarifRules.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/YAMLTraits.h"

using namespace llvm;

namespace {
struct RawRule {
  std::string Id, ShortDescription, Precision, Severity;
  std::vector<std::string> Tags;
};
struct RawRules {
  std::vector<RawRule> Rules;
};
} // namespace

LLVM_YAML_IS_SEQUENCE_VECTOR(RawRule)

namespace llvm::yaml {
template <> struct MappingTraits<RawRule> {
  static void mapping(IO &IO, RawRule &R) {
    IO.mapRequired("id", R.Id);
    IO.mapRequired("shortDescription", R.ShortDescription);
    IO.mapRequired("precision", R.Precision);
    IO.mapRequired("severity", R.Severity);
    IO.mapOptional("tags", R.Tags);
  }
};
template <> struct MappingTraits<RawRules> {
  static void mapping(IO &IO, RawRules &R) { IO.mapRequired("rules", R.Rules); }
};
} // namespace llvm::yaml

namespace asynctidy::sarif {

namespace {
struct Embedded {
  std::vector<RuleHelp> Rules;
  /// Doc pages by check id.
  StringMap<std::string> Pages;
  std::vector<std::string> Problems;
};

const Embedded &embedded() {
  static const Embedded E = [] {
    Embedded E;
    std::string RulesYAML;
#define ASYNC_TIDY_EMBED(NAME, ...)                                            \
  {                                                                            \
    static const char Bytes[] = {__VA_ARGS__};                                 \
    StringRef Name(NAME);                                                      \
    std::string Text(Bytes, sizeof(Bytes));                                    \
    if (Name == "rules.yaml")                                                  \
      RulesYAML = std::move(Text);                                             \
    else if (Name.consume_back(".md"))                                         \
      E.Pages[Name] = std::move(Text);                                         \
  }
#include "SarifRuleHelp.inc"
#undef ASYNC_TIDY_EMBED
    RawRules Raw;
    yaml::Input In(RulesYAML);
    In >> Raw;
    if (In.error()) {
      E.Problems.push_back("rules.yaml: cannot be read");
      return E;
    }
    for (RawRule &R : Raw.Rules) {
      RuleHelp H;
      H.Id = R.Id;
      H.ShortDescription = R.ShortDescription;
      H.Precision = R.Precision;
      H.Severity = R.Severity;
      H.Tags = R.Tags;
      auto It = E.Pages.find(R.Id);
      if (It == E.Pages.end()) {
        E.Problems.push_back("rules.yaml: '" + R.Id +
                             "' has no docs/checks/" + R.Id + ".md");
      } else {
        H.Markdown = It->second;
        H.FullDescription = firstParagraph(H.Markdown);
      }
      if (!is_contained({"very-high", "high", "medium", "low"}, H.Precision))
        E.Problems.push_back("rules.yaml: '" + R.Id + "': precision '" +
                             H.Precision + "' is not very-high, high, medium "
                                           "or low");
      if (!is_contained({"error", "warning", "recommendation"}, H.Severity))
        E.Problems.push_back("rules.yaml: '" + R.Id + "': severity '" +
                             H.Severity +
                             "' is not error, warning or recommendation");
      E.Rules.push_back(std::move(H));
    }
    for (const auto &P : E.Pages)
      if (!any_of(E.Rules, [&](const RuleHelp &H) { return H.Id == P.first(); }))
        E.Problems.push_back("docs/checks/" + P.first().str() +
                             ".md has no entry in rules.yaml");
    llvm::sort(E.Problems);
    return E;
  }();
  return E;
}
} // namespace

ArrayRef<RuleHelp> builtinRules() { return embedded().Rules; }

const RuleHelp *findRule(StringRef Check) {
  for (const RuleHelp &H : embedded().Rules)
    if (H.Id == Check)
      return &H;
  return nullptr;
}

std::vector<std::string> checkBuiltinRules() { return embedded().Problems; }

std::string firstParagraph(StringRef Markdown) {
  SmallVector<StringRef, 64> Lines;
  Markdown.split(Lines, '\n');
  std::string Out;
  bool Started = false;
  for (StringRef L : Lines) {
    L = L.trim();
    if (!Started) {
      if (L.empty() || L.starts_with("#"))
        continue;
      Started = true;
    } else if (L.empty()) {
      break;
    }
    if (!Out.empty())
      Out += ' ';
    Out += L.str();
  }
  return Out;
}

} // namespace asynctidy::sarif
