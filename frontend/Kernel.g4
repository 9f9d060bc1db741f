// Grammar of parc's kernel language: the Python subset that parc compiles.
//
// It follows the Python 3 grammar's shape and precedence. It also accepts
// the constructs parc does not support (class, lambda, try, with, yield,
// comprehensions, ...) so that the AST builder can reject each one with a
// specific, located message instead of a generic syntax error.
//
// INDENT, DEDENT and NEWLINE handling (blank lines, brackets, tabs) lives in
// frontend/indent_lexer.cpp; this file holds no target code.
grammar Kernel;

tokens { INDENT, DEDENT }

// ---------------------------------------------------------------- statements

file_input: (NEWLINE | stmt)* EOF;

stmt: simple_stmts | compound_stmt;

simple_stmts: simple_stmt (';' simple_stmt)* ';'? NEWLINE;

simple_stmt
    : expr_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | import_stmt
    | assert_stmt
    | raise_stmt
    | global_stmt
    | nonlocal_stmt
    | del_stmt
    ;

expr_stmt
    : targets=testlist_star_expr
      ( annassign
      | augassign value=testlist
      | ('=' testlist_star_expr)*
      )
    ;

annassign: ':' annotation=test ('=' value=testlist_star_expr)?;

augassign
    : op=( '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^='
         | '<<=' | '>>=' | '**=' | '//=' )
    ;

testlist_star_expr: (test | star_expr) (',' (test | star_expr))* trailing=','?;

pass_stmt: 'pass';
break_stmt: 'break';
continue_stmt: 'continue';
return_stmt: 'return' testlist_star_expr?;
raise_stmt: 'raise' (test ('from' test)?)?;
global_stmt: 'global' NAME (',' NAME)*;
nonlocal_stmt: 'nonlocal' NAME (',' NAME)*;
del_stmt: 'del' exprlist;
assert_stmt: 'assert' test (',' test)?;

import_stmt: import_name | import_from;
import_name: 'import' dotted_as_name (',' dotted_as_name)*;
dotted_as_name: dotted_name ('as' alias=NAME)?;
import_from
    : 'from' dots+='.'* dotted_name? 'import'
      ( star='*' | '(' import_as_names ','? ')' | import_as_names )
    ;
import_as_names: import_as_name (',' import_as_name)*;
import_as_name: name=NAME ('as' alias=NAME)?;
dotted_name: NAME ('.' NAME)*;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | funcdef
    | decorated
    | classdef
    | try_stmt
    | with_stmt
    | async_stmt
    ;

if_stmt: 'if' test ':' block elif_clause* else_clause?;
elif_clause: 'elif' test ':' block;
else_clause: 'else' ':' block;
while_stmt: 'while' test ':' block else_clause?;
for_stmt: 'for' exprlist 'in' testlist ':' block else_clause?;

block: simple_stmts | NEWLINE INDENT stmt+ DEDENT;

decorated: decorator+ (funcdef | classdef | async_stmt);
decorator: '@' test NEWLINE;

funcdef: 'def' NAME parameters ('->' return_annotation=test)? ':' block;
parameters: '(' (param (',' param)* ','?)? ')';
param
    : NAME (':' annotation=test)? ('=' default_value=test)?   # plainParam
    | star='*' NAME? (':' test)?                              # starParam
    | '**' NAME (':' test)?                                   # kwargsParam
    | '/'                                                     # slashParam
    ;

classdef: 'class' NAME ('(' arglist? ')')? ':' block;

try_stmt
    : 'try' ':' block
      ( (except_clause ':' block)+ else_clause? finally_clause?
      | finally_clause
      )
    ;
except_clause: 'except' (test ('as' NAME)?)?;
finally_clause: 'finally' ':' block;

with_stmt: 'with' with_item (',' with_item)* ':' block;
with_item: test ('as' expr)?;

async_stmt: 'async' (funcdef | with_stmt | for_stmt);

// --------------------------------------------------------------- expressions

