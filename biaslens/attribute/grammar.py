"""The closed grammatical classes the attribution rules read (pronouns, determiners,
prepositions, auxiliaries, ...): English grammar, not data.
"""

from __future__ import annotations

from ..lexicons import read_list

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
TIME_WORDS = frozenset({"on", "this", "last", "week", "month", "year", "monday", "tuesday", "wednesday",
                        "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night",
                        "yesterday", "today", "tonight", "earlier", "later"})
NAME_GLUE = frozenset({"of", "the", "'s", "'", "-", "&", "de", "al", "al-", "bin", "ibn", "van", "von", "der",
                       "da", "del", "la", "le", "du", "for", "and", ".", "on"})


# "people familiar with the talks", "sources close to the minister"
LINKING_ADJECTIVES = frozenset({"familiar", "close", "closest", "loyal", "linked", "allied", "opposed",
                                 "connected", "related", "sympathetic", "briefed", "involved"})


# plural names of party members: speakers, though they start a sentence in a capital and end
# in -s like the quantities "Sales" or "Prices" ("Sales declined to $5 million")
PARTY_MEMBERS = frozenset(("democrats", "republicans", "conservatives", "liberals", "progressives",
                            "socialists", "tories", "independents", "libertarians"))


# "a handful of shipping experts", "one of the doctors": the phrase goes on past "of"
QUANTIFIERS = frozenset({"number", "group", "majority", "handful", "dozens", "hundreds", "thousands", "one", "two",
                          "some", "many", "most", "all", "several", "couple", "team", "panel", "none", "each",
                          "few", "half", "members", "coalition"})


# words between a subject and its verb that are not part of either ("Berg and Lund all suggested")
FLOATING = frozenset({"all", "both", "each", "also", "too", "then", "now", "again", "still", "later", "once",
                       "first", "often", "never", "ever", "already", "just", "even", "not", "n't"})


# the finite auxiliaries and modals that show a clause after a stance adjective without "that"
FINITE = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall", "is", "are",
                     "was", "were", "has", "have", "had", "does", "did", "won't", "wo", "isn't", "aren't",
                     "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "didn't", "can't",
                     "couldn't", "wouldn't", "shouldn't"})
CLAUSE_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our",
                                 "my", "your", "some", "many", "most", "all", "no", "both"})


# words after "as" that make it a conjunction or a time ("saw the pier as soon as", "as well as",
# "saw the parade as a child"): no opinion of the object
NOT_AS_COMPLEMENT = frozenset({"soon", "well", "long", "much", "far", "many", "if", "though", "usual", "of",
                                "for", "to", "recently", "early", "late", "child", "children", "kid", "kids",
                                "boy", "girl", "teenager", "teenagers", "teen", "youngster", "student", "students",
                                "family", "tourist", "tourists", "guest", "guests", "spectator", "spectators"})


# speech nouns whose "that" usually opens a relative clause, not their content ("the statement
# that the mayor read", "the reason that she left"), and nouns of fact ("no evidence that")
RELATIVE_HEAD_NOUNS = frozenset(read_list("attribution/relative_head_nouns.txt"))


# participles of judgment: in the passive someone unnamed judged ("is widely seen as", "was deemed
# unsafe"); those in JUDGMENT_WITHOUT_AS also without "as" ("was deemed unsafe", "is considered a risk")
JUDGMENT_PARTICIPLES = frozenset(read_list("attribution/judgment_participles.txt"))
JUDGMENT_WITHOUT_AS = frozenset({"deemed", "considered"})
NOT_JUDGED = frozenset({"next", "soon", "early", "late", "carefully", "separately", "together", "instead"})


# nouns for a person by the stance they hold ("a tireless critic of", "a dogged opponent of")
STANCE_HOLDERS = frozenset(read_list("attribution/stance_holders.txt"))


# cue tags whose non-speech sense the object tells (`object_sense`), and the nouns that tell it:
# places, structures, vehicles and animals ("attacked the bridge"), competitions ("ruled the
# league"), surfaces a note is taken on ("noted the address on a scrap of paper")
OBJECT_TAGS = frozenset({"physical", "contest", "rival", "record"})
PHYSICAL_OBJECTS = frozenset(read_list("attribution/physical_objects.txt"))
CONTEST_NOUNS = frozenset(read_list("attribution/contest_nouns.txt"))
WRITING_SURFACES = frozenset(read_list("attribution/writing_surfaces.txt"))


# verbs after the -s form of a noun-homograph cue that make it their plural subject ("plans include")
NOUN_SUBJECT_VERBS = frozenset(read_list("attribution/noun_subject_verbs.txt"))


