# Writes the standard output of bifrostctl to a file, in English, for the build: the man page
# (`help --man`) and the bash completion (`completion bash`) that app/CMakeLists.txt installs.
# Fails when bifrostctl fails or prints nothing. Called as
#   cmake -DBIFROSTCTL=<exe> "-DARGS=help;--man" -DOUTPUT=<file> [-DGZIP=<gzip>] -P generate.cmake
# With GZIP, OUTPUT.gz is written too (gzip -9 -n: no name or time stamp, so the build is
# reproducible).
foreach(required BIFROSTCTL ARGS OUTPUT)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "generate.cmake needs -D${required}=...")
    endif()
endforeach()

# The generated files are English only, whatever the locale of the build.
set(ENV{LANGUAGE} C)
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANG} C.UTF-8)
# Neither output may depend on the database of whoever builds.
unset(ENV{BIFROST_DB})
# In a sanitizer build (BIFROST_SANITIZE) the leak suppressions (tests/support/lsan.supp) are set
# for ctest only, so a suppressed report would fail the build here; memory errors still stop it,
# and tst_cli_completion runs both commands with leak checking on.
set(ENV{ASAN_OPTIONS} "detect_leaks=0")

execute_process(COMMAND ${BIFROSTCTL} ${ARGS}
    OUTPUT_FILE ${OUTPUT}.tmp
    ERROR_VARIABLE errors
    RESULT_VARIABLE result)
file(SIZE ${OUTPUT}.tmp size)
if(NOT result EQUAL 0 OR size EQUAL 0)
    file(REMOVE ${OUTPUT}.tmp)
    list(JOIN ARGS " " command)
    message(FATAL_ERROR "`bifrostctl ${command}` failed (exit ${result}): ${errors}")
endif()
file(RENAME ${OUTPUT}.tmp ${OUTPUT})

if(DEFINED GZIP)
    execute_process(COMMAND ${GZIP} -9 -n -c ${OUTPUT}
        OUTPUT_FILE ${OUTPUT}.gz
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "gzip ${OUTPUT} failed (${result})")
    endif()
endif()
