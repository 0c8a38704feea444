// RUN: %check_async_tidy --real-headers %s async-blocking-call %t
// RUN: %check_async_tidy --real-headers -check-suffix=OPTIN --config="{CheckOptions: {async-blocking-call.Categories: '-*,lock,console-io,fd-close'}}" %s async-blocking-call %t
//
// Fortified (-O2 -D_FORTIFY_SOURCE=2: read, open, poll, recv, ... become
// inline wrappers) and large-file (-D_FILE_OFFSET_BITS=64: open, stat, ... are
// __REDIRECT'ed to open64, stat64, ...) declarations must give the same
// warnings. The runner cannot pass compiler flags yet, so these run the tools
// directly (no --fix, so the CHECK comments need no blanking).
// RUN: %clang_tidy_plugin %s --checks='-*,async-blocking-call' --config='{}' -- -std=c++20 -fsyntax-only -I%S -O2 -D_FORTIFY_SOURCE=2 -D_FILE_OFFSET_BITS=64 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'
// RUN: %async_tidy %s --checks='-*,async-blocking-call' --config='{}' -- -std=c++20 -fsyntax-only -I%S -O2 -D_FORTIFY_SOURCE=2 -D_FILE_OFFSET_BITS=64 2>&1 | FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not='{{warning|error}}:'

// annotations/posix.yaml against the real glibc declarations: at least one
// entry per category, and the calls whose declarations are unusual (fortified
// wrappers, large-file redirects, C11 <threads.h>). The second RUN line
// enables only the default-off categories: the first proves that the `lock`
// and `fd-close` entries are silent by default, the second that they match.

#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <mqueue.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <pwd.h>
#include <sched.h>
#include <semaphore.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/file.h>
#include <sys/msg.h>
#include <sys/select.h>
#include <sys/sem.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <threads.h>
#include <time.h>
#include <unistd.h>

#include "Inputs/real_task.h"

