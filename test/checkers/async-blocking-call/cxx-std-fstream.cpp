// RUN: %check_async_tidy %s async-blocking-call %t
//
// File streams (annotations/cxx-std-io.yaml): opening constructors, open,
// close, and the negatives. The reads and writes inherited from
// std::basic_istream/basic_ostream are in cxx-std-fstream-inherited.cpp.
#include <async_test.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

async_test::task<> open_close(std::string name, std::filesystem::path p) {
  std::ifstream in(name);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking call to 'std::basic_ifstream<char>::basic_ifstream' (file-io) in coroutine 'open_close'; it stalls the executor thread [async-blocking-call]
  in.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_ifstream<char>::close' (file-io) in coroutine 'open_close'; it stalls the executor thread [async-blocking-call]
  in.open(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_ifstream<char>::open' (file-io) in coroutine 'open_close'; it stalls the executor thread [async-blocking-call]
  std::ofstream out("log", std::ios_base::app);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking call to 'std::basic_ofstream<char>::basic_ofstream' (file-io) in coroutine 'open_close'; it stalls the executor thread [async-blocking-call]
  out.open(name);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ofstream<char>::open' (file-io) in coroutine 'open_close'; it stalls the executor thread [async-blocking-call]
  out.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ofstream<char>::close' (file-io) in coroutine 'open_close'; it stalls the executor thread [async-blocking-call]
  std::fstream io(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: blocking call to 'std::basic_fstream<char>::basic_fstream' (file-io) in coroutine 'open_close'; it stalls the executor thread [async-blocking-call]
  io.open("other", std::ios_base::in | std::ios_base::out);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_fstream<char>::open' (file-io) in coroutine 'open_close'; it stalls the executor thread [async-blocking-call]
  io.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_fstream<char>::close' (file-io) in coroutine 'open_close'; it stalls the executor thread [async-blocking-call]
  std::filebuf fb;
  fb.open("raw", std::ios_base::in | std::ios_base::binary);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_filebuf<char>::open' (file-io) in coroutine 'open_close'; it stalls the executor thread [async-blocking-call]
  fb.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_filebuf<char>::close' (file-io) in coroutine 'open_close'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// A temporary stream is reported at the constructor call. Extraction from and
// insertion into an rvalue stream call the generic std::operator>> /
// std::operator<< templates (libstdc++'s __rvalue_stream_extraction_t), whose
// first parameter is the file stream type itself.
async_test::task<int> temporary(const std::string &name) {
  int n = 0;
  std::ifstream(name) >> n;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::basic_ifstream<char>::basic_ifstream' (file-io) in coroutine 'temporary'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: blocking call to 'std::operator>>' (file-io) in coroutine 'temporary'; it stalls the executor thread [async-blocking-call]
  std::ofstream(name) << n;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::basic_ofstream<char>::basic_ofstream' (file-io) in coroutine 'temporary'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: blocking call to 'std::operator<<' (file-io) in coroutine 'temporary'; it stalls the executor thread [async-blocking-call]
  co_return n;
}

// ---------------------------------------------------------------- negatives

// String streams share every member with the file streams: never blocking.
async_test::task<> string_streams(std::string text) {
  std::istringstream in(text);
  char buf[8];
  in.read(buf, 8);
  std::string word;
  in >> word;
  int n;
  in >> n;
  std::getline(in, word);
  in.get(buf[0]);
  std::ostringstream out;
  out << "x" << 1 << word << std::endl;
  std::ostringstream() << word;
  std::istringstream(text) >> n;
  out.write(buf, 8);
  out.flush();
  std::stringstream both;
  both << std::filesystem::path("p");
  both << word;
  both >> word;
  std::getline(both, word);
  co_return;
}

// A default-constructed stream opens nothing; is_open() does no I/O; a
// stream moved from another one opens nothing either.
async_test::task<> default_constructed(std::ifstream other) {
  std::ifstream in;
  std::ofstream out;
  std::fstream io;
  std::filebuf fb;
  (void)in.is_open();
  std::ifstream moved(static_cast<std::ifstream &&>(other));
  co_return;
}

// A user class that happens to be called ifstream.
namespace app {
struct ifstream {
  explicit ifstream(const char *) {}
  void read(char *, long) {}
  void open(const char *) {}
  void close() {}
};
} // namespace app

async_test::task<> user_class() {
  app::ifstream f("name");
  char buf[4];
  f.read(buf, 4);
  f.open("other");
  f.close();
  co_return;
}

// A stream passed as std::istream& may be a file, a string or std::cin: its
// static type says nothing, so it is not reported (a documented limitation).
async_test::task<> unknown_stream(std::istream &in, std::ostream &out,
                                  std::ifstream &file) {
  std::istream &alias = file; // the static type is all the check sees
  std::string s;
  std::getline(alias, s);
  std::getline(in, s);
  in >> s;
  out << s;
  out.flush();
  co_return;
}

// A plain lambda runs wherever it is called, not necessarily here.
async_test::task<> lambda_inside() {
  auto load = [](const char *name) {
    std::ifstream in(name);
    std::string s;
    std::getline(in, s);
    return s;
  };
  (void)load;
  co_return;
}

// Not a coroutine.
std::string plain_function(const char *name) {
  std::ifstream in(name);
  std::string s;
  std::getline(in, s);
  std::ofstream(name) << s;
  return s;
}
