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

from ..tokens import NAME_PARTICLES, NAME_SUFFIXES
from ..types import Sentence
from .candidates import Candidate, new_candidate
from .lexicon import OPENING_CONJUNCTIONS as _CONJUNCTIONS
from .lexicon import PRONOUNS as _PRONOUNS  # noqa: F401 - `speakers` takes it from here
from .lexicon import EntityRules
from .pointers import Pointer, sentence_pointers  # noqa: F401 - the stage and `coref` take them from here
from .shapes import _OF_FOR, one_token, part_shape, plain_part
from .titlewords import _title_key, office_name_start, plural_title

# ("Gazzetta dello Sport", "Jaime de los Santos")
_GLUE = frozenset({"al", "al-", "bin", "ibn", "de", "van", "von", "der", "da", "del", "la", "le", "du", "el", "abu",
                   "di", "della", "dello", "delle", "degli", "dei", "dos", "das", "los", "las"})
_ORG_GLUE = frozenset({"of", "for", "&", "the", "and"})  # only inside an organisation's name
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
# (a later word may also open with a lower-case particle and a hyphen: "Ashraf al-Qudra", "Abdel Fattah el-Sisi")
_RUN = re.compile(rf"[{_CAP}](?<![\w'’-].)[\w'’.&-]*+(?:[ \t]++(?:(?:{'|'.join(sorted(_GLUE | _ORG_GLUE))})[ \t]++)*+"
                  rf"(?:[{_CAP}]|(?:{'|'.join(sorted(NAME_PARTICLES))})-[{_CAP}])[\w'’.&-]*+)*+")


def sentence_names(sent: Sentence, rules: EntityRules, headline: bool = False) -> list[Candidate]:
    """The name candidates of one sentence, left to right. Runs of capitalised words come from one
    regex pass; what a run says is memoised by its text (`_templates`: its candidates, offsets relative
    to the run), so a run seen before costs a bisection, a dictionary lookup and its Candidates."""
    text, starts, keys = sent.text, sent.starts, sent.keys
    base, index, titles, plans, opening_skips = sent.start, sent.index, rules.person_titles, rules.cache, \
        rules.opening_skips
    # an opening mark typed inside a word ("Iran‘s"): a run may begin or end inside a token; nothing remembered
    plain = "‘" in text
    recall = _NOTHING.get if plain else plans.get
    out: list[Candidate] = []
    first = -1  # the sentence's first word token (found on the first run): a name there may be grammar's capital
    for m in _RUN.finditer(text):
        if first < 0:
            words = sent.words
            first = 0 if words[0][:1].isalnum() else _first_word(words)
        s = m.start()
        run = m.group().rstrip(_MARKS)  # "Democrats' plan", "‘Captain Chaos’ Ines Duarte": the mark is no part
        # of a name (the run opens with a capital: never all marks; `rstrip` gives the run itself when none ends it)
        if run.isupper() and " " in run and _shouted_clause(run, rules):
            continue  # ("CONGRESS HAS INVESTIGATED HIM —": a run-in label in capitals, a clause, no name)
        e = s + len(run)
        i = bisect_left(starts, base + s)
        if i == first:
            if keys[i] in opening_skips:  # (`_opening_skip` answers i for any other first word)
                i = _opening_skip(keys, starts, i, base + e, rules)
            if starts[i] - base != s:  # (the name from its token's start: "‘Captain", "But Roger Pilon")
                s = starts[i] - base
                run = text[s:e]
        if i and keys[i - 1] in titles:
            i -= 1  # "his Russian counterpart Sergey", "former president Barack Obama"
            if i and keys[i - 1] in rules.title_modifiers:
                i = _compound_title(sent, i, rules, out)  # "Council member Derek Hale"
            key = (text[starts[i] - base:e], headline, 0)  # (a title and a run: never a run's own key)
        else:
            key = (run, True) if headline else run
        plan = recall(key)
        if plan is None:
            plan = _templates(sent, s, e, i, rules, headline)
            if not plain and not text[e - 1].isdigit():  # (see `_REMEMBERED`)
                if len(plans) > _REMEMBERED:
                    plans.clear()
                plans[key] = plan
        if not plan:
            continue
        o = starts[i]
        for at, to, np, fields, desc, lead, a in plan:  # (`fields`: the Candidate's from `name` to `strong`)
            out.append(new_candidate((index, o + at, o + to, o + np, *fields,
                                                  _moved(desc, o) if desc else (),
                                                  not lead and first >= i + a)))
    return out


