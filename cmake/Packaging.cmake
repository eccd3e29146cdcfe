# Install rules and the Debian package (CPack). Included last by the top-level CMakeLists.txt.
# The version is the one of project(); build the package with scripts/package.
include(GNUInstallDirs)

# Date of the release named by PROJECT_VERSION; change it together with the version.
set(FIELDBOOK_RELEASE_DATE 2026-11-27)
set(FIELDBOOK_APP_ID org.fieldbook.Fieldbook)
set(FIELDBOOK_MAINTAINER "The Fieldbook developers <maintainers@fieldbook.example.org>")

find_program(FIELDBOOK_GZIP gzip REQUIRED)
find_program(FIELDBOOK_DATE date REQUIRED)
execute_process(COMMAND ${FIELDBOOK_DATE} -u -R -d "${FIELDBOOK_RELEASE_DATE} 12:00"
                OUTPUT_VARIABLE FIELDBOOK_RELEASE_DATE_RFC2822
                OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)

set(packaging_src ${PROJECT_SOURCE_DIR}/packaging)
set(packaging_out ${PROJECT_BINARY_DIR}/packaging)
set(fieldbook_docdir ${CMAKE_INSTALL_DATADIR}/doc/fieldbook) # Debian: named after the package

# Files that carry the version, made from templates, and the ones Debian wants compressed.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${FIELDBOOK_MAINTAINER}")
configure_file(${packaging_src}/${FIELDBOOK_APP_ID}.metainfo.xml.in
               ${packaging_out}/${FIELDBOOK_APP_ID}.metainfo.xml @ONLY)
configure_file(${packaging_src}/fieldbook.1.in ${packaging_out}/fieldbook.1 @ONLY)
configure_file(${packaging_src}/changelog.in ${packaging_out}/changelog @ONLY)

set(compressed)
foreach(name fieldbook.1 changelog)
    add_custom_command(OUTPUT ${packaging_out}/${name}.gz
                       COMMAND ${FIELDBOOK_GZIP} -9 -n -k -f ${name}
                       DEPENDS ${packaging_out}/${name}
                       WORKING_DIRECTORY ${packaging_out}
                       COMMENT "Compressing ${name}" VERBATIM)
    list(APPEND compressed ${packaging_out}/${name}.gz)
endforeach()
add_custom_target(fieldbook_packaging_files ALL DEPENDS ${compressed})

# What the package installs.
install(TARGETS fieldbook RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${packaging_src}/${FIELDBOOK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${packaging_out}/${FIELDBOOK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
set(icons ${PROJECT_SOURCE_DIR}/resources/icons/app)
install(FILES ${icons}/${FIELDBOOK_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
    install(FILES ${icons}/${FIELDBOOK_APP_ID}-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${FIELDBOOK_APP_ID}.png)
endforeach()
install(FILES ${packaging_out}/fieldbook.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# A version without a Debian revision makes a native package: its changelog is changelog.gz.
install(FILES ${packaging_src}/copyright ${packaging_out}/changelog.gz
        DESTINATION ${fieldbook_docdir})

# The handbook (Help → Handbook): installed in share/fieldbook/handbook, and copied to the same
# place in the build tree, where the program and the tests find it when run uninstalled.
file(GLOB fieldbook_handbook CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/handbook/*)
foreach(page ${fieldbook_handbook})
    get_filename_component(name ${page} NAME)
    configure_file(${page} ${PROJECT_BINARY_DIR}/share/fieldbook/handbook/${name} COPYONLY)
endforeach()
install(FILES ${fieldbook_handbook} DESTINATION ${CMAKE_INSTALL_DATADIR}/fieldbook/handbook)

# The Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME fieldbook)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Fieldbook developers")
set(CPACK_PACKAGE_CONTACT "${FIELDBOOK_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[
Fieldbook is a desktop application for filling forms into a database.
A book is one SQLite file, or a PostgreSQL database shared by a team; its
forms are named sets of typed fields, and each form has a plain table that
any SQLite or PostgreSQL tool can read. Records are entered, found, edited
and browsed in a classic Qt window that never waits for the database, and
a record counts as saved only once it is committed.]=])
# dpkg-shlibdeps finds the libraries the program links; the Qt plugins it loads at run time
# (SQL drivers, platforms, the SVG icon) and Qt's own translations are listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
