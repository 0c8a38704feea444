// Mock of libcurl's <curl/curl.h> for the async-tidy tests: the declarations
// the tests use, in the shape of curl/curl.h, easy.h and multi.h (C
// functions in an extern "C" block, opaque handle typedefs).
#ifndef CURLINC_CURL_H
#define CURLINC_CURL_H

#include <stddef.h>

#define CURL_EXTERN

#ifdef __cplusplus
extern "C" {
#endif

typedef void CURL;
typedef int curl_socket_t;

typedef enum {
  CURLE_OK = 0,
  CURLE_AGAIN = 81
} CURLcode;

typedef enum {
  CURLOPT_URL = 10002,
  CURLOPT_CONNECT_ONLY = 141
} CURLoption;

CURL_EXTERN CURLcode curl_global_init(long flags);
CURL_EXTERN void curl_global_cleanup(void);

#ifdef __cplusplus
}
#endif

#include "easy.h"
#include "multi.h"

#endif /* CURLINC_CURL_H */
