//===--- CoroutinePrelude.h - the std coroutine types for test snippets ---===//
//
// The least of <coroutine> that a snippet needs to declare coroutines, for
// unit tests that build ASTs from code without the standard library.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_UNITTESTS_COROUTINEPRELUDE_H
#define ASYNC_TIDY_UNITTESTS_COROUTINEPRELUDE_H

namespace asynctidy::test {

inline constexpr const char *CoroutinePrelude = R"cpp(
namespace std {
template <class R, class... A> struct coroutine_traits { using promise_type = typename R::promise_type; };
template <class P = void> struct coroutine_handle;
template <> struct coroutine_handle<void> { static coroutine_handle from_address(void *); };
template <class P> struct coroutine_handle : coroutine_handle<> { static coroutine_handle from_address(void *); };
struct suspend_never { bool await_ready() noexcept { return true; } void await_suspend(coroutine_handle<>) noexcept {} void await_resume() noexcept {} };
}
)cpp";

} // namespace asynctidy::test

#endif // ASYNC_TIDY_UNITTESTS_COROUTINEPRELUDE_H
