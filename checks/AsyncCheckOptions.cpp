//===--- AsyncCheckOptions.cpp - options shared by the async-* checks -----===//

#include "AsyncCheckOptions.h"
#include "Support/StringLists.h"
#include "Support/Suggest.h"

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <mutex>

namespace clang::tidy::async {

/// The working directory clang-tidy was started in. clang-tidy changes the
/// process's directory to each compile command's directory (build/ with -p)
/// before the checks are created, so take it while the module is loaded:
/// at start-up (standalone) or at --load, during option parsing (plugin).
static const std::string InvocationDir = [] {
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  return Cwd.str().str();
}();

/// The directory of the nearest .clang-tidy above \p MainFile whose
/// CheckOptions set \p Key (or the global \p LocalName) to \p Value.
static std::string configDirSetting(llvm::StringRef MainFile,
                                    llvm::StringRef Key,
                                    llvm::StringRef LocalName,
                                    llvm::StringRef Value) {
  llvm::SmallString<256> Dir(MainFile);
  llvm::sys::fs::make_absolute(Dir);
  llvm::sys::path::remove_filename(Dir);
  for (llvm::StringRef D = Dir; !D.empty(); D = llvm::sys::path::parent_path(D)) {
    for (llvm::StringRef Name : {".clang-tidy", "_clang-tidy"}) {
      llvm::SmallString<256> Path(D);
      llvm::sys::path::append(Path, Name);
      auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
      if (!Buf)
        continue;
      auto Parsed = parseConfiguration((*Buf)->getMemBufferRef());
      if (!Parsed)
        continue;
      for (llvm::StringRef K : {Key, LocalName}) {
        auto It = Parsed->CheckOptions.find(K);
        if (It != Parsed->CheckOptions.end() && It->second.Value == Value)
          return D.str();
      }
    }
  }
  return InvocationDir;
}

/// The directory of the --config-file given on this process's command line
/// (relative to InvocationDir), or "" if none. clang-tidy's options provider
/// reports --config-file and --config alike as "command-line option", so read
/// the command line itself (Linux: /proc/self/cmdline).
static std::string configFileDir() {
  auto Buf = llvm::MemoryBuffer::getFileAsStream("/proc/self/cmdline");
  if (!Buf)
    return "";
  llvm::SmallVector<llvm::StringRef, 16> Args;
  (*Buf)->getBuffer().split(Args, '\0');
  llvm::StringRef File;
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef A = Args[I];
    if (A == "--")
      break;
    for (llvm::StringRef Flag : {"--config-file", "-config-file"}) {
      if (A == Flag && I + 1 < Args.size())
        File = Args[I + 1];
      else if (A.consume_front(Flag) && A.consume_front("="))
        File = A;
    }
  }
  if (File.empty())
    return "";
  llvm::SmallString<256> Path(File);
  if (llvm::sys::path::is_relative(Path)) {
    llvm::SmallString<256> Abs(InvocationDir);
    llvm::sys::path::append(Abs, Path);
    Path = Abs;
  }
  llvm::sys::path::remove_filename(Path);
  return Path.str().str();
}

/// Whether \p Text is reported for the first time in this process. Every
/// async-* check reads the same annotation files, so without this one bad
/// file would be reported once per enabled check, and again for every file
/// clang-tidy analyzes. clangd creates checks on several threads.
static bool firstReport(llvm::StringRef Text) {
  static std::mutex Mutex;
  static llvm::StringSet<> Reported;
  std::lock_guard<std::mutex> Lock(Mutex);
  return Reported.insert(Text).second;
}

AnnotationConfig loadAnnotationConfig(ClangTidyCheck &Check,
                                      llvm::StringRef CheckName,
                                      llvm::StringRef AnnotationFiles,
                                      llvm::StringRef Categories,
                                      llvm::StringRef MainFile) {
  std::vector<std::string> Paths;
  std::string BaseDir;
  for (llvm::StringRef Item : asynctidy::splitList(AnnotationFiles)) {
    llvm::SmallString<256> P(Item);
    if (llvm::sys::path::is_relative(P)) {
      // --config-file: that file's directory (no .clang-tidy is read then);
      // a .clang-tidy: its directory; --config: the working directory.
      if (BaseDir.empty())
        BaseDir = configFileDir();
      if (BaseDir.empty())
        BaseDir = configDirSetting(
            MainFile, (CheckName + "." + AnnotationFilesOpt).str(),
            AnnotationFilesOpt, AnnotationFiles);
      llvm::SmallString<256> Abs(BaseDir);
      llvm::sys::path::append(Abs, P);
      P = Abs;
    }
    llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
    Paths.push_back(P.str().str());
  }

  AnnotationConfig Config;
  auto DB = asynctidy::AnnotationDatabase::loadWithUserFiles(Paths);
  if (!DB) {
    std::string Msg = llvm::toString(DB.takeError());
    llvm::SmallVector<llvm::StringRef, 8> Lines;
    llvm::StringRef(Msg).split(Lines, '\n');
    for (llvm::StringRef L : Lines)
      if (firstReport(L))
        Check.configurationDiag("%0: invalid annotation database: %1",
                                DiagnosticIDs::Error)
            << CheckName << L;
    return Config;
  }
  auto Enabled = asynctidy::resolveEnabledCategories(**DB, Categories);
  if (!Enabled) {
    // Categories is a per-check option: one report per check.
    std::string Msg = llvm::toString(Enabled.takeError());
    if (firstReport((CheckName + ": " + Msg).str()))
      Check.configurationDiag("%0: invalid option '%1': %2",
                              DiagnosticIDs::Error)
          << CheckName << CategoriesOpt << Msg;
    return Config;
  }
  Config.DB = *DB;
  Config.EnabledCategories = std::move(*Enabled);
  return Config;
}

