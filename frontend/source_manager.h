// Owns the text of every script a session has read, by FileId, and answers
// "what does line N say" for the diagnostic renderer. Loading a file that
// does not exist or cannot be read is a usage error, reported by the caller.
#pragma once

#include "frontend/source_loc.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parc {

// A script's name and text (a leading UTF-8 byte-order mark is dropped).
class SourceFile {
 public:
  SourceFile(std::string name, std::string text);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }
  // The text of a 1-based line, without its line terminator ("" if out of range).
  std::string_view line(std::uint32_t line) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

class SourceManager {
 public:
  FileId add(std::string name, std::string text);
  // Reads a file from disk; std::nullopt (and errno's message in *error) if it cannot.
  std::optional<FileId> load(const std::string& path, std::string* error);

  const SourceFile& file(FileId id) const { return *files_.at(id); }
  std::size_t size() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

}  // namespace parc
