#include "codegen/optimize.h"

#include <llvm/Analysis/TargetLibraryInfo.h>
#include <llvm/IR/Module.h>
#include <llvm/MC/MCSubtargetInfo.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/DynamicLibrary.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/TargetParser/Triple.h>

#include <deque>
#include <string>
#include <vector>

namespace parc::codegen {

namespace {

// glibc's libmvec beyond LLVM 19's LIBMVEC_X86 table. That table maps sin,
// cos, tan, pow, exp and log (and their llvm.* intrinsics) to the SSE
// (_ZGVb, 2 doubles) and AVX2 (_ZGVd, 4 doubles) variants only; glibc 2.35
// added erf, erfc, log2, expm1, atan2, ... and every function also has an
// AVX-512 variant (_ZGVe, 8 doubles). This adds those, for the vector
// instruction sets the target machine has: a vector function for an
// instruction set the CPU lacks would crash, and the TLI cannot tell.
//
// Names follow the x86 vector function ABI: _ZGV<isa>N<lanes><v per
// argument>_<scalar>, isa b (SSE), c (AVX), d (AVX2), e (AVX-512); e.g.
// erf over 4 doubles with AVX2 is _ZGVdN4v_erf, erff over 16 floats with
// AVX-512 is _ZGVeN16v_erff. None are masked. A variant is added only if
// this process can find it (glibc older than 2.35 lacks the new ones).
struct MathFunction {
  const char* name;  // the double version; the float one adds "f"
  int arity;
  bool in_llvm_table;  // its sse and avx2 variants are in LLVM's table
  // The llvm.* intrinsic that computes the same function (parc emits
  // llvm.log2 for math.log2); "" when none.
  const char* intrinsic;
};

const MathFunction kMathFunctions[] = {
    {"sin", 1, true, "sin"},     {"cos", 1, true, "cos"},       {"tan", 1, true, "tan"},
    {"exp", 1, true, "exp"},     {"log", 1, true, "log"},       {"pow", 2, true, "pow"},
    {"exp2", 1, false, "exp2"},  {"exp10", 1, false, "exp10"},  {"log2", 1, false, "log2"},
    {"log10", 1, false, "log10"}, {"acos", 1, false, ""},        {"acosh", 1, false, ""},
    {"asin", 1, false, ""},      {"asinh", 1, false, ""},       {"atan", 1, false, ""},
    {"atanh", 1, false, ""},     {"cbrt", 1, false, ""},        {"cosh", 1, false, ""},
    {"sinh", 1, false, ""},      {"tanh", 1, false, ""},        {"erf", 1, false, ""},
    {"erfc", 1, false, ""},      {"expm1", 1, false, ""},       {"log1p", 1, false, ""},
    {"atan2", 2, false, ""},     {"hypot", 2, false, ""},
};

struct Isa {
  char letter;
  int bits;  // vector register width
};

// The instruction sets whose variants are added, widest last.
std::vector<Isa> vector_isas(const llvm::TargetMachine& target) {
  const llvm::MCSubtargetInfo* cpu = target.getMCSubtargetInfo();
  std::vector<Isa> isas{{'b', 128}};
  if (cpu->checkFeatures("+avx2"))
    isas.push_back({'d', 256});
  else if (cpu->checkFeatures("+avx"))
    isas.push_back({'c', 256});
  if (cpu->checkFeatures("+avx512f")) isas.push_back({'e', 512});
  return isas;
}

// The table's names, kept alive as long as the process (VecDesc holds
// StringRefs). One table per instruction-set combination; built once.
class ExtraVecFuncs {
 public:
  explicit ExtraVecFuncs(const std::vector<Isa>& isas) {
    llvm::sys::DynamicLibrary::LoadLibraryPermanently("libmvec.so.1");
    for (const MathFunction& f : kMathFunctions)
      for (bool single : {false, true})
        for (const Isa& isa : isas) {
          // LLVM maps these at 2 and 4 doubles already (to the b and d
          // variants: a second mapping at the same width would be ambiguous).
          if (f.in_llvm_table && isa.letter != 'e') continue;
          add(f, single, isa);
        }
  }
  const std::vector<llvm::VecDesc>& descs() const { return descs_; }

