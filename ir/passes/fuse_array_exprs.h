// fuse_array_exprs: an element-wise expression tree becomes one loop.
//
// An ArrayMap whose input is another ArrayMap (a temporary no one else
// sees) takes over that map's inputs and computes its element inline, so
// the whole tree allocates only its result and walks the data once:
//
//   (map [(map [x y] (mul $0 $1)) 0.5] (add $0 $1))
//     ==>  (map [x y 0.5] (add (mul $0 $1) $2))
//
// Broadcasting is unchanged: the fused map broadcasts all the inputs
// together, which gives the same shape as broadcasting them in steps.
#pragma once

#include "ir/ir.h"

namespace parc::ir {

// Fuses every map tree in the module; returns how many maps it removed.
int fuse_array_exprs(Module& module);

}  // namespace parc::ir
