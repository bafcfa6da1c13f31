"""Mentions: where a sentence names a person, organisation, group or place.

A name is a run of capitalised words (with the glue of names: initials, "al-",
"bin", "of" inside an organisation's name). The titles and role nouns inside
the run ("Russian President", "Gov.") are the entity's roles, never its name,
and a loaded word inside it ("Propagandist") is the writer's descriptor. A run
is an entity when something says so: a title, a listed given name, an
organisation word, a listed place or outlet, an acronym, a party's members,
or a later surname of a full name already seen. Pronouns and role nouns
("the governor") are found by `pointers` and resolved by `coref`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter
from typing import NamedTuple

from ..types import Sentence, Span
from .lexicon import PRONOUNS as _PRONOUNS  # noqa: F401 - `speakers` takes it from here
from .lexicon import EntityRules
from .pointers import Pointer, sentence_pointers  # noqa: F401 - the stage and `coref` take them from here

_GLUE = frozenset({"al", "al-", "bin", "ibn", "de", "van", "von", "der", "da", "del", "la", "le", "du", "el", "abu"})
_ORG_GLUE = frozenset({"of", "for", "&", "the", "and"})  # only inside an organisation's name
_OF_FOR = frozenset({"of", "for"})
_CAP = "A-ZÀ-ÖØ-Þ"  # Latin capitals
_NAME_WORD = rf"[{_CAP}][\w'’.&-]*"
# a run of capitalised words, with the glue of names between them ("bin", "al", "de"; "of", "for",
# "the", "&" inside an organisation's name: `_split_run` undoes those elsewhere)
_MAY_SPLIT = re.compile(r"['’]|\s(?:of|for|the|&|and)\s")
# (the capital first, the look-behind after it: the engine then skips to the next capital in C
# instead of trying the look-behind at every character; the same runs as a look-behind first)
# Possessive quantifiers (`*+`, `++`): nothing a part takes is ever given back (a word's characters are no
# space, a glue word is lower case and a name word begins with a capital), so the engine keeps no
# backtracking points: the same runs, about a tenth fewer instructions.
_RUN = re.compile(rf"[{_CAP}](?<![\w'’-].)[\w'’.&-]*+(?:[ \t]++(?:(?:{'|'.join(sorted(_GLUE | _ORG_GLUE))})[ \t]++)*+"
                  rf"[{_CAP}][\w'’.&-]*+)*+")
_POSSESSIVE_LAST = frozenset("s'’")


class Candidate(NamedTuple):
    """A name as found in one sentence, before linking."""

    sentence: int
    start: int  # the name's offsets (titles excluded)
    end: int
    np_start: int  # where the noun phrase begins (titles and descriptors included)
    name: str
    keys: tuple[str, ...]
    roles: tuple[str, ...]
    role_classes: frozenset[str]
    type: str | None
    gender: str | None
    strong: bool
    descriptors: tuple[Span, ...]
    initial: bool = False  # the sentence's first word: capitalised for grammar, not as a name


def _title_key(k: str) -> str:
    k = k.rstrip(".")
    return k[:-6] if k.endswith("-elect") else k


def sentence_names(sent: Sentence, rules: EntityRules, headline: bool = False) -> list[Candidate]:
    """The name candidates of one sentence, left to right. Runs of capitalised words come from one
    regex pass; what a run says is memoised by its text (`_templates`: its candidates, offsets relative
    to the run), so a run seen before costs a bisection, a dictionary lookup and its Candidates."""
    text, starts, keys = sent.text, sent.starts, sent.keys
    base, index, titles, plans = sent.start, sent.index, rules.person_titles, rules.cache
    # an opening mark typed inside a word ("Iran‘s"): a run may begin or end inside a token; nothing remembered
    plain = "‘" in text
    recall = _NOTHING.get if plain else plans.get
    out: list[Candidate] = []
    first = -1  # the sentence's first word token (found on the first run): a name there may be grammar's capital
    for m in _RUN.finditer(text):
        if first < 0:
            first = _first_word(sent.words)
        s, e = m.span()
        i = bisect_left(starts, base + s)
        if i and keys[i - 1] in titles:
            i -= 1  # "his Russian counterpart Sergey", "former president Barack Obama"
            key = (text[starts[i] - base:e], headline, 0)  # (a title and a run: never a run's own key)
        else:
            key = (text[s:e], True) if headline else text[s:e]
        plan = recall(key)
        if plan is None:
            plan = _templates(sent, s, e, i, rules, headline)
            if not plain:
                _remember(plans, key, plan, text[e - 1])
        if not plan:
            continue
        o = starts[i]
        for at, to, np, fields, desc, lead, a in plan:  # (`fields`: the Candidate's from `name` to `strong`)
            out.append(_new_candidate(Candidate, (index, o + at, o + to, o + np, *fields,
                                                  tuple([(o + x, o + y) for x, y in desc]) if desc else (),
                                                  not lead and first >= i + a)))
    return out


_new_candidate = tuple.__new__  # a Candidate (or Pointer) from all its fields, in order (no keyword handling)
_NO_CLASSES: frozenset[str] = frozenset()
_STRIPPED, _SPECIAL = itemgetter(0), itemgetter(4)  # of a word's facts (`_word`)
_NOTHING: dict = {}  # (never written: the memo of a sentence with "‘")


def _first_word(words: list[str]) -> int:
    return 0 if words[0][:1].isalnum() else next((k for k, w in enumerate(words) if w[:1].isalnum()), len(words))


def _remember(plans: dict, key, plan: tuple, last: str) -> None:
    """Keep a run's templates by its text. Outside a sentence with "‘", a run starts and ends where
    tokens do (its first capital follows no word, apostrophe or hyphen; the character after it is no
    word character, apostrophe, hyphen or period), so the same text is always the same tokens; unless
    it ends in a digit ("G20" before ",000" or "%": the number token goes on: never remembered)."""
    if last.isdigit():
        return
    if len(plans) > 50_000:
        plans.clear()
    plans[key] = plan


def _templates(sent: Sentence, s: int, e: int, i: int, rules: EntityRules, headline: bool) -> tuple:
    """What the run text[s:e] (from token i: its title, if one stands before it) gives, part by part:
    Candidates' fields with offsets relative to token i's start, the sentence's index and `initial`
    left out (`lead`, and the part's first token relative to i, in their place); the fields from
    `name` to `strong` as one tuple."""
    text, keys, words, starts, base = sent.text, sent.keys, sent.words, sent.starts, sent.start
    j = bisect_left(starts, base + e)
    if j - i == 1:  # one token (four in ten of the new runs)
        return _one_token(words[i], keys[i], rules, headline, True)
    if i >= j:
        return ()  # (a run begun after "‘" inside the sentence's last token)
    parts = _split_run(keys, i, j, rules) if _MAY_SPLIT.search(text, s, e) else None
    if parts is None or len(parts) == 1 and parts[0] == (i, j):  # not cut ("Donald Trump's")
        if j - i == 2 and keys[i + 1] == ".":  # "Indiana." ending a sentence: one word's shape
            return _one_token(words[i], keys[i], rules, headline, False)
        plain = _plain_part(sent, i, j - 1 if keys[j - 1] == "." else j, rules, headline)
        if plain is not None:
            return plain
        parts = ((i, j),)
    o = starts[i]
    out = []
    # (one token is never cut)
    for a, b in parts:
        if b == a + 1:  # "Iran's" of "Iran's Foreign Ministry": `_one_token`'s template, moved
            d = starts[a] - o
            for _, n, _, fields, desc, _, _ in _one_token(words[a], keys[a], rules, headline, True):
                out.append((d, d + n, d, fields, ((d, d + len(words[a])),) if desc else (), False, a - i))
            continue
        shape = _shape(words[a:b], keys[a:b], rules, headline)
        if shape is None:
            continue
        f, last, name_keys, roles, classes, kind, gender, desc, lead, last_len = shape
        at, to = starts[a + f], starts[a + last] + last_len
        out.append((at - o, to - o, starts[a] - o, (text[at - base:to - base], name_keys, roles, classes, kind,
                    gender, kind is not None), tuple([(starts[a + k] - o, starts[a + k] + len(words[a + k]) - o)
                                                     for k in desc]) if desc else (), lead, a - i))
    return tuple(out)


def _one_token(word: str, key: str, rules: EntityRules, headline: bool, skip: bool) -> tuple:
    """`_templates` of a run of one token (or of one and a period: `skip` False): `_shape` of the one
    word (its rules for one word, read from the word's memoised facts) as the run's one template, or ()."""
    if skip and key in rules.skip_words or word == ".":
        return ()  # "The", "However", "Tuesday"
    memo = rules.words
    stripped, title, _, drop, _, org_key, org = memo.get(key) or _word(memo, key, rules)
    whole = (stripped,)
    if whole in rules.places:
        kind = "place"
    elif whole in rules.media or ("the", stripped) in rules.media:
        kind = "media"
    else:
        kind = org_key
    if kind is None and (title or drop) or key in rules.not_names:
        return ()  # a title or a function or loaded word alone, or never a name
    if kind is None:  # `_listed_kind` of one word
        if org and word.isupper():
            kind = org
        elif stripped in rules.party_nouns:
            kind = "group"
        elif word.isupper() and word.isalpha() and 2 <= len(word) <= 6:
            kind = "institution"  # an acronym: NAACP, UNESCO
    n = len(_strip_possessive(word))
    return ((0, n, 0, (word[:n], whole, (), _NO_CLASSES, kind, None, kind is not None),
             ((0, len(word)),) if key in rules.loaded else (), False, 0),)


def _plain_part(sent: Sentence, i: int, j: int, rules: EntityRules, headline: bool) -> tuple | None:
    """`_templates` of a run of tokens i..j (at least two, no cut; a period after them left out) in the
    common case, or None for the general rules: no period token among them, and no word a title or a
    loaded or function word (so no roles or descriptors, the name is the whole run: `_shape` with
    `p0` 0, from the words' facts)."""
    keys = sent.keys
    memo = rules.words
    info = list(map(memo.get, keys[i:j]))  # (C-level; the words not seen before filled in after)
    if None in info:
        info = [w or _word(memo, k, rules) for w, k in zip(info, keys[i:j], strict=True)]
    special = list(map(_SPECIAL, info))
    if True in special:
        t = special.index(False) if False in special else len(info)  # the special words in front
        if True in special[t:]:
            return None
        return _led_part(sent, i, j, t, info, rules, headline)
    whole = tuple(map(_STRIPPED, info))
    media = rules.media
    if whole in rules.places:
        kind = "place"
    elif whole in media or ("the",) + whole in media:
        kind = "media"
    else:
        kind = info[-1][5]  # "Justice Department": a body's name
        if kind is None:  # `_listed_kind` of two words or more: the last organisation word, or a given name
            for w in reversed(info):
                if w[6] is not None:
                    kind = w[6] or None
                    break
            if kind is None and not headline and whole[0] in rules.given_names:
                kind = "person"
    not_names = rules.not_names
    if keys[i] in not_names and not_names.issuperset(keys[i:j]):
        return ()
    words, starts = sent.words, sent.starts
    o = starts[i]
    to = starts[j - 1] + len(_strip_possessive(words[j - 1]))
    return ((0, to - o, 0, (sent.text[o - sent.start:to - sent.start], whole, (), _NO_CLASSES, kind,
                            rules.given_names.get(whole[0]), kind is not None), (), False, 0),)


def _led_part(sent: Sentence, i: int, j: int, t: int, info: list, rules: EntityRules, headline: bool):
    """`_plain_part` of a run whose plain words follow titles, loaded or function words and periods
    ("Former Rep. John Delaney", "But Flynn"): the name is the plain words, the titles its roles
    (`_shape` with `p0` there). None for the general rules: no plain word, "of" or "for" in front
    ("Secretary of State Hillary Clinton"), or a listed or organisation name."""
    keys, words, starts = sent.keys, sent.words, sent.starts
    front = keys[i:i + t]
    if i + t >= j or "of" in front or "for" in front:
        return None
    whole = tuple([w[0] for w in info if w[0] != "."])
    if info[-1][5] is not None or _whole_kind(whole, rules) is not None:
        return None
    name_keys = whole[len(whole) - (j - i - t):]
    not_names = rules.not_names
    if keys[i + t] in not_names and not_names.issuperset(keys[i + t:j]):
        return ()
    role_k = [k for k in range(t) if not info[k][3] and front[k] != "."]
    titles = [info[k][2] for k in role_k if info[k][2] is not None]
    gender = next((x.gender for x in reversed(titles) if x.gender), None) if titles else None
    gender = gender or (rules.given_names.get(name_keys[0]) if j - i - t > 1 else None)
    kind = _name_kind(name_keys, words[i + t], titles, rules, headline)
    o, at, base = starts[i], starts[i + t], sent.start
    to = starts[j - 1] + len(_strip_possessive(words[j - 1]))
    roles = (" ".join([words[i + k] for k in role_k]),) if role_k else ()
    classes = frozenset([c for x in titles for c in x.roles]) if titles else _NO_CLASSES
    fields = (sent.text[at - base:to - base], name_keys, roles, classes, kind, gender, kind is not None)
    desc = () if rules.loaded.isdisjoint(front) else tuple(
        [(starts[i + k] - o, starts[i + k] + len(words[i + k]) - o) for k in range(t) if front[k] in rules.loaded])
    return ((at - o, to - o, 0, fields, desc, any([w[:1].isalnum() for w in words[i:i + t]]), 0),)


def _split_run(keys: tuple[str, ...], i: int, j: int, rules: EntityRules) -> list[tuple[int, int]]:
    """A run cut after a possessive ("Iran's Foreign Ministry" is two names), at its glue words unless it
    names an organisation ("Vasko of Arvand" is a name and a place), and at an "and" between two
    organisations or before a new "the" ("the Harbor Guild and the Ferry Union"; not "Institute for
    Harbor and Coastal Affairs")."""
    out = []
    a = i
    orgs = [k for k in range(i, j) if keys[k] in rules.org_words]
    for k in range(i, j):
        key = keys[k]
        if key.endswith(("'s", "'")) and k + 1 < j:
            out.append((a, k + 1))
            a = k + 1
        elif key in _ORG_GLUE and k > a and (not orgs or key in ("and", "&") and (
                k + 1 < j and keys[k + 1] == "the" or any(o < k for o in orgs) and any(o > k for o in orgs))):
            out.append((a, k))
            a = k + 2 if key in ("and", "&") and k + 1 < j and keys[k + 1] == "the" else k + 1
    if a < j:
        out.append((a, j))
    return out


def _strip_possessive(word: str) -> str:
    """The word without a possessive's "'s", "’s", "'" or "’" (never all of it)."""
    last = word[-1:]
    if last not in _POSSESSIVE_LAST:
        return word
    if last == "s":
        return word[:-2] if len(word) > 2 and word[-2] in "'’" else word
    return word[:-1] if len(word) > 1 else word


class _Shape(NamedTuple):
    """What a run's words say, whatever sentence they stand in (memoised per EntityRules)."""

    first: int  # the name's first and last token, relative to the run
    last: int
    keys: tuple[str, ...]
    roles: tuple[str, ...]
    classes: frozenset[str]
    kind: str | None
    gender: str | None
    descriptors: tuple[int, ...]  # loaded tokens, relative to the run
    lead: bool  # a word token stands in the run before the name
    last_len: int  # the length of the name's last word, a possessive's "'s" left out


def _word(memo: dict, key: str, rules: EntityRules) -> tuple:
    """What one token key says, memoised per EntityRules: its possessive-free form, whether it is a
    title before a person's name, its `Title` (or None), whether a name leaves it out in front
    (a loaded or function word), whether any of these or a period (`_plain_part` steps aside), and
    the organisation word it is, as it stands and without a possessive (or None)."""
    if len(memo) > 50_000:
        memo.clear()
    tk = _title_key(key)
    title = tk in rules.person_titles
    drop = key in rules.loaded or key in rules.function_words
    stripped = _strip_possessive(key)
    memo[key] = info = (stripped, title, rules.titles.get(tk), drop, title or drop or key == ".",
                        rules.org_words.get(key), rules.org_words.get(stripped))
    return info


def _shape(words: list[str], keys: list[str], rules: EntityRules, headline: bool) -> _Shape | None:
    idx = [k for k, w in enumerate(words) if w != "."] if "." in words else list(range(len(words)))
    if not idx:
        return None
    memo = rules.words
    info = [memo.get(keys[k]) or _word(memo, keys[k], rules) for k in idx]
    whole = tuple([w[0] for w in info])
    kind = _whole_kind(whole, rules)
    if kind is None and keys[idx[-1]] in rules.org_words:
        kind = rules.org_words[keys[idx[-1]]]  # "Justice Department": a body's name, not a title and a name
    p0 = _name_start(info, idx, keys, kind, rules)  # the name is idx[p0:]
    n = len(idx)
    not_names = rules.not_names
    if p0 >= n or keys[idx[p0]] in not_names and not_names.issuperset([keys[idx[q]] for q in range(p0, n)]):
        return None
    if p0:
        role_p = [q for q in range(p0) if not info[q][3]]
        roles = (" ".join([words[idx[q]] for q in role_p]),) if role_p else ()
        titles = [info[q][2] for q in role_p if info[q][2] is not None]
        classes = frozenset([c for t in titles for c in t.roles]) if titles else frozenset()
        gender = next((t.gender for t in reversed(titles) if t.gender), None) if titles else None
    else:  # (no words before the name: no roles)
        roles, titles, classes, gender = (), (), frozenset(), None
    name_keys = whole[p0:]
    gender = gender or (rules.given_names.get(name_keys[0]) if n - p0 > 1 else None)
    at = idx[p0]
    if kind is None:
        kind = _name_kind(name_keys, words[at], titles, rules, headline)
    lead = at > 0 and any([w[:1].isalnum() for w in words[:at]])
    loaded = rules.loaded
    return _new_candidate(_Shape, (at, idx[-1], name_keys, roles, classes, kind, gender,
                                   () if loaded.isdisjoint(keys) else tuple([k for k in idx if keys[k] in loaded]),
                                   lead, len(_strip_possessive(words[idx[-1]]))))


def _name_start(info: list, idx: list[int], keys, kind: str | None, rules: EntityRules) -> int:
    """Where the name begins among a run's words (`_word` facts `info` of the words `idx`): after
    the titles of a person, and after loaded and function words."""
    n = len(idx)
    p0 = 0
    if kind is not None:
        while n - p0 > 1 and info[p0][3]:
            p0 += 1
        return p0
    for p in range(n):
        if info[p][1]:
            p0 = p + 1  # after the last title
    given_names = rules.given_names
    for p in range(p0 + 1, n):
        if keys[idx[p]] in given_names:
            if not _OF_FOR.isdisjoint([keys[idx[q]] for q in range(p0, p)]):
                p0 = p  # "Secretary of State Hillary Clinton"
            break
    while p0 < n and info[p0][3]:
        p0 += 1  # "Propagandist Zarif", sentence-initial "The"
    return p0


def _whole_kind(whole: tuple[str, ...], rules: EntityRules) -> str | None:
    """A run that is, as a whole, a listed place or outlet."""
    places, media = rules.places, rules.media
    if whole in places:
        return "place"
    if whole in media or ("the",) + whole in media:
        return "media"
    if whole[0] == "the" and len(whole) > 1:  # "the Kremlin": the words after the article
        rest = whole[1:]
        if rest in places:
            return "place"
        if rest in media:  # (("the",) + rest is `whole`, looked up above)
            return "media"
    return None


def _name_kind(name: tuple[str, ...], first: str, titles, rules: EntityRules, headline: bool) -> str | None:
    """The entity type a name's own words give, or None (no evidence yet)."""
    if name in rules.places:
        return "place"
    if name in rules.media:
        return "media"
    return _listed_kind(name, first, titles, rules, headline)


def _listed_kind(name: tuple[str, ...], first: str, titles, rules: EntityRules, headline: bool) -> str | None:
    """`_name_kind` of a name that is no listed place or outlet: its organisation word, party, acronym,
    title or given name."""
    org_words = rules.org_words
    org = None if org_words.keys().isdisjoint(name) else \
        next((org_words[k] for k in reversed(name) if k in org_words), None)
    if org and (len(name) > 1 or first.isupper()):
        return org
    if len(name) == 1 and name[0] in rules.party_nouns:
        return "group"
    if len(name) == 1 and first.isupper() and first.isalpha() and 2 <= len(first) <= 6:
        return "institution"  # an acronym: NAACP, UNESCO
    if titles:
        return titles[-1].type
    if len(name) > 1 and name[0] in rules.given_names and not headline:
        return "person"
    return None
