# bench_smoke: runs the benchmark programs on a tiny dataset (5 organizations x 3 integrations x 4
# fields) and checks that they work and that `bifrostctl get` on the generated data returns the
# secret from the keychain. Asserts nothing about timings. Needs the keychain, as the CLI tests do.
file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}")
set(db "${WORKDIR}/bench.db")

function(run name)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT code EQUAL 0)
        message(FATAL_ERROR "${name} failed (${code}):\n${out}\n${err}")
    endif()
    set(out "${out}" PARENT_SCOPE)
endfunction()

run(dataset "${DATASET}" --db "${db}" --orgs 5 --integrations 3 --fields 4 --overrides 2
    --secret-integrations 2)
string(FIND "${out}" "5 organizations x 3 integrations x 4 fields; 15 mappings, 30 overrides, 12 defaults" at)
if(at EQUAL -1)
    message(FATAL_ERROR "unexpected dataset summary:\n${out}")
endif()

run(resolve "${RESOLVE}" --db "${db}" --benchmark_min_time=0.001 --benchmark_repetitions=1
    --benchmark_format=json)
foreach(bm BM_ResolveInputAndResolve BM_ResolveInput BM_Resolve BM_GetInProcess
        BM_ResolveInputAndResolve_HotCache)
    string(FIND "${out}" "\"name\": \"${bm}\"" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${bm} did not run:\n${out}")
    endif()
endforeach()
string(FIND "${out}" "\"error_occurred\": true" at)
if(NOT at EQUAL -1)
    message(FATAL_ERROR "a benchmark reported an error:\n${out}")
endif()

run(floor "${FLOOR}" "${db}" integration-02)
string(REGEX MATCH " integration-02\n$" found "${out}")
if(NOT found)
    message(FATAL_ERROR "the floor program did not find integration-02:\n${out}")
endif()

# What scripts/bench times: the secret must come back from the keychain.
run(get "${BIFROSTCTL}" --db "${db}" get integration-02 --org org-0003)
string(FIND "${out}" "\"api_token\": \"bench-secret-2\"" at)
if(at EQUAL -1)
    message(FATAL_ERROR "bifrostctl get did not return the secret:\n${out}")
endif()

run(gui "${GUI}" --db "${db}" --rounds 2)
foreach(series open-page filter-key matrix-open)
    string(FIND "${out}" "${series}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "bifrost-bench-gui did not time ${series}:\n${out}")
    endif()
endforeach()

run(version "${BIFROSTCTL}" --version)
file(REMOVE_RECURSE "${WORKDIR}")
