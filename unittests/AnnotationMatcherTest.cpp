//===--- AnnotationMatcherTest.cpp - entries against real declarations ----===//
//
// Each test compiles a small self-contained snippet (mock declarations inline,
// no system headers), finds a call in a named function and asks the matcher
// which entry of a small database describes it. Entries are told apart by
// their `reason`.
//
//===----------------------------------------------------------------------===//

#include "Analysis/AnnotationMatcher.h"
#include "Annotations/AnnotationDatabase.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

#include <memory>
#include <string>
#include <vector>

using namespace asynctidy;
using namespace clang;
using namespace clang::ast_matchers;

namespace {

const char *const Header = R"(version: 1
categories:
  - name: sleep
    description: "Sleeps."
  - name: file-io
    description: "File I/O."
functions:
)";

class MatcherTest : public ::testing::Test {
protected:
  /// Compiles \p Code as C++20; any compiler error fails the test.
  void parse(llvm::StringRef Code) {
    AST = tooling::buildASTFromCodeWithArgs(Code, {"-std=c++20"});
    ASSERT_TRUE(AST);
    ASSERT_FALSE(AST->getDiagnostics().hasErrorOccurred())
        << "snippet does not compile";
  }

  /// Loads the two categories plus the `functions:` body \p Functions.
  void load(const std::string &Functions) {
    load({{"db.yaml", std::string(Header) + Functions}});
  }
  void load(std::vector<AnnotationSource> Sources) {
    auto Loaded = AnnotationDatabase::load(Sources);
    ASSERT_TRUE(bool(Loaded)) << llvm::toString(Loaded.takeError());
    DB = std::move(*Loaded);
  }

  ASTContext &ctx() { return AST->getASTContext(); }

  /// The definition of the global function \p Name.
  const FunctionDecl *function(llvm::StringRef Name) {
    auto M = match(
        functionDecl(hasName(("::" + Name).str()), isDefinition()).bind("f"),
        ctx());
    EXPECT_EQ(M.size(), 1u) << "definitions of " << Name.str();
    return M.empty() ? nullptr : M.front().getNodeAs<FunctionDecl>("f");
  }

  /// The simple name a test uses to pick a callee: the identifier,
  /// "operator<<", "~T", or for constructors the class name.
  static std::string calleeName(const FunctionDecl *F) {
    if (const auto *C = dyn_cast<CXXConstructorDecl>(F))
      return C->getParent()->getNameAsString();
    if (const auto *D = dyn_cast<CXXDestructorDecl>(F))
      return "~" + D->getParent()->getNameAsString();
    return F->getNameInfo().getName().getAsString();
  }

  /// The \p N th call (CallExpr or CXXConstructExpr, in traversal order) in
  /// the body of \p Caller whose callee is named \p Callee.
  CallSite call(llvm::StringRef Caller, llvm::StringRef Callee,
                unsigned N = 0) {
    const FunctionDecl *F = function(Caller);
    if (!F)
      return {};
    auto Calls =
        match(findAll(expr(anyOf(callExpr(), cxxConstructExpr())).bind("c")),
              *F->getBody(), ctx());
    unsigned Seen = 0;
    for (const BoundNodes &B : Calls) {
      CallSite CS = describeCall(B.getNodeAs<Expr>("c"));
      if (CS.Callee && calleeName(CS.Callee) == Callee && Seen++ == N)
        return CS;
    }
    ADD_FAILURE() << "no call #" << N << " to '" << Callee.str() << "' in '"
                  << Caller.str() << "'";
    return {};
  }

  /// The reason of the entry matching the call, or "-" if none.
  std::string matched(llvm::StringRef Caller, llvm::StringRef Callee,
                      unsigned N = 0) {
    CallSite CS = call(Caller, Callee, N);
    if (!CS.Callee)
      return "<no call>";
    const FunctionEntry *E = matchCall(*DB, CS);
    return E ? E->Reason : "-";
  }

  std::unique_ptr<ASTUnit> AST;
  std::shared_ptr<const AnnotationDatabase> DB;
};

//===----------------------------------------------------------------------===//
// databaseName
//===----------------------------------------------------------------------===//

