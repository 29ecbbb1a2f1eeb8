#!/usr/bin/env bash
# Installs the Debian 12 packages CardDesk needs, only those that are missing. Sourced by scripts/run and
# scripts/test. Uses sudo when not root.
set -euo pipefail

CARDDESK_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    # qt6-charts-dev needs Qt6OpenGL's CMake files but does not depend on libqt6opengl6-dev (Debian 12).
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    # Qt's own translations (qtbase_zh_CN.qm): standard buttons and Qt dialogs in the user's language.
    qt6-translations-l10n
    libsqlite3-dev libsqlitecpp-dev libspdlog-dev libsodium-dev libicu-dev
    # Phone numbers checked and written as E.164 (core/PhoneNumber): validation and duplicate matching.
    libphonenumber-dev
    # Excel export of the weekly report (report/WeeklyReportXlsx).
    # libxlsxwriter's pkg-config file links -lz, but libxlsxwriter-dev does not depend on zlib1g-dev (Debian 12);
    # io/ZipStreamWriter (the customer export's .xlsx) deflates with zlib directly.
    libxlsxwriter-dev zlib1g-dev
    # Customer import: the encoding of a CSV file (uchardet) and .xlsx workbooks read as zip archives (libzip).
    libuchardet-dev libzip-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    # Tests of the report files: pdftotext reads the PDF's text back, unzip opens the .xlsx (a zip of XML).
    poppler-utils unzip
    # The plain sqlite3 shell: a test checks that the office file works in it like any SQLite file.
    sqlite3
    fonts-noto-cjk
    # The PDF reports' Chinese font (embedded in each file): its text reads back exactly (WeeklyReportPainter::font).
    fonts-wqy-microhei
    # CPack DEB (`--target package`): dpkg-shlibdeps (dpkg-dev, via build-essential) needs `file` to find the
    # executables whose libraries become the package's Depends.
    file
)

carddesk_install_deps() {
    local missing=()
    for pkg in "${CARDDESK_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

carddesk_build() {
    local build_dir="$1"
    shift
    # ccache (when present) may reuse objects from another checkout of the same sources.
    export CCACHE_BASEDIR="$CARDDESK_ROOT" CCACHE_NOHASHDIR=1
    local generator=()
    if command -v ninja >/dev/null 2>&1; then
        generator=(-G Ninja)
    fi
    cmake -S "$CARDDESK_ROOT" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$build_dir" -j "$(nproc)"
}
