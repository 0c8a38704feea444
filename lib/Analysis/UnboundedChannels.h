//===--- UnboundedChannels.h - pushes into unbounded channels -------------===//
//
// Finds enqueues into unbounded channels (queues without a capacity limit:
// moodycamel::ConcurrentQueue, tbb::concurrent_queue, folly::UnboundedQueue,
// coro::queue, ...) reachable from async contexts. A channel is recognised by
// the canonical type of the object a method is called on (so aliases and
// re-exported names resolve to the class they name) and its enqueue methods,
// both from the annotation database's `types:` entries of role
// `unbounded-channel` or from a list given by the check's option.
//
// The call-graph walk is BlockingAnalyzer's with its own leaf predicate, so
// an enqueue made through helpers comes with a witness chain.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_UNBOUNDEDCHANNELS_H
#define ASYNC_TIDY_ANALYSIS_UNBOUNDEDCHANNELS_H

#include "Analysis/BlockingAnalysis.h"
#include "Analysis/CallSites.h"
#include "Annotations/AnnotationDatabase.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Error.h"
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace asynctidy {

/// A channel type given outside the database (the ChannelTypes option).
struct ChannelTypeSpec {
  std::string Name; ///< Qualified, no leading "::", no template arguments.
  std::vector<std::string> EnqueueMethods;
};

/// The enqueue methods assumed for a ChannelTypes item that lists none.
llvm::ArrayRef<llvm::StringRef> defaultEnqueueMethods();

/// Parses "::app::Queue; ::app::Mailbox=post,send": semicolon-separated
/// qualified class names, each optionally followed by `=` and a
/// comma-separated list of enqueue methods (default: defaultEnqueueMethods()).
llvm::Expected<std::vector<ChannelTypeSpec>>
parseChannelTypes(llvm::StringRef Option);

/// One enqueue into an unbounded channel.
struct ChannelPush {
  /// The database name of the channel class ("moodycamel::ConcurrentQueue").
  std::string ClassName;
  /// The object's type as written at the call ("folly::UMPSCQueue<int>").
  std::string TypeAsWritten;
  /// What to suggest instead (empty if neither the database nor the option
  /// says).
  std::string Alternative;
  /// The variable, parameter or field the channel is, if the call names one.
  const clang::ValueDecl *Decl = nullptr;
  /// True if Decl holds the channel itself (not a reference or pointer to
  /// it): its declaration is the channel's.
  bool DeclIsChannel = false;
  /// The enqueue method.
  const clang::FunctionDecl *Method = nullptr;
  clang::SourceLocation Loc;
};

/// Decides whether a call site pushes into an unbounded channel.
class ChannelMatcher {
public:
  ChannelMatcher(const AnnotationDatabase &DB,
                 std::vector<ChannelTypeSpec> Extra)
      : DB(DB), Extra(std::move(Extra)) {}

  /// The push \p Site makes, if it enqueues into an unbounded channel that
  /// its function does not own (a local container is not a channel).
  std::optional<ChannelPush> match(const CallSiteRecord &Site,
                                   const clang::ASTContext &Ctx) const;

private:
  const AnnotationDatabase &DB;
  std::vector<ChannelTypeSpec> Extra;
};

/// An enqueue reachable from an async context's body.
struct ChannelFinding {
  const CallSiteRecord *Site = nullptr;
  /// The function called at the site (the enqueue method if Direct).
  const clang::FunctionDecl *Callee = nullptr;
  bool Direct = false;
  /// Frames below the site, down to the enqueue (empty when Direct).
  std::vector<ChainFrame> Chain;
  const ChannelPush *Push = nullptr;
};

/// The per-translation-unit analysis.
class UnboundedChannelAnalyzer {
public:
  UnboundedChannelAnalyzer(clang::ASTContext &Ctx, const AnnotationDatabase &DB,
                           std::vector<ChannelTypeSpec> Extra,
                           BlockingAnalysisOptions Walk);
  void analyze(llvm::ArrayRef<const clang::FunctionDecl *> Roots);
  std::vector<ChannelFinding> findings(const clang::FunctionDecl *Root);

private:
  clang::ASTContext &Ctx;
  ChannelMatcher Matcher;
  llvm::StringMap<bool> NoCategories;
  /// Stable addresses: findings point into it.
  std::deque<ChannelPush> Pushes;
  /// Index into Pushes per call site already matched, or NoPush.
  llvm::DenseMap<const CallSiteRecord *, unsigned> PushIndex;
  static constexpr unsigned NoPush = ~0U;
  std::unique_ptr<BlockingAnalyzer> Walk;
};

} // namespace asynctidy

#endif // ASYNC_TIDY_ANALYSIS_UNBOUNDEDCHANNELS_H