TEST_F(MatcherTest, DatabaseNameDropsInlineNamespacesAndTemplateArguments) {
  parse(R"(
namespace std {
inline namespace _V2 { struct condition_variable_any { void wait(); }; }
inline namespace __1 {
template <class C> struct basic_istream {
  basic_istream() {}
  ~basic_istream() {}
  void read(C *, long) {}
  basic_istream &operator>>(int &) { return *this; }
};
}
template <class T> void sleep_for(T) {}
}
namespace { void hidden() {} }
extern "C" { void c_read() {} }
namespace app {
extern "C++" { void nested() {} }
struct Outer { struct Inner { void m() {} }; };
}
void local() { struct L { void m() {} }; L().m(); }
void use() {
  std::condition_variable_any cv;
  cv.wait();
  std::basic_istream<char> in;
  char buf[1];
  int x;
  in.read(buf, 1);
  in >> x;
  in.~basic_istream();
  std::sleep_for(1);
  hidden();
  c_read();
  app::nested();
  app::Outer::Inner().m();
}
)");
  auto Name = [&](llvm::StringRef Callee) {
    CallSite CS = call("use", Callee);
    return CS.Callee ? databaseName(CS.Callee) : "<no call>";
  };
  EXPECT_EQ(Name("wait"), "std::condition_variable_any::wait");
  EXPECT_EQ(Name("read"), "std::basic_istream::read");
  EXPECT_EQ(Name("operator>>"), "std::basic_istream::operator>>");
  EXPECT_EQ(Name("basic_istream"), "std::basic_istream::basic_istream");
  EXPECT_EQ(Name("~basic_istream"), "std::basic_istream::~basic_istream");
  EXPECT_EQ(Name("sleep_for"), "std::sleep_for");
  EXPECT_EQ(Name("hidden"), "(anonymous namespace)::hidden");
  EXPECT_EQ(Name("c_read"), "c_read");
  EXPECT_EQ(Name("nested"), "app::nested");
  EXPECT_EQ(Name("m"), "app::Outer::Inner::m");
  CallSite Local = call("local", "m");
  ASSERT_TRUE(Local.Callee);
  EXPECT_EQ(databaseName(Local.Callee), "local::L::m");
}

//===----------------------------------------------------------------------===//
// Names: inline namespaces, template arguments
//===----------------------------------------------------------------------===//

TEST_F(MatcherTest, InlineNamespacesAreIgnored) {
  parse(R"(
namespace std { inline namespace _V2 {
struct condition_variable_any { void wait() {} };
} }
void use(std::condition_variable_any &cv) { cv.wait(); }
)");
  load(R"(  - name: ::std::condition_variable_any::wait
    kind: method
    category: sleep
    reason: without
)");
  EXPECT_EQ(matched("use", "wait"), "without");
  // The inline namespace is not part of the name as the database spells it.
  load(R"(  - name: ::std::_V2::condition_variable_any::wait
    kind: method
    category: sleep
    reason: with
)");
  EXPECT_EQ(matched("use", "wait"), "-");
}

TEST_F(MatcherTest, TemplateArgumentsAreIgnored) {
  parse(R"(
namespace std {
template <class R, class P> struct duration {};
namespace this_thread {
template <class R, class P> void sleep_for(const duration<R, P> &) {}
}
template <class C, class T = int> struct basic_istream {
  basic_istream &read(C *, long) { return *this; }
};
}
void use(std::basic_istream<char> &in, std::basic_istream<wchar_t> &win) {
  std::this_thread::sleep_for(std::duration<long, int>());
  char c;
  wchar_t w;
  in.read(&c, 1);
  win.read(&w, 1);
}
)");
  load(R"(  - name: ::std::this_thread::sleep_for
    kind: function
    category: sleep
    reason: sleep_for
  - name: ::std::basic_istream::read
    kind: method
    category: file-io
    reason: read
)");
  EXPECT_EQ(matched("use", "sleep_for"), "sleep_for");
  EXPECT_EQ(matched("use", "read", 0), "read");
  EXPECT_EQ(matched("use", "read", 1), "read");
}

