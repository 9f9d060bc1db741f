// Array buffers: allocation (aligned as NumPy aligns), reference counts,
// shape checks and the index error. See array.h.
#include "runtime/array.h"

#include <sys/mman.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <limits>
#include <mutex>
#include <new>
#include <vector>

namespace {

constexpr std::int64_t kAlignment = 64;
constexpr std::int64_t kHugePage = std::int64_t{2} << 20;
constexpr std::int64_t kLargeBuffer = std::int64_t{4} << 20;

// Sanitizer builds keep every buffer on the heap, where LeakSanitizer sees it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUseMmap = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kUseMmap = false;
#else
constexpr bool kUseMmap = true;
#endif
#else
constexpr bool kUseMmap = true;
#endif

// Large buffers are mappings of whole 2 MiB pages: a partial last huge page
// would be left to 4 KiB pages, each one a page fault (on this project's VM
// a 4 KiB fault costs about 20 us, a 2 MiB one about 250 us: the 1.3 MiB
// tail of a 2,000,000-double array cost more than its 7 huge pages).
std::size_t mapping_span(std::int64_t nbytes) {
  return static_cast<std::size_t>((nbytes + kHugePage - 1) / kHugePage * kHugePage);
}

// Fresh pages (already zero) on a 2 MiB boundary, backed by transparent huge
// pages where the kernel allows.
void* map_large(std::size_t span) {
  std::size_t padded = span + static_cast<std::size_t>(kHugePage);
  void* raw = mmap(nullptr, padded, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  auto begin = reinterpret_cast<std::uintptr_t>(raw);
  std::uintptr_t aligned = (begin + kHugePage - 1) & ~static_cast<std::uintptr_t>(kHugePage - 1);
  std::size_t head = aligned - begin;
  if (head) munmap(raw, head);
  std::size_t tail = padded - head - span;
  if (tail) munmap(reinterpret_cast<void*>(aligned + span), tail);
  madvise(reinterpret_cast<void*>(aligned), span, MADV_HUGEPAGE);
  return reinterpret_cast<void*>(aligned);
}

// Freed large mappings kept for the next buffer of the same span, as the C
// heap keeps freed memory (glibc, below 32 MiB: NumPy's and Numba's arrays,
// a C++ program's `new double[n]`) instead of unmapping it. A loop that
// makes a new array each iteration (`out = np.sqrt(x * x + y * y) + 1.0`)
// then reuses the previous iteration's pages instead of faulting in fresh
// ones and unmapping the old: on this project's VM, for the parallel
// suite's array expression (2,000,000 doubles, about 1.4 ms of arithmetic
// a call), fresh pages cost 8 to 10 ms a call more, and far more when the
// kernel cannot find free 2 MiB pages and falls back to 4 KiB ones.
// Zeroed requests (np.zeros) get reused pages cleared with memset.
// Bounded: at most kCachedMappings mappings and kCachedBytes bytes, the
// oldest unmapped first. This is the allocator's own state, shared by every
// context and thread as malloc's is (buffers outlive the contexts that made
// them), and never destroyed, so that buffers released by static
// destructors still find it.
constexpr int kCachedMappings = 4;
constexpr std::size_t kCachedBytes = std::size_t{128} << 20;

class MappingCache {
 public:
  // A cached mapping of exactly `span` bytes, or null.
  void* take(std::size_t span) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (int k = count_ - 1; k >= 0; --k) {
      if (slots_[k].span != span) continue;
      void* data = slots_[k].data;
      bytes_ -= span;
      for (int j = k; j + 1 < count_; ++j) slots_[j] = slots_[j + 1];
      --count_;
      return data;
    }
    return nullptr;
  }

  // Keeps a mapping for reuse, unmapping the oldest ones it displaces (or
  // this one, when it is bigger than the whole cache).
  void give(void* data, std::size_t span) {
    if (span > kCachedBytes) {
      munmap(data, span);
      return;
    }
    Slot evicted[kCachedMappings];
    int evicted_count = 0;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      while (count_ > 0 && (count_ == kCachedMappings || bytes_ + span > kCachedBytes)) {
        evicted[evicted_count++] = slots_[0];
        bytes_ -= slots_[0].span;
        for (int j = 0; j + 1 < count_; ++j) slots_[j] = slots_[j + 1];
        --count_;
      }
      slots_[count_++] = {data, span};
      bytes_ += span;
    }
    for (int k = 0; k < evicted_count; ++k) munmap(evicted[k].data, evicted[k].span);
  }

 private:
  struct Slot {
    void* data;
    std::size_t span;
  };
  std::mutex mutex_;
  Slot slots_[kCachedMappings] = {};  // oldest first
  int count_ = 0;
  std::size_t bytes_ = 0;
};

MappingCache& mapping_cache() {
  static MappingCache* cache = new MappingCache;
  return *cache;
}

}  // namespace

