//===--- FixTemplatesTest.cpp - framework detection and fix templates -----===//

#include "Analysis/FixTemplates.h"
#include "Analysis/AnnotationMatcher.h"
#include "Annotations/AnnotationDatabase.h"
#include "CoroutinePrelude.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace asynctidy;

namespace {

TEST(FixTemplatesTest, TemplateParts) {
  std::vector<std::string> Parts;
  forEachTemplatePart(
      "co_await x({0}, {args}) [&] { {call}; } {} {a_b} {-}",
      [&](llvm::StringRef L) { Parts.push_back("L:" + L.str()); },
      [&](llvm::StringRef P) { Parts.push_back("P:" + P.str()); });
  std::vector<std::string> Want = {
      "L:co_await x(", "P:0",    "L:, ",       "P:args",
      "L:) [&] { ",    "P:call", "L:; } {} {a_b} ", "P:-"};
  EXPECT_EQ(Parts, Want);
}

const std::string Prelude = std::string(test::CoroutinePrelude) + R"cpp(
namespace std {
template <long N, long D = 1> struct ratio {};
namespace chrono {
template <class Rep, class Period = ratio<1>> struct duration { Rep r; };
using milliseconds = duration<long, ratio<1, 1000>>;
using fseconds = duration<double>;
template <class Clock, class Dur = duration<long, ratio<1, 1000000000>>> struct time_point {};
struct steady_clock {};
struct system_clock {};
}
}
namespace fw {
template <class T = void> struct task { struct promise_type {
  task get_return_object() { return {}; }
  std::suspend_never initial_suspend() { return {}; }
  std::suspend_never final_suspend() noexcept { return {}; }
  void return_void() {} void unhandled_exception() {} };
  bool await_ready(); void await_suspend(std::coroutine_handle<>); int await_resume(); };
}
using my_task = fw::task<int>;
struct conn { int get(); int put(int, int = 0); int ping(int = 0); int pong(); };
int wait_until(std::chrono::time_point<std::chrono::steady_clock> T);
template <class C, class D> int wait_until(std::chrono::time_point<C, D> T);
int nap(std::chrono::milliseconds D);
int nap(std::chrono::fseconds D);
)cpp";

const char *const YAML = R"yaml(version: 1
categories:
  - {name: sleep, description: d}
frameworks:
  - {name: fw, description: d, coroutine-types: [::fw::task]}
functions:
  - {name: ::conn::get, kind: method, category: sleep}
  - {name: ::conn::put, kind: method, category: sleep}
  - {name: ::conn::ping, kind: method, category: sleep}
  - {name: ::conn::pong, kind: method, category: sleep}
  - {name: ::wait_until, kind: function, category: sleep}
  - {name: ::nap, kind: function, category: sleep}
fixes:
  - {function: ::conn::get, framework: fw, replacement: "co_await {object}"}
  - {function: ::conn::put, framework: fw, replacement: "co_await {receiver}put_async(x, {args})"}
  - {function: ::conn::ping, framework: fw, replacement: "co_await {receiver}ping_async(x, {args})"}
  - {function: ::conn::pong, framework: fw, replacement: "co_await {receiver}pong_async({args}, y)"}
  - function: ::wait_until
    framework: fw
    replacement: "co_await until({0})"
    requires: {chrono-argument: 0, chrono-clock: ::std::chrono::steady_clock}
  - function: ::nap
    framework: fw
    replacement: "co_await nap_async({0})"
    requires: {chrono-argument: 0, chrono-period: "1/1000", result-unused: true}
)yaml";

struct Fixture {
  std::unique_ptr<ASTUnit> AST;
  std::shared_ptr<const AnnotationDatabase> DB;
  explicit Fixture(const std::string &Code) {
    AST = tooling::buildASTFromCodeWithArgs(Prelude + Code, {"-std=c++20"});
    EXPECT_FALSE(AST->getDiagnostics().hasErrorOccurred());
    auto Loaded = AnnotationDatabase::load({{"t.yaml", YAML}});
    EXPECT_TRUE(static_cast<bool>(Loaded))
        << (Loaded ? "" : llvm::toString(Loaded.takeError()));
    if (Loaded)
      DB = *Loaded;
  }
  const FunctionDecl *root() {
    auto M = match(functionDecl(hasName("root"), isDefinition()).bind("f"),
                   AST->getASTContext());
    return M.empty() ? nullptr : M[0].getNodeAs<FunctionDecl>("f");
  }
  /// The plan for each call in root() to a function named \p Callee.
  std::vector<FixPlan> plans(llvm::StringRef Callee) {
    const FunctionDecl *R = root();
    std::vector<FixPlan> Out;
    const FrameworkEntry *Fw = frameworkOf(R, *DB);
    EXPECT_NE(Fw, nullptr);
    if (!Fw)
      return Out;
    auto M = match(functionDecl(hasName("root"),
                                forEachDescendant(
                                    callExpr(callee(functionDecl(
                                                 hasName(Callee))))
                                        .bind("c"))),
                   AST->getASTContext());
    for (const auto &N : M) {
      const auto *C = N.getNodeAs<CallExpr>("c");
      std::string Name = C->getDirectCallee()->getQualifiedNameAsString();
      Out.push_back(planFix(C, R, Name, *Fw, *DB, AST->getASTContext()));
    }
    return Out;
  }
};

