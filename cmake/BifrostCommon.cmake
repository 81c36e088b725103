# One interface target carries the language standard, warnings, sanitizers and the strict Qt
# defines; every target of the project links it, so nothing is configured twice.
add_library(bifrost_common INTERFACE)
add_library(Bifrost::Common ALIAS bifrost_common)

target_compile_features(bifrost_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(bifrost_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    BIFROST_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(bifrost_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wimplicit-fallthrough -Wformat=2 -Wmissing-declarations)
    if(BIFROST_WERROR)
        target_compile_options(bifrost_common INTERFACE -Werror)
    endif()
    if(BIFROST_SANITIZE)
        target_compile_options(bifrost_common INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(bifrost_common INTERFACE -fsanitize=address,undefined)
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
            # No redzones around globals: GCC's ASan pads and registers UBSan's per-check data as
            # globals, and a bifrostctl start took 0.21 s instead of 0.14 s. The CLI suites start
            # it some ten thousand times (docs/PERFORMANCE.md "The test run"). Heap, stack and
            # use-after-free checks and every UBSan check stay.
            target_compile_options(bifrost_common INTERFACE --param=asan-globals=0)
        endif()
    endif()
endif()
