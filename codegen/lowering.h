// IR -> LLVM IR lowering, shared by lower_module.cpp (module, functions,
// statements), lower_expr.cpp (expressions), lower_arith.cpp (Python's
// arithmetic: floor division, modulo, powers, math intrinsics),
// lower_array.cpp (descriptors, references, indexing, creation, stores) and
// lower_array_loops.cpp (element loops: maps, copies, sorting),
// lower_reduce.cpp (reductions, whole-array and along an axis),
// lower_ufunc.cpp (NumPy's maximum, minimum, sign, square, where),
// lower_mask.cpp (boolean masks, stores that broadcast)
// and lower_parallel.cpp (prange loops, outlined for the runtime).
//
// Conventions of the generated code:
//   - every function takes the run's parc_context* first;
//   - a function whose type is None returns void;
//   - after a call that may raise, the caller tests ctx->error (offset 0)
//     and returns at once when it is set; a raise calls parc_raise first;
//   - an array is a descriptor struct {data, owner, [N x i64] shape,
//     [N x i64] strides} (runtime/array.h); every array-typed value an
//     expression yields owns one reference; variables own theirs (except
//     parameters never assigned, which borrow the caller's); references
//     still held when an error leaves the function are dropped on the way.
#pragma once

#include "codegen/lower_module.h"
#include "ir/ir.h"
#include "runtime/runtime.h"

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/Module.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace parc::codegen {

class Lowering {
  friend class Reductions;  // lower_reduce.cpp

 public:
  Lowering(const ir::Module& module, llvm::Module& out, const SourceManager& sources);
  // With `seconds`: the time lowering each function took, by FunctionId.
  void run(std::vector<double>* seconds = nullptr);

  // ---- shared helpers (lower_module.cpp)
  llvm::Type* llvm_type(ir::TypeRef type);
  llvm::Function* runtime_function(const std::string& name, llvm::Type* result, std::vector<llvm::Type*> params);
  // Calls parc_raise and leaves the function through its error exit.
  void raise(std::int32_t kind, SourceLoc loc, const std::string& message);
  // Branches to the error exit when `failed` (i1) is true.
  void raise_if(llvm::Value* failed, std::int32_t kind, SourceLoc loc, const std::string& message);
  llvm::Value* string_constant(const std::string& text);
  // Where an error leaves from here: the error exit, through a block that
  // drops the references still held.
  llvm::BasicBlock* error_target();

  // ---- expressions (lower_expr.cpp)
  llvm::Value* expr(const ir::Expr& e);
  llvm::Value* truth(llvm::Value* v, ir::TypeRef type);
  void print_value(llvm::Value* v, ir::TypeRef type, bool in_tuple);

  // ---- arithmetic (lower_arith.cpp)
  llvm::Value* binary(const ir::Binary& b);
  // + - * / & | ^ min max on two values of `type`; null for other ops.
  llvm::Value* simple_binary(ir::BinaryOp op, llvm::Value* x, llvm::Value* y, ir::TypeRef type);
  llvm::Value* compare_values(ir::CmpOp op, llvm::Value* a, llvm::Value* b, ir::TypeRef type);
  llvm::Value* intrinsic(const ir::Intrinsic& call);
  llvm::Value* cast_value(llvm::Value* v, ir::TypeRef from, ir::TypeRef to);
  llvm::Value* float_to_int(llvm::Value* v, ir::TypeRef to);

  // ---- arrays (lower_array.cpp)
  // An evaluated operand: borrowed from a variable, or owned (and then
  // released by done()).
  struct Operand {
    llvm::Value* value;
    ir::TypeRef type;
    bool owned;
  };
  Operand operand(const ir::Expr& e);
  void done(const Operand& op);
  // Hands an owned operand's reference on to the caller's value (a view).
  llvm::Value* keep(const Operand& op);
  bool holds_arrays(ir::TypeRef type);
  void retain(llvm::Value* v, ir::TypeRef type);
  void release(llvm::Value* v, ir::TypeRef type);
  llvm::Value* array_expr(const ir::Expr& e);
  void array_store(const ir::ArrayStore& s);
  void print_array(llvm::Value* desc, ir::TypeRef type);
  llvm::StructType* array_struct(int ndim);
  llvm::Type* memory_type(ir::TypeRef dtype);
  llvm::Value* load_element(llvm::Value* ptr, ir::TypeRef dtype);
  void store_element(llvm::Value* ptr, llvm::Value* value, ir::TypeRef dtype);
  std::vector<llvm::Value*> dims(llvm::Value* desc, int ndim);
  // Strides in elements; computed from the shape for C-contiguous arrays.
  std::vector<llvm::Value*> strides(llvm::Value* desc, ir::TypeRef type);
  llvm::Value* make_array(llvm::Value* data, llvm::Value* owner, const std::vector<llvm::Value*>& dims,
                          const std::vector<llvm::Value*>& strides);
  std::vector<llvm::Value*> c_strides(const std::vector<llvm::Value*>& dims);
  llvm::Value* product(const std::vector<llvm::Value*>& values);
  // A new C-contiguous array of `dtype` with these dims (not filled unless zeroed).
  llvm::Value* new_array(ir::TypeRef dtype, const std::vector<llvm::Value*>& dims, bool zeroed, SourceLoc loc);
  llvm::Value* array_new(const ir::ArrayNew& n);
  llvm::Value* array_reshape(const ir::ArrayReshape& r);
  std::int32_t dtype_of(ir::TypeRef dtype);  // runtime's parc_dtype
  std::int64_t itemsize_of(ir::TypeRef dtype);

  // ---- element loops (lower_array_loops.cpp)
  // An array's parts, as loops walk it.
  struct ArrayRef {
    llvm::Value* data;
    std::vector<llvm::Value*> dims, strides;
    ir::TypeRef dtype;
    bool contiguous;  // C order, known at compile time
  };
  ArrayRef array_ref(llvm::Value* desc, ir::TypeRef type);
  // A new C-contiguous array's parts (its type is not at hand).
  ArrayRef array_ref(llvm::Value* desc, std::nullptr_t, ir::TypeRef dtype, const std::vector<llvm::Value*>& shape);
  void counted_loop(llvm::Value* count, const std::function<void(llvm::Value*)>& body);
  void range_loop(llvm::Value* lo, llvm::Value* hi, const std::function<void(llvm::Value*)>& body);
  // Calls `body` at every position of the arrays (the shape of the first),
  // in C order, with a pointer to each array's element there and the flat
  // index. With lo/hi, only positions [lo, hi) of the first axis (of the
  // flat order when every array is contiguous).
  void for_each_element(const std::vector<ArrayRef>& arrays,
                        const std::function<void(const std::vector<llvm::Value*>&, llvm::Value*)>& body,
                        llvm::Value* lo = nullptr, llvm::Value* hi = nullptr);
  // The shape the arrays broadcast to (ndim axes; ValueError naming the
  // shapes when they do not), and an array's parts stretched to it: axes
  // of length 1, and missing leading ones, get stride 0.
  std::vector<llvm::Value*> broadcast_shape(const std::vector<ArrayRef>& arrays, int ndim, SourceLoc loc);
  ArrayRef stretched(const ArrayRef& a, const std::vector<llvm::Value*>& shape);
  llvm::AllocaInst* entry_alloca(llvm::Type* type);
  llvm::Value* array_map(const ir::ArrayMap& m);
  llvm::Value* array_reduce(const ir::ArrayReduce& r);
  llvm::Value* array_sort(const ir::ArraySort& s);

  // ---- np.dot and @ (lower_dot.cpp)
  llvm::Value* array_dot(const ir::ArrayDot& d);
  // A C-contiguous copy of `desc` (of type `from`), converted to `dtype`.
  llvm::Value* copy_array(llvm::Value* desc, ir::TypeRef from, ir::TypeRef dtype, SourceLoc loc);

  // ---- NumPy's ufuncs (lower_ufunc.cpp), masks and stores (lower_mask.cpp)
  // maximum, minimum, sign, square, where on evaluated operands.
  llvm::Value* ufunc_intrinsic(const ir::Intrinsic& call, const std::vector<llvm::Value*>& args);
  // array[mask]: a new array of the selected elements (or rows).
  llvm::Value* mask_read(const ir::ArrayIndex& x);
  // array[mask] = value.
  void mask_store(const ir::ArrayStore& s);
  // Copies `src` into the elements of `to`, src broadcast to to's shape
  // (ValueError naming both shapes when it does not), converting; an
  // overlapping src is copied first.
  // `masked`: to is a mask's selection (NumPy words the error differently).
  void broadcast_store(const ArrayRef& to, llvm::Value* src, ir::TypeRef src_type, SourceLoc loc,
                       bool masked = false);
  llvm::Value* file_name(SourceLoc loc);

  // ---- prange loops (lower_parallel.cpp)
  struct LevelBounds {
    ir::VarId var;
    llvm::Value *start, *step, *count;
  };
  using ParallelLevels = std::vector<LevelBounds>;
  void parallel_loop(const ir::ForRange& loop);
  llvm::Function* outline_parallel_body(const ir::ForRange& loop, const std::vector<const ir::ForRange*>& levels,
                                        const ParallelLevels& bounds, llvm::StructType* env_type,
                                        const std::vector<ir::VarId>& captured, llvm::StructType* slot_type);
  void parallel_level(const ParallelLevels& levels, std::size_t k, llvm::Value* lo, llvm::Value* hi,
                      const ir::Block& body);
  // Runs body(inside, begin, end) over [0, count) on the runtime's threads
  // (serially below `grain` units of work): `body` is emitted into an
  // outlined function, where `captured` are at hand as `inside`.
  using RangeBody = std::function<void(const std::vector<llvm::Value*>& inside, llvm::Value* begin, llvm::Value* end)>;
  void parallel_range(llvm::Value* count, llvm::Value* work, const std::vector<llvm::Value*>& captured,
                      const RangeBody& body);
  // Iterations of range(start, stop, step) for a step that is not zero.
  llvm::Value* trip_count(llvm::Value* start, llvm::Value* stop, llvm::Value* step);
  llvm::Constant* reduction_identity(ir::BinaryOp op, ir::TypeRef type);

  llvm::LLVMContext& ctx;
  llvm::Module& out;
  llvm::IRBuilder<> b;

 private:
  // One zeroed alloca per variable of fn_, in the current (entry) block.
  void make_variable_slots();
  // Raises ValueError for a zero range() step; false when the step is the
  // constant 0 (the code after it is then unreachable).
  bool check_range_step(llvm::Value* step, SourceLoc loc);
  void lower_function(ir::FunctionId id);
  // Drops the references the function's variables own.
  void release_variables();
  void block(const ir::Block& stmts);
  void stmt(const ir::Stmt& s);
  bool terminated() const { return b.GetInsertBlock()->getTerminator() != nullptr; }
  llvm::Value* integer_power(llvm::Value* base, llvm::Value* exponent, ir::TypeRef type);
  llvm::Value* signed_floor_division(llvm::Value* x, llvm::Value* y, bool floor_div);

  const ir::Module& module_;
  const SourceManager& sources_;
  std::vector<llvm::Function*> functions_;
  std::map<std::string, llvm::Value*> strings_;

  // The function being lowered (fn_ is the IR function; an outlined
  // parallel body is an LLVM function of its own for the same fn_).
  const ir::Function* fn_ = nullptr;
  llvm::Function* llvm_fn_ = nullptr;
  llvm::Value* context_ = nullptr;
  std::vector<llvm::AllocaInst*> vars_;
  std::vector<bool> owns_;  // whether each variable owns its array references
  std::vector<std::pair<llvm::Value*, ir::TypeRef>> held_;  // owned values in flight
  std::vector<std::vector<llvm::Value*>> elements_;          // ElementRef values, per ArrayMap
  llvm::BasicBlock* error_exit_ = nullptr;
  struct Loop {
    llvm::BasicBlock* continue_to;
    llvm::BasicBlock* break_to;
  };
  std::vector<Loop> loops_;
  // The reduction variables of the prange body being lowered: the float
  // operations updating them may be reassociated (their order is not
  // defined), so the reduction vectorizes.
  std::set<ir::VarId> reductions_;

  // The per-function state above, set aside while an outlined body is
  // lowered (lower_parallel.cpp).
  struct FunctionState {
    llvm::Function* llvm_fn;
    llvm::Value* context;
    std::vector<llvm::AllocaInst*> vars;
    std::vector<bool> owns;
    std::vector<std::pair<llvm::Value*, ir::TypeRef>> held;
    std::vector<std::vector<llvm::Value*>> elements;
    llvm::BasicBlock* error_exit;
    std::vector<Loop> loops;
    std::set<ir::VarId> reductions;
  };
  // Starts lowering into `body` (a loop body taking ctx first), returning
  // the caller's state for leave_body.
  FunctionState enter_body(llvm::Function* body);
  void leave_body(FunctionState&& caller);
  // A new internal parc_loop_body function named after the current one.
  llvm::Function* new_loop_body(const std::string& suffix);
};

}  // namespace parc::codegen
