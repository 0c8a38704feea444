// Mock of <asio/read.hpp>, <asio/write.hpp>, <asio/read_until.hpp> and
// <asio/connect.hpp>: free composed operations (function templates) and
// their async forms.
#pragma once
#include <asio/async_result.hpp>
#include <asio/basic_socket.hpp>
#include <asio/detail_config.hpp>

namespace asio {
template <typename SyncReadStream, typename MutableBufferSequence>
size_t read(SyncReadStream &s, const MutableBufferSequence &buffers) {
  return s.read_some(buffers);
}
template <typename SyncReadStream, typename MutableBufferSequence>
size_t read(SyncReadStream &s, const MutableBufferSequence &buffers, error_code &ec) {
  return s.read_some(buffers);
}
template <typename AsyncReadStream, typename MutableBufferSequence, typename ReadToken>
detail::async_result_t<ReadToken, void(error_code, size_t)>
async_read(AsyncReadStream &s, const MutableBufferSequence &buffers, ReadToken &&token) {
  return async_initiate<void(error_code, size_t)>(token);
}

template <typename SyncWriteStream, typename ConstBufferSequence>
size_t write(SyncWriteStream &s, const ConstBufferSequence &buffers) {
  return s.write_some(buffers);
}
template <typename SyncWriteStream, typename ConstBufferSequence>
size_t write(SyncWriteStream &s, const ConstBufferSequence &buffers, error_code &ec) {
  return s.write_some(buffers);
}
template <typename AsyncWriteStream, typename ConstBufferSequence, typename WriteToken>
detail::async_result_t<WriteToken, void(error_code, size_t)>
async_write(AsyncWriteStream &s, const ConstBufferSequence &buffers, WriteToken &&token) {
  return async_initiate<void(error_code, size_t)>(token);
}

template <typename SyncReadStream, typename DynamicBuffer>
size_t read_until(SyncReadStream &s, DynamicBuffer &&buffers, char delim) {
  return s.read_some(buffers);
}
template <typename SyncReadStream, typename DynamicBuffer>
size_t read_until(SyncReadStream &s, DynamicBuffer &&buffers, char delim, error_code &ec) {
  return s.read_some(buffers);
}
template <typename AsyncReadStream, typename DynamicBuffer, typename ReadToken>
detail::async_result_t<ReadToken, void(error_code, size_t)>
async_read_until(AsyncReadStream &s, DynamicBuffer &&buffers, char delim, ReadToken &&token) {
  return async_initiate<void(error_code, size_t)>(token);
}

template <typename Protocol, typename Executor, typename EndpointSequence>
typename Protocol::endpoint connect(basic_socket<Protocol, Executor> &s,
                                    const EndpointSequence &endpoints) {
  return {};
}
template <typename Protocol, typename Executor, typename EndpointSequence>
typename Protocol::endpoint connect(basic_socket<Protocol, Executor> &s,
                                    const EndpointSequence &endpoints, error_code &ec) {
  return {};
}
template <typename Protocol, typename Executor, typename EndpointSequence, typename RangeConnectToken>
detail::async_result_t<RangeConnectToken, void(error_code, typename Protocol::endpoint)>
async_connect(basic_socket<Protocol, Executor> &s, const EndpointSequence &endpoints,
              RangeConnectToken &&token) {
  return async_initiate<void(error_code, typename Protocol::endpoint)>(token);
}
} // namespace asio
