# The Debian package: `cmake --build build --target package` gives carddesk_<version>_<arch>.deb with both faces
# in /usr/bin, the desktop entry and icon, and the man pages. The translations are compiled into the binaries
# (resource :/i18n); Qt's own come from qt6-translations-l10n. Shared-library dependencies are found by
# dpkg-shlibdeps, so `apt install ./carddesk_*.deb` on a fresh Debian 12 pulls in everything.
include(GNUInstallDirs)

if(TARGET carddesk-cli)
    install(TARGETS carddesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# Man pages, gzipped as Debian policy asks (-n: no name or time stamp inside, the same bytes every build).
find_program(GZIP_PROGRAM gzip REQUIRED)
set(CARDDESK_MAN_PAGES carddesk.1 carddesk-cli.1)
set(CARDDESK_MAN_OUTPUTS)
foreach(page ${CARDDESK_MAN_PAGES})
    set(source ${PROJECT_SOURCE_DIR}/docs/man/${page})
    set(output ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz)
    add_custom_command(OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
        COMMAND ${GZIP_PROGRAM} -9nc ${source} > ${output}
        DEPENDS ${source} VERBATIM)
    list(APPEND CARDDESK_MAN_OUTPUTS ${output})
endforeach()
add_custom_target(man_pages ALL DEPENDS ${CARDDESK_MAN_OUTPUTS})
install(FILES ${CARDDESK_MAN_OUTPUTS} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/carddesk.png DESTINATION share/icons/hicolor/64x64/apps)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME carddesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "CardDesk")
set(CPACK_PACKAGE_CONTACT "CardDesk maintainers <carddesk@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline customer archive (CRM) for one sales office")
set(CPACK_PACKAGE_DESCRIPTION
    "CardDesk keeps the customer card (客户资料卡) of every customer of a sales office in one local SQLite file,
with per-user access control, an audit trail and in-process customer analytics (ABC, RFM, churn risk,
lifetime value, lifecycle stages). It has a Qt desktop application (carddesk) and a command line
(carddesk-cli), in Chinese and English.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not found by dpkg-shlibdeps: Chinese glyphs (the window; WenQuanYi Micro Hei embedded in the PDF reports), Qt's own translations
# (standard buttons, file dialogs). libxlsxwriter4 (Excel export) is found by dpkg-shlibdeps as well; it is named
# here so the package says so even when built without shlibdeps.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, fonts-wqy-microhei, qt6-translations-l10n, libxlsxwriter4")
# The xcb and offscreen platform plugins are in libqt6gui6 (found by dpkg-shlibdeps): X11 and XWayland sessions
# work, and --help and --screenshot without a display.
include(CPack)
