//===--- ChainNotes.cpp - shared pieces of the call-graph checks ----------===//

#include "ChainNotes.h"
#include "Analysis/BlockingCallFinder.h"

namespace clang::tidy::async {

bool checkMaxDepth(ClangTidyCheck &Check, llvm::StringRef CheckName,
                   llvm::StringRef OptionName, unsigned MaxDepth) {
  if (MaxDepth > 0)
    return true;
  Check.configurationDiag("%0: option '%1' must be at least 1",
                          DiagnosticIDs::Error)
      << CheckName << OptionName;
  return false;
}

void emitFrameNotes(
    ClangTidyCheck &Check, llvm::ArrayRef<asynctidy::ChainFrame> Chain,
    llvm::function_ref<std::string(const asynctidy::ChainFrame &)> LeafText) {
  unsigned Frame = 1;
  for (const asynctidy::ChainFrame &C : Chain) {
    std::string Caller = "'" + asynctidy::calleeDisplayName(C.Caller) + "'";
    if (C.VirtualBase)
      Caller += " (overrides '" + asynctidy::calleeDisplayName(C.VirtualBase) +
                "')";
    std::string What =
        C.IsLeaf ? LeafText(C)
                 : "calls '" + asynctidy::calleeDisplayName(C.Callee) + "'";
    Check.diag(C.Loc, "frame #%0: %1 %2 here", DiagnosticIDs::Note)
        << Frame++ << Caller << What;
  }
}

} // namespace clang::tidy::async
