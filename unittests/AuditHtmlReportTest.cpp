//===--- AuditHtmlReportTest.cpp - async-audit --format=html --------------===//
//
// The source snippets of the HTML report on files a lit test cannot produce
// between the analysis and the report: missing, over the size limit, not a
// regular file, shorter than the finding's line (edited since), not UTF-8,
// with control characters, CRLF line ends and very long lines.
//
//===----------------------------------------------------------------------===//

#include "Report/AuditReport.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"
#include <string>
#include <sys/stat.h>

using namespace asynctidy;

namespace {

class AuditHtmlReportTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("audit-html", Dir));
  }
  void TearDown() override { llvm::sys::fs::remove_directories(Dir); }

  std::string write(llvm::StringRef Name, llvm::StringRef Text) {
    llvm::SmallString<128> P(Dir);
    llvm::sys::path::append(P, Name);
    std::error_code EC;
    llvm::raw_fd_ostream OS(P, EC);
    EXPECT_FALSE(EC);
    OS << Text;
    return std::string(P);
  }

  std::string path(llvm::StringRef Name) {
    llvm::SmallString<128> P(Dir);
    llvm::sys::path::append(P, Name);
    return std::string(P);
  }

  static AuditFinding finding(std::string Location,
                              std::vector<ChainStep> Chain = {}) {
    AuditFinding F;
    F.Location = std::move(Location);
    F.Callee = "f";
    F.Category = "sleep";
    F.Context = "coroutine 'g'";
    F.CrossTU = true;
    F.Chain = std::move(Chain);
    F.Direct = F.Chain.empty();
    return F;
  }

  std::string render(std::vector<AuditFinding> Findings,
                     HtmlReportOptions Opts = {}) {
    std::string Out;
    llvm::raw_string_ostream OS(Out);
    Opts.ToolVersion = "test";
    writeHtmlReport(OS, Findings, Opts);
    return Out;
  }

  llvm::SmallString<128> Dir;
};

TEST_F(AuditHtmlReportTest, MissingFileGetsANote) {
  std::string Out = render({finding(path("gone.cpp") + ":3:1")});
  EXPECT_NE(Out.find("<p class=\"note\">source not shown: cannot read the "
                     "file: No such file or directory</p>"),
            std::string::npos)
      << Out;
  EXPECT_EQ(Out.find("<pre class=\"snippet\">"), std::string::npos);
}

TEST_F(AuditHtmlReportTest, FileOverTheLimitIsNotRead) {
  std::string Big = write("big.cpp", std::string(2048, 'x') + "\n");
  HtmlReportOptions Opts;
  Opts.MaxSourceSize = 1024;
  std::string Out = render({finding(Big + ":1:1")}, Opts);
  EXPECT_NE(Out.find("source not shown: cannot read the file: larger than "
                     "the limit of 1 KiB (2049 bytes)"),
            std::string::npos)
      << Out;
  EXPECT_EQ(Out.find("xxxx"), std::string::npos);
}

TEST_F(AuditHtmlReportTest, FIFOIsRefusedWithoutBlocking) {
  std::string Fifo = path("fifo.cpp");
  ASSERT_EQ(::mkfifo(Fifo.c_str(), 0600), 0);
  std::string Out = render({finding(Fifo + ":1:1")});
  EXPECT_NE(Out.find("cannot read the file: not a regular file (a FIFO)"),
            std::string::npos)
      << Out;
}

TEST_F(AuditHtmlReportTest, LinePastTheEndSaysTheFileChanged) {
  std::string F = write("short.cpp", "int a;\nint b;\n");
  std::string Out = render({finding(F + ":9:1")});
  EXPECT_NE(Out.find("source not shown: line 9 is past the end of the file "
                     "(2 lines); it changed after the analysis"),
            std::string::npos)
      << Out;
}

TEST_F(AuditHtmlReportTest, ContextIsClampedAndTheLineMarked) {
  std::string F = write("a.cpp", "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\n");
  HtmlReportOptions Opts;
  Opts.ContextLines = 2;
  std::string Out = render({finding(F + ":2:2"), finding(F + ":8:1")}, Opts);
  // Line 2: lines 1 to 4; line 8: lines 6 to 9, not past the end.
  EXPECT_NE(
      Out.find("<pre class=\"snippet\"><span><span class=\"n\">1</span>l1\n"
               "</span><span class=\"hl\"><span class=\"n\">2</span>l2\n"
               "</span><span class=\"caret\"><span class=\"n\"></span> ^\n"
               "</span><span><span class=\"n\">3</span>l3\n"
               "</span><span><span class=\"n\">4</span>l4\n"
               "</span></pre>"),
      std::string::npos)
      << Out;
  EXPECT_NE(
      Out.find("<pre class=\"snippet\"><span><span class=\"n\">6</span>l6\n"
               "</span><span><span class=\"n\">7</span>l7\n"
               "</span><span class=\"hl\"><span class=\"n\">8</span>l8\n"
               "</span><span class=\"caret\"><span class=\"n\"></span>^\n"
               "</span><span><span class=\"n\">9</span>l9\n"
               "</span></pre>"),
      std::string::npos)
      << Out;
}

