//===--- AuditHtmlReport.cpp - async-audit --format=html ------------------===//
//
// One self-contained HTML page: a summary of the findings, filters by
// category, check and file, and per finding its chain (the call site, then
// every frame at its own file:line) with a few lines of source around each
// location. Everything is rendered here, so the page shows every finding
// without JavaScript; the embedded script (lib/Report/html/report.js) only
// adds the filters. The page loads nothing: its style sheet and script are
// inline, embedded at build time, and its Content-Security-Policy allows
// exactly those two by their SHA-256 hashes.
//
// Every string from the input (paths, function names, messages, source
// lines) is escaped for HTML text and double-quoted attributes alike, and
// bytes that are not valid UTF-8 become U+FFFD, so the page is well-formed
// whatever the sources contain.
//
//===----------------------------------------------------------------------===//

#include "Report/AuditReport.h"
#include "Support/BoundedInput.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Base64.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/SHA256.h"
#include <array>
#include <cassert>
#include <map>
#include <set>

using namespace llvm;

namespace asynctidy {

namespace {

/// The style sheet and script (lib/Report/html/*), embedded at build time.
StringRef asset(StringRef Name) {
#define ASYNC_TIDY_EMBED(NAME, ...)                                            \
  if (Name == NAME) {                                                          \
    static const char Bytes[] = {__VA_ARGS__};                                 \
    return StringRef(Bytes, sizeof(Bytes));                                    \
  }
#include "AuditHtmlAssets.inc"
#undef ASYNC_TIDY_EMBED
  llvm_unreachable("no such embedded asset");
}

/// Appends \p S escaped for HTML text and double- or single-quoted
/// attribute values. Invalid UTF-8 and control characters other than tab
/// and newline become U+FFFD.
void appendEscaped(std::string &Out, StringRef S) {
  static constexpr StringLiteral Replacement = "\xEF\xBF\xBD";
  for (size_t I = 0; I < S.size();) {
    unsigned char C = S[I];
    if (C < 0x80) {
      switch (C) {
      case '&':
        Out += "&amp;";
        break;
      case '<':
        Out += "&lt;";
        break;
      case '>':
        Out += "&gt;";
        break;
      case '"':
        Out += "&quot;";
        break;
      case '\'':
        Out += "&#39;";
        break;
      case '\t':
      case '\n':
        Out += C;
        break;
      default:
        if (C < 0x20 || C == 0x7F)
          Out += Replacement;
        else
          Out += C;
      }
      ++I;
      continue;
    }
    unsigned N = getNumBytesForUTF8(C);
    const auto *P = reinterpret_cast<const UTF8 *>(S.data() + I);
    if (I + N <= S.size() && isLegalUTF8Sequence(P, P + N)) {
      Out.append(S.data() + I, N);
      I += N;
    } else {
      Out += Replacement;
      ++I;
    }
  }
}

std::string escaped(StringRef S) {
  std::string Out;
  appendEscaped(Out, S);
  return Out;
}

/// 'sha256-...' for a Content-Security-Policy source list.
std::string cspHash(StringRef Text) {
  std::array<uint8_t, 32> Digest = SHA256::hash(arrayRefFromStringRef(Text));
  return "'sha256-" + encodeBase64(Digest) + "'";
}

/// What the page shows at one location: source lines or why there are none.
struct Snippet {
  struct Line {
    unsigned Number;
    std::string Text; ///< At most MaxLineBytes.
    bool Truncated;
  };
  std::vector<Line> Lines;
  std::string Note; ///< Set when there are no lines.
};

/// Reads each file once and cuts the snippets every location in it needs.
class SnippetTable {
public:
  explicit SnippetTable(const HtmlReportOptions &Opts) : Opts(Opts) {}

  void want(const FileLocation &L) {
    if (!L.File.empty() && L.Line)
      Wanted[L.File].insert(L.Line);
  }

  /// Reads the files (one at a time: the memory held is the snippets).
  void load() {
    for (const auto &[File, Lines] : Wanted)
      loadFile(File, Lines);
    Wanted.clear();
  }

