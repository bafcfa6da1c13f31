"""Source typing: which kind of source (person, official, media, data, ...) a span names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import acronym, camel_case
from .anonymity import unnamed_by_clause
from .grammar import DETERMINERS, NUMBER_WORDS, PREPOSITIONS, PRONOUNS, WHO_PRONOUNS
from .view import title_case

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .view import SentenceView

STATE_NAME_MAX = 6  # tokens of a span compared with the names of states ("the United States")


def state_key(words: Sequence[str]) -> str:
    """The token keys of a name without a leading "the", joined: how a source span is
    compared with the names in ``states.txt``."""
    return " ".join(words[1:] if words and words[0] == "the" else words)


def source_type_of(v: SentenceView, span: tuple[int, int] | None, appo: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    a, b = span
    keys = v.keys[a:b]
    if len(keys) == 1 and keys[0].split("'")[0] in PRONOUNS:
        return "person"  # "he", "he's"
    found = types_in(v, a, b)
    if appo:  # (a body in what "who" did is not what the name is: "Putin, who has aligned himself with the Church")
        wanted = _WHO_CLAUSE_TYPES if v.keys[appo[0]] in WHO_PRONOUNS else _APPOSED_TYPES
        found |= {t for t in types_in(v, *appo) if t in wanted}
    if "media" in found:
        return "media"
    if "statistics" in found and not _people_head(v, a, b):  # a statistics office, a census, a poll: data even
        return "data"  # inside a name (but "Polling experts": people)
    if len(keys) <= STATE_NAME_MAX and keys[-1] in v.rules.state_ends and state_key(keys) in v.rules.states:
        return "official"  # "Iran has warned", "the United States said", "Moscow denied"
    if "and" in keys and _states_coordinated(v, keys):
        return "official"  # "Turkey and Greece accused each other", "Ankara and Athens"
    named = None  # has_name(v, a, b), asked only when it decides
    clause = unnamed_by_clause(v, b)
    if clause and not has_name(v, b - 1, b):
        return "anonymous"  # "Border Patrol agents, who asked not to be named": a body's name names no one
        # (but "Maria Lopez, who asked not to be named in full": a name heads the source)
    if (clause or not v.rules.unnaming.isdisjoint(keys)) and not has_name(v, a, _modified(v, a, b)):
        return "anonymous"  # "diplomats familiar with the talks", "officials close to Prime Minister Vell"
    if "official" in found:
        return "official"
    if "data" in found and not _people_head(v, a, b):
        return "data"
    if "anonymous" in found:
        if v.keys[a] in _INDEFINITE_ARTICLES and b - a > 2 and types_in(v, b - 1, b) == _ANONYMOUS:
            return "anonymous"  # "A Treasury source said": the name only says where the unnamed source works
        if named is None:
            named = has_name(v, a, b) or appo is not None and _name_closes(v, appo)
        if not named:
            return "anonymous"
    if "institution" in found and not _person_heads(v, a, b) and not _person_named_last(v, a, b) \
            and not _person_apposed(v, span, appo):
        return "institution"
    if "person" in found:
        return "person"
    if named is None:
        named = has_name(v, a, b) or appo is not None and has_name(v, *appo)  # "Her predecessor, Ana Lima,"
    if named and b + 1 < v.n and v.keys[b] == "," and v.keys[b + 1] == "which":
        return "institution"  # "Planned Parenthood of Virginia, which brought the suit, welcomed": no person
    if named and b - a == 1 and (camel_case(v.words[a]) or _acronym(v, a)):
        return "institution"  # "according to FactSet": a brand's name; "GM said": an acronym's
    return "person" if named else "anonymous"


_INDEFINITE_ARTICLES = frozenset({"a", "an"})
_ANONYMOUS = frozenset({"anonymous"})


def _name_closes(v: SentenceView, appo: tuple[int, int]) -> bool:
    """An apposition that is a name, or ends in one after a comma ("One mother, Jessica, said"; "One mother,
    who gave only her first name, Jessica, said"): the unnamed-sounding source is named after all (not a
    name after a preposition inside it: "one of whom works for Sen. Ada Morel")."""
    k = appo[1] - 1
    while k >= appo[0] and v.cap(k):
        k -= 1
    return k < appo[1] - 1 and (k < appo[0] or v.keys[k] == ",") and has_name(v, k + 1, appo[1])


def _people_head(v: SentenceView, a: int, b: int) -> bool:
    """The span's head (its last word before a preposition) is a plural noun that is no data source's: people
    a data word only modifies ("Polling experts", "Poll analysts", "survey respondents"; not "poll figures")."""
    head = next((x - 1 for x in range(a + 1, b) if v.keys[x] in PREPOSITIONS), b - 1)
    k = v.keys[head]
    return head > a and k.isalpha() and k.endswith("s") and not k.endswith("ss") \
        and "data" not in types_in(v, head, head + 1)


def _acronym(v: SentenceView, a: int) -> bool:
    """Token a is an acronym ("GM", "NHTSA") in a sentence not set in capitals (a shouted headline's
    "OBAMA SAID" is a name) and no speaker's label before a colon ("SMITH: We never agreed"): an
    organisation's, as the entities stage types it."""
    return acronym(v.words[a]) and not (a + 1 < v.n and v.keys[a + 1] == ":") and any(x.islower() for x in v.words)