# "spent months lobbying": time spent on an act, the participle belongs to the sentence's subject
SPEND = frozenset({"spend", "spends", "spent", "spending"})


# figures that are their owner's claim about the future or the unknown ("its growth forecast")
ESTIMATE_NOUNS = frozenset(read_list("attribution/estimate_nouns.txt"))


# verbs that with "away" link a subject to the state an event left it in ("came away convinced")
COME_AWAY = frozenset({"came", "come", "comes", "coming", "walked", "walk", "walks", "went"})


# degree words before a predicate adjective ("the farmers are so frustrated that")
DEGREE = frozenset({"so", "very", "too", "quite", "more", "less", "most", "rather", "pretty", "fairly", "as"})


# adjectives that put a noun-homograph cue in a noun phrase ("his latest remarks", "public comments")
NP_MODIFIERS = frozenset({"latest", "recent", "new", "earlier", "previous", "own", "public", "private", "repeated",
                           "many", "several", "numerous", "other", "such", "further", "similar", "initial",
                           "final", "official", "formal", "controversial", "critical", "harsh", "sharp"})


# words that keep a source unnamed: "people familiar with", "officials close to", "aides briefed on"
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                           "some", "many", "most", "few", "dozens", "hundreds", "both", "all"})
UNNAMING = frozenset({"familiar", "close", "closest", "briefed", "knowledgeable", "anonymity", "unnamed",
                       "anonymous", "knowledge"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept",
                     "sep", "oct", "nov", "dec"})


# "that year", "that night": 'that' as a demonstrative before a time noun
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"})
TIME_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "morning",
                         "afternoon", "evening", "season", "summer", "winter", "spring", "autumn", "fall", "time",
                         "decade", "era", "weekend", "moment", "hour", "minute", "point", "date", "period"})


# "he's", "that's": a contracted 'is' or 'has', not a possessive
CONTRACTED = frozenset({"he", "she", "it", "that", "there", "here", "who", "what", "where", "this", "let"})
POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be"})
IRREGULAR_PP = frozenset({"told", "said", "shown", "found", "thought", "known", "written", "spoken", "given",
                           "seen", "heard", "taken", "made", "put", "quoted", "forecast", "broadcast", "sent",
                           "sworn", "read", "set"})


# verbs that link a subject to a predicate adjective ("officials were convinced that")
LINKING_VERBS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m", "seem",
                            "seems", "seemed", "appear", "appears", "appeared", "remain", "remains", "remained",
                            "become", "becomes", "became", "grow", "grows", "grew", "feel", "feels", "felt",
                            "sound", "sounds", "sounded", "look", "looks", "looked", "stay", "stays", "stayed"})


# quantifiers that open a noun phrase as a determiner does ("some fishermen", "many women")
def relative_head(k: str) -> bool:
    """Can key `k` end the noun before a relative clause without "who"/"that" ("everyone"
    in "everyone I spoke to")? Not a function word, punctuation or pronoun."""
    return k[0].isalnum() and k not in BOUNDARY and k not in PREPOSITIONS and k not in AUXILIARIES \
        and k not in PRONOUNS


# adverbs set off by commas between a subject and its verb ("Some farmers, however, question ...")
PARENTHETICAL = frozenset({"however", "meanwhile", "though", "too", "also", "instead", "likewise", "moreover",
                            "nevertheless", "nonetheless", "similarly", "meantime", "still", "now", "then"})


# nouns that end vague phrases ("faced criticism", "came under scrutiny"), which may take adjectives
CRITICISM_NOUNS = frozenset(read_list("attribution/criticism_nouns.txt"))


# -ing forms of cue words that are prepositions in news prose
PREPOSITIONAL_FORMS = frozenset({"regarding", "concerning", "considering"})
INDEFINITES = frozenset({"everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody"})
QUANTIFYING = frozenset({"some", "many", "most", "several", "few", "all", "both", "neither", "either"})


# words that may stand before an article inside one noun phrase ("all the ministers")
PREDETERMINERS = frozenset({"all", "both", "half", "twice", "quite", "rather", "such", "what", "many"})


# words after which a noun phrase opens a clause of its own ("with officials warning that ...")
CLAUSE_OPENERS = frozenset({"with", "and", "but", "as", "while", "because", "since", "although", "though",
                             "when", "if", "that", "whether", "amid", "without"})
QUOTE_OPENERS = frozenset("“\"«‘'„`")
POSSESSIVE_OF = {"his": "he", "her": "she", "their": "they", "my": "i", "our": "we"}