std::string text(const FixPlan &P) {
  return P.Fix ? P.Fix->Text : "<none: " + P.WhyNot + ">";
}

TEST(FixTemplatesTest, FrameworkThroughAlias) {
  Fixture F("my_task root() { co_return; }");
  const FrameworkEntry *Fw = frameworkOf(F.root(), *F.DB);
  ASSERT_NE(Fw, nullptr);
  EXPECT_EQ(Fw->Name, "fw");
}

TEST(FixTemplatesTest, ObjectThroughPointerAndThis) {
  Fixture F(R"cpp(
    struct S : conn { fw::task<> root(conn *P) { get(); P->get(); co_return; } };
  )cpp");
  auto Plans = F.plans("get");
  ASSERT_EQ(Plans.size(), 2u);
  EXPECT_EQ(text(Plans[0]), "co_await *this");
  EXPECT_EQ(text(Plans[1]), "co_await *P");
}

TEST(FixTemplatesTest, DefaultArgumentsAreNotWritten) {
  Fixture F("fw::task<> root(conn &C) { C.put(1); co_return; }");
  auto Plans = F.plans("put");
  ASSERT_EQ(Plans.size(), 1u);
  EXPECT_EQ(text(Plans[0]), "co_await C.put_async(x, 1)");
}

TEST(FixTemplatesTest, EmptyArgsDropTheirComma) {
  Fixture F("fw::task<> root(conn &C) { C.ping(); C.pong(); co_return; }");
  auto Ping = F.plans("ping");
  ASSERT_EQ(Ping.size(), 1u);
  EXPECT_EQ(text(Ping[0]), "co_await C.ping_async(x)");
  auto Pong = F.plans("pong");
  ASSERT_EQ(Pong.size(), 1u);
  EXPECT_EQ(text(Pong[0]), "co_await C.pong_async(y)");
}

TEST(FixTemplatesTest, ClockAndPeriod) {
  Fixture F(R"cpp(
    fw::task<> root() {
      wait_until(std::chrono::time_point<std::chrono::steady_clock>{});
      wait_until(std::chrono::time_point<std::chrono::system_clock>{});
      wait_until(std::chrono::time_point<std::chrono::steady_clock, std::chrono::fseconds>{});
      co_return;
    }
  )cpp");
  auto Plans = F.plans("wait_until");
  ASSERT_EQ(Plans.size(), 3u);
  EXPECT_EQ(text(Plans[0]),
            "co_await until(std::chrono::time_point<std::chrono::steady_clock>{})");
  EXPECT_EQ(text(Plans[1]),
            "<none: the time point is not of 'std::chrono::steady_clock'>");
  EXPECT_EQ(text(Plans[2]),
            "<none: the duration is not a std::chrono::duration with an "
            "integral count>");
}

TEST(FixTemplatesTest, ResultUnusedPositions) {
  Fixture F(R"cpp(
    fw::task<> root(std::chrono::milliseconds D) {
      for (int I = 0; I < 2; nap(D), ++I)
        nap(D);
      int X = (nap(D), 1);
      if (nap(D)) {}
      co_return;
    }
  )cpp");
  auto Plans = F.plans("nap");
  ASSERT_EQ(Plans.size(), 4u);
  EXPECT_EQ(text(Plans[0]), "co_await nap_async(D)"); // comma LHS in for-inc
  EXPECT_EQ(text(Plans[1]), "co_await nap_async(D)"); // loop body
  EXPECT_EQ(text(Plans[2]), "co_await nap_async(D)"); // comma LHS
  EXPECT_EQ(text(Plans[3]), "<none: the call's value is used>");
}

TEST(FixTemplatesTest, LaterFilesFirst) {
  auto Loaded = AnnotationDatabase::load(
      {{"a.yaml", YAML},
       {"b.yaml", "version: 1\nfixes:\n"
                  "  - {function: ::conn::get, framework: fw, replacement: "
                  "\"co_await {object}.async_get()\"}\n"}});
  ASSERT_TRUE(static_cast<bool>(Loaded));
  auto Fixes = (*Loaded)->fixesFor("conn::get", "fw");
  ASSERT_EQ(Fixes.size(), 2u);
  EXPECT_EQ(Fixes[0]->Replacement, "co_await {object}.async_get()");
  EXPECT_EQ(Fixes[1]->Replacement, "co_await {object}");
}

