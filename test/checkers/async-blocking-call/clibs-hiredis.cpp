// RUN: %check_async_tidy %s async-blocking-call %t
// hiredis (annotations/hiredis.yaml): the synchronous API waits for the
// server; the redisAsync* API is driven by an event loop and never blocks.
#include <async_test.h>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>

namespace app {
// Same unqualified names, C++ linkage: never the C functions.
void *redisCommand(redisContext *C, const char *Cmd);
redisContext *redisConnect(const char *Host);
} // namespace app

redisReply *get(redisContext *C, const char *Key) {
  return (redisReply *)redisCommand(C, "GET %s", Key);
}
int lookup(redisContext *C) {
  redisReply *R = get(C, "k");
  return R ? 1 : 0;
}

async_test::task<> connects(struct timeval Tv) {
  redisContext *A = redisConnect("127.0.0.1", 6379);
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: blocking call to 'redisConnect' (db-io) in coroutine 'connects'; it stalls the executor thread [async-blocking-call]
  redisContext *B = redisConnectWithTimeout("127.0.0.1", 6379, Tv);
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: blocking call to 'redisConnectWithTimeout' (db-io) in coroutine 'connects'; it stalls the executor thread [async-blocking-call]
  redisContext *C = redisConnectUnix("/tmp/redis.sock");
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: blocking call to 'redisConnectUnix' (db-io) in coroutine 'connects'; it stalls the executor thread [async-blocking-call]
  redisOptions Opts = {};
  redisContext *D = redisConnectWithOptions(&Opts);
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: blocking call to 'redisConnectWithOptions' (db-io) in coroutine 'connects'; it stalls the executor thread [async-blocking-call]
  redisContext *E = redisConnectNonBlock("127.0.0.1", 6379); // OK: non-blocking connect
  redisAsyncContext *F = redisAsyncConnect("127.0.0.1", 6379); // OK
  co_return;
}

async_test::task<> commands(redisContext *C, redisAsyncContext *AC) {
  void *R = redisCommand(C, "SET %s %s", "k", "v");
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: blocking call to 'redisCommand' (db-io) in coroutine 'commands'; it stalls the executor thread [async-blocking-call]
  const char *Argv[] = {"GET", "k"};
  R = redisCommandArgv(C, 2, Argv, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'redisCommandArgv' (db-io) in coroutine 'commands'; it stalls the executor thread [async-blocking-call]
  redisAppendCommand(C, "GET %s", "k"); // OK: only buffers
  redisGetReply(C, &R);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'redisGetReply' (db-io) in coroutine 'commands'; it stalls the executor thread [async-blocking-call]
  freeReplyObject(R); // OK
  redisAsyncCommand(AC, nullptr, nullptr, "GET %s", "k");          // OK: asynchronous
  redisAsyncCommandArgv(AC, nullptr, nullptr, 2, Argv, nullptr);   // OK
  co_return;
}

async_test::task<int> chain(redisContext *C) {
  int N = lookup(C);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: call to 'lookup' may block (db-io) in coroutine 'chain' [async-blocking-call]
  // CHECK-NOTES: :18:19: note: frame #1: 'lookup' calls 'get' here
  // CHECK-NOTES: :15:24: note: frame #2: 'get' calls blocking 'redisCommand' (db-io) here
  co_return N;
}

async_test::task<> same_names(redisContext *C) {
  app::redisCommand(C, "PING"); // OK: a user function
  app::redisConnect("localhost"); // OK
  co_return;
}

// Plain code may block.
int main() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  freeReplyObject(redisCommand(C, "PING"));
  return lookup(C);
}
