//===--- SummaryMergeTest.cpp - merging per-TU summaries ------------------===//

#include "Summary/Merge.h"
#include "Summary/Summary.h"

#include "gtest/gtest.h"

using namespace asynctidy;

namespace {

FunctionRecord fn(std::string USR, BlockingState State = BlockingState::Unknown,
                  bool Analysed = true) {
  FunctionRecord R;
  R.Summary.USR = USR;
  R.Summary.Name = USR;
  R.Summary.State = State;
  R.Summary.Analysed = Analysed;
  R.QualifiedName = USR;
  R.Kind = "function";
  R.External = true;
  return R;
}

FunctionSummary::Site call(std::string Loc, std::string Target) {
  FunctionSummary::Site S;
  S.Location = Loc;
  S.CalleeName = Target;
  S.TargetUSRs = {Target};
  return S;
}

TranslationUnitSummary tu(std::string File, std::vector<FunctionRecord> Fns) {
  TranslationUnitSummary T;
  T.MainFile = File;
  T.Functions = std::move(Fns);
  return T;
}

TEST(SummaryMergeTest, CrossTUCycleReachesTheLeafAndTerminates) {
  // a.cpp: ping -> pong (declared); coroutine run -> ping.
  FunctionRecord Ping = fn("ping");
  Ping.Summary.Sites = {call("a.cpp:3:3", "pong")};
  FunctionRecord Run = fn("run");
  Run.Context = "coroutine 'run'";
  Run.Summary.Sites = {call("a.cpp:9:3", "ping")};
  // b.cpp: pong -> ping (declared), pong sleeps.
  FunctionRecord Pong = fn("pong", BlockingState::Blocking);
  Pong.Summary.Category = "sleep";
  Pong.Summary.Depth = 1;
  Pong.Summary.Witness = {{"nap", "nap", "b.cpp:5:5"}};
  Pong.Summary.Sites = {call("b.cpp:4:5", "ping")};
  // Declarations as each TU sees them.
  AuditProgram P({tu("b.cpp", {fn("ping", BlockingState::Unknown, false), Pong}),
                  tu("a.cpp", {Ping, fn("pong", BlockingState::Unknown, false),
                               Run})},
                 16);
  const AuditProgram::Function *F = P.lookup("ping");
  ASSERT_NE(F, nullptr);
  EXPECT_EQ(F->State, BlockingState::Blocking);
  EXPECT_EQ(F->Depth, 2u);
  EXPECT_EQ(F->Category, "sleep");
  std::vector<ChainStep> C = P.chain(*F);
  ASSERT_EQ(C.size(), 2u);
  EXPECT_EQ(C[0].Location, "a.cpp:3:3");
  EXPECT_FALSE(C[0].IsLeaf);
  EXPECT_EQ(C[1].Callee, "nap");
  EXPECT_TRUE(C[1].IsLeaf);

  std::vector<AuditFinding> Found = P.findings(/*IncludeSingleTU=*/false);
  ASSERT_EQ(Found.size(), 1u);
  EXPECT_TRUE(Found[0].CrossTU);
  EXPECT_EQ(Found[0].Location, "a.cpp:9:3");
  EXPECT_EQ(Found[0].Chain.size(), 2u); // ping -> pong -> nap
}

TEST(SummaryMergeTest, NonBlockingCycleAndUnknownCallees) {
  FunctionRecord Even = fn("even");
  Even.Summary.Sites = {call("a.cpp:1:1", "odd")};
  FunctionRecord Odd = fn("odd");
  Odd.Summary.Sites = {call("b.cpp:1:1", "even"), call("b.cpp:2:1", "ext")};
  AuditProgram P({tu("a.cpp", {Even, fn("odd", BlockingState::Unknown, false)}),
                  tu("b.cpp", {fn("even", BlockingState::Unknown, false), Odd,
                               fn("ext", BlockingState::Unknown, false)})},
                 16);
  EXPECT_EQ(P.lookup("even")->State, BlockingState::Unknown);
  EXPECT_EQ(P.lookup("odd")->State, BlockingState::Unknown);
  EXPECT_TRUE(P.findings(true).empty());
}

TEST(SummaryMergeTest, MaxDepthBoundsCrossTUChains) {
  FunctionRecord Leaf = fn("leaf", BlockingState::Blocking);
  Leaf.Summary.Depth = 1;
  Leaf.Summary.Category = "sleep";
  Leaf.Summary.Witness = {{"nap", "nap", "b.cpp:1:1"}};
  FunctionRecord Mid = fn("mid");
  Mid.Summary.Sites = {call("a.cpp:1:1", "leaf")};
  AuditProgram P({tu("a.cpp", {Mid}), tu("b.cpp", {Leaf})}, 1);
  EXPECT_NE(P.lookup("mid")->State, BlockingState::Blocking);
}

TEST(SummaryMergeTest, SummaryRoundTripsThroughJSON) {
  FunctionRecord R = fn("c:@F@f#", BlockingState::Blocking);
  R.Summary.Category = "file-io";
  R.Summary.Depth = 1;
  R.Summary.Witness = {{"u", "g", "x.cpp:2:3"}};
  R.Summary.Sites = {call("x.cpp:2:3", "u")};
  R.Summary.Sites[0].LeafCategory = "file-io";
  R.Summary.Sites[0].Offloaded = true;
  R.Context = "coroutine 'f'";
  R.IsCoroutine = true;
  R.LoopDriver = true;
  R.Location = "x.cpp:1:1";
  R.DeclFile = "x.h";
  TranslationUnitSummary T = tu("x.cpp", {R});
  std::string Text;
  llvm::raw_string_ostream(Text) << toJSON(T);
  llvm::Expected<TranslationUnitSummary> Back = parseSummary(Text);
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  std::string Again;
  llvm::raw_string_ostream(Again) << toJSON(*Back);
  EXPECT_EQ(Text, Again);

  llvm::Expected<TranslationUnitSummary> Old =
      parseSummary(R"({"version": 99, "main_file": "x", "functions": []})");
  ASSERT_FALSE(static_cast<bool>(Old));
  EXPECT_EQ(llvm::toString(Old.takeError()),
            "summary format version 99, this build reads " +
                std::to_string(SummaryFormatVersion));
}

} // namespace