  const Snippet *lookup(const FileLocation &L) const {
    auto It = Snippets.find({L.File, L.Line});
    return It == Snippets.end() ? nullptr : &It->second;
  }

private:
  void loadFile(const std::string &File, const std::set<unsigned> &Lines) {
    Expected<std::unique_ptr<MemoryBuffer>> Buf =
        readRegularFile(File, Opts.MaxSourceSize);
    if (!Buf) {
      std::string Why = toString(Buf.takeError());
      for (unsigned L : Lines)
        Snippets[{File, L}].Note =
            "source not shown: cannot read the file: " + Why;
      return;
    }
    StringRef Text = (*Buf)->getBuffer();
    // Line starts up to the last line any snippet shows; "\r\n", "\n" and
    // "\r" each end a line, as in Clang.
    unsigned Last = *Lines.rbegin() + Opts.ContextLines;
    std::vector<size_t> Starts = {0};
    for (size_t I = 0; I < Text.size() && Starts.size() <= Last; ++I) {
      if (Text[I] == '\r' && I + 1 < Text.size() && Text[I + 1] == '\n')
        ++I;
      if (Text[I] == '\n' || Text[I] == '\r')
        Starts.push_back(I + 1);
    }
    // A final line break does not start another line.
    if (Starts.size() > 1 && Starts.back() == Text.size())
      Starts.pop_back();
    unsigned NumLines = Text.empty() ? 0 : Starts.size();
    auto LineText = [&](unsigned N) {
      size_t Begin = Starts[N - 1];
      size_t End = N < Starts.size() ? Starts[N] : Text.size();
      return Text.slice(Begin, End).rtrim("\r\n");
    };
    for (unsigned L : Lines) {
      Snippet &S = Snippets[{File, L}];
      if (L > NumLines) {
        S.Note = "source not shown: line " + std::to_string(L) +
                 " is past the end of the file (" + std::to_string(NumLines) +
                 " lines); it changed after the analysis";
        continue;
      }
      unsigned First = L > Opts.ContextLines ? L - Opts.ContextLines : 1;
      unsigned End = std::min(NumLines, L + Opts.ContextLines);
      for (unsigned N = First; N <= End; ++N) {
        StringRef T = LineText(N);
        bool Truncated = T.size() > Opts.MaxLineBytes;
        if (Truncated) {
          size_t Cut = Opts.MaxLineBytes;
          // Not inside a UTF-8 sequence.
          while (Cut && (static_cast<unsigned char>(T[Cut]) & 0xC0) == 0x80)
            --Cut;
          T = T.take_front(Cut);
        }
        S.Lines.push_back({N, T.str(), Truncated});
      }
    }
  }

  const HtmlReportOptions &Opts;
  std::map<std::string, std::set<unsigned>> Wanted;
  std::map<std::pair<std::string, unsigned>, Snippet> Snippets;
};

/// The longest directory prefix ("/src/project/") of every path, so that
/// the page can show shorter paths; empty if it is only "/".
std::string commonDirectory(const std::set<std::string> &Files) {
  if (Files.empty())
    return {};
  StringRef Prefix = *Files.begin();
  for (StringRef F : Files) {
    size_t N = 0;
    while (N < Prefix.size() && N < F.size() && Prefix[N] == F[N])
      ++N;
    Prefix = Prefix.take_front(N);
  }
  size_t Slash = Prefix.rfind('/');
  if (Slash == StringRef::npos || Slash == 0)
    return {};
  return Prefix.take_front(Slash + 1).str();
}

class HtmlWriter {
public:
  HtmlWriter(raw_ostream &OS, ArrayRef<AuditFinding> Findings,
             const HtmlReportOptions &Opts)
      : OS(OS), Findings(Findings), Opts(Opts), Sources(Opts) {}

