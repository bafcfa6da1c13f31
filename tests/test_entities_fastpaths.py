"""The entity stage's fast paths give exactly what the plain forms give (issue 17's cost budget)."""

from __future__ import annotations

import random
import re

from biaslens import ingest
from biaslens.entities import mentions, shapes
from biaslens.entities.summaries import _words_between
from biaslens.segment import segment
from biaslens.tokens import count_words

TEXTS = [
    "Russian President Vladimir Putin met Sen. Ada Morel of Vermont and the Harbor Guild on Tuesday.",
    "'Mullah the Great' Ali Khamenei said the U.S. Department of State and al-Assad's O'Neill-Brown agreed.",
    "x-Ray, don’t-Stop Bob’s ÀB Éclair; 1,700 people (95%) said “It’s fine,” said Gov. Lund. Then: A.",
    "A", "-A", "a A", "'Bob", "x’Y Z", "\nA", "A\nB C", "ÀÉ ÖØ Þ", "mid-Word and end.Word",
    "Shares of Acme Corp fell. Critics of Radical Brewing Company say so. Meanwhile Mayor Ruiz said no.",
    "The Democrats' plan and ‘Captain Chaos’ Ines Duarte met the Brothers' Kitchen staff.",
]


def test_run_regex_finds_the_runs_of_the_lookbehind_first_form():
    glue = "|".join(sorted(mentions._GLUE | mentions._ORG_GLUE))
    word = mentions._NAME_WORD
    # (a later word may open with a particle and a hyphen: "Bashar al-Assad")
    later = rf"(?:[{mentions._CAP}]|(?:{'|'.join(sorted(mentions.NAME_PARTICLES))})-[{mentions._CAP}])[\w'’.&-]*"
    plain = re.compile(rf"(?<![\w'’-]){word}(?:[ \t]+(?:(?:{glue})[ \t]+)*{later})*")  # the look-behind first
    assert plain.pattern != mentions._RUN.pattern
    rng = random.Random(61)
    pieces = ["A", "Bo", "al", "al-", "de", "la", "of", "the", "and", "&", " ", " ", "\t", "\n", ".", "'", "’", "-",
              "x", "É", "1", ",", "bin", "Of", "AND", "ibn"]
    fuzzed = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(5000)]
    for text in TEXTS + _fuzz_texts(67, 500) + fuzzed:  # (possessive quantifiers: nothing given back)
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


NAME_VOCAB = ["Barack", "Obama", "Obama.", "Obama,", "Fox", "News", "Iran's", "Iran’s", "Iran‘s", "Foreign", "Ministry",
              "Harbor", "Guild", "and", "the", "The", "of", "for", "&", "Department", "State", "Secretary", "president",
              "President", "Sen.", "Gov.", "Mr.", "U.S.", "AT&T", "al-Assad", "al", "bin", "O'Neill-Brown",
              "Propagandist", "Zarif", "NAACP", "Democrats", "Tuesday", "However", "G20", "G20,000", "20%", "G20%",
              "F-35:", "COVID-19", "x-Ray", "1Abc", "said", "he", "she", "his", "their", "governor", "a", "spokesman",
              "“It", "fine,”", "(Reuters)", "—", ";", "Smith", "Ada", "Morel", "Vermont", "ÀB", "Éclair", "‘Bob",
              "who", ",", "Texas", "Ohio", "Ali", "Khamenei", "John", "Kerry", "x‘Yz", "Obama‘s", "A1.5,700", "A1.5",
              "B2.5%", "B2.5"]
SEPARATORS = [" "] * 12 + ["  ", "\t", " \t", ", ", ". "]


def _fuzz_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(NAME_VOCAB) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 18))).strip()
            for _ in range(n)]


