#include "tools/repl_session.h"

#include "ir/printer.h"
#include "tools/repl_output.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <random>
#include <set>
#include <sstream>

namespace parc::tools {
namespace {

constexpr const char* kComposedName = "<session>";
// Each retry drops at least one earlier statement; this bounds the retries
// that echoes of None and very long sessions could need.
constexpr int kMaxAttempts = 64;

std::string make_marker() {
  std::random_device random;
  char text[64];
  std::snprintf(text, sizeof text, "__parc_repl_output_%08x%08x__", random(), random());
  return text;
}

std::string first_line(const Chunk& chunk) {
  std::string text = chunk.text.substr(0, chunk.text.find('\n'));
  std::size_t start = text.find_first_not_of(" \t");
  return start == std::string::npos ? text : text.substr(start);
}

// Keeps the LLVM functions compiled from one Python function ("f", "f__int64").
bool belongs_to(const std::string& symbol, const std::string& function) {
  return symbol == function || symbol.rfind(function + "__", 0) == 0 || symbol.rfind(function + ".", 0) == 0;
}

std::string filter_llvm(const std::string& text, const std::string& function) {
  std::istringstream in(text);
  std::string line, out;
  bool keep = false;
  while (std::getline(in, line)) {
    if (line.rfind("define ", 0) == 0) {
      std::size_t at = line.find('@');
      keep = belongs_to(line.substr(at + 1, line.find('(', at) - at - 1), function);
    }
    if (keep) out += line + "\n";
    if (keep && line == "}") {
      keep = false;
      out += "\n";
    }
  }
  return out;
}

// From a function's label ("f__int64:") to its end (".Lfunc_end3:").
std::string filter_assembly(const std::string& text, const std::string& function) {
  std::istringstream in(text);
  std::string line, out;
  bool keep = false;
  while (std::getline(in, line)) {
    if (!keep && !line.empty() && line.back() == ':' && line[0] != '.' && line[0] != '\t' &&
        belongs_to(line.substr(0, line.size() - 1), function))
      keep = true;
    if (keep) out += line + "\n";
    if (keep && line.rfind(".Lfunc_end", 0) == 0) {
      keep = false;
      out += "\n";
    }
  }
  return out;
}

// An echoed expression whose value is None echoes nothing: its print((...))
// wrapper goes (and the input is compiled again). True when one went.
bool unwrap_none_echoes(const ir::Module& module, const Composition& composition, std::vector<bool>& wrap) {
  bool unwrapped = false;
  for (const ir::StmtPtr& stmt : module.functions[module.main]->body) {
    const auto* print = ir::dyn_cast<ir::Print>(stmt.get());
    const Segment* segment = print ? composition.find(print->loc.line) : nullptr;
    if (segment && segment->kind == SegmentKind::Synthetic && wrap[segment->index] &&
        print->args.size() == 1 && print->args[0]->type->is_none()) {
      wrap[segment->index] = false;
      unwrapped = true;
    }
  }
  return unwrapped;
}

bool has_statements(const std::vector<Chunk>& chunks) {
  return std::any_of(chunks.begin(), chunks.end(),
                     [](const Chunk& c) { return c.kind == ChunkKind::Statement; });
}

void print_time(double compile_s, double jit_s, double run_s, double replay_s, bool replayed) {
  std::fprintf(stderr, "parc: compile %.1f ms, machine code %.1f ms, run %.1f ms", compile_s * 1e3,
               jit_s * 1e3, run_s * 1e3);
  if (replayed) std::fprintf(stderr, " (earlier inputs re-run in %.1f ms)", replay_s * 1e3);
  std::fprintf(stderr, "\n");
}

}  // namespace

Session::Session(const PipelineOptions& pipeline, const runtime::ThreadingOptions& threading)
    : pipeline_(pipeline), threading_(threading), marker_(make_marker()) {}

bool Session::defines(const std::string& function) const {
  return std::any_of(entries_.begin(), entries_.end(),
                     [&](const Chunk& e) { return e.kind == ChunkKind::Def && e.def_name == function; });
}

// When every error lies in earlier inputs (a new definition broke them):
// drops the earlier statements at fault, or that call a function at fault.
bool Session::drop_blamed(std::vector<Chunk>& working, const std::vector<const Segment*>& blamed,
                          std::vector<std::string>& dropped) const {
  std::set<std::size_t> drop;
  for (const Segment* segment : blamed) {
    if (segment == nullptr || segment->kind != SegmentKind::Entry) return false;
    const Chunk& entry = working[segment->index];
    if (entry.kind == ChunkKind::Statement) drop.insert(segment->index);
    if (entry.kind != ChunkKind::Def) continue;
    for (std::size_t k = 0; k < working.size(); ++k)
      if (working[k].kind == ChunkKind::Statement && mentions(working[k].text, entry.def_name))
        drop.insert(k);
  }
  if (drop.empty()) return false;
  for (std::size_t k : drop) {
    const Chunk& entry = working[k];
    std::string where = entry.source->name;
    if (entry.first_line > 1 || where.rfind('<', 0) != 0) where += ":" + std::to_string(entry.first_line);
    dropped.push_back(where + " from the session (it no longer compiles or runs): " + first_line(entry));
  }
  for (auto k = drop.rbegin(); k != drop.rend(); ++k)
    working.erase(working.begin() + static_cast<std::ptrdiff_t>(*k));
  return true;
}

void Session::commit(std::vector<Chunk> working, const std::vector<Chunk>& input) {
  entries_ = std::move(working);
  for (const Chunk& chunk : input) {
    if (chunk.kind == ChunkKind::Def)
      std::erase_if(entries_,
                    [&](const Chunk& e) { return e.kind == ChunkKind::Def && e.def_name == chunk.def_name; });
    if (chunk.kind == ChunkKind::Import &&
        std::any_of(entries_.begin(), entries_.end(), [&](const Chunk& e) { return e.text == chunk.text; }))
      continue;
    // An expression without a call has no effect to replay.
    if (chunk.kind == ChunkKind::Statement && chunk.expression && !chunk.calls) continue;
    entries_.push_back(chunk);
  }
}

// The session's chunks, the marker (when the input runs), then the input,
// each expression to echo wrapped in print((...)).
Composition Session::compose(const std::vector<Chunk>& working, const std::vector<Chunk>& input,
                             const std::vector<bool>& wrap, bool run) const {
  Composition composition;
  for (std::size_t i = 0; i < working.size(); ++i) composition.add(working[i], SegmentKind::Entry, i);
  if (run) composition.add_line("print(\"" + marker_ + "\")", 0);
  for (std::size_t i = 0; i < input.size(); ++i) {
    if (wrap[i]) composition.add_line("print((", i);
    composition.add(input[i], SegmentKind::Input, i, wrap[i] ? &input[i].echo_text : nullptr);
    if (wrap[i]) composition.add_line("))", i);
  }
  return composition;
}

bool Session::execute(const std::shared_ptr<const ReplSource>& source, const std::string& shown_name,
                      const ExecuteOptions& options) {
  std::vector<Chunk> input;
  std::string errors;
  if (!split_source(source, shown_name, input, errors)) {
    std::fflush(stdout);
    std::fputs(errors.c_str(), stderr);
    return false;
  }
  if (input.empty()) return true;
  if (options.echo && input.size() == 1 && input[0].expression) {
    if (input[0].string_value) {
      std::printf("%s\n", python_repr(*input[0].string_value).c_str());
      return true;
    }
    if (!input[0].bare_name.empty() && defines(input[0].bare_name)) {
      std::printf("<function %s>\n", input[0].bare_name.c_str());
      return true;
    }
  }
  auto redefined = [&](const Chunk& entry) {
    return entry.kind == ChunkKind::Def && std::any_of(input.begin(), input.end(), [&](const Chunk& c) {
             return c.kind == ChunkKind::Def && c.def_name == entry.def_name;
           });
  };
  std::vector<Chunk> working;
  for (const Chunk& entry : entries_)
    if (!redefined(entry)) working.push_back(entry);
  bool run = has_statements(input);  // definitions alone are only compiled
  std::vector<bool> wrap(input.size());
  for (std::size_t i = 0; i < input.size(); ++i)
    wrap[i] = options.echo && input[i].expression && !input[i].prints;
  std::vector<std::string> dropped;

  for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
    Composition composition = compose(working, input, wrap, run);
    DiagnosticMapper mapper(composition, source.get(), shown_name, input);
    SourceManager sources;
    FileId file = sources.add(kComposedName, composition.text());
    DiagnosticEngine diags;
    Compilation compiled;
    bool ok = compile(sources, file, diags, pipeline_, run ? Stage::LlvmOptimized : Stage::Ir, compiled);
    std::vector<Diagnostic> found = diags.sorted();
    if (!ok || diags.has_errors()) {
      std::vector<const Segment*> blamed;
      for (const Diagnostic& d : found)
        if (d.severity == Severity::Error) blamed.push_back(composition.find(d.loc.line));
      if (drop_blamed(working, blamed, dropped)) continue;
      std::string text;
      for (const Diagnostic& d : found) text += mapper.render(d);
      std::fflush(stdout);
      std::fputs(text.c_str(), stderr);
      return false;
    }
    if (unwrap_none_echoes(*compiled.ir, composition, wrap)) continue;
    std::string warnings;
    for (const Diagnostic& d : found) {
      const Segment* segment = composition.find(d.loc.line);
      if (segment && segment->kind != SegmentKind::Entry) warnings += mapper.render(d);
    }
    std::fflush(stdout);
    std::fputs(warnings.c_str(), stderr);

    RunResult result;
    bool marker_seen = false;
    double input_seconds = 0;
    if (run) {
      ReplayFilter filter(stdout, marker_);
      result = run_main(compiled, filter.stream(), threading_);
      auto end = std::chrono::steady_clock::now();
      marker_seen = filter.marker_seen();
      if (marker_seen) input_seconds = std::chrono::duration<double>(end - filter.marker_time()).count();
    }
    if (!result.ok) {
      const Segment* where = mapper.runtime_error_segment(result.error, kComposedName);
      if (!marker_seen && drop_blamed(working, {where}, dropped)) continue;
      std::fflush(stdout);
      if (!marker_seen) std::fputs("parc: error while re-running the session's earlier inputs:\n", stderr);
      std::fprintf(stderr, "%s\n", mapper.map_runtime_error(result.error, kComposedName).c_str());
      return false;
    }
    if (options.time && !run) std::fprintf(stderr, "parc: compile %.1f ms\n", compiled.compile_seconds * 1e3);
    if (options.time && run)
      print_time(compiled.compile_seconds, result.jit_seconds, input_seconds,
                 std::max(0.0, result.run_seconds - input_seconds), has_statements(working));
    for (const std::string& what : dropped) std::fprintf(stderr, "parc: note: dropped %s\n", what.c_str());
    commit(std::move(working), input);
    return true;
  }
  std::fflush(stdout);
  std::fputs("parc: error: the session no longer compiles; :reset starts a new one\n", stderr);
  return false;
}

