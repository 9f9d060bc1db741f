// Hand-written C++/OpenMP versions of bench/parallel_kernels.py, the
// reference that parc's prange loops are measured against. Built with
// clang-19 -O3 -march=native -fopenmp -fno-math-errno -fveclib=libmvec and
// linked with LLVM's libomp (see bench/CMakeLists.txt): the same OpenMP
// runtime parc's default threading layer runs on. -fno-math-errno lets
// clang treat exp/log/sqrt as the pure functions Python's math module makes
// them (parc does), and -fveclib=libmvec lets it call glibc's vector forms
// where its table has them (exp, log; not erf), as parc does.
//
// Each driver does what the parc driver does: the same buffers from the same
// allocator (parc_buffer_new), filled by a parallel loop, the same initial
// values, the same loops over row-major data, the same number of
// repetitions, the same checksum. Kernels are separate functions, as in the
// script (the array expression's result too, unless
// PARC_BENCH_CPP_RESULT=heap: see magnitude below).
//
// Scheduling: parc cuts every prange into 8 chunks a thread, claimed in
// order from a shared counter (runtime/parallel.h). Here the loops whose
// iterations cost the same use OpenMP's plain static schedule (what an
// OpenMP programmer writes, and the cheapest); Mandelbrot, whose rows cost
// very different amounts, uses schedule(dynamic). The dot product is
// `parallel for simd reduction(+:s)`: like a prange reduction, it has no
// defined summation order, so it may be vectorized.
#include "runtime/array.h"

#include <omp.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>

// Python rounds every product and every sum (so do parc and Numba); clang's
// default -ffp-contract=on would fuse them into FMAs. Off, the loops compute
// the same values and the checksums agree.
#pragma STDC FP_CONTRACT OFF