def _plain_names(sent, rules, headline):
    """The plain form: every run found, cut and shaped afresh (no memo), its Candidates built in place."""
    from bisect import bisect_left

    text, starts, keys, words, base = sent.text, sent.starts, sent.keys, sent.words, sent.start
    first = next((k for k, w in enumerate(words) if w[:1].isalnum()), len(words))
    out = []
    for m in mentions._RUN.finditer(text):
        s, e = m.span()
        e = s + len(text[s:e].rstrip("'’"))  # a closing mark is no part of a name
        if e <= s:
            continue
        i, j = bisect_left(starts, base + s), bisect_left(starts, base + e)
        if i == first and (keys[i] in rules.opening_adverbs or keys[i] in ("but", "and", "yet", "so", "or", "nor")) \
                and i + 1 < j:
            i += 1  # "Meanwhile Mayor Ruiz", "But Roger Pilon": the run begins after the opening adverb or conjunction
        elif i == first and keys[i] in rules.part_heads and i + 2 < j and keys[i + 1] in ("of", "for"):
            i += 2  # "Shares of Acme Corp": the name begins after the part noun and its "of"
        if i and keys[i - 1] in rules.person_titles:
            i -= 1
        for a, b in mentions._split_run(keys, i, j, rules) if mentions._MAY_SPLIT.search(text, s, e) else [(i, j)]:
            if b == a + 1 and keys[a] in rules.skip_words:
                continue
            shape = shapes.part_shape(words[a:b], keys[a:b], rules, headline)
            if shape is None:
                continue
            f, last, name_keys, roles, classes, kind, gender, desc, lead, last_len = shape
            at, to = starts[a + f], starts[a + last] + last_len
            out.append(mentions.Candidate(
                sent.index, at, to, starts[a], text[at - base:to - base], name_keys, roles, classes, kind, gender,
                kind is not None, tuple((starts[a + k], starts[a + k] + len(words[a + k])) for k in desc),
                not lead and first >= a))
    return out


def test_names_from_the_run_memo_equal_the_plain_form(analyzer):
    """`sentence_names` remembers a run's candidates by its text (relative offsets); the same runs in
    other places and contexts (after a title, at the start, before "‘", ",000" or "%") must give what
    the plain form (every run shaped afresh) gives, on first sight and from the memo."""
    from dataclasses import replace

    rules = replace(analyzer._entities, cache={})
    seen = 0
    for text in TEXTS + _fuzz_texts(23, 700):
        seg = segment(ingest.read_text(text + "\n\n" + text), analyzer._splitter)  # each run twice
        for sent in seg.sentences:
            for headline in (False, True):
                plain = _plain_names(sent, rules, headline)
                assert mentions.sentence_names(sent, rules, headline) == plain, (sent.text, headline)
                assert mentions.sentence_names(sent, rules, headline) == plain, (sent.text, headline)
                seen += len(plain)
    assert seen > 2000
    assert any(isinstance(k, str) for k in rules.cache) and any(isinstance(k, tuple) for k in rules.cache)


class _Speech:
    def __init__(self, spans):
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def __contains__(self, pos):
        return any(a <= pos < b for a, b in zip(self.starts, self.ends, strict=True))


def _compound_end(keys, words, k, rules):
    """(head token, title) of the compound title token k opens ("chief financial officer"), else k's own."""
    for h in (k + 1, k + 2):
        if h >= len(words) or not words[h][:1].islower():
            break
        pair = f"{keys[h - 1]} {keys[h]}"
        if keys[h] in rules.titles and pair in rules.titles:
            return h, rules.titles[pair]
    return k, rules.titles[keys[k]]


def _plain_pointers(sent, rules, speech):
    """The plain form: every token, in order."""
    from biaslens.entities.lexicon import PRONOUNS

    out = []
    words, keys, starts = sent.words, sent.keys, sent.starts
    for k, key in enumerate(keys):
        if key not in rules.pointer_words or starts[k] in speech:
            continue
        end = starts[k] + len(words[k])
        if key in PRONOUNS:
            relative = k > 2 and keys[k - 1] in ("who", "whom") and words[k - 2] == "," and words[k - 3][:1].isupper()
            out.append(mentions.Pointer(sent.index, starts[k], end, "pronoun", key, PRONOUNS[key], relative))
            continue
        after = keys[k + 1] if k + 1 < len(keys) else ""
        capitalised_role = keys[k - 1] == "the" and after not in ("of", "for") if k else False
        if words[k][:1].isupper() and k and not capitalised_role or k + 1 < len(words) and words[k + 1][:1].isupper():
            continue
        det = [m for m in range(k - 1, max(-1, k - 4), -1) if keys[m] in ("the", "a", "an", "his", "her", "their",
                                                                              "its")]
        if det and not any(words[m] in (",", ";", ":") for m in range(det[0], k)):
            head, title = k, rules.titles[key]  # a compound title's pointer is made at its first word
            if any(keys[j] in rules.titles and _compound_end(keys, words, j, rules)[0] == k
                   for j in range(max(det[0], k - 2), k)):
                continue
            head, title = _compound_end(keys, words, k, rules)
            nxt = keys[head + 1] if head + 1 < len(keys) else ""
            if title.body and nxt.endswith("s") and (nxt in rules.group_nouns or nxt in rules.role_heads):
                continue  # "the council members": the body's people
            end = starts[head] + len(words[head])
            gender = "o" if title.body else title.gender
            out.append(mentions.Pointer(sent.index, starts[det[0]], end, "role", title.roles[0], gender, False))
    return out


