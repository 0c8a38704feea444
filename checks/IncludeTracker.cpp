//===--- IncludeTracker.cpp - where a fix-it may add an #include ----------===//

#include "IncludeTracker.h"

#include "clang/Lex/PPCallbacks.h"

namespace clang::tidy::async {

class IncludeRecorder : public PPCallbacks {
public:
  explicit IncludeRecorder(IncludeTracker &T) : T(T) {}
  void InclusionDirective(SourceLocation HashLoc, const Token &,
                          StringRef FileName, bool, CharSourceRange,
                          OptionalFileEntryRef File, StringRef, StringRef,
                          const Module *, bool,
                          SrcMgr::CharacteristicKind) override {
    T.Paths.insert(FileName);
    if (File)
      T.Paths.insert(File->getName());
    if (HashLoc.isFileID()) {
      auto [FID, Offset] = T.SM->getDecomposedLoc(HashLoc);
      T.LastIncludeLine[FID] = T.SM->getLineNumber(FID, Offset);
    }
  }

private:
  IncludeTracker &T;
};

void IncludeTracker::attach(const SourceManager &SourceMgr, Preprocessor &PP) {
  SM = &SourceMgr;
  Paths.clear();
  LastIncludeLine.clear();
  PP.addPPCallbacks(std::make_unique<IncludeRecorder>(*this));
}

bool IncludeTracker::provides(StringRef Header) const {
  for (const auto &P : Paths) {
    StringRef Path = P.getKey();
    if (Path == Header ||
        (Path.ends_with(Header) &&
         Path.drop_back(Header.size()).ends_with("/")))
      return true;
  }
  return false;
}

std::optional<FixItHint>
IncludeTracker::insertion(FileID File, ArrayRef<std::string> Headers) const {
  if (!SM)
    return std::nullopt;
  std::string Text;
  for (const std::string &H : Headers)
    if (!provides(H))
      Text += "#include <" + H + ">\n";
  if (Text.empty())
    return std::nullopt;
  SourceLocation Loc = SM->getLocForStartOfFile(File);
  if (auto It = LastIncludeLine.find(File); It != LastIncludeLine.end()) {
    SourceLocation Next = SM->translateLineCol(File, It->second + 1, 1);
    // translateLineCol clamps past the end of the file: a last include
    // without a final newline gets one.
    if (SM->getLineNumber(File, SM->getFileOffset(Next)) == It->second) {
      Loc = SM->getLocForEndOfFile(File);
      Text = "\n" + Text;
    } else {
      Loc = Next;
    }
  }
  return FixItHint::CreateInsertion(Loc, Text);
}

} // namespace clang::tidy::async
