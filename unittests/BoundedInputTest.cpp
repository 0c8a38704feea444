//===--- BoundedInputTest.cpp - limits on the files the tools read --------===//

#include "Support/BoundedInput.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"
#include <string>

using namespace asynctidy;

namespace {

std::string nested(unsigned Depth) {
  return std::string(Depth, '[') + std::string(Depth, ']');
}

TEST(BoundedInputTest, YAMLNestingBoundIsExact) {
  EXPECT_FALSE(checkYAMLNesting(nested(64)));
  std::optional<TextProblem> P = checkYAMLNesting(nested(65));
  ASSERT_TRUE(P);
  EXPECT_EQ(P->Offset, 64u); // The 65th '['.
  EXPECT_EQ(P->Message, "nesting deeper than 64");
  EXPECT_TRUE(checkYAMLNesting(nested(3), /*MaxDepth=*/2));
}

TEST(BoundedInputTest, YAMLNestingCountsEveryStyle) {
  // Block mappings by indentation, keys that are collections, a second
  // document: each counts.
  EXPECT_TRUE(checkYAMLNesting("a:\n b:\n  c: 1\n", 2));
  EXPECT_FALSE(checkYAMLNesting("a:\n b:\n  c: 1\n", 3));
  EXPECT_TRUE(checkYAMLNesting("? [[x]]\n: 1\n", 2));
  EXPECT_TRUE(checkYAMLNesting("a: 1\n---\n[[[x]]]\n", 2));
  // Brackets inside quotes, comments and block scalars are text.
  EXPECT_FALSE(checkYAMLNesting("a: '[[[['\nb: \"{{{{\" # [[[[\nc: |\n  [[[[\n",
                                1));
}

TEST(BoundedInputTest, YAMLNestingStopsAtSyntaxErrors) {
  // Left to the real parse, which reports them.
  EXPECT_FALSE(checkYAMLNesting("]]]]", 1));
  EXPECT_FALSE(checkYAMLNesting("a: 'unterminated [[[", 1));
  EXPECT_FALSE(checkYAMLNesting("", 1));
  // Collections opened before the error still count.
  EXPECT_TRUE(checkYAMLNesting("a: [[\n", 2));
}

TEST(BoundedInputTest, JSONNesting) {
  EXPECT_FALSE(checkJSONNesting(nested(64)));
  std::optional<TextProblem> P = checkJSONNesting(nested(65));
  ASSERT_TRUE(P);
  EXPECT_EQ(P->Offset, 64u);
  EXPECT_FALSE(checkJSONNesting(R"({"a": "[[[\"[[["})", 1));
  EXPECT_TRUE(checkJSONNesting(R"({"a": "\\", "b": [1]})", 1));
}

TEST(BoundedInputTest, PositionsCountEveryLineEnd) {
  EXPECT_EQ(positionInText("ab\ncd", 4).Line, 2u);
  EXPECT_EQ(positionInText("ab\ncd", 4).Column, 2u);
  EXPECT_EQ(positionInText("ab\rcd", 4).Line, 2u);
  EXPECT_EQ(positionInText("ab\r\ncd", 5).Line, 2u);
  EXPECT_EQ(positionInText("ab\r\ncd", 5).Column, 2u);
  EXPECT_EQ(positionInText("a\r\r\nb", 4).Line, 3u);
  EXPECT_EQ(positionInText("abc", 99).Column, 4u); // Clamped to the end.
  EXPECT_EQ(formatProblem("f.yaml", "x\ry", {2, "bad"}), "f.yaml:2:1: error: bad");
}

TEST(BoundedInputTest, LineTableAgreesWithPositionInText) {
  for (llvm::StringRef Buffer :
       {"", "a", "ab\ncd", "ab\rcd", "ab\r\ncd\n", "a\r\r\nb\n\n\rc\r",
        "\n\n", "\r\n\r\n x"}) {
    LineTable Lines(Buffer);
    for (size_t Offset = 0; Offset <= Buffer.size() + 1; ++Offset) {
      TextPosition Want = positionInText(Buffer, Offset);
      TextPosition Got = Lines.position(Offset);
      EXPECT_EQ(Got.Line, Want.Line) << Buffer.str() << " @" << Offset;
      EXPECT_EQ(Got.Column, Want.Column) << Buffer.str() << " @" << Offset;
    }
  }
}

TEST(BoundedInputTest, UTF8) {
  EXPECT_FALSE(checkUTF8("plain \xc3\xa9 text"));
  std::optional<TextProblem> P = checkUTF8("ab\xff");
  ASSERT_TRUE(P);
  EXPECT_EQ(P->Offset, 2u);
  EXPECT_TRUE(checkUTF8("\xc0\xaf"));     // Overlong '/'.
  EXPECT_TRUE(checkUTF8("\xed\xa0\x80")); // A surrogate.
  EXPECT_TRUE(checkUTF8("\xe2\x82"));     // Truncated.
}

TEST(BoundedInputTest, ReadsRegularFilesOnly) {
  llvm::SmallString<128> Path;
  ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("bounded", "txt", Path));
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    OS << "12345";
  }
  auto Buf = readRegularFile(Path, 5);
  ASSERT_TRUE(bool(Buf));
  EXPECT_EQ((*Buf)->getBuffer(), "12345");
  auto Big = readRegularFile(Path, 4);
  ASSERT_FALSE(bool(Big));
  EXPECT_EQ(llvm::toString(Big.takeError()),
            "larger than the limit of 4 bytes (5 bytes)");
  llvm::sys::fs::remove(Path);

  auto Dev = readRegularFile("/dev/null", 5);
  ASSERT_FALSE(bool(Dev));
  EXPECT_EQ(llvm::toString(Dev.takeError()),
            "not a regular file (a character device)");
  auto Dir = readRegularFile(llvm::sys::path::parent_path(Path), 5);
  ASSERT_FALSE(bool(Dir));
  llvm::consumeError(Dir.takeError());
  EXPECT_EQ(formatSize(16u << 20), "16 MiB");
  EXPECT_EQ(formatSize(1u << 30), "1 GiB");
  EXPECT_EQ(formatSize(1000), "1000 bytes");
}

} // namespace
