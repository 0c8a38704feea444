// RUN: %check_async_tidy --real-headers %s async-blocking-call %t
// RUN: %check_async_tidy --real-headers -check-suffix=CONSOLE %s async-blocking-call %t --config="{CheckOptions: {async-blocking-call.Categories: '-*,console-io'}}"
//
// annotations/cxx-std-io.yaml against this platform's libstdc++: opening and
// closing file streams, std::filesystem, the standard streams (console-io, off
// by default; the second run enables only that category), and the negatives.
// Reads and writes on file streams (members inherited from
// std::basic_istream<char>/basic_ostream<char>) are in cxx-std-io-inherited.cpp.
#include "Inputs/real_task.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

real_test::task<> file_streams(std::string name) {
  std::ifstream in(name);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking call to 'std::basic_ifstream<char>::basic_ifstream' (file-io) in coroutine 'file_streams'; it stalls the executor thread [async-blocking-call]
  std::ifstream in2(fs::path("p"));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking call to 'std::basic_ifstream<char>::basic_ifstream' (file-io) in coroutine 'file_streams'; it stalls the executor thread [async-blocking-call]
  in.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_ifstream<char>::close' (file-io) in coroutine 'file_streams'; it stalls the executor thread [async-blocking-call]
  std::ofstream out;
  out.open(name, std::ios::app);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ofstream<char>::open' (file-io) in coroutine 'file_streams'; it stalls the executor thread [async-blocking-call]
  std::fstream io(name, std::ios::in | std::ios::out);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: blocking call to 'std::basic_fstream<char>::basic_fstream' (file-io) in coroutine 'file_streams'; it stalls the executor thread [async-blocking-call]
  std::filebuf fb;
  fb.open(name, std::ios::in);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_filebuf<char>::open' (file-io) in coroutine 'file_streams'; it stalls the executor thread [async-blocking-call]
  // Insertion into a temporary stream calls libstdc++'s rvalue-stream
  // std::operator<< template, whose first parameter is the file stream type.
  std::ofstream(name) << name;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::basic_ofstream<char>::basic_ofstream' (file-io) in coroutine 'file_streams'; it stalls the executor thread [async-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: blocking call to 'std::operator<<' (file-io) in coroutine 'file_streams'; it stalls the executor thread [async-blocking-call]
  co_return;
}

real_test::task<bool> filesystem_ops(fs::path dir) {
  bool ok = fs::exists(dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call to 'std::filesystem::exists' (fs-meta) in coroutine 'filesystem_ops'; it stalls the executor thread [async-blocking-call]
  std::error_code ec;
  ok = fs::is_directory(dir, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'std::filesystem::is_directory' (fs-meta) in coroutine 'filesystem_ops'; it stalls the executor thread [async-blocking-call]
  auto size = fs::file_size(dir / "f");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call to 'std::filesystem::file_size' (fs-meta) in coroutine 'filesystem_ops'; it stalls the executor thread [async-blocking-call]
  (void)size;
  fs::create_directories(dir / "a" / "b");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::create_directories' (fs-meta) in coroutine 'filesystem_ops'; it stalls the executor thread [async-blocking-call]
  fs::remove(dir / "f", ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::remove' (fs-meta) in coroutine 'filesystem_ops'; it stalls the executor thread [async-blocking-call]
  fs::rename(dir / "a", dir / "c");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::rename' (fs-meta) in coroutine 'filesystem_ops'; it stalls the executor thread [async-blocking-call]
  fs::copy_file(dir / "x", dir / "y", fs::copy_options::overwrite_existing);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::copy_file' (file-io) in coroutine 'filesystem_ops'; it stalls the executor thread [async-blocking-call]
  fs::file_status st = fs::symlink_status(dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: blocking call to 'std::filesystem::symlink_status' (fs-meta) in coroutine 'filesystem_ops'; it stalls the executor thread [async-blocking-call]
  for (const fs::directory_entry &e : fs::directory_iterator(dir))
    // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: blocking call to 'std::filesystem::directory_iterator::directory_iterator' (fs-meta) in coroutine 'filesystem_ops'; it stalls the executor thread [async-blocking-call]
    ok = ok && !e.path().empty();
  fs::recursive_directory_iterator it(dir, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: blocking call to 'std::filesystem::recursive_directory_iterator::recursive_directory_iterator' (fs-meta) in coroutine 'filesystem_ops'; it stalls the executor thread [async-blocking-call]
  it.increment(ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::filesystem::recursive_directory_iterator::increment' (fs-meta) in coroutine 'filesystem_ops'; it stalls the executor thread [async-blocking-call]
  ++it;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::recursive_directory_iterator::operator++' (fs-meta) in coroutine 'filesystem_ops'; it stalls the executor thread [async-blocking-call]

  // The file_status overloads do no I/O, nor do path operations or a
  // default-constructed iterator.
  ok = ok && fs::exists(st) && !fs::is_directory(st) && fs::is_symlink(st);
  fs::directory_iterator end;
  fs::path p = dir / "file.txt";
  ok = ok && p.has_extension() && !p.filename().empty();
  co_return ok;
}

real_test::task<> console() {
  std::cout << "name? " << std::flush;
  // CHECK-MESSAGES-CONSOLE: :[[@LINE-1]]:13: warning: blocking call to 'std::operator<<' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  std::string name;
  std::getline(std::cin, name);
  // CHECK-MESSAGES-CONSOLE: :[[@LINE-1]]:3: warning: blocking call to 'std::getline' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  std::cin >> name;
  // CHECK-MESSAGES-CONSOLE: :[[@LINE-1]]:12: warning: blocking call to 'std::operator>>' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  int n = 0;
  std::cin >> n;
  // CHECK-MESSAGES-CONSOLE: :[[@LINE-1]]:12: warning: blocking call to 'std::basic_istream<char>::operator>>' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  std::cerr << n << '\n';
  // CHECK-MESSAGES-CONSOLE: :[[@LINE-1]]:13: warning: blocking call to 'std::basic_ostream<char>::operator<<' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  std::clog.flush();
  // CHECK-MESSAGES-CONSOLE: :[[@LINE-1]]:13: warning: blocking call to 'std::basic_ostream<char>::flush' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  std::cout << fs::path("p");
  // CHECK-MESSAGES-CONSOLE: :[[@LINE-1]]:13: warning: blocking call to 'std::filesystem::operator<<' (console-io) in coroutine 'console'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// ---------------------------------------------------------------- negatives
real_test::task<> string_streams(std::string text) {
  std::istringstream in(text);
  std::string word;
  in >> word;
  std::getline(in, word);
  char buf[8];
  in.read(buf, 8);
  int n = 0;
  in >> n;
  std::ostringstream out;
  out << word << n << std::endl;
  out << fs::path("p");
  out.write(buf, 8);
  std::stringstream both(text);
  both << word;
  std::getline(both, word);
  std::ifstream not_opened;
  (void)not_opened.is_open();
  co_return;
}

// A stream of unknown origin (a documented limitation).
real_test::task<> unknown_stream(std::istream &in, std::ostream &out) {
  std::string s;
  std::getline(in, s);
  out << s << '\n';
  co_return;
}

std::string not_a_coroutine(const std::string &name) {
  std::ifstream in(name);
  std::string s;
  std::getline(in, s);
  std::cout << s << std::endl;
  return fs::exists(name) ? s : std::string();
}
