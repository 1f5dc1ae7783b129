#!/usr/bin/env bash
# Installs what Banmian needs to build, run and test on Debian 12 with Go 1.26:
# only what is missing, then the Go modules. Run as root or with sudo.
#   scripts/setup.sh             build, run and test
#   scripts/setup.sh --package   also what "make package" needs
#   scripts/setup.sh --walk      also what scripts/xvfb-walk.sh needs
set -euo pipefail
cd "$(dirname "$0")/.."

# install PACKAGE…: apt-get install those not installed yet.
install() {
	local missing=() p sudo=""
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
	done
	((${#missing[@]})) || return 0
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	echo "setup: installing ${missing[*]}"
	[ -n "${updated:-}" ] || $sudo apt-get update -qq
	updated=1
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

if [ "${1:-}" = "--walk" ]; then
	# The real editor under a virtual display, driven by real key presses.
	install xvfb xdotool xclip imagemagick unzip
	exit 0
fi

if [ "${1:-}" = "--profiles" ]; then
	# What make profiles builds the press profiles with.
	install argyll icc-profiles-free liblcms2-utils
	exit 0
fi

if [ "${1:-}" = "--package" ]; then
	# The Windows cross-compiler and the signing tool.
	install gcc-mingw-w64-x86-64 osslsigncode xz-utils openssl
	# The .deb and .msi, and their checks: Wine runs the .exe on a virtual display.
	install dpkg-dev binutils imagemagick wixl msitools desktop-file-utils shared-mime-info xdg-utils \
		wine wine64 xvfb xauth x11-utils xdotool poppler-utils
	exit 0
fi

# Fyne (cgo, OpenGL, X11).
install gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
# Tests: PDF text extraction and rendering; the HTML page in a real browser.
install poppler-utils chromium
# Tests: PDF/X files read by qpdf and separated into CMYK plates by Ghostscript.
install qpdf ghostscript
# Fonts are regenerated from these by scripts/make-fonts.py (not needed to build).
install fonts-noto-cjk python3-fonttools
# A Java runtime and npm for the W3C HTML checker (vnu-jar), unless present.
command -v java >/dev/null || install default-jre-headless
command -v npm >/dev/null || install npm
tools="${XDG_CACHE_HOME:-$HOME/.cache}/banmian-tools"
if [ ! -f "$tools/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
	echo "setup: installing vnu-jar into $tools"
	npm install --silent --no-fund --no-audit --prefix "$tools" vnu-jar@26.9.27 >/dev/null
fi

go mod download
