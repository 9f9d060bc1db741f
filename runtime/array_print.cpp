// print(array) and sort(array): NumPy 1.24's str(array), byte for byte, and
// an in-place ascending sort with NaNs last.
//
// The formatting mirrors numpy/core/arrayprint.py with the default print
// options (linewidth 75, threshold 1000, edgeitems 3, precision 8, floatmode
// 'maxprec', suppress False, sign '-'):
//   * arrays of more than 1000 elements are summarised: along every axis
//     longer than 6 only the first and last 3 entries are shown, with '...'
//     between them, and the element widths come from the shown entries only;
//   * ints are right-aligned to a common width, bools print ' True'/'False';
//   * floats go through NumPy's FloatingFormat: scientific notation when the
//     largest finite magnitude is >= 1e8, the smallest nonzero one < 1e-4 or
//     their ratio > 1000; otherwise positional with at most 8 fractional
//     digits. Digits are the shortest that round-trip in the element's own
//     type (std::to_chars) unless they must be cut or extended, in which case
//     the exact binary value is rounded half-to-even (glibc's printf), as
//     Dragon4 does. Every float of an array is padded to the same width;
//   * nested brackets, line wrapping at 75 columns and blank lines between
//     blocks follow _formatArray.
// A 0-D array prints as its scalar (str(np.float64(x)) and the like).
#include "runtime/array.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <type_traits>
#include <vector>

