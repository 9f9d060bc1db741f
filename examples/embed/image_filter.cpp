// Filters an 8-bit grayscale image buffer in place with a parc kernel: a
// parallel gamma correction and threshold over a row-major (height, width)
// buffer the host owns, then a 3x3 box blur into a second buffer. A runtime
// error in a kernel (here: a bad gamma) arrives as a C++ exception.
#include <parc/parc.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

static const char* kFilters = R"(
import numpy as np
import math
from numba import njit, prange

@njit(parallel=True)
def gamma_threshold(image, gamma, cutoff):
    assert gamma > 0.0, "gamma must be positive"
    for y in prange(image.shape[0]):
        for x in range(image.shape[1]):
            v = 255.0 * math.pow(image[y, x] / 255.0, gamma)
            image[y, x] = 0 if v < cutoff else np.uint8(v)

@njit(parallel=True)
def box_blur(src, dst):
    h, w = src.shape
    for y in prange(1, h - 1):
        for x in range(1, w - 1):
            total = 0
            for dy in range(-1, 2):
                for dx in range(-1, 2):
                    total += src[y + dy, x + dx]
            dst[y, x] = total // 9
)";

static int filter_image() {
  const std::int64_t height = 480, width = 640;
  std::vector<std::uint8_t> pixels(height * width), blurred(height * width, 0);
  for (std::int64_t y = 0; y < height; ++y)
    for (std::int64_t x = 0; x < width; ++x) pixels[y * width + x] = static_cast<std::uint8_t>((x + 2 * y) % 256);

  parc::Jit jit;
  parc::Module filters = jit.compile(kFilters, "filters.py");
  using Image = parc::ArrayRef<std::uint8_t, 2>;
  auto gamma_threshold = filters.function<void(Image, double, double)>("gamma_threshold");
  auto box_blur = filters.function<void(parc::ArrayRef<const std::uint8_t, 2>, Image)>("box_blur");

  // The same filters in C++, for comparison.
  std::vector<std::uint8_t> expected = pixels, expected_blur(height * width, 0);
  for (auto& p : expected) {
    double v = 255.0 * std::pow(p / 255.0, 0.8);
    p = v < 40.0 ? 0 : static_cast<std::uint8_t>(v);
  }
  for (std::int64_t y = 1; y < height - 1; ++y)
    for (std::int64_t x = 1; x < width - 1; ++x) {
      int total = 0;
      for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx) total += expected[(y + dy) * width + x + dx];
      expected_blur[y * width + x] = static_cast<std::uint8_t>(total / 9);
    }

  gamma_threshold(Image(pixels, {height, width}), 0.8, 40.0);  // in place, no copy
  box_blur(parc::ArrayRef<const std::uint8_t, 2>(pixels, {height, width}), Image(blurred, {height, width}));
  long long sum = 0;
  for (std::uint8_t p : blurred) sum += p;
  std::printf("filtered a %lldx%lld image in place: %s C++; blurred checksum %lld: %s C++\n",
              static_cast<long long>(width), static_cast<long long>(height),
              pixels == expected ? "matches" : "DIFFERS FROM", sum, blurred == expected_blur ? "matches" : "DIFFERS FROM");

  try {
    gamma_threshold(Image(pixels, {height, width}), -1.0, 0.0);
  } catch (const parc::RuntimeError& e) {
    std::printf("caught %s at %s:%d: %s\n", e.kind().c_str(), e.file().c_str(), e.line(), e.what());
  }
  return pixels == expected && blurred == expected_blur ? 0 : 1;
}

int main() {
  try {
    return filter_image();
  } catch (const parc::Error& e) {  // a CompileError, or a RuntimeError not caught above
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
}
