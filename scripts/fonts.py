#!/usr/bin/python3
"""Makes the embedded font subsets in assets/fonts/ from Debian's Noto fonts.

The kiosk's own face, BIZ UDPGothic, covers Japanese and English. The other languages need
glyphs it lacks: Simplified Chinese forms (Noto Sans CJK SC), Hangul (Noto Sans CJK KR),
Devanagari with its conjuncts (Noto Sans Devanagari) and Vietnamese stacked diacritics
(Noto Sans). Each face is cut down to the characters its languages' messages use, with the
layout features kept (pyftsubset closes over GSUB, so every conjunct a message needs is
kept), in regular and bold; and to a tiny "names" face with only the language names and
each language's "touch the screen" line, so the language switch and the attract screen can
show every language without loading its full face.

Run it whenever a translation gains characters: `check-content` names every character a
language's faces lack. Needs Debian's fonttools, fonts-noto-cjk and fonts-noto-core.

Usage: scripts/fonts.py
"""
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "assets/fonts"
CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
CORE = "/usr/share/fonts/truetype/noto/{}-{}.ttf"
# face: (languages, source for a weight, font number in a collection, file suffix)
FACES = {
    "NotoSansSC": (["zh-Hans"], lambda w: CJK.format(w), 2, "otf"),
    "NotoSansKR": (["ko"], lambda w: CJK.format(w), 1, "otf"),
    "NotoSansDevanagari": (["ne"], lambda w: CORE.format("NotoSansDevanagari", w), None, "ttf"),
    "NotoSans": (["vi"], lambda w: CORE.format("NotoSans", w), None, "ttf"),
}
# Always kept: ASCII, and the punctuation every language may use.
BASE = "".join(chr(c) for c in range(0x20, 0x7F)) + "–—‘’“”…•·％（）：，。、！？"


def message_chars(langs):
    chars = set(BASE)
    for lang in langs:
        for ftl in sorted((ROOT / "locales" / lang).glob("*.ftl")):
            for line in ftl.read_text(encoding="utf-8").splitlines():
                if not line.lstrip().startswith("#"):
                    chars.update(line)
    return chars


def names_chars():
    chars = set()
    for ftl in sorted(ROOT.glob("locales/*/ui.ftl")):
        for line in ftl.read_text(encoding="utf-8").splitlines():
            m = re.match(r"(language-name|language-switch|attract-touch) = (.*)", line)
            if m:
                chars.update(m.group(2))
    return chars


def subset(source, number, chars, out):
    text = "".join(sorted(c for c in chars if c not in "\n\r\t"))
    args = ["pyftsubset", source, f"--text={text}", f"--output-file={out}",
            "--layout-features=*", "--no-hinting", "--desubroutinize",
            "--name-IDs=0,1,2,3,4,5,6,13,14", "--name-languages=*", "--notdef-outline"]
    if number is not None:
        args.append(f"--font-number={number}")
    subprocess.run(args, check=True)
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size} bytes, {len(text)} characters")


def main():
    names = names_chars()
    for face, (langs, source, number, suffix) in FACES.items():
        chars = message_chars(langs)
        for weight in ["Regular", "Bold"]:
            subset(source(weight), number, chars, OUT / f"{face}-{weight}.{suffix}")
        subset(source("Regular"), number, names, OUT / f"{face}-Names.{suffix}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
