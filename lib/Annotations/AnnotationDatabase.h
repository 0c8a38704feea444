//===--- AnnotationDatabase.h - must-not-block annotation database -------===//
//
// The data model of the annotation database (annotations/*.yaml): which
// functions block and why, grouped into categories. Files are parsed with
// llvm::yaml, validated as a whole (every error in every file is reported with
// file:line:col), merged in a fixed order, and indexed by the unqualified name
// of the function so that a call site is looked up in O(1).
//
// This file knows nothing about the Clang AST; see Analysis/AnnotationMatcher.h
// for matching entries against declarations. The normative schema is
// docs/annotations.md.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANNOTATIONS_ANNOTATIONDATABASE_H
#define ASYNC_TIDY_ANNOTATIONS_ANNOTATIONDATABASE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace asynctidy {

/// The schema version this build reads (the `version:` key of every file).
inline constexpr unsigned AnnotationSchemaVersion = 1;

/// The most errors reported for one annotation file; more end with "too many
/// errors in this file; stopping after 100", like clang's -ferror-limit.
inline constexpr unsigned MaxErrorsPerAnnotationFile = 100;

/// What kind of declaration an entry names.
enum class EntryKind { CFunction, Function, Method, Constructor, Destructor };

/// What an entry says about the function.
enum class Effect {
  Blocking,       ///< Calls block; report them in async contexts.
  NonBlocking,    ///< Never blocks; stops the call-graph walk.
  Offload,        ///< Runs a callable argument on another thread.
  ExecutorSwitch, ///< `co_await f(...)` moves the coroutine to a blocking pool.
  Callback,       ///< Registers a callable argument to run on an event loop.
};

/// A position in an annotation file, for diagnostics and `explain`.
struct SourcePosition {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  std::string str() const;
};

/// A category of blocking (`sleep`, `file-io`, ...), declared in YAML.
struct Category {
  std::string Name;
  std::string Description;
  bool Enabled = true; ///< Reported unless the check's Categories option says
                       ///< otherwise.
  /// What to do about a call of this category that has no async equivalent
  /// of its own (e.g. "offload it to a blocking thread pool").
  std::string Suggestion;
  /// Whether moving a call of this category to a blocking pool helps; false
  /// where the call waits for the pool or loop itself (join, running an event
  /// loop) or where awaiting is the fix (sync bridges).
  bool Offloadable = true;
  /// Whether a call of this category is fine in a loop driver: a coroutine
  /// lambda created in the arguments of a sync-bridge call, which runs on
  /// the thread that called the bridge and is there to run the event loop
  /// (`sync_wait(when_all(t(), [&]() -> task<> { io.process_events();
  /// co_return; }()))`).
  bool AllowedInLoopDrivers = false;
  /// Whether a coroutine lambda created in the arguments of a call of this
  /// category (sync_wait) is a loop driver, running on the caller's thread.
  bool StartsLoopDrivers = false;
  /// Names whose use in a function means its calls of this category are on
  /// non-blocking descriptors: not reported there. A name is a macro that
  /// expands to a constant (EAGAIN), a declaration or member the body names
  /// (SOCK_NONBLOCK, would_block, try_again), or "co_await NAME": a function
  /// named inside an awaited expression (`co_await client.poll(...)`).
  std::vector<std::string> UnlessFunctionUses;
  SourcePosition Pos;
};

/// One `functions:` entry.
struct FunctionEntry {
  /// Fully qualified name without the leading "::", template arguments and
  /// inline namespaces: "std::basic_istream::read", "read",
  /// "std::basic_ifstream::basic_ifstream".
  std::string Name;
  EntryKind Kind = EntryKind::Function;
  Effect TheEffect = Effect::Blocking;
  std::string Category; ///< Empty for non-blocking entries.
  std::string Reason;
  std::string See;
  /// What to call instead from a coroutine ("co_await
  /// sock.async_read_some(buf, asio::use_awaitable)"); empty if the category's
  /// suggestion (usually: offload to a blocking pool) applies.
  std::string AsyncEquivalent;
  std::optional<unsigned> Arity;
  /// Normalised parameter types (see normalizeTypeName); empty = any.
  std::optional<std::vector<std::string>> Params;
  /// The parameter types as the file wrote them (for `dump`).
  std::vector<std::string> ParamsAsWritten;
  /// Class names (qualified, no leading "::"): the object the method is called
  /// on (or the first argument of a free function) must be of one of these
  /// classes or derived from one.
  std::vector<std::string> Receivers;
  /// Qualified variable names: the object must be one of these variables.
  std::vector<std::string> ReceiverObjects;
  /// Unqualified names: the object (or first argument) names a variable,
  /// parameter, member or function called of one of these names
  /// (`resume_on(background_executor)`, `resume_on(rt.background_executor())`).
  std::vector<std::string> ReceiverNames;
  /// For destructors: the entry applies only to objects initialised by a
  /// call to one of these functions (qualified, no leading "::").
  std::vector<std::string> InitializedBy;
  /// For destructors and methods: calling one of these members on the object
  /// first makes it ready, so its destruction (anywhere in the body) or this
  /// call (after them in source order) does not block: a future after get(),
  /// a result whose status() was checked.
  std::vector<std::string> ReadyAfter;
  /// For blocking entries: the call does not block when this argument
  /// (index from 0) is a constant at most this value (a write of one 8-byte
  /// counter to an eventfd or a self-pipe, a wake-up signal).
  std::optional<std::pair<unsigned, uint64_t>> UnlessArgumentAtMost;
  /// For offloads and callbacks: the index of the argument that runs
  /// elsewhere (offloads) or on the event loop (callbacks).
  std::optional<unsigned> Argument;
  bool Override = false;
  SourcePosition Pos;

