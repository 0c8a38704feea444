//===- main.cpp - The starvation benchmark's driver ----------------------===//
//
// Measures how late 10 ms timer wake-ups are on an io_context run by W
// threads while k = 0 .. max-blockers coroutines on the same io_context make
// blocking calls, and prints one line per k:
//
//   blockers=K p50_ms=X p99_ms=Y max_ms=Z
//
// --fixed runs the same workload after `async-tidy --fix` instead (the build
// compiles both into this binary). See docs/starvation.md.
//
//===----------------------------------------------------------------------===//

#include "workload.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr const char *Usage =
    "usage: starvation [--workers W] [--max-blockers N] "
    "[--blocker=sleep|file|future]\n"
    "                  [--probes P] [--waits K] [--quick] [--fixed]\n"
    "\n"
    "  --workers W        threads running the io_context (default 4)\n"
    "  --max-blockers N   measure k = 0 .. N blockers (default W + 2)\n"
    "  --blocker=KIND     what each blocker calls, 50 ms per call: sleep\n"
    "                     (std::this_thread::sleep_for, the default), file\n"
    "                     (::read of a pipe fed every 50 ms) or future\n"
    "                     (std::future<void>::get)\n"
    "  --probes P         probe coroutines (default 32)\n"
    "  --waits K          10 ms timer waits per probe, in turn (default 100)\n"
    "  --quick            4 probes of 5 waits, for tests\n"
    "  --fixed            run the workload as rewritten by async-tidy --fix\n"
    "\n"
    "Prints one line per k: blockers=K p50_ms=X p99_ms=Y max_ms=Z, the\n"
    "lateness of the probes' wake-ups (actual minus scheduled time).\n";

[[noreturn]] void fail(const std::string &Message) {
  std::fprintf(stderr, "starvation: %s\n%s", Message.c_str(), Usage);
  std::exit(2);
}

unsigned parseCount(std::string_view Option, const std::string &Value,
                    unsigned Min) {
  char *End = nullptr;
  unsigned long N = std::strtoul(Value.c_str(), &End, 10);
  if (Value.empty() || *End != '\0' || Value[0] == '-' || N < Min || N > 100000)
    fail("invalid value '" + Value + "' for " + std::string(Option));
  return static_cast<unsigned>(N);
}

/// The nearest-rank percentile of sorted, non-empty \p Sorted.
double percentile(const std::vector<double> &Sorted, double P) {
  std::size_t Rank = static_cast<std::size_t>(std::ceil(P * Sorted.size()));
  return Sorted[std::max<std::size_t>(Rank, 1) - 1];
}

const char *kindName(starvation::BlockerKind K) {
  switch (K) {
  case starvation::BlockerKind::Sleep:
    return "sleep";
  case starvation::BlockerKind::File:
    return "file";
  case starvation::BlockerKind::Future:
    return "future";
  }
  return "?";
}

} // namespace

int main(int Argc, char **Argv) {
  starvation::Config C;
  std::optional<unsigned> MaxBlockers, Probes, Waits;
  bool Quick = false, Fixed = false;

  for (int I = 1; I < Argc; ++I) {
    std::string Arg = Argv[I];
    std::string Value;
    bool HasValue = false;
    if (std::size_t Eq = Arg.find('=');
        Arg.rfind("--", 0) == 0 && Eq != std::string::npos) {
      Value = Arg.substr(Eq + 1);
      Arg.resize(Eq);
      HasValue = true;
    }
    auto TakeValue = [&]() -> std::string {
      if (HasValue)
        return Value;
      if (I + 1 >= Argc)
        fail("missing value for " + Arg);
      return Argv[++I];
    };
    auto NoValue = [&] {
      if (HasValue)
        fail(Arg + " takes no value");
    };

    if (Arg == "--workers")
      C.Workers = parseCount(Arg, TakeValue(), 1);
    else if (Arg == "--max-blockers")
      MaxBlockers = parseCount(Arg, TakeValue(), 0);
    else if (Arg == "--probes")
      Probes = parseCount(Arg, TakeValue(), 1);
    else if (Arg == "--waits")
      Waits = parseCount(Arg, TakeValue(), 1);
    else if (Arg == "--blocker") {
      std::string Kind = TakeValue();
      if (Kind == "sleep")
        C.Kind = starvation::BlockerKind::Sleep;
      else if (Kind == "file")
        C.Kind = starvation::BlockerKind::File;
      else if (Kind == "future")
        C.Kind = starvation::BlockerKind::Future;
      else
        fail("unknown blocker '" + Kind + "' (sleep, file or future)");
    } else if (Arg == "--quick") {
      NoValue();
      Quick = true;
    } else if (Arg == "--fixed") {
      NoValue();
      Fixed = true;
    } else if (Arg == "--help" || Arg == "-h") {
      std::fputs(Usage, stdout);
      return 0;
    } else
      fail("unknown argument '" + std::string(Argv[I]) + "'");
  }
  if (Quick) {
    C.Probes = 4;
    C.Waits = 5;
  }
  C.Probes = Probes.value_or(C.Probes);
  C.Waits = Waits.value_or(C.Waits);
  unsigned Max = MaxBlockers.value_or(C.Workers + 2);

  // What was run goes to stderr; stdout has only the result lines.
  std::fprintf(stderr,
               "starvation: %s workload, workers=%u blocker=%s probes=%u "
               "waits=%u, k = 0..%u\n",
               Fixed ? "fixed" : "original", C.Workers, kindName(C.Kind),
               C.Probes, C.Waits, Max);
  for (unsigned K = 0; K <= Max; ++K) {
    std::vector<double> Lateness = Fixed ? starvation::fixed::measure(C, K)
                                         : starvation::original::measure(C, K);
    std::sort(Lateness.begin(), Lateness.end());
    std::printf("blockers=%u p50_ms=%.3f p99_ms=%.3f max_ms=%.3f\n", K,
                percentile(Lateness, 0.50), percentile(Lateness, 0.99),
                Lateness.back());
    std::fflush(stdout);
  }
  return 0;
}