def _shouted_clause(run: str, rules: EntityRules) -> bool:
    """A run in capitals that holds a function word other than a name's glue ("HAS", "HIM", "HE’S"): a
    clause set in capitals ("EVEN OZ’S BOSS THINKS HE’S FULL"), not a name ("BANK OF AMERICA")."""
    return any(len(w) > 1 and w in rules.function_words and w not in _ORG_GLUE  # (not "A U.S. drone")
               for w in run.lower().replace("’", "'").replace("'s ", " ").split())


def _opening_skip(keys, starts, i: int, end: int, rules: EntityRules) -> int:
    """Where a run that opens the sentence at token i begins its name: after an adverb or a conjunction
    ("Meanwhile Mayor Ruiz said", "But Roger Pilon of the Cato Institute said"), or after a part or group
    noun and its "of" or "for" ("Shares of Acme Corp fell", "Critics of Radical Brewing Company say"), when
    the run goes on past them; else at i."""
    key = keys[i]
    if (key in rules.opening_adverbs or key in _CONJUNCTIONS) and i + 1 < len(starts) and starts[i + 1] < end:
        return i + 1  # ("But Roger Pilon of the Cato Institute said")
    if key in rules.part_heads and i + 2 < len(starts) and keys[i + 1] in _OF_FOR and starts[i + 2] < end:
        return i + 2
    return i


def _compound_title(sent: Sentence, i: int, rules: EntityRules, out: list[Candidate]) -> int:
    """The first token of a compound title whose last word is token i ("Council member", "city council
    member", "Finance minister"): up to two modifiers before it, unless the first belongs to a longer
    capitalised run ("the Labour Party member"). A candidate already taken from them is dropped."""
    keys, words, mods = sent.keys, sent.words, rules.title_modifiers
    k = i
    while k and i - k < 2 and keys[k - 1] in mods:
        k -= 1
    if k and words[k - 1][:1].isupper() and keys[k - 1] not in rules.function_words:
        return i
    at = sent.starts[k]
    while out and out[-1].np_start >= at:
        out.pop()
    return k


_NOTHING: dict = {}  # (never written: the memo of a sentence with "‘")


def _first_word(words: list[str]) -> int:
    return 0 if words[0][:1].isalnum() else next((k for k, w in enumerate(words) if w[:1].isalnum()), len(words))


# The most runs whose templates `sentence_names` keeps by their text (then it starts afresh). Outside a sentence
# with "‘", a run starts and ends where tokens do (its first capital follows no word, apostrophe or hyphen; the
# character after it is no word character, apostrophe, hyphen or period), so the same text is always the same
# tokens; unless it ends in a digit ("G20" before ",000" or "%": the number token goes on: never remembered).
_REMEMBERED = 50_000


def _templates(sent: Sentence, s: int, e: int, i: int, rules: EntityRules, headline: bool) -> tuple:
    """What the run text[s:e] (from token i: its title, if one stands before it) gives, part by part:
    Candidates' fields with offsets relative to token i's start, the sentence's index and `initial`
    left out (`lead`, and the part's first token relative to i, in their place); the fields from
    `name` to `strong` as one tuple."""
    text, keys, words, starts, base = sent.text, sent.keys, sent.words, sent.starts, sent.start
    j = bisect_left(starts, base + e)
    if j - i == 1:  # one token (four in ten of the new runs)
        return one_token(words[i], keys[i], rules, headline, True)
    if i >= j:
        return ()  # (a run begun after "‘" inside the sentence's last token)
    parts = _split_run(keys, i, j, rules) if _MAY_SPLIT.search(text, s, e) else None
    if parts is None or len(parts) == 1 and parts[0] == (i, j):  # not cut ("Donald Trump's")
        if j - i == 2 and keys[i + 1] == ".":  # "Indiana." ending a sentence: one word's shape
            return one_token(words[i], keys[i], rules, headline, False)
        plain = plain_part(sent, i, j - 1 if keys[j - 1] == "." and keys[j - 2] not in NAME_SUFFIXES else j, rules,
                           headline)  # ("Indiana." ending a sentence; "Donald Trump Jr." keeps its stop)
        if plain is not None:
            return plain
        parts = ((i, j),)
    o = starts[i]
    out = []
    # (one token is never cut)
    for a, b in parts:
        if b == a + 1:  # "Iran's" of "Iran's Foreign Ministry": `shapes.one_token`'s template, moved
            d = starts[a] - o
            for _, n, _, fields, desc, _, _ in one_token(words[a], keys[a], rules, headline, True):
                out.append((d, d + n, d, fields, ((d, d + len(words[a])),) if desc else (), False, a - i))
            continue
        shape = part_shape(words[a:b], keys[a:b], rules, headline)
        if shape is None:
            continue
        f, last, name_keys, roles, classes, kind, gender, desc, lead, last_len = shape
        at, to = starts[a + f], starts[a + last] + last_len
        out.append((at - o, to - o, starts[a] - o, (text[at - base:to - base], name_keys, roles, classes, kind,
                    gender, kind is not None), _token_spans(starts, words, a, o, desc) if desc else (), lead, a - i))
    if len(out) > 1 and plural_title(keys[i], rules) is not None:
        _share_plural_title(out, keys, i)
    return tuple(out)


