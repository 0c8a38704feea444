// A third-party C++ SDK whose functions are defined in a library we only
// link against (for the ThirdPartyHeaders option).
#pragma once
namespace vendor {
class Client {
public:
  int fetch(int key);
  int cached(int key) const { return key; } // inline: the walk sees it
};
int connect(const char *uri);
} // namespace vendor