namespace {

constexpr std::int64_t kLineWidth = 75;
constexpr std::int64_t kThreshold = 1000;
constexpr std::int64_t kEdgeItems = 3;
constexpr int kPrecision = 8;

// An array as the printer sees it: typed loads at element offsets.
struct ArrayRef {
  const void* data;
  std::int64_t ndim;
  const std::int64_t* shape;
  const std::int64_t* strides;
};

template <typename T>
T load(const void* data, std::int64_t offset) {
  return static_cast<const T*>(data)[offset];
}

// Whether axis `axis` shows only its edges ('...' in between).
bool axis_summarised(const ArrayRef& a, std::int64_t axis, bool summarise) {
  return summarise && a.shape[axis] > 2 * kEdgeItems;
}

// Calls `visit(offset)` for every element shown (all, or only the edges).
void for_each_shown(const ArrayRef& a, bool summarise, std::int64_t axis, std::int64_t offset,
                    const std::function<void(std::int64_t)>& visit) {
  if (axis == a.ndim) {
    visit(offset);
    return;
  }
  std::int64_t len = a.shape[axis];
  bool edges = axis_summarised(a, axis, summarise);
  for (std::int64_t i = 0; i < len; ++i) {
    if (edges && i == kEdgeItems) i = len - kEdgeItems;
    for_each_shown(a, summarise, axis + 1, offset + i * a.strides[axis], visit);
  }
}

// ---------------------------------------------------------------- floats --

// The shortest digits that round-trip in T's own precision.
template <typename T>
std::string shortest(T x, std::chars_format format) {
  char buf[400];
  auto result = std::to_chars(buf, buf + sizeof buf, x, format);
  return std::string(buf, result.ptr);
}

// The shortest round-trip digits of x >= 0 in positional notation, zeros
// filling up to the '.' ("100000000", "0.0001"). Unlike to_chars' fixed
// format, which prints an integer's exact digits, this is Dragon4's output.
template <typename T>
std::string shortest_positional(T x) {
  std::string text = shortest(x, std::chars_format::scientific);
  std::size_t e = text.find('e');
  int exponent = std::stoi(text.substr(e + 1));
  std::string digits = text.substr(0, e);
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  if (exponent < 0) return "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
  std::size_t whole = static_cast<std::size_t>(exponent) + 1;
  if (digits.size() <= whole) return digits + std::string(whole - digits.size(), '0');
  return digits.substr(0, whole) + "." + digits.substr(whole);
}

// The exact value of x rounded half-to-even, as printf("%.*<conv>").
std::string rounded(double x, int digits, char conversion) {
  char spec[8] = {'%', '.', '*', conversion, '\0'};
  char buf[400];
  int n = std::snprintf(buf, sizeof buf, spec, digits, x);
  return std::string(buf, static_cast<std::size_t>(n));
}

std::size_t fraction_length(const std::string& mantissa) {
  std::size_t dot = mantissa.find('.');
  return dot == std::string::npos ? 0 : mantissa.size() - dot - 1;
}

// Drops trailing zeros of the fraction; keeps the '.' (trim mode '.').
void trim_zeros(std::string& mantissa) {
  if (mantissa.find('.') == std::string::npos) return;
  while (mantissa.back() == '0') mantissa.pop_back();
}

// |x| (finite) in positional notation with at most `precision` fractional
// digits, trailing zeros trimmed, always with a '.': "0.", "1.5", "100.".
// With `exact_whole`, digits are never cut short of the '.' (Dragon4 with
// min_digits=0): float32 91808728 prints as such, not as 91808730.
template <typename T>
std::string positional(T x, int precision, bool exact_whole) {
  T magnitude = std::fabs(x);
  std::string text = shortest_positional(magnitude);
  std::size_t frac = fraction_length(text);
  if (frac > static_cast<std::size_t>(precision)) {
    text = rounded(static_cast<double>(magnitude), precision, 'f');
  } else if (frac == 0 && exact_whole) {
    text = rounded(static_cast<double>(magnitude), 0, 'f');
  }
  if (text.find('.') == std::string::npos) text += '.';
  trim_zeros(text);
  return text;
}

// |x| (finite) in scientific notation: the mantissa ("1.5", "1.") and the
// decimal exponent. With `exact`, the mantissa has `precision` fractional
// digits (Dragon4 with min_digits=precision); otherwise it has the shortest
// digits, at most `precision` of them, trailing zeros trimmed.
template <typename T>
std::string scientific(T x, int precision, bool exact, int* exponent) {
  T magnitude = std::fabs(x);
  std::string text = shortest(magnitude, std::chars_format::scientific);
  if (exact || fraction_length(text.substr(0, text.find('e'))) > static_cast<std::size_t>(precision)) {
    text = rounded(static_cast<double>(magnitude), precision, 'e');
  }
  std::size_t e = text.find('e');
  *exponent = std::stoi(text.substr(e + 1));
  std::string mantissa = text.substr(0, e);
  if (mantissa.find('.') == std::string::npos) mantissa += '.';
  if (!exact) trim_zeros(mantissa);
  return mantissa;
}

// "e+05": the exponent with at least `digits` (and 2) digits.
std::string exponent_text(int exponent, int digits) {
  std::string magnitude = std::to_string(std::abs(exponent));
  std::size_t width = static_cast<std::size_t>(std::max(digits, 2));
  if (magnitude.size() < width) magnitude.insert(0, width - magnitude.size(), '0');
  return (exponent < 0 ? "e-" : "e+") + magnitude;
}

std::string pad_left(const std::string& text, std::size_t width) {
  return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}

// NumPy's FloatingFormat, fitted to one array's (shown) values.
struct FloatFormat {
  bool exp_format = false;
  int precision = kPrecision;  // most fractional digits
  std::size_t pad_left = 0;    // characters before the '.', sign included
  std::size_t pad_right = 0;   // characters after the '.'
  int exp_size = -1;           // exponent digits
};

// Whether NumPy switches the array to scientific notation.
template <typename T>
bool needs_exp_format(const std::vector<T>& finite) {
  bool any = false;
  T max_val = 0, min_val = 0;
  for (T v : finite) {
    if (v == 0) continue;
    T m = std::fabs(v);
    max_val = any ? std::max(max_val, m) : m;
    min_val = any ? std::min(min_val, m) : m;
    any = true;
  }
  if (!any) return false;
  T ratio = max_val / min_val;  // in T, as NumPy divides its scalars
  return max_val >= 1e8 || static_cast<double>(min_val) < 0.0001 || ratio > 1000;
}

template <typename T>
FloatFormat make_float_format(const std::vector<T>& values) {
  FloatFormat f;
  std::vector<T> finite;
  bool any_neg_inf = false;
  for (T v : values) {
    if (std::isfinite(v)) finite.push_back(v);
    if (std::isinf(v) && v < 0) any_neg_inf = true;
  }
  f.exp_format = needs_exp_format(finite);
  if (f.exp_format && !finite.empty()) {
    int frac = 0;
    for (T v : finite) {
      int exponent = 0;
      std::string mantissa = scientific(v, kPrecision, false, &exponent);
      std::size_t int_len = mantissa.find('.') + (std::signbit(v) ? 1 : 0);
      f.pad_left = std::max(f.pad_left, int_len);
      frac = std::max(frac, static_cast<int>(fraction_length(mantissa)));
      f.exp_size = std::max(f.exp_size, static_cast<int>(exponent_text(exponent, 2).size()) - 2);
    }
    f.precision = frac;
    f.pad_right = static_cast<std::size_t>(f.exp_size + 2 + frac);
  } else if (!finite.empty()) {
    for (T v : finite) {
      std::string text = positional(v, kPrecision, false);
      std::size_t int_len = text.find('.') + (std::signbit(v) ? 1 : 0);
      f.pad_left = std::max(f.pad_left, int_len);
      f.pad_right = std::max(f.pad_right, fraction_length(text));
    }
  }
  if (finite.size() != values.size()) {  // room for nan, inf, -inf
    std::size_t inf_len = 3 + (any_neg_inf ? 1 : 0);
    std::size_t offset = f.pad_right + 1;
    if (inf_len > offset) f.pad_left = std::max(f.pad_left, inf_len - offset);
    if (3 > offset) f.pad_left = std::max(f.pad_left, 3 - offset);
  }
  return f;
}

template <typename T>
std::string format_float(const FloatFormat& f, T x) {
  if (!std::isfinite(x)) {
    const char* text = std::isnan(x) ? "nan" : x < 0 ? "-inf" : "inf";
    return pad_left(text, f.pad_left + f.pad_right + 1);
  }
  const char* sign = std::signbit(x) ? "-" : "";
  if (f.exp_format) {
    int exponent = 0;
    std::string mantissa = sign + scientific(x, f.precision, true, &exponent);
    std::size_t int_len = mantissa.find('.');
    if (int_len < f.pad_left) mantissa.insert(0, f.pad_left - int_len, ' ');
    return mantissa + exponent_text(exponent, f.exp_size);
  }
  std::string text = sign + positional(x, f.precision, true);
  std::size_t int_len = text.find('.');
  std::size_t frac = text.size() - int_len - 1;
  if (frac < f.pad_right) text.append(f.pad_right - frac, ' ');
  return pad_left(text, f.pad_left + 1 + std::max(frac, f.pad_right));
}

// str() of a NumPy float scalar: positional ("1.0", "0.0001") for zero and
// magnitudes in [1e-4, 1e16), scientific ("1e+16", "1.5e-05") otherwise.
template <typename T>
std::string float_scalar_str(T x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  const char* sign = std::signbit(x) ? "-" : "";
  double magnitude = std::fabs(static_cast<double>(x));
  if (x == 0 || (magnitude >= 1e-4 && magnitude < 1e16)) {
    std::string text = shortest_positional(std::fabs(x));
    if (text.find('.') == std::string::npos) text += ".0";
    return sign + text;
  }
  std::string text = shortest(std::fabs(x), std::chars_format::scientific);
  std::size_t e = text.find('e');
  return sign + text.substr(0, e) + exponent_text(std::stoi(text.substr(e + 1)), 2);
}

// ------------------------------------------------------- ints and bools --

template <typename T>
std::string int_text(T x) {
  char buf[24];
  auto result = std::to_chars(buf, buf + sizeof buf, x);
  return std::string(buf, result.ptr);
}

std::string bool_text(std::uint8_t x) { return x ? " True" : "False"; }

// ---------------------------------------------------------------- layout --

using ElementText = std::function<std::string(std::int64_t offset)>;

void rstrip(std::string& text) {
  while (!text.empty() && text.back() == ' ') text.pop_back();
}

// _extendLine: starts a new line (at `prefix`) when `word` would pass `width`.
void extend_line(std::string& s, std::string& line, const std::string& word, std::int64_t width,
                 const std::string& prefix) {
  bool wrap = static_cast<std::int64_t>(line.size() + word.size()) > width && line.size() > prefix.size();
  if (wrap) {
    rstrip(line);
    s += line + "\n";
    line = prefix;
  }
  line += word;
}

// _formatArray's recurser: the text of the sub-array at (axis, offset).
class Layout {
 public:
  Layout(const ArrayRef& a, bool summarise, ElementText element)
      : a_(a), summarise_(summarise), element_(std::move(element)) {}

