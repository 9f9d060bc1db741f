// The OpenMP backend of parallel loops (PARC_THREADING_LAYER=omp, the
// default): one `#pragma omp parallel` region per loop, on libomp. The only
// file compiled with -fopenmp is parallel_omp.cpp.
#pragma once

namespace parc::runtime {

// Calls work(arg, t) on each thread t of an OpenMP team of up to `threads`
// threads (the calling thread is t = 0) and returns when all have returned.
// Several host threads may call it at once: each gets its own team.
void run_on_openmp_team(int threads, void (*work)(void*, int), void* arg);

}  // namespace parc::runtime
