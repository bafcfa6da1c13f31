"""Shapes: what a run of capitalised words says, from its words (the rules of `mentions`).

A run's words are looked up once per word (`_word`: a bounded memo per EntityRules); `part_shape` applies
the general rules to a run's part, `one_token`, `plain_part` and `_led_part` the same rules to the
common runs (one word; plain words, after titles, function or loaded words or not) without its lists.
"""

from __future__ import annotations

from typing import NamedTuple

from ..tokens import NAME_SUFFIXES, acronym, camel_case
from ..types import Sentence
from .lexicon import EntityRules
from .titlewords import _singular_role, _title_key, listed_title_key, plural_title, portfolio_end, role_text

_OF_FOR = frozenset({"of", "for"})
_OF_THE = frozenset({"of", "for", "the"})  # the function words a role keeps between its words
_POSSESSIVE_LAST = frozenset("s'’")
_NO_CLASSES: frozenset[str] = frozenset()
_new = tuple.__new__  # a record from all its fields, in order (no keyword handling)
# The places of a word's facts in the tuples `_word` makes (see there)
_STRIPPED, _TITLE, _TITLE_RECORD, _DROP, _SPECIAL, _ORG, _ORG_STRIPPED = range(7)


def one_token(word: str, key: str, rules: EntityRules, headline: bool, skip: bool) -> tuple:
    """`_templates` of a run of one token (or of one and a period: `skip` False): `part_shape` of the one
    word (its rules for one word, read from the word's memoised facts) as the run's one template, or ()."""
    if skip and key in rules.skip_words or word == ".":
        return ()  # "The", "However", "Tuesday"
    memo = rules.words
    stripped, title, _, drop, _, org_key, org = memo.get(key) or _word(memo, key, rules)
    whole = (stripped,)
    kind = _whole_kind(whole, rules) or org_key
    listed = kind is not None
    if kind is None and (title or drop and not _loaded_surname(stripped, rules)) or key in rules.not_names \
            or stripped in rules.not_names:
        return ()  # a title or a function or loaded word alone, or never a name
    n = len(_strip_possessive(word))
    if kind is None:  # `_listed_kind` of one word
        bare = word[:n]  # (without a possessive: "IMF's")
        if org and bare.isupper():
            kind = org
        elif stripped in rules.party_nouns:
            kind = "group"
        elif acronym(bare):
            kind = "institution"  # an acronym: NAACP, UNESCO, "the IMF's forecasts"
        elif camel_case(bare):
            kind = "institution"  # a brand's two words run together: FactSet, BlackRock, PayPal
    return ((0, n, 0, (word[:n], whole, (), _NO_CLASSES, kind, None, kind is not None),
             ((0, len(word)),) if listed and key in rules.loaded else (), False, 0),)


def _loaded_surname(stripped: str, rules: EntityRules) -> bool:
    """A loaded word alone that may be a surname ("Lynch" after "Mick Lynch"): no function word nor a
    compound; kept as a name of unknown type, which linking keeps only when it joins a person named in
    full or recurs as a name."""
    return stripped in rules.loaded and stripped not in rules.function_words and "-" not in stripped


def plain_part(sent: Sentence, i: int, j: int, rules: EntityRules, headline: bool) -> tuple | None:
    """`_templates` of a run of tokens i..j (at least two, no cut; a period after them left out) in the
    common case, or None for the general rules: no period token among them, and no word a title or a
    loaded or function word (so no roles or descriptors, the name is the whole run: `part_shape` with
    `p0` 0, from the words' facts)."""
    keys = sent.keys
    memo = rules.words
    info = [memo.get(k) or _word(memo, k, rules) for k in keys[i:j]]
    t = 0  # the special words in front
    for w in info:
        if not w[_SPECIAL]:
            break
        t += 1
    for w in info[t + 1:]:
        if w[_SPECIAL]:
            return None
    if t:
        return _led_part(sent, i, j, t, info, rules, headline)
    if j - i > 2 and keys[i + 1] in rules.given_names and (keys[i] in rules.person_roles or _member(keys[i], rules)) \
            or plural_title(keys[i], rules):
        return None  # "Negotiator Peter Lund", "Senators Smith": `part_shape` keeps the role apart
    whole = tuple([w[_STRIPPED] for w in info])
    # (no plain word is "the": a function word; so `_whole_kind` is a listed place or outlet as it stands)
    kind = _whole_kind(whole, rules)
    if kind is None:
        kind = info[-1][_ORG] or ("institution" if whole[-1] in rules.name_ends else None)  # "Justice Department"
        if kind is None:  # `_listed_kind` of two words or more: the last organisation word, or a given name
            for w in reversed(info):
                if w[_ORG_STRIPPED] is not None:
                    kind = w[_ORG_STRIPPED] or None
                    break
            if kind is None and whole[-1] in rules.party_nouns:
                kind = "group"  # "Liberal Democrats", "Young Republicans": party members, as "Democrats" alone
            elif kind is None and not headline and whole[0] in rules.given_names:
                kind = "person"
            elif kind is None and not headline and whole[-1] in rules.group_nouns:
                kind = "institution"  # "United Auto Workers": a body named for its members
    not_names = rules.not_names
    if whole[0] in not_names and not_names.issuperset(whole):  # (possessives stripped: "Tuesday's")
        return ()
    words, starts = sent.words, sent.starts
    o = starts[i]
    to = starts[j - 1] + len(_strip_possessive(words[j - 1]))
    return ((0, to - o, 0, (sent.text[o - sent.start:to - sent.start], whole, (), _NO_CLASSES, kind,
                            _given_gender(whole, kind, rules), kind is not None), (), False, 0),)


