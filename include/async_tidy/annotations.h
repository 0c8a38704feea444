// async_tidy/annotations.h - in-source annotations for async-tidy.
//
// Mark your own functions so the async-* checks know how they behave. The
// macros expand to Clang attributes and to nothing on other compilers.
//
//   ASYNC_BLOCKING("net-io") std::string fetchSync(const Url &);
//       A blocking leaf: calls to it from async contexts are reported with
//       the given category (any category of the database; without one,
//       ASYNC_BLOCKING_ANY uses "annotated").
//   ASYNC_NON_BLOCKING void fastPath();
//       The caller vouches that it never blocks: the call-graph walk stops.
//   ASYNC_MUST_NOT_BLOCK void onReadable(int Fd);
//       An async context like a coroutine: blocking reachable from it is
//       reported (use it for event-loop callbacks).
//
// Clang's own [[clang::blocking]] and [[clang::nonblocking]] are understood
// too: [[clang::nonblocking]] functions are async contexts and stop the walk
// for their callers (Clang's -Wfunction-effects verifies them).
#ifndef ASYNC_TIDY_ANNOTATIONS_H
#define ASYNC_TIDY_ANNOTATIONS_H

#if defined(__clang__)
#define ASYNC_BLOCKING(category) [[clang::annotate("async::blocking", category)]]
#define ASYNC_BLOCKING_ANY [[clang::annotate("async::blocking")]]
#define ASYNC_NON_BLOCKING [[clang::annotate("async::non_blocking")]]
#define ASYNC_MUST_NOT_BLOCK [[clang::annotate("async::must_not_block")]]
#else
#define ASYNC_BLOCKING(category)
#define ASYNC_BLOCKING_ANY
#define ASYNC_NON_BLOCKING
#define ASYNC_MUST_NOT_BLOCK
#endif

#endif // ASYNC_TIDY_ANNOTATIONS_H