extern "C" {

parc_buffer* parc_buffer_new(parc_context* ctx, std::int64_t count, std::int64_t itemsize, std::int32_t zeroed,
                             const char* file, std::int64_t line) {
  std::int64_t nbytes = 0;
  if (count < 0 || __builtin_mul_overflow(count, itemsize, &nbytes) || nbytes > (std::int64_t{1} << 48)) {
    parc_raise(ctx, PARC_MEMORY_ERROR, file, line, "array is too big");
    return nullptr;
  }
  auto* buffer = new (std::nothrow) parc_buffer{1, nullptr, nbytes, 0};
  if (!buffer) {
    parc_raise(ctx, PARC_MEMORY_ERROR, file, line, "out of memory");
    return nullptr;
  }
  if (kUseMmap && nbytes >= kLargeBuffer) {
    std::size_t span = mapping_span(nbytes);
    buffer->data = mapping_cache().take(span);
    if (buffer->data && zeroed) std::memset(buffer->data, 0, static_cast<std::size_t>(nbytes));
    if (!buffer->data) buffer->data = map_large(span);
    buffer->mapped = 1;
  } else {
    std::int64_t rounded = (nbytes + kAlignment - 1) / kAlignment * kAlignment;
    buffer->data = std::aligned_alloc(kAlignment, static_cast<std::size_t>(rounded > 0 ? rounded : kAlignment));
    if (buffer->data && zeroed) std::memset(buffer->data, 0, static_cast<std::size_t>(nbytes));
  }
  if (!buffer->data) {
    delete buffer;
    parc_raise(ctx, PARC_MEMORY_ERROR, file, line, "out of memory");
    return nullptr;
  }
  return buffer;
}

void parc_buffer_incref(parc_buffer* buffer) {
  if (buffer) __atomic_fetch_add(&buffer->refcount, 1, __ATOMIC_RELAXED);
}

void parc_buffer_decref(parc_buffer* buffer) {
  if (!buffer || __atomic_sub_fetch(&buffer->refcount, 1, __ATOMIC_ACQ_REL) != 0) return;
  if (buffer->mapped) mapping_cache().give(buffer->data, mapping_span(buffer->nbytes));
  else std::free(buffer->data);
  delete buffer;
}

std::int64_t parc_check_shape(parc_context* ctx, const std::int64_t* shape, std::int64_t ndim, const char* file,
                              std::int64_t line) {
  std::int64_t size = 1;
  for (std::int64_t i = 0; i < ndim; ++i) {
    if (shape[i] < 0) {
      parc_raise(ctx, PARC_VALUE_ERROR, file, line, "negative dimensions are not allowed");
      return -1;
    }
    if (__builtin_mul_overflow(size, shape[i], &size)) {
      parc_raise(ctx, PARC_VALUE_ERROR, file, line, "array is too big; `arr.size * arr.dtype.itemsize` is larger "
                                                    "than the maximum possible size.");
      return -1;
    }
  }
  return size;
}

void parc_raise_index(parc_context* ctx, const char* file, std::int64_t line, std::int64_t index, std::int64_t axis,
                      std::int64_t size) {
  char message[160];
  std::snprintf(message, sizeof message, "index %lld is out of bounds for axis %lld with size %lld",
                static_cast<long long>(index), static_cast<long long>(axis), static_cast<long long>(size));
  parc_raise(ctx, PARC_INDEX_ERROR, file, line, message);
}

void parc_raise_broadcast(parc_context* ctx, const char* file, std::int64_t line, std::int64_t count,
                          const std::int64_t* shapes) {
  std::string message = "operands could not be broadcast together with shapes";
  for (std::int64_t j = 0; j < count; ++j) {
    std::int64_t ndim = *shapes++;
    message += " (";
    for (std::int64_t k = 0; k < ndim; ++k) message += std::to_string(*shapes++) + (ndim == 1 || k + 1 < ndim ? "," : "");
    message += ")";
  }
  parc_raise(ctx, PARC_VALUE_ERROR, file, line, message.c_str());
}
}

namespace {

template <typename T>
void gather(const T* data, std::int64_t ndim, const std::int64_t* shape, const std::int64_t* strides,
            std::int64_t axis, std::int64_t offset, std::vector<double>& out) {
  if (axis == ndim) {
    out.push_back(static_cast<double>(data[offset]));
    return;
  }
  for (std::int64_t i = 0; i < shape[axis]; ++i)
    gather(data, ndim, shape, strides, axis + 1, offset + i * strides[axis], out);
}

}  // namespace

extern "C" double parc_median(const void* data, std::int32_t dtype, std::int64_t ndim, const std::int64_t* shape,
                              const std::int64_t* strides) {
  std::vector<double> values;
  switch (dtype) {
#define PARC_GATHER(code, type) \
  case code: gather(static_cast<const type*>(data), ndim, shape, strides, 0, 0, values); break;
    PARC_GATHER(PARC_BOOL, std::uint8_t)
    PARC_GATHER(PARC_INT8, std::int8_t)
    PARC_GATHER(PARC_INT16, std::int16_t)
    PARC_GATHER(PARC_INT32, std::int32_t)
    PARC_GATHER(PARC_INT64, std::int64_t)
    PARC_GATHER(PARC_UINT8, std::uint8_t)
    PARC_GATHER(PARC_UINT16, std::uint16_t)
    PARC_GATHER(PARC_UINT32, std::uint32_t)
    PARC_GATHER(PARC_UINT64, std::uint64_t)
    PARC_GATHER(PARC_FLOAT32, float)
    PARC_GATHER(PARC_FLOAT64, double)
#undef PARC_GATHER
    default: break;
  }
  if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
  for (double v : values)
    if (std::isnan(v)) return v;
  std::size_t half = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(half), values.end());
  double upper = values[half];
  if (values.size() % 2) return upper;
  double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(half));
  if (dtype == PARC_FLOAT32) return static_cast<double>((static_cast<float>(lower) + static_cast<float>(upper)) / 2.0f);
  return (lower + upper) / 2.0;
}
