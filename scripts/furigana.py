#!/usr/bin/env python3
"""Builds assets/furigana/ja.ron, the readings table of the ふりがな choice "all kanji".

Every word with kanji in the Japanese messages (locales/ja/*.ftl and やさしい日本語's
locales/ja-x-easy/*.ftl, and a content folder's ja
messages if given) is read with MeCab and its IPADIC dictionary (Debian: mecab
mecab-ipadic-utf8), and written with its reading in hiragana. Kana at the end of a word
(okurigana) are left out of the word and its reading: 「決め」→「決」「き」. Run it whenever the
Japanese text changes; `check-content` names any kanji the table cannot read, and a hand-made
reading can be added to the `overrides` file next to the table.

Usage: scripts/furigana.py [FTL_DIR ...]   (default locales/ja locales/ja-x-easy)
"""
import collections
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "assets/furigana/ja.ron"
OVERRIDES = ROOT / "assets/furigana/overrides.tsv"


def is_kanji(c):
    o = ord(c)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x2FFFF or c in "々〆ヶ")


def hiragana(katakana):
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)


def messages(directory):
    """The text of every message and attribute in the .ftl files of `directory`."""
    for path in sorted(pathlib.Path(directory).glob("*.ftl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            m = re.match(r"^[A-Za-z][\w-]*\s*=\s*(.*)$", line) or re.match(r"^\s+\.[\w-]+\s*=\s*(.*)$", line)
            text = m.group(1) if m else line.strip()
            # Placeables and ruby markup out; a marked base keeps its text.
            text = re.sub(r"\{[^}]*\}", " ", text)
            text = re.sub(r"《[^》]*》", "", text).replace("｜", "")
            if any(is_kanji(c) for c in text):
                yield text


def strip_okurigana(surface, reading):
    """「決め」「きめ」→「決」「き」: trailing (and leading) kana that the reading repeats."""
    while surface and reading and not is_kanji(surface[-1]) and hiragana(surface[-1]) == reading[-1]:
        surface, reading = surface[:-1], reading[:-1]
    while surface and reading and not is_kanji(surface[0]) and hiragana(surface[0]) == reading[0]:
        surface, reading = surface[1:], reading[1:]
    return surface, reading


def main():
    dirs = sys.argv[1:] or [str(ROOT / "locales/ja"), str(ROOT / "locales/ja-x-easy")]
    text = "\n".join(t for d in dirs for t in messages(d))
    out = subprocess.run(["mecab"], input=text, capture_output=True, text=True, check=True).stdout
    seen = collections.defaultdict(collections.Counter)
    unread = set()
    for row in out.splitlines():
        if row == "EOS" or "\t" not in row:
            continue
        surface, features = row.split("\t", 1)
        if not any(is_kanji(c) for c in surface):
            continue
        fields = features.split(",")
        if len(fields) < 8 or fields[7] == "*":
            unread.add(surface)
            continue
        word, reading = strip_okurigana(surface, hiragana(fields[7]))
        if word and reading and any(is_kanji(c) for c in word):
            seen[word][reading] += 1
    table = {word: readings.most_common(1)[0][0] for word, readings in seen.items()}
    if OVERRIDES.exists():
        for line in OVERRIDES.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                word, reading = line.split("\t")
                table[word] = reading
    lines = ["// Made by scripts/furigana.py from locales/ja and locales/ja-x-easy with MeCab and IPADIC: do not edit by hand;",
             "// add a reading to overrides.tsv and run the script again.", "{"]
    lines += [f'    "{w}": "{r}",' for w, r in sorted(table.items())]
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} words written to {OUT.relative_to(ROOT)}")
    for word in sorted(w for w in unread if not any(w in k for k in table)):
        print(f"no reading in the dictionary: {word} (add it to {OVERRIDES.relative_to(ROOT)})")


if __name__ == "__main__":
    main()