def _led_part(sent: Sentence, i: int, j: int, t: int, info: list, rules: EntityRules, headline: bool):
    """`plain_part` of a run whose plain words follow titles, loaded or function words and periods
    ("Former Rep. John Delaney", "But Flynn"): the name is the plain words, the titles its roles
    (`part_shape` with `p0` there). None for the general rules: no plain word, "of" or "for" in front
    ("Secretary of State Hillary Clinton"), or a listed or organisation name."""
    keys, words, starts = sent.keys, sent.words, sent.starts
    front = keys[i:i + t]
    if i + t >= j or "of" in front or "for" in front:
        return None
    whole = tuple([w[_STRIPPED] for w in info if w[_STRIPPED] != "."])
    if info[-1][_ORG] is not None or whole[-1] in rules.name_ends or _whole_kind(whole, rules) is not None \
            or keys[i + t] in rules.org_words:
        return None  # (and "General Union of Workers": `_name_start` keeps the title as a word of the name)
    name_keys = whole[len(whole) - (j - i - t):]
    not_names = rules.not_names
    if name_keys[0] in not_names and not_names.issuperset(name_keys):
        return ()
    role_k = [k for k in range(t) if not info[k][_DROP] and front[k] != "."]
    titles = [info[k][_TITLE_RECORD] for k in role_k if info[k][_TITLE_RECORD] is not None]
    gender = next((x.gender for x in reversed(titles) if x.gender), None) if titles else None
    gender = gender or (rules.given_names.get(name_keys[0]) if j - i - t > 1 else None)
    kind = _name_kind(name_keys, _strip_possessive(words[i + t]), titles, rules, headline)
    o, at, base = starts[i], starts[i + t], sent.start
    to = starts[j - 1] + len(_strip_possessive(words[j - 1]))
    roles = (role_text(words, [i + k for k in role_k], j),) if role_k else ()
    classes = frozenset([c for x in titles for c in x.roles]) if titles else _NO_CLASSES
    fields = (sent.text[at - base:to - base], name_keys, roles, classes, kind, gender, kind is not None)
    desc = () if rules.loaded.isdisjoint(front) else tuple(
        [(starts[i + k] - o, starts[i + k] + len(words[i + k]) - o) for k in range(t) if front[k] in rules.loaded])
    return ((at - o, to - o, 0, fields, desc, any([w[:1].isalnum() for w in words[i:i + t]]), 0),)


def _given_gender(name: tuple[str, ...], kind: str | None, rules: EntityRules) -> str | None:
    """The gender a listed given name opening a name gives it, unless the name is an organisation's or a
    place's ("Robert Koch Institute", "Max Planck Institute": no "he", and "the institute" may point to it)."""
    if kind in _NOT_PEOPLE or not rules.org_words.keys().isdisjoint(name):
        return None
    return rules.given_names.get(name[0])


_NOT_PEOPLE = frozenset({"institution", "place", "media", "group"})


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
    """What one token key says, memoised per EntityRules, at the places named at the top: its
    possessive-free form (_STRIPPED), whether it is a title before a person's name (_TITLE), its
    `Title` or None (_TITLE_RECORD), whether a name leaves it out in front, a loaded or function word
    (_DROP), whether any of these or a period (_SPECIAL: `plain_part` steps aside), and the
    organisation word it is, as it stands and without a possessive, or None (_ORG, _ORG_STRIPPED)."""
    if len(memo) > 50_000:
        memo.clear()
    tk = listed_title_key(key, rules.titles)
    title = tk in rules.person_titles
    drop = key in rules.loaded or key in rules.function_words or "-" in key and _modifier_compound(key)
    stripped = _strip_possessive(key)
    memo[key] = info = (stripped, title, rules.titles.get(tk), drop, title or drop or key == ".",
                        rules.org_words.get(key), rules.org_words.get(stripped))
    return info