def _moved(spans: tuple, o: int) -> tuple:
    """A template's spans (relative to its first token) at offset `o`. (A function of its own: a comprehension
    in `sentence_names` would make its offset a cell, read the slower way at every use.)"""
    return tuple([(o + x, o + y) for x, y in spans])


def _token_spans(starts: list[int], words: list[str], a: int, o: int, desc: tuple[int, ...]) -> tuple:
    """The spans of tokens a + k (k in `desc`), relative to offset `o` (see `_moved`)."""
    return tuple([(starts[a + k] - o, starts[a + k] + len(words[a + k]) - o) for k in desc])


def _share_plural_title(out: list, keys: tuple[str, ...], i: int) -> None:
    """"Senators John McCain and Lindsey Graham", "Justices Kennedy and Alito": a plural title is the role
    of every name coordinated after it; the names after "and" (or a comma) take the first one's role,
    role classes and type, and are entities by it."""
    first = out[0][3]
    if not first[2]:
        return
    for k in range(1, len(out)):
        at, to, np, fields, desc, lead, a = out[k]
        if not fields[2] and keys[i + a - 1] in ("and", ","):
            out[k] = (at, to, np, (fields[0], fields[1], first[2], first[3], first[4], fields[5], True), desc, lead, a)


def _person_before(keys: tuple[str, ...], a: int, k: int, rules: EntityRules) -> bool:
    """Whether keys[a:k] is a person's full name, after any titles: a listed given name first (or a title
    before it), two to four words, no organisation word among them."""
    start = a
    while a < k and (keys[a] == "." or _title_key(keys[a]) in rules.person_titles):
        a += 1  # "Dr. Ingrid Solberg of the ...": the name after its titles
    # (after a title a given name need not be listed: "Dr. Wen Zhao of the University of Sydney")
    return 2 <= k - a <= 4 and (keys[a] in rules.given_names or a > start) \
        and rules.org_words.keys().isdisjoint(keys[a:k])


def _named_for(keys: tuple[str, ...], a: int, k: int, rules: EntityRules) -> bool:
    """A possessive at token k that is part of an institution's name: a person's given name or a
    monarch's title ("St. Mary's Hospital", "King's College London", "Sam's Club") before an
    organisation word of a business or foundation; not a place or a body ("Philadelphia's Union
    League", "the Claremont Institute's Center"), nor after "and" ("Wal-Mart and ...")."""
    owner = keys[k][:-2] if keys[k].endswith("'s") else keys[k][:-1]
    return rules.org_words.get(keys[k + 1]) == "institution" and (
        owner in rules.given_names or owner in _MONARCHS) and "and" not in keys[a:k] and "&" not in keys[a:k]


_APOSTROPHES = frozenset("'’")
_MARKS = "'’"  # (the same marks, as `str.rstrip` takes them)