//===----------------------------------------------------------------------===//
// Inherited members
//===----------------------------------------------------------------------===//

const char *const FutureCode = R"(
namespace std {
template <class T> struct __basic_future {
  void wait() const {}
};
template <class T> struct future : __basic_future<T> {
  T get() { return T(); }
};
template <class T> struct shared_future : __basic_future<T> {};
}
namespace app {
struct my_future : std::__basic_future<int> {};
struct derived_future : std::future<int> {};
struct other { void wait() {} };
struct both : std::future<int>, other {};
}
void direct(std::future<int> &f) { f.wait(); }
void pointer(std::future<int> *f) { f->wait(); }
void renamed(app::my_future &f) { f.wait(); }
void derived(app::derived_future &f) { f.wait(); }
void shared(std::shared_future<int> &f) { f.wait(); }
void base(std::__basic_future<int> &f) { f.wait(); }
void unrelated(app::both &b) { b.other::wait(); }
void own(std::future<int> &f) { f.get(); }
)";

TEST_F(MatcherTest, InheritedMemberMatchesThroughTheReceiver) {
  parse(FutureCode);
  load(R"(  - name: ::std::future::wait
    kind: method
    category: sleep
    reason: future
  - name: ::std::future::get
    kind: method
    category: sleep
    reason: get
)");
  EXPECT_EQ(matched("direct", "wait"), "future");
  EXPECT_EQ(matched("pointer", "wait"), "future");
  EXPECT_EQ(matched("derived", "wait"), "future");
  EXPECT_EQ(matched("own", "get"), "get");
  // A class deriving from the implementation base under another name.
  EXPECT_EQ(matched("renamed", "wait"), "-");
  EXPECT_EQ(matched("shared", "wait"), "-");
  // Called on the base itself: the object is no std::future.
  EXPECT_EQ(matched("base", "wait"), "-");
  // The receiver is a std::future, but the callee is not inherited through
  // it: std::future does not derive from app::other.
  EXPECT_EQ(matched("unrelated", "wait"), "-");
}

TEST_F(MatcherTest, EntryOnTheDeclaringClassMatchesEveryDerivedReceiver) {
  parse(FutureCode);
  load(R"(  - name: ::std::__basic_future::wait
    kind: method
    category: sleep
    reason: base
)");
  for (const char *Caller :
       {"direct", "pointer", "renamed", "derived", "shared", "base"})
    EXPECT_EQ(matched(Caller, "wait"), "base") << Caller;
  EXPECT_EQ(matched("unrelated", "wait"), "-");
}

TEST_F(MatcherTest, InheritingConstructorMatchesTheBaseEntry) {
  // `using base::base;` makes `file_stream s("x")` call an implicit
  // inheriting constructor of file_stream that runs base_stream's
  // constructor: a user class inheriting std::ifstream's constructors still
  // opens a file. The entry for the base constructor must describe it.
  parse(R"(
namespace std {
struct base_stream { base_stream(const char *) {} };
struct file_stream : base_stream { using base_stream::base_stream; };
}
void use() { std::file_stream s("x"); }
)");
  load(R"(  - name: ::std::base_stream::base_stream
    kind: constructor
    category: file-io
    reason: base
)");
  auto Constructs = match(findAll(cxxConstructExpr().bind("c")),
                          *function("use")->getBody(), ctx());
  ASSERT_EQ(Constructs.size(), 1u);
  const FunctionEntry *E =
      matchCall(*DB, describeCall(Constructs.front().getNodeAs<Expr>("c")));
  EXPECT_TRUE(E && E->Reason == "base");
}

//===----------------------------------------------------------------------===//

