//===--- AnnotationMatcher.h - match DB entries against declarations ------===//
//
// Decides which annotation entry, if any, describes a called declaration.
// Names are compared without inline namespaces (std::_V2::, std::__1::,
// std::__cxx11::) and without template arguments, members are matched through
// the receiver's class when the callee is inherited from an implementation
// base (std::ifstream::read is std::basic_istream<char>::read), and entries
// may constrain the kind, arity, parameter types and receiver.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_ANNOTATIONMATCHER_H
#define ASYNC_TIDY_ANALYSIS_ANNOTATIONMATCHER_H

#include "Annotations/AnnotationDatabase.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include <string>

namespace asynctidy {

/// The qualified name of \p D as the database spells it: no leading "::", no
/// inline namespaces, no template arguments ("std::basic_istream::read").
std::string databaseName(const clang::NamedDecl *D);

/// databaseName(D) == Name, without building the name unless the last
/// component matches.
bool hasDatabaseName(const clang::NamedDecl *D, llvm::StringRef Name);

/// Whether \p T, as written or canonical, prints as \p Want, a type in the
/// database's normalised form (normalizeTypeName of a `params:` entry).
bool typeWrittenAs(clang::QualType T, llvm::StringRef Want,
                   const clang::ASTContext &Ctx);

/// The class of \p T, looking through references and (if \p ThroughPointer)
/// one pointer level; its definition when there is one.
const clang::CXXRecordDecl *recordOfType(clang::QualType T,
                                         bool ThroughPointer);

/// The class of the object \p E denotes, as the user wrote it: through
/// implicit casts (an inherited member's object is a derived-to-base cast),
/// references and one pointer level (`p->read()`).
const clang::CXXRecordDecl *receiverClass(const clang::Expr *E);

/// A call as the matcher sees it: the callee and, for members, the object it
/// is called on (for free functions, the first argument; may be null).
struct CallSite {
  const clang::FunctionDecl *Callee = nullptr;
  const clang::Expr *Receiver = nullptr;
  /// For a destruction: the expression that initialised the object.
  const clang::Expr *Initializer = nullptr;
};

/// Describes \p E as a call site, or returns an empty CallSite if \p E calls
/// nothing the database can describe (indirect calls, dependent calls).
CallSite describeCall(const clang::Expr *E);

/// Finds the entry that describes \p Call. If several match, the last loaded
/// wins (user files come after the built-in ones).
const FunctionEntry *matchCall(const AnnotationDatabase &DB,
                               const CallSite &Call);

/// True if \p E matches \p Call (kind, name, arity, params, receivers).
bool entryMatches(const FunctionEntry &E, const CallSite &Call);

} // namespace asynctidy

#endif // ASYNC_TIDY_ANALYSIS_ANNOTATIONMATCHER_H