def _members_body(keys: tuple[str, ...], k: int, j: int, rules: EntityRules) -> bool:
    """Whether the plural possessive mark at token k stands between the members and the one organisation word
    that ends the run or is followed by "of"/"for" ("Harbour Workers' Union", "Employers' Association", "Leeds
    Magistrates' Court", "Teachers' Union of Ireland"; not "the Democrats' Senate leader", nor a party's "the
    Republicans' Senate")."""
    return k > 0 and k + 1 < j and keys[k - 1].endswith("s") and keys[k + 1] in rules.org_words \
        and (k + 2 == j or keys[k + 2] in _OF_FOR) and keys[k - 1] not in rules.party_nouns \
        and (k < 2 or keys[k - 2] not in _OF_FOR)  # ("the Court of Appeals' Board": the court's board)


def _body_then_other(keys: tuple[str, ...], a: int, k: int, orgs: list[int]) -> bool:
    """Whether the "and" at k follows an organisation's name of two words or more ending in its organisation word
    and no organisation word comes after it: "the European Commission and Washington", "Harvard University and
    MIT" (not "Food and Drug Administration", "Department of Health and Human Services")."""
    if keys[a] == "the":
        a += 1
    return k - a >= 2 and orgs[-1] == k - 1 and _OF_FOR.isdisjoint(keys[a:k])


_MONARCHS = frozenset({"king", "queen"})  # "King's College", "Queen's University"


def _business_ends(keys: tuple[str, ...], a: int, k: int, rules: EntityRules) -> bool:
    """Whether the words before the "and" at k are a business's whole name, two words or more ending in
    its organisation word ("General Electric and Microsoft", "Harbor Robotics and ..."; not "House and
    Senate", nor "Institute for Harbor and Coastal Affairs", "Center for Media and Public Affairs")."""
    if keys[a] == "the":
        a += 1  # ("The Securities and Exchange Commission": one word before "and")
    return k - a >= 2 and (rules.org_words.get(keys[k - 1]) == "institution" or keys[k - 1] in rules.name_ends) \
        and _OF_FOR.isdisjoint(keys[a:k])  # ("Center for Media and Public Affairs": one name)


def _split_run(keys: tuple[str, ...], i: int, j: int, rules: EntityRules) -> list[tuple[int, int]]:
    """A run cut after a possessive ("Iran's Foreign Ministry" is two names), at its glue words unless it
    names an organisation ("Vasko of Arvand" is a name and a place), and at an "and" between two
    organisations, after a business's name (`_business_ends`) or before a new "the" ("the Harbor Guild
    and the Ferry Union"; not "Institute for Harbor and Coastal Affairs")."""
    out = []
    a = i
    orgs = [k for k in range(i, j) if keys[k] in rules.org_words]
    for k in range(i, j):
        key = keys[k]
        if key in _APOSTROPHES and _members_body(keys, k, j, rules):
            continue  # "the Harbour Workers' Union": the members' possessive is a word of the body's name
        if key in _APOSTROPHES:  # "the Democrats' Senate leader": a plural's possessive mark ends the name
            if k > a:
                out.append((a, k))
            a = k + 2 if k + 1 < j and keys[k + 1] == "s" else k + 1  # ("Alphabet Inc.'s Google": the "s" too)
        elif key.endswith(("'s", "'")) and k + 1 < j and not _named_for(keys, a, k, rules):
            out.append((a, k + 1))
            a = k + 1
        elif key in _OF_FOR and k > a and _title_key(keys[k - 1]) in rules.person_titles \
                and office_name_start(keys, k, j, rules) is not None:
            continue  # "Secretary of State John Kerry": a title and a name, cut by `shapes.part_shape`
        elif (key in _OF_FOR or key == "and") and _person_before(keys, a, k, rules):
            out.append((a, k))  # "Roger Pilon of the Cato Institute": a person and the body he works for;
            a = k + 2 if k + 1 < j and keys[k + 1] == "the" else k + 1  # "Amanda Carpenter and Boston Herald"
        elif key in _ORG_GLUE and k > a and (not orgs or key in ("and", "&") and (
                k + 1 < j and keys[k + 1] == "the" or any(o < k for o in orgs) and any(o > k for o in orgs)
                or _business_ends(keys, a, k, rules) or _body_then_other(keys, a, k, orgs))):
            out.append((a, k))
            a = k + 2 if key in ("and", "&") and k + 1 < j and keys[k + 1] == "the" else k + 1
    if a < j:
        out.append((a, j))
    return out
