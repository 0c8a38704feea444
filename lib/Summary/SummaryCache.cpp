//===--- SummaryCache.cpp - content-addressed cache of TU summaries -------===//

#include "Summary/SummaryCache.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

namespace asynctidy {

std::string contentHash(llvm::StringRef Data) {
  llvm::XXH128_hash_t H = llvm::xxh3_128bits(llvm::arrayRefFromStringRef(Data));
  return llvm::utohexstr(H.high64, /*LowerCase=*/true, 16) +
         llvm::utohexstr(H.low64, /*LowerCase=*/true, 16);
}

static std::optional<std::string> hashFile(llvm::StringRef Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false);
  if (!Buf)
    return std::nullopt;
  return contentHash((*Buf)->getBuffer());
}

std::optional<std::string>
SummaryCache::key(llvm::StringRef Directory,
                  llvm::ArrayRef<std::string> CommandLine,
                  llvm::StringRef MainFile) const {
  std::optional<std::string> Main = hashFile(MainFile);
  if (!Main)
    return std::nullopt;
  std::string Text = Fingerprint;
  Text += '\0';
  Text += Directory;
  for (const std::string &A : CommandLine) {
    Text += '\0';
    Text += A;
  }
  Text += '\0';
  Text += MainFile;
  Text += '\0';
  Text += *Main;
  return contentHash(Text);
}

std::string SummaryCache::entryPath(llvm::StringRef Key) const {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, Key + ".json");
  return P.str().str();
}

std::optional<TranslationUnitSummary>
SummaryCache::lookup(llvm::StringRef Key) const {
  auto Buf = llvm::MemoryBuffer::getFile(entryPath(Key), /*IsText=*/true);
  if (!Buf)
    return std::nullopt;
  llvm::Expected<llvm::json::Value> V = llvm::json::parse((*Buf)->getBuffer());
  if (!V) {
    llvm::consumeError(V.takeError());
    return std::nullopt;
  }
  const llvm::json::Object *O = V->getAsObject();
  const llvm::json::Array *Inputs = O ? O->getArray("inputs") : nullptr;
  const llvm::json::Value *Summary = O ? O->get("summary") : nullptr;
  if (!Inputs || !Summary)
    return std::nullopt;
  for (const llvm::json::Value &I : *Inputs) {
    const llvm::json::Object *IO = I.getAsObject();
    std::optional<llvm::StringRef> Path = IO ? IO->getString("path") : std::nullopt;
    std::optional<llvm::StringRef> Hash = IO ? IO->getString("hash") : std::nullopt;
    if (!Path || !Hash)
      return std::nullopt;
    std::optional<std::string> Now = hashFile(*Path);
    if (!Now || *Now != *Hash)
      return std::nullopt;
  }
  TranslationUnitSummary S;
  llvm::json::Path::Root Root;
  if (!fromJSON(*Summary, S, Root) || S.Version != SummaryFormatVersion) {
    llvm::consumeError(Root.getError());
    return std::nullopt;
  }
  return S;
}

void SummaryCache::store(llvm::StringRef Key,
                         llvm::ArrayRef<std::string> Inputs,
                         const TranslationUnitSummary &S) const {
  llvm::json::Array In;
  for (const std::string &P : Inputs) {
    std::optional<std::string> H = hashFile(P);
    if (!H)
      return; // Not reproducible from disk: do not cache.
    In.push_back(llvm::json::Object{{"path", P}, {"hash", *H}});
  }
  if (llvm::sys::fs::create_directories(Dir))
    return;
  std::string Final = entryPath(Key);
  llvm::SmallString<256> Temp;
  int FD;
  if (llvm::sys::fs::createUniqueFile(Final + ".tmp-%%%%%%%%", FD, Temp))
    return;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << llvm::json::Value(llvm::json::Object{
        {"inputs", std::move(In)}, {"summary", toJSON(S)}});
    if (OS.has_error()) {
      OS.clear_error();
      llvm::sys::fs::remove(Temp);
      return;
    }
  }
  if (llvm::sys::fs::rename(Temp, Final))
    llvm::sys::fs::remove(Temp);
}

} // namespace asynctidy
