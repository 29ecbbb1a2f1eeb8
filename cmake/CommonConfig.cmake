# Shared compile flags for every CardDesk target, in one INTERFACE target (as qBittorrent does).
add_library(carddesk_common INTERFACE)
target_compile_features(carddesk_common INTERFACE cxx_std_20)
target_compile_options(carddesk_common INTERFACE -Wall -Wextra -Wpedantic)
if(CARDDESK_WERROR)
    target_compile_options(carddesk_common INTERFACE -Werror)
endif()
target_compile_definitions(carddesk_common INTERFACE QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER)
