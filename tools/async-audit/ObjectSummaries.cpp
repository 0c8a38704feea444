//===--- ObjectSummaries.cpp - summaries carried in object files ----------===//

#include "ObjectSummaries.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/BinaryFormat/Magic.h"
#include "llvm/Object/Archive.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <map>

using namespace llvm;
using namespace llvm::object;

namespace asynctidy {
namespace {

/// The file kinds that may carry summaries.
enum class Kind { None, Object, Archive, Bitcode };

Kind kindOf(file_magic M) {
  switch (M) {
  case file_magic::archive:
    return Kind::Archive;
  case file_magic::bitcode:
    return Kind::Bitcode;
  case file_magic::elf_relocatable:
  case file_magic::elf_executable:
  case file_magic::elf_shared_object:
  case file_magic::macho_object:
  case file_magic::macho_executable:
  case file_magic::macho_dynamically_linked_shared_lib:
  case file_magic::macho_bundle:
  case file_magic::coff_object:
  case file_magic::pecoff_executable:
    return Kind::Object;
  default:
    return Kind::None;
  }
}

/// A summary's text and where it was found ("lib.a(foo.o)").
struct Found {
  std::string Origin;
  size_t Seq; ///< Position in the walk: the order within one origin.
  std::string Text;
};

class Reader {
public:
  explicit Reader(ObjectSummaries &Out) : Out(Out) {}

  /// \p Named: given on the command line (not found in a directory), so
  /// that not being an object or having no summary is an error.
  Error readFile(StringRef Path, bool Named) {
    file_magic Magic;
    if (std::error_code EC = identify_magic(Path, Magic))
      return createStringError(EC, "cannot read '%s': %s", Path.str().c_str(),
                               EC.message().c_str());
    Kind K = kindOf(Magic);
    if (K == Kind::None) {
      if (Named)
        return createStringError("'%s' is not an object file, archive or "
                                 "linked binary",
                                 Path.str().c_str());
      return Error::success();
    }
    ++Out.Files;
    if (K == Kind::Bitcode) {
      ++Out.Bitcode;
      if (Named)
        return bitcodeError(Path);
      return Error::success();
    }
    auto Buf = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                     /*RequiresNullTerminator=*/false);
    if (!Buf)
      return createStringError(Buf.getError(), "cannot read '%s': %s",
                               Path.str().c_str(),
                               Buf.getError().message().c_str());
    size_t Before = Texts.size();
    if (Error E = readBuffer((*Buf)->getMemBufferRef(), Path.str(), K))
      return E;
    if (Named && Texts.size() == Before)
      return createStringError(
          "no async-audit summary in '%s' (no section %s): compile with "
          "-fplugin=AsyncAuditPlugin.so",
          Path.str().c_str(), SummarySectionName.data());
    return Error::success();
  }

  std::vector<Found> Texts;

private:
  static Error bitcodeError(StringRef Origin) {
    return createStringError("'%s' is LLVM bitcode (-flto): its summary is "
                             "read from the binary it is linked into",
                             Origin.str().c_str());
  }

