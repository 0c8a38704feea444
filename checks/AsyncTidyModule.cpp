//===--- AsyncTidyModule.cpp - the clang-tidy module "async" --------------===//
//
// Registration only, one line per check, in alphabetical order.
//
//===----------------------------------------------------------------------===//

#include "BlockingCallCheck.h"
#include "LockAcrossSuspendCheck.h"
#include "OpaqueCallCheck.h"
#include "UnboundedChannelCheck.h"
#include "clang-tidy/ClangTidyModule.h"

namespace clang::tidy::async {

class AsyncModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<BlockingCallCheck>("async-blocking-call");
    Factories.registerCheck<LockAcrossSuspendCheck>("async-lock-across-suspend");
    Factories.registerCheck<OpaqueCallCheck>("async-opaque-call");
    Factories.registerCheck<UnboundedChannelCheck>("async-unbounded-channel");
  }
};

} // namespace clang::tidy::async

namespace clang::tidy {

static ClangTidyModuleRegistry::Add<async::AsyncModule>
    X("async-module", "Checks for blocking and locking in C++20 coroutines.");

// Referenced by the standalone tool and the custom clangd so that a linker
// never drops the registration above.
// NOLINTNEXTLINE(misc-use-internal-linkage)
volatile int AsyncTidyModuleAnchorSource = 0;

} // namespace clang::tidy
