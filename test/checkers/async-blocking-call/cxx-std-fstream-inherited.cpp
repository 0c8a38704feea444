// RUN: %check_async_tidy %s async-blocking-call %t
//
// Regression test: the object is wrapped in an implicit derived-to-base
// cast, which the matcher must look through to find the class the user
// called the member on.
//
// Reads and writes on file streams (annotations/cxx-std-io.yaml). The members
// are declared by std::basic_istream<char> / std::basic_ostream<char> and
// inherited: the entries on std::basic_ifstream/ofstream/fstream match them
// through the class of the object they are called on, so the same members on
// a string stream do not warn (see cxx-std-fstream.cpp for the negatives).
#include <async_test.h>
#include <filesystem>
#include <fstream>
#include <string>

async_test::task<> reads(std::ifstream &in) {
  char buf[64];
  in.read(buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_istream<char>::read' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  in.get(buf[0]);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_istream<char>::get' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  in.getline(buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_istream<char>::getline' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  in.ignore(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_istream<char>::ignore' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  (void)in.peek();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'std::basic_istream<char>::peek' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  (void)in.readsome(buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'std::basic_istream<char>::readsome' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  in.seekg(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_istream<char>::seekg' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  int n = 0;
  in >> n;
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_istream<char>::operator>>' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  std::string line;
  std::getline(in, line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::getline' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  std::getline(in, line, ';');
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::getline' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  in >> line;
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::operator>>' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  char c;
  in >> c;
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::operator>>' (file-io) in coroutine 'reads'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> writes(std::string text) {
  std::ofstream out("log", std::ios_base::app);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking call to 'std::basic_ofstream<char>::basic_ofstream' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out.write(text.data(), 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ostream<char>::write' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out.put('x');
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ostream<char>::put' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out << 42;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ostream<char>::operator<<' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out << "literal";
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::operator<<' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out << text;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::operator<<' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out << 'c';
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::operator<<' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out << std::endl;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ostream<char>::operator<<' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  // Only the first operation of a chain is recognised: the second `<<` is
  // called on the std::basic_ostream& the first one returns.
  out << "a" << 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::operator<<' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out.flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ostream<char>::flush' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  out.seekp(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ostream<char>::seekp' (file-io) in coroutine 'writes'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<> read_write(std::fstream &io, std::filesystem::path p) {
  std::fstream *ptr = &io;
  char buf[8];
  ptr->read(buf, 8);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'std::basic_istream<char>::read' (file-io) in coroutine 'read_write'; it stalls the executor thread [async-blocking-call]
  io.write(buf, 8);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_ostream<char>::write' (file-io) in coroutine 'read_write'; it stalls the executor thread [async-blocking-call]
  std::string s;
  std::getline(io, s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::getline' (file-io) in coroutine 'read_write'; it stalls the executor thread [async-blocking-call]
  io << s;
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::operator<<' (file-io) in coroutine 'read_write'; it stalls the executor thread [async-blocking-call]
  io << p;
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::filesystem::operator<<' (file-io) in coroutine 'read_write'; it stalls the executor thread [async-blocking-call]
  io >> p;
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::filesystem::operator>>' (file-io) in coroutine 'read_write'; it stalls the executor thread [async-blocking-call]
  io.sync();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::basic_istream<char>::sync' (file-io) in coroutine 'read_write'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// A user class derived from a file stream is a file stream too.
struct LogFile : std::ofstream {
  using std::ofstream::ofstream;
};

async_test::task<> derived(LogFile &log, std::string s) {
  log << s;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::operator<<' (file-io) in coroutine 'derived'; it stalls the executor thread [async-blocking-call]
  log.flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::basic_ostream<char>::flush' (file-io) in coroutine 'derived'; it stalls the executor thread [async-blocking-call]
  co_return;
}