  std::string format() const { return recurse(0, 0, " ", kLineWidth); }

 private:
  // The indices shown along `axis`, with -1 where '...' goes.
  std::vector<std::int64_t> shown_indices(std::int64_t axis) const {
    std::int64_t len = a_.shape[axis];
    std::vector<std::int64_t> indices;
    bool edges = axis_summarised(a_, axis, summarise_);
    for (std::int64_t i = 0; i < len; ++i) {
      if (edges && i == kEdgeItems) {
        indices.push_back(-1);
        i = len - kEdgeItems;
      }
      indices.push_back(i);
    }
    return indices;
  }

  std::string recurse(std::int64_t axis, std::int64_t offset, const std::string& hanging,
                      std::int64_t width) const {
    if (axis == a_.ndim) return element_(offset);
    std::string next_hanging = hanging + ' ';
    std::int64_t next_width = width - 1;  // room for the ']'
    std::int64_t stride = a_.strides[axis];
    std::vector<std::int64_t> indices = shown_indices(axis);
    std::string s;
    if (axis + 1 == a_.ndim) {  // the last axis: words that wrap
      std::int64_t elem_width = width - 1;
      std::string line = hanging;
      for (std::size_t k = 0; k < indices.size(); ++k) {
        std::string word = indices[k] < 0
                               ? "..."
                               : recurse(axis + 1, offset + indices[k] * stride, next_hanging, next_width);
        extend_line(s, line, word, elem_width, hanging);
        if (k + 1 < indices.size()) line += ' ';
      }
      s += line;
    } else {  // rows or blocks, separated by newlines (more between blocks)
      std::string line_sep(static_cast<std::size_t>(a_.ndim - axis - 1), '\n');
      for (std::size_t k = 0; k < indices.size(); ++k) {
        s += hanging;
        s += indices[k] < 0 ? "..."
                            : recurse(axis + 1, offset + indices[k] * stride, next_hanging, next_width);
        if (k + 1 < indices.size()) s += line_sep;
      }
    }
    return "[" + s.substr(hanging.size()) + "]";
  }

