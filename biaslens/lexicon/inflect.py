"""Regular English inflection of lexicon words: the forms a term and its `unless` context
words also match ("meddle": meddles, meddled, meddling)."""

from __future__ import annotations

_VOWELS = set("aeiou")


def inflections(word: str) -> set[str]:
    """Regular English inflections of a word (verb and noun forms): meddle ->
    meddles, meddled, meddling; slam -> slams, slammed, slamming; bully ->
    bullies, bullied, bullying. A hyphenated word inflects its last part
    (rubber-stamp -> rubber-stamped, rubber-stamping; flip-flop -> flip-flopped).
    Over-generation is harmless: forms are only looked up, never shown."""
    head, dash, tail = word.rpartition("-")
    if dash and head.replace("-", "").isalpha() and tail.isalpha():
        return {f"{head}-{form}" for form in inflections(tail)}
    forms = {word}
    if len(word) < 3 or not word.isalpha():
        return forms
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    elif word.endswith("y") and word[-2] not in _VOWELS:
        forms.update({word[:-1] + "ies", word[:-1] + "ied"})
    else:
        forms.add(word + "s")
    if word.endswith("o") and word[-2] not in _VOWELS:
        forms.add(word + "es")  # echoes, vetoes
    if word.endswith("ie"):
        forms.update({word + "d", word[:-2] + "ying"})  # died, dying
    elif word.endswith(("ee", "ye", "oe")):
        forms.update({word + "d", word + "ing"})  # agreed, agreeing; dyed, dyeing
    elif word.endswith("e"):
        forms.update({word + "d", word[:-1] + "ing"})
    else:
        forms.update({word + "ed", word + "ing"})
        if word[-1] not in _VOWELS | {"w", "x", "y"} and word[-2] in _VOWELS and word[-3] not in _VOWELS:
            forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    if word.endswith("y") and word[-2] not in _VOWELS:
        forms.add(word + "ing")
    return forms

