// Mock of <asio/steady_timer.hpp> (the typedef is in basic_waitable_timer.hpp).
#pragma once
#include <asio/basic_waitable_timer.hpp>
