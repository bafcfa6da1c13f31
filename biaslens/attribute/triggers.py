"""Trigger words: a sentence rule that can only fire on a word of certain word lists says so
with `@triggered_by("list", ...)`, and in a sentence with none of those words it returns None
without running.

A name given to `triggered_by` is an `AttributionRules` field holding a word set (so a word
list read from ``lexicons/attribution/`` counts with whatever the file holds); a frozenset
may be given instead for a closed class in code. `compile_triggers` resolves every marked
rule's words once, when the rules are built (`AttributionRules.from_lexicons`), into the
rules' `rule_triggers` and their union `trigger_words`. Per sentence the union is
intersected with the keys once (kept on the sentence's view as `triggered`); each marked
rule then costs one test against that small set. A rule whose triggers are unknown to the
rules object runs unfiltered. A run of marked rules tried in turn (`first_fired`) costs a
sentence holding none of their words that one intersection, not a call of each rule.

Only mark a rule that returns None whenever none of the words is among the sentence's keys.
"""

from __future__ import annotations

from functools import wraps
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ..types import Attribution
    from .view import SentenceView

    Rule = Callable[[SentenceView], Attribution | None]

# rule name ("acts.official_act") -> the field names or word sets it is triggered by
REGISTRY: dict[str, tuple[str | frozenset[str], ...]] = {}


def triggered_by(*words: str | frozenset[str]) -> Callable[[Rule], Rule]:
    """Mark a sentence rule as firing only on a word of these lists (see the module's doc)."""
    def mark(rule: Rule) -> Rule:
        name = f"{rule.__module__.rsplit('.', 1)[-1]}.{rule.__name__}"
        REGISTRY[name] = words

        @wraps(rule)
        def guarded(v: SentenceView) -> Attribution | None:
            got = v.triggered  # the sentence's trigger words, computed once per sentence
            if got is None:
                got = triggered(v)
            if not got:  # no rule's word here (most sentences): only a rule the rules object does not know runs
                return None if name in v.rules.rule_triggers else rule(v)
            own = v.rules.rule_triggers.get(name)
            if own is not None and own.isdisjoint(got):
                return None  # none of its words here: the rule cannot fire
            return rule(v)
        guarded.trigger_name = name  # type: ignore[attr-defined]
        return guarded
    return mark


def triggered(v: SentenceView) -> frozenset[str]:
    """The sentence's words that trigger some marked rule (kept on the view: computed once)."""
    got = v.triggered
    if got is None:
        got = v.triggered = v.rules.trigger_words.intersection(v.hits)  # (its keys among all the rules' words)
    return got


def first_fired(v: SentenceView, rules: Sequence[Rule], names: frozenset[str]) -> Attribution | None:
    """The attribution of the first of these marked rules (`names`: their names) that fires,
    in order, or None. When the sentence holds no trigger word at all (most sentences) and
    the rules object knows every one of them, none can fire: one test, no calls."""
    got = triggered(v)
    known = v.rules.rule_triggers
    if not got and known.keys() >= names:
        return None
    by_word = v.rules.rules_by_word
    firing = frozenset().union(*[by_word.get(w, ()) for w in got])  # the rules one of whose words is here
    for rule in rules:
        name = rule.trigger_name  # type: ignore[attr-defined]
        if name in firing:
            att = rule.__wrapped__(v)  # type: ignore[attr-defined]
        elif name not in known:
            att = rule(v)  # unknown to the rules object: runs unfiltered (through its guard)
        else:
            continue  # none of its words here (the guard's own test, without the call)
        if att is not None:
            return att
    return None


def names_of(rules: Sequence[Rule]) -> frozenset[str]:
    """The registered names of marked rules (for `first_fired`)."""
    return frozenset(r.trigger_name for r in rules)  # type: ignore[attr-defined]


def compile_triggers(field_of: Callable[[str], frozenset[str]]) -> dict[str, frozenset[str]]:
    """Every marked rule's trigger words, with `field_of` giving a named list's words."""
    return {name: frozenset().union(*(w if isinstance(w, frozenset) else field_of(w) for w in words))
            for name, words in REGISTRY.items()}