  ArrayRef a_;
  bool summarise_;
  ElementText element_;
};

// The element formatter NumPy picks for T, fitted to the shown values.
template <typename T>
ElementText element_formatter(const ArrayRef& a, bool summarise) {
  if constexpr (std::is_same_v<T, bool>) {
    return [data = a.data](std::int64_t offset) { return bool_text(load<std::uint8_t>(data, offset)); };
  } else {
    std::vector<T> values;
    for_each_shown(a, summarise, 0, 0,
                   [&](std::int64_t offset) { values.push_back(load<T>(a.data, offset)); });
    if constexpr (std::is_floating_point_v<T>) {
      FloatFormat f = make_float_format(values);
      return [data = a.data, f](std::int64_t offset) { return format_float(f, load<T>(data, offset)); };
    } else {
      auto [lo, hi] = std::minmax_element(values.begin(), values.end());
      std::size_t width = std::max(int_text(*lo).size(), int_text(*hi).size());
      return [data = a.data, width](std::int64_t offset) {
        return pad_left(int_text(load<T>(data, offset)), width);
      };
    }
  }
}

template <typename T>
std::string scalar_str(const void* data) {
  if constexpr (std::is_same_v<T, bool>) {
    return load<std::uint8_t>(data, 0) ? "True" : "False";
  } else if constexpr (std::is_floating_point_v<T>) {
    return float_scalar_str(load<T>(data, 0));
  } else {
    return int_text(load<T>(data, 0));
  }
}

template <typename T>
std::string format_typed(const ArrayRef& a) {
  if (a.ndim == 0) return scalar_str<T>(a.data);
  std::int64_t size = 1;
  for (std::int64_t axis = 0; axis < a.ndim; ++axis) size *= a.shape[axis];
  if (size == 0) return "[]";
  bool summarise = size > kThreshold;
  return Layout(a, summarise, element_formatter<T>(a, summarise)).format();
}

// ------------------------------------------------------------------ sort --

template <typename T>
bool sort_less(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    return !std::isnan(a) && (std::isnan(b) || a < b);  // NaNs last
  } else {
    return a < b;
  }
}

