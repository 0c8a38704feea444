//===--- ClosedLibraries.cpp - libraries the walk never enters ------------===//

#include "Analysis/ClosedLibraries.h"
#include "Support/StringLists.h"

#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace asynctidy {

static constexpr llvm::StringLiteral OptionOwner = "ClosedLibraries option";

llvm::Expected<ClosedLibraries>
ClosedLibraries::create(const AnnotationDatabase &DB, StringRef Option) {
  ClosedLibraries L;
  auto AddGlob = [&](StringRef Glob, StringRef Owner) -> llvm::Error {
    llvm::Expected<llvm::GlobPattern> G = llvm::GlobPattern::create(Glob);
    if (!G)
      return llvm::createStringError("invalid glob '%s': %s",
                                     Glob.str().c_str(),
                                     toString(G.takeError()).c_str());
    L.Globs.emplace_back(std::move(*G), Owner.str());
    return llvm::Error::success();
  };
  for (const LibraryEntry &Lib : DB.libraries()) {
    for (const std::string &NS : Lib.Namespaces)
      L.Namespaces.try_emplace(NS, Lib.Name);
    for (const std::string &H : Lib.Headers)
      if (llvm::Error E = AddGlob(H, Lib.Name))
        return std::move(E);
  }
  for (StringRef Item : splitList(Option)) {
    if (Item.consume_front("::")) {
      bool Valid = !Item.empty();
      for (StringRef Part : llvm::split(Item, "::"))
        Valid &= !Part.empty() && llvm::all_of(Part, [](char C) {
          return llvm::isAlnum(C) || C == '_';
        }) && !llvm::isDigit(Part.front());
      if (!Valid)
        return llvm::createStringError(
            "invalid namespace '::%s': expected '::name' or '::a::b'",
            Item.str().c_str());
      L.Namespaces.try_emplace(Item, OptionOwner);
      continue;
    }
    if (llvm::Error E = AddGlob(Item, OptionOwner))
      return std::move(E);
  }
  return L;
}

StringRef ClosedLibraries::ownerOfNamespace(StringRef QualifiedNamespace) const {
  // "a::b::c": try "a", "a::b", "a::b::c".
  size_t End = 0;
  while (End != StringRef::npos) {
    End = QualifiedNamespace.find("::", End ? End + 2 : 0);
    auto It = Namespaces.find(QualifiedNamespace.substr(0, End));
    if (It != Namespaces.end())
      return It->second;
  }
  return {};
}

StringRef ClosedLibraries::ownerOfFile(StringRef Path) const {
  for (const auto &[G, Owner] : Globs)
    if (G.match(Path))
      return Owner;
  return {};
}

StringRef ClosedLibraryIndex::libraryOf(const FunctionDecl *FD) {
  if (!Libs)
    return {};
  // By namespace: the innermost enclosing namespace, inline and anonymous
  // ones left out of the name ("std::__1::vector" is "std").
  const DeclContext *DC = FD->getDeclContext();
  while (DC && !isa<NamespaceDecl, TranslationUnitDecl>(DC))
    DC = DC->getParent();
  if (DC && isa<NamespaceDecl>(DC)) {
    auto [It, New] = ByNamespace.try_emplace(DC);
    if (New) {
      llvm::SmallVector<StringRef, 4> Parts;
      for (const DeclContext *P = DC; P && isa<NamespaceDecl>(P);
           P = P->getParent()) {
        const auto *NS = cast<NamespaceDecl>(P);
        if (!NS->isInline() && !NS->isAnonymousNamespace())
          Parts.push_back(NS->getName());
      }
      std::string Name = llvm::join(llvm::reverse(Parts), "::");
      It->second = Libs->ownerOfNamespace(Name);
    }
    if (!It->second.empty())
      return It->second;
  }
  if (!Libs->hasHeaderGlobs())
    return {};
  // By file: where the function is declared (its first declaration).
  SourceLocation Loc =
      SM.getFileLoc(FD->getCanonicalDecl()->getLocation());
  // The file as written (for a preprocessed file, as its line markers name
  // it: distcc compiles those).
  PresumedLoc P = SM.getPresumedLoc(Loc);
  if (P.isInvalid())
    return {};
  auto [It, New] = ByFile.try_emplace(P.getFilename());
  if (New)
    It->second = Libs->ownerOfFile(P.getFilename());
  return It->second;
}

} // namespace asynctidy
