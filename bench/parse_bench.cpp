// Frontend speed: source text to AST for a 5,000-line script, after a first
// parse has warmed ANTLR's prediction caches (as in a REPL or a host that
// compiles several scripts). See bench/README.md for recorded figures.
#include "bench/script_generator.h"
#include "frontend/parse.h"

#include <benchmark/benchmark.h>

#include <stdexcept>

namespace {

void parse_once(const parc::SourceManager& sources, parc::FileId file) {
  parc::DiagnosticEngine diags;
  auto module = parc::parse_module(sources, file, diags);
  if (!module) throw std::runtime_error("the generated script did not parse");
  benchmark::DoNotOptimize(module.get());
}

void BM_ParseScript(benchmark::State& state) {
  parc::SourceManager sources;
  parc::FileId file = sources.add("bench.py", parc::bench::generate_script(static_cast<int>(state.range(0))));
  parse_once(sources, file);  // warm-up: ANTLR builds its DFA caches on first use
  for (auto _ : state) parse_once(sources, file);
  state.counters["lines"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_ParseScript)->Arg(500)->Arg(5000)->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace

BENCHMARK_MAIN();
