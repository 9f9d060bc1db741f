// parc's version, for hosts that embed it and for `parc --version`.
#pragma once

#include <string_view>

namespace parc {

// "0.1.0"
std::string_view version();

}  // namespace parc
