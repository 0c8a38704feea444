//===--- AuditReport.cpp - writers for async-audit's results --------------===//

#include "Report/AuditReport.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include <map>

namespace asynctidy {

std::string findingMessage(const AuditFinding &F) {
  if (F.Direct)
    return "blocking call to '" + F.Callee + "' (" + F.Category + ") in " +
           F.Context + "; it stalls the executor thread";
  return "call to '" + F.Callee + "' may block (" + F.Category + ") in " +
         F.Context;
}

std::string frameMessage(const ChainStep &S, unsigned N,
                         llvm::StringRef Category) {
  std::string What = S.IsLeaf ? "calls blocking '" + S.Callee + "' (" +
                                    Category.str() + ")"
                              : "calls '" + S.Callee + "'";
  return "frame #" + std::to_string(N) + ": '" + S.Caller + "' " + What +
         " here";
}

void writeTextReport(llvm::raw_ostream &OS,
                     llvm::ArrayRef<AuditFinding> Findings) {
  for (const AuditFinding &F : Findings) {
    OS << F.Location << ": warning: " << findingMessage(F) << " ["
       << AuditCheckName << "]\n";
    unsigned N = 1;
    for (const ChainStep &S : F.Chain) {
      OS << S.Location << ": note: " << frameMessage(S, N, F.Category)
         << "\n";
      ++N;
    }
  }
}

/// file:///abs/path, percent-encoding what a URI path cannot hold.
static std::string fileURI(llvm::StringRef Path) {
  std::string Out = "file://";
  for (char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-._~").contains(C))
      Out += C;
    else
      Out += "%" + llvm::utohexstr(static_cast<unsigned char>(C), false, 2);
  }
  return Out;
}

static llvm::json::Object sarifLocation(llvm::StringRef Where) {
  FileLocation L = FileLocation::parse(Where);
  llvm::json::Object Region{{"startLine", std::max(L.Line, 1u)}};
  if (L.Col)
    Region["startColumn"] = L.Col;
  return llvm::json::Object{
      {"physicalLocation",
       llvm::json::Object{
           {"artifactLocation", llvm::json::Object{{"uri", fileURI(L.File)}}},
           {"region", std::move(Region)}}}};
}

void writeSarifReport(llvm::raw_ostream &OS,
                      llvm::ArrayRef<AuditFinding> Findings,
                      llvm::StringRef ToolVersion, llvm::StringRef DocsURL) {
  llvm::json::Array Results;
  for (const AuditFinding &F : Findings) {
    llvm::json::Object Result{
        {"ruleId", AuditCheckName},
        {"ruleIndex", 0},
        {"level", "warning"},
        {"message", llvm::json::Object{{"text", findingMessage(F)}}},
        {"locations", llvm::json::Array{sarifLocation(F.Location)}}};
    if (!F.Chain.empty()) {
      llvm::json::Array Steps;
      llvm::json::Object First{{"location", sarifLocation(F.Location)}};
      First["location"].getAsObject()->try_emplace(
          "message", llvm::json::Object{{"text", findingMessage(F)}});
      Steps.push_back(std::move(First));
      unsigned N = 1;
      for (const ChainStep &S : F.Chain) {
        llvm::json::Object Loc = sarifLocation(S.Location);
        Loc["message"] =
            llvm::json::Object{{"text", frameMessage(S, N++, F.Category)}};
        Steps.push_back(llvm::json::Object{{"location", std::move(Loc)}});
      }
      Result["codeFlows"] = llvm::json::Array{llvm::json::Object{
          {"threadFlows",
           llvm::json::Array{llvm::json::Object{{"locations", std::move(Steps)}}}}}};
    }
    Results.push_back(std::move(Result));
  }
  llvm::json::Object Rule{
      {"id", AuditCheckName},
      {"shortDescription",
       llvm::json::Object{
           {"text", "Blocking call reachable from an async context"}}}};
  // No helpUri without a docs URL (ASYNC_TIDY_DOCS_URL): never a relative or
  // build-machine file:// one.
  if (!DocsURL.empty())
    Rule["helpUri"] =
        (DocsURL.rtrim('/') + "/" + AuditCheckName + ".md").str();
  llvm::json::Object Log{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs",
       llvm::json::Array{llvm::json::Object{
           {"tool",
            llvm::json::Object{
                {"driver",
                 llvm::json::Object{{"name", "async-audit"},
                                    {"version", ToolVersion},
                                    {"rules", llvm::json::Array{std::move(Rule)}}}}}},
           {"results", std::move(Results)}}}}};
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Log))) << "\n";
}