  Error readBuffer(MemoryBufferRef Buf, const std::string &Origin, Kind K) {
    if (K == Kind::Archive)
      return readArchive(Buf, Origin);
    Expected<std::unique_ptr<ObjectFile>> Obj =
        ObjectFile::createObjectFile(Buf);
    if (!Obj)
      return createStringError("cannot read '%s': %s", Origin.c_str(),
                               toString(Obj.takeError()).c_str());
    ++Out.Objects;
    bool Any = false;
    for (const SectionRef &Sec : (*Obj)->sections()) {
      Expected<StringRef> Name = Sec.getName();
      if (!Name) {
        consumeError(Name.takeError());
        continue;
      }
      if (*Name != SummarySectionName)
        continue;
      Expected<StringRef> Data = Sec.getContents();
      if (!Data)
        return createStringError("cannot read section %s of '%s': %s",
                                 SummarySectionName.data(), Origin.c_str(),
                                 toString(Data.takeError()).c_str());
      // NUL-terminated summaries, concatenated by the linker with padding
      // NULs between them.
      SmallVector<StringRef, 4> Parts;
      Data->split(Parts, '\0', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
      for (StringRef P : Parts) {
        Texts.push_back({Origin, Texts.size(), P.str()});
        Any = true;
      }
    }
    Out.WithSummary += Any;
    return Error::success();
  }

  Error readArchive(MemoryBufferRef Buf, const std::string &Origin) {
    Expected<std::unique_ptr<Archive>> A = Archive::create(Buf);
    if (!A)
      return createStringError("cannot read '%s': %s", Origin.c_str(),
                               toString(A.takeError()).c_str());
    Error Err = Error::success();
    for (const Archive::Child &C : (*A)->children(Err)) {
      Expected<StringRef> Name = C.getName();
      Expected<MemoryBufferRef> Member = C.getMemoryBufferRef();
      if (!Name || !Member) {
        consumeError(Name.takeError());
        consumeError(Member.takeError());
        return createStringError("cannot read a member of '%s'",
                                 Origin.c_str());
      }
      std::string MemberOrigin = (Origin + "(" + *Name + ")").str();
      Kind K = kindOf(identify_magic(Member->getBuffer()));
      if (K == Kind::Bitcode)
        ++Out.Bitcode;
      if (K != Kind::Object)
        continue; // The symbol table, bitcode, anything else.
      if (Error E = readBuffer(*Member, MemberOrigin, K))
        return E;
    }
    if (Err)
      return createStringError("cannot read '%s': %s", Origin.c_str(),
                               toString(std::move(Err)).c_str());
    return Error::success();
  }

  ObjectSummaries &Out;
};

} // namespace

Expected<ObjectSummaries> readObjectSummaries(ArrayRef<std::string> Paths) {
  ObjectSummaries Out;
  Reader R(Out);
  for (const std::string &Path : Paths) {
    sys::fs::file_status St;
    if (std::error_code EC = sys::fs::status(Path, St))
      return createStringError(EC, "cannot read '%s': %s", Path.c_str(),
                               EC.message().c_str());
    if (!sys::fs::is_directory(St)) {
      if (Error E = R.readFile(Path, /*Named=*/true))
        return std::move(E);
      continue;
    }
    std::vector<std::string> Files;
    std::error_code EC;
    for (sys::fs::recursive_directory_iterator
             It(Path, EC, /*follow_symlinks=*/false),
         End;
         It != End && !EC; It.increment(EC))
      if (It->type() == sys::fs::file_type::regular_file)
        Files.push_back(It->path());
    if (EC)
      return createStringError(EC, "cannot list '%s': %s", Path.c_str(),
                               EC.message().c_str());
    llvm::sort(Files);
    for (const std::string &F : Files)
      if (Error E = R.readFile(F, /*Named=*/false))
        return std::move(E);
  }
  Out.Summaries = R.Texts.size();

  // One summary per main file: the first by origin (path, then position).
  llvm::sort(R.Texts, [](const Found &A, const Found &B) {
    return std::tie(A.Origin, A.Seq) < std::tie(B.Origin, B.Seq);
  });
  std::map<std::string, std::pair<const Found *, unsigned>> ByMain;
  StringMap<TranslationUnitSummary> Parsed;
  for (const Found &F : R.Texts) {
    Expected<TranslationUnitSummary> S = parseSummary(F.Text);
    if (!S)
      return createStringError("bad summary in section %s of '%s': %s",
                               SummarySectionName.data(), F.Origin.c_str(),
                               toString(S.takeError()).c_str());
    auto [It, New] = ByMain.try_emplace(S->MainFile, &F, 0);
    if (New) {
      Parsed[S->MainFile] = std::move(*S);
      continue;
    }
    if (It->second.first->Text != F.Text && It->second.second++ == 0)
      Out.Warnings.push_back(
          ("different summaries of '" + S->MainFile + "' in '" +
           It->second.first->Origin + "' and '" + F.Origin +
           "' (compiled twice with different flags?); using the first"));
  }
  for (auto &[Main, First] : ByMain)
    Out.TUs.push_back(std::move(Parsed[Main]));
  return Out;
}

} // namespace asynctidy
