#!/usr/bin/env bash
# Signs a Windows executable with a self-signed certificate made here and
# now, clearly labelled TEST-ONLY: it proves the signing step works; it is
# trusted by nobody. A release is signed with the publisher's certificate.
set -euo pipefail
in=$1 out=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 7 -keyout "$tmp/key.pem" -out "$tmp/cert.pem" \
	-subj "/CN=Banmian TEST-ONLY signing certificate (not trusted)/O=TEST-ONLY" 2>/dev/null
# osslsigncode will not overwrite its output: sign into the temporary
# folder and move the result over any earlier one (make package re-runs).
osslsigncode sign -certs "$tmp/cert.pem" -key "$tmp/key.pem" -n "Banmian (TEST-ONLY signature)" \
	-h sha256 -in "$in" -out "$tmp/signed.exe" >/dev/null
mv -f "$tmp/signed.exe" "$out"
echo "signed $out with a TEST-ONLY certificate"