/// A YAML double-quoted scalar.
static std::string yamlQuote(llvm::StringRef S) {
  std::string Out = "\"";
  for (char C : S) {
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out + "\"";
}

static bool inNamespace(llvm::StringRef Name, llvm::StringRef NS) {
  NS.consume_front("::");
  NS.consume_back("::");
  return Name.starts_with(NS) && Name.substr(NS.size()).starts_with("::");
}

llvm::Expected<unsigned> writeAnnotationExport(llvm::raw_ostream &OS,
                                               const AuditProgram &P,
                                               const AnnotationDatabase &DB,
                                               const ExportFilter &Filter) {
  std::vector<llvm::GlobPattern> Globs;
  for (const std::string &G : Filter.HeaderGlobs) {
    llvm::Expected<llvm::GlobPattern> Pat = llvm::GlobPattern::create(G);
    if (!Pat)
      return llvm::createStringError("invalid header glob '%s': %s", G.c_str(),
                                     llvm::toString(Pat.takeError()).c_str());
    Globs.push_back(std::move(*Pat));
  }
  // One entry per (name, kind): the overload with the shortest chain.
  std::map<std::pair<std::string, std::string>,
           const AuditProgram::Function *>
      Entries;
  for (const AuditProgram::Function &F : P.functions()) {
    const FunctionRecord &R = *F.Record;
    if (F.State != BlockingState::Blocking || !R.Summary.Analysed ||
        !R.External || R.IsCoroutine || R.QualifiedName.empty())
      continue;
    if (!Filter.Namespaces.empty() &&
        llvm::none_of(Filter.Namespaces, [&](const std::string &NS) {
          return inNamespace(R.QualifiedName, NS);
        }))
      continue;
    if (!Globs.empty() && llvm::none_of(Globs, [&](const llvm::GlobPattern &G) {
          return G.match(R.DeclFile);
        }))
      continue;
    auto [It, New] = Entries.try_emplace({R.QualifiedName, R.Kind}, &F);
    if (!New && F.Depth < It->second->Depth)
      It->second = &F;
  }

  llvm::StringSet<> NewCategories;
  for (const auto &E : Entries)
    if (!DB.findCategory(E.second->Category))
      NewCategories.insert(E.second->Category);

  OS << "# Generated by async-audit: functions of the audited code that may\n"
        "# block, with the chain to the blocking call. Load it with the\n"
        "# checks' AnnotationFiles option.\n"
        "version: 1\n";
  if (!NewCategories.empty()) {
    std::vector<llvm::StringRef> Sorted;
    for (const auto &C : NewCategories)
      Sorted.push_back(C.getKey());
    llvm::sort(Sorted);
    OS << "categories:\n";
    for (llvm::StringRef C : Sorted)
      OS << "  - name: " << C << "\n"
         << "    description: \"Declared blocking in the audited code.\"\n";
  }
  if (Entries.empty()) {
    OS << "functions: []\n";
    return 0;
  }
  OS << "functions:\n";
  for (const auto &E : Entries) {
    const AuditProgram::Function &F = *E.second;
    std::vector<ChainStep> Chain = P.chain(F);
    std::string Reason = "'" + F.Record->Summary.Name + "'";
    for (const ChainStep &S : Chain)
      Reason += " -> '" + S.Callee + "'";
    if (!Chain.empty()) {
      FileLocation L = FileLocation::parse(Chain.back().Location);
      Reason += " (" + llvm::sys::path::filename(L.File).str() + ":" +
                std::to_string(L.Line) + ")";
    } else {
      Reason += " is annotated blocking";
    }
    OS << "  - name: ::" << E.first.first << "\n"
       << "    kind: " << E.first.second << "\n"
       << "    category: " << F.Category << "\n"
       << "    reason: " << yamlQuote(Reason) << "\n";
  }
  return static_cast<unsigned>(Entries.size());
}

} // namespace asynctidy
