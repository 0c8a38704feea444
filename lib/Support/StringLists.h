//===--- StringLists.h - option values that are lists ---------------------===//
//
// clang-tidy options that hold lists are semicolon-separated; every async-*
// option of that kind is split here.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SUPPORT_STRINGLISTS_H
#define ASYNC_TIDY_SUPPORT_STRINGLISTS_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <vector>

namespace asynctidy {

/// The non-empty, trimmed items of \p List, split at \p Separator.
inline std::vector<llvm::StringRef> splitList(llvm::StringRef List,
                                              char Separator = ';') {
  llvm::SmallVector<llvm::StringRef, 8> Items;
  List.split(Items, Separator, /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  std::vector<llvm::StringRef> Out;
  for (llvm::StringRef Item : Items)
    if (!(Item = Item.trim()).empty())
      Out.push_back(Item);
  return Out;
}

} // namespace asynctidy

#endif // ASYNC_TIDY_SUPPORT_STRINGLISTS_H