TEST_F(MatcherTest, ReceiversOfAFreeFunctionAreItsFirstArgument) {
  parse(R"(
namespace app {
struct socket {};
struct tls_socket : socket {};
struct file {};
void write_all(socket &, const char *) {}
void write_all(socket *, const char *) {}
void write_all(file &, const char *) {}
void write_all() {}
}
void sock(app::socket &s) { app::write_all(s, "x"); }
void tls(app::tls_socket &t) { app::write_all(t, "x"); }
void ptr(app::socket *p) { app::write_all(p, "x"); }
void file(app::file &f) { app::write_all(f, "x"); }
void none() { app::write_all(); }
)");
  load(R"(  - name: ::app::write_all
    kind: function
    category: file-io
    receivers: [::app::socket]
    reason: socket
)");
  EXPECT_EQ(matched("sock", "write_all"), "socket");
  EXPECT_EQ(matched("tls", "write_all"), "socket");
  EXPECT_EQ(matched("ptr", "write_all"), "socket");
  EXPECT_EQ(matched("file", "write_all"), "-");
  EXPECT_EQ(matched("none", "write_all"), "-");
}

TEST_F(MatcherTest, ReceiversOfAFreeFunctionMayNameADerivedClass) {
  // docs/annotations.md: `::std::getline` with receivers
  // [::std::basic_ifstream]: the parameter is a basic_istream &, the argument
  // an ifstream; the receiver is the argument as written, not as converted.
  parse(R"(
namespace std {
template <class C> struct basic_istream {};
template <class C> struct basic_ifstream : basic_istream<C> {};
template <class C> struct basic_istringstream : basic_istream<C> {};
struct string {};
template <class C> basic_istream<C> &getline(basic_istream<C> &in, string &) {
  return in;
}
}
void file(std::basic_ifstream<char> &in, std::string &s) {
  std::getline(in, s);
}
void str(std::basic_istringstream<char> &in, std::string &s) {
  std::getline(in, s);
}
)");
  load(R"(  - name: ::std::getline
    kind: function
    category: file-io
    receivers: [::std::basic_ifstream]
    reason: getline
)");
  EXPECT_EQ(matched("file", "getline"), "getline");
  EXPECT_EQ(matched("str", "getline"), "-");
}

const char *const StreamCode = R"(
namespace std {
template <class C> struct basic_ostream {
  basic_ostream &flush() { return *this; }
  basic_ostream &operator<<(int) { return *this; }
};
template <class C> struct basic_ofstream : basic_ostream<C> {};
template <class C> struct basic_ostringstream : basic_ostream<C> {};
using ostream = basic_ostream<char>;
using ofstream = basic_ofstream<char>;
using ostringstream = basic_ostringstream<char>;
extern ostream cout, cerr;
template <class C>
basic_ostream<C> &operator<<(basic_ostream<C> &os, const C *) { return os; }
}
void to_file(std::ofstream &f) { f.flush(); }
void to_string(std::ostringstream &s) { s.flush(); }
void to_base(std::ostream &os) { os.flush(); }
void to_cout() { std::cout.flush(); }
void to_cout_ptr() { (&std::cout)->flush(); }
void shift_cout() { std::cout << 1; }
void shift_cerr() { std::cerr << 1; }
void shift_param(std::ostream &os) { os << 1; }
void shift_local() { std::ostream &cout = std::cerr; cout << 1; }
void text_cout() { std::cout << "x"; }
void text_cerr() { std::cerr << "x"; }
void text_call() { std::operator<<(std::cerr, "x"); }
)";

TEST_F(MatcherTest, ReceiversOfAMethodAreTheObject) {
  parse(StreamCode);
  load(R"(  - name: ::std::basic_ostream::flush
    kind: method
    category: file-io
    receivers: [::std::basic_ofstream]
    reason: ofstream
)");
  EXPECT_EQ(matched("to_file", "flush"), "ofstream");
  EXPECT_EQ(matched("to_string", "flush"), "-");
  EXPECT_EQ(matched("to_base", "flush"), "-");
}