real_test::task<> file_io(const char *path) {
  char buf[64];
  long r = 0;
  int fd = ::open(path, O_RDONLY);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'open' (file-io) in coroutine 'file_io'; it stalls the executor thread [async-blocking-call]
  r += ::read(fd, buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'read' (file-io) in coroutine 'file_io'; it stalls the executor thread [async-blocking-call]
  r += ::write(fd, buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'write' (file-io) in coroutine 'file_io'; it stalls the executor thread [async-blocking-call]
  r += pread(fd, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'pread' (file-io) in coroutine 'file_io'; it stalls the executor thread [async-blocking-call]
  r += ::fsync(fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fsync' (file-io) in coroutine 'file_io'; it stalls the executor thread [async-blocking-call]
  r += ::fdatasync(fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fdatasync' (file-io) in coroutine 'file_io'; it stalls the executor thread [async-blocking-call]
  // close and closedir are fd-close, off by default: on sockets, pipes and
  // local files they return at once.
  r += ::close(fd);
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:8: warning: blocking call to 'close' (fd-close) in coroutine 'file_io'; it stalls the executor thread [async-blocking-call]
  // Not waits: descriptor bookkeeping (RTSan's "real-time unsafe" only;
  // fcntl is listed as non-blocking in posix-nonblocking.yaml).
  r += ::lseek(fd, 0, SEEK_SET);
  r += ::dup(fd);
  r += ::fcntl(fd, F_GETFL);
  (void)r;
  co_return;
}

// A descriptor made non-blocking in the same function: its reads return
// EAGAIN instead of waiting (the category's unless-function-uses).
real_test::task<> nonblocking_read(int fd) {
  char buf[64];
  long r = ::fcntl(fd, F_SETFL, O_NONBLOCK);
  r += ::read(fd, buf, sizeof buf);
  (void)r;
  co_return;
}

real_test::task<> fs_meta(const char *path) {
  struct stat st;
  struct statvfs vfs;
  char resolved[4096];
  long r = 0;
  r += ::stat(path, &st);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'stat' (fs-meta) in coroutine 'fs_meta'; it stalls the executor thread [async-blocking-call]
  r += fstat(3, &st);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'fstat' (fs-meta) in coroutine 'fs_meta'; it stalls the executor thread [async-blocking-call]
  r += ::access(path, R_OK);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'access' (fs-meta) in coroutine 'fs_meta'; it stalls the executor thread [async-blocking-call]
  r += ::mkdir(path, 0755);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'mkdir' (fs-meta) in coroutine 'fs_meta'; it stalls the executor thread [async-blocking-call]
  r += ::unlink(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'unlink' (fs-meta) in coroutine 'fs_meta'; it stalls the executor thread [async-blocking-call]
  r += ::statvfs(path, &vfs);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'statvfs' (fs-meta) in coroutine 'fs_meta'; it stalls the executor thread [async-blocking-call]
  r += ::realpath(path, resolved) != nullptr;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'realpath' (fs-meta) in coroutine 'fs_meta'; it stalls the executor thread [async-blocking-call]
  DIR *d = ::opendir(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'opendir' (fs-meta) in coroutine 'fs_meta'; it stalls the executor thread [async-blocking-call]
  while (::readdir(d)) {
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'readdir' (fs-meta) in coroutine 'fs_meta'; it stalls the executor thread [async-blocking-call]
  }
  ::closedir(d);
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:3: warning: blocking call to 'closedir' (fd-close) in coroutine 'fs_meta'; it stalls the executor thread [async-blocking-call]
  (void)r;
  co_return;
}

real_test::task<> net_io(const sockaddr *addr, socklen_t len) {
  char buf[64];
  long r = 0;
  int s = ::socket(AF_INET, SOCK_STREAM, 0); // not a wait
  r += ::bind(s, addr, len);                 // not a wait
  r += ::listen(s, 16);                      // not a wait
  int c = ::accept(s, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'accept' (net-io) in coroutine 'net_io'; it stalls the executor thread [async-blocking-call]
  r += ::connect(c, addr, len);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'connect' (net-io) in coroutine 'net_io'; it stalls the executor thread [async-blocking-call]
  r += ::recv(c, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'recv' (net-io) in coroutine 'net_io'; it stalls the executor thread [async-blocking-call]
  r += ::send(c, buf, sizeof buf, MSG_NOSIGNAL);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'send' (net-io) in coroutine 'net_io'; it stalls the executor thread [async-blocking-call]
  r += ::recvfrom(c, buf, sizeof buf, 0, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'recvfrom' (net-io) in coroutine 'net_io'; it stalls the executor thread [async-blocking-call]
  (void)r;
  co_return;
}

real_test::task<> poll_wait(int fd) {
  long r = 0;
  pollfd pfd{fd, POLLIN, 0};
  r += ::poll(&pfd, 1, -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'poll' (poll-wait) in coroutine 'poll_wait'; it stalls the executor thread [async-blocking-call]
  fd_set rd;
  FD_ZERO(&rd);
  r += ::select(fd + 1, &rd, nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'select' (poll-wait) in coroutine 'poll_wait'; it stalls the executor thread [async-blocking-call]
  int ep = ::epoll_create1(0); // not a wait
  epoll_event ev{};
  r += ::epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev); // not a wait
  r += ::epoll_wait(ep, &ev, 1, -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'epoll_wait' (poll-wait) in coroutine 'poll_wait'; it stalls the executor thread [async-blocking-call]
  (void)r;
  co_return;
}

real_test::task<> resolve(const char *host) {
  addrinfo *res = nullptr;
  char name[256];
  long r = 0;
  r += ::getaddrinfo(host, "443", nullptr, &res);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'getaddrinfo' (dns) in coroutine 'resolve'; it stalls the executor thread [async-blocking-call]
  r += ::getnameinfo(res->ai_addr, res->ai_addrlen, name, sizeof name, nullptr, 0, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'getnameinfo' (dns) in coroutine 'resolve'; it stalls the executor thread [async-blocking-call]
  ::freeaddrinfo(res); // not a wait
  r += ::gethostbyname(host) != nullptr;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'gethostbyname' (dns) in coroutine 'resolve'; it stalls the executor thread [async-blocking-call]
  r += ::getpwnam("root") != nullptr;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'getpwnam' (dns) in coroutine 'resolve'; it stalls the executor thread [async-blocking-call]
  r += ::getgrgid(0) != nullptr;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'getgrgid' (dns) in coroutine 'resolve'; it stalls the executor thread [async-blocking-call]
  (void)r;
  co_return;
}

extern char **environ;

real_test::task<> children(char *const argv[]) {
  int status = 0;
  long r = 0;
  pid_t pid = ::fork();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call to 'fork' (process) in coroutine 'children'; it stalls the executor thread [async-blocking-call]
  r += ::waitpid(pid, &status, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'waitpid' (process) in coroutine 'children'; it stalls the executor thread [async-blocking-call]
  r += ::wait(&status);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'wait' (process) in coroutine 'children'; it stalls the executor thread [async-blocking-call]
  r += ::posix_spawn(&pid, argv[0], nullptr, nullptr, argv, environ);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'posix_spawn' (process) in coroutine 'children'; it stalls the executor thread [async-blocking-call]
  FILE *p = ::popen("ls", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call to 'popen' (process) in coroutine 'children'; it stalls the executor thread [async-blocking-call]
  r += ::pclose(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'pclose' (process) in coroutine 'children'; it stalls the executor thread [async-blocking-call]
  r += ::execve(argv[0], argv, environ);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'execve' (process) in coroutine 'children'; it stalls the executor thread [async-blocking-call]
  (void)r;
  co_return;
}

real_test::task<> sleepers() {
  timespec ts{0, 1000};
  thrd_sleep(&ts, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'thrd_sleep' (sleep) in coroutine 'sleepers'; it stalls the executor thread [async-blocking-call]
  ::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' (sleep) in coroutine 'sleepers'; it stalls the executor thread [async-blocking-call]
  ::usleep(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'usleep' (sleep) in coroutine 'sleepers'; it stalls the executor thread [async-blocking-call]
  ::nanosleep(&ts, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'nanosleep' (sleep) in coroutine 'sleepers'; it stalls the executor thread [async-blocking-call]
  ::clock_nanosleep(CLOCK_MONOTONIC, 0, &ts, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'clock_nanosleep' (sleep) in coroutine 'sleepers'; it stalls the executor thread [async-blocking-call]
  ::sched_yield(); // yields, does not wait
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  co_return;
}

real_test::task<> signals(const sigset_t *set) {
  int sig = 0;
  ::pause();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pause' (signal-wait) in coroutine 'signals'; it stalls the executor thread [async-blocking-call]
  ::sigwait(set, &sig);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sigwait' (signal-wait) in coroutine 'signals'; it stalls the executor thread [async-blocking-call]
  ::sigsuspend(set);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sigsuspend' (signal-wait) in coroutine 'signals'; it stalls the executor thread [async-blocking-call]
  co_return;
}

real_test::task<> threads(pthread_t t, pthread_mutex_t *m, pthread_cond_t *cv,
                          thrd_t ct, sem_t *sem, pthread_barrier_t *bar) {
  timespec deadline{1, 0};
  ::pthread_join(t, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pthread_join' (join) in coroutine 'threads'; it stalls the executor thread [async-blocking-call]
  ::pthread_timedjoin_np(t, nullptr, &deadline);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pthread_timedjoin_np' (join) in coroutine 'threads'; it stalls the executor thread [async-blocking-call]
  thrd_join(ct, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'thrd_join' (join) in coroutine 'threads'; it stalls the executor thread [async-blocking-call]
  ::pthread_cond_wait(cv, m);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pthread_cond_wait' (cond-wait) in coroutine 'threads'; it stalls the executor thread [async-blocking-call]
  ::pthread_cond_timedwait(cv, m, &deadline);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pthread_cond_timedwait' (cond-wait) in coroutine 'threads'; it stalls the executor thread [async-blocking-call]
  ::sem_wait(sem);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sem_wait' (sem-wait) in coroutine 'threads'; it stalls the executor thread [async-blocking-call]
  ::sem_timedwait(sem, &deadline);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sem_timedwait' (sem-wait) in coroutine 'threads'; it stalls the executor thread [async-blocking-call]
  ::sem_clockwait(sem, CLOCK_MONOTONIC, &deadline);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sem_clockwait' (sem-wait) in coroutine 'threads'; it stalls the executor thread [async-blocking-call]
  ::pthread_barrier_wait(bar);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'pthread_barrier_wait' (sem-wait) in coroutine 'threads'; it stalls the executor thread [async-blocking-call]
  // Not waits.
  ::sem_post(sem);
  ::sem_trywait(sem);
  ::pthread_cond_signal(cv);
  ::pthread_create(&t, nullptr, nullptr, nullptr);
  ::pthread_mutex_trylock(m);
  co_return;
}

real_test::task<> ipc(int msqid, mqd_t mq, int semid) {
  char buf[64];
  long r = 0;
  r += ::msgrcv(msqid, buf, sizeof buf, 0, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'msgrcv' (ipc-wait) in coroutine 'ipc'; it stalls the executor thread [async-blocking-call]
  r += ::mq_receive(mq, buf, sizeof buf, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'mq_receive' (ipc-wait) in coroutine 'ipc'; it stalls the executor thread [async-blocking-call]
  sembuf op{0, -1, 0};
  r += ::semop(semid, &op, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'semop' (ipc-wait) in coroutine 'ipc'; it stalls the executor thread [async-blocking-call]
  (void)r;
  co_return;
}

// `lock` is off by default: silent in the first two runs.
real_test::task<> locks(pthread_mutex_t *m, pthread_rwlock_t *rw,
                        pthread_spinlock_t *spin, mtx_t *cm, int fd) {
  ::pthread_mutex_lock(m);
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:3: warning: blocking call to 'pthread_mutex_lock' (lock) in coroutine 'locks'; it stalls the executor thread [async-blocking-call]
  ::pthread_mutex_unlock(m); // never a wait
  ::pthread_rwlock_rdlock(rw);
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:3: warning: blocking call to 'pthread_rwlock_rdlock' (lock) in coroutine 'locks'; it stalls the executor thread [async-blocking-call]
  ::pthread_rwlock_wrlock(rw);
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:3: warning: blocking call to 'pthread_rwlock_wrlock' (lock) in coroutine 'locks'; it stalls the executor thread [async-blocking-call]
  ::pthread_rwlock_unlock(rw); // never a wait
  ::pthread_spin_lock(spin);
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:3: warning: blocking call to 'pthread_spin_lock' (lock) in coroutine 'locks'; it stalls the executor thread [async-blocking-call]
  mtx_lock(cm);
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:3: warning: blocking call to 'mtx_lock' (lock) in coroutine 'locks'; it stalls the executor thread [async-blocking-call]
  ::flock(fd, LOCK_EX);
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:3: warning: blocking call to 'flock' (lock) in coroutine 'locks'; it stalls the executor thread [async-blocking-call]
  ::lockf(fd, F_LOCK, 0);
  // CHECK-MESSAGES-OPTIN: :[[@LINE-1]]:3: warning: blocking call to 'lockf' (lock) in coroutine 'locks'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// The same calls outside a coroutine are fine.
void plain(int fd, pthread_mutex_t *m) {
  char buf[8];
  (void)::read(fd, buf, sizeof buf);
  ::sleep(1);
  ::pthread_mutex_lock(m);
}
