// A vendored copy of a library the database models (libcoro, namespace
// ::coro) with functions defined out of line, in its own sources.
#pragma once
namespace coro::net {
int native_send(int Fd, const char *Data, int Size);
} // namespace coro::net