bool Session::show(const std::string& function, ShowWhat what) {
  Composition composition;
  for (std::size_t i = 0; i < entries_.size(); ++i) composition.add(entries_[i], SegmentKind::Entry, i);
  SourceManager sources;
  FileId file = sources.add(kComposedName, composition.text());
  DiagnosticEngine diags;
  Compilation compiled;
  std::vector<Chunk> none;
  DiagnosticMapper mapper(composition, nullptr, "", none);
  if (!compile(sources, file, diags, pipeline_, what == ShowWhat::Ir ? Stage::Ir : Stage::LlvmOptimized,
               compiled) ||
      diags.has_errors()) {
    std::string text;
    for (const Diagnostic& d : diags.sorted()) text += mapper.render(d);
    std::fputs(text.c_str(), stderr);
    return false;
  }
  std::string text;
  if (what == ShowWhat::Ir) {
    for (const auto& fn : compiled.ir->functions)
      if (fn->name == function) text += ir::print_function(*compiled.ir, *fn);
  } else if (what == ShowWhat::Llvm) {
    text = filter_llvm(print_llvm(compiled), function);
  } else {
    text = filter_assembly(print_assembly(compiled), function);
  }
  if (text.empty()) {
    if (defines(function))
      std::fprintf(
          stderr,
          "parc: '%s' has not been compiled yet: a function is compiled for the argument types of its "
          "calls, so call it first\n",
          function.c_str());
    else
      std::fprintf(stderr, "parc: error: the session defines no function '%s'\n", function.c_str());
    return false;
  }
  std::fputs(text.c_str(), stdout);
  std::fflush(stdout);
  return true;
}

}  // namespace parc::tools
