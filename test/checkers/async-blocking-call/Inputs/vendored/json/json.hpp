// A user's third-party tree (not modelled by the database): walked unless the
// ClosedLibraries option names its namespace or a glob matching this file.
#pragma once
#include <unistd.h>

namespace vendor::json {
inline int parse_file(int Fd) { return ::fsync(Fd); }
} // namespace vendor::json