_COMPOUND_ENDS = frozenset({"born", "run", "made", "style", "era"})  # "German-born", "state-run", "Soviet-era"


def _modifier_compound(key: str) -> bool:
    """A hyphenated adjective made from a name ("iran-backed", "boston-based", "soviet-era"): never a
    word of a name (`key`, lower case; its last part is a participle or a listed ending)."""
    head, dash, last = key.rpartition("-")
    return bool(dash) and bool(head) and last.isalpha() and (last.endswith("ed") and len(last) > 3
                                                              or last in _COMPOUND_ENDS)


def part_shape(words: list[str], keys: list[str], rules: EntityRules, headline: bool) -> _Shape | None:
    idx = [k for k, w in enumerate(words) if w != "."] if "." in words else list(range(len(words)))
    if not idx:
        return None
    memo = rules.words
    info = [memo.get(keys[k]) or _word(memo, keys[k], rules) for k in idx]
    whole = tuple([w[_STRIPPED] for w in info])
    kind = _whole_kind(whole, rules)
    if kind is None and keys[idx[-1]] in rules.org_words:
        kind = rules.org_words[keys[idx[-1]]]  # "Justice Department": a body's name, not a title and a name
    elif kind is None and len(idx) > 1 and whole[-1] in rules.name_ends:
        kind = "institution"  # "Crane Ridge Capital"
    surname = kind is None and len(idx) == 1 and info[0][_DROP]  # (a loaded word alone: `_loaded_surname`)
    p0 = _name_start(info, idx, keys, kind, rules, headline)  # the name is idx[p0:]
    outside = idx[:p0] if kind == "institution" and not headline else idx  # (a business keeps its loaded words)
    n = len(idx)
    not_names = rules.not_names
    if p0 >= n or whole[p0] in not_names and not_names.issuperset(whole[p0:]):
        return None
    if p0:
        role_p = [q for q in range(p0) if not info[q][_DROP]]
        if len(role_p) > 1 and role_p[-1] - role_p[0] >= len(role_p):  # "Secretary of State": its "of" kept
            role_p = [q for q in range(role_p[0], role_p[-1] + 1) if not info[q][_DROP] or keys[idx[q]] in _OF_THE]
        roles = (role_text(words, [idx[q] for q in role_p], len(words)),) if role_p else ()
        titles = [info[q][_TITLE_RECORD] for q in role_p if info[q][_TITLE_RECORD] is not None]
        if not titles and role_p == [0]:
            titles = [t for t in (plural_title(keys[idx[0]], rules),) if t is not None]
            roles = (_singular_role(roles[0]),) if titles else roles  # "Presidents Xi and Putin": each a President
        if len(role_p) > 1 and titles:  # "Council member": a compound title's own row, when it has one
            compound = rules.titles.get(f"{keys[idx[role_p[-2]]]} {_title_key(keys[idx[role_p[-1]]])}")
            if compound is not None:
                titles.append(compound)
        classes = frozenset([c for t in titles for c in t.roles]) if titles else frozenset()
        gender = next((t.gender for t in reversed(titles) if t.gender), None) if titles else None
    else:  # (no words before the name: no roles)
        roles, titles, classes, gender = (), (), frozenset(), None
    name_keys = whole[p0:]
    at = idx[p0]
    if kind is None:
        kind = _name_kind(name_keys, _strip_possessive(words[at]), titles, rules, headline)  # ("IMF's")
    gender = gender or (_given_gender(name_keys, kind, rules) if n - p0 > 1 else None)
    lead = at > 0 and any([w[:1].isalnum() for w in words[:at]])
    loaded = rules.loaded
    return _new(_Shape, (at, idx[-1], name_keys, roles, classes, kind, gender,
                         () if surname or loaded.isdisjoint(keys) else tuple([k for k in outside if keys[k] in loaded]),
                         lead, len(_strip_possessive(words[idx[-1]])) + _initialism_stop(words, idx[-1])))


