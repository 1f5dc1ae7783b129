#!/bin/sh
# Writes layout/hyphen/testdata/libhyphen.txt: how the hyphen library itself
# (libhyphen, the reference implementation of the .dic format) hyphenates a
# sample of words with the bundled patterns, so that the Go implementation
# is tested against it. Needs libhyphen-dev and wamerican (apt).
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/h.c" <<'C'
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <hyphen.h>
int main(int argc, char **argv) {
  HyphenDict *d = hnj_hyphen_load(argv[1]);
  if (!d) return 2;
  char w[256];
  while (fgets(w, sizeof w, stdin)) {
    size_t n = strcspn(w, "\n"); w[n] = 0;
    if (n == 0 || n > 100) continue;
    char hy[256], out[512]; char **rep = NULL; int *pos = NULL, *cut = NULL;
    hnj_hyphen_hyphenate2(d, w, (int)n, hy, out, &rep, &pos, &cut);
    printf("%s %s\n", w, out);
  }
  return 0;
}
C
cc -o "$tmp/h" "$tmp/h.c" -lhyphen
# Every 25th lower-case ASCII word of the dictionary, plus words of our copy.
grep -E '^[a-z]{4,}$' /usr/share/dict/words | awk 'NR % 25 == 0' >"$tmp/words"
printf '%s\n' hyphenation concatenation algorithm typesetting characteristically international developments photographers newspaper responsibility environmental infrastructure >>"$tmp/words"
"$tmp/h" assets/hyphen/hyph_en_US.dic <"$tmp/words" >layout/hyphen/testdata/libhyphen.txt
wc -l layout/hyphen/testdata/libhyphen.txt
