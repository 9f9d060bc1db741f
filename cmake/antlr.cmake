# Generates the C++ parser for a grammar at build time with Debian's
# /usr/bin/antlr4 (the ANTLR 4.7.2 tool; its jar does not run with java -jar).
# The generated sources are never committed.
find_program(PARC_ANTLR4 antlr4 PATHS /usr/bin REQUIRED)

# parc_antlr_generate(<grammar file> <package> <out var for sources>)
function(parc_antlr_generate grammar package out_sources)
  get_filename_component(name ${grammar} NAME_WE)
  set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/generated)
  set(sources
    ${out_dir}/${name}Lexer.cpp ${out_dir}/${name}Parser.cpp
    ${out_dir}/${name}Visitor.cpp ${out_dir}/${name}BaseVisitor.cpp)
  set(headers
    ${out_dir}/${name}Lexer.h ${out_dir}/${name}Parser.h
    ${out_dir}/${name}Visitor.h ${out_dir}/${name}BaseVisitor.h)
  add_custom_command(
    OUTPUT ${sources} ${headers}
    COMMAND ${PARC_ANTLR4} -Dlanguage=Cpp -visitor -no-listener -package ${package}
            -Xexact-output-dir -o ${out_dir} ${grammar}
    DEPENDS ${grammar}
    COMMENT "Generating the ${name} parser with ANTLR"
    VERBATIM)
  set(${out_sources} ${sources} PARENT_SCOPE)
endfunction()
