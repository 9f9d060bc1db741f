# parc's two commands (see README.md):
#   make demo   installs what is missing, builds, and runs examples/scalar_kernels.py
#   make test   installs what is missing, builds, and runs the whole test suite
# Both are thin wrappers over CMake; the build lands in build/ (parc itself
# in build/bin/parc).

BUILD ?= build
JOBS ?= 2
FUZZ_SECONDS ?= 60

.PHONY: all deps configure build demo test unit lit fuzz-configure fuzz sanitize tsan bench clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/bin/parc run --time examples/scalar_kernels.py

# The whole suite: unit tests and file tests (ctest), then the frontend
# fuzzer, then the array tests under AddressSanitizer and LeakSanitizer,
# then the parallel-loop tests under ThreadSanitizer.
test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory fuzz
	@$(MAKE) --no-print-directory sanitize
	@$(MAKE) --no-print-directory tsan

unit: build
	@cd $(BUILD) && ctest --output-on-failure -L unit

lit: build
	@cd $(BUILD) && ctest --output-on-failure -L lit

# libFuzzer needs clang: a separate build tree, instrumented with ASan and
# UBSan (every library), which also builds a sanitized `parc` for `sanitize`.
fuzz-configure: deps
	@CXX=clang++-19 cmake -S . -B $(BUILD)-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DPARC_BUILD_FUZZERS=ON -DPARC_BUILD_TESTS=ON -DPARC_BUILD_BENCH=OFF > /dev/null

fuzz: fuzz-configure
	@cmake --build $(BUILD)-fuzz -j $(JOBS) --target fuzz_frontend
	@bash tests/fuzz/run.sh $(BUILD)-fuzz/bin/fuzz_frontend $(FUZZ_SECONDS)

# The array and run tests through the sanitized parc: any leak, memory error
# or undefined behaviour in the runtime or the compiler fails them.
sanitize: fuzz-configure
	@cmake --build $(BUILD)-fuzz -j $(JOBS) --target parc_cli
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 LSAN_OPTIONS=print_suppressions=0 UBSAN_OPTIONS=halt_on_error=1 \
	  python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv \
	  --param site_config=$(CURDIR)/$(BUILD)-fuzz/tests/lit/lit.site.cfg.py tests/lit/arrays tests/lit/run \
	  tests/lit/parallel tests/lit/codegen

# The parallel-loop unit tests under ThreadSanitizer, in a small build tree
# of its own (the runtime and its tests only), on the thread-pool layer:
# libomp is not instrumented, so the OpenMP layer's tests are left out.
tsan: deps
	@CC=clang-19 CXX=clang++-19 cmake -S . -B $(BUILD)-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DPARC_BUILD_BENCH=OFF -DCMAKE_CXX_FLAGS=-fsanitize=thread -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread > /dev/null
	@cmake --build $(BUILD)-tsan -j $(JOBS) --target runtime_tests
	@PARC_THREADING_LAYER=threads TSAN_OPTIONS=halt_on_error=1 $(BUILD)-tsan/bin/runtime_tests --gtest_brief=1 \
	  --gtest_filter='*Parallel*:-*omp_*'

bench: build
	$(BUILD)/bin/parse_bench
	$(BUILD)/bin/compile_bench
	python3 bench/ratios.py $(BUILD)/bin/scalar_bench
	python3 bench/ratios.py $(BUILD)/bin/array_bench
	python3 bench/ratios.py $(BUILD)/bin/blas_bench 9 --benchmark_enable_random_interleaving=true
	python3 bench/ratios.py $(BUILD)/bin/parallel_bench 7 --numba
	bash bench/startup.sh $(BUILD)/bin/parc

clean:
	rm -rf $(BUILD) $(BUILD)-fuzz $(BUILD)-tsan