namespace {

using i64 = std::int64_t;

double* data_of(parc_buffer* buffer) { return static_cast<double*>(buffer->data); }

parc_buffer* new_doubles(parc_context* ctx, i64 n) {
  return parc_buffer_new(ctx, n, 8, 0, "parallel_kernels.cpp", __LINE__);
}

// Releases the buffers (null ones are skipped); returns 0, the checksum of
// a run that raised a MemoryError.
template <class... Buffers>
double release(Buffers*... buffers) {
  (parc_buffer_decref(buffers), ...);
  return 0.0;
}

// ------------------------------------------------------------ STREAM triad

void triad(double* a, const double* b, const double* c, double s, i64 n) {
#pragma omp parallel for schedule(static)
  for (i64 i = 0; i < n; ++i) a[i] = b[i] + s * c[i];
}

// ------------------------------------------------------ dot-product reduction

double dot(const double* a, const double* b, i64 n) {
  double s = 0.0;
#pragma omp parallel for simd schedule(static) reduction(+ : s)
  for (i64 i = 0; i < n; ++i) s += a[i] * b[i];
  return s;
}

// -------------------------------------------------------------- Mandelbrot

void mandelbrot(i64* counts, i64 h, i64 w, i64 max_iter) {
#pragma omp parallel for schedule(dynamic)
  for (i64 y = 0; y < h; ++y) {
    double ci = -1.2 + 2.4 * static_cast<double>(y) / static_cast<double>(h);
    for (i64 x = 0; x < w; ++x) {
      double cr = -2.0 + 3.0 * static_cast<double>(x) / static_cast<double>(w);
      double zr = 0.0, zi = 0.0;
      i64 k = 0;
      while (k < max_iter && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        ++k;
      }
      counts[y * w + x] = k;
    }
  }
}

// --------------------------------------------------- n-body potential, O(n^2)

void potential(const double* x, const double* y, const double* z, double* pot, double eps, i64 n) {
#pragma omp parallel for schedule(static)
  for (i64 i = 0; i < n; ++i) {
    double s = 0.0;
    for (i64 j = 0; j < n; ++j) {
      double dx = x[i] - x[j];
      double dy = y[i] - y[j];
      double dz = z[i] - z[j];
      s += 1.0 / std::sqrt(dx * dx + dy * dy + dz * dz + eps);
    }
    pot[i] = s;
  }
}

// --------------------------------------------- 2-D five-point Jacobi stencil

void jacobi_sweep(const double* u, double* out, i64 n, i64 m) {
#pragma omp parallel for schedule(static)
  for (i64 i = 1; i < n - 1; ++i)
    for (i64 j = 1; j < m - 1; ++j)
      out[i * m + j] = 0.25 * (u[(i - 1) * m + j] + u[(i + 1) * m + j] + u[i * m + j - 1] + u[i * m + j + 1]);
}

// ----------------------------------------------------- i-k-j matrix product

void matmul_ikj(const double* a, const double* b, double* c, i64 n, i64 p, i64 m) {
#pragma omp parallel for schedule(static)
  for (i64 i = 0; i < n; ++i) {
    for (i64 j = 0; j < m; ++j) c[i * m + j] = 0.0;
    for (i64 k = 0; k < p; ++k)
      for (i64 j = 0; j < m; ++j) c[i * m + j] += a[i * p + k] * b[k * m + j];
  }
}

// ------------------------------------------------------------ Black-Scholes

void black_scholes(const double* price, const double* strike, const double* years, double rate, double vol,
                   double* call, i64 n) {
#pragma omp parallel for schedule(static)
  for (i64 i = 0; i < n; ++i) {
    double s = price[i], k = strike[i], t = years[i];
    double root = vol * std::sqrt(t);
    double d1 = (std::log(s / k) + (rate + 0.5 * vol * vol) * t) / root;
    double d2 = d1 - root;
    double n1 = 0.5 + 0.5 * std::erf(d1 * 0.7071067811865476);
    double n2 = 0.5 + 0.5 * std::erf(d2 * 0.7071067811865476);
    call[i] = s * n1 - k * std::exp(-rate * t) * n2;
  }
}

// ------------------------------------------------------ fused array expression
// parc's `np.sqrt(x * x + y * y + z * z) * s + 1.0` under parallel=True: one
// loop, no temporaries, into a new array each call, written by an
// `omp parallel for simd` loop. The result comes from the allocator parc's
// comes from, parc_buffer_new, as every other buffer here: 2 MiB pages, and
// the pages of a freed result handed to the next one of the same size.
//
// PARC_BENCH_CPP_RESULT=heap in the environment takes it from the C++ heap
// instead (std::aligned_alloc, 64-byte aligned), as a C++ programmer might;
// but glibc then decides per process, by where the blocks land, whether it
// keeps the freed 16 MB blocks or trims them off the heap after every call
// (the freed block joins the free top, which passes the trim threshold:
// twice the mmap threshold, which the first free raised to the block's
// size) and faults 16 MB of 4 KiB pages back in on the next, 19x slower.

struct Result {
  double* data;
  parc_buffer* buffer;  // null: data is from std::aligned_alloc
};

Result new_result(parc_context* ctx, i64 n) {
  static const bool from_heap = [] {
    const char* choice = std::getenv("PARC_BENCH_CPP_RESULT");
    return choice && std::string(choice) == "heap";
  }();
  if (from_heap)
    return {static_cast<double*>(std::aligned_alloc(64, static_cast<std::size_t>((n * 8 + 63) / 64 * 64))), nullptr};
  parc_buffer* buffer = new_doubles(ctx, n);
  return {buffer ? data_of(buffer) : nullptr, buffer};
}

void free_result(Result result) {
  if (result.buffer) parc_buffer_decref(result.buffer);
  else std::free(result.data);
}

Result magnitude(parc_context* ctx, const double* x, const double* y, const double* z, double s, i64 n) {
  Result result = new_result(ctx, n);
  double* out = result.data;
  if (!out) return result;
#pragma omp parallel for simd schedule(static)
  for (i64 i = 0; i < n; ++i) out[i] = std::sqrt(x[i] * x[i] + y[i] * y[i] + z[i] * z[i]) * s + 1.0;
  return result;
}

}  // namespace

