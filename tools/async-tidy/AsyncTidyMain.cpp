//===--- AsyncTidyMain.cpp - clang-tidy with the async module -------------===//

#include "Support/Version.h"
#include "clang-tidy/tool/ClangTidyMain.h"

namespace clang::tidy {
extern volatile int AsyncTidyModuleAnchorSource;
} // namespace clang::tidy

int main(int Argc, const char **Argv) {
  // Keep the module's registration object alive in the link.
  (void)clang::tidy::AsyncTidyModuleAnchorSource;
  asynctidy::addVersionPrinter();
  return clang::tidy::clangTidyMain(Argc, Argv);
}