TEST(FixTemplatesTest, EntryFramework) {
  auto Loaded = AnnotationDatabase::load(
      {{"asio.yaml",
        "version: 1\n"
        "categories: [{name: dns, description: d}]\n"
        "frameworks:\n"
        "  - {name: asio, description: d, coroutine-types: "
        "[::asio::awaitable]}\n"
        "  - {name: boost-asio, description: d, coroutine-types: "
        "[::boost::asio::awaitable]}\n"
        "  - {name: folly, description: d, coroutine-types: "
        "[::folly::coro::Task]}\n"
        "functions:\n"
        "  - {name: ::asio::resolve, kind: function, category: dns}\n"},
       {"user.yaml", "version: 1\nfunctions:\n"
                     "  - {name: ::boost::asio::lookup, kind: function, "
                     "category: dns}\n"
                     "  - {name: ::folly::coro::nap, kind: function, "
                     "category: dns}\n"
                     "  - {name: ::folly::wait, kind: function, "
                     "category: dns}\n"
                     "  - {name: ::getaddrinfo, kind: c-function, "
                     "category: dns}\n"}});
  ASSERT_TRUE(static_cast<bool>(Loaded))
      << (Loaded ? "" : llvm::toString(Loaded.takeError()));
  const AnnotationDatabase &DB = **Loaded;
  auto Owner = [&](llvm::StringRef Name) -> std::string {
    const FrameworkEntry *F = entryFramework(*DB.entriesNamed(Name)[0], DB);
    return F ? F->Name : "<none>";
  };
  // The file that declares a framework owns its entries.
  EXPECT_EQ(Owner("asio::resolve"), "asio");
  // Elsewhere: the longest namespace of a coroutine type.
  EXPECT_EQ(Owner("boost::asio::lookup"), "boost-asio");
  EXPECT_EQ(Owner("folly::coro::nap"), "folly");
  EXPECT_EQ(Owner("folly::wait"), "<none>");
  EXPECT_EQ(Owner("getaddrinfo"), "<none>");

  const FrameworkEntry &Asio = *DB.findFramework("asio");
  const FrameworkEntry &Boost = *DB.findFramework("boost-asio");
  const FrameworkEntry &Folly = *DB.findFramework("folly");
  EXPECT_TRUE(namesOtherFramework("co_await asio::async_x()", Folly, DB));
  EXPECT_FALSE(namesOtherFramework("co_await asio::async_x()", Asio, DB));
  // "boost::asio::" names Boost.Asio, not standalone Asio.
  EXPECT_FALSE(namesOtherFramework("boost::asio::post(pool, f)", Boost, DB));
  EXPECT_TRUE(namesOtherFramework("boost::asio::post(pool, f)", Asio, DB));
  EXPECT_TRUE(namesOtherFramework("asio::post(pool, f)", Boost, DB));
  EXPECT_TRUE(namesOtherFramework("(folly::coro::Baton)", Asio, DB));
  EXPECT_FALSE(namesOtherFramework("an async event (myasio::event)", Asio, DB));
  EXPECT_FALSE(namesOtherFramework("curl_multi_socket_action", Folly, DB));
}

TEST(FixTemplatesTest, NoFixInsideTheFunctionItCalls) {
  Fixture F(R"cpp(
namespace lib {
fw::task<> nap_async(std::chrono::milliseconds D) {
  nap(D);
  co_return;
}
}
namespace app {
struct sock : conn {
  fw::task<> put_async(int, int);
  fw::task<> ping_async(int X, int Y) {
    ping(Y);
    co_return;
  }
};
}
fw::task<> root(app::sock &S) {
  S.put(1);
  co_return;
}
)cpp");
  ASSERT_TRUE(F.DB);
  const FrameworkEntry *Fw = F.DB->findFramework("fw");
  ASSERT_TRUE(Fw);
  auto Plan = [&](llvm::StringRef Function, llvm::StringRef Callee) {
    auto M = match(
        functionDecl(
            hasName(Function), isDefinition(),
            hasDescendant(
                callExpr(callee(functionDecl(hasName(Callee)))).bind("c")))
            .bind("f"),
        F.AST->getASTContext());
    EXPECT_EQ(M.size(), 1u);
    const auto *FD = M[0].getNodeAs<FunctionDecl>("f");
    const auto *C = M[0].getNodeAs<CallExpr>("c");
    FixPlan P = planFix(C, FD, databaseName(C->getDirectCallee()), *Fw, *F.DB,
                        F.AST->getASTContext());
    return P.Fix ? P.Fix->Text : "<none: " + P.WhyNot + ">";
  };
  // Free functions are matched by name: the (unqualified) name the
  // replacement calls, a tail of the coroutine's qualified name.
  EXPECT_EQ(Plan("lib::nap_async", "nap"),
            "<none: the async form calls 'nap_async', the function the call "
            "is in>");
  // Members on the call's object: looked up in the object's class.
  EXPECT_EQ(Plan("app::sock::ping_async", "ping"),
            "<none: the async form calls 'ping_async', the function the call "
            "is in>");
  // A class outside the library's namespace declares the async form: it
  // hides the library's.
  EXPECT_EQ(Plan("root", "put"),
            "<none: 'app::sock::put_async' hides the async form>");
}

} // namespace
