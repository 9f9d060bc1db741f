// Parallel loops: the runtime side of `prange`. Codegen outlines a prange
// body into a parc_loop_body over a sub-range of the loop's iterations
// (numbered 0..count-1) and calls parc_parallel_for once; the generated
// code carries no OpenMP ABI. Two backends run the chunks: OpenMP (libomp,
// the default) and a portable thread pool, chosen by PARC_THREADING_LAYER.
//
// Chunks: [0, count) is cut into `chunks` contiguous, nearly equal pieces
// (chunk c is [c*count/chunks, (c+1)*count/chunks)). Thread t owns the
// t-th run of consecutive chunks and takes them in order, then takes
// unclaimed chunks of the other threads' runs: a loop run again and again
// gives each thread the same data (it stays in that core's cache, as with
// OpenMP's static schedule), and a loop whose iterations cost different
// amounts still keeps every thread busy. Chunk c gets its own reduction
// slot `partials + c*stride`, so partials can be combined in chunk order by
// the caller: the result depends only on the number of chunks.
//
// Errors: each thread runs its chunks on a private copy of the caller's
// context (in_parallel = 1). A chunk that raises stops later chunks from
// starting (earlier ones still run, as they would in a serial loop); after
// all threads join, the error of the lowest raising chunk is copied into the
// caller's context. Nothing unwinds
// through the runtime.
//
// Nesting: inside a parallel body (ctx->in_parallel), or with one thread,
// parc_parallel_chunks returns 1 and parc_parallel_for calls the body once
// over the whole range, on the caller's own context and thread.
#pragma once

#include "runtime/runtime.h"

#include <cstdint>
#include <memory>
#include <string>

extern "C" {

// Runs iterations [begin, end); `partial` is the chunk's reduction slot
// (null when the loop has no reductions). Errors are raised into `ctx`.
typedef void (*parc_loop_body)(parc_context* ctx, void* env, std::int64_t begin, std::int64_t end, void* partial);

// How many chunks a loop of `count` iterations is cut into: at most
// `per_thread` per thread (0: the runtime's default policy), never more
// than `count`, at least 1.
std::int64_t parc_parallel_chunks(parc_context* ctx, std::int64_t count, std::int64_t per_thread);

// Runs body over [0, count) in `chunks` chunks (from parc_parallel_chunks)
// and returns when all are done; see the top of this file.
void parc_parallel_for(parc_context* ctx, parc_loop_body body, void* env, std::int64_t count, std::int64_t chunks,
                       void* partials, std::int64_t stride);

// Zeroed, 64-byte aligned room for the partial results of `chunks` chunks
// of `stride` bytes each (null after raising MemoryError); freed by
// parc_partials_free. On the heap: a loop may have thousands of chunks.
void* parc_partials_new(parc_context* ctx, std::int64_t chunks, std::int64_t stride);
void parc_partials_free(void* partials);

// numba.set_num_threads(n): ValueError unless 1 <= n <= the threads the
// context's threading was made with.
void parc_set_num_threads(parc_context* ctx, std::int64_t n);
// numba.get_num_threads()
std::int64_t parc_get_num_threads(parc_context* ctx);
}

namespace parc::runtime {

enum class ThreadingLayer { OpenMP, Threads };

struct ThreadingOptions {
  ThreadingLayer layer = ThreadingLayer::OpenMP;
  int threads = 1;  // the most threads a loop may use
};

// PARC_THREADING_LAYER (omp | threads), PARC_NUM_THREADS, else
// OMP_NUM_THREADS, else the cores this process may run on. A bad value
// throws std::invalid_argument naming the variable.
ThreadingOptions threading_options_from_environment();
std::string layer_name(ThreadingLayer layer);

// Owns a backend (and, for the thread pool, its threads, started on first
// use). Safe to share between host threads running loops at once.
std::unique_ptr<parc_threading, void (*)(parc_threading*)> make_threading(const ThreadingOptions& options);

// The most threads `threading` runs a loop on (1 when null).
int max_threads(const parc_threading* threading);

// The most threads a threading may have (PARC_NUM_THREADS, --threads).
inline constexpr int kMaxThreads = 4096;

// Chunks per thread when codegen passes per_thread = 0: enough to even out
// iterations of different cost, few enough that claiming stays cheap.
inline constexpr std::int64_t kDefaultChunksPerThread = 8;

}  // namespace parc::runtime