bool resolveFramework(ClangTidyCheck &Check, llvm::StringRef CheckName,
                      const asynctidy::AnnotationDatabase &DB,
                      llvm::StringRef Name,
                      const asynctidy::FrameworkEntry *&Forced) {
  Forced = nullptr;
  if (Name.empty())
    return true;
  Forced = DB.findFramework(Name);
  if (Forced)
    return true;
  std::vector<llvm::StringRef> Known;
  for (const asynctidy::FrameworkEntry &F : DB.frameworks())
    Known.push_back(F.Name);
  std::string Suggestion = asynctidy::didYouMean(Name, Known);
  if (!firstReport((CheckName + ": unknown framework '" + Name + "'").str()))
    return false;
  Check.configurationDiag(
      "%0: unknown framework '%1' in option '%2'; known: %3%4",
      DiagnosticIDs::Error)
      << CheckName << Name << FrameworkOpt << llvm::join(Known, ", ")
      << Suggestion;
  return false;
}

BoolOption::BoolOption(const ClangTidyCheck::OptionsView &Options,
                       llvm::StringRef Name, bool Default, bool LocalOrGlobal)
    : Name(Name), Value(Default) {
  if (std::optional<llvm::StringRef> T = LocalOrGlobal
                                             ? Options.getLocalOrGlobal(Name)
                                             : Options.get(Name)) {
    Text = T->str();
    if (llvm::is_contained({"true", "True", "TRUE"}, *T))
      Value = true;
    else if (llvm::is_contained({"false", "False", "FALSE"}, *T))
      Value = false;
  }
}

bool BoolOption::validate(ClangTidyCheck &Check,
                          llvm::StringRef CheckName) const {
  if (!Text || llvm::is_contained({"true", "True", "TRUE", "false", "False",
                                   "FALSE"},
                                  llvm::StringRef(*Text)))
    return true;
  Check.configurationDiag(
      "%0: invalid value '%1' for option '%2'; expected 'true' or 'false'",
      DiagnosticIDs::Error)
      << CheckName << *Text << Name;
  return false;
}

void BoolOption::store(const ClangTidyCheck::OptionsView &Options,
                       ClangTidyOptions::OptionMap &Opts) const {
  if (Text && !llvm::is_contained({"true", "True", "TRUE", "false", "False",
                                   "FALSE"},
                                  llvm::StringRef(*Text)))
    Options.store(Opts, Name, *Text);
  else
    Options.store(Opts, Name, Value);
}

/// The value of \p Text if it is a decimal integer from \p Min to \p Max.
static std::optional<unsigned> parseUnsigned(llvm::StringRef Text,
                                             unsigned Min, unsigned Max) {
  uint64_t N;
  // Digits only: getAsInteger alone would take "0x10" and "-0".
  if (Text.empty() || Text.size() > 20 || !llvm::all_of(Text, llvm::isDigit) ||
      Text.getAsInteger(10, N) || N < Min || N > Max)
    return std::nullopt;
  return unsigned(N);
}

UnsignedOption::UnsignedOption(const ClangTidyCheck::OptionsView &Options,
                               llvm::StringRef Name, unsigned Default,
                               unsigned Min, unsigned Max)
    : Name(Name), Value(Default), Min(Min), Max(Max) {
  if (std::optional<llvm::StringRef> T = Options.get(Name)) {
    Text = T->str();
    if (std::optional<unsigned> N = parseUnsigned(*T, Min, Max))
      Value = *N;
  }
}

bool UnsignedOption::validate(ClangTidyCheck &Check,
                              llvm::StringRef CheckName) const {
  if (!Text || parseUnsigned(*Text, Min, Max))
    return true;
  Check.configurationDiag("%0: invalid value '%1' for option '%2'; expected "
                          "an integer from %3 to %4",
                          DiagnosticIDs::Error)
      << CheckName << *Text << Name << Min << Max;
  return false;
}

void UnsignedOption::store(const ClangTidyCheck::OptionsView &Options,
                           ClangTidyOptions::OptionMap &Opts) const {
  if (Text && !parseUnsigned(*Text, Min, Max))
    Options.store(Opts, Name, *Text);
  else
    Options.store(Opts, Name, Value);
}

/// True if \p Name is "a::b", "::a::b" or "a::operator co_await".
static bool isQualifiedName(llvm::StringRef Name) {
  Name.consume_front("::");
  if (Name.empty())
    return false;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, "::");
  for (size_t I = 0; I < Parts.size(); ++I) {
    llvm::StringRef P = Parts[I];
    if (I + 1 == Parts.size() && P.starts_with("operator") &&
        P.size() > strlen("operator") &&
        !llvm::isAlnum(P[strlen("operator")]) && P[strlen("operator")] != '_')
      return true; // operator<<, operator co_await, operator()
    if (P.empty() || llvm::isDigit(P.front()) ||
        !llvm::all_of(P, [](char C) { return llvm::isAlnum(C) || C == '_'; }))
      return false;
  }
  return true;
}

bool validateNameListOption(ClangTidyCheck &Check, llvm::StringRef CheckName,
                            llvm::StringRef Name, llvm::StringRef Value) {
  bool Ok = true;
  for (llvm::StringRef Item : asynctidy::splitList(Value)) {
    if (isQualifiedName(Item))
      continue;
    Check.configurationDiag(
        "%0: invalid value '%1' in option '%2'; expected qualified names "
        "such as 'std::lock_guard' or '::my::Guard', separated by ';'",
        DiagnosticIDs::Error)
        << CheckName << Item << Name;
    Ok = false;
  }
  return Ok;
}

} // namespace clang::tidy::async
