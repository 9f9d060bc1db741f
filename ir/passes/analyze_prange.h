// analyze_prange: what each prange loop does with the variables around it.
//
// For every `prange` loop it finds the reductions (scalars updated only by
// `x += e`, `x -= e`, `x *= e`, `x |= e`, `x &= e`, `x ^= e`,
// `x = min(x, e)`, `x = max(x, e)`; whole arrays updated only by
// `acc += e`), and merges perfectly nested prange loops into one iteration
// space. Every other variable the body assigns is private to an iteration,
// which is only sound when no iteration reads it before assigning it and
// no code after the loop reads it: anything else is a race, reported as a
// located error (E0200), as are `break` and `return` in the body (E0201).
//
//   s = 0.0                          s = 0.0
//   for i in prange(n):      ==>     for i in prange(0, n, 1) reduce(add s) {
//       s += a[i]                      s = (add s (index a i)) }
#pragma once

#include "frontend/diagnostics.h"
#include "ir/ir.h"

namespace parc::ir {

// Fills in ForRange::reductions and ::collapse of every parallel loop;
// false when it reported an error.
bool analyze_prange(Module& module, DiagnosticEngine& diags);

}  // namespace parc::ir