  void write() {
    std::set<std::string> Files;
    for (const AuditFinding &F : Findings) {
      Sources.want(FileLocation::parse(F.Location));
      Files.insert(FileLocation::parse(F.Location).File);
      for (const ChainStep &S : F.Chain) {
        Sources.want(FileLocation::parse(S.Location));
        Files.insert(FileLocation::parse(S.Location).File);
      }
    }
    Root = commonDirectory(Files);
    Sources.load();

    StringRef CSS = asset("report.css"), JS = asset("report.js");
    assert(!StringRef(CSS).contains_insensitive("</style") &&
           !StringRef(JS).contains_insensitive("</script") &&
           "an embedded asset would end its element early");
    OS << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
       << "<meta charset=\"utf-8\">\n"
       << "<meta http-equiv=\"Content-Security-Policy\" content=\""
       << "default-src 'none'; style-src " << cspHash(CSS) << "; script-src "
       << cspHash(JS) << "; base-uri 'none'; form-action 'none'\">\n"
       << "<meta name=\"referrer\" content=\"no-referrer\">\n"
       << "<meta name=\"viewport\" content=\"width=device-width, "
          "initial-scale=1\">\n"
       << "<meta name=\"generator\" content=\"async-audit "
       << escaped(Opts.ToolVersion) << "\">\n"
       << "<title>async-audit: " << plural(Findings.size(), "finding")
       << "</title>\n<style>" << CSS << "</style>\n</head>\n<body>\n";
    writeSummary();
    if (!Findings.empty())
      writeFilters();
    OS << "<main id=\"findings\">\n";
    unsigned N = 1;
    for (const AuditFinding &F : Findings)
      writeFinding(F, N++);
    OS << "</main>\n<footer>Generated by async-audit "
       << escaped(Opts.ToolVersion)
       << ". This page is self-contained: it loads nothing. Its filters need "
          "JavaScript; without it every finding is shown.</footer>\n"
       << "<script>" << JS << "</script>\n</body>\n</html>\n";
  }

private:
  static std::string plural(size_t N, StringRef What) {
    return std::to_string(N) + " " + What.str() + (N == 1 ? "" : "s");
  }

  /// A path as the page shows it: under Root, relative.
  std::string shown(StringRef File) const {
    StringRef S = File;
    if (!Root.empty() && S.consume_front(Root) && !S.empty())
      return S.str();
    return File.str();
  }

  std::string shownLocation(StringRef Where) const {
    FileLocation L = FileLocation::parse(Where);
    if (!L.Line)
      return Where.str();
    return shown(L.File) + ":" + std::to_string(L.Line) + ":" +
           std::to_string(L.Col);
  }

  static std::string siteFile(const AuditFinding &F) {
    return FileLocation::parse(F.Location).File;
  }

  using Counts = std::map<std::string, unsigned>;

  void countTable(StringRef Caption, const Counts &C, bool Paths) {
    OS << "<table>\n<caption>" << Caption << "</caption>\n";
    for (const auto &[Name, N] : C)
      OS << "<tr><td>"
         << (Paths ? "<code>" + escaped(shown(Name)) + "</code>"
                   : escaped(Name))
         << "</td><td class=\"n\">" << N << "</td></tr>\n";
    OS << "</table>\n";
  }

  void writeSummary() {
    Counts ByCategory, ByCheck, ByFile;
    unsigned CrossTU = 0, Direct = 0;
    for (const AuditFinding &F : Findings) {
      ++ByCategory[F.Category];
      ++ByCheck[AuditCheckName.str()];
      ++ByFile[siteFile(F)];
      CrossTU += F.CrossTU;
      Direct += F.Direct;
    }
    OS << "<header>\n<h1>async-audit report</h1>\n<p id=\"totals\">"
       << plural(Findings.size(), "finding") << " in "
       << plural(ByFile.size(), "file") << ": " << CrossTU
       << " with a chain across translation units, "
       << Findings.size() - CrossTU << " visible in one translation unit ("
       << Direct << " direct).</p>\n";
    if (!Root.empty())
      OS << "<p class=\"muted\">Paths are relative to <code>" << escaped(Root)
         << "</code>.</p>\n";
    OS << "</header>\n";
    if (Findings.empty()) {
      OS << "<p id=\"no-findings\">No findings.</p>\n";
      return;
    }
    OS << "<section id=\"summary\">\n<h2>Summary</h2>\n<div "
          "class=\"counts\">\n";
    countTable("By category", ByCategory, /*Paths=*/false);
    countTable("By check", ByCheck, /*Paths=*/false);
    countTable("By file", ByFile, /*Paths=*/true);
    OS << "</div>\n</section>\n";
    this->ByCategory = std::move(ByCategory);
    this->ByCheck = std::move(ByCheck);
    this->ByFile = std::move(ByFile);
  }

  void filterSelect(StringRef Name, StringRef Label, const Counts &C,
                    bool Paths) {
    OS << "<label>" << Label << " <select name=\"" << Name << "\">"
       << "<option value=\"\">all (" << Findings.size() << ")</option>";
    for (const auto &[Value, N] : C)
      OS << "<option value=\"" << escaped(Value) << "\">"
         << escaped(Paths ? shown(Value) : Value) << " (" << N << ")</option>";
    OS << "</select></label>\n";
  }

