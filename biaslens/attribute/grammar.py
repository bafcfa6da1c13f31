"""The closed grammatical classes the attribution rules read (pronouns, determiners,
prepositions, auxiliaries, ...): English grammar, not data.
"""

from __future__ import annotations

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
PERSONAL = frozenset({"he", "she", "they", "we", "i", "you"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
                         "my", "your", "no", "every", "each", "any", "another", "such", "whose"})
PREPOSITIONS = frozenset({"of", "in", "on", "for", "with", "to", "by", "from", "about", "at", "into", "over",
                          "under", "after", "before", "during", "against", "among", "between", "through",
                          "without", "within", "upon", "via", "like", "than", "as", "despite", "amid"})
DETERMINERS_OR_PREPOSITIONS = DETERMINERS | PREPOSITIONS
# Words that end a noun phrase read backwards from a cue (clause boundaries).
BOUNDARY = frozenset({"that", "which", "who", "whom", "when", "where", "while", "because", "since", "if",
                      "although", "though", "but", "and", "or", "nor", "so", "then", "whether", "unless",
                      "until", "once", "after", "before", "as", "than", "to", "is", "are", "was", "were",
                      "be", "been", "being", "am", "what", "how", "why", "not", "n't", "also"})
AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "does", "do",
                         "could", "may", "might", "should", "can", "must", "shall", "also", "not", "n't", "never",
                         "once", "again", "then", "now", "still", "just", "already", "always", "often", "even",
                         "further", "later", "earlier", "first", "repeatedly", "recently", "previously",
                         "yesterday", "today", "tonight", "separately", "however", "too", "long", "reportedly",
                         "privately", "publicly", "openly", "immediately", "quickly", "initially", "ultimately",
                         "subsequently", "finally", "last", "this", "week", "month", "year", "on", "monday",
                         "isn't", "aren't", "wasn't", "weren't", "doesn't", "didn't", "don't", "won't", "wouldn't",
                         "can't", "couldn't", "hasn't", "haven't", "hadn't", "shouldn't", "mustn't", "cannot",
                         "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "been", "being",
                         "am", "be"})
# verbs of a question put to the subject that open a sentence ("Asked about ..., Clinton said")
QUESTION_OPENERS = frozenset({"asked", "questioned", "pressed"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
TIME_WORDS = WEEKDAYS | frozenset({"on", "this", "last", "week", "month", "year", "morning", "afternoon", "evening",
                                   "night", "yesterday", "today", "tonight", "earlier", "later"})
# the relative pronouns of a person ("Ana Lima, who heads the union"): a clause about the name, not a description
WHO_PRONOUNS = frozenset({"who", "whom", "whose"})
NAME_GLUE = frozenset({"of", "the", "'s", "'", "-", "&", "de", "al", "al-", "bin", "ibn", "van", "von", "der",
                       "da", "del", "la", "le", "du", "for", "and", ".", "on", "di", "della", "dello", "delle",
                       "degli", "dei", "dos", "das", "los", "las"})
# numerals and quantifiers a noun phrase goes on past "of" with ("one of the doctors", "some of the
# crew"); `AttributionRules.quantifiers` adds the collective nouns ("a handful of shipping experts")
QUANTITY_WORDS = frozenset({"dozens", "hundreds", "thousands", "one", "two", "some", "many", "most", "all", "several",
                            "couple", "none", "each", "few", "half"})
# words between a subject and its verb that are not part of either ("Berg and Lund all suggested")
FLOATING = frozenset({"all", "both", "each", "also", "too", "then", "now", "again", "still", "later", "once",
                      "first", "often", "never", "ever", "already", "just", "even", "not", "n't",
                      "afterward", "afterwards", "twice", "himself", "herself",
                      "itself", "themselves", "myself", "ourselves"})
# the finite auxiliaries and modals that show a clause after a stance adjective without "that"
FINITE = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall", "is", "are",
                    "was", "were", "has", "have", "had", "does", "did", "won't", "wo", "isn't", "aren't",
                    "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "didn't", "can't",
                    "couldn't", "wouldn't", "shouldn't"})
