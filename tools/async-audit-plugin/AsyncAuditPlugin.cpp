//===--- AsyncAuditPlugin.cpp - async-audit extraction inside a compile ---===//
//
//   clang++-22 -c foo.cpp -o foo.o -fplugin=AsyncAuditPlugin.so
//       [-fplugin-arg-async_audit-annotation-files=A.yaml;B.yaml]
//       [-fplugin-arg-async_audit-categories=SWITCHES]
//       [-fplugin-arg-async_audit-max-depth=N]
//
// Runs async-audit's extraction (lib/Summary) in the ordinary compile, before
// code generation, and hands code generation one more global: the summary
// JSON, NUL-terminated, in the section SummarySectionName. The summary then
// travels with the object file through whatever runs the compile (distcc,
// icecream, sccache, Bazel remote execution), the linker concatenates the
// sections of every object, and `async-audit --from-objects` reads them back
// (docs/audit.md, "Distributed extraction").
//
// A compile that generates no code (-fsyntax-only, -E) writes nothing and
// pays nothing; a translation unit with errors keeps its errors and gets no
// summary. Like the clang-tidy plugin, this library links nothing: LLVM and
// Clang come from the clang that loads it.
//
//===----------------------------------------------------------------------===//

#include "Summary/AuditSetup.h"
#include "Support/StringLists.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace asynctidy;

namespace {

/// The plugin's name: -fplugin-arg-<name>-<arg>. The driver splits that
/// option at the first '-' after "-fplugin-arg-", so the name has none.
constexpr llvm::StringLiteral PluginName = "async_audit";

/// Computes the summary when the translation unit is complete and passes
/// code generation (the next consumer) a variable holding it.
class SummaryEmitter : public ASTConsumer {
public:
  SummaryEmitter(CompilerInstance &CI, std::unique_ptr<AuditSetup> Setup)
      : CI(CI), Setup(std::move(Setup)) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return;
    std::string Text;
    llvm::raw_string_ostream(Text) << llvm::json::Value(
        toJSON(Setup->extract(Ctx)));
    // static const char __async_tidy_summary[] = "<json>"
    //     __attribute__((section(SummarySectionName), used, retain, nodebug));
    QualType T = Ctx.getStringLiteralArrayType(Ctx.CharTy, Text.size());
    auto *Init = StringLiteral::Create(Ctx, Text, StringLiteralKind::Ordinary,
                                       /*Pascal=*/false, T, SourceLocation());
    auto *VD = VarDecl::Create(
        Ctx, Ctx.getTranslationUnitDecl(), SourceLocation(), SourceLocation(),
        &Ctx.Idents.get("__async_tidy_summary"), T,
        Ctx.getTrivialTypeSourceInfo(T), SC_Static);
    VD->setInit(Init);
    VD->setImplicit();
    VD->addAttr(SectionAttr::CreateImplicit(Ctx, SummarySectionName));
    VD->addAttr(UsedAttr::CreateImplicit(Ctx));
    VD->addAttr(RetainAttr::CreateImplicit(Ctx));
    VD->addAttr(NoDebugAttr::CreateImplicit(Ctx));
    // The multiplexer passes it to every consumer: this one ignores it
    // (ASTConsumer's default), code generation emits it.
    CI.getASTConsumer().HandleTopLevelDecl(DeclGroupRef(VD));
  }

private:
  CompilerInstance &CI;
  std::unique_ptr<AuditSetup> Setup;
};

class AuditPluginAction : public PluginASTAction {
public:
  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    for (llvm::StringRef Arg : Args) {
      auto [Key, Value] = Arg.split('=');
      if (Key == "annotation-files") {
        for (llvm::StringRef F : splitList(Value))
          AnnotationFiles.push_back(F.str());
      } else if (Key == "categories") {
        Categories = Value.str();
      } else if (Key == "max-depth") {
        if (Value.getAsInteger(10, MaxDepth) || MaxDepth == 0)
          return error(CI, "max-depth must be a number of at least 1, not '" +
                               Value + "'");
      } else {
        return error(CI, "unknown argument '" + Arg +
                             "' (known: annotation-files=, categories=, "
                             "max-depth=)");
      }
    }
    return true;
  }

  ActionType getActionType() override { return AddBeforeMainAction; }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    if (!generatesCode(CI))
      return std::make_unique<ASTConsumer>();
    auto Setup = AuditSetup::create(std::move(AnnotationFiles), Categories,
                                    MaxDepth, "categories");
    if (!Setup) {
      error(CI, llvm::toString(Setup.takeError()));
      return std::make_unique<ASTConsumer>();
    }
    return std::make_unique<SummaryEmitter>(CI, std::move(*Setup));
  }

private:
  static bool generatesCode(const CompilerInstance &CI) {
    switch (CI.getFrontendOpts().ProgramAction) {
    case frontend::EmitAssembly:
    case frontend::EmitBC:
    case frontend::EmitLLVM:
    case frontend::EmitLLVMOnly:
    case frontend::EmitCodeGenOnly:
    case frontend::EmitObj:
      return true;
    default:
      return false;
    }
  }

  static bool error(const CompilerInstance &CI, const llvm::Twine &Msg) {
    DiagnosticsEngine &D = CI.getDiagnostics();
    D.Report(D.getCustomDiagID(DiagnosticsEngine::Error, "async-audit: %0"))
        << Msg.str();
    return false;
  }

  std::vector<std::string> AnnotationFiles;
  std::string Categories;
  unsigned MaxDepth = 16;
};

} // namespace

static FrontendPluginRegistry::Add<AuditPluginAction>
    Registration(PluginName, "async-audit: the translation unit's summary "
                             "into the object file");
