// Mock of <hiredis/hiredis.h> for the async-tidy tests: the synchronous API
// in the shape of the real header (C functions in an extern "C" block,
// redisContext / redisReply structs).
#ifndef __HIREDIS_H
#define __HIREDIS_H

#include <stdarg.h>
#include <stddef.h>
#include <sys/time.h>

#define REDIS_ERR -1
#define REDIS_OK 0
#define REDIS_OPT_NONBLOCK 0x01

#ifdef __cplusplus
extern "C" {
#endif

typedef struct redisReply {
  int type;
  long long integer;
  double dval;
  size_t len;
  char *str;
  size_t elements;
  struct redisReply **element;
} redisReply;

typedef struct redisContext {
  int err;
  char errstr[128];
  int fd;
  int flags;
} redisContext;

typedef struct {
  int type;
  int options;
  const struct timeval *connect_timeout;
  const struct timeval *command_timeout;
} redisOptions;

void freeReplyObject(void *reply);

redisContext *redisConnectWithOptions(const redisOptions *options);
redisContext *redisConnect(const char *ip, int port);
redisContext *redisConnectWithTimeout(const char *ip, int port,
                                      const struct timeval tv);
redisContext *redisConnectNonBlock(const char *ip, int port);
redisContext *redisConnectUnix(const char *path);
redisContext *redisConnectUnixWithTimeout(const char *path,
                                          const struct timeval tv);
redisContext *redisConnectUnixNonBlock(const char *path);
void redisFree(redisContext *c);

int redisBufferRead(redisContext *c);
int redisBufferWrite(redisContext *c, int *done);
int redisGetReply(redisContext *c, void **reply);

int redisvAppendCommand(redisContext *c, const char *format, va_list ap);
int redisAppendCommand(redisContext *c, const char *format, ...);
int redisAppendCommandArgv(redisContext *c, int argc, const char **argv,
                           const size_t *argvlen);

void *redisvCommand(redisContext *c, const char *format, va_list ap);
void *redisCommand(redisContext *c, const char *format, ...);
void *redisCommandArgv(redisContext *c, int argc, const char **argv,
                       const size_t *argvlen);

#ifdef __cplusplus
}
#endif

#endif
