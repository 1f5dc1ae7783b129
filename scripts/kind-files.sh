#!/usr/bin/env bash
# Counts the files that name a block kind, to show what adding a kind costs:
#   bash scripts/kind-files.sh PullQuote pull_quote pull-quote
# (the Go constant, the JSON and style name, the CSS class). Tests, templates
# (assets/templates) and translations are listed apart, as the goal counts
# them apart (at most 6 others).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: $0 NAME..." >&2; exit 2; }
pattern=$(printf '%s\\|' "$@"); pattern=${pattern%\\|}
files=$(grep -rl --include='*.go' --include='*.tmpl' --include='*.json' --include='*.css' "$pattern" . | grep -v '^./third_party/' | sort)
code=$(echo "$files" | grep -v '_test\.go$' | grep -v '^./assets/templates/' | grep -v 'translations/\|messages\.zh\.json' || true)
other=$(echo "$files" | grep '_test\.go$\|^./assets/templates/\|translations/\|messages\.zh\.json' || true)
echo "code ($(echo "$code" | grep -c . || true)):"; echo "$code" | sed 's/^/  /'
echo "tests, templates, translations ($(echo "$other" | grep -c . || true)):"; echo "$other" | sed 's/^/  /'