TEST_F(MatcherTest, ReceiverObjects) {
  parse(StreamCode);
  load(R"(  - name: ::std::basic_ostream::flush
    kind: method
    category: file-io
    receiver-objects: [::std::cout]
    reason: flush cout
  - name: ::std::basic_ostream::operator<<
    kind: method
    category: file-io
    receiver-objects: [::std::cout]
    reason: shift cout
  - name: ::std::operator<<
    kind: function
    category: file-io
    receiver-objects: [::std::cerr]
    reason: text cerr
)");
  EXPECT_EQ(matched("to_cout", "flush"), "flush cout");
  EXPECT_EQ(matched("to_cout_ptr", "flush"), "flush cout");
  EXPECT_EQ(matched("to_base", "flush"), "-");
  EXPECT_EQ(matched("shift_cout", "operator<<"), "shift cout");
  EXPECT_EQ(matched("shift_cerr", "operator<<"), "-");
  EXPECT_EQ(matched("shift_param", "operator<<"), "-");
  // A local reference named cout is not std::cout.
  EXPECT_EQ(matched("shift_local", "operator<<"), "-");
  EXPECT_EQ(matched("text_cerr", "operator<<"), "text cerr");
  EXPECT_EQ(matched("text_call", "operator<<"), "text cerr");
  EXPECT_EQ(matched("text_cout", "operator<<"), "-");
}

TEST_F(MatcherTest, ReceiversOrReceiverObjects) {
  parse(StreamCode);
  load(R"(  - name: ::std::basic_ostream::flush
    kind: method
    category: file-io
    receivers: [::std::basic_ofstream]
    receiver-objects: [::std::cout]
    reason: either
)");
  EXPECT_EQ(matched("to_file", "flush"), "either");
  EXPECT_EQ(matched("to_cout", "flush"), "either");
  EXPECT_EQ(matched("to_string", "flush"), "-");
}

TEST_F(MatcherTest, StaticMemberHasNoReceiver) {
  parse(R"(
namespace app { struct S { static void g(int) {} }; }
void use(app::S &s) { s.g(1); app::S::g(2); }
)");
  load(R"(  - name: ::app::S::g
    kind: method
    category: sleep
    reason: any
  - name: ::app::S::g
    kind: method
    category: sleep
    receivers: [::app::S]
    reason: receiver
)");
  // The second (receiver) entry cannot match: a static member has no object.
  EXPECT_EQ(matched("use", "g", 0), "any");
  EXPECT_EQ(matched("use", "g", 1), "any");
}

//===----------------------------------------------------------------------===//
// Parameters and arity
//===----------------------------------------------------------------------===//

const char *const ParamsCode = R"(
typedef unsigned long size_t;
namespace std {
using ::size_t;
typedef long streamsize;
struct string {};
namespace filesystem {
inline namespace __cxx11 { struct path {}; }
bool exists(const path &) { return false; }
}
}
extern "C" void *memcpy(void *, const void *, size_t);
namespace app {
void put(const std::string &, std::streamsize) {}
void open(const char *, int = 0) {}
}
void copy(char *d, const char *s) { memcpy(d, s, 1); }
void exists(const std::filesystem::path &p) { std::filesystem::exists(p); }
void put() { app::put(std::string(), 1); }
void open() { app::open("x"); }
)";

struct ParamsCase {
  const char *Name;
  const char *Kind;
  const char *Constraint; ///< "params: [...]" or "arity: N"
  const char *Caller;
  const char *Callee;
  bool Matches;
};

void PrintTo(const ParamsCase &C, std::ostream *OS) {
  *OS << C.Name << " " << C.Constraint << (C.Matches ? " matches" : " no");
}

class ParamsTest : public MatcherTest,
                   public ::testing::WithParamInterface<ParamsCase> {};

TEST_P(ParamsTest, Matches) {
  const ParamsCase &C = GetParam();
  parse(ParamsCode);
  load(std::string("  - name: ") + C.Name + "\n    kind: " + C.Kind +
       "\n    category: file-io\n    " + C.Constraint + "\n    reason: yes\n");
  EXPECT_EQ(matched(C.Caller, C.Callee), C.Matches ? "yes" : "-");
}

