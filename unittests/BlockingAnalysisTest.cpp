//===--- BlockingAnalysisTest.cpp - the call-graph pass --------------------===//

#include "Analysis/BlockingAnalysis.h"
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

const std::string Coroutine = std::string(test::CoroutinePrelude) + R"cpp(
struct task { struct promise_type {
  task get_return_object() { return {}; }
  std::suspend_never initial_suspend() { return {}; }
  std::suspend_never final_suspend() noexcept { return {}; }
  void return_void() {} void unhandled_exception() {} }; };
)cpp";

struct Fixture {
  std::unique_ptr<ASTUnit> AST;
  std::shared_ptr<const AnnotationDatabase> DB;
  llvm::StringMap<bool> Enabled;

  explicit Fixture(const std::string &Code) {
    AST = tooling::buildASTFromCodeWithArgs(Coroutine + Code, {"-std=c++20"});
    // A snippet that does not compile would leave a partial AST.
    EXPECT_FALSE(AST->getDiagnostics().hasErrorOccurred());
    auto Loaded = AnnotationDatabase::load(
        {{"t.yaml", "version: 1\n"
                    "categories:\n"
                    "  - {name: sleep, description: d}\n"
                    "functions:\n"
                    "  - {name: ::nap, kind: c-function, category: sleep}\n"}});
    EXPECT_TRUE(static_cast<bool>(Loaded));
    DB = *Loaded;
    Enabled["sleep"] = true;
  }
  const FunctionDecl *fn(StringRef Name) {
    auto M = match(functionDecl(hasName(Name), isDefinition()).bind("f"),
                   AST->getASTContext());
    EXPECT_EQ(M.size(), 1u) << Name.str();
    return M.empty() ? nullptr : M[0].getNodeAs<FunctionDecl>("f");
  }
};

TEST(BlockingAnalysisTest, StatesAndShortestWitness) {
  Fixture F(R"cpp(
    extern "C" void nap();
    extern "C" void opaque();
    void leaf() { nap(); }
    void mid() { leaf(); }
    void either(bool B) { if (B) mid(); else leaf(); }
    void ping(int);
    void pong(int N) { if (N) ping(N - 1); else leaf(); }
    void ping(int N) { pong(N); }
    void pure() {}
    void unknown() { opaque(); }
    task root() { either(true); ping(2); pure(); unknown(); co_return; }
  )cpp");
  BlockingAnalyzer A(F.AST->getASTContext(), *F.DB, F.Enabled, {});
  A.analyze({F.fn("root")});
  EXPECT_EQ(A.state(F.fn("leaf")), BlockingState::Blocking);
  EXPECT_EQ(A.state(F.fn("ping")), BlockingState::Blocking);
  EXPECT_EQ(A.state(F.fn("pong")), BlockingState::Blocking);
  EXPECT_EQ(A.state(F.fn("pure")), BlockingState::NonBlocking);
  EXPECT_EQ(A.state(F.fn("unknown")), BlockingState::Unknown);

  std::vector<BlockingFinding> Found = A.findings(F.fn("root"));
  ASSERT_EQ(Found.size(), 2u);
  // either -> leaf -> nap is shorter than either -> mid -> leaf -> nap.
  ASSERT_EQ(Found[0].Chain.size(), 2u);
  EXPECT_EQ(Found[0].Chain[0].Callee->getName(), "leaf");
  EXPECT_TRUE(Found[0].Chain[1].IsLeaf);
  EXPECT_EQ(Found[0].Category, "sleep");
}

TEST(BlockingAnalysisTest, MaxDepthBoundsChains) {
  Fixture F(R"cpp(
    extern "C" void nap();
    void d1() { nap(); }
    void d2() { d1(); }
    void d3() { d2(); }
    task root() { d3(); co_return; }
  )cpp");
  BlockingAnalysisOptions Opts;
  Opts.MaxDepth = 2;
  BlockingAnalyzer A(F.AST->getASTContext(), *F.DB, F.Enabled, Opts);
  A.analyze({F.fn("root")});
  EXPECT_TRUE(A.findings(F.fn("root")).empty());
  EXPECT_EQ(A.state(F.fn("d2")), BlockingState::Blocking);
}

TEST(BlockingAnalysisTest, SummariesRoundTripThroughJSON) {
  Fixture F(R"cpp(
    extern "C" void nap();
    namespace util { void leaf() { nap(); } void pure() {} }
    task root() { util::leaf(); util::pure(); co_return; }
  )cpp");
  BlockingAnalyzer A(F.AST->getASTContext(), *F.DB, F.Enabled, {});
  A.analyze({F.fn("root")});
  std::vector<FunctionSummary> S = A.summaries();
  auto Leaf = llvm::find_if(
      S, [](const FunctionSummary &X) { return X.Name == "util::leaf"; });
  ASSERT_NE(Leaf, S.end());
  EXPECT_EQ(Leaf->State, BlockingState::Blocking);
  EXPECT_EQ(Leaf->USR, "c:@N@util@F@leaf#");
  ASSERT_EQ(Leaf->Witness.size(), 1u);
  EXPECT_EQ(Leaf->Witness[0].CalleeName, "nap");

  for (const FunctionSummary &Orig : S) {
    std::string Text;
    llvm::raw_string_ostream(Text) << toJSON(Orig);
    auto Parsed = llvm::json::parse(Text);
    ASSERT_TRUE(static_cast<bool>(Parsed));
    FunctionSummary Back;
    llvm::json::Path::Root R;
    ASSERT_TRUE(fromJSON(*Parsed, Back, R));
    EXPECT_EQ(Back.USR, Orig.USR);
    EXPECT_EQ(Back.State, Orig.State);
    EXPECT_EQ(Back.Category, Orig.Category);
    EXPECT_EQ(Back.Depth, Orig.Depth);
    EXPECT_EQ(Back.Witness.size(), Orig.Witness.size());
  }
  FunctionSummary Bad;
  llvm::json::Path::Root R;
  EXPECT_FALSE(fromJSON(llvm::json::Object{{"usr", "x"}, {"name", "x"},
                                           {"state", "sleepy"},
                                           {"category", ""},
                                           {"depth", 0},
                                           {"witness", llvm::json::Array{}}},
                        Bad, R));
}

} // namespace
