//===--- AnnotationDatabaseTest.cpp - loader, merger and Categories -------===//
//
// Tests of lib/Annotations against small in-memory files; the shipped database
// is only checked for loading cleanly (its contents change independently).
//
//===----------------------------------------------------------------------===//

#include "Annotations/AnnotationDatabase.h"
#include "Support/Suggest.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

#include <initializer_list>
#include <string>
#include <vector>

using namespace asynctidy;

namespace {

using Strings = std::vector<std::string>;

template <typename Range> Strings strings(const Range &R) {
  return Strings(R.begin(), R.end());
}

/// gtest assertion: \p Haystack contains \p Needle.
::testing::AssertionResult contains(const std::string &Haystack,
                                    const std::string &Needle) {
  if (llvm::StringRef(Haystack).contains(Needle))
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "'" << Haystack << "' does not contain '" << Needle << "'";
}

/// Two categories shared by most inputs; `lock` is off by default.
const char *const CategoriesYAML = R"(version: 1
categories:
  - name: sleep
    description: "Sleeps."
  - name: file-io
    description: "File I/O."
  - name: fs-meta
    description: "Filesystem metadata."
  - name: lock
    description: "Locks."
    enabled: false
)";

std::vector<AnnotationSource>
sources(std::initializer_list<std::pair<const char *, std::string>> Files) {
  std::vector<AnnotationSource> S;
  for (const auto &[Name, Text] : Files)
    S.push_back({Name, Text});
  return S;
}

/// Loads \p Sources, failing the test (and returning null) on error.
std::shared_ptr<const AnnotationDatabase>
loadOk(const std::vector<AnnotationSource> &Sources) {
  auto DB = AnnotationDatabase::load(Sources);
  if (!DB) {
    ADD_FAILURE() << "unexpected load error:\n"
                  << llvm::toString(DB.takeError());
    return nullptr;
  }
  return std::move(*DB);
}

/// Loads \p Sources expecting failure; returns the error text ("" and a test
/// failure if the load succeeded).
std::string loadErr(const std::vector<AnnotationSource> &Sources) {
  auto DB = AnnotationDatabase::load(Sources);
  if (DB) {
    ADD_FAILURE() << "load unexpectedly succeeded";
    return "";
  }
  return llvm::toString(DB.takeError());
}

/// A file with the shared categories plus \p Functions (a `functions:` body).
std::vector<AnnotationSource> withFunctions(const std::string &Functions) {
  return sources({{"cats.yaml", CategoriesYAML},
                  {"f.yaml", "version: 1\nfunctions:\n" + Functions}});
}

const FunctionEntry *only(const AnnotationDatabase &DB,
                          llvm::StringRef SimpleName) {
  auto L = DB.lookup(SimpleName);
  EXPECT_EQ(L.size(), 1u) << "entries named '" << SimpleName.str() << "'";
  return L.size() == 1 ? L.front() : nullptr;
}

//===----------------------------------------------------------------------===//
// normalizeTypeName
//===----------------------------------------------------------------------===//

TEST(NormalizeTypeName, DropsWhiteSpaceAndLeadingGlobalQualifiers) {
  EXPECT_EQ(normalizeTypeName("::std::size_t"), "std::size_t");
  EXPECT_EQ(normalizeTypeName("std::size_t"), "std::size_t");
  EXPECT_EQ(normalizeTypeName("const ::std::string &"), "conststd::string&");
  EXPECT_EQ(normalizeTypeName("const std::string&"), "conststd::string&");
  EXPECT_EQ(normalizeTypeName("  unsigned   long "), "unsignedlong");
  EXPECT_EQ(normalizeTypeName("char *"), "char*");
  EXPECT_EQ(normalizeTypeName("\tconst\nchar\t*"), "constchar*");
  EXPECT_EQ(normalizeTypeName(""), "");
}

TEST(NormalizeTypeName, KeepsNestedQualifiersAndDropsThemInsideTemplates) {
  EXPECT_EQ(normalizeTypeName("std::chrono::duration<long, ::std::ratio<1>>"),
            "std::chrono::duration<long,std::ratio<1>>");
  EXPECT_EQ(normalizeTypeName("::std::vector< ::app::X> &"),
            "std::vector<app::X>&");
  EXPECT_EQ(normalizeTypeName("void (*)(::app::X)"), "void(*)(app::X)");
  // A "::" after an identifier is a scope separator, never dropped.
  EXPECT_EQ(normalizeTypeName("a::b::c"), "a::b::c");
  EXPECT_EQ(normalizeTypeName("std::vector<int>::iterator"),
            "std::vector<int>::iterator");
  EXPECT_EQ(normalizeTypeName("const std::vector<int>::size_type &"),
            "conststd::vector<int>::size_type&");
}

TEST(NormalizeTypeName, IsIdempotent) {
  for (const char *T : {"const ::std::string &", "::std::size_t",
                        "std::vector< ::app::X> *", "unsigned long long"}) {
    std::string Once = normalizeTypeName(T);
    EXPECT_EQ(normalizeTypeName(Once), Once) << T;
  }
}

//===----------------------------------------------------------------------===//
// Parsing every field
//===----------------------------------------------------------------------===//

TEST(AnnotationDatabase, ParsesEveryCategoryField) {
  auto DB = loadOk(sources({{"cats.yaml", CategoriesYAML}}));
  ASSERT_TRUE(DB);
  ASSERT_EQ(DB->categories().size(), 4u);
  const Category &Sleep = DB->categories()[0];
  EXPECT_EQ(Sleep.Name, "sleep");
  EXPECT_EQ(Sleep.Description, "Sleeps.");
  EXPECT_TRUE(Sleep.Enabled); // default
  EXPECT_EQ(Sleep.Pos.File, "cats.yaml");
  EXPECT_EQ(Sleep.Pos.Line, 3u);
  EXPECT_EQ(Sleep.Pos.Column, 11u);
  EXPECT_EQ(Sleep.Pos.str(), "cats.yaml:3:11");
  const Category *Lock = DB->findCategory("lock");
  ASSERT_TRUE(Lock);
  EXPECT_FALSE(Lock->Enabled);
  EXPECT_EQ(Lock->Pos.Line, 9u);
  EXPECT_EQ(DB->findCategory("nope"), nullptr);
  EXPECT_TRUE(DB->entries().empty());
}

