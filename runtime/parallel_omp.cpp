// The OpenMP backend of parallel loops; see parallel_omp.h. The work
// function claims its chunks from a shared counter, so the region needs no
// worksharing construct, and a team smaller than asked for still does all
// the work.
#include "runtime/parallel_omp.h"

#include <omp.h>

namespace parc::runtime {

void run_on_openmp_team(int threads, void (*work)(void*, int), void* arg) {
  if (threads <= 1) {
    work(arg, 0);
    return;
  }
#pragma omp parallel num_threads(threads)
  work(arg, omp_get_thread_num());
}

}  // namespace parc::runtime

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PARC_LEAK_CHECKED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PARC_LEAK_CHECKED 1
#endif

#ifdef PARC_LEAK_CHECKED
// libomp frees some thread structures only at exit, after LeakSanitizer
// looked: a fixed amount (about 20 KB once teams of different sizes have
// run), which would fail every sanitized run.
extern "C" const char* __lsan_default_suppressions() { return "leak:libomp.so\n"; }
#endif
