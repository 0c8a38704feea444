// Mock of libcurl's <curl/multi.h> (included by <curl/curl.h>).
#ifndef CURLINC_MULTI_H
#define CURLINC_MULTI_H

#ifdef __cplusplus
extern "C" {
#endif

typedef void CURLM;

typedef enum {
  CURLM_CALL_MULTI_PERFORM = -1,
  CURLM_OK
} CURLMcode;

struct curl_waitfd {
  curl_socket_t fd;
  short events;
  short revents;
};

CURL_EXTERN CURLM *curl_multi_init(void);
CURL_EXTERN CURLMcode curl_multi_add_handle(CURLM *multi_handle,
                                            CURL *curl_handle);
CURL_EXTERN CURLMcode curl_multi_remove_handle(CURLM *multi_handle,
                                               CURL *curl_handle);
CURL_EXTERN CURLMcode curl_multi_perform(CURLM *multi_handle,
                                         int *running_handles);
CURL_EXTERN CURLMcode curl_multi_wait(CURLM *multi_handle,
                                      struct curl_waitfd extra_fds[],
                                      unsigned int extra_nfds, int timeout_ms,
                                      int *ret);
CURL_EXTERN CURLMcode curl_multi_poll(CURLM *multi_handle,
                                      struct curl_waitfd extra_fds[],
                                      unsigned int extra_nfds, int timeout_ms,
                                      int *ret);
CURL_EXTERN CURLMcode curl_multi_socket_action(CURLM *multi_handle,
                                               curl_socket_t s, int ev_bitmask,
                                               int *running_handles);
CURL_EXTERN CURLMcode curl_multi_cleanup(CURLM *multi_handle);

#ifdef __cplusplus
}
#endif

#endif /* CURLINC_MULTI_H */
