#include "tools/repl_output.h"

#include <stdexcept>

namespace parc::tools {

ReplayFilter::ReplayFilter(std::FILE* forward, std::string marker)
    : forward_(forward), marker_(marker + "\n") {
  cookie_io_functions_t functions{};
  functions.write = &ReplayFilter::write;
  stream_ = fopencookie(this, "w", functions);
  if (stream_ == nullptr) throw std::runtime_error("cannot open the REPL's output stream");
  std::setvbuf(stream_, nullptr, _IOLBF, 1 << 16);
}

ReplayFilter::~ReplayFilter() {
  std::fclose(stream_);
  std::fflush(forward_);
}

ssize_t ReplayFilter::write(void* cookie, const char* data, std::size_t size) {
  static_cast<ReplayFilter*>(cookie)->take(data, size);
  return static_cast<ssize_t>(size);
}

void ReplayFilter::take(const char* data, std::size_t size) {
  if (seen_) {
    std::fwrite(data, 1, size, forward_);
    std::fflush(forward_);
    return;
  }
  pending_.append(data, size);
  std::size_t at = pending_.find(marker_);
  if (at == std::string::npos) {
    // Keep only what could still be the start of the marker.
    if (pending_.size() > marker_.size()) pending_.erase(0, pending_.size() - marker_.size());
    return;
  }
  seen_ = true;
  seen_at_ = std::chrono::steady_clock::now();
  std::string rest = pending_.substr(at + marker_.size());
  pending_.clear();
  if (!rest.empty()) take(rest.data(), rest.size());
}

}  // namespace parc::tools
