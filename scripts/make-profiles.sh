#!/usr/bin/env bash
# Makes Banmian's CMYK press profiles and colour tables (like make fonts):
#   - "Banmian Coated (FOGRA39)": ArgyllCMS colprof from FOGRA39L
#     characterization data (offset, coated paper), total ink 300 %, black
#     95 %, black generation ramp (-kr);
#   - "Banmian Newsprint (SNAP TR002)": from CGATS/SNAP TR 002-2007 data
#     (coldset newsprint), total ink 240 %, black 90 %, half black (-kh);
#   - for each, the sRGB → CMYK table the PDF writer converts with: a 33³
#     grid through Little CMS (transicc, perceptual intent), one byte per
#     channel, and a check file of 200 colours converted exactly (the tests
#     hold the table against it).
# The data come from Debian's icc-profiles-free (Zlib licence); sRGB.icc
# from the same package tags RGB photos in PDF/X-4.
#   bash scripts/make-profiles.sh [OUTDIR]   (needs argyll icc-profiles-free liblcms2-utils)
set -euo pipefail
OUT=${1:-assets/profiles}
SRC=/usr/share/color/icc
mkdir -p "$OUT"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cp "$SRC/FOGRA39L.ti3" "$SRC/TR002.ti3" "$T/"
( cd "$T"
  colprof -qm -kr -l300 -L95 -D "Banmian Coated (FOGRA39)" -C "Banmian, from FOGRA39L data (icc-profiles-free, Zlib)" -O coated.icc FOGRA39L >/dev/null
  colprof -qm -kh -l240 -L90 -D "Banmian Newsprint (SNAP TR002)" -C "Banmian, from CGATS/SNAP TR 002-2007 data (icc-profiles-free, Zlib)" -O newsprint.icc TR002 >/dev/null )
cp "$T/coated.icc" "$OUT/banmian-coated-fogra39.icc"
cp "$T/newsprint.icc" "$OUT/banmian-newsprint-snap.icc"
cp "$SRC/sRGB.icc" "$OUT/sRGB.icc"
/usr/bin/python3 - "$OUT" "$T" <<'PY'
import random, subprocess, sys
out, tmp = sys.argv[1], sys.argv[2]
N = 33
def transicc(args, rows):
    p = subprocess.run(['transicc', '-n'] + args, input=''.join(' '.join(f'{v:.4f}' for v in r) + '\n' for r in rows),
                       capture_output=True, text=True, check=True)
    vals = [list(map(float, l.split())) for l in p.stdout.splitlines() if l.strip() and l[0] in '0123456789-.']
    assert len(vals) == len(rows), (len(vals), len(rows))
    return vals
for name, icc in (('coated', 'banmian-coated-fogra39.icc'), ('newsprint', 'banmian-newsprint-snap.icc')):
    prof = f'{out}/{icc}'
    grid = [(r * 255 / (N - 1), g * 255 / (N - 1), b * 255 / (N - 1)) for r in range(N) for g in range(N) for b in range(N)]
    cmyk = transicc(['-i', f'{out}/sRGB.icc', '-o', prof, '-t0'], grid)
    with open(f'{out}/srgb-to-{name}.lut', 'wb') as f:
        f.write(b'BMLUT1' + bytes([N]))
        for v in cmyk:
            f.write(bytes(min(255, max(0, round(c * 2.55))) for c in v))
    random.seed(7)
    check = [(random.randrange(256), random.randrange(256), random.randrange(256)) for _ in range(200)]
    exact = transicc(['-i', f'{out}/sRGB.icc', '-o', prof, '-t0'], check)
    with open(f'{out}/srgb-to-{name}.check', 'w') as f:
        f.write('# R G B -> C M Y K (%), transicc -t0 through ' + icc + '\n')
        for rgb, c in zip(check, exact):
            f.write('%d %d %d %s\n' % (rgb + (' '.join(f'{v:.2f}' for v in c),)))
    print(f'{name}: table {N}^3, check {len(check)} colours')
PY
echo "profiles in $OUT"
