"""The attribution stage's fast paths give exactly what the plain forms give (issue 20's cost budget)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from biaslens import ingest
from biaslens.attribute import SentenceView
from biaslens.attribute.decide import _LAST_NAMES, LAST_RULES
from biaslens.attribute.grammar import AUXILIARIES, PERSONAL, relative_head
from biaslens.attribute.triggers import first_fired
from biaslens.attribute.view import AUX_OR_FLOATING, skip_aux_back
from biaslens.segment import segment

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "The levy, officials said, was repealed. The governor's decision to lift the ban angered growers.",
    "Support from island leaders grew. There has been speculation as to whether she declined the offer.",
    "He released his tax returns. She devoted her attention to the port. The estimate they gave rose.",
    "He threw out the cards in the mail they never asked for. She paid the fees the crews had not agreed to, "
    "then left.",
    "Officials have repeatedly said that the pier is safe. He has not yet been told by the court.",
    "Fees were set by the board. “We will fight,” she said. Critics, however, clearly warned of delays.",
]


def sample_texts() -> list[str]:
    out = list(TEXTS)
    for folder in (ROOT / "samples", ROOT / "tests" / "golden" / "inputs"):
        out += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")) + sorted(folder.glob("*.md"))]
    return out


@pytest.fixture(scope="module")
def views(analyzer):
    rules = analyzer._attribution
    out = []
    for text in sample_texts():
        seg = segment(ingest.read_text(text), analyzer._splitter)
        out += [SentenceView(rules, seg.document.text, s, -1, ()) for s in seg.sentences]
    assert len(out) > 300
    return out


def test_first_fired_gives_what_calling_every_guarded_rule_in_turn_gives(analyzer, views):
    fired = 0
    for v in views:
        plain = next((att for rule in LAST_RULES if (att := rule(v)) is not None), None)
        v.triggered = None
        assert first_fired(v, LAST_RULES, _LAST_NAMES) == plain, v.sent.text
        fired += plain is not None
    assert fired >= 5
    # a rules object that knows none of the rules' words runs every rule unfiltered, as the guards do
    bare = replace(analyzer._attribution, rule_triggers={}, trigger_words=frozenset())
    for v in views[:60]:
        v.rules, v.triggered = bare, None
        plain = next((att for rule in LAST_RULES if (att := rule(v)) is not None), None)
        v.triggered = None
        assert first_fired(v, LAST_RULES, _LAST_NAMES) == plain


def test_skip_aux_back_stops_at_once_before_a_word_it_does_not_step_over(views):
    # np_before, find_passive and speaker call it only when the word before is in AUX_OR_FLOATING or in -ly
    seen = 0
    for v in views:
        for j in range(-1, v.n):
            if j < 0 or (v.keys[j] not in AUX_OR_FLOATING and not v.keys[j].endswith("ly")):
                assert skip_aux_back(v, j) == j
                seen += 1
    assert seen > 3000


def _plain_contact_clause_cue(v, a, b):
    """contact_clause_cue as written before its cheapest test was moved first."""
    from biaslens.attribute.clauses import _CLAUSE_END, STRANDED

    keys, n = v.keys, v.n
    p = a - 1
    while p > 0 and (keys[p] in AUXILIARIES or keys[p].endswith("ly") and keys[p].isalpha()):
        p -= 1
    if p < 1 or keys[p] not in PERSONAL or not relative_head(keys[p - 1]) or keys[p - 1] in v.rules.cue_keys:
        return False
    return b < n and keys[b] in STRANDED and (b + 1 == n or keys[b + 1] in _CLAUSE_END)


def test_contact_clause_cue_equals_its_plain_form(views):
    from biaslens.attribute.clauses import contact_clause_cue

    hits = 0
    for v in views:
        for a in range(v.n):
            for b in range(a + 1, min(v.n, a + 3) + 1):
                got = contact_clause_cue(v, a, b)
                assert got == _plain_contact_clause_cue(v, a, b), (v.sent.text, a, b)
                hits += got
    assert hits >= 2



def test_document_marks_within_a_paragraph_equal_the_paragraphs_own_search():
    import random

    from biaslens.attribute.marks import MARKS_RE, DocumentMarks

    rng = random.Random(20)
    alphabet = "ab1 _.'‘’`\"“”«»„‹›é\n"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(3000)]
    seen = 0
    for t in texts:  # every stretch of a short text
        marks = DocumentMarks(t)
        for start in range(len(t) + 1):
            for end in range(start, len(t) + 1):
                want = [(m.start(), m.group()) for m in MARKS_RE.finditer(t, start, end)]
                assert marks.within(start, end) == want, (t, start, end)
                seen += len(want)
    for t in sample_texts():  # the paragraphs of real texts, and stretches around them
        marks = DocumentMarks(t)
        breaks = [i for i, c in enumerate(t) if c == "\n"]
        cuts = sorted({0, len(t), *breaks, *(i + 1 for i in breaks)})
        for start, end in zip(cuts, cuts[1:], strict=False):
            for a, b in ((start, end), (start + 1, end), (start, end - 1)):
                want = [(m.start(), m.group()) for m in MARKS_RE.finditer(t, a, b)]
                assert marks.within(a, b) == want, (a, b)
                seen += len(want)
    assert seen > 50000


def test_sentence_hits_answer_every_whole_sentence_word_test_as_the_keys_do(analyzer, views):
    # the rules' set tests of a whole sentence are asked of its hits (scan_words & keys), found once
    from biaslens.attribute.triggers import triggered

    rules = analyzer._attribution
    tested = 0
    for v in views:
        v.rules, v.triggered = rules, None
        assert v.hits == rules.scan_words.intersection(v.keys)
        for words in (rules.cue_keys, rules.criticism_nouns, frozenset(rules.frames_by_noun), rules.trigger_words,
                      rules.modified_nouns):
            assert words.isdisjoint(v.hits) == words.isdisjoint(v.keys)
            assert words.intersection(v.hits) == words.intersection(v.keys)
        assert triggered(v) == rules.trigger_words.intersection(v.keys)
        assert (":" in v.hits) == (":" in v.keys)  # a colon token: the colon tests ask the hits
        tested += bool(v.hits)
    assert tested > 200
    # a copy of the rules with other word lists derives its own scan words
    bare = replace(rules, trigger_words=frozenset({"zzyzx"}))
    assert "zzyzx" in bare.scan_words and "zzyzx" not in rules.scan_words


def test_state_ends_rule_out_only_spans_that_name_no_state(analyzer, views):
    # source_type_of asks `state_key(keys) in states` only of a span whose last key ends a state's name
    from biaslens.attribute.sources import STATE_NAME_MAX, state_key

    rules = analyzer._attribution
    named = 0
    for v in views:
        for a in range(v.n):
            for b in range(a + 1, min(v.n, a + STATE_NAME_MAX) + 1):
                keys = v.keys[a:b]
                if state_key(keys) in rules.states:
                    assert keys[-1] in rules.state_ends, keys
                    named += 1
    assert named >= 10
    for name in rules.states:
        assert name.split(" ")[-1] in rules.state_ends


def test_paragraph_after_a_line_break_is_set_off_only_when_it_opens_with_the_mark(analyzer):
    # block_quotes decides such paragraphs without calling is_set_off
    from biaslens.attribute.colons import is_set_off

    seen = 0
    for text in sample_texts() + ["Intro.\n\n  Indented quote here.\n\n> A quoted line.\n\tTabbed."]:
        seg = segment(ingest.read_text(text), analyzer._splitter)
        t = seg.document.text
        for para in seg.paragraphs:
            if para.start and t[para.start - 1] == "\n" and t[para.start] != ">":
                assert not is_set_off(t, para)
                seen += 1
    assert seen > 100


def test_first_word_of_a_view_is_the_first_key_that_begins_with_a_letter_or_digit(views):
    for v in views:
        assert v.first == next((i for i, k in enumerate(v.keys) if k[0].isalnum()), 0)


def test_a_text_without_quotation_marks_has_no_quotations_and_one_ending_in_a_mark_is_paired(analyzer):
    # find_quotes returns at once when the text holds no mark and no paragraph ends in a mark's character
    from biaslens.attribute import find_quotes

    plain = "The mayor said the plan works.\n\nCritics disagree, and the council will vote on Monday."
    assert find_quotes(segment(ingest.read_text(plain), analyzer._splitter)) == ()
    ending = "The mayor said it was Iran\u2019\n\n\u201cWe will fight,\u201d she said."
    quotes = find_quotes(segment(ingest.read_text(ending), analyzer._splitter))
    assert len(quotes) == 1 and quotes[0].closed


def test_verb_in_place_capital_test_after_a_lower_case_check_equals_the_plain_one(views):
    # verb_in_place asks `islower` first (most cues), then the capital test of `cap`
    words = [w for v in views for w in v.words] + ["ǅemal", "Ⅻ", "²", "1", "12", "éa", "É", "ß", "ſ", ""]
    for w in words:
        plain = w[:1].isupper() or w[:1].isdigit() and len(w) > 1
        assert (not (c := w[:1]).islower() and (c.isupper() or c.isdigit() and len(w) > 1)) == plain, w


def _fresh_views(analyzer, texts):
    rules = analyzer._attribution
    out = []
    for text in texts:
        seg = segment(ingest.read_text(text), analyzer._splitter)
        out += [SentenceView(rules, seg.document.text, s, -1, ()) for s in seg.sentences]
    return out


def test_np_before_kept_in_the_view_equals_a_fresh_search(analyzer):
    # np_before is found once a token and kept in the view (SentenceView.subjects)
    from biaslens.attribute.phrases import np_before

    kept = _fresh_views(analyzer, sample_texts())
    for v, w in zip(kept, _fresh_views(analyzer, sample_texts()), strict=True):
        for a in range(v.n):
            np_before(v, a)
        for a in range(v.n - 1, -1, -1):  # the other order, on a view of its own
            assert np_before(w, a) == v.subjects[a], (v.sent.text, a)
            assert np_before(v, a) is v.subjects[a]


def test_has_anonymity_answers_as_the_keys_do(analyzer):
    anonymity = analyzer._attribution.anonymity
    named = 0
    for v in _fresh_views(analyzer, sample_texts() + ["An aide, who was not authorized to speak, said so."]):
        assert v.has_anonymity == (not anonymity.isdisjoint(v.keys))
        named += v.has_anonymity
    assert named >= 2


def _plain_labels_a_quote(v, c):
    """labels_a_quote as written before the test of the word before the cue was moved first."""
    from biaslens.attribute.grammar import DETERMINERS
    from biaslens.attribute.phrases import np_before
    from biaslens.attribute.relatives import _SINGULAR_ARTICLES, _quote_after, _source_noun_label, bare_relative_start

    subj, _ = np_before(v, c.a)
    if subj is None or subj[0] == 0:
        return False
    if not _quote_after(v, c.b - 1):
        start = subj[0] - 2
        return subj[1] == c.a and start >= 0 and v.keys[start] in _SINGULAR_ARTICLES \
            and v.keys[start + 1].isalpha() and not v.cap(start + 1) and _source_noun_label(v, start, c.a - 1)
    return v.keys[subj[0] - 1] not in DETERMINERS and bare_relative_start(v, subj[0])


def test_labels_a_quote_equals_its_plain_form(analyzer):
    from biaslens.attribute.cues import find_cues
    from biaslens.attribute.phrases import np_before
    from biaslens.attribute.relatives import labels_a_quote

    texts = sample_texts() + ['The council approved a budget residents called "a disgrace" on Monday.',
                              "The mayor defended the levy, a move critics called reckless."]
    labelled = 0
    for v in _fresh_views(analyzer, texts):
        for c in find_cues(v):
            if c.a > 2:
                got = labels_a_quote(v, c, np_before)
                assert got == _plain_labels_a_quote(v, c), (v.sent.text, c)
                labelled += got
    assert labelled >= 2


def test_set_off_equals_its_plain_form(analyzer):
    # set_off asks parenthetical's last test (a comma closing the cue) before it finds the cue's subject
    from biaslens.attribute.cues import find_cues
    from biaslens.attribute.parenthetical import parenthetical
    from biaslens.attribute.phrases import np_before
    from biaslens.attribute.ranking import _holds_a_cue, set_off

    texts = sample_texts() + ["The union demanded higher pay, it said in a statement, and threatened to strike."]
    found = 0
    for v in _fresh_views(analyzer, texts):
        cues = find_cues(v)
        starts = {c.a for c in cues}
        for c in cues:
            plain = not (c.category != "speech" or c.nominal or c.bare_nominal or v.keys[c.b - 1].endswith("ing"))
            if plain:
                subj, _ = np_before(v, c.a)
                plain = subj is not None and not _holds_a_cue(subj, starts) \
                    and parenthetical(v, subj, (c.a, c.b)) is not None
            assert set_off(v, c, starts) == plain, (v.sent.text, c)
            found += plain
    assert found >= 2
