// ANTLR's error strategy with parc's messages: syntax errors say in plain
// words what was expected and where ("expected ':' after function
// signature", "expected an indented block after 'if' statement on line 3",
// "unexpected indent"), and go to the SyntaxSink rather than to stderr.
// Recovery is ANTLR's (single-token insertion and deletion, then resync), so
// several independent errors in one file are all reported.
#pragma once

#include "frontend/syntax_sink.h"

#include "antlr4-runtime.h"

namespace parc {

class KernelErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  explicit KernelErrorStrategy(SyntaxSink& sink) : sink_(sink) {}

 protected:
  void reportNoViableAlternative(antlr4::Parser* parser, const antlr4::NoViableAltException& e) override;
  void reportInputMismatch(antlr4::Parser* parser, const antlr4::InputMismatchException& e) override;
  void reportFailedPredicate(antlr4::Parser* parser, const antlr4::FailedPredicateException& e) override;
  void reportUnwantedToken(antlr4::Parser* parser) override;
  void reportMissingToken(antlr4::Parser* parser) override;

 private:
  void report(antlr4::Parser* parser, antlr4::Token* offending, const antlr4::misc::IntervalSet& expected);

  SyntaxSink& sink_;
};

}  // namespace parc