def _initialism_stop(words: list[str], k: int) -> int:
    """1 when word k is the last letter of an initialism written with stops ("U.S.", "F.B.I.") or a
    generational suffix ("Jr."): its stop is part of the name; else 0 (a full stop after "Indiana")."""
    if k + 1 >= len(words) or words[k + 1] != ".":
        return 0
    return int(len(words[k]) == 1 and words[k].isupper() and k >= 2 and words[k - 1] == "."
               or words[k][:1].isupper() and words[k].lower() in NAME_SUFFIXES)


def _name_start(info: list, idx: list[int], keys, kind: str | None, rules: EntityRules, headline: bool) -> int:
    """Where the name begins among a run's words (`_word` facts `info` of the words `idx`): after
    the titles of a person, and after loaded and function words; a business's name keeps its loaded
    words outside a headline ("the Stonewall Inn", "Radical Brewing Company")."""
    n = len(idx)
    p0 = 0
    if kind is not None:
        keep = kind == "institution" and not headline
        while n - p0 > 1 and info[p0][_DROP] and not (keep and keys[idx[p0]] in rules.loaded):
            p0 += 1
        return p0
    for p in range(n):
        if info[p][_TITLE]:
            p0 = p + 1  # after the last title
    if 0 < p0 < n and keys[idx[p0]] in rules.org_words:
        p0 = 0  # "the General Union of Workers": a word of the body's name before its organisation word
    if 0 < p0 < n and keys[idx[p0]] in _OF_FOR:  # "Chief of Staff Reince Priebus": a listed portfolio
        end = portfolio_end([keys[k] for k in idx], p0 + 1, rules)
        p0 = end if end is not None and end < n else p0
    given_names = rules.given_names
    for p in range(p0 + 1, n):
        if keys[idx[p]] in given_names:
            if not _OF_FOR.isdisjoint([keys[idx[q]] for q in range(p0, p)]):
                p0 = p  # "Secretary of Transport Hakan Demir": the name from its given name
            break
    if p0 == 0 and n > 2 and keys[idx[1]] in given_names and (keys[idx[0]] in rules.person_roles
                                                              or _member(keys[idx[0]], rules)):
        p0 = 1  # "Negotiator Peter Lund said", "Democrat Hillary Clinton": a role, not part of the name
    elif p0 == 0 and n > 1 and plural_title(keys[idx[0]], rules):
        p0 = 1  # "Senators John McCain and ...", "Justices Kennedy and ...": the title of each name
    while p0 < n and info[p0][_DROP] and not (n == 1 and _loaded_surname(info[0][_STRIPPED], rules)):
        p0 += 1  # "Propagandist Zarif", sentence-initial "The"
    return p0


def _member(key: str, rules: EntityRules) -> bool:
    """A party's member in the singular ("Democrat", "Republican", "Conservative"): its plural is a party noun."""
    return key + "s" in rules.party_nouns


def _whole_kind(whole: tuple[str, ...], rules: EntityRules) -> str | None:
    """A run that is, as a whole, a listed place or outlet (`EntityRules.listed`: the lists' words, with
    or without an article), or a listed place in other accents ("Brasília", "Bogotá")."""
    kind = rules.listed.get(whole)
    if kind is not None or all(map(str.isascii, whole)):
        return kind
    folded = _folded(whole)
    if folded is not None and (folded in rules.places or folded[0] == "the" and folded[1:] in rules.places):
        return "place"  # the list's unaccented spelling
    return None


def _folded(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words without accents, or None when they have none (the common case, tested in C)."""
    if all(map(str.isascii, words)):
        return None
    import unicodedata

    return tuple(unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in words)


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
    if name[-1] in rules.party_nouns:
        return "group"  # "Democrats"; "Liberal Democrats", "Young Republicans": party members
    if len(name) == 1 and acronym(first):
        return "institution"  # an acronym: NAACP, UNESCO
    if 3 <= len(name) <= 6 and first.isupper() and all(len(k) == 1 and k.isalpha() for k in name):
        return "institution"  # an initialism with stops: F.B.I., N.A.A.C.P.
    if titles:
        return titles[-1].type
    if len(name) > 1 and name[0] in rules.given_names and not headline:
        return "person"
    if len(name) == 3 and len(name[1]) == 1 and len(name[0]) > 1 and len(name[2]) > 1 and name[1].isalpha() \
            and not headline:
        return "person"  # a given name, a middle initial and a surname: "Laurence H. Tribe"
    if len(name) > 1 and not headline and name[-1] in rules.group_nouns:
        return "institution"  # "United Auto Workers", "National Nurses United" aside: a body named for its members
    return None
