//===--- Suggest.h - "did you mean" for unknown names ---------------------===//
//
// Every error about an unknown name (a category, a framework, a YAML enum
// value) ends with the nearest known name when one is close enough.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUPPORT_SUGGEST_H
#define ASYNC_TIDY_SUPPORT_SUGGEST_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <algorithm>
#include <string>

namespace asynctidy {

/// The candidate nearest to \p Value by edit distance (case-insensitive), or
/// "" when none is within a third of \p Value's length (at least one edit).
/// Ties go to the first.
inline llvm::StringRef nearestName(llvm::StringRef Value,
                                   llvm::ArrayRef<llvm::StringRef> Candidates) {
  std::string Lower = Value.lower();
  unsigned Limit = std::max<unsigned>(1, (Value.size() + 2) / 3);
  llvm::StringRef Best;
  unsigned BestDist = Limit + 1;
  for (llvm::StringRef C : Candidates) {
    unsigned D = llvm::StringRef(Lower).edit_distance(
        C.lower(), /*AllowReplacements=*/true, /*MaxEditDistance=*/Limit);
    if (D < BestDist) {
      Best = C;
      BestDist = D;
    }
  }
  return Best;
}

/// "; did you mean 'X'?" for the nearest candidate, or "".
inline std::string didYouMean(llvm::StringRef Value,
                              llvm::ArrayRef<llvm::StringRef> Candidates) {
  llvm::StringRef Best = nearestName(Value, Candidates);
  if (Best.empty())
    return "";
  return ("; did you mean '" + Best + "'?").str();
}

} // namespace asynctidy

#endif // ASYNC_TIDY_SUPPORT_SUGGEST_H
