"""The compiled attribution lexicons (`AttributionRules`): built once per Analyzer, read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import LexiconError
from ..lexicons import TermMatcher, read_list
from ..tokens import keys as token_keys
from .cue_checks import CUE_TAGS
from .grammar import AUXILIARIES, DETERMINERS, JUDGMENT_PARTICIPLES, PREPOSITIONS, PRONOUNS, STANCE_HOLDERS
from .sources import state_key

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..lexicons import Lexicon


@dataclass(frozen=True, slots=True)
class AttributionRules:
    """The compiled attribution lexicons. Built once per Analyzer; read-only."""

    cues: TermMatcher
    sources: TermMatcher
    cue_keys: frozenset[str]
    labels: frozenset[str] = frozenset()  # run-in labels that are not speakers ("The Latest:")
    documents: frozenset[str] = frozenset()  # texts that speak for their authors ("a letter that says")
    # one-word source terms and their forms ("police", "officials"), not the first words of
    # longer ones ("armed" of "armed forces"), which name no source alone
    source_words: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()  # names of states and capitals, as `state_key`s ("iran", "u . s .")
    given_names: dict[str, str] = field(default_factory=dict)  # "elena" -> "f": pronoun carry-over only
    perspectives: frozenset[str] = frozenset()  # "In his view, ...": nouns of a perspective frame

    @classmethod
    def from_lexicons(cls, lexicons: Sequence[Lexicon]) -> AttributionRules:
        for lx in lexicons:
            if lx.name != "cues":
                continue
            for e in lx.entries:  # a misspelt or misplaced tag would silently change nothing
                if unknown := e.tags - CUE_TAGS:
                    raise LexiconError(f"unknown tag(s) {', '.join(sorted(unknown))} of {e.term!r} "
                                       f"(one of: {', '.join(sorted(CUE_TAGS))})", path=lx.path, line=e.line)
        cues = [e for lx in lexicons if lx.name == "cues" for e in lx.entries]
        sources = [e for lx in lexicons if lx.name != "cues" for e in lx.entries]
        matcher = TermMatcher(cues)
        function_words = DETERMINERS | PREPOSITIONS | AUXILIARIES | PRONOUNS | {"it", "a", "an", "the"}
        labels = frozenset(read_list("attribution/run_in_labels.txt"))
        documents = frozenset(read_list("attribution/documents.txt"))
        states = frozenset(state_key(token_keys(line)) for line in read_list("attribution/states.txt"))
        given = dict(line.lower().rsplit(None, 1) for line in read_list("attribution/given_names.txt"))
        perspectives = frozenset(read_list("attribution/perspectives.txt"))
        source_matcher = TermMatcher(sources)
        cue_keys = matcher.content_keys(function_words) | JUDGMENT_PARTICIPLES | STANCE_HOLDERS
        return cls(matcher, source_matcher, cue_keys, labels, documents,
                   source_matcher.single_keys(), states, given, perspectives)