TEST_F(AuditHtmlReportTest, CRLFAndCRLineEnds) {
  std::string F = write("crlf.cpp", "a\r\nb\rc\r\nd");
  HtmlReportOptions Opts;
  Opts.ContextLines = 1;
  std::string Out = render({finding(F + ":3:1")}, Opts);
  EXPECT_NE(Out.find("<span class=\"n\">2</span>b\n</span><span class=\"hl\">"
                     "<span class=\"n\">3</span>c\n"),
            std::string::npos)
      << Out;
  EXPECT_NE(Out.find("<span class=\"n\">4</span>d\n"), std::string::npos)
      << Out;
  EXPECT_EQ(Out.find('\r'), std::string::npos);
}

TEST_F(AuditHtmlReportTest, InvalidUTF8AndControlsBecomeReplacementChars) {
  // A Latin-1 byte, a truncated sequence, NUL, ESC; valid UTF-8 is kept.
  static const char Bytes[] = "caf\xE9 \xE2\x82 x\0y\x1B z \xE2\x82\xAC\n";
  std::string F = write("bytes.cpp", std::string(Bytes, sizeof(Bytes) - 1));
  std::string Out = render({finding(F + ":1:1")});
  EXPECT_NE(Out.find("caf\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD x\xEF\xBF\xBDy"
                     "\xEF\xBF\xBD z \xE2\x82\xAC\n"),
            std::string::npos)
      << Out;
  EXPECT_EQ(Out.find('\0'), std::string::npos);
  EXPECT_EQ(Out.find('\x1B'), std::string::npos);
}

TEST_F(AuditHtmlReportTest, LongLinesAreCutAtACharacterBoundary) {
  // 'a' then 3-byte characters: byte 8 is inside the third one.
  std::string Line = "a";
  for (int I = 0; I < 100; ++I)
    Line += "\xE2\x82\xAC";
  std::string F = write("long.cpp", Line + "\n");
  HtmlReportOptions Opts;
  Opts.MaxLineBytes = 8;
  std::string Out = render({finding(F + ":1:200")}, Opts);
  EXPECT_NE(Out.find("<span class=\"n\">1</span>a\xE2\x82\xAC\xE2\x82\xAC"
                     "<span class=\"muted\">\xE2\x80\xA6</span>\n"),
            std::string::npos)
      << Out;
  // The column is past the cut: no caret.
  EXPECT_EQ(Out.find("class=\"caret\""), std::string::npos) << Out;
}

TEST_F(AuditHtmlReportTest, NamesAndPathsAreEscaped) {
  std::string F = write("x&<>\"'.cpp", "int x;\n");
  AuditFinding Hostile =
      finding(F + ":1:5", {{"a<b>", "c&d", F + ":1:1", /*IsLeaf=*/true}});
  Hostile.Context = "coroutine '</script><img src=x onerror=alert(1)>'";
  Hostile.Category = "cat\"egory";
  std::string Out = render({Hostile});
  EXPECT_EQ(Out.find("<img"), std::string::npos) << Out;
  EXPECT_EQ(Out.find("x&<"), std::string::npos) << Out;
  EXPECT_EQ(Out.find("cat\"egory"), std::string::npos) << Out;
  EXPECT_NE(Out.find("data-category=\"cat&quot;egory\""), std::string::npos);
  EXPECT_NE(Out.find("x&amp;&lt;&gt;&quot;&#39;.cpp:1:5"), std::string::npos);
  EXPECT_NE(Out.find("&#39;a&lt;b&gt;&#39; calls blocking &#39;c&amp;d&#39;"),
            std::string::npos);
  EXPECT_NE(Out.find("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"),
            std::string::npos);
}

TEST_F(AuditHtmlReportTest, SameFindingsSameBytes) {
  std::string F = write("a.cpp", "int a;\nint b;\n");
  std::vector<AuditFinding> Findings = {
      finding(F + ":2:1", {{"f", "g", F + ":1:1", /*IsLeaf=*/true}}),
      finding(F + ":1:1")};
  EXPECT_EQ(render(Findings), render(Findings));
}

TEST_F(AuditHtmlReportTest, NoFindings) {
  std::string Out = render({});
  EXPECT_NE(Out.find("<p id=\"no-findings\">No findings.</p>"),
            std::string::npos);
  EXPECT_EQ(Out.find("<form id=\"filters\""), std::string::npos);
  EXPECT_NE(Out.rfind("</html>\n"), std::string::npos);
}

} // namespace