def _person_heads(v: SentenceView, a: int, b: int) -> bool:
    """A person's word or full name opens the source ("Dr. Paul Mercer, a professor at King's College London"), or
    heads it before its first comma or preposition with no organisation's word there ("the executives
    of nine companies"): the organisation after it is where the person works."""
    if "person" in types_in(v, a, a + 1):
        return True
    keys = v.keys
    end = next((x for x in range(a, b) if keys[x] == "," or keys[x] in _WORKS_AT), b)
    if end - a >= 2 and keys[a] in v.rules.given_names and all(v.cap(x) for x in range(a, end)) \
            and (end == b or keys[end] == "," or keys[end] in _WORKS_AT and end + 1 < b and v.cap(end + 1 + (
                keys[end + 1] == "the"))):
        return True  # "Mary Ziegler, a law professor at the University of California", "Greg Poling of the
        # Center for ...": a person's full name
    if end == b:
        return False
    head = types_in(v, a, end)
    return "person" in head and "institution" not in head


def _states_coordinated(v: SentenceView, keys: Sequence[str]) -> bool:
    """Every part of a span coordinated by "and" (or commas) is a state's name ("Turkey and Greece")."""
    parts, part = [], []
    for k in keys:
        if k in ("and", ","):
            parts.append(part)
            part = []
        else:
            part.append(k)
    parts.append(part)
    return all(p and len(p) <= STATE_NAME_MAX and state_key(p) in v.rules.states for p in parts)


_INDEFINITE = frozenset({"a", "an"})
_NAME_WORDS = range(2, 5)  # how many words a person's name in apposition takes


def _person_apposed(v: SentenceView, span: tuple[int, int], appo: tuple[int, int] | None) -> bool:
    """A name and a person's description in apposition: a capitalised name and "a"/"an" and a person's
    noun after it ("Abiodun Okafor, a historian at the University of Lagos"), or a description and a name
    after it, the description ending in a person's noun or the name opening with a listed given name ("His
    campaign manager, Enzo Pirelli", "The head of the National Farmers' Union, Petra Janssen"): the
    organisation in the description is where the person works or what she works for."""
    if appo is None:
        return False
    (a, b), (c, d) = span, appo
    keys = v.keys
    if b - a in _NAME_WORDS and all(v.cap(x) for x in range(a, b)) and d - c > 1 and keys[c] in _INDEFINITE:
        stop = next((x for x in range(c + 1, d) if keys[x] in PREPOSITIONS or keys[x] in WHO_PRONOUNS), d)
        return "person" in types_in(v, stop - 1, stop)
    return d - c in _NAME_WORDS and all(v.cap(x) for x in range(c, d)) and (
        b - a > 1 and "person" in types_in(v, b - 1, b) or d - c <= 3 and keys[c] in v.rules.given_names) \
        or _titled_name_apposed(v, c, d)


def _titled_name_apposed(v: SentenceView, c: int, d: int) -> bool:
    """An apposition that opens with a person's title or a listed given name and a capitalised name, up to
    its "of" or "at" ("Her co-author, Professor Ravi Menon of the University of Toronto,"): a person, and
    the organisation after the name is where she works."""
    keys = v.keys
    end = next((x for x in range(c, d) if keys[x] in _WORKS_AT), d)
    return end < d and end - c in _NAME_WORDS and all(v.cap(x) for x in range(c, end)) and (
        keys[c] in v.rules.given_names or "person" in types_in(v, c, c + 1))


