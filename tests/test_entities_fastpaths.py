"""The entity stage's fast paths give exactly what the plain forms give (issue 17's cost budget)."""

from __future__ import annotations

import random
import re

from biaslens import ingest
from biaslens.entities import mentions
from biaslens.entities.framing import _words_between
from biaslens.segment import segment
from biaslens.tokens import count_words

TEXTS = [
    "Russian President Vladimir Putin met Sen. Ada Morel of Vermont and the Harbor Guild on Tuesday.",
    "'Mullah the Great' Ali Khamenei said the U.S. Department of State and al-Assad's O'Neill-Brown agreed.",
    "x-Ray, don’t-Stop Bob’s ÀB Éclair; 1,700 people (95%) said “It’s fine,” said Gov. Lund. Then: A.",
    "A", "-A", "a A", "'Bob", "x’Y Z", "\nA", "A\nB C", "ÀÉ ÖØ Þ", "mid-Word and end.Word",
]


def test_run_regex_finds_the_runs_of_the_lookbehind_first_form():
    glue = "|".join(sorted(mentions._GLUE | mentions._ORG_GLUE))
    word = mentions._NAME_WORD
    plain = re.compile(rf"(?<![\w'’-]){word}(?:[ \t]+(?:(?:{glue})[ \t]+)*{word})*")  # the look-behind first
    assert plain.pattern != mentions._RUN.pattern
    for text in TEXTS:
        assert [m.span() for m in mentions._RUN.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_quoted_words_from_tokens_equal_a_regex_count_of_the_stretch(analyzer):
    rng = random.Random(17)
    seen = 0
    for text in TEXTS[:3]:
        seg = segment(ingest.read_text(text + " " + text), analyzer._splitter)
        full = seg.document.text
        for sent in seg.sentences:
            for _ in range(200):  # stretches that cut tokens (the regex fallback) and that do not
                a, b = sorted(rng.randint(sent.start, sent.end) for _ in range(2))
                assert _words_between(sent, a, b, full) == count_words(full[a:b])
                seen += 1
    assert seen >= 1200


def test_clause_boundary_regex_matches_the_case_folded_word_list():
    from biaslens.entities.framing import _BOUNDARY

    plain = re.compile(r"[;:—–]|\b(?:when|while|because|although|though|but|after|before|since|if|whereas|"
                       r"unless|until|that)\b", re.I)
    rng = random.Random(20)
    alphabet = list("whenbcaustiofgrlWHENBTHAT;:—–İıſK_2-'’ é") + [
        " when ", " since ", " if ", " That ", "unless", "until", "whereas", "although", "because", "before",
        "after", "though", "but", "WHILE"]
    samples = TEXTS + ["İf ıf ſince SINCE When-ever xwhen when_ _when 2when when2 Whereas; that:— – but,after But"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for text in samples:
        for a, b in [(0, len(text)), *(sorted(rng.randint(0, len(text)) for _ in range(2)) for _ in range(3))]:
            assert [m.span() for m in _BOUNDARY.finditer(text, a, b)] == \
                [m.span() for m in plain.finditer(text, a, b)], (text, a, b)
