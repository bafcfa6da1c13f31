"""Lexicons as data, in five modules: `format` (the CSV file format: finding, reading and
validating lexicon files), `categories` (the categories an entry may have, and the ones a
header declares), `inflect` (the English forms a term also matches), `contexts` (an entry's
neutral `unless` contexts) and `matcher` (`TermMatcher`, finding terms in a sentence).
The public names are re-exported by `biaslens.lexicons`."""
