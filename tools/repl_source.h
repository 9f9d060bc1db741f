// The REPL's source text: each input (typed, or a file from `:load`) is cut
// into chunks, one top-level statement each, and a compilation is the
// session's chunks and the new input's, composed into one script. The
// composition remembers which lines came from which chunk, so that
// diagnostics and runtime errors name the input the user wrote, with its
// own line numbers:
//
//   composed script                          shown as
//   1  import numpy as np                    <input 1>:1
//   2  def f(x):                             <input 2>:1
//   3      return x // 0                     <input 2>:2
//   4  print("<marker>")                     (the REPL's own line)
//   5  print((                               (the REPL's own line)
//   6  f(3)                                  <stdin>:1
//   7  ))                                    (the REPL's own line)
#pragma once

#include "frontend/diagnostics.h"
#include "frontend/source_manager.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace parc::tools {

// One input: a line or block typed at the prompt, or a loaded file.
struct ReplSource {
  std::string name;  // "<input 3>" or the file's path
  std::string text;
};

enum class ChunkKind { Import, Def, Statement };

// One top-level statement of a source (several when they share a line), as
// whole lines.
struct Chunk {
  ChunkKind kind = ChunkKind::Statement;
  std::string def_name;  // ChunkKind::Def: the function's name
  std::shared_ptr<const ReplSource> source;
  std::uint32_t first_line = 1;  // in source
  std::string text;              // its lines, each ending in '\n'
  // A chunk that is one expression statement: what the REPL echoes.
  bool expression = false;
  std::string echo_text;                    // the text, without a final ';', to wrap in print((...))
  bool calls = false;                       // the expression calls something (it may have effects)
  bool prints = false;                      // it is a print(...) call (echoes nothing itself)
  std::optional<std::string> string_value;  // it is a string literal
  std::string bare_name;                    // it is a name alone
};

// Parses a source on its own and cuts it into chunks; when it does not
// parse, false, with the rendered syntax errors (file named `shown_name`).
bool split_source(const std::shared_ptr<const ReplSource>& source, const std::string& shown_name,
                  std::vector<Chunk>& chunks, std::string& errors);

// Python's repr() of a string: 'text', or "text" when it holds a quote.
std::string python_repr(const std::string& text);
// Whether `text` uses `name` as a word (an identifier, outside strings and comments is not checked).
bool mentions(const std::string& text, const std::string& name);

enum class SegmentKind { Entry, Input, Synthetic };

// The lines of a composed script that came from one chunk (or from the REPL).
struct Segment {
  std::uint32_t first = 1, count = 0;
  SegmentKind kind = SegmentKind::Synthetic;
  std::size_t index =
      0;  // of the chunk in the session (Entry) or the input (Input); Synthetic: the input chunk it wraps
  const Chunk* chunk = nullptr;
};

class Composition {
 public:
  // The chunk's lines (or `text`, lines of the same count, instead).
  void add(const Chunk& chunk, SegmentKind kind, std::size_t index, const std::string* text = nullptr);
  // One line of the REPL's own (a marker, an echo's print); `index`: the input chunk it belongs to.
  void add_line(const std::string& line, std::size_t index);
  const std::string& text() const { return text_; }
  std::uint32_t line_count() const { return lines_; }
  // The segment holding a line of the composed script, or null.
  const Segment* find(std::uint32_t line) const;

 private:
  std::string text_;
  std::uint32_t lines_ = 0;
  std::vector<Segment> segments_;
};

// Renders diagnostics of a composed script as locations in the inputs. The
// input being run is named `current_name`; other inputs by their names.
class DiagnosticMapper {
 public:
  DiagnosticMapper(const Composition& composition, const ReplSource* current, std::string current_name,
                   const std::vector<Chunk>& input);
  std::string render(const Diagnostic& diag);
  // "<session>:12: ZeroDivisionError: ..." as "<stdin>:2: ZeroDivisionError: ...".
  std::string map_runtime_error(const std::string& error, const std::string& composed_name);
  // The segment a runtime error's line falls in, or null.
  const Segment* runtime_error_segment(const std::string& error, const std::string& composed_name) const;

 private:
  SourceLoc map(SourceLoc loc);
  FileId file_of(const ReplSource* source);

  const Composition& composition_;
  const ReplSource* current_;
  std::string current_name_;
  const std::vector<Chunk>& input_;
  SourceManager sources_;
  std::map<const ReplSource*, FileId> files_;
};

}  // namespace parc::tools