 private:
  void add(const MathFunction& f, bool single, const Isa& isa) {
    int lanes = isa.bits / (single ? 32 : 64);
    std::string scalar = std::string(f.name) + (single ? "f" : "");
    std::string params(static_cast<std::size_t>(f.arity), 'v');
    std::string shape = "N" + std::to_string(lanes) + params;
    std::string vector = std::string("_ZGV") + isa.letter + shape + "_" + scalar;
    if (!llvm::sys::DynamicLibrary::SearchForAddressOfSymbol(vector)) return;
    const std::string& prefix = keep("_ZGV_LLVM_" + shape);
    const std::string& vector_name = keep(vector);
    auto count = llvm::ElementCount::getFixed(static_cast<unsigned>(lanes));
    descs_.emplace_back(keep(scalar), vector_name, count, false, prefix);
    if (*f.intrinsic) {
      std::string intrinsic = std::string("llvm.") + f.intrinsic + (single ? ".f32" : ".f64");
      descs_.emplace_back(keep(intrinsic), vector_name, count, false, prefix);
    }
  }
  const std::string& keep(std::string s) { return names_.emplace_back(std::move(s)); }

  std::deque<std::string> names_;  // stable addresses
  std::vector<llvm::VecDesc> descs_;
};

const std::vector<llvm::VecDesc>& extra_vector_functions(const llvm::TargetMachine& target) {
  std::vector<Isa> isas = vector_isas(target);
  if (isas.back().letter == 'e') {
    static const ExtraVecFuncs avx512(isas);
    return avx512.descs();
  }
  if (isas.back().letter == 'd') {
    static const ExtraVecFuncs avx2(isas);
    return avx2.descs();
  }
  if (isas.back().letter == 'c') {
    static const ExtraVecFuncs avx(isas);
    return avx.descs();
  }
  static const ExtraVecFuncs sse(isas);
  return sse.descs();
}

}  // namespace

void optimize(llvm::Module& module, llvm::TargetMachine& target, int opt_level) {
  llvm::PipelineTuningOptions tuning;
  tuning.LoopVectorization = opt_level >= 2;
  tuning.SLPVectorization = opt_level >= 2;
  tuning.LoopUnrolling = opt_level >= 2;
  llvm::PassBuilder builder(&target, tuning);

  llvm::LoopAnalysisManager loops;
  llvm::FunctionAnalysisManager functions;
  llvm::CGSCCAnalysisManager cgscc;
  llvm::ModuleAnalysisManager modules;
  // glibc's libmvec: exp, log, sin, erf, ... vectorise to its vector variants.
  llvm::Triple triple(module.getTargetTriple());
  llvm::TargetLibraryInfoImpl library(triple);
  library.addVectorizableFunctionsFromVecLib(llvm::TargetLibraryInfoImpl::LIBMVEC_X86, triple);
  if (triple.getArch() == llvm::Triple::x86_64) library.addVectorizableFunctions(extra_vector_functions(target));
  functions.registerPass([&] { return llvm::TargetLibraryAnalysis(library); });
  builder.registerModuleAnalyses(modules);
  builder.registerCGSCCAnalyses(cgscc);
  builder.registerFunctionAnalyses(functions);
  builder.registerLoopAnalyses(loops);
  builder.crossRegisterProxies(loops, functions, cgscc, modules);

  llvm::OptimizationLevel level = opt_level == 0   ? llvm::OptimizationLevel::O0
                                  : opt_level == 1 ? llvm::OptimizationLevel::O1
                                  : opt_level == 2 ? llvm::OptimizationLevel::O2
                                                   : llvm::OptimizationLevel::O3;
  llvm::ModulePassManager pipeline =
      opt_level == 0 ? builder.buildO0DefaultPipeline(level) : builder.buildPerModuleDefaultPipeline(level);
  pipeline.run(module, modules);
}

}  // namespace parc::codegen
