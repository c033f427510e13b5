# Warnings and Qt defines shared by every KefuDesk target (the house style in docs/architecture.md).
function(kefu_configure_target target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(KEFU_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_USE_QSTRINGBUILDER
        QT_NO_KEYWORDS
        QT_NO_CONTEXTLESS_CONNECT
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        KEFU_VERSION="${PROJECT_VERSION}")
endfunction()

# A layer library: every .cpp/.h in its folder (CONFIGURE_DEPENDS picks up new files on the next build).
function(kefu_add_layer target dir)
    file(GLOB _sources CONFIGURE_DEPENDS ${dir}/*.cpp ${dir}/*.h ${dir}/*/*.cpp ${dir}/*/*.h)
    add_library(${target} STATIC ${_sources})
    target_include_directories(${target} PUBLIC ${CMAKE_SOURCE_DIR}/src)
    kefu_configure_target(${target})
endfunction()

# Adds a source folder only once it has a .cpp, so a layer that is still being written does not break the build.
function(kefu_add_source_dir dir)
    file(GLOB_RECURSE _cpp CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/${dir}/*.cpp)
    if(_cpp)
        add_subdirectory(${dir})
    endif()
endfunction()
