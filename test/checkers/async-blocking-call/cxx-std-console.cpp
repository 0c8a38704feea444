// console-io is off by default: the first run expects no diagnostics.
// RUN: %check_async_tidy %s async-blocking-call %t
// RUN: %check_async_tidy -check-suffix=ON %s async-blocking-call %t --config="{CheckOptions: {async-blocking-call.Categories: 'console-io'}}"
//
// The standard streams (annotations/cxx-std-io.yaml): the entries name the
// implementation classes std::basic_istream / std::basic_ostream and match
// only when the object is one of std::cin, std::cout, std::cerr, std::clog
// (or the wide ones).
#include <async_test.h>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>

async_test::task<> prompt() {
  std::cout << "name? ";
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:13: warning: blocking call to 'std::operator<<' (console-io) in coroutine 'prompt'; it stalls the executor thread [async-blocking-call]
  std::cout.flush();
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:13: warning: blocking call to 'std::basic_ostream<char>::flush' (console-io) in coroutine 'prompt'; it stalls the executor thread [async-blocking-call]
  std::string name;
  std::getline(std::cin, name);
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:3: warning: blocking call to 'std::getline' (console-io) in coroutine 'prompt'; it stalls the executor thread [async-blocking-call]
  std::cin >> name;
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:12: warning: blocking call to 'std::operator>>' (console-io) in coroutine 'prompt'; it stalls the executor thread [async-blocking-call]
  int age = 0;
  std::cin >> age;
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:12: warning: blocking call to 'std::basic_istream<char>::operator>>' (console-io) in coroutine 'prompt'; it stalls the executor thread [async-blocking-call]
  char buf[16];
  std::cin.read(buf, sizeof buf);
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:12: warning: blocking call to 'std::basic_istream<char>::read' (console-io) in coroutine 'prompt'; it stalls the executor thread [async-blocking-call]
  std::cin.getline(buf, sizeof buf);
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:12: warning: blocking call to 'std::basic_istream<char>::getline' (console-io) in coroutine 'prompt'; it stalls the executor thread [async-blocking-call]
  (void)std::cin.get();
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:18: warning: blocking call to 'std::basic_istream<char>::get' (console-io) in coroutine 'prompt'; it stalls the executor thread [async-blocking-call]
  std::cout << age << std::endl;
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:13: warning: blocking call to 'std::basic_ostream<char>::operator<<' (console-io) in coroutine 'prompt'; it stalls the executor thread [async-blocking-call]
  std::cerr << name;
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:13: warning: blocking call to 'std::operator<<' (console-io) in coroutine 'prompt'; it stalls the executor thread [async-blocking-call]
  std::clog.write(buf, 4);
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:13: warning: blocking call to 'std::basic_ostream<char>::write' (console-io) in coroutine 'prompt'; it stalls the executor thread [async-blocking-call]
  std::cerr.put('\n');
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:13: warning: blocking call to 'std::basic_ostream<char>::put' (console-io) in coroutine 'prompt'; it stalls the executor thread [async-blocking-call]
  std::cout << std::filesystem::path("p");
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:13: warning: blocking call to 'std::filesystem::operator<<' (console-io) in coroutine 'prompt'; it stalls the executor thread [async-blocking-call]
  std::wcout << L"wide";
  // CHECK-MESSAGES-ON: :[[@LINE-1]]:14: warning: blocking call to 'std::operator<<' (console-io) in coroutine 'prompt'; it stalls the executor thread [async-blocking-call]
  co_return;
}

// Negatives even with console-io on: other streams of the same classes, a
// stream of unknown origin, non-coroutines and plain lambdas.
namespace app {
std::ostream &log();
extern std::ostream cout; // not std::cout
} // namespace app

async_test::task<> not_console(std::ostream &out) {
  std::ostringstream buffer;
  buffer << "x" << 1;
  buffer.flush();
  out << "unknown";
  app::log() << "through a reference";
  app::cout << "same name, other namespace";
  auto print = [] { std::cout << "later"; };
  (void)print;
  co_return;
}

void not_a_coroutine() {
  std::cout << "hello" << std::endl;
  std::string s;
  std::getline(std::cin, s);
}
