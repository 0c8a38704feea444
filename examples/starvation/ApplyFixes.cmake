# Makes the fixed copy of the starvation workload: copies SRC to OUT and runs
#   TIDY --checks=-*,async-blocking-call --config={} --fix OUT -- FLAGS
# on it, with the tool's output in LOG. Fails the build if the tool fails
# (for instance on a compiler error in the source).
#
#   cmake -DTIDY=... -DSRC=... -DOUT=... -DLOG=... -DFLAGS=a;b -P ApplyFixes.cmake
foreach(_var TIDY SRC OUT LOG FLAGS)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "ApplyFixes.cmake: ${_var} is not set")
  endif()
endforeach()

get_filename_component(_out_dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${_out_dir}")
configure_file("${SRC}" "${OUT}" COPYONLY)
execute_process(
  COMMAND "${TIDY}" --checks=-*,async-blocking-call --config={} --fix
          "${OUT}" -- ${FLAGS}
  OUTPUT_FILE "${LOG}"
  ERROR_FILE "${LOG}"
  RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  file(READ "${LOG}" _log)
  # Leave no half-fixed output behind for the next build to take as current.
  file(REMOVE "${OUT}")
  message(FATAL_ERROR "async-tidy --fix failed (${_rc}) on ${OUT}:\n${_log}")
endif()
# Newer than its inputs even when the tool had nothing to change.
file(TOUCH "${OUT}")