INSTANTIATE_TEST_SUITE_P(
    MatcherTest, ParamsTest,
    ::testing::Values(
        // Sugared (as declared) or canonical.
        ParamsCase{"::memcpy", "c-function",
                   "params: ['void *', 'const void *', size_t]", "copy",
                   "memcpy", true},
        ParamsCase{"::memcpy", "c-function",
                   "params: ['void*', 'const void*', unsigned long]", "copy",
                   "memcpy", true},
        ParamsCase{"::memcpy", "c-function",
                   "params: ['void *', 'const void *', '::size_t']", "copy",
                   "memcpy", true},
        ParamsCase{"::memcpy", "c-function",
                   "params: ['void *', 'const void *', int]", "copy",
                   "memcpy", false},
        ParamsCase{"::memcpy", "c-function",
                   "params: ['void *', 'const void *']", "copy", "memcpy",
                   false},
        ParamsCase{"::memcpy", "c-function", "params: []", "copy", "memcpy",
                   false},
        ParamsCase{"::memcpy", "c-function", "arity: 3", "copy", "memcpy",
                   true},
        ParamsCase{"::memcpy", "c-function", "arity: 2", "copy", "memcpy",
                   false},
        // Written unqualified inside its namespace (and an inline one):
        // the canonical form is fully qualified, without the inline
        // namespace, with or without the leading "::".
        ParamsCase{"::std::filesystem::exists", "function",
                   "params: ['const std::filesystem::path &']", "exists",
                   "exists", true},
        ParamsCase{"::std::filesystem::exists", "function",
                   "params: ['const ::std::filesystem::path &']", "exists",
                   "exists", true},
        ParamsCase{"::std::filesystem::exists", "function",
                   "params: ['std::filesystem::path']", "exists", "exists",
                   false},
        ParamsCase{"::app::put", "function",
                   "params: ['const std::string &', std::streamsize]", "put",
                   "put", true},
        ParamsCase{"::app::put", "function",
                   "params: ['const ::std::string&', '::std::streamsize']",
                   "put", "put", true},
        ParamsCase{"::app::put", "function",
                   "params: ['const std::string &', long]", "put", "put",
                   true},
        ParamsCase{"::app::put", "function",
                   "params: ['std::string', long]", "put", "put", false},
        // Arity counts declared parameters, including defaulted ones.
        ParamsCase{"::app::open", "function", "arity: 2", "open", "open",
                   true},
        ParamsCase{"::app::open", "function", "arity: 1", "open", "open",
                   false},
        ParamsCase{"::app::open", "function", "params: ['const char *', int]",
                   "open", "open", true}));

TEST_F(MatcherTest, ParamsOfFunctionTemplateSpecializations) {
  parse(R"(
namespace app { template <class T> void tf(T, int) {} }
void use() { app::tf(1.0, 2); app::tf('c', 3); }
)");
  load(R"(  - name: ::app::tf
    kind: function
    category: sleep
    params: [double, int]
    reason: double
)");
  EXPECT_EQ(matched("use", "tf", 0), "double");
  EXPECT_EQ(matched("use", "tf", 1), "-");
}

//===----------------------------------------------------------------------===//
// Kinds
//===----------------------------------------------------------------------===//

const char *const ReadCode = R"(
extern "C" int read(int, void *, unsigned long);
int read(const char *) { return 0; }
namespace std { using ::read; }
namespace app {
int read(int, void *, unsigned long) { return 0; }
struct Reader { int read(int, void *, unsigned long) { return 0; } };
}
void c_read() { read(0, nullptr, 0); }
void std_read() { std::read(0, nullptr, 0); }
void cxx_read() { read("x"); }
void app_read() { app::read(0, nullptr, 0); }
void member_read(app::Reader &r) { r.read(0, nullptr, 0); }
)";

TEST_F(MatcherTest, CFunctionNeedsCLinkage) {
  parse(ReadCode);
  load(R"(  - name: ::read
    kind: c-function
    category: file-io
    reason: c
)");
  EXPECT_EQ(matched("c_read", "read"), "c");
  EXPECT_EQ(matched("std_read", "read"), "c");
  // A C++ function called ::read is not a C function.
  EXPECT_EQ(matched("cxx_read", "read"), "-");
  EXPECT_EQ(matched("app_read", "read"), "-");
  EXPECT_EQ(matched("member_read", "read"), "-");
}

