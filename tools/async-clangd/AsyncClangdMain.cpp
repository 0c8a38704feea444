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
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
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
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(Args.size()) - 1,
                                   Args.data());
}
