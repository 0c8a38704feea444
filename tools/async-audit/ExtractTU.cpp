//===--- ExtractTU.cpp - one translation unit to its summary --------------===//

#include "ExtractTU.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace clang;

namespace asynctidy {
namespace {

/// A database of the one command to run.
class SingleCommandDatabase : public tooling::CompilationDatabase {
public:
  explicit SingleCommandDatabase(tooling::CompileCommand Cmd)
      : Cmd(std::move(Cmd)) {}
  std::vector<tooling::CompileCommand>
  getCompileCommands(llvm::StringRef) const override {
    return {Cmd};
  }

private:
  tooling::CompileCommand Cmd;
};

struct Output {
  bool Done = false;
  TranslationUnitSummary Summary;
  std::vector<std::string> Inputs;
};

class SummaryConsumer : public ASTConsumer {
public:
  SummaryConsumer(const ExtractConfig &Config, Output &Out)
      : Config(Config), Out(Out) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return;
    Out.Summary = Config.Setup->extract(Ctx);
    const SourceManager &SM = Ctx.getSourceManager();
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
      llvm::SmallString<256> P(It->first.getName());
      SM.getFileManager().makeAbsolutePath(P);
      // Not "..": through a symbolic link it is not the parent.
      llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/false);
      Out.Inputs.push_back(P.str().str());
    }
    llvm::sort(Out.Inputs);
    Out.Inputs.erase(llvm::unique(Out.Inputs), Out.Inputs.end());
    Out.Done = true;
  }

private:
  const ExtractConfig &Config;
  Output &Out;
};

class SummaryAction : public ASTFrontendAction {
public:
  SummaryAction(const ExtractConfig &Config, Output &Out)
      : Config(Config), Out(Out) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &,
                                                 llvm::StringRef) override {
    return std::make_unique<SummaryConsumer>(Config, Out);
  }

private:
  const ExtractConfig &Config;
  Output &Out;
};

class SummaryActionFactory : public tooling::FrontendActionFactory {
public:
  SummaryActionFactory(const ExtractConfig &Config, Output &Out)
      : Config(Config), Out(Out) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<SummaryAction>(Config, Out);
  }

private:
  const ExtractConfig &Config;
  Output &Out;
};

} // namespace

ExtractResult extractTranslationUnit(const tooling::CompileCommand &Cmd,
                                     const ExtractConfig &Config) {
  ExtractResult R;
  llvm::SmallString<256> MainFile(Cmd.Filename);
  llvm::sys::path::make_absolute(Cmd.Directory, MainFile);
  llvm::sys::path::remove_dots(MainFile, /*remove_dot_dot=*/true);

  std::optional<std::string> Key;
  if (Config.Cache) {
    Key = Config.Cache->key(Cmd.Directory, Cmd.CommandLine, MainFile);
    if (Key)
      if (std::optional<TranslationUnitSummary> S = Config.Cache->lookup(*Key)) {
        R.Ok = R.Cached = true;
        R.Summary = std::move(*S);
        return R;
      }
  }

  SingleCommandDatabase DB(Cmd);
  // A physical file system of its own: the working directory of one compile
  // must not be the process's, which other threads share.
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS(
      llvm::vfs::createPhysicalFileSystem().release());
  tooling::ClangTool Tool(DB, {std::string(MainFile)},
                          std::make_shared<PCHContainerOperations>(), FS);
  std::string ResourceDir = Config.ResourceDir;
  Tool.appendArgumentsAdjuster(
      [ResourceDir](const tooling::CommandLineArguments &Args,
                    llvm::StringRef) {
        tooling::CommandLineArguments Out = Args;
        if (!ResourceDir.empty() &&
            llvm::none_of(Args, [](const std::string &A) {
              return llvm::StringRef(A).starts_with("-resource-dir");
            }))
          Out.push_back("-resource-dir=" + ResourceDir);
        return Out;
      });
  std::string DiagText;
  llvm::raw_string_ostream DiagOS(DiagText);
  DiagnosticOptions DiagOpts;
  TextDiagnosticPrinter Printer(DiagOS, DiagOpts);
  Tool.setDiagnosticConsumer(&Printer);
  Tool.setPrintErrorMessage(false);
  Output Out;
  SummaryActionFactory Factory(Config, Out);
  int RC = Tool.run(&Factory);
  if (RC != 0 || !Out.Done) {
    R.Diagnostics = std::move(DiagText);
    return R;
  }
  R.Ok = true;
  R.Summary = std::move(Out.Summary);
  if (Config.Cache && Key)
    Config.Cache->store(*Key, Out.Inputs, R.Summary);
  return R;
}

} // namespace asynctidy
