// Mock of <mysql/mysql.h> (MySQL 8.0 C API) for the async-tidy tests: the
// synchronous calls and the *_nonblocking asynchronous interface, in the
// shape of the real header (C functions in an extern "C" block, STDCALL
// calling-convention macro, opaque MYSQL / MYSQL_RES structs).
#ifndef MYSQL_H
#define MYSQL_H

#include <stddef.h>

#define STDCALL

#ifdef __cplusplus
extern "C" {
#endif

typedef char **MYSQL_ROW;
typedef struct MYSQL {
  void *net;
  char *host;
  unsigned int port;
} MYSQL;
typedef struct MYSQL_RES {
  unsigned long long row_count;
  unsigned int field_count;
} MYSQL_RES;

enum net_async_status {
  NET_ASYNC_COMPLETE = 0,
  NET_ASYNC_NOT_READY,
  NET_ASYNC_ERROR,
  NET_ASYNC_COMPLETE_NO_MORE_RESULTS
};

MYSQL *STDCALL mysql_init(MYSQL *mysql);
MYSQL *STDCALL mysql_real_connect(MYSQL *mysql, const char *host,
                                  const char *user, const char *passwd,
                                  const char *db, unsigned int port,
                                  const char *unix_socket,
                                  unsigned long clientflag);
int STDCALL mysql_query(MYSQL *mysql, const char *q);
int STDCALL mysql_send_query(MYSQL *mysql, const char *q,
                             unsigned long length);
int STDCALL mysql_real_query(MYSQL *mysql, const char *q,
                             unsigned long length);
MYSQL_RES *STDCALL mysql_store_result(MYSQL *mysql);
MYSQL_RES *STDCALL mysql_use_result(MYSQL *mysql);
int STDCALL mysql_next_result(MYSQL *mysql);
MYSQL_ROW STDCALL mysql_fetch_row(MYSQL_RES *result);
void STDCALL mysql_free_result(MYSQL_RES *result);
unsigned int STDCALL mysql_num_fields(MYSQL_RES *res);
const char *STDCALL mysql_error(MYSQL *mysql);
void STDCALL mysql_close(MYSQL *sock);

enum net_async_status STDCALL mysql_real_connect_nonblocking(
    MYSQL *mysql, const char *host, const char *user, const char *passwd,
    const char *db, unsigned int port, const char *unix_socket,
    unsigned long clientflag);
enum net_async_status STDCALL mysql_send_query_nonblocking(
    MYSQL *mysql, const char *query, unsigned long length);
enum net_async_status STDCALL mysql_real_query_nonblocking(
    MYSQL *mysql, const char *query, unsigned long length);
enum net_async_status STDCALL
mysql_store_result_nonblocking(MYSQL *mysql, MYSQL_RES **result);
enum net_async_status STDCALL mysql_next_result_nonblocking(MYSQL *mysql);
enum net_async_status STDCALL mysql_fetch_row_nonblocking(MYSQL_RES *res,
                                                          MYSQL_ROW *row);
enum net_async_status STDCALL mysql_free_result_nonblocking(MYSQL_RES *result);

#ifdef __cplusplus
}
#endif

#endif /* MYSQL_H */