def _person_named_last(v: SentenceView, a: int, b: int) -> bool:
    """A person's full name (a listed given name and more) after a role word in lower case ends the
    source ("Bank analyst Ana Ruiz", "Union leader Ivo Brandt"): the organisation only describes her."""
    x = b - 1
    while x > a and v.cap(x):
        x -= 1
    return x > a and b - x > 2 and v.keys[x].isalpha() and v.keys[x + 1] in v.rules.given_names


_APPOSED_TYPES = frozenset({"official", "institution", "media"})  # what an apposition says the name is
_WHO_CLAUSE_TYPES = frozenset({"official"})  # what a "who" clause says: an office it holds, never a body it names
_WORKS_AT = frozenset({"at", "of", "from", "with"})


def _modified(v: SentenceView, a: int, b: int) -> int:
    """Where an unnamed source's head ends: at the first preposition after its first word ("A senior
    official in Dellacasa's party", "people familiar with Trump's thinking": a name after it is whom the
    source is near, not the source's), else b."""
    keys = v.keys
    return next((x for x in range(a + 1, b) if keys[x] in PREPOSITIONS), b)


def has_name(v: SentenceView, a: int, b: int) -> bool:
    """A capitalised word in tokens a..b that is no source word, determiner or number word, nor
    a demonym before more of the span: a name ("Two people familiar with ..." and "a Western
    diplomat" name no one)."""
    keys, words, sources = v.keys, v.words, v.rules.source_firsts
    i = a
    while i < b:
        c = words[i][:1]
        if c.isupper() or c.isdigit() and len(words[i]) > 1:  # v.cap(i), inline
            n = demonym_length(v, i, b)
            if n:
                i += n
                continue
            k = keys[i]
            if k[0].isalpha() and k not in sources and k not in DETERMINERS and k not in NUMBER_WORDS:
                return True
        i += 1
    return False


def demonym_length(v: SentenceView, i: int, b: int) -> int:
    """How many tokens from i a demonym or state name takes ("Western", "U.S.", "South
    Korean") when more of the span a..b follows it; 0 if none does."""
    terms = v.rules.demonyms.get(v.keys[i])
    if terms is None:
        return 0
    for term in terms:
        n = len(term)
        if i + n < b and tuple(v.keys[i:i + n]) == term:
            return n
    return 0


def _after_given_name(v: SentenceView, a: int, i: int) -> bool:
    """Whether token i follows a given name, directly or after a middle initial ("Michael R. Bloomberg")."""
    keys = v.keys
    if keys[i - 1] in v.rules.given_names:
        return True
    return i - 3 >= a and keys[i - 1] == "." and len(keys[i - 2]) == 1 and keys[i - 3] in v.rules.given_names


def types_in(v: SentenceView, a: int, b: int) -> set[str]:
    """Source categories named in tokens a..b. An outlet counts only when
    capitalised ("the Post", not "a post"); a data word such as "study" or
    "report" only in lower case ("a study by X", not "the Institute for
    Policy Studies"), except the strong ones tagged ``strong`` (statistics,
    census, poll), reported as the pseudo-category "statistics", as is an outlet
    that ran a poll ("economists polled by Reuters"); an outlet's one-word name right after a
    given name is a surname ("Carlos Mena", not MENA)."""
    cache = v.type_cache
    if cache is None:
        cache = v.type_cache = {}
    cached = cache.get((a, b))
    if cached is not None:
        return set(cached)
    out = set()
    for x, y, e in v.rules.sources.find(v.keys[a:b]):
        i = a + x
        if e.category == "media":
            if not (v.cap(i) or (v.keys[i] == "the" and y - x > 1 and v.cap(i + 1))):
                continue
            if y - x == 1 and i > a and not v.words[i].isupper() and _after_given_name(v, a, i):
                continue  # "Carlos Mena", "Michael R. Bloomberg": a surname after a given name, not the agency
            if i - 2 >= a and v.keys[i - 1] == "by" and v.keys[i - 2] in v.rules.poll_participles:
                out.add("statistics")  # "Economists polled by Reuters": the outlet's poll
                continue
        if e.category == "data":
            if "strong" in e.tags:
                out.add("statistics")
            elif v.cap(i) and i != v.first and not (i == b - 1 and b - a <= 2 and title_case(v)):
                continue  # ("Study Finds", "New Survey Shows" in a title-case headline: the data word heads)
        out.add(e.category)
    cache[(a, b)] = frozenset(out)
    return out