TEST(AnnotationDatabase, ParsesEveryFunctionField) {
  auto DB = loadOk(withFunctions(R"(  - name: ::app::Reader::read
    kind: method
    effect: blocking
    category: file-io
    reason: "Reads a block."
    see: "https://example.com/read"
    arity: 2
    params: ["char *", "const ::std::size_t &"]
    receivers: [::app::ZReader, ::app::FileReader]
    receiver-objects: [::app::stdin_reader]
)"));
  ASSERT_TRUE(DB);
  ASSERT_EQ(DB->entries().size(), 1u);
  const FunctionEntry &E = DB->entries()[0];
  EXPECT_EQ(E.Name, "app::Reader::read");
  EXPECT_EQ(E.Kind, EntryKind::Method);
  EXPECT_EQ(E.TheEffect, Effect::Blocking);
  EXPECT_EQ(E.Category, "file-io");
  EXPECT_EQ(E.Reason, "Reads a block.");
  EXPECT_EQ(E.See, "https://example.com/read");
  EXPECT_EQ(E.Arity, 2u);
  ASSERT_TRUE(E.Params);
  EXPECT_EQ(strings(*E.Params), (Strings{"char*", "conststd::size_t&"}));
  // Leading "::" stripped, sorted (the key must not depend on order).
  EXPECT_EQ(strings(E.Receivers), (Strings{"app::FileReader", "app::ZReader"}));
  EXPECT_EQ(strings(E.ReceiverObjects), (Strings{"app::stdin_reader"}));
  EXPECT_FALSE(E.Override);
  EXPECT_EQ(E.ClassName, "app::Reader");
  EXPECT_EQ(E.MemberName, "read");
  EXPECT_TRUE(E.isMember());
  EXPECT_EQ(E.Pos.str(), "f.yaml:3:11");
}

TEST(AnnotationDatabase, OptionalFunctionFieldsDefault) {
  auto DB = loadOk(withFunctions(R"(  - name: ::app::nap
    kind: function
    category: sleep
  - name: ::app::quick
    kind: function
    effect: non-blocking
)"));
  ASSERT_TRUE(DB);
  ASSERT_EQ(DB->entries().size(), 2u);
  const FunctionEntry &Nap = DB->entries()[0];
  EXPECT_EQ(Nap.TheEffect, Effect::Blocking); // default effect
  EXPECT_EQ(Nap.Category, "sleep");
  EXPECT_EQ(Nap.Reason, "");
  EXPECT_EQ(Nap.See, "");
  EXPECT_FALSE(Nap.Arity);
  EXPECT_FALSE(Nap.Params);
  EXPECT_TRUE(Nap.Receivers.empty());
  EXPECT_TRUE(Nap.ReceiverObjects.empty());
  EXPECT_FALSE(Nap.Override);
  EXPECT_FALSE(Nap.isMember());
  EXPECT_EQ(Nap.ClassName, "");
  EXPECT_EQ(Nap.MemberName, "nap");
  const FunctionEntry &Quick = DB->entries()[1];
  EXPECT_EQ(Quick.TheEffect, Effect::NonBlocking);
  EXPECT_EQ(Quick.Category, "");
}

TEST(AnnotationDatabase, EmptyParamsMeansNoParameters) {
  auto DB = loadOk(withFunctions(R"(  - name: ::app::nap
    kind: function
    category: sleep
    params: []
)"));
  ASSERT_TRUE(DB);
  const FunctionEntry *E = only(*DB, "nap");
  ASSERT_TRUE(E);
  ASSERT_TRUE(E->Params); // present but empty: zero parameters, not "any".
  EXPECT_TRUE(E->Params->empty());
}

TEST(AnnotationDatabase, ParsesEveryKind) {
  auto DB = loadOk(withFunctions(R"(  - name: ::read
    kind: c-function
    category: file-io
  - name: ::app::f
    kind: function
    category: sleep
  - name: ::app::C::m
    kind: method
    category: sleep
  - name: ::app::C::C
    kind: constructor
    category: sleep
  - name: ::app::C::~C
    kind: destructor
    category: sleep
)"));
  ASSERT_TRUE(DB);
  std::vector<EntryKind> Kinds;
  for (const FunctionEntry &E : DB->entries())
    Kinds.push_back(E.Kind);
  EXPECT_EQ(Kinds, (std::vector<EntryKind>{
                       EntryKind::CFunction, EntryKind::Function,
                       EntryKind::Method, EntryKind::Constructor,
                       EntryKind::Destructor}));
  EXPECT_EQ(entryKindName(EntryKind::CFunction), "c-function");
  EXPECT_EQ(entryKindName(EntryKind::Function), "function");
  EXPECT_EQ(entryKindName(EntryKind::Method), "method");
  EXPECT_EQ(entryKindName(EntryKind::Constructor), "constructor");
  EXPECT_EQ(entryKindName(EntryKind::Destructor), "destructor");
  EXPECT_EQ(effectName(Effect::Blocking), "blocking");
  EXPECT_EQ(effectName(Effect::NonBlocking), "non-blocking");
}

TEST(AnnotationDatabase, EmptyFileWithVersionIsValid) {
  auto DB = loadOk(sources({{"empty.yaml", "version: 1\n"}}));
  ASSERT_TRUE(DB);
  EXPECT_TRUE(DB->entries().empty());
  EXPECT_TRUE(DB->categories().empty());
  EXPECT_EQ(strings(DB->sourceNames()), (Strings{"empty.yaml"}));
}

TEST(AnnotationDatabase, NoSourcesIsAnEmptyDatabase) {
  auto DB = loadOk({});
  ASSERT_TRUE(DB);
  EXPECT_TRUE(DB->entries().empty());
  EXPECT_TRUE(DB->sourceNames().empty());
}

//===----------------------------------------------------------------------===//
// Qualified names
//===----------------------------------------------------------------------===//

struct NameCase {
  const char *Name;
  const char *Kind;
  const char *WantName;
  const char *WantClass;
  const char *WantMember;
};

void PrintTo(const NameCase &C, std::ostream *OS) {
  *OS << C.Name << " [" << C.Kind << "]";
}

class QualifiedNameTest : public ::testing::TestWithParam<NameCase> {};

TEST_P(QualifiedNameTest, Splits) {
  const NameCase &C = GetParam();
  auto DB = loadOk(withFunctions(std::string("  - name: \"") + C.Name +
                                 "\"\n    kind: " + C.Kind +
                                 "\n    category: sleep\n"));
  ASSERT_TRUE(DB);
  ASSERT_EQ(DB->entries().size(), 1u);
  const FunctionEntry &E = DB->entries()[0];
  EXPECT_EQ(E.Name, C.WantName);
  EXPECT_EQ(E.ClassName, C.WantClass);
  EXPECT_EQ(E.MemberName, C.WantMember);
  // Indexed by the member (simple) name.
  EXPECT_EQ(only(*DB, C.WantMember), &E);
}

INSTANTIATE_TEST_SUITE_P(
    AnnotationDatabase, QualifiedNameTest,
    ::testing::Values(
        NameCase{"::read", "c-function", "read", "", "read"},
        NameCase{"::std::this_thread::sleep_for", "function",
                 "std::this_thread::sleep_for", "", "sleep_for"},
        NameCase{"::std::basic_istream::read", "method",
                 "std::basic_istream::read", "std::basic_istream", "read"},
        NameCase{"::a::b::C::f", "method", "a::b::C::f", "a::b::C", "f"},
        NameCase{"::std::basic_istream::operator>>", "method",
                 "std::basic_istream::operator>>", "std::basic_istream",
                 "operator>>"},
        NameCase{"::std::operator<<", "function", "std::operator<<", "",
                 "operator<<"},
        NameCase{"::operator new", "function", "operator new", "",
                 "operator new"},
        NameCase{"::std::basic_ios::operator bool", "method",
                 "std::basic_ios::operator bool", "std::basic_ios",
                 "operator bool"},
        NameCase{"::std::vector::operator[]", "method",
                 "std::vector::operator[]", "std::vector", "operator[]"},
        NameCase{"::std::basic_ifstream::basic_ifstream", "constructor",
                 "std::basic_ifstream::basic_ifstream", "std::basic_ifstream",
                 "basic_ifstream"},
        NameCase{"::std::jthread::~jthread", "destructor",
                 "std::jthread::~jthread", "std::jthread", "~jthread"},
        // Identifiers that merely start with "operator" are identifiers.
        NameCase{"::app::operator_utils::read", "function",
                 "app::operator_utils::read", "", "read"},
        NameCase{"::app::operators::Stream::read", "method",
                 "app::operators::Stream::read", "app::operators::Stream",
                 "read"},
        NameCase{"::operatorx", "function", "operatorx", "", "operatorx"},
        NameCase{"::_Impl::__x1", "function", "_Impl::__x1", "", "__x1"}));

struct ErrorCase {
  const char *Functions; ///< Body of `functions:` in f.yaml (line 3 onwards).
  const char *Error;     ///< The whole expected error line.
};

void PrintTo(const ErrorCase &C, std::ostream *OS) { *OS << C.Error; }

class EntryErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(EntryErrorTest, IsReportedWithPosition) {
  EXPECT_EQ(loadErr(withFunctions(GetParam().Functions)), GetParam().Error);
}

INSTANTIATE_TEST_SUITE_P(
    AnnotationDatabase, EntryErrorTest,
    ::testing::Values(
        ErrorCase{"  - name: std::f\n    kind: function\n    category: sleep\n",
                  "f.yaml:3:11: error: name 'std::f' must be fully qualified "
                  "and start with '::'"},
        ErrorCase{"  - name: ::std::vector<int>::push_back\n"
                  "    kind: method\n    category: sleep\n",
                  "f.yaml:3:11: error: malformed qualified name "
                  "'::std::vector<int>::push_back' (no template arguments or "
                  "empty components)"},
        ErrorCase{"  - name: ::std::::f\n    kind: function\n"
                  "    category: sleep\n",
                  "f.yaml:3:11: error: malformed qualified name '::std::::f' "
                  "(no template arguments or empty components)"},
        ErrorCase{"  - name: '::std::'\n    kind: function\n"
                  "    category: sleep\n",
                  "f.yaml:3:12: error: malformed qualified name '::std::' (no "
                  "template arguments or empty components)"},
        ErrorCase{"  - name: '::'\n    kind: function\n    category: sleep\n",
                  "f.yaml:3:12: error: malformed qualified name '::' (no "
                  "template arguments or empty components)"},
        ErrorCase{"  - name: ::std::operator\n    kind: function\n"
                  "    category: sleep\n",
                  "f.yaml:3:11: error: malformed qualified name "
                  "'::std::operator' (no template arguments or empty "
                  "components)"},
        ErrorCase{"  - name: ::app::1f\n    kind: function\n"
                  "    category: sleep\n",
                  "f.yaml:3:11: error: malformed qualified name '::app::1f' "
                  "(no template arguments or empty components)"},
        ErrorCase{"  - name: ::f\n    kind: method\n    category: sleep\n",
                  "f.yaml:3:11: error: a method needs a class: '::Class::f'"},
        ErrorCase{"  - name: ::C\n    kind: constructor\n    category: sleep\n",
                  "f.yaml:3:11: error: a constructor needs a class: "
                  "'::Class::C'"},
        ErrorCase{"  - name: ::app::C::make\n    kind: constructor\n"
                  "    category: sleep\n",
                  "f.yaml:3:11: error: constructor name must repeat the class "
                  "name: '::app::C::C'"},
        ErrorCase{"  - name: ::app::C::C\n    kind: destructor\n"
                  "    category: sleep\n",
                  "f.yaml:3:11: error: destructor name must be "
                  "'::app::C::~C'"},
        ErrorCase{"  - name: ::app::C::~D\n    kind: destructor\n"
                  "    category: sleep\n",
                  "f.yaml:3:11: error: destructor name must be "
                  "'::app::C::~C'"},
        ErrorCase{"  - name: ::app::read\n    kind: c-function\n"
                  "    category: file-io\n",
                  "f.yaml:3:11: error: a c-function lives in the global "
                  "namespace: '::read'"},
        ErrorCase{"  - name: ::app::~C\n    kind: function\n"
                  "    category: sleep\n",
                  "f.yaml:3:11: error: '::app::~C' looks like a destructor; "
                  "use kind: destructor"},
        ErrorCase{"  - name: ::app::f\n    kind: function\n",
                  "f.yaml:3:11: error: blocking entry '::app::f' needs a "
                  "category"},
        ErrorCase{"  - name: ::app::f\n    kind: function\n"
                  "    category: slep\n",
                  "f.yaml:3:11: error: unknown category 'slep' for "
                  "'::app::f'; did you mean 'sleep'?"},
        ErrorCase{"  - name: ::app::f\n    kind: function\n"
                  "    effect: non-blocking\n    category: sleep\n",
                  "f.yaml:3:11: error: non-blocking entry '::app::f' must not "
                  "have a category"},
        ErrorCase{"  - name: ::app::f\n    kind: function\n"
                  "    category: sleep\n    arity: 1\n"
                  "    params: [int, int]\n",
                  "f.yaml:3:11: error: 'arity' 1 disagrees with 'params' (2 "
                  "types)"},
        ErrorCase{"  - name: ::app::f\n    kind: function\n"
                  "    category: sleep\n    params: [int, ' ']\n",
                  "f.yaml:3:11: error: empty parameter type in 'params'"},
        ErrorCase{"  - name: ::app::f\n    kind: function\n"
                  "    category: sleep\n    receivers: [app::X]\n",
                  "f.yaml:3:11: error: 'receivers' entries must be qualified "
                  "names starting with '::', got 'app::X'"},
        ErrorCase{"  - name: ::app::f\n    kind: function\n"
                  "    category: sleep\n    receivers: ['::app::X<int>']\n",
                  "f.yaml:3:11: error: 'receivers' entries must be qualified "
                  "names starting with '::', got 'app::X<int>'"},
        ErrorCase{"  - name: ::app::f\n    kind: function\n"
                  "    category: sleep\n    receiver-objects: [cout]\n",
                  "f.yaml:3:11: error: 'receiver-objects' entries must be "
                  "qualified names starting with '::', got 'cout'"},
        ErrorCase{"  - name: ::read\n    kind: c-function\n"
                  "    category: file-io\n    receivers: [::FILE]\n",
                  "f.yaml:3:11: error: 'receivers' apply to methods and C++ "
                  "functions only"},
        ErrorCase{"  - name: ::app::C::C\n    kind: constructor\n"
                  "    category: sleep\n    receiver-objects: [::app::c]\n",
                  "f.yaml:3:11: error: 'receivers' and 'receiver-objects' "
                  "apply to methods and functions only"},
        ErrorCase{"  - name: ::app::C::~C\n    kind: destructor\n"
                  "    category: sleep\n    receivers: [::app::C]\n",
                  "f.yaml:3:11: error: 'receivers' and 'receiver-objects' "
                  "apply to methods and functions only"},
        ErrorCase{"  - name: ::app::f\n    kind: function\n"
                  "    category: sleep\n    override: true\n",
                  "f.yaml:3:11: error: 'override: true' but no earlier entry "
                  "for '::app::f' with the same constraints"},
        ErrorCase{"  - name: ::app::f\n    kind: function\n"
                  "    category: sleep\n"
                  "  - name: ::app::f\n    kind: function\n"
                  "    category: file-io\n",
                  "f.yaml:6:11: error: entry for '::app::f' conflicts with "
                  "f.yaml:3:11; set 'override: true' to replace it"}));

TEST(AnnotationDatabase, MethodNamedLikeADestructorIsAnError) {
  // A `method` entry can never match a destructor, so such an entry would be
  // dead; it must be rejected like the same name on a free function.
  std::string Err = loadErr(withFunctions(
      "  - name: ::app::C::~C\n    kind: method\n    category: sleep\n"));
  EXPECT_EQ(Err, "f.yaml:3:11: error: '::app::C::~C' looks like a destructor; "
                 "use kind: destructor");
}

TEST(AnnotationDatabase, TildeOnlyInTheLastComponent) {
  std::string Err = loadErr(withFunctions(
      "  - name: ::app::~C::f\n    kind: method\n    category: sleep\n"));
  EXPECT_EQ(Err, "f.yaml:3:11: error: malformed qualified name '::app::~C::f' "
                 "(no template arguments or empty components)");
}

TEST(AnnotationDatabase, ReportsEveryValidationErrorOfEveryFile) {
  std::string Err = loadErr(sources(
      {{"cats.yaml", CategoriesYAML},
       {"a.yaml", R"(version: 1
functions:
  - name: app::f
    kind: function
    category: sleep
  - name: ::app::g
    kind: function
    category: slep
)"},
       {"b.yaml", R"(version: 1
functions:
  - name: ::app::h
    kind: function
    effect: non-blocking
    category: sleep
)"}}));
  EXPECT_EQ(Err,
            "a.yaml:3:11: error: name 'app::f' must be fully qualified and "
            "start with '::'\n"
            "a.yaml:6:11: error: unknown category 'slep' for '::app::g'; did you mean 'sleep'?\n"
            "b.yaml:3:11: error: non-blocking entry '::app::h' must not have "
            "a category");
}

TEST(AnnotationDatabase, OneEntryCanHaveSeveralErrors) {
  std::string Err = loadErr(withFunctions(R"(  - name: ::app::C::make
    kind: constructor
    category: slep
    arity: 0
    params: [int]
)"));
  EXPECT_EQ(Err, "f.yaml:3:11: error: constructor name must repeat the class "
                 "name: '::app::C::C'\n"
                 "f.yaml:3:11: error: unknown category 'slep' for "
                 "'::app::C::make'; did you mean 'sleep'?\n"
                 "f.yaml:3:11: error: 'arity' 0 disagrees with 'params' (1 "
                 "types)");
}

TEST(AnnotationDatabase, QuotedNamesStillHavePositions) {
  std::string Err = loadErr(withFunctions(
      "  - name: \"app::f\"\n    kind: function\n    category: sleep\n"
      "  - name: 'app::g'\n    kind: function\n    category: sleep\n"));
  EXPECT_TRUE(contains(Err, "f.yaml:3:12: error: name 'app::f'"));
  EXPECT_TRUE(contains(Err, "f.yaml:6:12: error: name 'app::g'"));
}

//===----------------------------------------------------------------------===//
// File-level errors
//===----------------------------------------------------------------------===//

TEST(AnnotationDatabase, FileLevelErrors) {
  EXPECT_EQ(loadErr(sources({{"v.yaml", "categories: []\n"}})),
            "v.yaml:1:1: error: missing required key 'version'");
  EXPECT_EQ(loadErr(sources({{"v.yaml", "version: 2\n"}})),
            "v.yaml:1:1: error: unsupported schema version 2 (this build "
            "reads version 1)");
  EXPECT_EQ(loadErr(sources({{"k.yaml", "version: 1\nfunctoins: []\n"}})),
            "k.yaml:2:1: error: unknown key 'functoins'");
  // Enumerations, required keys: reported by llvm::yaml at the value or the
  // mapping.
  EXPECT_EQ(loadErr(sources({{"e.yaml", "version: 1\nfunctions:\n"
                                        "  - name: ::f\n"
                                        "    kind: free-function\n"}})),
            "e.yaml:4:11: error: unknown kind 'free-function'; expected one of "
            "function, c-function, method, constructor, destructor; did you "
            "mean 'c-function'?");
  EXPECT_EQ(loadErr(sources({{"e.yaml", "version: 1\nfunctions:\n"
                                        "  - name: ::f\n"
                                        "    kind: function\n"
                                        "    effect: blocks\n"}})),
            "e.yaml:5:13: error: unknown effect 'blocks'; expected one of "
            "blocking, non-blocking, offload, executor-switch, callback");
  EXPECT_EQ(loadErr(sources({{"m.yaml", "version: 1\nfunctions:\n"
                                        "  - kind: function\n"}})),
            "m.yaml:3:5: error: missing required key 'name'");
  EXPECT_EQ(loadErr(sources({{"m.yaml", "version: 1\nfunctions:\n"
                                        "  - name: ::f\n"}})),
            "m.yaml:3:5: error: missing required key 'kind'");
  EXPECT_EQ(loadErr(sources({{"n.yaml", "version: 1\nfunctions:\n"
                                        "  - name: ::f\n"
                                        "    kind: function\n"
                                        "    arity: -1\n"}})),
            "n.yaml:5:12: error: invalid number");
}

TEST(AnnotationDatabase, OneDocumentPerFile) {
  // A second document would otherwise be dropped without a word.
  EXPECT_EQ(loadErr(sources({{"d.yaml", "version: 1\n---\nfunctions:\n"
                                        "  - name: ::app::f\n"}})),
            "d.yaml:3:1: error: more than one YAML document in an annotation "
            "file");
  // Explicit markers around one document, and empty documents, are fine.
  EXPECT_TRUE(loadOk(sources({{"a.yaml", "---\nversion: 1\n...\n"},
                              {"b.yaml", "version: 1\n---\n"},
                              {"c.yaml", "---\n...\n---\nversion: 1\n"}})));
}

TEST(AnnotationDatabase, EmptyInputsLackAVersion) {
  for (const char *Text : {"", "\n", "# comment\n", "---\n", "---\n---\n"})
    EXPECT_EQ(loadErr(sources({{"e.yaml", Text}})),
              "e.yaml:1:1: error: missing required key 'version'")
        << "'" << Text << "'";
}

TEST(AnnotationDatabase, YAMLErrorInOneFileDoesNotHideOthers) {
  std::string Err =
      loadErr(sources({{"cats.yaml", CategoriesYAML},
                       {"bad.yaml", "version: 1\nfunctions: [\n"},
                       {"f.yaml", "version: 1\nfunctions:\n"
                                  "  - name: app::f\n    kind: function\n"
                                  "    category: sleep\n"}}));
  EXPECT_TRUE(contains(Err, "bad.yaml:"));
  EXPECT_TRUE(contains(Err, "f.yaml:3:11: error: name 'app::f' must be fully "
                             "qualified and start with '::'"));
}

//===----------------------------------------------------------------------===//
// Categories across files
//===----------------------------------------------------------------------===//

TEST(AnnotationDatabase, EntriesMayUseCategoriesOfLaterFiles) {
  auto DB = loadOk(sources({{"f.yaml", "version: 1\nfunctions:\n"
                                       "  - name: ::app::f\n"
                                       "    kind: function\n"
                                       "    category: custom\n"},
                            {"c.yaml", "version: 1\ncategories:\n"
                                       "  - name: custom\n"
                                       "    description: Custom.\n"}}));
  ASSERT_TRUE(DB);
  EXPECT_EQ(DB->entries()[0].Category, "custom");
}

TEST(AnnotationDatabase, CategoryErrors) {
  EXPECT_EQ(loadErr(sources({{"cats.yaml", CategoriesYAML},
                             {"c.yaml", "version: 1\ncategories:\n"
                                        "  - name: sleep\n"
                                        "    description: Again.\n"}})),
            "c.yaml:3:11: error: category 'sleep' is already declared at "
            "cats.yaml:3:11");
  EXPECT_EQ(loadErr(sources({{"c.yaml", "version: 1\ncategories:\n"
                                        "  - name: File_IO\n"
                                        "    description: Bad.\n"}})),
            "c.yaml:3:11: error: category name 'File_IO' must be lowercase "
            "letters, digits and '-'");
  EXPECT_EQ(loadErr(sources({{"c.yaml", "version: 1\ncategories:\n"
                                        "  - name: ''\n"
                                        "    description: Bad.\n"}})),
            "c.yaml:3:12: error: category name '' must be lowercase letters, "
            "digits and '-'");
  EXPECT_EQ(loadErr(sources({{"c.yaml", "version: 1\ncategories:\n"
                                        "  - name: x\n"}})),
            "c.yaml:3:5: error: missing required key 'description'");
}

//===----------------------------------------------------------------------===//
// Merging, override and conflicts
//===----------------------------------------------------------------------===//

TEST(AnnotationDatabase, MergesInLoadOrder) {
  auto DB = loadOk(sources({{"cats.yaml", CategoriesYAML},
                            {"one.yaml", "version: 1\nfunctions:\n"
                                         "  - name: ::app::read\n"
                                         "    kind: function\n"
                                         "    category: file-io\n"
                                         "  - name: ::app::nap\n"
                                         "    kind: function\n"
                                         "    category: sleep\n"},
                            {"two.yaml", "version: 1\nfunctions:\n"
                                         "  - name: ::read\n"
                                         "    kind: c-function\n"
                                         "    category: file-io\n"}}));
  ASSERT_TRUE(DB);
  EXPECT_EQ(strings(DB->sourceNames()),
            (Strings{"cats.yaml", "one.yaml", "two.yaml"}));
  std::vector<std::string> Names;
  for (const FunctionEntry &E : DB->entries())
    Names.push_back(E.Pos.File + ":" + E.Name);
  EXPECT_EQ(Names, (Strings{"one.yaml:app::read", "one.yaml:app::nap",
                            "two.yaml:read"}));
  auto Reads = DB->lookup("read");
  ASSERT_EQ(Reads.size(), 2u);
  EXPECT_EQ(Reads[0]->Name, "app::read");
  EXPECT_EQ(Reads[1]->Name, "read");
}

TEST(AnnotationDatabase, OverrideReplacesTheEarlierEntry) {
  auto DB = loadOk(sources({{"cats.yaml", CategoriesYAML},
                            {"base.yaml", "version: 1\nfunctions:\n"
                                          "  - name: ::app::nap\n"
                                          "    kind: function\n"
                                          "    category: sleep\n"
                                          "    reason: Old.\n"
                                          "  - name: ::app::other\n"
                                          "    kind: function\n"
                                          "    category: sleep\n"},
                            {"user.yaml", "version: 1\nfunctions:\n"
                                          "  - name: ::app::nap\n"
                                          "    kind: function\n"
                                          "    effect: non-blocking\n"
                                          "    reason: New.\n"
                                          "    override: true\n"}}));
  ASSERT_TRUE(DB);
  ASSERT_EQ(DB->entries().size(), 2u);
  const FunctionEntry *Nap = only(*DB, "nap");
  ASSERT_TRUE(Nap);
  EXPECT_EQ(Nap->TheEffect, Effect::NonBlocking);
  EXPECT_EQ(Nap->Category, "");
  EXPECT_EQ(Nap->Reason, "New.");
  EXPECT_TRUE(Nap->Override);
  EXPECT_EQ(Nap->Pos.str(), "user.yaml:3:11");
}

TEST(AnnotationDatabase, OverrideMayChangeTheCategory) {
  auto DB = loadOk(sources({{"cats.yaml", CategoriesYAML},
                            {"base.yaml", "version: 1\nfunctions:\n"
                                          "  - name: ::app::nap\n"
                                          "    kind: function\n"
                                          "    category: sleep\n"},
                            {"user.yaml", "version: 1\nfunctions:\n"
                                          "  - name: ::app::nap\n"
                                          "    kind: function\n"
                                          "    category: lock\n"
                                          "    override: true\n"}}));
  ASSERT_TRUE(DB);
  const FunctionEntry *Nap = only(*DB, "nap");
  ASSERT_TRUE(Nap);
  EXPECT_EQ(Nap->Category, "lock");
}

TEST(AnnotationDatabase, OverrideWithinOneFileAndTwice) {
  auto DB = loadOk(withFunctions(R"(  - name: ::app::nap
    kind: function
    category: sleep
  - name: ::app::nap
    kind: function
    category: file-io
    override: true
  - name: ::app::nap
    kind: function
    category: lock
    override: true
)"));
  ASSERT_TRUE(DB);
  const FunctionEntry *Nap = only(*DB, "nap");
  ASSERT_TRUE(Nap);
  EXPECT_EQ(Nap->Category, "lock");
  EXPECT_EQ(Nap->Pos.Line, 10u);
}

TEST(AnnotationDatabase, DifferentConstraintsAreDifferentKeys) {
  auto DB = loadOk(withFunctions(R"(  - name: ::app::f
    kind: function
    category: sleep
  - name: ::app::f
    kind: function
    category: sleep
    arity: 1
  - name: ::app::f
    kind: function
    category: sleep
    params: [int]
  - name: ::app::f
    kind: function
    category: sleep
    receivers: [::app::X]
  - name: ::app::f
    kind: function
    category: sleep
    receiver-objects: [::app::x]
  - name: ::f
    kind: function
    category: sleep
  - name: ::f
    kind: c-function
    category: sleep
  - name: ::app::S::f
    kind: method
    category: sleep
)"));
  ASSERT_TRUE(DB);
  EXPECT_EQ(DB->lookup("f").size(), 8u);
}

TEST(AnnotationDatabase, ConflictKeyIgnoresSpellingAndOrder) {
  // Same key: params differ only in white space and "::", receivers only in
  // order; effect, category, reason do not make a different key.
  std::string Err = loadErr(withFunctions(R"(  - name: ::app::f
    kind: function
    category: sleep
    params: ["const ::std::string &", "char*"]
    receivers: [::app::A, ::app::B]
  - name: ::app::f
    kind: function
    effect: non-blocking
    reason: Different.
    params: ["const std::string&", "char *"]
    receivers: [::app::B, ::app::A]
)"));
  EXPECT_EQ(Err, "f.yaml:8:11: error: entry for '::app::f' conflicts with "
                 "f.yaml:3:11; set 'override: true' to replace it");
}

TEST(AnnotationDatabase, ConflictAcrossFilesNamesBothPositions) {
  std::string Err = loadErr(sources({{"cats.yaml", CategoriesYAML},
                                     {"a.yaml", "version: 1\nfunctions:\n"
                                                "  - name: ::app::f\n"
                                                "    kind: function\n"
                                                "    category: sleep\n"},
                                     {"b.yaml", "version: 1\nfunctions:\n"
                                                "\n"
                                                "  - name: ::app::f\n"
                                                "    kind: function\n"
                                                "    category: sleep\n"}}));
  EXPECT_EQ(Err, "b.yaml:4:11: error: entry for '::app::f' conflicts with "
                 "a.yaml:3:11; set 'override: true' to replace it");
}

TEST(AnnotationDatabase, OverrideNeedsTheSameConstraints) {
  std::string Err = loadErr(withFunctions(R"(  - name: ::app::f
    kind: function
    category: sleep
  - name: ::app::f
    kind: function
    arity: 2
    effect: non-blocking
    override: true
)"));
  EXPECT_EQ(Err, "f.yaml:6:11: error: 'override: true' but no earlier entry "
                 "for '::app::f' with the same constraints");
}

TEST(AnnotationDatabase, InvalidEntryDoesNotCountAsEarlierEntry) {
  // The first entry is invalid; the second must not be reported as a
  // conflict with it (only the real error).
  std::string Err = loadErr(withFunctions(R"(  - name: ::app::f
    kind: function
    category: slep
  - name: ::app::f
    kind: function
    category: sleep
)"));
  EXPECT_EQ(Err, "f.yaml:3:11: error: unknown category 'slep' for '::app::f'; "
                 "did you mean 'sleep'?");
}

//===----------------------------------------------------------------------===//
// Lookup
//===----------------------------------------------------------------------===//

TEST(AnnotationDatabase, LookupBySimpleName) {
  auto DB = loadOk(withFunctions(R"(  - name: ::read
    kind: c-function
    category: file-io
  - name: ::std::basic_istream::read
    kind: method
    category: file-io
  - name: ::std::basic_istream::operator>>
    kind: method
    category: file-io
  - name: ::std::operator>>
    kind: function
    category: file-io
  - name: ::std::basic_ifstream::basic_ifstream
    kind: constructor
    category: file-io
  - name: ::std::jthread::~jthread
    kind: destructor
    category: sleep
)"));
  ASSERT_TRUE(DB);
  auto Reads = DB->lookup("read");
  ASSERT_EQ(Reads.size(), 2u);
  EXPECT_EQ(Reads[0]->Name, "read");
  EXPECT_EQ(Reads[1]->Name, "std::basic_istream::read");
  auto Ops = DB->lookup("operator>>");
  ASSERT_EQ(Ops.size(), 2u);
  EXPECT_EQ(Ops[0]->Kind, EntryKind::Method);
  EXPECT_EQ(Ops[1]->Kind, EntryKind::Function);
  ASSERT_EQ(DB->lookup("basic_ifstream").size(), 1u);
  EXPECT_EQ(DB->lookup("basic_ifstream")[0]->Kind, EntryKind::Constructor);
  ASSERT_EQ(DB->lookup("~jthread").size(), 1u);
  EXPECT_TRUE(DB->lookup("write").empty());
  EXPECT_TRUE(DB->lookup("basic_istream::read").empty());
  EXPECT_TRUE(DB->lookup("std::basic_istream::read").empty());
  EXPECT_TRUE(DB->lookup("").empty());
}

//===----------------------------------------------------------------------===//
// resolveEnabledCategories
//===----------------------------------------------------------------------===//

class CategoriesOptionTest : public ::testing::Test {
protected:
  void SetUp() override {
    DB = loadOk(sources({{"cats.yaml", CategoriesYAML}}));
    ASSERT_TRUE(DB);
  }
  /// The enabled categories for \p Option, sorted, comma-separated.
  std::string enabled(llvm::StringRef Option) {
    auto M = resolveEnabledCategories(*DB, Option);
    if (!M)
      return "ERROR: " + llvm::toString(M.takeError());
    EXPECT_EQ(M->size(), DB->categories().size()) << Option.str();
    std::vector<std::string> On;
    for (const auto &KV : *M)
      if (KV.getValue())
        On.push_back(KV.getKey().str());
    llvm::sort(On);
    return llvm::join(On, ",");
  }
  std::shared_ptr<const AnnotationDatabase> DB;
};

TEST_F(CategoriesOptionTest, EmptyMeansDatabaseDefaults) {
  EXPECT_EQ(enabled(""), "file-io,fs-meta,sleep");
  EXPECT_EQ(enabled(" , ,"), "file-io,fs-meta,sleep");
}

TEST_F(CategoriesOptionTest, EnableAndDisable) {
  EXPECT_EQ(enabled("lock"), "file-io,fs-meta,lock,sleep");
  EXPECT_EQ(enabled("+lock"), "file-io,fs-meta,lock,sleep");
  EXPECT_EQ(enabled("-file-io"), "fs-meta,sleep");
  EXPECT_EQ(enabled("lock,-file-io"), "fs-meta,lock,sleep");
  EXPECT_EQ(enabled(" lock , -file-io "), "fs-meta,lock,sleep");
}

TEST_F(CategoriesOptionTest, GlobsApplyInOrder) {
  EXPECT_EQ(enabled("-*,sleep"), "sleep");
  EXPECT_EQ(enabled("sleep,-*"), "");
  EXPECT_EQ(enabled("*"), "file-io,fs-meta,lock,sleep");
  EXPECT_EQ(enabled("-f*"), "sleep");
  EXPECT_EQ(enabled("-*,f*-*"), "file-io,fs-meta");
  EXPECT_EQ(enabled("-*,?leep"), "sleep");
  EXPECT_EQ(enabled("-[fs]*"), "");
}

TEST_F(CategoriesOptionTest, UnknownCategoryNamesTheKnownOnes) {
  EXPECT_EQ(enabled("lock,slep"),
            "ERROR: unknown category 'slep' in Categories option; known: "
            "file-io, fs-meta, lock, sleep; did you mean 'sleep'?");
  EXPECT_EQ(enabled("-slep"),
            "ERROR: unknown category 'slep' in Categories option; known: "
            "file-io, fs-meta, lock, sleep; did you mean 'sleep'?");
  // A glob that matches nothing is as suspicious as a misspelled name.
  EXPECT_EQ(enabled("net-*"),
            "ERROR: unknown category 'net-*' in Categories option; known: "
            "file-io, fs-meta, lock, sleep");
}

TEST(SuggestTest, NearestNameWithinAThirdOfTheLength) {
  std::vector<llvm::StringRef> Kinds = {"function", "c-function", "method",
                                        "constructor", "destructor"};
  EXPECT_EQ(asynctidy::nearestName("methd", Kinds), "method");
  EXPECT_EQ(asynctidy::nearestName("Method", Kinds), "method");
  EXPECT_EQ(asynctidy::nearestName("destrutcor", Kinds), "destructor");
  EXPECT_EQ(asynctidy::nearestName("lambda", Kinds), "");
  EXPECT_EQ(asynctidy::nearestName("", Kinds), "");
  EXPECT_EQ(asynctidy::didYouMean("functon", Kinds),
            "; did you mean 'function'?");
  EXPECT_EQ(asynctidy::didYouMean("ctor", Kinds), "");
}

TEST_F(CategoriesOptionTest, InvalidGlobIsAnError) {
  EXPECT_TRUE(llvm::StringRef(enabled("[sleep")).starts_with("ERROR: "));
}

//===----------------------------------------------------------------------===//
// The shipped database and loading from disk
//===----------------------------------------------------------------------===//

TEST(BuiltinAnnotations, LoadCleanly) {
  auto Builtin = AnnotationDatabase::builtinSources();
  ASSERT_FALSE(Builtin.empty());
  std::vector<std::string> Names;
  for (const AnnotationSource &S : Builtin) {
    EXPECT_TRUE(llvm::StringRef(S.Name).starts_with("<builtin>/")) << S.Name;
    EXPECT_TRUE(llvm::StringRef(S.Name).ends_with(".yaml")) << S.Name;
    EXPECT_FALSE(S.Contents.empty()) << S.Name;
    Names.push_back(S.Name);
  }
  EXPECT_TRUE(llvm::is_sorted(Names)) << "built-ins load in file-name order";
  EXPECT_TRUE(llvm::is_contained(Names, "<builtin>/categories.yaml"));

  auto DB = loadOk(std::vector<AnnotationSource>(Builtin.begin(),
                                                 Builtin.end()));
  ASSERT_TRUE(DB);
  EXPECT_EQ(DB->sourceNames(), llvm::ArrayRef(Names));
  EXPECT_FALSE(DB->entries().empty());
  for (const FunctionEntry &E : DB->entries()) {
    if (E.TheEffect == Effect::Blocking)
      EXPECT_TRUE(DB->findCategory(E.Category)) << E.Name;
    EXPECT_TRUE(llvm::StringRef(E.Pos.File).starts_with("<builtin>/"));
    EXPECT_GT(E.Pos.Line, 0u) << E.Name;
  }
  // The categories the documentation promises.
  for (const char *C : {"sleep", "file-io", "lock", "console-io"})
    EXPECT_TRUE(DB->findCategory(C)) << C;
  EXPECT_FALSE(DB->findCategory("lock")->Enabled);
  EXPECT_TRUE(DB->findCategory("sleep")->Enabled);
  // The one entry every other test relies on.
  bool SleepFor = llvm::any_of(DB->lookup("sleep_for"), [](const auto *E) {
    return E->Name == "std::this_thread::sleep_for" &&
           E->TheEffect == Effect::Blocking && E->Category == "sleep";
  });
  EXPECT_TRUE(SleepFor);
  // The defaults resolve.
  auto Enabled = resolveEnabledCategories(*DB, "");
  ASSERT_TRUE(bool(Enabled)) << llvm::toString(Enabled.takeError());
  EXPECT_TRUE(Enabled->lookup("sleep"));
  EXPECT_FALSE(Enabled->lookup("lock"));
}

/// A temporary file removed at the end of the test.
class TempFile {
public:
  explicit TempFile(llvm::StringRef Contents) {
    int FD;
    EXPECT_FALSE(
        llvm::sys::fs::createTemporaryFile("annotations", "yaml", FD, Path));
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Contents;
  }
  ~TempFile() { llvm::sys::fs::remove(Path); }
  void rewrite(llvm::StringRef Contents) {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    ASSERT_FALSE(EC);
    OS << Contents;
  }
  std::string path() const { return std::string(Path); }

private:
  llvm::SmallString<128> Path;
};

TEST(LoadWithUserFiles, BuiltinsFirstThenUserFiles) {
  TempFile User("version: 1\nfunctions:\n  - name: ::app::fetch_sync\n"
                "    kind: function\n    category: net-io\n");
  auto DB = AnnotationDatabase::loadWithUserFiles({User.path()});
  ASSERT_TRUE(bool(DB)) << llvm::toString(DB.takeError());
  auto Names = (*DB)->sourceNames();
  ASSERT_EQ(Names.size(), AnnotationDatabase::builtinSources().size() + 1);
  EXPECT_EQ(Names.back(), User.path());
  const FunctionEntry *E = only(**DB, "fetch_sync");
  ASSERT_TRUE(E);
  EXPECT_EQ(E->Pos.str(), User.path() + ":3:11");
  EXPECT_EQ(&(*DB)->entries().back(), E);
}

TEST(LoadWithUserFiles, CachesUntilTheFileChanges) {
  TempFile User("version: 1\n");
  auto A = AnnotationDatabase::loadWithUserFiles({User.path()});
  ASSERT_TRUE(bool(A)) << llvm::toString(A.takeError());
  auto B = AnnotationDatabase::loadWithUserFiles({User.path()});
  ASSERT_TRUE(bool(B)) << llvm::toString(B.takeError());
  EXPECT_EQ(A->get(), B->get());
  // A different size is always noticed.
  User.rewrite("version: 1\nfunctions:\n  - name: ::app::nap\n"
               "    kind: function\n    category: sleep\n");
  auto C = AnnotationDatabase::loadWithUserFiles({User.path()});
  ASSERT_TRUE(bool(C)) << llvm::toString(C.takeError());
  EXPECT_NE(A->get(), C->get());
  EXPECT_EQ((*C)->lookup("nap").size(), 1u);
}

TEST(LoadWithUserFiles, ErrorsAreNotCached) {
  TempFile User("version: 1\nfunctions:\n  - name: app::nap\n"
                "    kind: function\n    category: sleep\n");
  auto A = AnnotationDatabase::loadWithUserFiles({User.path()});
  ASSERT_FALSE(bool(A));
  EXPECT_EQ(llvm::toString(A.takeError()),
            User.path() + ":3:11: error: name 'app::nap' must be fully "
                          "qualified and start with '::'");
  User.rewrite("version: 1\nfunctions:\n  - name: ::app::nap\n"
               "    kind: function\n    category: sleep\n");
  auto B = AnnotationDatabase::loadWithUserFiles({User.path()});
  ASSERT_TRUE(bool(B)) << llvm::toString(B.takeError());
}

TEST(LoadWithUserFiles, MissingFile) {
  TempFile Exists("version: 1\n");
  std::string Missing = Exists.path() + ".does-not-exist";
  auto DB = AnnotationDatabase::loadWithUserFiles({Exists.path(), Missing});
  ASSERT_FALSE(bool(DB));
  EXPECT_EQ(llvm::toString(DB.takeError()),
            Missing + ": error: cannot read annotation file: No such file or "
                      "directory");
}

TEST(LoadWithUserFiles, NoUserFilesIsTheBuiltinDatabase) {
  auto DB = AnnotationDatabase::loadWithUserFiles({});
  ASSERT_TRUE(bool(DB)) << llvm::toString(DB.takeError());
  EXPECT_EQ((*DB)->sourceNames().size(),
            AnnotationDatabase::builtinSources().size());
}

} // namespace

namespace {
TEST(AnnotationDatabaseQueryTest, EntriesNamedAndSimpleName) {
  using asynctidy::AnnotationDatabase;
  EXPECT_EQ(AnnotationDatabase::simpleName("::std::basic_istream::read"),
            "read");
  EXPECT_EQ(AnnotationDatabase::simpleName("std::operator>>"), "operator>>");
  EXPECT_EQ(AnnotationDatabase::simpleName("read"), "read");
  auto DB = AnnotationDatabase::load(
      {{"q.yaml", "version: 1\n"
                  "categories: [{name: io, description: d}]\n"
                  "functions:\n"
                  "  - {name: ::app::read, kind: function, category: io}\n"
                  "  - {name: ::app::read, kind: function, category: io,"
                  " arity: 2}\n"
                  "  - {name: ::other::read, kind: function, category: io}\n"}});
  ASSERT_TRUE(static_cast<bool>(DB)) << llvm::toString(DB.takeError());
  EXPECT_EQ((*DB)->entriesNamed("::app::read").size(), 2u);
  EXPECT_EQ((*DB)->entriesNamed("app::read").size(), 2u);
  EXPECT_EQ((*DB)->entriesNamed("other::read").size(), 1u);
  EXPECT_TRUE((*DB)->entriesNamed("read").empty());
}
} // namespace

namespace {

TEST(AnnotationDatabaseErrors, EveryStructureErrorOfAFileInFileOrder) {
  // Entry 1: an unknown key; 2: fine; 3: a bad kind and an unknown key; the
  // types section (before functions in the file) a bad role.
  std::string Err = loadErr(sources(
      {{"cats.yaml", CategoriesYAML},
       {"f.yaml", "version: 1\n"
                  "types:\n"
                  "  - name: ::app::M\n"
                  "    role: mutx\n"
                  "functions:\n"
                  "  - name: ::app::one\n"
                  "    kind: function\n"
                  "    category: sleep\n"
                  "    why: typo\n"
                  "  - name: ::app::two\n"
                  "    kind: function\n"
                  "    category: sleep\n"
                  "  - name: ::app::three\n"
                  "    kind: functon\n"
                  "    categry: sleep\n"
                  "  - name: app::four\n"
                  "    kind: function\n"
                  "    category: sleep\n"}}));
  EXPECT_EQ(Err,
            "f.yaml:4:11: error: unknown role 'mutx'; expected one of "
            "lock-guard, mutex, async-mutex, unbounded-channel, "
            "bounded-channel; did you mean 'mutex'?\n"
            "f.yaml:9:5: error: unknown key 'why'\n"
            "f.yaml:14:11: error: unknown kind 'functon'; expected one of "
            "function, c-function, method, constructor, destructor; did you "
            "mean 'function'?\n"
            "f.yaml:15:5: error: unknown key 'categry'\n"
            "f.yaml:16:11: error: name 'app::four' must be fully qualified "
            "and start with '::'");
}

TEST(AnnotationDatabaseErrors, ValidationErrorsInFileOrderAcrossSections) {
  // Validation runs section by section (functions before types); the report
  // is in file order all the same.
  std::string Err = loadErr(sources(
      {{"cats.yaml", CategoriesYAML},
       {"f.yaml", "version: 1\n"
                  "types:\n"
                  "  - name: app::M\n"
                  "    role: mutex\n"
                  "functions:\n"
                  "  - name: app::f\n"
                  "    kind: function\n"
                  "    category: sleep\n"}}));
  EXPECT_EQ(Err, "f.yaml:3:11: error: type name 'app::M' must be a qualified "
                 "class name starting with '::', without template arguments\n"
                 "f.yaml:6:11: error: name 'app::f' must be fully qualified "
                 "and start with '::'");
}

TEST(AnnotationDatabaseErrors, RejectedOverrideThenConflictDoesNotCrash) {
  // An override with no earlier entry is rejected and not indexed: a later
  // entry for the same declaration is then the first one.
  std::string Err = loadErr(sources(
      {{"cats.yaml", CategoriesYAML},
       {"f.yaml", "version: 1\n"
                  "types:\n"
                  "  - name: ::app::M\n"
                  "    role: mutex\n"
                  "    override: true\n"
                  "  - name: ::app::M\n"
                  "    role: mutex\n"
                  "functions:\n"
                  "  - name: ::app::f\n"
                  "    kind: function\n"
                  "    category: sleep\n"
                  "    override: true\n"
                  "  - name: ::app::f\n"
                  "    kind: function\n"
                  "    category: sleep\n"}}));
  EXPECT_EQ(Err, "f.yaml:3:11: error: 'override: true' but no earlier type "
                 "entry for '::app::M'\n"
                 "f.yaml:9:11: error: 'override: true' but no earlier entry "
                 "for '::app::f' with the same constraints");
}

TEST(AnnotationDatabaseErrors, AtMostOneHundredPerFile) {
  std::string Text = "version: 1\nfunctions:\n";
  for (int I = 0; I < 150; ++I)
    Text += "  - name: ::app::f" + std::to_string(I) +
            "\n    kind: function\n    bad: 1\n";
  std::string Err = loadErr(sources({{"many.yaml", Text}}));
  llvm::SmallVector<llvm::StringRef, 128> Lines;
  llvm::StringRef(Err).split(Lines, '\n');
  ASSERT_EQ(Lines.size(), MaxErrorsPerAnnotationFile + 1);
  EXPECT_EQ(Lines.front(), "many.yaml:5:5: error: unknown key 'bad'");
  EXPECT_EQ(Lines.back(), "many.yaml: error: too many errors in this file; "
                          "stopping after 100");
}

} // namespace
