// RUN: %check_async_tidy %s async-blocking-call %t
// gRPC C++ (annotations/grpc.yaml): sync streaming calls, completion-queue
// waits, Server::Wait and Channel::WaitForConnected block the thread.
// Generated sync stubs have per-service names and are not in the database.
#include <async_test.h>
#include <grpcpp/grpcpp.h>

struct Req {};
struct Resp {};

// Shape of a generated sync stub (helloworld.grpc.pb.h): not listed; users
// add their own stubs in a project annotation file.
namespace helloworld {
class Greeter {
public:
  class Stub {
  public:
    ::grpc::Status SayHello(::grpc::ClientContext *context, const Req &request, Resp *response);
  };
};
} // namespace helloworld

namespace app {
// A user class with the same member names.
struct CompletionQueue {
  bool Next(void **Tag, bool *Ok);
};
template <class R> struct ClientReader {
  bool Read(R *Msg);
};
} // namespace app

bool drain(grpc::CompletionQueue &Cq) {
  void *Tag;
  bool Ok;
  return Cq.Next(&Tag, &Ok);
}
bool poll_loop(grpc::CompletionQueue &Cq) { return drain(Cq); }

async_test::task<> queues(grpc::CompletionQueue &Cq) {
  void *Tag = nullptr;
  bool Ok = false;
  Cq.Next(&Tag, &Ok);
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'grpc::CompletionQueue::Next' (rpc) in coroutine 'queues'; it stalls the executor thread [async-blocking-call]
  Cq.AsyncNext(&Tag, &Ok, 100);
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'grpc::CompletionQueue::AsyncNext' (rpc) in coroutine 'queues'; it stalls the executor thread [async-blocking-call]
  Cq.Shutdown(); // OK
  poll_loop(Cq);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'poll_loop' may block (rpc) in coroutine 'queues' [async-blocking-call]
  // CHECK-NOTES: :38:52: note: frame #1: 'poll_loop' calls 'drain' here
  // CHECK-NOTES: :36:13: note: frame #2: 'drain' calls blocking 'grpc::CompletionQueue::Next' (rpc) here
  co_return;
}

async_test::task<> server_and_channel(grpc::Server &S, grpc::Channel &Ch) {
  Ch.WaitForConnected(100);
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: blocking call to 'grpc::ChannelInterface::WaitForConnected' (rpc) in coroutine 'server_and_channel'; it stalls the executor thread [async-blocking-call]
  Ch.GetState(false); // OK
  S.Wait();
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'grpc::Server::Wait' (rpc) in coroutine 'server_and_channel'; it stalls the executor thread [async-blocking-call]
  S.Shutdown(); // OK
  co_return;
}

async_test::task<> streams(grpc::ClientReader<Resp> *Reader,
                           grpc::ClientWriter<Req> *Writer,
                           grpc::ClientReaderWriter<Req, Resp> *Stream) {
  Resp R;
  Req Q;
  Reader->Read(&R);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'grpc::ClientReader<Resp>::Read' (rpc) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  grpc::Status St = Reader->Finish();
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: blocking call to 'grpc::ClientReader<Resp>::Finish' (rpc) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  Writer->Write(Q);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'grpc::internal::WriterInterface<Req>::Write' (rpc) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  Writer->Write(Q, grpc::WriteOptions());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'grpc::ClientWriter<Req>::Write' (rpc) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  Writer->WritesDone();
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'grpc::ClientWriter<Req>::WritesDone' (rpc) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  Stream->Read(&R);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'grpc::ClientReaderWriter<Req, Resp>::Read' (rpc) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  Stream->Write(Q);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'grpc::internal::WriterInterface<Req>::Write' (rpc) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  St = Stream->Finish();
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: blocking call to 'grpc::ClientReaderWriter<Req, Resp>::Finish' (rpc) in coroutine 'streams'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> negatives(grpc::ClientAsyncResponseReader<Resp> *Rpc,
                             helloworld::Greeter::Stub *Stub,
                             app::CompletionQueue &MyCq,
                             app::ClientReader<Resp> &MyReader) {
  Resp R;
  grpc::Status St;
  Rpc->StartCall();              // OK: the async API
  Rpc->Finish(&R, &St, nullptr); // OK: only registers a tag
  grpc::ClientContext Ctx;
  St = Stub->SayHello(&Ctx, Req{}, &R); // not listed: per-service name
  void *Tag;
  bool Ok;
  MyCq.Next(&Tag, &Ok);  // OK: a user class
  MyReader.Read(&R);     // OK
  co_return;
}

// Plain code may block.
int main() {
  grpc::CompletionQueue Cq;
  poll_loop(Cq);
  void *Tag;
  bool Ok;
  Cq.Next(&Tag, &Ok);
}
