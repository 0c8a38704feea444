//===--- ClosedLibrariesTest.cpp - libraries the walk never enters ---------===//

#include "Analysis/ClosedLibraries.h"
#include "Annotations/AnnotationDatabase.h"

#include "gtest/gtest.h"

using namespace asynctidy;

namespace {

std::shared_ptr<const AnnotationDatabase> database() {
  auto DB = AnnotationDatabase::load(
      {{"t.yaml", "version: 1\n"
                  "libraries:\n"
                  "  - name: asio\n"
                  "    description: d\n"
                  "    namespaces: [::asio, ::boost::asio]\n"
                  "  - name: zlib\n"
                  "    description: d\n"
                  "    headers: ['*/zlib/*']\n"}});
  EXPECT_TRUE(static_cast<bool>(DB)) << toString(DB.takeError());
  return *DB;
}

TEST(ClosedLibrariesTest, NamespacesOwnTheirNestedNamespaces) {
  auto DB = database();
  auto L = ClosedLibraries::create(*DB, "");
  ASSERT_TRUE(static_cast<bool>(L)) << toString(L.takeError());
  EXPECT_EQ(L->ownerOfNamespace("asio"), "asio");
  EXPECT_EQ(L->ownerOfNamespace("asio::detail::socket_ops"), "asio");
  EXPECT_EQ(L->ownerOfNamespace("boost::asio::ip"), "asio");
  // Whole components only: "asiox" and "boost" are not owned.
  EXPECT_EQ(L->ownerOfNamespace("asiox"), "");
  EXPECT_EQ(L->ownerOfNamespace("boost"), "");
  EXPECT_EQ(L->ownerOfNamespace("boost::beast"), "");
  EXPECT_EQ(L->ownerOfNamespace(""), "");
}

TEST(ClosedLibrariesTest, HeaderGlobs) {
  auto DB = database();
  auto L = ClosedLibraries::create(*DB, "*/third_party/*");
  ASSERT_TRUE(static_cast<bool>(L)) << toString(L.takeError());
  EXPECT_EQ(L->ownerOfFile("/src/vendor/zlib/zlib.h"), "zlib");
  EXPECT_EQ(L->ownerOfFile("/src/third_party/json.hpp"),
            "ClosedLibraries option");
  EXPECT_EQ(L->ownerOfFile("/src/app/main.cpp"), "");
}

TEST(ClosedLibrariesTest, OptionNamespaces) {
  auto DB = database();
  auto L = ClosedLibraries::create(*DB, " ::vendor::json ; ::lib2 ");
  ASSERT_TRUE(static_cast<bool>(L)) << toString(L.takeError());
  EXPECT_EQ(L->ownerOfNamespace("vendor::json::detail"),
            "ClosedLibraries option");
  EXPECT_EQ(L->ownerOfNamespace("vendor"), "");
  EXPECT_EQ(L->ownerOfNamespace("lib2"), "ClosedLibraries option");
}

TEST(ClosedLibrariesTest, BadOptionItems) {
  auto DB = database();
  for (const char *Bad : {"::", "::a::", "::a b", "::1x", "*/x/[*"}) {
    auto L = ClosedLibraries::create(*DB, Bad);
    EXPECT_FALSE(static_cast<bool>(L)) << Bad;
    if (!L)
      llvm::consumeError(L.takeError());
  }
}

} // namespace
