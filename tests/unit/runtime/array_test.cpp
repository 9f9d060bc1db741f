// Unit tests of array buffers (runtime/array.h): alignment, zeroing, and the
// reuse of freed large mappings (a new buffer of the same size gets the
// pages of the one just freed; zeroed ones are zeroed again; other sizes
// and buffers still in use are never handed out).
#include "runtime/array.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <set>
#include <thread>
#include <vector>

namespace {

constexpr std::int64_t kLarge = 2'000'000;  // doubles: 16 MB, mapped

parc_buffer* doubles(parc_context* ctx, std::int64_t n, bool zeroed = false) {
  return parc_buffer_new(ctx, n, 8, zeroed ? 1 : 0, "array_test.cpp", 1);
}

bool aligned(const void* p, std::uintptr_t to) { return reinterpret_cast<std::uintptr_t>(p) % to == 0; }

bool all_zero(const parc_buffer* b) {
  const auto* bytes = static_cast<const unsigned char*>(b->data);
  for (std::int64_t i = 0; i < b->nbytes; ++i)
    if (bytes[i] != 0) return false;
  return true;
}

TEST(ArrayBuffer, SmallAndLargeAreAlignedAndZeroedOnRequest) {
  parc_context ctx = parc::runtime::make_context(stdout, nullptr);
  for (std::int64_t n : {std::int64_t{1}, std::int64_t{1000}, kLarge}) {
    parc_buffer* b = doubles(&ctx, n, true);
    ASSERT_NE(b, nullptr);
    EXPECT_TRUE(aligned(b->data, 64));
    if (b->mapped) {
      EXPECT_TRUE(aligned(b->data, 2 << 20));
    }
    EXPECT_TRUE(all_zero(b));
    parc_buffer_decref(b);
  }
  EXPECT_EQ(ctx.error, PARC_OK);
}

TEST(ArrayBuffer, FreedLargeMappingIsReusedAndRezeroed) {
  parc_context ctx = parc::runtime::make_context(stdout, nullptr);
  parc_buffer* first = doubles(&ctx, kLarge);
  ASSERT_NE(first, nullptr);
  if (!first->mapped) {  // AddressSanitizer builds keep every buffer on the heap
    parc_buffer_decref(first);
    GTEST_SKIP() << "large buffers are not mapped in this build";
  }
  std::memset(first->data, 0xab, static_cast<std::size_t>(first->nbytes));
  void* pages = first->data;
  parc_buffer_decref(first);

  // The same span (a few elements fewer round to the same 2 MiB pages): the
  // same pages, still holding what was written (fresh ones would be zero).
  parc_buffer* again = doubles(&ctx, kLarge - 3);
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->data, pages);
  EXPECT_EQ(static_cast<unsigned char*>(again->data)[0], 0xab);
  parc_buffer_decref(again);
  // Asked for zeroed memory, it gets the same pages zeroed.
  parc_buffer* zeroed = doubles(&ctx, kLarge, true);
  ASSERT_NE(zeroed, nullptr);
  EXPECT_EQ(zeroed->data, pages);
  EXPECT_TRUE(all_zero(zeroed));
  parc_buffer_decref(zeroed);

  // A live buffer's pages are never handed out twice; another span gets
  // other pages.
  parc_buffer* a = doubles(&ctx, kLarge);
  parc_buffer* b = doubles(&ctx, kLarge);
  parc_buffer* c = doubles(&ctx, 2 * kLarge);
  ASSERT_TRUE(a && b && c);
  EXPECT_NE(a->data, b->data);
  EXPECT_NE(c->data, a->data);
  EXPECT_NE(c->data, b->data);
  std::memset(a->data, 1, static_cast<std::size_t>(a->nbytes));
  std::memset(b->data, 2, static_cast<std::size_t>(b->nbytes));
  std::memset(c->data, 3, static_cast<std::size_t>(c->nbytes));
  parc_buffer_decref(a);
  parc_buffer_decref(b);
  parc_buffer_decref(c);
  EXPECT_EQ(ctx.error, PARC_OK);
}

// Threads allocating, writing and freeing large buffers at once: every live
// buffer has pages of its own (its contents survive the others' writes).
TEST(ArrayBuffer, ConcurrentLargeBuffersDoNotShare) {
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([t, &failures] {
      parc_context ctx = parc::runtime::make_context(stdout, nullptr);
      for (int round = 0; round < 20; ++round) {
        parc_buffer* b = doubles(&ctx, kLarge / 2 + (round % 2) * kLarge);
        if (!b) {
          ++failures[t];
          continue;
        }
        auto* bytes = static_cast<unsigned char*>(b->data);
        std::memset(bytes, t + 1, static_cast<std::size_t>(b->nbytes));
        std::this_thread::yield();
        for (std::int64_t i = 0; i < b->nbytes; i += 4096)
          if (bytes[i] != t + 1) ++failures[t];
        parc_buffer_decref(b);
      }
    });
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(failures[t], 0) << "thread " << t;
}
}  // namespace
