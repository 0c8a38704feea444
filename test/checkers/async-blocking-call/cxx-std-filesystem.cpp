// RUN: %check_async_tidy %s async-blocking-call %t
//
// std::filesystem (annotations/cxx-std-io.yaml). path, directory_entry and the
// directory iterators live in std::filesystem::__cxx11 (libstdc++'s inline
// namespace); diagnostics name them without it.
#include <async_test.h>
#include <filesystem>

namespace fs = std::filesystem;

async_test::task<bool> metadata(fs::path p) {
  bool e = fs::exists(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'std::filesystem::exists' (fs-meta) in coroutine 'metadata'; it stalls the executor thread [async-blocking-call]
  std::error_code ec;
  e = fs::exists(p, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::filesystem::exists' (fs-meta) in coroutine 'metadata'; it stalls the executor thread [async-blocking-call]
  e = fs::is_directory("dir");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::filesystem::is_directory' (fs-meta) in coroutine 'metadata'; it stalls the executor thread [async-blocking-call]
  e = fs::is_regular_file(p, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::filesystem::is_regular_file' (fs-meta) in coroutine 'metadata'; it stalls the executor thread [async-blocking-call]
  e = fs::is_symlink(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::filesystem::is_symlink' (fs-meta) in coroutine 'metadata'; it stalls the executor thread [async-blocking-call]
  e = fs::is_empty(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::filesystem::is_empty' (fs-meta) in coroutine 'metadata'; it stalls the executor thread [async-blocking-call]
  auto size = fs::file_size(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: blocking call to 'std::filesystem::file_size' (fs-meta) in coroutine 'metadata'; it stalls the executor thread [async-blocking-call]
  (void)size;
  fs::file_status st = fs::status(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: blocking call to 'std::filesystem::status' (fs-meta) in coroutine 'metadata'; it stalls the executor thread [async-blocking-call]
  (void)fs::last_write_time(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'std::filesystem::last_write_time' (fs-meta) in coroutine 'metadata'; it stalls the executor thread [async-blocking-call]
  (void)fs::canonical(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'std::filesystem::canonical' (fs-meta) in coroutine 'metadata'; it stalls the executor thread [async-blocking-call]
  (void)fs::current_path();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'std::filesystem::current_path' (fs-meta) in coroutine 'metadata'; it stalls the executor thread [async-blocking-call]
  (void)fs::temp_directory_path();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'std::filesystem::temp_directory_path' (fs-meta) in coroutine 'metadata'; it stalls the executor thread [async-blocking-call]

  // The file_status overloads test a value already read: no I/O.
  e = fs::exists(st) && fs::is_directory(st) && fs::is_regular_file(st) &&
      fs::is_symlink(st) && fs::is_other(st) && fs::status_known(st);
  co_return e;
}

async_test::task<> modify(fs::path dir, fs::path file) {
  fs::create_directories(dir / "a" / "b");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::create_directories' (fs-meta) in coroutine 'modify'; it stalls the executor thread [async-blocking-call]
  std::error_code ec;
  fs::create_directory(dir, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::create_directory' (fs-meta) in coroutine 'modify'; it stalls the executor thread [async-blocking-call]
  fs::remove(file);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::remove' (fs-meta) in coroutine 'modify'; it stalls the executor thread [async-blocking-call]
  fs::remove(file, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::remove' (fs-meta) in coroutine 'modify'; it stalls the executor thread [async-blocking-call]
  fs::remove_all(dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::remove_all' (fs-meta) in coroutine 'modify'; it stalls the executor thread [async-blocking-call]
  fs::rename(file, dir / "moved");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::rename' (fs-meta) in coroutine 'modify'; it stalls the executor thread [async-blocking-call]
  fs::copy_file(file, "copy");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::copy_file' (file-io) in coroutine 'modify'; it stalls the executor thread [async-blocking-call]
  fs::copy(dir, "elsewhere", fs::copy_options::recursive);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::copy' (file-io) in coroutine 'modify'; it stalls the executor thread [async-blocking-call]
  fs::resize_file(file, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::resize_file' (fs-meta) in coroutine 'modify'; it stalls the executor thread [async-blocking-call]
  fs::permissions(file, fs::perms::owner_all);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::permissions' (fs-meta) in coroutine 'modify'; it stalls the executor thread [async-blocking-call]
  fs::create_symlink(file, "link");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::create_symlink' (fs-meta) in coroutine 'modify'; it stalls the executor thread [async-blocking-call]
  co_return;
}

async_test::task<int> listing(fs::path dir) {
  int n = 0;
  for (const auto &entry : fs::directory_iterator(dir))
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: blocking call to 'std::filesystem::directory_iterator::directory_iterator' (fs-meta) in coroutine 'listing'; it stalls the executor thread [async-blocking-call]
    n += entry.path().empty() ? 0 : 1;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking call to 'std::filesystem::directory_iterator::directory_iterator' (fs-meta) in coroutine 'listing'; it stalls the executor thread [async-blocking-call]
  ++it;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::directory_iterator::operator++' (fs-meta) in coroutine 'listing'; it stalls the executor thread [async-blocking-call]
  it.increment(ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::filesystem::directory_iterator::increment' (fs-meta) in coroutine 'listing'; it stalls the executor thread [async-blocking-call]
  fs::recursive_directory_iterator rit(dir, fs::directory_options::skip_permission_denied);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: blocking call to 'std::filesystem::recursive_directory_iterator::recursive_directory_iterator' (fs-meta) in coroutine 'listing'; it stalls the executor thread [async-blocking-call]
  ++rit;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::recursive_directory_iterator::operator++' (fs-meta) in coroutine 'listing'; it stalls the executor thread [async-blocking-call]
  rit.pop();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'std::filesystem::recursive_directory_iterator::pop' (fs-meta) in coroutine 'listing'; it stalls the executor thread [async-blocking-call]
  fs::directory_entry de(dir);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: blocking call to 'std::filesystem::directory_entry::directory_entry' (fs-meta) in coroutine 'listing'; it stalls the executor thread [async-blocking-call]
  de.refresh();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'std::filesystem::directory_entry::refresh' (fs-meta) in coroutine 'listing'; it stalls the executor thread [async-blocking-call]
  n += static_cast<int>(de.file_size());
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: blocking call to 'std::filesystem::directory_entry::file_size' (fs-meta) in coroutine 'listing'; it stalls the executor thread [async-blocking-call]

  // No I/O: default, copy and move construction of iterators and entries,
  // path manipulation, the cached directory_entry accessors.
  fs::directory_iterator end;
  fs::directory_iterator copy(it);
  fs::directory_iterator moved(static_cast<fs::directory_iterator &&>(copy));
  fs::recursive_directory_iterator rend;
  n += rit.depth();
  fs::directory_entry de2 = de;
  fs::path q = dir / "x";
  q.make_preferred();
  n += q.filename().empty() ? 0 : 1;
  n += de2.is_directory() ? 1 : 0;
  co_return n;
}

// Not a coroutine, and a plain lambda inside a coroutine.
bool plain(const fs::path &p) { return fs::exists(p) && fs::file_size(p) > 0; }

async_test::task<> lambda_inside(fs::path p) {
  auto check = [p] { return fs::exists(p); };
  (void)check;
  co_return;
}