extern "C" {

// The number of threads the next parallel regions use.
void ref_set_threads(int threads) { omp_set_num_threads(threads); }

double ref_triad_driver(parc_context* ctx, i64 n, i64 reps) {
  parc_buffer* a_buffer = new_doubles(ctx, n);
  parc_buffer* b_buffer = new_doubles(ctx, n);
  parc_buffer* c_buffer = new_doubles(ctx, n);
  if (!a_buffer || !b_buffer || !c_buffer) return release(a_buffer, b_buffer, c_buffer);
  double* a = data_of(a_buffer);
  double* b = data_of(b_buffer);
  double* c = data_of(c_buffer);
#pragma omp parallel for schedule(static)
  for (i64 i = 0; i < n; ++i) {
    a[i] = 0.0;
    b[i] = static_cast<double>(i % 1000) * 0.001;
    c[i] = static_cast<double>(i % 7) * 0.5;
  }
  for (i64 r = 0; r < reps; ++r) triad(a, b, c, 1.0 + static_cast<double>(r) * 0.25, n);
  double total = 0.0;
  for (i64 i = 0; i < n; ++i) total += a[i];
  release(a_buffer, b_buffer, c_buffer);
  return total;
}

double ref_dot_driver(parc_context* ctx, i64 n, i64 reps) {
  parc_buffer* a_buffer = new_doubles(ctx, n);
  parc_buffer* b_buffer = new_doubles(ctx, n);
  if (!a_buffer || !b_buffer) return release(a_buffer, b_buffer);
  double* a = data_of(a_buffer);
  double* b = data_of(b_buffer);
#pragma omp parallel for schedule(static)
  for (i64 i = 0; i < n; ++i) {
    a[i] = static_cast<double>(i % 16) * 0.25;
    b[i] = static_cast<double>(i % 9) * 0.5 - 1.5;
  }
  double total = 0.0;
  for (i64 r = 0; r < reps; ++r) total += dot(a, b, n);
  release(a_buffer, b_buffer);
  return total;
}

// An int64 checksum, as the parc driver returns.
i64 ref_mandelbrot_driver(parc_context* ctx, i64 n, i64 max_iter) {
  i64 h = n, w = n * 3 / 2;
  parc_buffer* counts_buffer = parc_buffer_new(ctx, h * w, 8, 0, "parallel_kernels.cpp", __LINE__);
  if (!counts_buffer) return 0;
  i64* counts = static_cast<i64*>(counts_buffer->data);
  mandelbrot(counts, h, w, max_iter);
  i64 total = 0;
  for (i64 e = 0; e < h * w; ++e) total += counts[e];
  release(counts_buffer);
  return total;
}

double ref_nbody_driver(parc_context* ctx, i64 n, i64 reps) {
  parc_buffer* x_buffer = new_doubles(ctx, n);
  parc_buffer* y_buffer = new_doubles(ctx, n);
  parc_buffer* z_buffer = new_doubles(ctx, n);
  parc_buffer* pot_buffer = new_doubles(ctx, n);
  if (!x_buffer || !y_buffer || !z_buffer || !pot_buffer) return release(x_buffer, y_buffer, z_buffer, pot_buffer);
  double* x = data_of(x_buffer);
  double* y = data_of(y_buffer);
  double* z = data_of(z_buffer);
  double* pot = data_of(pot_buffer);
#pragma omp parallel for schedule(static)
  for (i64 i = 0; i < n; ++i) {
    x[i] = static_cast<double>(i * 37 % 101) * 0.01;
    y[i] = static_cast<double>(i * 53 % 103) * 0.01;
    z[i] = static_cast<double>(i * 71 % 107) * 0.01;
    pot[i] = 0.0;
  }
  double total = 0.0;
  for (i64 r = 0; r < reps; ++r) {
    potential(x, y, z, pot, 0.01 + static_cast<double>(r) * 0.001, n);
    total += pot[r % n];
  }
  for (i64 i = 0; i < n; ++i) total += pot[i];
  release(x_buffer, y_buffer, z_buffer, pot_buffer);
  return total;
}

double ref_stencil_driver(parc_context* ctx, i64 n, i64 sweeps) {
  parc_buffer* u_buffer = new_doubles(ctx, n * n);
  parc_buffer* out_buffer = new_doubles(ctx, n * n);
  if (!u_buffer || !out_buffer) return release(u_buffer, out_buffer);
  double* u = data_of(u_buffer);
  double* out = data_of(out_buffer);
#pragma omp parallel for schedule(static)
  for (i64 i = 0; i < n; ++i)
    for (i64 j = 0; j < n; ++j) {
      double v = static_cast<double>((i * 7 + j * 3) % 10) * 0.1;
      if (i == 0) v = 0.5;
      if (j == 0) v = 1.0;
      u[i * n + j] = v;
      out[i * n + j] = v;
    }
  for (i64 s = 0; s < sweeps; ++s) {
    jacobi_sweep(u, out, n, n);
    std::swap(u, out);
  }
  double total = 0.0;
  for (i64 i = 0; i < n; ++i)
    for (i64 j = 0; j < n; ++j) total += u[i * n + j];
  release(u_buffer, out_buffer);
  return total;
}

double ref_matmul_driver(parc_context* ctx, i64 n, i64 reps) {
  parc_buffer* a_buffer = new_doubles(ctx, n * n);
  parc_buffer* b_buffer = new_doubles(ctx, n * n);
  parc_buffer* c_buffer = new_doubles(ctx, n * n);
  if (!a_buffer || !b_buffer || !c_buffer) return release(a_buffer, b_buffer, c_buffer);
  double* a = data_of(a_buffer);
  double* b = data_of(b_buffer);
  double* c = data_of(c_buffer);
#pragma omp parallel for schedule(static)
  for (i64 i = 0; i < n; ++i)
    for (i64 j = 0; j < n; ++j) {
      a[i * n + j] = static_cast<double>((i + 2 * j) % 5) * 0.25;
      b[i * n + j] = static_cast<double>((3 * i + j) % 4) * 0.5 - 0.5;
    }
  double total = 0.0;
  for (i64 r = 0; r < reps; ++r) {
    matmul_ikj(a, b, c, n, n, n);
    total += c[(r % n) * n + (7 * r) % n];
  }
  for (i64 i = 0; i < n; ++i)
    for (i64 j = 0; j < n; ++j) total += c[i * n + j];
  release(a_buffer, b_buffer, c_buffer);
  return total;
}

double ref_black_scholes_driver(parc_context* ctx, i64 n, i64 reps) {
  parc_buffer* price_buffer = new_doubles(ctx, n);
  parc_buffer* strike_buffer = new_doubles(ctx, n);
  parc_buffer* years_buffer = new_doubles(ctx, n);
  parc_buffer* call_buffer = new_doubles(ctx, n);
  if (!price_buffer || !strike_buffer || !years_buffer || !call_buffer)
    return release(price_buffer, strike_buffer, years_buffer, call_buffer);
  double* price = data_of(price_buffer);
  double* strike = data_of(strike_buffer);
  double* years = data_of(years_buffer);
  double* call = data_of(call_buffer);
#pragma omp parallel for schedule(static)
  for (i64 i = 0; i < n; ++i) {
    price[i] = 50.0 + static_cast<double>(i % 101) * 0.5;
    strike[i] = 40.0 + static_cast<double>(i % 89) * 0.75;
    years[i] = 0.25 + static_cast<double>(i % 13) * 0.125;
    call[i] = 0.0;
  }
  double total = 0.0;
  for (i64 r = 0; r < reps; ++r) {
    black_scholes(price, strike, years, 0.02 + static_cast<double>(r) * 0.001, 0.3, call, n);
    total += call[r % n];
  }
  for (i64 i = 0; i < n; ++i) total += call[i];
  release(price_buffer, strike_buffer, years_buffer, call_buffer);
  return total;
}

double ref_array_expr_driver(parc_context* ctx, i64 n, i64 reps) {
  parc_buffer* x_buffer = new_doubles(ctx, n);
  parc_buffer* y_buffer = new_doubles(ctx, n);
  parc_buffer* z_buffer = new_doubles(ctx, n);
  if (!x_buffer || !y_buffer || !z_buffer) return release(x_buffer, y_buffer, z_buffer);
  double* x = data_of(x_buffer);
  double* y = data_of(y_buffer);
  double* z = data_of(z_buffer);
#pragma omp parallel for schedule(static)
  for (i64 i = 0; i < n; ++i) {
    x[i] = static_cast<double>(i % 11) * 0.5 - 2.5;
    y[i] = static_cast<double>(i % 13) * 0.25;
    z[i] = static_cast<double>(i % 7) * 0.75 - 1.5;
  }
  // As in the script: one call outside the repetitions; each repetition's
  // result replaces (and frees) the previous one.
  Result out = magnitude(ctx, x, y, z, 0.5, n);
  double total = 0.0;
  for (i64 r = 0; r < reps && out.data; ++r) {
    Result next = magnitude(ctx, x, y, z, 0.5 + static_cast<double>(r) * 0.25, n);
    free_result(out);
    out = next;
    if (out.data) total += out.data[r % n];
  }
  bool made = out.data != nullptr;
  if (made)
    for (i64 i = 0; i < n; ++i) total += out.data[i];
  free_result(out);
  release(x_buffer, y_buffer, z_buffer);
  return made ? total : 0.0;
}
}
