//===--- IncludeTracker.cpp - where a fix-it may add an #include ----------===//

#include "IncludeTracker.h"

#include "clang/Lex/PPCallbacks.h"
#include "clang/Serialization/ASTReader.h"

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
  }

private:
  IncludeTracker &T;
};

/// The line (from 1) of the file's last #include outside any #if block (an
/// include guard's #ifndef aside), or 0. Read from the text, so that every
/// front end agrees (clangd replays only a preamble's #include directives,
/// not its conditionals).
static unsigned lastUnconditionalInclude(StringRef Text) {
  unsigned Depth = 0, GuardDepth = 0, Last = 0, LineNo = 0;
  bool FirstDirective = true;
  StringRef GuardMacro;
  for (StringRef Line : llvm::split(Text, '\n')) {
    ++LineNo;
    StringRef L = Line.trim();
    if (!L.consume_front("#"))
      continue;
    L = L.ltrim();
    StringRef Word = L.take_while([](char C) { return llvm::isAlpha(C); });
    StringRef Rest = L.drop_front(Word.size()).trim();
    bool First = FirstDirective;
    FirstDirective = false;
    if (Word == "if" || Word == "ifdef" || Word == "ifndef") {
      ++Depth;
      if (First && Word == "ifndef") // Maybe an include guard.
        GuardMacro = Rest.take_while(
            [](char C) { return llvm::isAlnum(C) || C == '_'; });
    } else if (Word == "endif") {
      Depth = Depth ? Depth - 1 : 0;
    } else if (Word == "define" && !GuardMacro.empty() && Depth == 1 &&
               Rest.starts_with(GuardMacro)) {
      GuardDepth = 1;
      GuardMacro = {};
    } else if (Word == "include" && Depth == GuardDepth) {
      Last = LineNo;
    }
  }
  return Last;
}

void IncludeTracker::attach(const SourceManager &SourceMgr, Preprocessor &PP) {
  SM = &SourceMgr;
  this->PP = &PP;
  Paths.clear();
  PP.addPPCallbacks(std::make_unique<IncludeRecorder>(*this));
}

static bool pathEndsIn(StringRef Path, StringRef Header) {
  return Path == Header || (Path.ends_with(Header) &&
                            Path.drop_back(Header.size()).ends_with("/"));
}

bool IncludeTracker::provides(StringRef Header) const {
  for (const auto &P : Paths)
    if (pathEndsIn(P.getKey(), Header))
      return true;
  // A precompiled preamble (clangd) includes what the replayed main-file
  // directives do not show: its input files are the preamble's headers.
  // (LLVM is built with RTTI; the source is an ASTReader when there is one.)
  auto *Reader = PP ? dynamic_cast<ASTReader *>(PP->getExternalSource())
                    : nullptr;
  if (!Reader)
    return false;
  bool Found = false;
  for (serialization::ModuleFile &MF : Reader->getModuleManager())
    Reader->visitInputFileInfos(
        MF, /*IncludeSystem=*/true,
        [&](const serialization::InputFileInfo &IFI, bool) {
          Found = Found || pathEndsIn(IFI.UnresolvedImportedFilename, Header);
        });
  return Found;
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
  if (unsigned Line = lastUnconditionalInclude(SM->getBufferData(File))) {
    SourceLocation Next = SM->translateLineCol(File, Line + 1, 1);
    // translateLineCol clamps past the end of the file: a last include
    // without a final newline gets one.
    if (SM->getLineNumber(File, SM->getFileOffset(Next)) == Line) {
      Loc = SM->getLocForEndOfFile(File);
      Text = "\n" + Text;
    } else {
      Loc = Next;
    }
  }
  return FixItHint::CreateInsertion(Loc, Text);
}

} // namespace clang::tidy::async