test
    : body=expr ('if' cond=expr 'else' orelse=test)?              # conditional
    | 'lambda' lambda_params? ':' test                            # lambdef
    | NAME ':=' test                                              # namedExpr
    | 'yield' ('from' test | testlist_star_expr)?                 # yieldExpr
    ;

lambda_params: lambda_param (',' lambda_param)* ','?;
lambda_param: NAME ('=' test)? | '*' NAME? | '**' NAME;

// "is not" before "is": in "a is not b" ANTLR takes the first alternative
// that fits, and "is" followed by the expression "not b" would also fit.
comp_op
    : is_not='is' 'not' | not_in='not' 'in'
    | '<' | '>' | '==' | '>=' | '<=' | '!=' | 'in' | 'is'
    ;

star_expr: '*' expr;

// Every operator below the conditional expression, tightest first, as one
// left-recursive rule: the parse tree gets one context per operator rather
// than one per precedence level. '**' is right-associative and binds tighter
// than a unary operator on its left (-2**2 == -4) but not on its right
// (2**-1). Comparisons parse left-nested; the AST builder makes a chain
// (a < b < c) one Compare, and "a and b and c" one BoolOp.
expr
    : await_kw='await'? atom trailer*                              # primary
    | <assoc=right> lhs=expr '**' rhs=expr                         # power
    | op=('+' | '-' | '~') operand=expr                            # unary
    | lhs=expr op=('*' | '@' | '/' | '%' | '//') rhs=expr          # binary
    | lhs=expr op=('+' | '-') rhs=expr                             # binary
    | lhs=expr op=('<<' | '>>') rhs=expr                           # binary
    | lhs=expr op='&' rhs=expr                                     # binary
    | lhs=expr op='^' rhs=expr                                     # binary
    | lhs=expr op='|' rhs=expr                                     # binary
    | lhs=expr comp_op rhs=expr                                    # comparison
    | 'not' operand=expr                                           # notExpr
    | lhs=expr 'and' rhs=expr                                      # andExpr
    | lhs=expr 'or' rhs=expr                                       # orExpr
    ;

// Assignment targets of for loops and comprehensions: a name, attribute,
// subscript or bracketed tuple (not any expression: "for x in y" must not
// read "x in y" as a comparison).
target: atom trailer*;

atom
    : '(' testlist_comp? ')'                 # parenAtom
    | '[' testlist_comp? ']'                          # listAtom
    | '{' dictorsetmaker? '}'                    # dictAtom
    | NAME                                            # nameAtom
    | NUMBER                                          # numberAtom
    | STRING+                                         # stringAtom
    | '...'                                           # ellipsisAtom
    | 'None'                                          # noneAtom
    | 'True'                                          # trueAtom
    | 'False'                                         # falseAtom
    ;

testlist_comp
    : (test | star_expr)
      ( comp_for
      | (',' (test | star_expr))* trailing=','?
      )
    ;

trailer
    : '(' arglist? ')'              # callTrailer
    | '[' subscriptlist ']'         # subscriptTrailer
    | '.' NAME                      # attributeTrailer
    ;

subscriptlist: subscript (',' subscript)* trailing=','?;
subscript
    : test                                                          # indexSubscript
    | lower=test? ':' upper=test? (step_colon=':' step=test?)?      # sliceSubscript
    ;

exprlist: (target | star_target) (',' (target | star_target))* trailing=','?;
star_target: '*' target;
testlist: test (',' test)* trailing=','?;

dictorsetmaker
    : (test ':' test | '**' expr)
      (comp_for | (',' (test ':' test | '**' expr))* ','?)
    | (test | star_expr)
      (comp_for | (',' (test | star_expr))* ','?)
    ;

arglist: argument (',' argument)* ','?;
argument
    : test comp_for?            # positionalArgument
    | NAME '=' test             # keywordArgument
    | '**' test                 # kwargsArgument
    | '*' test                  # starArgument
    ;

