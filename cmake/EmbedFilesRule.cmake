# async_tidy_embed_files(OUTPUT <file.inc> INPUTS <files...> COMMENT <text>)
# Generates <file.inc> from INPUTS with cmake/EmbedFiles.cmake (each file as
# a C++ array), rebuilt when an input or the script changes.
function(async_tidy_embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT;COMMENT" "INPUTS" ${ARGN})
  string(REPLACE ";" "|" _inputs "${ARG_INPUTS}")
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${ARG_OUTPUT} "-DINPUTS=${_inputs}"
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
    DEPENDS ${ARG_INPUTS} ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
    COMMENT "${ARG_COMMENT}"
    VERBATIM)
endfunction()
