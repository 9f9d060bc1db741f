// Instrumentation for `parc run --time` (PipelineOptions::profile): each
// function of the IR module counts its calls and times its outermost
// activation through the runtime (runtime/profile.h). Runs on the lowered
// module, before optimisation. Without it the module has no trace of
// profiling: code compiled without --time pays nothing.
//
//   define i64 @fib__int64(ptr %ctx, i64 %0) {      define i64 @fib__int64(ptr %ctx, i64 %0) {
//   entry:                                           entry:
//     ...                                      =>      call void @parc_profile_enter(ptr %ctx, i64 1)
//     ret i64 %r                                       ...
//                                                      call void @parc_profile_leave(ptr %ctx, i64 1)
//                                                      ret i64 %r
//
// Nothing unwinds through generated code (an error returns early through a
// `ret`), so a leave before every `ret` pairs with every enter. Parallel
// loops' outlined bodies are not instrumented (their time is the time of the
// function running the loop); the functions they call are. The module also
// gets `parc_profile_table` = {i64 count, [count x ptr] names}, index i the
// IR's function i ("<module>" for __main__, "fib(int64)" for the others), so
// a run can name what it counted without the IR at hand.
#pragma once

#include "ir/ir.h"

#include <string>

namespace llvm {
class Module;
}

namespace parc::codegen {

void add_profiling(llvm::Module& module, const ir::Module& ir);

// "fib(int64)", "<module>": how `parc run --time` names a specialisation.
std::string profile_name(const ir::Function& fn);

}  // namespace parc::codegen
