// RUN: %check_async_tidy %s async-blocking-call %t \
// RUN:   --config="{CheckOptions: {async-blocking-call.AnnotationFiles: '%S/Inputs/evloop.yaml'}}"
// Handlers registered with an event loop (a `callbacks:` entry) must not block.
#include <chrono>
#include <thread>

namespace evloop {
using handler = void (*)(int);
void on_readable(int Fd, handler H);
template <class F> void on_readable(int Fd, F &&H) {}
void on_timer(int Ms, handler H); // not a callbacks entry
} // namespace evloop

void nap() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }

void handle_input(int) {
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block (sleep) in event-loop callback 'handle_input' [async-blocking-call]
  // CHECK-NOTES: :14:14: note: frame #1: 'nap' calls blocking 'std::this_thread::sleep_for' (sleep) here
}
void on_tick(int) { nap(); } // OK: registered with on_timer only
void never_registered(int) { nap(); } // OK

void setup(int Fd) {
  evloop::on_readable(Fd, handle_input);
  evloop::on_readable(Fd, &handle_input); // registered twice, reported once
  evloop::on_timer(10, on_tick);
  evloop::on_readable(Fd, [](int) {
    std::this_thread::sleep_for(std::chrono::seconds(1));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'std::this_thread::sleep_for' (sleep) in event-loop callback lambda in 'setup'; it stalls the executor thread [async-blocking-call]
  });
}
