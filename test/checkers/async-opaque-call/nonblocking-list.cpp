// RUN: %check_async_tidy %s async-opaque-call %t
// RUN: %check_async_tidy -check-suffix=BLOCKING --config="{CheckOptions: {async-blocking-call.Categories: '*'}}" %s async-blocking-call %t-blocking
//
// The bookkeeping of an event-loop coroutine: socket and descriptor set-up,
// byte order, signal masks, thread bookkeeping, exits on error paths, and the
// non-blocking APIs of OpenSSL (objects, error queue, memory BIOs), zlib
// (stream set-up) and c-ares. Every call is to a real C declaration (glibc,
// OpenSSL, zlib and c-ares headers) that the database lists as non-blocking
// (libc-nonblocking.yaml, posix-nonblocking.yaml, openssl.yaml, zlib.yaml,
// c-ares.yaml): async-opaque-call reports none of them, and
// async-blocking-call, with every category on, reports none either. Only
// BIO_read and BIO_write, which the database leaves to the project (they
// wait on a socket or file BIO), are opaque.
#include <async_test.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include <ares.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <zlib.h>

void log_line(const char *);

async_test::task<> serve(pthread_mutex_t *M, const char *Iface) {
  int Listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  int One = 1;
  setsockopt(Listener, SOL_SOCKET, SO_REUSEADDR, &One, sizeof One);
  sockaddr_in Addr{};
  Addr.sin_family = AF_INET;
  Addr.sin_port = htons(8080);
  Addr.sin_addr.s_addr = htonl(INADDR_ANY);
  inet_pton(AF_INET, "127.0.0.1", &Addr.sin_addr);
  if (bind(Listener, reinterpret_cast<sockaddr *>(&Addr), sizeof Addr) < 0) {
    log_line(strerror(errno));
    exit(1);
  }
  listen(Listener, 128);
  socklen_t Len = sizeof Addr;
  getsockname(Listener, reinterpret_cast<sockaddr *>(&Addr), &Len);
  (void)ntohs(Addr.sin_port);
  (void)if_nametoindex(Iface);

  int Pair[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, Pair);
  fcntl(Pair[0], F_SETFL, fcntl(Pair[0], F_GETFL) | O_NONBLOCK);
  ioctl(Pair[1], FIONBIO, &One);
  int Err = 0;
  getsockopt(Pair[0], SOL_SOCKET, SO_ERROR, &Err, &Len);
  getpeername(Pair[0], reinterpret_cast<sockaddr *>(&Addr), &Len);
  shutdown(Pair[1], SHUT_WR);

  int Ep = epoll_create1(EPOLL_CLOEXEC);
  epoll_event Ev{};
  Ev.events = EPOLLIN;
  epoll_ctl(Ep, EPOLL_CTL_ADD, Listener, &Ev);
  int Wake = eventfd(0, EFD_NONBLOCK);
  int Tick = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK);
  itimerspec Spec{};
  timerfd_settime(Tick, 0, &Spec, nullptr);
  (void)Wake;

  sigset_t Set;
  sigemptyset(&Set);
  sigaddset(&Set, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &Set, nullptr);
  sigfillset(&Set);
  sigprocmask(SIG_SETMASK, &Set, nullptr);

  pthread_mutex_unlock(M);
  (void)pthread_self();
  (void)syscall(SYS_gettid);
  (void)getpid();
  if (!getenv("SERVE"))
    abort();
  if (Err)
    _exit(2);
  co_return;
}

async_test::task<> tls(SSL_CTX *Ctx, int Fd, char *Buf, int N) {
  SSL *S = SSL_new(Ctx);
  SSL_set_fd(S, Fd);
  SSL_set_connect_state(S);
  SSL_set_tlsext_host_name(S, "example.org"); // a macro over SSL_ctrl
  BIO *In = BIO_new(BIO_s_mem());
  BIO *Out = BIO_new(BIO_s_mem());
  SSL_set_bio(S, In, Out);
  if (SSL_get_error(S, -1) == SSL_ERROR_SSL) {
    char Msg[256];
    ERR_error_string_n(ERR_get_error(), Msg, sizeof Msg);
    ERR_clear_error();
  }
  (void)SSL_pending(S);
  (void)SSL_get_shutdown(S);
  BIO_write(In, Buf, N);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to opaque foreign function 'BIO_write' in coroutine 'tls'; its blocking behaviour is unknown [async-opaque-call]
  BIO_read(Out, Buf, N);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to opaque foreign function 'BIO_read' in coroutine 'tls'; its blocking behaviour is unknown [async-opaque-call]
  SSL_free(S);
  SSL_CTX *Other = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_verify(Other, SSL_VERIFY_PEER, nullptr);
  SSL_CTX_free(Other);
  co_return;
}

async_test::task<> compress_setup() {
  z_stream Z{};
  deflateInit2(&Z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8,
               Z_DEFAULT_STRATEGY); // a macro over deflateInit2_
  (void)deflateBound(&Z, 4096);
  deflateEnd(&Z);
  inflateInit2(&Z, 15 + 32); // a macro over inflateInit2_
  inflateEnd(&Z);
  co_return;
}

void on_addr(void *, int, int, ares_addrinfo *Res) { ares_freeaddrinfo(Res); }

async_test::task<> resolve(const char *Host) {
  ares_library_init(ARES_LIB_INIT_ALL);
  ares_channel Ch;
  ares_options Opts{};
  ares_init_options(&Ch, &Opts, 0);
  ares_addrinfo_hints Hints{};
  ares_getaddrinfo(Ch, Host, "443", &Hints, on_addr, nullptr);
  ares_socket_t Socks[ARES_GETSOCK_MAXNUM];
  (void)ares_getsock(Ch, Socks, ARES_GETSOCK_MAXNUM);
  timeval Tv;
  ares_timeout(Ch, nullptr, &Tv);
  ares_process_fd(Ch, Socks[0], ARES_SOCKET_BAD);
  (void)ares_strerror(ARES_ENOTFOUND);
  ares_cancel(Ch);
  ares_destroy(Ch);
  co_return;
}
