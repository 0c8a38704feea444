// RUN: %check_async_tidy --real-headers %s async-blocking-call %t
//
// Regression test: the object is wrapped in an implicit derived-to-base
// cast, which the matcher must look through to find the class the user
// called the member on.
//
// Reads and writes on file streams with this platform's libstdc++: the members
// are declared by std::basic_istream<char> / std::basic_ostream<char> and
// matched by the entries on std::basic_ifstream/ofstream/fstream through the
// object's class. The negatives (string streams) are in cxx-std-io.cpp.
#include "Inputs/real_task.h"

#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

real_test::task<> reads(std::ifstream &in) {
  char buf[64];
  in.read(buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_istream<char>::read' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  in.getline(buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_istream<char>::getline' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  in.get(buf[0]);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_istream<char>::get' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  std::string line;
  std::getline(in, line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::getline' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  int n = 0;
  in >> n;
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_istream<char>::operator>>' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  in >> line;
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::operator>>' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  co_return;
}

real_test::task<> writes(std::ofstream &out, std::fstream &io, std::string line) {
  out << "text";
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::operator<<' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out << line;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::operator<<' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out << 42;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ostream<char>::operator<<' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out << std::endl;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ostream<char>::operator<<' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out << fs::path("p");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::filesystem::operator<<' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out.write(line.data(), 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ostream<char>::write' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out.flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ostream<char>::flush' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  io.put('x');
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_ostream<char>::put' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  char c;
  io.get(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_istream<char>::get' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  std::getline(io, line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::getline' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  co_return;
}
