// Mock of <grpcpp/grpcpp.h> for the async-tidy tests. The classes have the
// shape of the real headers (grpcpp/completion_queue.h, channel.h,
// impl/codegen/channel_interface.h, server.h, server_interface.h,
// support/sync_stream.h, support/async_unary_call.h): the sync streams are
// final class templates in namespace grpc deriving from the *Interface
// templates, the one-argument Write is inherited from
// grpc::internal::WriterInterface through a using-declaration, and
// CompletionQueue::AsyncNext and ChannelInterface::WaitForConnected are
// member templates over the deadline type. Factories returning
// std::unique_ptr / std::shared_ptr are omitted (the mock suite has no
// <memory>).
#ifndef GRPCPP_GRPCPP_H
#define GRPCPP_GRPCPP_H

namespace grpc {

class Status {
public:
  Status() {}
  bool ok() const { return code_ == 0; }

private:
  int code_ = 0;
};

class ClientContext {
public:
  ClientContext() {}
  ~ClientContext() {}
  void TryCancel() {}
};

class WriteOptions {
public:
  WriteOptions() {}
};

class CompletionQueue {
public:
  enum NextStatus { SHUTDOWN, GOT_EVENT, TIMEOUT };
  CompletionQueue() {}
  ~CompletionQueue() {}
  // "Read from the queue, blocking until an event is available or the queue
  // is shutting down."
  bool Next(void **tag, bool *ok) { return AsyncNextInternal(tag, ok) != SHUTDOWN; }
  template <typename T>
  NextStatus AsyncNext(void **tag, bool *ok, const T &deadline) {
    return AsyncNextInternal(tag, ok);
  }
  void Shutdown() {}

private:
  NextStatus AsyncNextInternal(void **tag, bool *ok);
};

class ChannelInterface {
public:
  virtual ~ChannelInterface() {}
  virtual int GetState(bool try_to_connect) = 0;
  template <typename T> bool WaitForConnected(T deadline) {
    return WaitForStateChangeImpl(deadline);
  }

private:
  template <typename T> bool WaitForStateChangeImpl(T deadline);
};

class Channel final : public ChannelInterface {
public:
  ~Channel() override {}
  int GetState(bool try_to_connect) override { return 0; }
};

class ServerInterface {
public:
  virtual ~ServerInterface() {}
  virtual void Wait() = 0;
  virtual void Shutdown() {}
};

class Server : public ServerInterface {
public:
  ~Server() override {}
  void Wait() override;
};

namespace internal {
class ClientStreamingInterface {
public:
  virtual ~ClientStreamingInterface() {}
  virtual ::grpc::Status Finish() = 0;
};
template <class R> class ReaderInterface {
public:
  virtual ~ReaderInterface() {}
  virtual bool Read(R *msg) = 0;
};
template <class W> class WriterInterface {
public:
  virtual ~WriterInterface() {}
  virtual bool Write(const W &msg, ::grpc::WriteOptions options) = 0;
  inline bool Write(const W &msg) { return Write(msg, ::grpc::WriteOptions()); }
};
} // namespace internal

template <class R>
class ClientReaderInterface : public internal::ClientStreamingInterface,
                              public internal::ReaderInterface<R> {
public:
  virtual void WaitForInitialMetadata() = 0;
};

template <class R> class ClientReader final : public ClientReaderInterface<R> {
public:
  void WaitForInitialMetadata() override {}
  bool Read(R *msg) override { return false; }
  ::grpc::Status Finish() override { return ::grpc::Status(); }
};

template <class W>
class ClientWriterInterface : public internal::ClientStreamingInterface,
                              public internal::WriterInterface<W> {
public:
  virtual bool WritesDone() = 0;
};

template <class W> class ClientWriter : public ClientWriterInterface<W> {
public:
  void WaitForInitialMetadata() {}
  using internal::WriterInterface<W>::Write;
  bool Write(const W &msg, ::grpc::WriteOptions options) override { return true; }
  bool WritesDone() override { return true; }
  ::grpc::Status Finish() override { return ::grpc::Status(); }
};

template <class W, class R>
class ClientReaderWriterInterface : public internal::ClientStreamingInterface,
                                    public internal::WriterInterface<W>,
                                    public internal::ReaderInterface<R> {
public:
  virtual void WaitForInitialMetadata() = 0;
  virtual bool WritesDone() = 0;
};

template <class W, class R>
class ClientReaderWriter final : public ClientReaderWriterInterface<W, R> {
public:
  void WaitForInitialMetadata() override {}
  bool Read(R *msg) override { return false; }
  using internal::WriterInterface<W>::Write;
  bool Write(const W &msg, ::grpc::WriteOptions options) override { return true; }
  bool WritesDone() override { return true; }
  ::grpc::Status Finish() override { return ::grpc::Status(); }
};

// The async API: Finish only registers a tag with the completion queue.
template <class R> class ClientAsyncResponseReader final {
public:
  void StartCall() {}
  void Finish(R *msg, ::grpc::Status *status, void *tag) {}
};

} // namespace grpc

#endif // GRPCPP_GRPCPP_H
