// The thread-pool backend of parallel loops; see thread_pool.h.
#include "runtime/thread_pool.h"

#include <algorithm>
#include <system_error>

namespace parc::runtime {

ThreadPool::ThreadPool(int threads) : workers_wanted_(std::max(threads - 1, 0)) {}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

void ThreadPool::start_workers() {
  started_ = true;
  workers_.reserve(workers_wanted_);
  for (int i = 0; i < workers_wanted_; ++i) {
    try {
      workers_.emplace_back([this] { worker_loop(); });
    } catch (const std::system_error&) {
      break;  // the threads that did start do the work
    }
  }
}

void ThreadPool::run(int threads, void (*work)(void*, int), void* arg) {
  Job job(work, arg, std::min(threads - 1, workers_wanted_));
  if (job.helpers_wanted <= 0) {
    work(arg, 0);
    return;
  }
  {
    std::lock_guard lock(mutex_);
    if (!started_) start_workers();
    queue_.push_back(&job);
  }
  for (int i = 0; i < job.helpers_wanted; ++i) wake_.notify_one();
  work(arg, 0);
  // Workers that have not joined by now would find nothing left to do.
  std::unique_lock lock(mutex_);
  if (auto it = std::find(queue_.begin(), queue_.end(), &job); it != queue_.end()) queue_.erase(it);
  job.finished.wait(lock, [&] { return job.helpers_finished == job.helpers_joined; });
}

void ThreadPool::worker_loop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (stopping_) return;
    Job* job = queue_.front();
    int index = ++job->helpers_joined;
    if (index == job->helpers_wanted) queue_.pop_front();
    lock.unlock();
    job->work(job->arg, index);
    lock.lock();
    // Notified under the lock: the caller may destroy the job once it sees the count.
    if (++job->helpers_finished == job->helpers_joined) job->finished.notify_one();
  }
}

}  // namespace parc::runtime
