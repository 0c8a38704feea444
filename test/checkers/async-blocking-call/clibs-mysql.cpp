// RUN: %check_async_tidy %s async-blocking-call %t
// MySQL C API (annotations/mysql.yaml): the synchronous calls wait for the
// server; the *_nonblocking interface returns NET_ASYNC_NOT_READY instead.
#include <async_test.h>
#include <mysql/mysql.h>

namespace app {
// Same unqualified names, C++ linkage: never the C functions.
int mysql_query(MYSQL *M, const char *Q, int Flags);
void mysql_free_result(MYSQL_RES *R, bool Recycle);
} // namespace app

int count(MYSQL *M) {
  if (mysql_query(M, "SELECT 1"))
    return -1;
  return 1;
}
int count_all(MYSQL *M) { return count(M) + 1; }

async_test::task<> sync_api(MYSQL *M) {
  MYSQL *C = mysql_real_connect(M, "host", "u", "p", "db", 3306, nullptr, 0);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: blocking call to 'mysql_real_connect' (db-io) in coroutine 'sync_api'; it stalls the executor thread [async-blocking-call]
  mysql_real_query(M, "SELECT 1", 8);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_real_query' (db-io) in coroutine 'sync_api'; it stalls the executor thread [async-blocking-call]
  mysql_query(M, "SELECT 1");
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_query' (db-io) in coroutine 'sync_api'; it stalls the executor thread [async-blocking-call]
  mysql_send_query(M, "SELECT 1", 8);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_send_query' (db-io) in coroutine 'sync_api'; it stalls the executor thread [async-blocking-call]
  MYSQL_RES *R = mysql_store_result(M);
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: blocking call to 'mysql_store_result' (db-io) in coroutine 'sync_api'; it stalls the executor thread [async-blocking-call]
  unsigned Fields = mysql_num_fields(R); // OK: reads the result struct
  while (MYSQL_ROW Row = mysql_fetch_row(R)) {
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: blocking call to 'mysql_fetch_row' (db-io) in coroutine 'sync_api'; it stalls the executor thread [async-blocking-call]
  }
  mysql_free_result(R);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_free_result' (db-io) in coroutine 'sync_api'; it stalls the executor thread [async-blocking-call]
  int More = mysql_next_result(M);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: blocking call to 'mysql_next_result' (db-io) in coroutine 'sync_api'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> nonblocking(MYSQL *M) {
  while (mysql_real_connect_nonblocking(M, "host", "u", "p", "db", 3306, nullptr, 0) == NET_ASYNC_NOT_READY)
    co_await async_test::task<>{};
  while (mysql_real_query_nonblocking(M, "SELECT 1", 8) == NET_ASYNC_NOT_READY)
    co_await async_test::task<>{};
  MYSQL_RES *R = nullptr;
  mysql_store_result_nonblocking(M, &R);
  MYSQL_ROW Row;
  mysql_fetch_row_nonblocking(R, &Row);
  mysql_free_result_nonblocking(R);
  mysql_next_result_nonblocking(M);
  co_return;
}

async_test::task<int> chain(MYSQL *M) {
  co_return count_all(M);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: call to 'count_all' may block (db-io) in coroutine 'chain' [async-blocking-call]
  // CHECK-NOTES: :18:34: note: frame #1: 'count_all' calls 'count' here
  // CHECK-NOTES: :14:7: note: frame #2: 'count' calls blocking 'mysql_query' (db-io) here
}

async_test::task<> same_names(MYSQL *M, MYSQL_RES *R) {
  app::mysql_query(M, "SELECT 1", 0); // OK: a user function
  app::mysql_free_result(R, true);    // OK
  co_return;
}

// Plain code may block.
int main() {
  MYSQL M;
  mysql_init(&M);
  mysql_real_connect(&M, "host", "u", "p", "db", 3306, nullptr, 0);
  return count_all(&M);
}
