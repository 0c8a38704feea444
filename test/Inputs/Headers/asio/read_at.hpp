// Mock of <asio/read_at.hpp> (declared with the file in basic_random_access_file.hpp).
#pragma once
#include <asio/basic_random_access_file.hpp>
