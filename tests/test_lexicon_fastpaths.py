"""The lexicon matcher's fast paths give exactly what the plain forms give (issue 20's cost budget)."""

from __future__ import annotations

import random

from biaslens.lexicon.contexts import in_context, parse_contexts

SPECS = ["sanctions *; tax *; * of the; * weather", "* #; * about #; the *", "a b *; * c d; # *", "* x",
         "'s *; the 's *"]
VOCAB = ["a", "b", "c", "d", "x", "the", "of", "tax", "taxes", "sanctions", "weather", "about", "12", "3rd", "t", ",",
         "worm's", "'s"]


def _in_context_plain(keys, first, end, contexts):
    """Every context compared word by word, no shortcut: what `in_context` must answer."""
    for before, after in contexts:
        b = first - len(before)
        if b < 0 or end + len(after) > len(keys):
            continue
        if all(keys[b + k] in allowed for k, allowed in enumerate(before)) and \
                all(keys[end + k] in allowed for k, allowed in enumerate(after)):
            return True
    return False


def test_in_context_answers_as_the_plain_comparison_does():
    rnd = random.Random(11)
    specs = [parse_contexts(s, "t") for s in SPECS]
    specs.append(tuple(specs[0]) + tuple(specs[1]))  # a plain tuple of contexts (no neighbour sets)
    hits = 0
    for _ in range(4000):
        keys = [rnd.choice(VOCAB) for _ in range(rnd.randint(1, 7))]
        first = rnd.randrange(len(keys))
        end = rnd.randint(first + 1, len(keys))
        for contexts in specs:
            want = _in_context_plain(keys, first, end, contexts)
            assert in_context(keys, first, end, contexts) == want, (keys, first, end)
            hits += want
    assert hits > 200  # the fuzz reaches the contexts, not only their misses


def _table(matcher):
    """Every exact (inflected) form of the matcher's terms, read back from its index."""
    table = {e.tokens: e for e in matcher.entries}
    for k, (one, after, before) in matcher._index.items():
        if one is not None:
            table.setdefault((k,), one)
        for terms in [*(after or {}).values(), *(before or {}).values()]:
            for _, _, key, e in terms:
                table.setdefault(key, e)
    return table


def _find_plain(table, keys):
    """Leftmost-longest by brute force over every exact form: what `find` must return."""
    longest = max(len(k) for k in table)
    out, i = [], 0
    while i < len(keys):
        for size in range(min(longest, len(keys) - i), 0, -1):
            e = table.get(tuple(keys[i:i + size]))
            if e is not None and not (e.unless and _in_context_plain(keys, i, i + size, e.unless)):
                out.append((i, i + size, e))
                i += size
                break
        else:
            i += 1
    return out


def test_find_on_the_builtin_matchers_matches_the_brute_force_search():
    """The built-in matchers (one-word terms taken at once, longer terms, unless contexts)
    against a brute-force leftmost-longest search, over sentences made of their own words."""
    from biaslens import Analyzer

    an = Analyzer()
    rnd = random.Random(5)
    for matcher in (an._scoring.matcher, an._attribution.cues, an._attribution.sources):
        entries, table = list(matcher.entries), _table(matcher)
        terms = [e for e in entries if len(e.tokens) > 1 or e.unless]
        context_words = [w for e in entries for before, after in e.unless for slot in before + after
                         if isinstance(slot, frozenset) for w in slot]
        vocab = sorted({k for e in rnd.sample(entries, 200) for k in e.tokens} | set(context_words[:300])
                       | {"the", "of", "a", "said", "30", ","})
        for _ in range(1500):
            keys = [rnd.choice(vocab) for _ in range(rnd.randint(0, 10))]
            if rnd.random() < 0.5:  # a whole longer term (or a term with contexts) somewhere in it
                at = rnd.randint(0, len(keys))
                keys[at:at] = rnd.choice(terms).tokens
            assert matcher.find(keys) == _find_plain(table, keys), keys


def test_the_context_word_s_stands_for_any_possessive():
    (ctx,) = [parse_contexts("'s *", "gut")]
    assert in_context(["in", "the", "worm's", "gut"], 3, 4, ctx)
    assert in_context(["trump's", "gut"], 1, 2, ctx)
    assert not in_context(["would", "gut", "the", "law"], 1, 2, ctx)
    assert not in_context(["gut"], 0, 1, ctx)
