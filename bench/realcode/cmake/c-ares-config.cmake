# A CMake package for Debian's libc-ares-dev (1.18 ships only pkg-config), so
# that libcoro's find_package(c-ares CONFIG) works without its c-ares git
# submodule (absent from the snapshot) and without network access.
find_package(PkgConfig REQUIRED)
pkg_check_modules(CARES REQUIRED IMPORTED_TARGET libcares)
if(NOT TARGET c-ares::cares)
  add_library(c-ares::cares ALIAS PkgConfig::CARES)
endif()
set(c-ares_FOUND TRUE)
