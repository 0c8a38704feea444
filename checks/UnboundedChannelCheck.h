//===--- UnboundedChannelCheck.h - async-unbounded-channel ------*- C++ -*-===//

#ifndef ASYNC_TIDY_CHECKS_UNBOUNDEDCHANNELCHECK_H
#define ASYNC_TIDY_CHECKS_UNBOUNDEDCHANNELCHECK_H

#include "AsyncContextCheckBase.h"
#include "Analysis/UnboundedChannels.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include <vector>

namespace clang::tidy::async {

/// Finds enqueues into unbounded channels (queues without a capacity limit)
/// made from coroutines, directly or through calls, where a slow consumer
/// makes memory grow without limit because the producer never waits.
///
/// For the user-facing documentation see docs/checks/async-unbounded-channel.md.
class UnboundedChannelCheck : public AsyncContextCheckBase {
public:
  UnboundedChannelCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void onEndOfTranslationUnit() override;

private:
  const std::string ChannelTypes;
  std::vector<asynctidy::ChannelTypeSpec> ExtraTypes;
};

} // namespace clang::tidy::async

#endif // ASYNC_TIDY_CHECKS_UNBOUNDEDCHANNELCHECK_H