def test_pointers_equal_the_plain_form_with_any_quoted_spans(analyzer):
    rules = analyzer._entities
    rng = random.Random(29)
    seen = 0
    for text in _fuzz_texts(31, 400):
        seg = segment(ingest.read_text(text), analyzer._splitter)
        size = len(seg.document.text)
        for _ in range(4):  # merged spans, as SpeechSpans keeps them: none, inside, across, around sentences
            cuts = sorted(rng.sample(range(size + 2), min(size + 2, rng.choice([0, 2, 4, 6]))))
            spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
            speech = _Speech(spans)
            for sent in seg.sentences:
                plain = _plain_pointers(sent, rules, speech)
                assert mentions.sentence_pointers(sent, rules, speech) == plain, (sent.text, spans)
                cues = rules.sentence_cues.intersection(sent.keys)  # as `resolve_entities` hands them over
                assert mentions.sentence_pointers(sent, rules, speech, cues) == plain, (sent.text, spans)
                seen += len(plain)
    assert seen > 300


def test_strip_possessive_is_the_plain_tail_loop():
    def plain(word):
        for tail in ("'s", "’s", "'", "’"):
            if word.endswith(tail) and len(word) > len(tail):
                return word[: -len(tail)]
        return word

    rng = random.Random(41)
    words = ["", "s", "'", "’", "'s", "’s", "s'", "ss", "Iran's", "Iran’s", "Jones'", "Jones’", "News", "’'s"]
    words += ["".join(rng.choice("as'’S") for _ in range(rng.randint(1, 5))) for _ in range(2000)]
    for word in words:
        assert shapes._strip_possessive(word) == plain(word), word


def test_quoted_words_of_most_of_a_sentence_count_the_tokens_outside(analyzer):
    # the stretches framing counts most: a sentence's reported speech beside a short "she said", and
    # the whole sentence (the sentence's word count less the tokens outside the stretch)
    text = "“It’s fine, all 1,700 of them (95%) were paid,” said Gov. Lund, who left."
    seg = segment(ingest.read_text(text), analyzer._splitter)
    full = seg.document.text
    for sent in seg.sentences:
        for k in range(len(sent.starts) + 1):
            for a, b in ((sent.start, sent.starts[k] if k < len(sent.starts) else sent.end),
                         (sent.starts[k] if k < len(sent.starts) else sent.end, sent.end)):
                assert _words_between(sent, a, b, full) == count_words(full[a:b])



def test_new_plain_runs_equal_the_plain_form(analyzer):
    """`_plain_part` (a new run of words that are no title, loaded or function word) composes the
    shape from the words' memoised facts: runs of listed places and outlets, organisation words
    (with and without a possessive), given names, in headlines and not, must give what `_shape` gives."""
    from dataclasses import replace

    base = analyzer._entities
    rng = random.Random(53)
    vocab = ["Harbor", "Guild", "Smith", "Morel", "Ada", "John", "Kerry", "NAACP", "Zorva", "Dept", "Ministry's",
             "Department’", "MINISTRY", "Texas", "Ohio", "Fox", "News", "Democrats", "G20", "Obama.", "Reuters"]
    vocab += [w.capitalize() for t in sorted(base.media)[:30] + sorted(base.places)[:30] for w in t]
    vocab += [w.capitalize() for w in sorted(base.org_words)[:30] + sorted(base.given_names)[:30]]
    seen = 0
    for n in range(300):
        rules = replace(base, cache={}, words={} if n % 2 else base.words)
        run = " ".join(rng.choice(vocab) for _ in range(rng.randint(2, 4)))
        for text in (f"We saw {run} there.", f"We saw {run}.", f"{run} said so"):
            for sent in segment(ingest.read_text(text), analyzer._splitter).sentences:
                for headline in (False, True):
                    plain = _plain_names(sent, rules, headline)
                    assert mentions.sentence_names(sent, rules, headline) == plain, (sent.text, headline)
                    seen += len(plain)
    assert seen > 1000


