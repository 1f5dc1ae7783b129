#!/usr/bin/python3
"""Make Banmian's embedded fonts from Debian's fonts-noto-cjk.

Each face is the Simplified Chinese member of a Noto CJK collection (.ttc, CFF
outlines, SIL OFL 1.1), subset to what a Chinese or English news article needs
(every character of GBK, Latin-1, general and CJK punctuation, full-width forms),
converted to TrueType quadratic outlines (gofpdf embeds only 'glyf' fonts), with
every OpenType layout feature dropped except Latin kerning, and renamed: the OFL
of Noto CJK reserves the name "Source", and a modified font must not use it.

Usage: /usr/bin/python3 scripts/make-fonts.py OUTDIR   (needs fonts-noto-cjk, python3-fonttools)
"""
import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SRC = "/usr/share/fonts/opentype/noto"
FACES = [
    # output file, source collection, family in the source, new family, style, outlines
    ("BanmianSong-Regular.ttf", "NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC", "Banmian Song", "Regular", "glyf"),
    ("BanmianSong-Bold.ttf", "NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC", "Banmian Song", "Bold", "glyf"),
    ("BanmianHei-Regular.ttf", "NotoSansCJK-Regular.ttc", "Noto Sans CJK SC", "Banmian Hei", "Regular", "glyf"),
    ("BanmianHei-Bold.ttf", "NotoSansCJK-Bold.ttc", "Noto Sans CJK SC", "Banmian Hei", "Bold", "glyf"),
    # The editor's interface font keeps its CFF outlines: the UI's text
    # library reads a CFF glyph when it draws it, but parses every TrueType
    # glyph when it loads the font (30 MB of the editor's memory per face).
    ("BanmianHeiUI-Regular.otf", "NotoSansCJK-Regular.ttc", "Noto Sans CJK SC", "Banmian Hei UI", "Regular", "cff"),
    ("BanmianHeiUI-Bold.otf", "NotoSansCJK-Bold.ttc", "Noto Sans CJK SC", "Banmian Hei UI", "Bold", "cff"),
]


def coverage():
    """Code points to keep: GBK's two-byte set, Latin-1, punctuation, full-width forms."""
    cps = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            if trail == 0x7F:
                continue
            try:
                # The GB18030 codec maps the GBK two-byte codes to today's
                # Unicode (Python's "gbk" leaves some in the private use area).
                ch = bytes([lead, trail]).decode("gb18030")
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                cps.add(ord(ch))
    ranges = [
        (0x2000, 0x206F),  # general punctuation
        (0x2E3A, 0x2E3B),  # two- and three-em dashes
        (0x22EF, 0x22EF),  # midline horizontal ellipsis
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0xFF00, 0xFFEF),  # half-width and full-width forms
        (0x2100, 0x214F),  # letterlike symbols (℃, №, ™)
        (0x2150, 0x218F),  # number forms
        (0x2460, 0x24FF),  # enclosed alphanumerics
        (0x0100, 0x017F),  # Latin Extended-A (names in English copy)
        (0x2190, 0x21FF),  # arrows
        (0x20AC, 0x20AC),  # euro sign
        (0x01CD, 0x01DC),  # pinyin with caron
        (0x01F8, 0x01F9),  # pinyin ǹ
        (0x2E80, 0x2EFF),  # CJK radicals supplement (in GBK since GB18030)
        (0x2FF0, 0x2FFF),  # ideographic description characters
    ]
    for lo, hi in ranges:
        cps.update(range(lo, hi + 1))
    return cps


def to_quadratic(font):
    """Replace the CFF table by glyf/loca with quadratic outlines (cu2qu)."""
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    glyphs = {}
    for name in order:
        tt = TTGlyphPen(glyphset)
        glyphset[name].draw(Cu2QuPen(tt, 1.0, reverse_direction=True))
        glyphs[name] = tt.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    for tag in ("VORG", "vhea", "vmtx"):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, g in glyf.glyphs.items():
        adv, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (adv, getattr(g, "xMin", 0) if g.numberOfContours else 0)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones",):
        setattr(maxp, attr, 1)
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 3.0
    font.sfntVersion = "\000\001\000\000"
    font["head"].glyphDataFormat = 0


def rename(font, family, style, converted=True):
    full = family if style == "Regular" else f"{family} {style}"
    ps = family.replace(" ", "") + "-" + style
    name = font["name"]
    keep = []
    for rec in name.names:
        if rec.nameID in (0, 7, 8, 9, 11, 12, 13, 14):
            keep.append(rec)
    name.names = keep
    for nid, value in ((1, family), (2, style), (3, f"Banmian:{ps}"), (4, full), (6, ps), (16, family), (17, style)):
        name.setName(value, nid, 3, 1, 0x409)
        name.setName(value, nid, 1, 0, 0)
    name.setName("Modified by the Banmian project from Noto CJK: subset to GBK and Latin, "
                 + ("converted to TrueType outlines, " if converted else "")
                 + "renamed as the SIL OFL 1.1 requires.", 10, 3, 1, 0x409)


def make(out, src, family_in, family, style, outlines, cps):
    coll = TTCollection(os.path.join(SRC, src))
    font = next(f for f in coll.fonts if f["name"].getDebugName(1) == family_in)
    opts = subset.Options()
    opts.layout_features = ["kern"]
    opts.hinting = False
    opts.glyph_names = False
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.drop_tables += ["VORG", "vhea", "vmtx", "BASE", "JSTF", "DSIG"]
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=cps)
    sub.subset(font)
    if outlines == "glyf":
        to_quadratic(font)
    rename(font, family, style, converted=outlines == "glyf")
    font.save(out)
    print(f"{out}: {os.path.getsize(out) / 1e6:.1f} MB, {len(font.getGlyphOrder())} glyphs", flush=True)


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "assets/fonts"
    only = sys.argv[2:] or None
    cps = coverage()
    for out, src, fin, fam, style, outlines in FACES:
        if only and out not in only:
            continue
        make(os.path.join(outdir, out), src, fin, fam, style, outlines, cps)


if __name__ == "__main__":
    main()
