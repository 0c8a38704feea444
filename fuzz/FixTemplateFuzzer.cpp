//===--- FixTemplateFuzzer.cpp - fuzz fix-it templates --------------------===//
//
// Input: a `replacement:` template. It is split into parts as the database
// does, then put into a small database as the fix of five functions whose
// calls (member, pointer, defaulted and chrono arguments) sit in a coroutine
// parsed once; planFix instantiates it at each call.
//
//===----------------------------------------------------------------------===//

#include "Analysis/FixTemplates.h"
#include "Annotations/AnnotationDatabase.h"
#include "CoroutinePrelude.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <string>

using namespace clang;
using namespace clang::ast_matchers;
using namespace asynctidy;

namespace {

const char *const Code = R"cpp(
namespace std {
template <long N, long D = 1> struct ratio {};
namespace chrono {
template <class Rep, class Period = ratio<1>> struct duration { Rep r; };
using milliseconds = duration<long, ratio<1, 1000>>;
template <class Clock, class Dur = duration<long, ratio<1, 1000000000>>> struct time_point {};
struct steady_clock {};
}
}
namespace fw {
template <class T = void> struct task { struct promise_type {
  task get_return_object() { return {}; }
  std::suspend_never initial_suspend() { return {}; }
  std::suspend_never final_suspend() noexcept { return {}; }
  void return_void() {} void unhandled_exception() {} };
  bool await_ready(); void await_suspend(std::coroutine_handle<>); int await_resume(); };
struct error_code {};
struct executor {};
}
struct conn { int get(); int put(int, int = 0); };
int wait_until(std::chrono::time_point<std::chrono::steady_clock> T);
int nap(std::chrono::milliseconds D);
int read(int, fw::error_code &);
fw::task<> root(conn &C, conn *P, fw::executor Ex, fw::error_code Ec) {
  C.get();
  P->put(1);
  (*P).put(1, 2);
  wait_until(std::chrono::time_point<std::chrono::steady_clock>{});
  nap(std::chrono::milliseconds{5});
  int V = read(3, Ec);
  co_return;
}
)cpp";

struct Fixture {
  std::unique_ptr<ASTUnit> AST;
  const FunctionDecl *Root = nullptr;
  std::vector<const CallExpr *> Calls;
  Fixture() {
    AST = tooling::buildASTFromCodeWithArgs(
        std::string(test::CoroutinePrelude) + Code, {"-std=c++20"});
    if (!AST || AST->getDiagnostics().hasErrorOccurred()) {
      llvm::errs() << "fuzz-fix-template: the fixture does not compile\n";
      std::abort();
    }
    auto M = match(functionDecl(hasName("root"), isDefinition(),
                                forEachDescendant(callExpr().bind("c")))
                       .bind("f"),
                   AST->getASTContext());
    for (const auto &N : M) {
      Root = N.getNodeAs<FunctionDecl>("f");
      const auto *C = N.getNodeAs<CallExpr>("c");
      if (C->getDirectCallee() && !C->getDirectCallee()->isImplicit())
        Calls.push_back(C);
    }
  }
};

/// \p S as a YAML double-quoted scalar.
std::string quoted(llvm::StringRef S) {
  std::string Out = "\"";
  for (unsigned char C : S) {
    if (C == '"' || C == '\\') {
      Out += '\\';
      Out += C;
    } else if (C < 0x20 || C == 0x7f) {
      Out += llvm::formatv("\\x{0:x-2}", unsigned(C)).str();
    } else {
      Out += C;
    }
  }
  return Out + "\"";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static Fixture F;
  llvm::StringRef Template(reinterpret_cast<const char *>(Data), Size);

  // The split into parts covers the template exactly.
  std::string Rebuilt;
  forEachTemplatePart(
      Template, [&](llvm::StringRef L) { Rebuilt += L; },
      [&](llvm::StringRef P) { Rebuilt += ("{" + P + "}").str(); });
  if (Rebuilt != Template)
    std::abort();

  std::string Yaml = "version: 1\n"
                     "categories:\n  - {name: sleep, description: d}\n"
                     "frameworks:\n"
                     "  - {name: fw, description: d, coroutine-types: "
                     "[::fw::task], scheduler-types: [::fw::executor], "
                     "error-code-types: [::fw::error_code]}\n"
                     "functions:\n";
  for (const char *Fn : {"::conn::get", "::conn::put"})
    Yaml += std::string("  - {name: ") + Fn +
            ", kind: method, category: sleep}\n";
  for (const char *Fn : {"::wait_until", "::nap", "::read"})
    Yaml += std::string("  - {name: ") + Fn +
            ", kind: function, category: sleep}\n";
  Yaml += "fixes:\n";
  std::string R = quoted(Template);
  for (const char *Fn : {"::conn::get", "::conn::put", "::read"})
    Yaml += std::string("  - {function: ") + Fn +
            ", framework: fw, replacement: " + R + "}\n";
  Yaml += "  - {function: ::wait_until, framework: fw, replacement: " + R +
          ", requires: {chrono-argument: 0, chrono-clock: "
          "::std::chrono::steady_clock}}\n";
  Yaml += "  - {function: ::nap, framework: fw, replacement: " + R +
          ", requires: {chrono-argument: 0, chrono-period: \"1/1000\", "
          "result-unused: true}}\n";
  auto DB = AnnotationDatabase::load({{"fuzz.yaml", Yaml}});
  if (!DB) {
    llvm::consumeError(DB.takeError());
    return 0;
  }
  const FrameworkEntry *Fw = frameworkOf(F.Root, **DB);
  if (!Fw)
    std::abort(); // The fixture's coroutine is a fw::task.
  for (const CallExpr *C : F.Calls) {
    std::string Name = C->getDirectCallee()->getQualifiedNameAsString();
    FixPlan Plan = planFix(C, F.Root, Name, *Fw, **DB, F.AST->getASTContext());
    (void)Plan;
  }
  return 0;
}
