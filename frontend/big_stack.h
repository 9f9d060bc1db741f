// Runs a function on a thread with a large stack and waits for it. ANTLR's
// parser is recursive descent; the nesting limits of the indentation lexer
// bound its depth, and this stack leaves a wide margin above that bound
// whatever stack the host's calling thread has.
#pragma once

#include <cstddef>
#include <functional>

namespace parc {

inline constexpr std::size_t kParserStackBytes = std::size_t{256} << 20;

// Runs fn on a new thread with `stack_bytes` of stack (runs it on the calling
// thread when no such thread can be created). Exceptions propagate.
void run_with_stack(std::size_t stack_bytes, const std::function<void()>& fn);

}  // namespace parc