  /// For members: qualified class name ("std::basic_istream") and member name
  /// ("read"). For free functions the class name is empty.
  std::string ClassName;
  std::string MemberName;

  bool isMember() const {
    return Kind == EntryKind::Method || Kind == EntryKind::Constructor ||
           Kind == EntryKind::Destructor;
  }
};

/// What a `types:` entry says a class is.
enum class TypeRole {
  LockGuard,        ///< RAII owner of a lock (std::lock_guard, unique_lock).
  Mutex,            ///< A thread-blocking mutex (std::mutex).
  AsyncMutex,       ///< A mutex locked with co_await (folly::coro::Mutex).
  UnboundedChannel, ///< A queue without capacity limit (no backpressure).
  BoundedChannel    ///< A queue with a capacity limit.
};

/// One `types:` entry: a class template or class, by qualified name.
struct TypeEntry {
  std::string Name; ///< Qualified, no leading "::", no template arguments.
  TypeRole Role = TypeRole::Mutex;
  std::string Reason;
  std::string See;
  /// What to suggest instead (e.g. "folly::coro::BoundedQueue").
  std::string Alternative;
  /// The framework the type belongs to ("folly", "asio", "std"...).
  std::string Framework;
  /// Member functions that take the lock (mutexes, guards that re-lock).
  std::vector<std::string> AcquireMethods;
  /// Member functions that give the lock up (unlock, release).
  std::vector<std::string> ReleaseMethods;
  /// Member functions that add to a channel.
  std::vector<std::string> EnqueueMethods;
  bool Override = false;
  SourcePosition Pos;
};

/// A coroutine framework (`frameworks:` entry): how its coroutines are
/// recognised and how blocking work is moved off its executor.
struct FrameworkEntry {
  std::string Name; ///< "boost-asio", "folly", ...
  std::string Description;
  /// Classes or class templates a coroutine of the framework returns
  /// (qualified, no leading "::": "boost::asio::awaitable").
  std::vector<std::string> CoroutineTypes;
  /// Classes whose variables fill the {scheduler} placeholder.
  std::vector<std::string> SchedulerTypes;
  /// Classes whose non-const reference, as a call's last parameter, makes
  /// that argument the {error-code} placeholder.
  std::vector<std::string> ErrorCodeTypes;
  /// Classes that, as a coroutine's first parameter, start it on the
  /// executor passed as its second (concurrencpp's executor_tag): as if the
  /// body began with a switch to that executor.
  std::vector<std::string> ExecutorTagTypes;
  /// How to run a blocking call on a blocking pool; {call} is the call.
  std::string Offload;
  SourcePosition Pos;
};

/// A library the database models (`libraries:` entry). It is closed: the
/// call-graph walk never enters its functions, whose database entries (or
/// their absence: non-blocking) are the whole truth about them, wherever its
/// headers live.
struct LibraryEntry {
  std::string Name; ///< "asio", "boost-asio", ...
  std::string Description;
  /// Namespaces the library owns (qualified, no leading "::": "boost::asio");
  /// their nested namespaces belong to it too.
  std::vector<std::string> Namespaces;
  /// llvm::GlobPattern globs on the path of the file declaring a function
  /// ("*/third_party/zlib/*").
  std::vector<std::string> Headers;
  SourcePosition Pos;
};

/// What a `fixes:` entry requires of a call beyond its placeholders.
struct FixRequirements {
  bool ResultUnused = false;
  std::optional<unsigned> RvalueArgument;
  std::optional<unsigned> ChronoArgument;
  /// The finest period the replacement's duration type represents exactly:
  /// the argument's period must be a whole multiple of it.
  int64_t ChronoPeriodNum = 1, ChronoPeriodDen = 1000000000;
  /// With ChronoArgument: the argument is a time_point of this clock
  /// (qualified, no leading "::"); empty: it is a duration.
  std::string ChronoClock;
};

/// One `fixes:` entry: how to rewrite a call of a blocking function in a
/// coroutine of one framework.
struct FixEntry {
  std::string Function;  ///< Qualified, no leading "::".
  std::string Framework; ///< A FrameworkEntry name.
  std::string Replacement;
  std::vector<std::string> Includes;
  FixRequirements Requires;
  SourcePosition Pos;
};

/// The placeholders a replacement template may use.
inline constexpr llvm::StringLiteral FixPlaceholders[] = {
    "args", "receiver", "object", "error-code", "scheduler"};

