// The portable backend of parallel loops (PARC_THREADING_LAYER=threads): a
// pool of std::threads that help a calling thread run one function on
// several threads at once. Workers start on first use and sleep on a
// condition variable while there is nothing to do. Several host threads may
// call run() on one pool at the same time: their jobs wait in a queue, and
// each caller works on its own job too, so a job finishes even when every
// worker is busy elsewhere.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace parc::runtime {

class ThreadPool {
 public:
  // A pool for loops of up to `threads` threads: the caller and threads-1 workers.
  explicit ThreadPool(int threads);
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  // Calls work(arg, 0) on the calling thread and work(arg, t) on up to
  // threads-1 workers (t = 1, 2, ... in the order they join; those free
  // before the caller is done with its own call), and returns when every
  // call has returned. `work` must not throw.
  void run(int threads, void (*work)(void*, int), void* arg);

 private:
  struct Job {
    Job(void (*work)(void*, int), void* arg, int helpers_wanted)
        : work(work), arg(arg), helpers_wanted(helpers_wanted) {}
    void (*work)(void*, int);
    void* arg;
    int helpers_wanted;
    int helpers_joined = 0;
    int helpers_finished = 0;
    std::condition_variable finished;  // signalled when the last helper returns
  };

  void start_workers();  // with mutex_ held
  void worker_loop();

  const int workers_wanted_;
  std::mutex mutex_;
  std::condition_variable wake_;  // a job was queued, or the pool is stopping
  std::deque<Job*> queue_;        // jobs still looking for helpers, oldest first
  std::vector<std::thread> workers_;
  bool started_ = false;
  bool stopping_ = false;
};

}  // namespace parc::runtime
