if(FIELDBOOK_TSAN AND FIELDBOOK_ASAN)
    message(FATAL_ERROR "ThreadSanitizer and AddressSanitizer cannot be combined")
endif()
if(FIELDBOOK_FUZZ AND (FIELDBOOK_TSAN OR FIELDBOOK_ASAN))
    message(FATAL_ERROR "FIELDBOOK_FUZZ brings its own sanitizers; leave FIELDBOOK_TSAN and FIELDBOOK_ASAN off")
endif()
if(FIELDBOOK_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "FIELDBOOK_FUZZ needs clang (libFuzzer); use the fuzz preset")
endif()
# -g1 (line tables) is what the sanitizers' reports need and builds a quarter faster than -g; it
# comes after the Debug preset's -g, and the last level given counts.
if(FIELDBOOK_TSAN)
    add_compile_options(-fsanitize=thread -g1 -O1)
    add_link_options(-fsanitize=thread)
endif()
if(FIELDBOOK_ASAN)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -g1 -O1)
    add_link_options(-fsanitize=address,undefined)
endif()
if(FIELDBOOK_FUZZ)
    # Everything gets coverage counters and ASan+UBSan; only the fuzz targets link libFuzzer
    # (its main()), see fuzz/CMakeLists.txt. A sanitizer report aborts, so the fuzzer stops on it.
    # Clang 14 cannot compile coroutines with UBSan's "function" check ("Cannot represent a
    # difference across sections"), so that one check is left out.
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=function
                        -fno-omit-frame-pointer -fno-sanitize-recover=undefined -g -O1)
    add_link_options(-fsanitize=address,undefined)
endif()
if(FIELDBOOK_TSAN OR FIELDBOOK_ASAN)
    # The runtime options, in every program of the build (the tests start the program too).
    add_library(fieldbook_sanitizer_options OBJECT ${CMAKE_CURRENT_LIST_DIR}/SanitizerOptions.cpp)
    link_libraries(fieldbook_sanitizer_options)
endif()
