// Arrays in the runtime's C ABI: the owned, reference-counted buffers that
// parc allocates, NumPy-style printing, sorting and the index error.
//
// A compiled array value (a descriptor) is, for ndim N:
//   struct { void* data; parc_buffer* owner; int64 shape[N]; int64 strides[N]; }
// Strides count elements, not bytes. `owner` is null for borrowed memory (a
// host's buffer): parc never frees or copies it. Views share their base's
// owner. Generated code holds one reference per live descriptor and drops it
// with parc_buffer_decref; the last reference frees the memory.
#pragma once

#include "runtime/runtime.h"

#include <cstdint>
#include <string>

extern "C" {

// Element types, as NumPy's dtypes.
enum parc_dtype : std::int32_t {
  PARC_BOOL = 0,
  PARC_INT8,
  PARC_INT16,
  PARC_INT32,
  PARC_INT64,
  PARC_UINT8,
  PARC_UINT16,
  PARC_UINT32,
  PARC_UINT64,
  PARC_FLOAT32,
  PARC_FLOAT64,
};

struct parc_buffer {
  std::int64_t refcount;  // updated atomically
  void* data;             // 64-byte aligned; 2 MiB aligned from 4 MiB up
  std::int64_t nbytes;
  std::int32_t mapped;    // allocated with mmap (large) rather than the heap
};

// A buffer of `count` elements of `itemsize` bytes with one reference, its
// memory zeroed when `zeroed`. Raises MemoryError (and returns null) when the
// size overflows or memory runs out.
parc_buffer* parc_buffer_new(parc_context* ctx, std::int64_t count, std::int64_t itemsize, std::int32_t zeroed,
                             const char* file, std::int64_t line);
void parc_buffer_incref(parc_buffer* buffer);  // null: nothing to do
void parc_buffer_decref(parc_buffer* buffer);  // null: nothing to do

// The product of the dims; raises ValueError and returns -1 when a dimension
// is negative ("negative dimensions are not allowed") or the product overflows.
std::int64_t parc_check_shape(parc_context* ctx, const std::int64_t* shape, std::int64_t ndim, const char* file,
                              std::int64_t line);

// IndexError: index 10 is out of bounds for axis 0 with size 10
void parc_raise_index(parc_context* ctx, const char* file, std::int64_t line, std::int64_t index, std::int64_t axis,
                      std::int64_t size);
// ValueError: operands could not be broadcast together with shapes (3,) (4,).
// `shapes` lists each of the `count` arrays as its ndim, then its dims.
void parc_raise_broadcast(parc_context* ctx, const char* file, std::int64_t line, std::int64_t count,
                          const std::int64_t* shapes);

// print(array): NumPy's str(array), byte for byte (see array_print.cpp).
void parc_print_array(parc_context* ctx, const void* data, std::int32_t dtype, std::int64_t ndim,
                      const std::int64_t* shape, const std::int64_t* strides);

// np.median of the elements (NaN if any is NaN; NaN when empty). Float32
// arrays average their two middle values in float32, as NumPy does.
double parc_median(const void* data, std::int32_t dtype, std::int64_t ndim, const std::int64_t* shape,
                   const std::int64_t* strides);

// Sorts `count` elements spaced `stride` elements apart, ascending, NaNs last.
void parc_sort(void* data, std::int32_t dtype, std::int64_t count, std::int64_t stride);
}

namespace parc::runtime {

// NumPy's str() of an array; what parc_print_array writes.
std::string format_array(const void* data, parc_dtype dtype, std::int64_t ndim, const std::int64_t* shape,
                         const std::int64_t* strides);

}  // namespace parc::runtime
