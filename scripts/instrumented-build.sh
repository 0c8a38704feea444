# Sourced by scripts/sanitize.sh and scripts/fuzz.sh, which build the project
# with sanitizers into a directory of their own.
#
#   configure_instrumented DIR TYPE SANITIZE [CMAKE-ARG...]
#
# installs clang 22's sanitizer and libFuzzer runtimes (libclang-rt-22-dev)
# when they are missing, then configures DIR (once: an existing build.ninja is
# kept) with clang++-22, CMake build type TYPE (-O1 -g, frame pointers,
# assertions on: no NDEBUG), every object compiled with -fsanitize=SANITIZE
# and UBSan's findings fatal; CMAKE-ARGs are added.

configure_instrumented() {
  local dir=$1 type=$2 sanitize=$3
  shift 3
  "$ROOT/scripts/ensure-packages.sh" libclang-rt-22-dev
  [ -f "$dir/build.ninja" ] && return 0
  cmake -S "$ROOT" -B "$dir" -G Ninja \
    -DCMAKE_PREFIX_PATH=/usr/lib/llvm-22 \
    -DCMAKE_CXX_COMPILER=clang++-22 \
    -DCMAKE_BUILD_TYPE="$type" \
    "-DCMAKE_CXX_FLAGS_${type^^}=-O1 -g -fno-omit-frame-pointer" \
    "-DCMAKE_CXX_FLAGS=-fsanitize=$sanitize -fno-sanitize-recover=undefined" \
    "$@" >&2
}
