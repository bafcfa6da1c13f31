"""Loaded-language entries in the sense the lexicon means, and the literal, legal or technical senses
of the same words that news uses neutrally (found where writer-voice hits missed every annotated
bias phrase)."""

import pytest


def writer_entries(analyzer, text):
    return [h.entry for s in analyzer.analyze(text).sentences for h in s.hits if h.voice == "writer"]


@pytest.mark.parametrize("text,entry,present", [
    # loaded 1.3 to 1.5
    ("Investigators examined Russian interference in the 2016 election.", "interference", False),
    ("The agency tracks foreign interference in elections.", "interference", False),
    ("The council resents constant interference from the capital.", "interference", True),
    ("The inquiry examined whether he obstructed justice.", "obstruct", False),
    ("Republicans obstructed the nominee for months.", "obstruct", True),
    ("The museum honors the first enslaved Africans brought to Virginia.", "enslave", False),
    ("The loans enslave a generation of students.", "enslave", True),
    ("Protesters smashed windows at the courthouse.", "smash", False),
    ("The champion smashed her rivals in the final.", "smash", True),
    ("An officer knelt on the handcuffed man's neck.", "handcuff", False),
    ("She was arrested after handcuffing herself to a chair.", "handcuff", False),
    ("The new rules handcuff the police.", "handcuff", True),
    ("Artists painted murals on blast walls in Kabul.", "blast", False),
    ("The official insisted on anonymity to describe the talks.", "insist", False),
    ("The senator insisted that the bill would pass.", "insist", True),
    ("On immigration, the governor insists on a secure border.", "insist", False),
    ("Grieving parents bury their children this week.", "bury", False),
    ("The agency buried the report in an appendix.", "bury", True),
    ("The court will hear a challenge to a state ban on assault weapons.", "assault weapons", False),
    ("Congress let the assault weapons ban lapse in 2004.", "assault weapons", False),
    ("Gun owners stockpiled assault weapons.", "assault weapons", True),
    # subjective 1.4 to 1.7
    ("The firm fostered a hostile work environment for women.", "hostile", False),
    ("Agents were compromised by a hostile foreign power.", "hostile", False),
    ("The crowd grew hostile as the speech went on.", "hostile", True),
    ("The senator faced allegations of sexual misconduct.", "misconduct", False),
    ("The officer had drawn 23 misconduct complaints.", "misconduct", False),
    ("Raging wildfires forced thousands to flee.", "rage", False),
    ("The bushfire disaster rages on in the south.", "rage", False),
    ("Voters are in a rage over the tax.", "rage", True),
    ("He was charged with illegal mailing of explosives.", "explosive", False),
    ("The paper published an explosive report on Thursday.", "explosive", True),
    ("Would it be a crime to coach a witness to testify falsely?", "falsely", False),
    ("The president falsely said the wall was finished.", "falsely", True),
    ("The final draft of the talking points was sent to the director.", "talking points", False),
    ("The agency revised the talking points twice before the briefing.", "talking points", False),
    ("The candidate keeps reciting tired talking points.", "talking points", True),
    ("Advocates of paid sick leave saw an opening in the outbreak.", "sick", False),
    ("The economy will not recover if millions are sick.", "sick", False),
    ("She was home sick with pneumonia.", "sick", False),
    ("It was a sick joke about the victims.", "sick", True),
    ("China's unfair trade practices drew a tariff response.", "unfair", False),
    ("The union won its unfair labor practice case.", "unfair", False),
    ("The referee's call was unfair.", "unfair", True),
    # labels 1.3: the news-style neutral term for the movement (AP Stylebook)
    ("The ruling was a victory for anti-abortion groups.", "anti-abortion", False),
    # assertives 1.2: a hospital's admitting privileges, a medical-licensing term
    ("The law requires doctors to hold admitting privileges at a hospital.", "admit", False),
    ("The senator did admit he was wrong.", "admit", True),
    # loaded 1.6: a verb-particle idiom inflects its verb, not its particle
    ("The senator has been cozying up to donors.", "cozy up", True),
    ("She cosied up to the new owners.", "cosy up", True),
    ("The mayor is hitting back at his critics.", "hit back", True),
    ("Scammers are preying on the elderly.", "prey on", True),
    # loaded 1.7, labels 1.4: the legal and descriptive senses
    ("Migrants who show a credible fear of persecution may stay.", "persecution", False),
    ("The church's persecution of dissenters went on for years.", "persecution", True),
    ("A tornado rips through the town.", "rips", False),
    ("Senator rips new budget as a giveaway.", "rips", True),
    ("The bill lets victims sue over the terrorist attacks of 2001.", "terrorist", False),
    ("The State Department lists it as a foreign terrorist organization.", "terrorist", False),
    ("The environmental terrorist behind the blockade is back.", "terrorist", True),
    # loaded 1.8, labels 1.5, subjective 1.8, intensifiers 1.2: tabloid and headline words
    ("The burglar was caught red-handed.", "red-handed", True),
    ("It is the latest shocker for the troubled club.", "shocker", True),
    ("Her love rat husband was spotted at a nightclub.", "love rat", True),
    ("The soap stunner stepped out in London.", "stunner", True),
    ("Salaries were suppressed by the flood of foreign graduates.", "flood of", True),
    ("The town was rebuilt after the flood of 1927.", "flood of", False),
    ("A flood of water poured into the basement.", "flood of", False),
    # loaded 1.9, subjective 1.9: idioms and literal senses
    ("Control of the Senate is up for grabs this year.", "grab", False),
    ("The developer tried to grab the public land.", "grab", True),
    ("The remains were buried Wednesday at a cemetery in Indiana.", "bury", False),
    ("Bushfires ravaged thousands of square miles of bushland.", "ravage", False),
    ("The town was ravaged by wildfires last summer.", "ravage", False),
    ("The tariffs ravaged the farm economy.", "ravage", True),
    ("There was no finding of misconduct by the officers.", "misconduct", False),
    # loaded 1.10: the verbs 'gut' and 'guts', not the noun
    ("The bill would also gut existing asylum laws.", "gut", True),
    ("The budget guts food assistance for families.", "guts", True),
    ("Microbes in the wax worm's gut digest plastic.", "gut", False),
    ("He trusted his gut and called the race early.", "gut", False),
    ("Nobody had the guts to say it.", "guts", False),
    # labels 1.6: disease names that blame a country, kin of the listed 'chinese virus'
    ("Boeing will lay off 12,000 workers amid the Chinese coronavirus crisis.", "chinese coronavirus", True),
    ("The novel Wuhan coronavirus has spread to Europe.", "wuhan coronavirus", True),
    # loaded 1.11, subjective 1.10: from purpose-written probe pieces
    ("Police fired tear gas after protesters set fire to rubbish bins.", "rubbish", False),
    ("The minister's answer was complete rubbish.", "rubbish", True),
    ("The budget is a wish list of pet projects.", "pet project", True),
    ("The mayor's allies won sweetheart contracts.", "sweetheart contract", True),
    ("The review was nothing more than a smokescreen.", "smokescreen", True),
    # loaded 1.12, subjective 1.11, intensifiers 1.3, labels 1.7: figurative senses and idioms
    ("The campaign was built on lies.", "lies", True),
    ("The network kept circulating lies and disinformation.", "lies", True),
    ("What lies ahead is unclear.", "lies", False),
    ("The town lies 30 miles north of the border.", "lies", False),
    ("The problem lies in the budget.", "lies", False),
    ("The closures were orchestrated by an ally of the governor.", "orchestrate", True),
    ("The White House dangled a cabinet post in front of him.", "dangle", True),
    ("A rope dangled from the bridge.", "dangle", False),
    ("The senator rebuffed calls to step aside.", "rebuff", True),
    ("Weeks of infighting left the party adrift.", "infighting", True),
    ("The new rules only muddy the waters.", "muddy the waters", True),
    ("The donors were champing at the bit.", "champing at the bit", True),
    ("Lobbyists bought off pliant politicians.", "bought off", True),
    ("Lobbyists bought off pliant politicians.", "pliant", True),
    ("The chef was pictured cavorting with a blonde.", "cavort", True),
    ("The love cheat was thrown out of the house.", "love cheat", True),
    ("They sold the scheme as a miracle cure.", "miracle cure", True),
    ("In a stinging blow to the president, the Senate voted to override.", "stinging", True),
    ("Hikers brushed against stinging nettles.", "stinging", False),
    ("Calling it an affront to the court, the judge walked out.", "affront", True),
    ("The senator is aggressively pushing a wealth tax.", "aggressively", True),
    ("Doctors aggressively treated the infection.", "aggressively", False),
    ("Officials in the state staunchly defended the nominee.", "staunchly", True),
    ("The Democrats appeared terrified of their own voters.", "terrified", True),
    ("The chairman gave a barbed response.", "barbed", True),
    ("Migrants cut through the barbed wire fence.", "barbed", False),
])
def test_loaded_entries_and_their_literal_senses(analyzer, text, entry, present):
    assert (entry in writer_entries(analyzer, text)) is present
