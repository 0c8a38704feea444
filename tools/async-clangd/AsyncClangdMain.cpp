//===--- AsyncClangdMain.cpp - clangd 22 with the async module ------------===//
//
// Stock clangd-22 cannot load clang-tidy plugins (clangd/clangd#1458), so this
// is clangd itself (libclangdMain, every upstream feature and tweak) with the
// async-* checks linked in. The only addition: when the user gives no
// --resource-dir, pass the one of the Clang this was built against, because
// clangd derives it from its own path (<bindir>/../lib/clang/22), which does
// not exist next to a custom binary.
//
//===----------------------------------------------------------------------===//

#include "Support/Version.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::clangd {
// ClangdMain.h and Feature.h are not installed; these are the declarations
// we need.
int clangdMain(int Argc, char *Argv[]);
std::string versionString();
std::string featureString();
std::string platformString();
} // namespace clang::clangd

namespace clang::tidy {
extern volatile int AsyncTidyModuleAnchorSource;
} // namespace clang::tidy

namespace {

/// Does a clangd config file set Diagnostics.ClangTidy.FastCheckFilter to a
/// value that runs checks of unknown latency (Loose or None)?
/// Returns std::nullopt when the file does not mention the filter.
std::optional<bool> fastCheckFilterRunsUnknown(llvm::StringRef Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf)
    return std::nullopt;
  llvm::SmallVector<llvm::StringRef, 2> M;
  // The last setting in the file wins, as with clangd's fragments.
  std::optional<bool> Result;
  llvm::Regex Filter("FastCheckFilter[\"']?[[:space:]]*:[[:space:]]*[\"']?([A-Za-z]+)");
  llvm::SmallVector<llvm::StringRef> Lines;
  (*Buf)->getBuffer().split(Lines, '\n');
  for (llvm::StringRef Line : Lines)
    if (Filter.match(Line.split('#').first, &M))
      Result = !M[1].equals_insensitive("Strict");
  return Result;
}

/// clangd 22 runs only the clang-tidy checks it has timed unless the config
/// says FastCheckFilter: Loose or None; our async-* checks are not in its
/// table, so by default they would be dropped without a word. clangd's
/// headers are not installed, so its default cannot be changed from here:
/// say so once, at start-up, when no config in sight sets the filter (the
/// .clangd files above the --check file or the working directory, and the
/// user config). Returns the hint, or "" when a config sets Loose or None.
std::string fastCheckFilterHint(llvm::ArrayRef<char *> Args) {
  llvm::SmallString<256> Dir;
  llvm::sys::fs::current_path(Dir);
  for (llvm::StringRef Arg : Args.drop_front()) {
    if (!Arg.consume_front("--check=") && !Arg.consume_front("-check="))
      continue;
    llvm::SmallString<256> File(Arg);
    llvm::sys::fs::make_absolute(File);
    Dir = llvm::sys::path::parent_path(File);
  }
  std::optional<bool> Runs;
  llvm::SmallString<256> UserConfig;
  if (llvm::sys::path::user_config_directory(UserConfig)) {
    llvm::sys::path::append(UserConfig, "clangd", "config.yaml");
    Runs = fastCheckFilterRunsUnknown(UserConfig);
  }
  // The project's .clangd applies before the user config (which wins).
  for (llvm::StringRef D = Dir; !D.empty() && !Runs;
       D = llvm::sys::path::parent_path(D)) {
    llvm::SmallString<256> P(D);
    llvm::sys::path::append(P, ".clangd");
    Runs = fastCheckFilterRunsUnknown(P);
  }
  if (Runs.value_or(false))
    return "";
  return "async-clangd: clangd's FastCheckFilter is Strict (" +
         std::string(Runs ? "set in a config" : "its default: no .clangd or user config sets it") +
         "), so clangd 22 runs no async-* check (it runs only checks whose "
         "speed it has measured); to run them, add "
         "'Diagnostics: {ClangTidy: {FastCheckFilter: Loose}}' to the "
         "project's .clangd or to " +
         std::string(UserConfig.empty() ? "~/.config/clangd/config.yaml"
                                        : UserConfig.str()) +
         " (docs/editors.md)\n";
}

} // namespace

int main(int Argc, char **Argv) {
  // Keep the module's registration object alive in the link.
  (void)clang::tidy::AsyncTidyModuleAnchorSource;

  std::vector<char *> Args(Argv, Argv + Argc);
  bool HasResourceDir = false;
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Arg(Argv[I]);
    // clangd replaces llvm::cl's version printer (so extra printers never
    // run): print its text, as clangd does, and async-tidy's version after it.
    if (Arg == "--version" || Arg == "-version") {
      using namespace clang::clangd;
      llvm::outs() << versionString() << "\n"
                   << "Features: " << featureString() << "\n"
                   << "Platform: " << platformString() << "\n";
      asynctidy::printVersion(llvm::outs());
      return 0;
    }
    if (Arg == "--resource-dir" || Arg == "-resource-dir" ||
        Arg.starts_with("--resource-dir=") || Arg.starts_with("-resource-dir="))
      HasResourceDir = true;
  }
  static std::string ResourceDirArg =
      std::string("--resource-dir=") + ASYNC_CLANGD_RESOURCE_DIR;
  if (!HasResourceDir && llvm::sys::fs::is_directory(ASYNC_CLANGD_RESOURCE_DIR))
    Args.insert(Args.begin() + 1, ResourceDirArg.data());
  // clangd logs to stderr (the editor's clangd log); this line comes first.
  llvm::errs() << fastCheckFilterHint(Args);
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(Args.size()) - 1,
                                   Args.data());
}
