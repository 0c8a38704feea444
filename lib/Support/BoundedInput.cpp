//===--- BoundedInput.cpp - reading files the tools are given, with limits ===//

#include "Support/BoundedInput.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Errc.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include <algorithm>
#include <vector>

#ifdef LLVM_ON_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace llvm;

namespace asynctidy {

std::string formatSize(uint64_t Bytes) {
  if (Bytes && Bytes % (uint64_t(1) << 30) == 0)
    return std::to_string(Bytes >> 30) + " GiB";
  if (Bytes && Bytes % (uint64_t(1) << 20) == 0)
    return std::to_string(Bytes >> 20) + " MiB";
  if (Bytes && Bytes % (uint64_t(1) << 10) == 0)
    return std::to_string(Bytes >> 10) + " KiB";
  return std::to_string(Bytes) + " bytes";
}

static Error notRegular(StringRef What) {
  return createStringError(std::make_error_code(std::errc::invalid_argument),
                           "not a regular file (" + What + ")");
}

static Error tooLarge(uint64_t Size, uint64_t MaxSize) {
  return createStringError(std::make_error_code(std::errc::file_too_large),
                           "larger than the limit of " + formatSize(MaxSize) +
                               " (" + std::to_string(Size) + " bytes)");
}

Expected<std::unique_ptr<MemoryBuffer>> readRegularFile(StringRef Path,
                                                        uint64_t MaxSize) {
#ifdef LLVM_ON_UNIX
  // O_NONBLOCK: opening a FIFO without a writer must not wait for one. It
  // changes nothing for the regular files we go on to read.
  std::string P = Path.str();
  int FD;
  do
    FD = ::open(P.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  while (FD < 0 && errno == EINTR);
  if (FD < 0)
    return errorCodeToError(std::error_code(errno, std::generic_category()));
  struct CloseOnExit {
    int FD;
    ~CloseOnExit() { ::close(FD); }
  } Closer{FD};
  struct stat St;
  if (::fstat(FD, &St) != 0)
    return errorCodeToError(std::error_code(errno, std::generic_category()));
  if (S_ISDIR(St.st_mode))
    return errorCodeToError(std::make_error_code(std::errc::is_a_directory));
  if (S_ISFIFO(St.st_mode))
    return notRegular("a FIFO");
  if (S_ISCHR(St.st_mode))
    return notRegular("a character device");
  if (S_ISBLK(St.st_mode))
    return notRegular("a block device");
  if (S_ISSOCK(St.st_mode))
    return notRegular("a socket");
  if (!S_ISREG(St.st_mode))
    return notRegular("an unknown file type");
  uint64_t Size = St.st_size;
  if (Size > MaxSize)
    return tooLarge(Size, MaxSize);
  // IsVolatile: read, never map, so that a file truncated meanwhile cannot
  // fault on access; exactly the size stat saw, so a growing file is cut.
  auto Buf = MemoryBuffer::getOpenFile(sys::fs::convertFDToNativeFile(FD),
                                       Path, Size,
                                       /*RequiresNullTerminator=*/true,
                                       /*IsVolatile=*/true);
  if (!Buf)
    return errorCodeToError(Buf.getError());
  return std::move(*Buf);
#else
  sys::fs::file_status St;
  if (std::error_code EC = sys::fs::status(Path, St))
    return errorCodeToError(EC);
  if (St.type() == sys::fs::file_type::directory_file)
    return errorCodeToError(std::make_error_code(std::errc::is_a_directory));
  if (St.type() != sys::fs::file_type::regular_file)
    return notRegular("another file type");
  if (St.getSize() > MaxSize)
    return tooLarge(St.getSize(), MaxSize);
  auto Buf = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                   /*RequiresNullTerminator=*/true,
                                   /*IsVolatile=*/true);
  if (!Buf)
    return errorCodeToError(Buf.getError());
  if ((*Buf)->getBufferSize() > MaxSize)
    return tooLarge((*Buf)->getBufferSize(), MaxSize);
  return std::move(*Buf);
#endif
}

TextPosition positionInText(StringRef Buffer, size_t Offset) {
  Offset = std::min(Offset, Buffer.size());
  TextPosition Pos;
  StringRef Before = Buffer.take_front(Offset);
  if (!Before.contains('\r')) {
    // The common case, with memchr-speed scans.
    Pos.Line = Before.count('\n') + 1;
    size_t NL = Before.rfind('\n');
    Pos.Column = Offset - (NL == StringRef::npos ? 0 : NL + 1) + 1;
    return Pos;
  }
  size_t LineStart = 0;
  for (size_t I = 0; I < Offset; ++I) {
    char C = Buffer[I];
    if (C != '\n' && C != '\r')
      continue;
    if (C == '\r' && I + 1 < Buffer.size() && Buffer[I + 1] == '\n') {
      if (I + 1 == Offset)
        break; // Inside a "\r\n": still on this line.
      ++I;
    }
    ++Pos.Line;
    LineStart = I + 1;
  }
  Pos.Column = Offset - LineStart + 1;
  return Pos;
}

LineTable::LineTable(StringRef Buffer) : Size(Buffer.size()) {
  Starts.push_back(0);
  for (size_t I = 0; I < Buffer.size(); ++I) {
    char C = Buffer[I];
    if (C != '\n' && C != '\r')
      continue;
    if (C == '\r' && I + 1 < Buffer.size() && Buffer[I + 1] == '\n')
      ++I;
    Starts.push_back(I + 1);
  }
}

TextPosition LineTable::position(size_t Offset) const {
  Offset = std::min(Offset, Size);
  // The last line start at or before Offset; a "\r\n" belongs to the line it
  // ends, and the start after it is past its "\n".
  auto It = std::upper_bound(Starts.begin(), Starts.end(), Offset);
  size_t Line = It - Starts.begin();
  return {static_cast<unsigned>(Line),
          static_cast<unsigned>(Offset - Starts[Line - 1] + 1)};
}

std::string formatProblem(StringRef Name, StringRef Buffer,
                          const TextProblem &P) {
  TextPosition Pos = positionInText(Buffer, P.Offset);
  return (Name + ":" + Twine(Pos.Line) + ":" + Twine(Pos.Column) +
          ": error: " + P.Message)
      .str();
}

static TextProblem tooDeep(size_t Offset, unsigned MaxDepth) {
  return {Offset, "nesting deeper than " + std::to_string(MaxDepth)};
}

/// Where YAML collection \p N starts. A flow collection's node starts at its
/// first entry: point at the bracket that opened it instead.
static size_t yamlStart(StringRef Buffer, yaml::Node *N) {
  const char *At = N->getSourceRange().Start.getPointer();
  size_t Offset = At && At >= Buffer.begin() && At <= Buffer.end()
                      ? At - Buffer.begin()
                      : 0;
  size_t Open = Buffer.substr(0, Offset).find_last_not_of(" \t\r\n");
  if (Open != StringRef::npos && (Buffer[Open] == '[' || Buffer[Open] == '{'))
    Offset = Open;
  return Offset;
}

std::optional<TextProblem> checkYAMLNesting(StringRef Buffer,
                                            unsigned MaxDepth) {
  // yaml::Stream parses lazily: a collection's children are parsed only as
  // it is iterated, so walking it with our own stack never recurses. (The
  // recursion that overflows is yaml::Input building its tree, or a
  // collection skipped before it was iterated.) Errors are reported by the
  // real parse afterwards; here they end the walk.
  SourceMgr SM;
  SM.setDiagHandler([](const SMDiagnostic &, void *) {}, nullptr);
  yaml::Stream S(MemoryBufferRef(Buffer, ""), SM, /*ShowColors=*/false);

  struct Frame {
    yaml::Node *N;
    bool Started = false;
    int Phase = 0; // KeyValueNode: 0 = key next, 1 = value next, 2 = done.
    yaml::SequenceNode::iterator SeqIt;
    yaml::MappingNode::iterator MapIt;
  };
  std::vector<Frame> Stack;
  unsigned Depth = 0;
  std::optional<TextProblem> Problem;
  // Pushes a collection or key-value pair; false once too deep.
  auto Enter = [&](yaml::Node *N) {
    if (!N)
      return true;
    if (isa<yaml::SequenceNode, yaml::MappingNode>(N)) {
      if (++Depth > MaxDepth) {
        Problem = tooDeep(yamlStart(Buffer, N), MaxDepth);
        return false;
      }
    } else if (!isa<yaml::KeyValueNode>(N)) {
      return true; // Scalars, aliases and nulls nest nothing.
    }
    Stack.push_back(Frame{N});
    return true;
  };
  auto Leave = [&] {
    if (!isa<yaml::KeyValueNode>(Stack.back().N))
      --Depth;
    Stack.pop_back();
  };

  for (yaml::document_iterator DI = S.begin(), DE = S.end(); DI != DE; ++DI) {
    if (S.failed())
      return std::nullopt;
    if (!Enter(DI->getRoot()))
      return Problem;
    while (!Stack.empty()) {
      if (S.failed())
        return std::nullopt;
      Frame &F = Stack.back();
      yaml::Node *Next = nullptr;
      if (auto *Seq = dyn_cast<yaml::SequenceNode>(F.N)) {
        if (F.Started)
          ++F.SeqIt;
        else
          F.SeqIt = Seq->begin();
        F.Started = true;
        if (F.SeqIt == Seq->end()) {
          Leave();
          continue;
        }
        Next = &*F.SeqIt;
      } else if (auto *Map = dyn_cast<yaml::MappingNode>(F.N)) {
        if (F.Started)
          ++F.MapIt;
        else
          F.MapIt = Map->begin();
        F.Started = true;
        if (F.MapIt == Map->end()) {
          Leave();
          continue;
        }
        Next = &*F.MapIt;
      } else {
        auto *KV = cast<yaml::KeyValueNode>(F.N);
        // The key is walked completely before the value is parsed:
        // getValue() skips the key, which recurses if it was not.
        int Phase = F.Phase++;
        if (Phase == 2) {
          Leave();
          continue;
        }
        Next = Phase == 0 ? KV->getKey() : KV->getValue();
      }
      if (!Enter(Next))
        return Problem;
    }
  }
  return std::nullopt;
}

std::optional<TextProblem> checkJSONNesting(StringRef Buffer,
                                            unsigned MaxDepth) {
  unsigned Depth = 0;
  bool InString = false;
  for (size_t I = 0; I < Buffer.size(); ++I) {
    char C = Buffer[I];
    if (InString) {
      if (C == '\\')
        ++I;
      else if (C == '"')
        InString = false;
      continue;
    }
    switch (C) {
    case '"':
      InString = true;
      break;
    case '[':
    case '{':
      if (++Depth > MaxDepth)
        return tooDeep(I, MaxDepth);
      break;
    case ']':
    case '}':
      if (Depth)
        --Depth;
      break;
    default:
      break;
    }
  }
  return std::nullopt;
}

std::optional<TextProblem> checkUTF8(StringRef Buffer) {
  const auto *Begin = reinterpret_cast<const UTF8 *>(Buffer.begin());
  const auto *End = reinterpret_cast<const UTF8 *>(Buffer.end());
  const UTF8 *At = Begin;
  if (isLegalUTF8String(&At, End))
    return std::nullopt;
  return TextProblem{size_t(At - Begin), "invalid UTF-8"};
}

} // namespace asynctidy