  /// Hidden until the script shows it: without JavaScript it would do
  /// nothing.
  void writeFilters() {
    OS << "<form id=\"filters\" hidden>\n";
    filterSelect("category", "Category", ByCategory, /*Paths=*/false);
    filterSelect("check", "Check", ByCheck, /*Paths=*/false);
    filterSelect("file", "File", ByFile, /*Paths=*/true);
    OS << "<button type=\"button\" id=\"show-all\">Show all</button>\n"
       << "<output id=\"shown\">" << plural(Findings.size(), "finding")
       << "</output>\n</form>\n";
  }

  void writeSnippet(const FileLocation &L) {
    const Snippet *S = Sources.lookup(L);
    if (!S) {
      OS << "<p class=\"note\">source not shown: no line number</p>\n";
      return;
    }
    if (!S->Note.empty()) {
      OS << "<p class=\"note\">" << escaped(S->Note) << "</p>\n";
      return;
    }
    OS << "<pre class=\"snippet\">";
    for (const Snippet::Line &Line : S->Lines) {
      bool Here = Line.Number == L.Line;
      OS << "<span" << (Here ? " class=\"hl\"" : "") << "><span class=\"n\">"
         << Line.Number << "</span>" << escaped(Line.Text)
         << (Line.Truncated ? "<span class=\"muted\">\xE2\x80\xA6</span>" : "")
         << "\n</span>";
      if (Here && L.Col && L.Col - 1 <= Line.Text.size()) {
        // A caret under the column: tabs kept, one space per character.
        std::string Pad;
        for (char C : StringRef(Line.Text).take_front(L.Col - 1))
          if (C == '\t')
            Pad += '\t';
          else if ((static_cast<unsigned char>(C) & 0xC0) != 0x80)
            Pad += ' ';
        OS << "<span class=\"caret\"><span class=\"n\"></span>" << Pad
           << "^\n</span>";
      }
    }
    OS << "</pre>\n";
  }

  void writeStep(StringRef Class, StringRef Where, StringRef Text) {
    FileLocation L = FileLocation::parse(Where);
    OS << "<li class=\"step " << Class << "\"><div><span class=\"loc\" title=\""
       << escaped(L.File) << "\">" << escaped(shownLocation(Where))
       << "</span> " << escaped(Text) << "</div>\n";
    writeSnippet(L);
    OS << "</li>\n";
  }

  void writeFinding(const AuditFinding &F, unsigned N) {
    std::string Id = "finding-" + std::to_string(N);
    OS << "<article class=\"finding\" id=\"" << Id << "\" data-category=\""
       << escaped(F.Category) << "\" data-check=\"" << AuditCheckName
       << "\" data-file=\"" << escaped(siteFile(F)) << "\">\n"
       << "<h3><a href=\"#" << Id << "\">#" << N << "</a> "
       << escaped(findingMessage(F)) << "</h3>\n"
       << "<p><span class=\"tag category\">" << escaped(F.Category)
       << "</span><span class=\"tag\">" << AuditCheckName
       << "</span><span class=\"tag\">"
       << (F.CrossTU ? "across translation units" : "one translation unit")
       << "</span>" << (F.Direct ? "<span class=\"tag\">direct</span>" : "")
       << "</p>\n"
       << "<ol class=\"chain\">\n";
    writeStep(F.Chain.empty() ? "site leaf" : "site", F.Location,
              F.Direct ? "blocking call in " + F.Context
                       : "call site in " + F.Context);
    unsigned Frame = 1;
    for (const ChainStep &S : F.Chain) {
      writeStep(S.IsLeaf ? "frame leaf" : "frame", S.Location,
                frameMessage(S, Frame, F.Category));
      ++Frame;
    }
    OS << "</ol>\n</article>\n";
  }

  raw_ostream &OS;
  ArrayRef<AuditFinding> Findings;
  const HtmlReportOptions &Opts;
  SnippetTable Sources;
  std::string Root;
  Counts ByCategory, ByCheck, ByFile;
};

} // namespace

void writeHtmlReport(raw_ostream &OS, ArrayRef<AuditFinding> Findings,
                     const HtmlReportOptions &Opts) {
  HtmlWriter(OS, Findings, Opts).write();
}

} // namespace asynctidy