/// Splits a template into literal text and placeholders: calls \p Literal for
/// text and \p Placeholder for each "{name}" (name: letters, digits, '-').
/// A '{' not followed by such a name and '}' is literal.
void forEachTemplatePart(llvm::StringRef Template,
                         llvm::function_ref<void(llvm::StringRef)> Literal,
                         llvm::function_ref<void(llvm::StringRef)> Placeholder);

/// A named buffer to parse: an embedded default file or a user file.
struct AnnotationSource {
  std::string Name; ///< Shown in diagnostics (a path or "<builtin>/x.yaml").
  std::string Contents;
};

/// The merged, immutable database.
class AnnotationDatabase {
public:
  /// Parses and merges \p Sources in order. Later files may replace an earlier
  /// entry with the same key only with `override: true`. Returns every error
  /// found (one line each, "file:line:col: error: message") if any source is
  /// malformed: there is no partial load. A source that is not valid UTF-8
  /// or nests deeper than MaxInputNesting is refused before it is parsed
  /// (docs/reliability.md).
  static llvm::Expected<std::shared_ptr<const AnnotationDatabase>>
  load(llvm::ArrayRef<AnnotationSource> Sources);

  /// The shipped files embedded into the binary, in file-name order.
  static llvm::ArrayRef<AnnotationSource> builtinSources();

  /// Built-in sources followed by the files at \p Paths, read from disk. The
  /// result is cached process-wide, keyed by paths and file stamps.
  static llvm::Expected<std::shared_ptr<const AnnotationDatabase>>
  loadWithUserFiles(llvm::ArrayRef<std::string> Paths);

  /// Reads \p Paths into \p Out; every unreadable file is one error line.
  /// Only regular files of at most MaxAnnotationFileSize bytes are read (a
  /// FIFO or a device is an error, never a hang).
  static llvm::Error readSources(llvm::ArrayRef<std::string> Paths,
                                 std::vector<AnnotationSource> &Out);

  /// Entries whose last name component is \p SimpleName ("read",
  /// "basic_ifstream", "operator>>"), in load order.
  llvm::ArrayRef<const FunctionEntry *> lookup(llvm::StringRef SimpleName) const;

  /// Entries for the qualified name \p Name ("std::basic_istream::read", no
  /// leading "::"), whatever their constraints, in load order.
  std::vector<const FunctionEntry *> entriesNamed(llvm::StringRef Name) const;

  /// The last component of a qualified name: "read" for
  /// "std::basic_istream::read", "operator>>" for "std::operator>>".
  static llvm::StringRef simpleName(llvm::StringRef Qualified);

  llvm::ArrayRef<FunctionEntry> entries() const { return Entries; }
  llvm::ArrayRef<TypeEntry> types() const { return Types; }
  /// The `types:` entry for a class's database name ("std::lock_guard").
  const TypeEntry *findType(llvm::StringRef Name) const;
  llvm::ArrayRef<Category> categories() const { return Categories; }
  llvm::ArrayRef<FrameworkEntry> frameworks() const { return Frameworks; }
  const FrameworkEntry *findFramework(llvm::StringRef Name) const;
  llvm::ArrayRef<LibraryEntry> libraries() const { return Libraries; }
  llvm::ArrayRef<FixEntry> fixes() const { return Fixes; }
  /// The fixes for the function \p Function ("std::this_thread::sleep_for")
  /// in \p Framework, in the order they are tried: files loaded later
  /// first, file order within a file.
  std::vector<const FixEntry *> fixesFor(llvm::StringRef Function,
                                         llvm::StringRef Framework) const;
  const Category *findCategory(llvm::StringRef Name) const;
  /// The names of the files this database was built from, in load order.
  llvm::ArrayRef<std::string> sourceNames() const { return SourceNames; }

private:
  std::vector<FunctionEntry> Entries;
  std::vector<TypeEntry> Types;
  llvm::StringMap<size_t> TypeIndex;
  std::vector<Category> Categories;
  std::vector<FrameworkEntry> Frameworks;
  std::vector<LibraryEntry> Libraries;
  std::vector<FixEntry> Fixes;
  std::vector<std::string> SourceNames;
  llvm::StringMap<std::vector<const FunctionEntry *>> ByName;
  /// Fixes by function, in the order fixesFor returns them.
  llvm::StringMap<std::vector<const FixEntry *>> FixesByFunction;
};

/// Normalises a C++ type or qualified name for comparison: drops white space
/// and every "::" that starts a name ("::std::size_t" -> "std::size_t",
/// "const ::std::string &" -> "conststd::string&").
std::string normalizeTypeName(llvm::StringRef Type);

llvm::StringRef entryKindName(EntryKind K);
llvm::StringRef effectName(Effect E);
llvm::StringRef typeRoleName(TypeRole R);

/// Parses a Categories option value ("lock,-file-io", "*", "-*,sleep") and
/// applies it on top of the database defaults. Returns the enabled set, or an
/// error naming an unknown category.
llvm::Expected<llvm::StringMap<bool>>
resolveEnabledCategories(const AnnotationDatabase &DB, llvm::StringRef Option);

} // namespace asynctidy

#endif // ASYNC_TIDY_ANNOTATIONS_ANNOTATIONDATABASE_H
