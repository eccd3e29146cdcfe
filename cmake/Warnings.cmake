# Applied to every Fieldbook target through fieldbook_strict().
function(fieldbook_strict target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-gnu-zero-variadic-macro-arguments)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE -Wno-pedantic)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_FOREACH QT_NO_KEYWORDS QT_NO_CAST_FROM_BYTEARRAY QT_STRICT_ITERATORS)
endfunction()
