
async_test::task<void> flush() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  co_return;
}