comp_for: 'async'? 'for' exprlist 'in' expr comp_iter?;
comp_iter: comp_for | 'if' expr comp_iter?;

// -------------------------------------------------------------------- tokens

NUMBER: IMAG_NUMBER | FLOAT_NUMBER | INTEGER;

// "0123": CPython rejects leading zeros in decimal integers; so do we, with a
// clear message from the indentation lexer.
LEADING_ZERO_INTEGER: '0'+ [1-9] ('_'? DIGIT)*;

// A run of digits and letters that is no valid number ("0x", "1__0",
// "0b102"); as long as or shorter than a valid NUMBER it loses to it.
BAD_NUMBER: DIGIT [0-9a-zA-Z_]* ('.' [0-9a-zA-Z_]*)?;

STRING: STRING_PREFIX? (LONG_STRING | SHORT_STRING);

// A string whose closing quote is missing; reported by the indentation lexer.
UNTERMINATED_STRING
    : STRING_PREFIX?
      ( '\'\'\'' ( ~['\\] | ESCAPE | '\'' ~'\'' | '\'\'' ~'\'' )* EOF
      | '"""' ( ~["\\] | ESCAPE | '"' ~'"' | '""' ~'"' )* EOF
      | '\'' ( ESCAPE | ~[\\\r\n'] )*
      | '"' ( ESCAPE | ~[\\\r\n"] )*
      )
    ;

NAME: ID_START ID_CONTINUE*;

// The newline and the next line's indentation; INDENT/DEDENT come from it.
NEWLINE: ('\r'? '\n' | '\r') [ \t\f]*;

LINE_CONTINUATION: '\\' ('\r'? '\n' | '\r') -> skip;
COMMENT: '#' ~[\r\n]* -> skip;
SPACES: [ \t\f]+ -> skip;

// Any other character: reported by the indentation lexer, never by ANTLR.
ERROR_CHAR: .;

fragment STRING_PREFIX: [rRuUbBfF] | [fFbB] [rR] | [rR] [fFbB];
fragment SHORT_STRING
    : '\'' ( ESCAPE | ~[\\\r\n'] )* '\''
    | '"' ( ESCAPE | ~[\\\r\n"] )* '"'
    ;
fragment LONG_STRING
    : '\'\'\'' ( ESCAPE | ~'\\' )*? '\'\'\''
    | '"""' ( ESCAPE | ~'\\' )*? '"""'
    ;
fragment ESCAPE: '\\' .;

fragment INTEGER: DEC_INTEGER | HEX_INTEGER | OCT_INTEGER | BIN_INTEGER;
fragment DEC_INTEGER: [1-9] ('_'? DIGIT)* | '0'+ ('_'? '0')*;
fragment HEX_INTEGER: '0' [xX] ('_'? [0-9a-fA-F])+;
fragment OCT_INTEGER: '0' [oO] ('_'? [0-7])+;
fragment BIN_INTEGER: '0' [bB] ('_'? [01])+;
fragment FLOAT_NUMBER: POINT_FLOAT | EXPONENT_FLOAT;
fragment POINT_FLOAT: DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.';
fragment EXPONENT_FLOAT: (DIGIT_PART | POINT_FLOAT) [eE] [+-]? DIGIT_PART;
fragment IMAG_NUMBER: (FLOAT_NUMBER | DIGIT_PART) [jJ];
fragment DIGIT_PART: DIGIT ('_'? DIGIT)*;
fragment DIGIT: [0-9];

// Python 3 identifiers are XID_Start (or '_') then XID_Continue. Beyond
// ASCII, any character is taken here and checked by the indentation lexer
// (with ICU): Unicode property sets would make ANTLR's lexer tables, built
// at every start of parc, several times larger.
fragment ID_START: [a-zA-Z_] | NON_ASCII;
fragment ID_CONTINUE: [a-zA-Z_0-9] | NON_ASCII;
fragment NON_ASCII: ~[\u0000-\u007F];