def test_records_built_by_their_own_new_equal_the_class_call():
    """`resolve_entities` builds its records through `fast_init`'s `__new__` directly (no type call)."""
    from biaslens import entities
    from biaslens.entities.records import Entities, Entity, Mention
    from biaslens.types import Attribution

    cases = [(Mention, entities._new_mention, (3, 9, 1, 0, "pronoun")),
             (Entity, entities._new_entity, ("ada-morel", "Ada Morel", "person", ("Sen.",), frozenset({"senator"}),
                                             "f", ("Ada Morel", "Morel"))),
             (Attribution, entities._new_attribution, (True, "said", "Morel", "person", "said", None, "r", (0, 5),
                                                       (6, 10), ((11, 20),), None, "Morel", "Ada Morel", (),
                                                       "name")),
             (Entities, entities._new_entities, (None, (), (), (((1, 2), 0),), (0,), None))]
    for cls, new, args in cases:
        fast, plain = new(cls, *args), cls(*args)
        assert type(fast) is cls and fast == plain and repr(fast) == repr(plain) and hash(fast) == hash(plain)


def test_new_group_equals_the_group_constructor():
    from biaslens.entities.coref import Group, new_group

    rng = random.Random(43)
    for _ in range(300):
        keys = tuple(rng.sample(["ada", "morel", "fox", "news"], rng.randint(0, 3)))
        name = " ".join(keys).title()
        kind = rng.choice([None, "", "person", "media", "group", "place"])
        cand = mentions.Candidate(0, 1, 2, 0, name, keys, (), frozenset(), None, None, True, ())
        pairs = [(new_group(keys, name), Group(cand)), (new_group((), name, kind), Group(name=name, kind=kind))]
        for fast, plain in pairs:
            assert [getattr(fast, s) for s in Group.__slots__] == [getattr(plain, s) for s in Group.__slots__]


def test_group_name_and_type_loops_equal_the_max_and_min_forms():
    from biaslens.entities.coref import _TYPE_RANK, name_of, new_group, type_of

    rng = random.Random(47)
    kinds = ["person", "official", "media", "institution", "group", "place", "data", "anonymous", "other"]
    for _ in range(3000):
        g = new_group((), rng.choice(["Ada", "Ada Morel", "Sen. Ada Morel", "The Harbor Guild"]))
        for name in rng.sample(["Morel", "Ada B. Morel", "Harbor Guild", "A B", "X Y Z", "Q"], rng.randint(0, 4)):
            if name not in g.names:
                g.names.append(name)
        for _ in range(rng.randint(0, 5)):
            g.vote(rng.choice(kinds))
        g.human, g.body = rng.random() < 0.5, rng.random() < 0.3
        g.classes = set(rng.sample(["senator", "governor"], rng.randint(0, 1)))
        names, types = g.names, g.types
        assert name_of(g) == max(names, key=lambda n: (len(n.split()), -names.index(n)))
        if len(types) > 1:
            best = min(types, key=lambda t: (_TYPE_RANK.get(t, 9), -types[t]))
            plain = "person" if best == "official" and "person" in types and not g.classes and not g.body else best
            assert type_of(g) == plain


def _plain_whole_kind(whole, rules):
    """`shapes._whole_kind` as it read the lists before `EntityRules.listed`."""
    places, media = rules.places, rules.media
    if whole in places:
        return "place"
    if whole in media or ("the",) + whole in media:
        return "media"
    if whole[0] == "the" and len(whole) > 1:
        if whole[1:] in places:
            return "place"
        if whole[1:] in media:
            return "media"
    folded = shapes._folded(whole)
    if folded is not None and (folded in places or folded[0] == "the" and folded[1:] in places):
        return "place"
    return None


def test_listed_places_and_outlets_are_what_the_lists_say(analyzer):
    rules = analyzer._entities
    lists = rules.places | rules.media
    wholes = set(lists) | {("the", *w) for w in lists} | {w[1:] for w in lists if len(w) > 1}
    wholes |= {("the", "the", *w) for w in lists} | {("bogotá",), ("the", "brasília"), ("harbor",), ("the",)}
    for whole in sorted(w for w in wholes if w):
        assert shapes._whole_kind(whole, rules) == _plain_whole_kind(whole, rules), whole