# the words that open a clause without "that" ("she is confident the vote will pass")
CLAUSE_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our",
                                "my", "your", "some", "many", "most", "all", "no", "both"})
# words after "as" that make it a conjunction or a time ("saw the pier as soon as", "as well as"):
# no opinion of the object; `AttributionRules.not_as_complement` adds the life roles ("as a child")
NOT_AS_FUNCTION_WORDS = frozenset({"soon", "well", "long", "much", "far", "many", "if", "though", "usual", "of",
                                   "for", "to", "recently", "early", "late"})
# adverbs after a participle of judgment that show no judgment ("will be considered next week")
NOT_JUDGED = frozenset({"next", "soon", "early", "late", "carefully", "separately", "together", "instead"})
# cue tags whose non-speech sense the object tells (`object_sense`): places, structures, vehicles
# and animals ("attacked the bridge"), competitions ("ruled the league"), a named rival ("opposed
# Arsenal in the final"), surfaces a note is taken on ("noted the address on a scrap of paper")
OBJECT_TAGS = frozenset({"physical", "contest", "rival", "record", "appointee"})
# degree words before a predicate adjective ("the farmers are so frustrated that")
DEGREE = frozenset({"so", "very", "too", "quite", "more", "less", "most", "rather", "pretty", "fairly", "as"})
# numerals and quantifiers, which name no one ("Two people familiar with ...")
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                          "some", "many", "most", "few", "dozens", "hundreds", "both", "all"})
# names of months and their abbreviations: "March 3: ..." is a date, not a speaker
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                    "sept", "oct", "nov", "dec"})
# "he's", "that's": a contracted 'is' or 'has', not a possessive
CONTRACTED = frozenset({"he", "she", "it", "that", "there", "here", "who", "what", "where", "this", "let"})
POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be"})
# verbs that link a subject to a predicate adjective ("officials were convinced that")
LINKING_VERBS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m", "seem",
                           "seems", "seemed", "appear", "appears", "appeared", "remain", "remains", "remained",
                           "become", "becomes", "became", "grow", "grows", "grew", "feel", "feels", "felt",
                           "sound", "sounds", "sounded", "look", "looks", "looked", "stay", "stays", "stayed"})
# adverbs set off by commas between a subject and its verb ("Some farmers, however, question ...")
PARENTHETICAL = frozenset({"however", "meanwhile", "though", "too", "also", "instead", "likewise", "moreover",
                           "nevertheless", "nonetheless", "similarly", "meantime", "still", "now", "then"})
# -ing forms of cue words that are prepositions in news prose
PREPOSITIONAL_FORMS = frozenset({"regarding", "concerning", "considering"})
INDEFINITES = frozenset({"everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody"})
# quantifiers that open a noun phrase as a determiner does ("some fishermen", "many women")
QUANTIFYING = frozenset({"some", "many", "most", "several", "few", "all", "both", "neither", "either"})
# words that may stand before an article inside one noun phrase ("all the ministers")
PREDETERMINERS = frozenset({"all", "both", "half", "twice", "quite", "rather", "such", "what", "many"})
# words after which a noun phrase opens a clause of its own ("with officials warning that ...")
CLAUSE_OPENERS = frozenset({"with", "and", "but", "as", "while", "because", "since", "although", "though",
                            "when", "if", "that", "whether", "amid", "without"})
QUOTE_OPENERS = frozenset("“\"«‘'„`")
POSSESSIVE_OF = {"his": "he", "her": "she", "their": "they", "my": "i", "our": "we"}


def relative_head(k: str) -> bool:
    """Can key `k` end the noun before a relative clause without "who"/"that" ("everyone"
    in "everyone I spoke to")? Not a function word, punctuation or pronoun."""
    return k[0].isalnum() and k not in BOUNDARY and k not in PREPOSITIONS and k not in AUXILIARIES \
        and k not in PRONOUNS