TEST_F(MatcherTest, FunctionKindMatchesEitherLinkageButOnlyItsName) {
  parse(ReadCode);
  load(R"(  - name: ::read
    kind: function
    category: file-io
    reason: function
)");
  EXPECT_EQ(matched("c_read", "read"), "function");
  EXPECT_EQ(matched("cxx_read", "read"), "function");
  // A user's app::read never matches ::read, nor does a member.
  EXPECT_EQ(matched("app_read", "read"), "-");
  EXPECT_EQ(matched("member_read", "read"), "-");
}

TEST_F(MatcherTest, CFunctionRedeclaredInANamespaceIsTheGlobalSymbol) {
  // `namespace app { extern "C" int close(int); }` declares the one C symbol
  // ::close; a C++ function app::close would not be it.
  parse(R"(
namespace app { extern "C" int close(int); }
namespace lib { int close(int) { return 0; } }
void use() { app::close(0); }
void cxx() { lib::close(0); }
)");
  load(R"(  - name: ::close
    kind: c-function
    category: file-io
    reason: c
)");
  EXPECT_EQ(matched("use", "close"), "c");
  EXPECT_EQ(matched("cxx", "close"), "-");
}

const char *const KindsCode = R"(
namespace app {
namespace S { void f() {} }
struct T {
  T() {}
  T(int) {}
  ~T() {}
  void f() {}
  static void g() {}
  explicit operator bool() const { return true; }
};
}
void ns_f() { app::S::f(); }
void member_f(app::T &t) { t.f(); }
void static_g() { app::T::g(); }
void construct() { app::T t; }
void construct_temp() { app::T(1); }
void construct_new() { delete new app::T(2); }
void destroy(app::T &t) { t.~T(); }
void convert(app::T &t) { if (t) {} }
)";

struct KindCase {
  const char *Name;
  const char *Kind;
  const char *Caller;
  const char *Callee;
  bool Matches;
};

void PrintTo(const KindCase &C, std::ostream *OS) {
  *OS << C.Name << " [" << C.Kind << "] in " << C.Caller
      << (C.Matches ? " matches" : " no");
}

class KindTest : public MatcherTest,
                 public ::testing::WithParamInterface<KindCase> {};

TEST_P(KindTest, Matches) {
  const KindCase &C = GetParam();
  parse(KindsCode);
  load(std::string("  - name: '") + C.Name + "'\n    kind: " + C.Kind +
       "\n    category: sleep\n    reason: yes\n");
  EXPECT_EQ(matched(C.Caller, C.Callee), C.Matches ? "yes" : "-");
}

INSTANTIATE_TEST_SUITE_P(
    MatcherTest, KindTest,
    ::testing::Values(
        KindCase{"::app::S::f", "function", "ns_f", "f", true},
        KindCase{"::app::S::f", "method", "ns_f", "f", false},
        KindCase{"::app::T::f", "method", "member_f", "f", true},
        KindCase{"::app::T::f", "function", "member_f", "f", false},
        KindCase{"::app::T::g", "method", "static_g", "g", true},
        KindCase{"::app::T::g", "function", "static_g", "g", false},
        KindCase{"::app::T::T", "constructor", "construct", "T", true},
        KindCase{"::app::T::T", "constructor", "construct_temp", "T", true},
        KindCase{"::app::T::T", "constructor", "construct_new", "T", true},
        KindCase{"::app::T::~T", "destructor", "destroy", "~T", true},
        KindCase{"::app::T::operator bool", "method", "convert",
                 "operator bool", true},
        KindCase{"::app::T::operator bool", "function", "convert",
                 "operator bool", false}));

TEST_F(MatcherTest, ConstructorOfAClassTemplate) {
  parse(R"(
namespace std {
template <class C> struct basic_ifstream { basic_ifstream(const char *) {} };
template <class C> struct basic_istringstream {
  basic_istringstream(const char *) {}
};
using ifstream = basic_ifstream<char>;
}
void file() { std::ifstream in("x"); }
void temp() { std::basic_ifstream<wchar_t>("x"); }
void string() { std::basic_istringstream<char> in("x"); }
)");
  load(R"(  - name: ::std::basic_ifstream::basic_ifstream
    kind: constructor
    category: file-io
    reason: ifstream
)");
  EXPECT_EQ(matched("file", "basic_ifstream"), "ifstream");
  EXPECT_EQ(matched("temp", "basic_ifstream"), "ifstream");
  EXPECT_EQ(matched("string", "basic_istringstream"), "-");
}

