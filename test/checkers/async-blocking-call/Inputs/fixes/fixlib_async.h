// The awaitable form of fixlib::sync_ping, in a header of its own that the
// fix-it inserts.
#pragma once
#include "fixlib.h"

namespace fixlib {
inline ready<void> async_ping() { return {}; }
} // namespace fixlib
