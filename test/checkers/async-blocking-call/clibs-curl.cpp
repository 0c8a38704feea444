// RUN: %check_async_tidy %s async-blocking-call %t
// libcurl (annotations/curl.yaml): the easy interface runs transfers on the
// calling thread; curl_multi_poll / curl_multi_wait wait for activity. The
// rest of the multi interface is the asynchronous path.
#include <async_test.h>
#include <curl/curl.h>

namespace app {
// Same unqualified names, C++ linkage: never the C functions.
int curl_easy_perform(CURL *H);
int curl_multi_poll(CURLM *M, int TimeoutMs);
} // namespace app

CURLcode fetch(CURL *H) { return curl_easy_perform(H); }
CURLcode fetch_twice(CURL *H) {
  fetch(H);
  return fetch(H);
}

async_test::task<> easy(CURL *H) {
  curl_easy_setopt(H, CURLOPT_URL, "https://example.com"); // OK: only sets an option
  CURLcode R = curl_easy_perform(H);
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: blocking call to 'curl_easy_perform' (http-io) in coroutine 'easy'; it stalls the executor thread [async-blocking-call]
  char Buf[64];
  size_t N = 0;
  curl_easy_recv(H, Buf, sizeof Buf, &N);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'curl_easy_recv' (http-io) in coroutine 'easy'; it stalls the executor thread [async-blocking-call]
  curl_easy_send(H, Buf, N, &N);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'curl_easy_send' (http-io) in coroutine 'easy'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> chain(CURL *H) {
  fetch_twice(H);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'fetch_twice' may block (http-io) in coroutine 'chain' [async-blocking-call]
  // CHECK-NOTES: :16:3: note: frame #1: 'fetch_twice' calls 'fetch' here
  // CHECK-NOTES: :14:34: note: frame #2: 'fetch' calls blocking 'curl_easy_perform' (http-io) here
  co_return;
}

async_test::task<> multi(CURLM *M, CURL *H) {
  curl_multi_add_handle(M, H);  // OK
  int Running = 0;
  curl_multi_perform(M, &Running); // OK: non-blocking
  curl_multi_socket_action(M, 3, 0, &Running); // OK: event-driven
  int Ready = 0;
  curl_multi_poll(M, nullptr, 0, 1000, &Ready);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'curl_multi_poll' (poll-wait) in coroutine 'multi'; it stalls the executor thread [async-blocking-call]
  curl_multi_wait(M, nullptr, 0, 1000, &Ready);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'curl_multi_wait' (poll-wait) in coroutine 'multi'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> same_names(CURL *H, CURLM *M) {
  app::curl_easy_perform(H); // OK: a user function
  app::curl_multi_poll(M, 10); // OK
  co_return;
}

// Plain code may block.
int main() {
  CURL *H = curl_easy_init();
  curl_easy_perform(H);
  fetch_twice(H);
  curl_easy_cleanup(H);
}
