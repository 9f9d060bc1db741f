// The output stream of a REPL run. A run first replays the session's
// earlier statements, then prints a marker line, then runs the new input:
// this stream drops everything up to and including the marker and passes
// the rest on, line by line, to the terminal. It also notes when the marker
// went by, so that `:time` can tell the new input's run time from the
// replay's.
#pragma once

#include <sys/types.h>
#include <chrono>
#include <cstdio>
#include <string>

namespace parc::tools {

class ReplayFilter {
 public:
  ReplayFilter(std::FILE* forward, std::string marker);
  ~ReplayFilter();
  ReplayFilter(const ReplayFilter&) = delete;
  ReplayFilter& operator=(const ReplayFilter&) = delete;

  std::FILE* stream() const { return stream_; }  // line buffered
  bool marker_seen() const { return seen_; }
  std::chrono::steady_clock::time_point marker_time() const { return seen_at_; }

 private:
  static ssize_t write(void* cookie, const char* data, std::size_t size);
  void take(const char* data, std::size_t size);

  std::FILE* forward_;
  std::string marker_;   // with its newline
  std::string pending_;  // the end of the dropped output: it may hold the marker's beginning
  bool seen_ = false;
  std::chrono::steady_clock::time_point seen_at_;
  std::FILE* stream_ = nullptr;
};

}  // namespace parc::tools