TEST_F(MatcherTest, DestructorOfAClassTemplate) {
  parse(R"(
namespace std { template <class C> struct jthread { ~jthread() {} }; }
void use(std::jthread<int> &t) { t.~jthread(); }
)");
  load(R"(  - name: ::std::jthread::~jthread
    kind: destructor
    category: sleep
    reason: dtor
)");
  EXPECT_EQ(matched("use", "~jthread"), "dtor");
}

TEST_F(MatcherTest, MemberOperatorThroughDerivedReceiver) {
  parse(R"(
namespace std {
template <class C> struct basic_istream {
  basic_istream &operator>>(int &) { return *this; }
};
template <class C> struct basic_ifstream : basic_istream<C> {};
template <class C> struct basic_istringstream : basic_istream<C> {};
}
void file(std::basic_ifstream<char> &in) { int x; in >> x; }
void string(std::basic_istringstream<char> &in) { int x; in >> x; }
)");
  load(R"(  - name: ::std::basic_ifstream::operator>>
    kind: method
    category: file-io
    reason: ifstream
)");
  EXPECT_EQ(matched("file", "operator>>"), "ifstream");
  EXPECT_EQ(matched("string", "operator>>"), "-");
}

TEST_F(MatcherTest, IndirectCallsAreNotDescribed) {
  parse(R"(
namespace app { void f() {} }
void use() { void (*fp)() = &app::f; fp(); }
)");
  load(R"(  - name: ::app::f
    kind: function
    category: sleep
    reason: f
)");
  auto Calls = match(findAll(callExpr().bind("c")), *function("use")->getBody(),
                     ctx());
  ASSERT_EQ(Calls.size(), 1u);
  CallSite CS = describeCall(Calls.front().getNodeAs<Expr>("c"));
  EXPECT_EQ(CS.Callee, nullptr);
  EXPECT_EQ(matchCall(*DB, CS), nullptr);
}

//===----------------------------------------------------------------------===//
// Precedence
//===----------------------------------------------------------------------===//

const char *const OverloadCode = R"(
namespace app { void f() {} void f(int) {} }
void none() { app::f(); }
void one() { app::f(1); }
)";

const char *const General = R"(  - name: ::app::f
    kind: function
    category: sleep
    reason: general
)";
const char *const Narrow = R"(  - name: ::app::f
    kind: function
    effect: non-blocking
    arity: 1
    reason: narrow
)";

TEST_F(MatcherTest, LastLoadedEntryWins) {
  parse(OverloadCode);
  load(std::string(General) + Narrow);
  EXPECT_EQ(matched("none", "f"), "general");
  EXPECT_EQ(matched("one", "f"), "narrow");
  // Not the most specific: the last one.
  load(std::string(Narrow) + General);
  EXPECT_EQ(matched("none", "f"), "general");
  EXPECT_EQ(matched("one", "f"), "general");
}

TEST_F(MatcherTest, LaterFileWins) {
  parse(OverloadCode);
  load({{"base.yaml", std::string(Header) + General},
        {"user.yaml", std::string("version: 1\nfunctions:\n") + Narrow}});
  EXPECT_EQ(matched("one", "f"), "narrow");
  EXPECT_EQ(matched("none", "f"), "general");
}

TEST_F(MatcherTest, EntryMatchesChecksEachConstraint) {
  parse(OverloadCode);
  load(std::string(General) + Narrow);
  CallSite None = call("none", "f");
  CallSite One = call("one", "f");
  ASSERT_TRUE(None.Callee && One.Callee);
  ASSERT_EQ(DB->entries().size(), 2u);
  const FunctionEntry &G = DB->entries()[0];
  const FunctionEntry &N = DB->entries()[1];
  EXPECT_TRUE(entryMatches(G, None));
  EXPECT_TRUE(entryMatches(G, One));
  EXPECT_FALSE(entryMatches(N, None));
  EXPECT_TRUE(entryMatches(N, One));
}

} // namespace