template <typename T>
void sort_typed(void* data, std::int64_t count, std::int64_t stride) {
  T* base = static_cast<T*>(data);
  if (stride == 1) {
    std::sort(base, base + count, sort_less<T>);
    return;
  }
  std::vector<T> values(static_cast<std::size_t>(count));
  for (std::int64_t i = 0; i < count; ++i) values[i] = base[i * stride];
  std::sort(values.begin(), values.end(), sort_less<T>);
  for (std::int64_t i = 0; i < count; ++i) base[i * stride] = values[i];
}

}  // namespace

namespace parc::runtime {

std::string format_array(const void* data, parc_dtype dtype, std::int64_t ndim, const std::int64_t* shape,
                         const std::int64_t* strides) {
  ArrayRef a{data, ndim, shape, strides};
  switch (dtype) {
    case PARC_BOOL: return format_typed<bool>(a);
    case PARC_INT8: return format_typed<std::int8_t>(a);
    case PARC_INT16: return format_typed<std::int16_t>(a);
    case PARC_INT32: return format_typed<std::int32_t>(a);
    case PARC_INT64: return format_typed<std::int64_t>(a);
    case PARC_UINT8: return format_typed<std::uint8_t>(a);
    case PARC_UINT16: return format_typed<std::uint16_t>(a);
    case PARC_UINT32: return format_typed<std::uint32_t>(a);
    case PARC_UINT64: return format_typed<std::uint64_t>(a);
    case PARC_FLOAT32: return format_typed<float>(a);
    case PARC_FLOAT64: return format_typed<double>(a);
  }
  return "";
}

}  // namespace parc::runtime

extern "C" {

void parc_print_array(parc_context* ctx, const void* data, std::int32_t dtype, std::int64_t ndim,
                      const std::int64_t* shape, const std::int64_t* strides) {
  std::string text = parc::runtime::format_array(data, static_cast<parc_dtype>(dtype), ndim, shape, strides);
  std::fwrite(text.data(), 1, text.size(), ctx->out);
}

void parc_sort(void* data, std::int32_t dtype, std::int64_t count, std::int64_t stride) {
  switch (dtype) {
    case PARC_BOOL: sort_typed<std::uint8_t>(data, count, stride); break;
    case PARC_INT8: sort_typed<std::int8_t>(data, count, stride); break;
    case PARC_INT16: sort_typed<std::int16_t>(data, count, stride); break;
    case PARC_INT32: sort_typed<std::int32_t>(data, count, stride); break;
    case PARC_INT64: sort_typed<std::int64_t>(data, count, stride); break;
    case PARC_UINT8: sort_typed<std::uint8_t>(data, count, stride); break;
    case PARC_UINT16: sort_typed<std::uint16_t>(data, count, stride); break;
    case PARC_UINT32: sort_typed<std::uint32_t>(data, count, stride); break;
    case PARC_UINT64: sort_typed<std::uint64_t>(data, count, stride); break;
    case PARC_FLOAT32: sort_typed<float>(data, count, stride); break;
    case PARC_FLOAT64: sort_typed<double>(data, count, stride); break;
  }
}
}
