"""Partisan political activity (POL0xx), in English and French.

Under the Public Service Employment Act, political activity is support for or opposition to a
party or candidate, at any level, and seeking a nomination or being a candidate. Online, that
includes posting, sharing and liking. Naming a party is not partisan ("the Liberal government
tabled its budget"), nor is civic encouragement ("go vote!", #cdnpoli), nor reporting the news:
a flag needs a partisan hashtag or slogan, or a party or politician together with a cue of
support or opposition, or with words that judge them ("liar", "le meilleur président").

Foreign politics (United States, France, United Kingdom: `data/foreign_politics.toml`) counts
too, weighted lower: such findings carry the factor `foreign_politics` = 0.5 and say so.

Speed: a post holding one of the key words of the names (`text_words`, looking inside handles)
goes through one Aho-Corasick pass (names, official accounts, political titles, slogans and
case-sensitive forms, the latter checked on the original text at the same offsets); every post
gets a scan of its hashtags and handles. The sentence-level cue patterns and the evaluative
vocabulary (political_stance.py) run only on posts that name a party, politician or title;
POL002, POL003 and POL005 each end at once on a post without the words they need (`_quiet`),
and each reading skips a post whose words cannot match. Official accounts, election
hashtags and short surnames come from `data/political_accounts.toml` (sourced rows), with the
French forms of slogans and hashtags that the generated politics.toml lists in English only.

How leaders argue (a party as a team that acts, "the only ones with a plan", the election as a
choice, a rival's record) is read by political_campaign.py for POL002; French names a party by a
lower-case adjective after what it owns (« le gouvernement libéral »), read here as a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from typing import Any, NamedTuple

import ahocorasick

from footprint import guidance as gd
from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules import _data
from footprint.rules import political_campaign as campaign
from footprint.rules import political_stance as stance
from footprint.rules import political_voice as voice
from footprint.rules.base import Rule, evidence, negated, sentences, text_words
from footprint.rules.matcher import TermMatcher
from footprint.text import fold

ELECTION_PERIOD_FACTOR = 1.5
FOREIGN_POLITICS_FACTOR = 0.5
_SURNAME_STOPLIST = {
    "martin", "harper", "wilson", "brown", "turner", "campbell", "clark", "scott", "stewart",
    "marshall", "houston", "watson", "mcneil", "graham", "miller", "gallant", "higgs", "morgan",
    "ball", "dunderdale", "king", "young", "taylor", "bennett", "robinson", "smith", "williams",
}  # common surnames and words that also name ordinary people and places
_SHORT_WORD_EXCEPTIONS = {"harper"}  # distinctive enough in Canadian political talk
# Leaders' surnames that are also common first names, words, places or companies ("Rogers",
# "Silver", "Brazil"): alone they count only beside an explicit support/opposition cue (POL002),
# never beside a mere judgement word (POL005). Full names always count.
_AMBIGUOUS_SURNAMES = {
    "austin", "brazil", "cameron", "churchill", "coffin", "coleman", "dexter", "falcon", "fraser",
    "hampton", "hancock", "hanson", "macdonald", "michael", "mitchell", "roberts", "rodriguez",
    "rogers", "sherman", "silver", "weaver", "bernard", "landry", "dumont", "fournier", "fortin",
    "beaulieu", "savoie", "davies", "lamont", "gerrard", "rankin", "stiles", "vickers", "forsyth",
    "crosbie", "bergen", "arcand", "bedard", "berube", "boudreau", "labrie", "tanguay", "taillon",
    "plamondon", "pemberton", "prentice", "redford", "mandel", "nilson", "ambrose", "wilkinson",
    "baillie", "alward", "aylward", "dixon", "burrill", "mccurdy", "melanson", "crombie",
    # Also everyday surnames, first names or words in Canada ("Carney the dog", "Mme Blanchet").
    "carney", "blanchet", "bernier", "layton", "marois", "couillard", "kenney", "wynne", "bouchard",
    "lisee", "tremblay", "gagnon", "chretien", "martin", "rustad", "hudak",
}
# French names a party by a lower-case adjective after what the party owns (« le gouvernement
# libéral », « le projet de loi conservateur »), where English writes "the Liberal government":
# alone the adjective is an ordinary word (« un esprit libéral », « un choix conservateur »).
_FRENCH_PARTY_NOUNS = (
    "gouvernement", "projet de loi", "plan", "plateforme", "programme", "candidat", "candidate",
    "depute", "deputee", "deputes", "deputees", "caucus", "ministre", "ministres", "chef", "cheffe",
    "carte de membre", "association", "congres", "membre", "membres", "course", "electeurs", "electrices",
    # what English writes "the Liberal scandal", "the Conservative cuts", "Liberal friends"
    "scandale", "scandales", "taxe", "taxe carbone", "compressions", "coupes", "deficit", "deficits", "bilan",
    "coalition", "promesse", "promesses", "corruption", "regime", "mandat", "annees", "ere", "depenses",
    "budget", "reforme", "loi", "amis", "elite", "machine", "gang", "bande", "financement", "senateur",
    "senateurs", "gaspillage", "echec", "echecs", "vague",
    # "Conservative misinformation", "Liberal spin": « désinformation conservatrice »
    "desinformation", "propagande", "mensonges", "ideologie", "obstruction", "hypocrisie",
    # "the Liberal mess", "this Conservative fiasco": French puts the judgement first, « ce gâchis
    # libéral », « le fiasco conservateur »; the adjective after a word of blame is the party
    # (« un choix conservateur », « un esprit libéral » name no judgement and stay ordinary)
    "gachis", "fiasco", "desastre", "catastrophe", "cirque", "chaos", "mensonge", "arrogance", "incompetence",
    "derive", "magouille", "magouilles", "improvisation", "incurie", "mepris", "cafouillage", "cafouillages",
    "bordel", "merdier", "gabegie", "mascarade", "copinage", "favoritisme", "clientelisme", "sabotage",
    "derapage", "derapages", "fouillis", "pagaille", "naufrage", "cauchemar", "saccage", "trahison",
    "operation photo", "seance de photos", "seance photo", "operation de com", "coup de com", "coup de pub",
    # "a Liberal activist": « une militante libérale », « un partisan conservateur »
    "militant", "militante", "militants", "militantes", "partisan", "partisane", "partisans", "partisanes",
    # round 8 parity: what English reads as "a Liberal majority", "the NDP nomination", "Conservative
    # flyers", "a Liberal sign", "the Bloc vote": « une majorité libérale », « l'investiture
    # néo-démocrate », « des dépliants conservateurs », « une pancarte libérale »
    "majorite", "minorite", "investiture", "depliant", "depliants", "tract", "tracts", "pancarte", "pancartes",
    "benevole", "benevoles", "slogan", "publicite", "publicites", "pub", "pubs", "victoire", "defaite", "base",
)  # « notre équipe conservatrice », « les militants libéraux »: the party-voice shapes read those
# « Appuyez le libéral dans Kanata »: the party's candidate, but also « le conservateur du musée »,
# so these are weak names that need a cue right beside them.
_FRENCH_PARTY_PERSONS = ("le {}", "la {}")
_FRENCH_PARTY_ADJECTIVES = {
    "fed-lpc": ("liberal", "liberale", "liberaux", "liberales"),
    "fed-cpc": ("conservateur", "conservatrice", "conservateurs", "conservatrices"),
    "fed-ndp": ("neo-democrate", "neo-democrates", "neodemocrate", "neodemocrates"),
    "fed-bq": ("bloquiste", "bloquistes"),
    # "the PC Party", "the Progressive Conservatives": Ontario's is the one most often meant
    "on-pc": ("PC Party", "Progressive Conservatives", "Parti progressiste-conservateur"),
    "sk-party": ("Sask Party",),
}
# Everyday phrases that contain a party word ("Liberal arts", "arts libéraux").
_NOT_A_PARTY = ("liberal arts", "arts liberaux", "liberal studies", "liberal education", "bloc party")
# A leader's surname that is also a carmaker, beside a vehicle word ("Ford F-150", "our Ford
# trucks", « mon camion Ford », « chez le concessionnaire Ford »): the brand, not the premier.
_BRAND = "ford"
_VEHICLES_AFTER = (
    "truck", "trucks", "f-150", "f150", "f-250", "f250", "f-350", "f350", "mustang", "focus", "escape",
    "explorer", "ranger", "bronco", "fiesta", "fusion", "taurus", "edge", "transit", "maverick", "expedition",
    "pickup", "pick-up", "van", "dealer", "dealers", "dealership", "motor", "motors", "model", "sedan", "suv",
    "lightning", "raptor", "plant", "assembly", "f-150s", "f150s", "f-250s", "f250s", "f-350s", "f350s", "mustangs",
    # what a car does or has done to it: "the Ford is parked out front", « la Ford est stationnée
    # dehors » (French writes the car in the feminine; the premier is « le » or « M. »)
    "is parked", "parked", "broke down", "won't start", "wont start", "est stationnee", "stationnee", "est garee",
    "garee", "est parkee", "parkee", "est en panne", "en panne", "demarre pas", "part pus", "part plus",
)
_VEHICLES_BEFORE = (
    "camion", "camions", "pick-up", "pickup", "char", "chars", "auto", "voiture", "voitures", "concessionnaire",
    "concessionnaires", "garage", "usine", "vieux", "vieille", "my old", "old", "used", "new", "usage",
    # a car is feminine in French (« ma Ford », « une Ford »): Doug Ford never takes these
    "ma", "ta", "sa", "une", "cette", "la", "ma vieille", "ta vieille",
    # English owns a car the same way ("my Ford's brakes"); nobody owns the premier
    "my", "your", "his", "their",
)
# Party acronyms typed in lower case, as casual posts do ("renewed my ndp membership", « membre
# de la caq »): True when the lower-case form is no other word; the others (« pq » is "parce que",
# "npd" a diagnosis, "cpc" cost per click) count only beside a cue, like a weak name.
_LOWER_ACRONYMS = {
    "ndp": True, "caq": True, "plq": True, "ucp": True, "bcndp": True, "abndp": True,
    "npd": False, "cpc": False, "lpc": False, "pcc": False, "plc": False, "ppc": False,
}
_LOWER_CASE_FORMS = {
    "fed-lpc": ("the liberals", "the grits"),
    "fed-cpc": ("the conservatives", "the tories"),
    "fed-ndp": ("the dippers",),
    "fed-bq": ("du bloc", "au bloc", "le bloc", "the bloc"),
    "qc-pq": ("du pq", "au pq", "le pq"),
    "qc-qs": ("de qs", "a qs", "pour qs", "chez qs"),
}
# Party words that are also ordinary words ("Bloc de béton", "les verts", "solidaires").
_AMBIGUOUS_MEMBER_WORDS = {"bloc", "greens", "grits", "verts", "solidaires", "new blue", "wildrose"}
# Canadian forms missing from politics.toml that would otherwise read as a foreign party
# ("New Democrats" is the NDP, not the US Democrats). To move into the reference source.
_EXTRA_CANADIAN_FORMS = {
    "fed-ndp": ("New Democrats", "New Democrat", "nouveaux démocrates"),
    # Short forms of the federal names ("the Green Party", « le Parti libéral »); the longer
    # provincial names ("Parti libéral du Québec") still win where they are written in full.
    "fed-cpc": ("Conservative Party", "Parti conservateur"),
    "fed-lpc": ("Liberal Party", "Parti libéral"),
    "fed-gpc": ("Green Party", "Parti vert"),
    "fed-ppc": ("People's Party", "Parti populaire"),
    # the singular of the Quebec partisans' names (politics.toml lists the plural only)
    "qc-caq": ("caquiste",),
    "qc-pq": ("péquiste",),
    "fed-bq": ("bloquiste", "bloquistes"),
    # "the PC Party", "the Progressive Conservatives": Ontario's is the one most often meant
    "on-pc": ("PC Party", "Progressive Conservatives", "Parti progressiste-conservateur"),
    "sk-party": ("Sask Party",),
}

# -------- Cues of support, opposition, campaigning and candidacy (POL002-POL004)

# The parties a membership card is written with ("my NDP card", « ma carte du Bloc », « ma carte
# libérale »), so that a library or a store card is not one.
_CARD_PARTY = (
    r"party|parti|liberal|liberale|conservative|conservatrice|tory|ndp|npd|green|vert|bloc|pc|pcc|plc|ucp"
    r"|caq|pq|plq|qs|quebec\s+solidaire|ppc|new\s+democrat|neo-democrate"
)
# « pancarte » alone is read as a campaign's sign, as English reads "lawn sign": not a sign for a
# garage sale, a party or a lost cat, nor a sign for sale or a street sign.
_NOT_A_CAMPAIGN_SIGN = (
    r"(?!\s+(?:pour\s+(?:la|ma|une|notre|mon|le|les|nos|mes)\s+(?:\w+\s+)?(?:vente|garage|fete|party|spectacle|festival"
    r"|chat|chienne?|marche|souper|brunch|kermesse|bazar|tournoi)|a\s+vendre|de\s+(?:vente|garage|rue|stationnement"
    r"|chantier|bienvenue|stop|arret|detour)))"
)
# Explicit support, in English then French (folded: no accents).
_SUPPORT = (
    r"vot(?:e|ed|es|ing|ez|ons|er|erai|erais|erait|erons|era|ant|ent|eront|eriez|eraient)\b"
    r"(?:\s+(?:for|pour|4)\b)?"
    r"|support(?:s|ed|ing)?(?!\w)|proud(?:ly)?\s+(?:to\s+)?(?:vote|support|stand|back)"
    r"|endors(?:e|ed|es|ing)|re-?elect|(?<!-)elect\b|backing|all\s+the\s+way"
    r"|for\s+(?:pm|premier|prime\s+minister)|(?<!running\s)(?<!runs\s)(?<!run\s)for\s+president"
    r"|4pm|4\s+president|we\s+need|the\s+only\s+(?:choice|option|one\s+who)|my\s+(?:girl|guy)\b"
    # "the only leader who speaks for Quebec", "the only adult in the room", « le seul chef qui »
    r"|the\s+only\s+(?:(?:real|true|serious|sane|honest)\s+)?(?:leader|party|candidate|politician|adult)"
    r"\s+(?:who|that|with\s+a|serious|worth|in\s+the\s+room|to\s+trust|standing\s+up|fighting|speaking)\b"
    r"|(?:le|la)\s+seule?\s+(?:(?:vrai|vraie)\s+)?(?:chef|cheffe|parti|candidat|candidate|leader|politicien|politicienne"
    r"|adulte)\s+(?:qui|serieux|serieuse|avec\s+un|digne|capable|dans\s+la\s+piece|en\s+qui)\b"
    r"|our\s+(?:guy|man|girl|leader)\b|notre\s+(?:homme|gars|chef|cheffe|fille)\b"
    r"|our\s+(?:candidate|mp|mpp|mna|mla)|member\s+of\s+the"
    r"|donate|volunteer(?:ing)?|canvass(?:ing)?|knock(?:ing)?\s+on\s+doors|door-?knocking"
    r"|(?:lawn|yard|campaign|election)\s+signs?|join\s+(?:the|our)\s+campaign|join\s+our\s+team"
    r"|fight(?:s|ing)?\s+for\s+(?:you|canadians|taxpayers|families|workers|the)\b"
    r"|stand(?:s|ing)?\s+up\s+for|let's\s+go|go\s+team|i'm\s+with\s+(?:her|him)"
    r"|(?:next|future)\s+(?:president|prime\s+minister|pm)"
    r"|should\s+be\s+(?:president|prime\s+minister|pm)"
    r"|(?:my|our)\s+(?:next\s+)?(?:president|candidate|nominee)"
    r"|a\s+(?:new\s+)?(?:[a-z]+\s+)?government\s+(?:will|would)|(?:will|would)\s+make\s+a\s+great"
    r"|vot(?:e|ez|er|ons|erai|e)\s+pour|je\s+vote|j'ai\s+vote|j'appuie|appuy(?:er|ez|ons)"
    r"|soutien(?:s|t)?|soutenir|soutenons|soutenant"
    r"|fier(?:e)?s?\s+de\s+(?:voter|appuyer|militer|soutenir)|milit(?:er|e|ons)"
    r"|notre\s+candidat(?:e)?|mon\s+candidat|ma\s+candidate"
    r"|notre\s+(?:futur|prochain)\s+president|(?:futur|prochain)e?\s+president(?:e)?"
    r"|elis(?:ons|ez)|elire|reelire|faites\s+un\s+don|benevole|porte-a-porte|pancartes?(?!\w)"
    rf"{_NOT_A_CAMPAIGN_SIGN}"
    r"|allez\s+(?:les\s+)?|seul\s+choix|membre\s+du|(?:qu')?il\s+nous\s+(?:faut|faudrait)"
    # French forms of the English cues above ("endorse", "all the way", "for PM", "we need", "the
    # only option", "our MP", "fight for you", "I'm with her", "next PM", "will make a great")
    r"|endoss(?:e|ons|er|ez|e)|jusqu'au\s+bout|pour\s+(?:premier|premiere)\s+ministre|pour\s+pm"
    r"|(?:on\s+a|nous\s+avons)\s+besoin\s+d|la\s+seule\s+option|(?:le|la)\s+seule?\s+qui"
    r"|notre\s+deputee?|se\s+bat(?:tent)?\s+pour\s+(?:vous|nous|les\s+familles|les\s+travailleurs|le\s+quebec)"
    r"|je\s+suis\s+avec\s+(?:lui|elle)|(?:prochain|prochaine|futur|future)\s+(?:premier|premiere)\s+ministre"
    r"|devrait\s+etre\s+(?:premier|premiere)\s+ministre|fera(?:it)?\s+un(?:e)?\s+(?:excellent|excellente|grand|grande"
    r"|super)|allez\s+l'equipe|on\s+y\s+va"
    # « ferait un premier ministre extraordinaire »: French puts the praise after the office
    r"|fera(?:it)?\s+une?\s+(?:premier|premiere)\s+ministre\s+(?:extraordinaire|exceptionnel(?:le)?|formidable"
    r"|excellente?|fantastique|incroyable|hors\s+pair|de\s+reve)"
    # party membership: "card-carrying", "renewed my ... membership", « carte de membre », « adhérer au »
    r"|card-carrying|membership|joined\s+the|riding\s+association|carte\s+de\s+membre|membre\s+en\s+regle"
    r"|adher(?:er|e|ez|ons|ant)\s+au|association\s+de\s+circonscription|adhesion|membre\s+des"
    r"|(?:a|an|longtime|long-time|proud|paid-up|lifelong|party)\s+(?:\w+\s+){0,2}member\b|eda\b|pris\s+ma\s+carte"
    r"|delegates?\b|delegue(?:e|s|es)?\b|convention\b|congres\b|mark\s+your\s+(?:x|ballot)\b|faites\s+votre\s+(?:x|croix)\b"
    r"|check\s+the\s+box|cochez|reelisez|reelisons|trust\s+the\b|put\s+your\s+trust\s+in|faites\s+confiance"
    r"|accordez\s+votre\s+confiance"
    r"|back\s+(?:the|our)\b"
    # the cheer around a name: "Go Carney go!", « Go Legault go! »
    r"|go(?=\s+[\w'-]+\s+go\b)"
    r"|un\s+(?:nouveau\s+)?gouvernement\s+\w+\s+(?:va|fera|pourra|\w{3,}rait|\w{3,}ra)\b"
)
# Explicit opposition, in English then French.
_OPPOSE = (
    r"must\s+(?:go|resign|be\s+stopped|never)|should\s+resign|needs?\s+to\s+(?:go|resign)|(?:has|have)\s+to\s+(?:go|resign)\b"
    r"|(?:gotta|got\s+to)\s+go\b"
    r"|resign\s+now|never\s+vot(?:e|ing)|not\s+(?:gonna\s+|going\s+to\s+)?vot(?:e|ing)"
    r"|won't\s+vote|refuse\s+to\s+vote"
    # "not one vote for", « pas une voix pour », « aucun vote pour »: votes refused to a side
    r"|(?:not|no|zero)\s+(?:one\s+|a\s+single\s+|more\s+)?votes?\s+(?:for|to)\b|pas\s+(?:une|un)\s+(?:seule?\s+)?(?:voix|vote)\s+(?:pour|au|a)\b"
    r"|aucun(?:e)?\s+(?:seule?\s+)?(?:voix|vote)\s+(?:pour|au|a)\b|(?:tu|vous|on)\s+vot(?:e|es|ez)\s+(?:pas|jamais)\b"
    # « je ne vais pas voter pour », « je voterai pas libéral »: "not going to vote", "won't vote"
    r"|(?:vais|va|allons|vote)\s+(?:pas|plus)\s+voter\b|(?:voterai|votera|voterons)\s+(?:pas|plus)\b|pas\s+voter\b"
    r"|a\s+danger\s+(?:to|for)|dangerous|menace\s+pour|dangereu(?:x|se)"
    r"|vote\s+(?:them|him|her)?\s*out|kick(?:ed)?\s+out|get\s+rid\s+of"
    r"|throw\s+(?:them|him|her)\s+out|keep\s+(?:them|him|her)?\s*out\s+of|stop\s+(?:him|her|them)\b"
    r"|anyone[\s-]+but|anything[\s-]+but|any(?:one|body)\s+other\s+than"
    r"|(?:i'd|i\s+would|we'd)\s+(?:still\s+|much\s+)?rather"
    r"|prefer(?:s|red)?\s+[\w@#.' -]{1,30}\s+(?:over|than|to)\b|plutot\s+que|je\s+prefere"
    r"|above\s+the\s+law|au-dessus\s+des\s+lois"
    r"|worst\s+(?:pm|premier|prime\s+minister|government|leader|president|candidate)|disgrace"
    r"|corrupt|liars?\b|crooks?\b|clowns?\b|incompetent|frauds?\b|down\s+with|shame\s+on"
    r"|traitors?|dictator|puppet|never\s+be\s+(?:pm|premier|prime\s+minister|president)"
    r"|dehors|demission|(?:doit|doivent)\s+(?:partir|demissionner|degager|s'en\s+aller)|jamais\s+(?:voter|plus)|honte"
    r"|menteu(?:r|rs|se|ses)|corrompu(?:e|s|es)?|incompetent(?:e|s|es)?|debarrass|degage(?:z)?"
    r"|pire\s+(?:premier\s+ministre|gouvernement|chef|president)"
    r"|escroc|traitre|vendus?\b|faire\s+barrage|(?:je\s+)?refuse\s+de\s+voter|tout[\s-]+sauf|battre"
    r"|demander\s+des\s+comptes\s+a|defendre\s+les\s+(?:canadiens|canadiennes|quebecois|quebecoises|familles|travailleurs)"
    # petitions and protests: "hands off", "say no to", "oppose", "want X gone" / « pas touche »,
    # « dites non à », « vous opposer », « qu'il s'en aille »
    r"|hands\s+off|pas\s+touche|touchez\s+pas|ne\s+touchez\s+pas|bas\s+les\s+pattes|say\s+no\s+to"
    r"|(?:dites|disons|dire)\s+non\s+a|(?:i|we|to)\s+oppose\b|(?:vous|nous)\s+opposer|(?:je\s+m'|on\s+s'|nous\s+nous\s+)oppos\w*"
    r"|oppos(?:ons|ez)-(?:nous|vous)"  # the writer's own opposition, not "the Liberals oppose the motion"
    r"|wants?\s+(?:\w+\s+){1,3}gone|s'en\s+aill(?:e|ent)"
    # English's "want X gone" the French way: « faut que le PCC débarque », « vous voulez que QS dégage »
    r"|(?:faut|veux|voulez|voudrais|veut|voulons)\s+que\s+(?:[\w'-]+\s+){1,6}?"
    r"(?:debarque|debarquent|degage|degagent|parte|partent|sacre\s+(?:son|leur)\s+camp)\b"
)
_CUE = re.compile(rf"(?<!\w)(?:{_SUPPORT}|{_OPPOSE})")
# Round 8 parity: the other language's forms of cues above, in a pattern of their own tried only on
# posts holding one of their words (each alternative of _CUE is tried at every position).
_PARITY = (
    # "join our team", "the leader we need" said the French way (« joignez-vous à notre équipe », « le
    # chef dont on a besoin »); "stand up for Quebec" as « défendre le Québec »
    # « j'vote bloc », « jvote pour le NPD »: "I vote", typed the way it is said
    r"j'?vote(?:rai)?(?:\s+pour)?\b"
    r"|(?:joignez-vous|rejoignez)\s+(?:a\s+)?(?:notre|l')\s*equipe|dont\s+(?:on\s+a|nous\s+avons|le\s+\w+\s+a)\s+besoin"
    r"|defend(?:re|ez|ent|ons|ra)?\s+(?:le\s+quebec|le\s+canada|l'ontario|l'alberta|nos\s+(?:regions|familles|travailleurs"
    r"|aines|emplois))\b"
    # the French of "puppet", "dictator", "frauds", "crooks", "down with", "never be PM" (« une
    # marionnette », « un pantin », « un dictateur », « des fraudeurs », « une gang de croches », « à bas
    # les libéraux » but not « à bas prix », « ne sera jamais premier ministre »)
    r"|marionnettes?\b|pantins?\b|dictat(?:eur|rice)s?\b|fraudeu(?:r|rs|se|ses)\b"
    r"|(?:un|une|des|de|bande\s+de|gang\s+de)\s+croches\b|(?:un|une)\s+croche\b|a\s+bas\s+(?:les?|la|l')(?!\s*prix)"
    r"|(?:ne\s+)?sera\s+jamais\s+(?:premier|premiere)\s+ministre"
    # the English of « battre », « faire barrage »: "we have to beat the Conservatives", "block X"
    r"|(?:must|need\s+to|have\s+to|got\s+to|gotta|let's|we\s+can|we\s+will|help\s+us)\s+(?:beat|defeat|block)\b"
    # « faut que les libéraux partent », « il faut arrêter X », « sortons les conservateurs », as "have to
    # go", "must be stopped", "vote out the Conservatives"
    r"|(?:il\s+)?(?:faut|faudrait)\s+qu(?:e\s+|')(?:[\w'-]+\s+){0,3}?(?:parte|partent|s'en\s+aille|s'en\s+aillent"
    r"|demissionne|demissionnent|degage|degagent)\b"
    r"|(?:il\s+)?(?:faut|faudrait)\s+(?:l'|les\s+)?(?:arreter|bloquer|stopper)\b"
    r"|(?:sortons|sortez)-les\b|(?:sortons|sortez|dehors)\s+(?:les\s+)?(?=(?:liberaux|conservateurs|caquistes|pequistes"
    r"|bloquistes|neo-democrates)\b)"
    # "time for the Liberals to go" as « il est temps que les libéraux s'en aillent » (a sentence's end)
    r"|time\s+for\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+to\s+(?:go|leave|step\s+down|pack\s+(?:it\s+in|up))(?=\s*(?:[.!,]|$))"
)
_CUE_PARITY = re.compile(rf"(?<!\w)(?:{_PARITY})")
_PARITY_WORDS = frozenset({
    "jvote", "jvoterai", "vote", "voterai", "joignez", "rejoignez", "dont", "defendre", "defendez", "defendent", "defendons", "defendra", "marionnette",
    "marionnettes", "pantin", "pantins", "dictateur", "dictateurs", "dictatrice", "dictatrices", "fraudeur",
    "fraudeurs", "fraudeuse", "fraudeuses", "croche", "croches", "bas", "sera", "beat", "defeat", "block", "faut",
    "faudrait", "sortons", "sortez", "dehors", "time",
})
# Familiar forms of the same cues, tried only on posts holding one of their words (each
# alternative of the big pattern above is tried at every position of every sentence).
_FAMILIAR = (
    # the ballot mark and the party card in the familiar forms: "put your X", « fais ton X »,
    # "renewed my Bloc card", « j'ai renouvelé ma carte du Bloc », « fière militante libérale »
    r"put\s+your\s+(?:x|cross)\b|(?:fai|met)(?:s|tes)\s+(?:ton|votre)\s+(?:x|croix)\b"
    r"|(?:ma|mes)\s+cotisations?\s+(?:au|du|a\s+la|de\s+la)\b|paid\s+my\s+(?:\w+\s+){1,2}dues\b"
    rf"|(?:renewed|got|bought|took\s+out)\s+my\s+(?!green\s+card)(?:{_CARD_PARTY})\s+(?:membership\s+|party\s+)?card\b"
    rf"|ma\s+carte\s+(?:de\s+membre\s+)?(?:(?:du|de\s+la|de|au|a\s+la|aux|des)\s+)?(?:{_CARD_PARTY})\b"
    r"|(?:fier|fiere|je\s+suis|chu|suis)\s+(?:un\s+|une\s+)?militant(?:e)?\b"
    r"|(?:proud|longtime|long-time|lifelong)\s+(?:\w+\s+)?activist\b|activist\s+since\b|militant(?:e)?\s+(?:\w+\s+)?depuis\b"
    # saying which party one belongs to: « je suis péquiste », « chu caquiste », "Tory for life",
    # « caquiste assumée », « péquiste de cœur », "a Dipper through and through"
    r"|(?:je\s+suis|chu|j'suis|je\s+reste|j'ai\s+toujours\s+ete|i'm\s+a|i\s+am\s+a)\s+(?:un\s+|une\s+)?(?:fier\s+|fiere\s+|proud\s+)?"
    r"(?=(?:pequiste|caquiste|bloquiste|tory|dipper|grit)s?\b)"
    r"|(?:(?<=quiste\s)|(?<=tory\s)|(?<=dipper\s)|(?<=grit\s))"
    r"(?:assumee?|dans\s+l'ame|de\s+coeur|depuis\s+toujours|pour\s+la\s+vie|for\s+life|through\s+and\s+through"
    r"|since\s+forever|and\s+proud)\b"
    # a slogan opening a sentence: "No to Ford's cuts!", « Non à la taxe libérale! » (not "the
    # Liberals said no to the motion", « les libéraux disent non à »)
    r"|(?<!\w\s)(?<![\w'])(?:no\s+to|non\s+(?:a|aux|au))\b"
    # money given to a party, told after the fact: "gave $20 to the Greens", "my monthly donation to
    # the Tories", « j'ai donné 50 $ au Bloc », « mon don mensuel à QS », « ma contribution au NPD »
    r"|(?:donated|gave|give|giving|donating|contributed|chipped\s+in)\s+(?:(?:again|\$\s?\d+|\d+\s?\$|\w+\s+bucks"
    r"|what\s+i\s+could|a\s+little|some\s+money|money|(?:a|per|every|each)\s+(?:month|year|week|paycheque))\s+)*to\s+(?:the\s+)?(?=\w)"
    r"|(?:my|our)\s+(?:\w+\s+)?(?:donation|contribution)s?\s+(?:of\s+\S+\s+)?to\s+(?:the\s+)?(?=\w)"
    r"|(?:j'ai|on\s+a|nous\s+avons|je)\s+(?:encore\s+|aussi\s+)?donne\s+(?:\d+\s?\$\s+|encore\s+)?(?:au|a\s+la|aux|a)\s+(?=\w)"
    r"|(?:mon|un|notre|ma)\s+(?:petit\s+)?(?:don|contribution)\s+(?:mensuel(?:le)?\s+|annuel(?:le)?\s+)?(?:de\s+\d+\s?\$\s+)?"
    r"(?:au|a\s+la|aux|a)\s+(?=\w)"
    # belonging in other words: "I'm a New Democrat", "just became a Green", "signed up with the
    # Liberals", "we both hold NDP cards", "monthly donor to the NDP", "sent $100 to", "made a
    # donation to", "helping out at the NDP office" / « je me suis inscrit au NPD », « notre carte du
    # NPD », « donatrice du Bloc », « j'ai envoyé 100 $ au », « je siège au CA de l'association »
    r"|(?:i'm|i\s+am|im|officially|became|become|i've\s+become|proud)\s+(?:now\s+|officially\s+)?an?\s+"
    r"(?=(?:liberal|conservative|new\s+democrat|green(?!\s+(?:thumb|card|tea|light|belt|bin|smoothie|energy))|tory|dipper|grit)\b)"
    r"|signed\s+up\s+(?:with|for)\s+the\b|(?:hold|have|carry|got)\s+(?:\w+\s+)?(?=(?:ndp|liberal|conservative|tory|bloc|pq|caq|qs"
    r"|ppc|ucp|caq|npd)\s+(?:membership\s+)?cards?\b)|pay\s+my\s+dues\b"
    r"|(?:monthly|annual|regular|proud|longtime|long-time|lifelong)\s+donor\s+(?:to|of)\b|donor\s+to\s+the\b"
    r"|sent\s+(?:(?:my|a|an|another)\s+(?:\w+\s+)?(?:donation|contribution|membership|fee|dues|cheque|check|money)"
    r"|\$\s?\d+|\d+\s?\$|\w+\s+bucks)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?(?=\w)"
    r"|made\s+(?:a|my|another)\s+(?:\w+\s+)?(?:donation|contribution)\s+to\b"
    r"|(?:helping|helped|help)\s+out\s+(?:at|with|for)\b|stuffing\s+envelopes\s+for\b"
    r"|(?:je\s+me\s+suis|me\s+suis|je\s+suis)\s+inscrite?\s+(?:au|a\s+la|aux|chez)\b"
    r"|(?:notre|nos|ma|mes|sa|leur|votre|vos|ta|chacun\s+notre|chacune\s+notre)\s+cartes?\s+(?:de\s+membre\s+)?(?:du|de\s+la|des)\b"
    r"|(?:joint|jointe|rejoint|rejointe|joins|rejoins)\s+(?:au|aux|a\s+la|a\s+l'|les|le|la)\s+(?=\w)"
    r"|donat(?:eur|rice)s?\s+(?:\w+\s+)?(?:du|de\s+la|des|au|a\s+la)\b"
    r"|envoye\s+(?:ma|mon|un|une|\d+\s?\$)\s+(?:\w+\s+){0,2}?(?:a|au|aux)\b"
    r"|coup\s+de\s+main\s+(?:au|a\s+la|aux)\s+(?:local|bureau|campagne)\b|siege\w*\s+(?:maintenant\s+)?(?:au|a\s+l')"
    # the vote as a thing given: "my vote goes to", "cast your ballot for", "X gets my vote", « mon vote
    # va au Bloc », « X a mon vote », « donne ton vote à »
    r"|(?:my|your|our)\s+(?:\w+\s+)?(?:vote|ballot|x)\s+(?:\w+\s+){0,2}?(?:go|goes|going|went|will\s+go|should\s+go)\s+to\b"
    r"|cast\s+(?:your|my|our)\s+(?:\w+\s+)?(?:ballot|vote)s?\s+for\b|mark\s+(?:your|my)\s+ballot\s+for\b"
    r"|(?:gets?|has|have|earned|won|getting)\s+my\s+vote\b|(?:give|giving|gave)\s+(?:your|my|our)\s+vote\s+to\b"
    r"|(?:mon|notre|votre|ton)\s+vote\s+(?:va|ira|est\s+pour|sera\s+pour|s'en\s+va)\b"
    r"|(?:a|aura|auront|ont|gagne|merite)\s+mon\s+vote\b|(?:donne|donner|donnez|donnons)\s+(?:ton|votre|mon|notre)\s+vote\s+(?:a|au|aux)\b"
    # time and money in French: « je fais du bénévolat pour le NPD », « j'ai donné de l'argent à la CAQ »,
    # « je verse 20 $ par mois au Bloc », « je cotise au PQ »
    r"|(?:fais|fait|faisons|faire|faites|fera[is]?)\s+du\s+benevolat\s+(?:pour|avec|au|a\s+la|aux|chez)\b"
    r"|donne\s+(?:de\s+l'argent|des\s+sous|du\s+cash|\d+\s?\$|un\s+montant|le\s+(?:maximum|max)(?:\s+permis)?)"
    r"\s+(?:\w+\s+){0,2}?(?:a|au|aux|pour)\b"
    # "maxed out my donation to", the French's « donné le maximum au »
    r"|maxed\s+out\s+(?:my|our)\s+(?:\w+\s+)?(?:donation|contribution)s?\s+to\b"
    r"|(?:verse|versons)\s+(?:un\s+don|\d+\s?\$)\s+(?:\w+\s+){0,2}?(?:a|au|aux)\b|(?:je|on)\s+cotise\s+(?:au|a\s+la|aux)\b"
    # « je suis membre de Québec solidaire », « je fais partie de l'exécutif du NPD »
    r"|(?:je\s+suis|chu|j'suis|suis|devenue?|d'etre)\s+membre\s+(?:en\s+regle\s+)?(?:de|du|des)\b"
    r"|(?:je\s+fais|on\s+fait|nous\s+faisons)\s+partie\s+(?:de\s+l'executif\s+|de\s+l'equipe\s+)?(?:du|de\s+la|des|de)\b"
    # mobilising against a side: "mobilizing against the X government", « mobilisation contre »
    r"|mobiliz(?:e|ing|ation)\s+against|mobilis(?:ation|ons-nous|er|ez-vous)\s+contre|(?:on\s+se|se)\s+mobilise\s+contre"
    # a day between (« on se mobilise samedi contre », "mobilizing Saturday against")
    r"|(?:on\s+se\s+mobilise|mobilisons-nous|mobilisez-vous|mobiliz(?:e|ing))(?:\s+[\w']+){1,2}?\s+(?:contre|against)"
    # « on chasse la CAQ », « chassons les libéraux » as "kick out the CAQ": a party right after, never a deer
    r"|(?:on\s+chasse|chassons|chassez)\s+(?:les\s+|la\s+|le\s+)?(?=(?:liberaux|conservateurs|caquistes|pequistes|bloquistes"
    r"|neo-democrates|caq|plc|pcc|npd|ppc)\b)"
)
_CUE_FAMILIAR = re.compile(rf"(?<!\w)(?:{_FAMILIAR})")
_FAMILIAR_WORDS = frozenset({
    "put", "fais", "faites", "mets", "mettez", "cotisation", "cotisations", "dues", "card", "carte",
    "militant", "militante", "activist", "pequiste", "pequistes", "caquiste", "caquistes", "bloquiste",
    "bloquistes", "tory", "tories", "dipper", "dippers", "grit", "grits", "no", "non", "mobilizing", "mobilize",
    "mobilization", "mobilisation", "mobilisons", "mobiliser", "mobilisez", "mobilise", "chasse", "chassons", "chassez",
    "donated", "gave", "give", "giving", "donating", "contributed", "chipped", "donation", "donations", "contribution",
    "contributions", "donne", "don", "membre", "partie", "benevolat", "verse", "versons", "cotise", "vote", "ballot",
    "i'm", "im", "am", "officially", "became", "become", "proud", "signed", "hold", "have", "carry", "got", "pay",
    "donor", "sent", "made", "helping", "helped", "help", "stuffing", "inscrit", "inscrite", "cartes", "donateur",
    "donatrice", "donateurs", "donatrices", "envoye", "coup", "siege", "sieger", "maxed",
})
# Belonging said by joining, leaving or being one of a side named beside: "thinking of joining the
# Greens", "quit the Conservatives after 15 years", "renewed with the PPC", « renouvelé avec le PPC »,
# "I've been a Liberal", "carried a PQ card", "we Greens", « nous, les verts ». Their words are
# common ("we", "left"), so they are a small pattern of their own, tried only beside a name.
_SIDE = (
    r"(?:join|joining|quit|quitting|left|leaving|renewed\s+with)\s+the\s+(?=\w)"
    r"|renouvele\w*\s+(?:avec|aupres\s+du|au)\s+(?:le\s+|la\s+)?(?=\w)"
    r"|(?:i've\s+been|always\s+been|i\s+was)\s+an?\s+(?=(?:liberal|conservative|new\s+democrat|green(?!\s+(?:thumb|card|tea|light"
    r"|belt|bin|smoothie|energy))|tory|dipper|grit)\b)"
    r"|(?:carried|had|held)\s+(?:\w+\s+)?(?=(?:ndp|liberal|conservative|tory|bloc|pq|caq|qs|ppc|ucp|npd)\s+(?:membership\s+)?cards?\b)"
    r"|(?:we|us)\s+(?=(?:liberals|conservatives|new\s+democrats|greens|tories|dippers|grits|bloquistes|pequistes)\b)"
    r"|nous(?:\s*,)?\s+les\s+(?=(?:liberaux|conservateurs|verts|bloquistes|pequistes|caquistes|solidaires|neo-democrates)\b)"
    # the vote day and the side: « le 28 avril, c'est Bloc! », "on October 3 it's QS"
    r"|(?:(?:le|on)\s+(?:\w+\s+)?\d{1,2}(?:er|st|nd|rd|th)?(?:\s+\w+)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|election\s+day|jour\s+du\s+vote)\s*,?\s*(?:c'est|it's|it\s+is)\s+"
    r"(?:le\s+|la\s+|les\s+|l')?(?=[\w'-]+(?:\s+[\w'-]+)?\s*(?:[!.,]|$|all\s+the\s+way|jusqu))"  # not "c'est Legault qui..."
    # "to the polls! and not for the Liberals", « aux urnes! et pas pour les libéraux »
    r"|(?:(?:urnes|polls|vote|voter|votez)\W+|and\s+|et\s+|mais\s+|but\s+)(?:not|pas|jamais|never)\s+(?:for|pour)\s+(?:the\s+|les\s+"
    r"|le\s+|la\s+)(?=\w)"
    # « mettez votre X à côté du nom du candidat conservateur »
    r"|mettez\s+votre\s+(?:x|croix)\b"
)
_CUE_SIDE = re.compile(rf"(?<!\w)(?:{_SIDE})")
_SIDE_WORDS = frozenset({
    "join", "joining", "quit", "quitting", "left", "leaving", "renewed", "renouvele", "renouvelee", "been", "was",
    "carried", "had", "held", "we", "us", "nous", "est", "it", "is", "urnes", "polls", "mettez", "and", "et", "but",
    "mais",
})
# "never Trump", "jamais Macron": a refusal right before the name.
_REFUSAL_BEFORE = re.compile(
    r"(?<!\w)(?:never|jamais|no\s+more|plus\s+jamais|(?:anyone|anybody)\s+but|tout\s+sauf(?:\s+les?|\s+la)?"
    r"|(?:n'importe\s+qui|nimporte\s+qui|tout\s+le\s+monde)\s+sauf(?:\s+les?|\s+la)?|stop|ni"
    r"|i\s+trust|in\s+\w+\s+we\s+trust|(?:entierement\s+|pleinement\s+|toute\s+)?confiance\s+en|pro|anti|jevote|je\s+vote|our"
    r"|notre|nos"
    r"|needs?\s+(?:a\s+)?(?:new\s+)?|a\s+besoin\s+(?:d'un(?:e)?\s+(?:nouveau\s+|nouvelle\s+)?|de\s+(?:la\s+|l')?|d'|du|des))[\s#@-]*$"
)
# "our Ford", « notre Houston », « nos Smith »: before a name that is also a brand, a city or
# anyone's surname, a possessive is ownership ("our Ford trucks"), not a side.
_POSSESSIVE = re.compile(r"(?:our|notre|nos)[\s#@-]*$")
# ... unless a political team follows: "our Ford government", "our Smith team", « notre équipe ».
_TEAM_AFTER = re.compile(
    r"(?:'s)?\s+(?:government|govt|team|campaign|caucus|candidates?|party|pcs?|conservatives|ucp|gouvernement"
    r"|equipe|campagne|parti|candidat(?:e|s|es)?)(?!\w)"
)
_KEEP_BEFORE = re.compile(r"(?<!\w)keep[\s#@]*$")
# "Don't let Ford get another majority", "we can't let Poilievre win", « ne laissez pas Legault
# gagner », « empêchons Ford d'avoir une autre majorité »: a call to stop someone at the polls.
_LET_BEFORE = re.compile(
    r"(?<!\w)(?:don't|do\s+not|can't|cannot|won't|must\s+not|never)\s+let[\s#@]*$"
    r"|(?<!\w)(?:ne\s+(?:laissez|laissons|laisse|laissera|laisserons)\s+pas|(?:on\s+)?(?:ne\s+)?(?:peut|peux|doit|pouvons|devons)"
    r"\s+pas\s+laisser|empechons|empechez|empecher)[\s#@]*$"
)
_WIN_AFTER = re.compile(
    # "win" alone, or the election: not "win at Mario Kart", "win the race", "win against me"
    r"\s+(?:win(?!\s+(?:at|against|the\s+(?:race|game|match|cup|prize|bet)|a\s+(?:game|race|prize|bet)))|get\s+(?:another|a\s+second|a\s+third|a|his|her|their)\s+(?:\w+\s+)?(?:majority|term|mandate|chance)"
    r"|back\s+in(?:to)?\s+(?:power|office)|return\s+to\s+power|stay\s+in\s+power|form\s+(?:a\s+|the\s+)?government"
    r"|be\s+(?:re-?elected|elected|pm|premier|prime\s+minister)"
    r"|(?:de\s+)?gagner(?!\s+(?:a|au|aux|contre|la\s+(?:course|partie|game)|le\s+(?:match|prix|concours)))|avoir\s+(?:une|un)\s+(?:autre\s+)?(?:\w+\s+)?(?:majorite|mandat)|d'avoir\s+(?:une|un)\s+(?:autre\s+)?(?:majorite|mandat)"
    r"|revenir\s+au\s+pouvoir|rester\s+au\s+pouvoir|(?:d')?etre\s+(?:re)?elue?|former\s+(?:le|un)\s+gouvernement"
    r"|prendre\s+le\s+pouvoir|de\s+prendre\s+le\s+pouvoir)(?!\w)"
)
_OUT_AFTER = re.compile(r"[\s#@]*out\b")
# "Ford out!", "Trudeau out now.": the slogan, not "Ford out of stock" or "Trudeau out in Halifax".
_OUT_SLOGAN = re.compile(r"\s*(out(?:\s+now)?)(?=\s*(?:!|\.|,|$))")
_CALL = re.compile(
    r"(?<!\w)(?:donate|chip\s+in|volunteer(?:ing)?|canvass(?:ing)?|knock(?:ing)?\s+on\s+doors"
    r"|door-?knocking|phone\s*bank(?:ing)?|lawn\s+signs?|help\s+(?:us\s+)?(?:elect|re-?elect)"
    r"|vote\s+for|join\s+(?:our|the)\s+campaign|help\s+us\s+(?:win|elect|re-?elect|beat|defeat"
    r"|(?:keep|hold|flip|take\s+back)\s+(?:this|the|our)\s+(?:riding|seat|district|ward))"
    r"|become\s+a\s+(?:member|volunteer)|devenez\s+(?:membre|benevole)|prenez\s+votre\s+carte\s+de\s+membre"
    r"|aidez-nous\s+a\s+(?:gagner|elire|reelire|battre|(?:reprendre|remporter|garder|conserver|ravir)"
    r"\s+(?:cette|la|notre|ce|le)\s+(?:circonscription|comte|siege|district|quartier))"
    r"|appels\s+aux\s+electeur(?:s|rices)"
    r"|faites\s+un\s+don|donnez|benevoles?|porte-a-porte"
    # the noun, as English's "a vote for the Bloc is a vote for Quebec": « un vote pour le Bloc »
    r"|(?:un|chaque)\s+vote\s+pour"
    # "vote for" in French's infinitive after a call (« allez voter pour le NPD », « n'oubliez pas de voter
    # pour », « amenez vos voisins voter pour ») and its "let's" (« votons pour »)
    r"|(?:allez|va|allons|venez|sortez|pensez\s+a|n'oubliez\s+pas\s+de|faut|(?:on\s+)?doit|devez|devons|(?:amenez|convainquez|encouragez)\s+(?:vos|votre|tes|ton|ta)"
    r"\s+[\w-]+\s+(?:a\s+|de\s+)?)\s*voter\s+pour|votons\s+pour"
    rf"|pancartes?(?!\w){_NOT_A_CAMPAIGN_SIGN}|votez\s+pour"
    r"|aidez-nous\s+a\s+elire|joignez-vous\s+a\s+(?:la|notre)\s+(?:equipe\s+de\s+)?campagne|pouvez-vous\s+(?:donner|contribuer)"
    r"|contribuez|donnez\s+\d+|join\s+(?:the|our)\s+party"
    r"|adherez\s+au\s+parti|joignez-vous\s+au\s+parti|(?:buy|get|renew)\s+(?:a|your)\s+membership"
    r"|sign\s+up\s+(?:as|to\s+be)\s+a\s+member|(?:achetez|prenez|renouvelez)\s+votre\s+carte\s+de\s+membre"
    r"|inscrivez-vous\s+comme\s+membre)(?!\w)"
)
# What a fundraising or membership call is for when it names no party: the campaign's deadline,
# momentum or fight, "a better Canada" ("Chip in $5 before midnight", « devenez membre et
# aidez-nous à bâtir un meilleur Canada »). A club's membership drive names none of these.
_CALL_PURPOSE = re.compile(
    r"(?<!\w)(?:before\s+midnight|avant\s+minuit|fundraising\s+deadline|end[-\s]of[-\s]quarter|fin\s+du\s+trimestre"
    r"|(?:our|notre)\s+(?:momentum|elan|movement|mouvement|party|parti|campaign|campagne)"
    r"|fight\s+back|riposter|repondre\s+a\s+leurs|attack\s+ads?|publicites?\s+(?:d'attaque|negatives?)"
    r"|(?:build|batir|construire)\s+(?:a|un)\s+(?:(?:better|stronger|fairer|greener|meilleur|nouveau)\s+)?(?:canada|quebec|country|pays)"
    r"|un\s+canada\s+plus\s+\w+|(?:win|gagner)\s+(?:this|the|cette|l')\s*(?:election|campaign|election|campagne)"
    r"|leadership\s+(?:race|vote|contest)|next\s+leader|course\s+a\s+la\s+(?:chefferie|direction)|prochain(?:e)?\s+chef(?:fe)?"
    r"|nomination\s+race|course\s+a\s+l'investiture)(?!\w)"
)
_SELF_TARGETED = re.compile(r"help\s+us\s+(?:elect|re-?elect)|aidez-nous\s+a\s+(?:elire|reelire)|appels\s+aux\s+electeur")
_NOT_A_CALL = re.compile(r"(?<!\w)(?:than|won't|wouldn't|didn't|don't|refuse\s+to)\s+$")
_CALL_WORDS = frozenset({
    "donate", "chip", "volunteer", "volunteering", "canvass", "canvassing", "knock", "knocking",
    "door", "doorknocking", "phone", "phonebank", "phonebanking", "lawn", "help", "vote", "join",
    "faites", "donnez", "benevole", "benevoles", "porte", "pancarte", "pancartes", "votez", "aidez",
    "joignez", "become", "devenez", "prenez", "appels", "pouvez", "contribuez", "adherez", "membership", "member",
    "achetez", "renouvelez", "inscrivez", "voter", "votons",
})
_CAMPAIGN_TARGET = re.compile(
    r"(?<!\w)(?:candidate|candidates|campaign|riding|nominee|candidat|candidate|candidats"
    r"|campagne|circonscription)(?!\w)"
)
_CANDIDACY = re.compile(
    r"(?<!\w)(?:(?:seek|seeking|sought|running\s+for|won|win|winning"
    r"|secured?)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}nomination|i(?:'m"
    r"|\s+am)\s+(?:running\s+(?:for|in|as)|a\s+candidate|the\s+candidate"
    r"|officially\s+a\s+candidate)|(?:announce|launch)(?:ing|d)?\s+my\s+(?:candidacy|campaign)"
    r"|vote\s+for\s+me|my\s+candidacy|(?:briguer|brigue|briguerai|obtenir|remporte"
    r"|remporter)\s+(?:l'|l')?investiture|(?:je\s+suis|je\s+serai"
    r"|me\s+voici)\s+(?:officiellement\s+)?candidat(?:e)?|ma\s+candidature\s+(?:a|au|aux|pour"
    r"|dans)|votez\s+pour\s+moi|je\s+me\s+presente\s+(?:aux\s+elections|a\s+la\s+mairie"
    r"|au\s+conseil|comme\s+candidat|a\s+l'investiture|a\s+la\s+course\s+a\s+l'investiture))(?!\w)"
)
# Candidacy in words that also fit a costume contest or a club ("I'm in the race", « je suis dans
# la course », "thank you for electing me"): they count with an office, a party or an election.
_CANDIDACY_SOFT = re.compile(
    # "I'm running to be your MP", "proud to be the NDP candidate in...", "put my name forward",
    # "in the race for mayor", "seeking re-election", "thank you for electing me" / « fière d'être
    # la candidate du NPD », « je suis dans la course à la mairie », « je sollicite un nouveau
    # mandat », « merci de m'avoir élue »
    r"(?<!\w)(?:je\s+me\s+presente\s+pour\s+etre|i(?:'m|\s+am)\s+running\s+to\s+be|(?:proud|honoured|honored|excited|thrilled)\s+to\s+be\s+(?:the|your)\s+(?:[\w-]+\s+)?candidate"
    r"|put(?:ting)?\s+my\s+name\s+forward|i(?:'m|\s+am)\s+in\s+the\s+race|seeking\s+re-?election"
    r"|thank\s+you\s+for\s+(?:re-?)?electing\s+me|(?:fier|fiere|honore|honoree|heureux|heureuse)\s+d'etre\s+(?:le|la|votre)"
    r"\s+candidat(?:e)?|je\s+suis\s+dans\s+la\s+course|je\s+sollicite\s+un\s+(?:nouveau|deuxieme|second|troisieme)\s+mandat"
    r"|merci\s+de\s+m'avoir\s+(?:re)?elu(?:e)?|je\s+brigue|poser\s+ma\s+candidature)(?!\w)"
)
_OFFICE_CONTEXT = re.compile(
    r"(?<!\w)(?:mps?|mpps?|mlas?|mnas?|mayor|councill?or|council|trustee|ward|riding|nomination|premier|prime\s+minister"
    r"|parliament|legislature|election|elections|municipal|provincial|federal|deputee?|maire|mairesse|mairie"
    r"|conseill(?:er|ere)|conseil\s+municipal|commissaire|circonscription|investiture|federale?"
    r"|assemblee\s+nationale|parlement|district)(?!\w)"
)
# Seats that are no public office: a condo board, a union local, a student council, a club.
_PRIVATE_SEAT = re.compile(
    r"(?<!\w)(?:condo|strata|copropriete|co-?op|cooperative|union|syndicat|syndicale?|student\s+council|conseil\s+etudiant"
    r"|class\s+president|school\s+council|conseil\s+d'etablissement|club|league|ligue|treasurer|tresoriere?|prom|bal\s+des"
    r"|homeowners|residents'\s+association|association\s+de\s+residents|parish|paroisse|board\s+of\s+directors)(?!\w)"
)
_PUBLIC_SEAT = re.compile(
    r"(?<!\w)(?:mps?|mpps?|mlas?|mnas?|mayor|councill?or|city\s+council|trustee|ward|riding|premier|parliament|legislature"
    r"|municipal\w*|provincial\w*|federal\w*|deputee?|maire|mairesse|mairie|conseil\s+municipal|circonscription"
    r"|assemblee\s+nationale|parlement|party|parti)(?!\w)"
)
_CANDIDACY_WORDS = frozenset({
    "nomination", "running", "candidate", "candidacy", "campaign", "investiture", "candidat",
    "candidature", "presente", "race", "electing", "reelecting", "mandat", "elu", "elue", "reelu", "reelue",
    "brigue",
})
# Soft candidacy words too common alone ("of course", "forward", "election") count with their
# partner ("je suis dans la course", "put my name forward", "seeking re-election"): see check().

@dataclass(frozen=True)
class _Entity:
    """Who a name refers to, as the rules need it."""

    jurisdiction: str  # "federal", "QC", ... or "foreign"
    country: str  # "CA", "US", "FR", "UK"
    strong: bool  # False: also an ordinary word, so it needs an explicit cue (POL002)
    label: str

    @property
    def foreign(self) -> bool:
        return self.jurisdiction == "foreign"


_NOTHING = object()


@dataclass(frozen=True)
class _Title:
    """A political title standing for a politician ("the PM"); `office`: a political office only
    (any judgement beside it counts), else also other people's title (only strong ones count)."""

    office: bool


@dataclass(frozen=True)
class _AsWritten:
    """Forms that count only as written ("GOP", "Trump", "Liberals", not "trump card" or
    "liberals arts"), checked on the original text at the folded match's offsets; `otherwise`
    is what the folded letters mean when no written form matches (_NOTHING: nothing)."""

    forms: Mapping[str, _Entity | None]
    otherwise: object = _NOTHING


@dataclass(frozen=True)
class _Lexicon:
    # Folded names, names that count only as written (_AsWritten), blockers (None: "brigitte
    # macron" is not the politician) and campaign slogans ((kind, entity) tuples) in one
    # automaton: a single pass over each post.
    names: TermMatcher[Any]
    tag_kind: Mapping[str, tuple[str, _Entity | None]]
    name_keys: Any  # ahocorasick.Automaton of folded name forms glued inside hashtags/handles
    tag_keys: Any  # the same, plus surnames read only inside a stance hashtag ("#AvecCarney")
    tag_only: frozenset[str]  # those surnames: a bare year after them is no stance ("#Blanchet2025")
    # Given names used alone ("Hillary", "Bernie"): the politician only in a political post.
    given: Mapping[str, _Entity]
    # One word of every name, slogan and title (None: some term has no word): see _may_name.
    name_words: frozenset[str] | None


_TERM_WORD = re.compile(r"[^\W_]+")
# Function words that make poor keys ("the pm" is keyed on "pm", "our mp" on "mp").
_COMMON_KEY_WORDS = frozenset({
    "the", "of", "a", "an", "and", "for", "to", "our", "my", "this", "that", "your", "we", "new",
    "le", "la", "les", "l", "de", "du", "des", "d", "c", "s", "et", "pour", "en", "est", "notre",
    "nos", "votre", "cette", "ce", "mon", "ma", "nous", "au", "aux",
    # what a French party owns (« le gouvernement libéral »): the adjective is the rarer key
    *(word for noun in _FRENCH_PARTY_NOUNS for word in noun.split()),
})


def _term_key(words: list[str]) -> str:
    """The longest uncommon word of a term's words."""
    return max([w for w in words if w not in _COMMON_KEY_WORDS] or words, key=len)


def _name_words(terms: Iterable[str]) -> frozenset[str] | None:
    """One word of each term, as few distinct words as possible: any word of a term is a key
    for it, so a term holding a word that is a key already ("ford expedition" holds "ford", a
    name of its own) adds none. Every extra key is a word that sends ordinary posts ("an
    expedition", « en marche ») through the automaton walk for nothing."""
    words = [_TERM_WORD.findall(t) for t in terms if t]
    if not all(words):
        return None
    keys = {w[0] for w in words if len(w) == 1}
    for term_words in sorted(words, key=len):  # shorter terms first: they offer fewer choices
        if keys.isdisjoint(term_words):
            keys.add(_term_key(term_words))
    return frozenset(keys)


def _may_name(lex: _Lexicon, folded: str) -> bool:
    """Can the name pass find anything? Each word of a whole-word match is a maximal run of
    letters and digits of the post. `text_words` holds those runs as they are, except inside
    "@handles" and starred spellings ("f*ck"), which glue some together: looking inside those
    few, a post holding no key word names no one and the automaton walk is skipped (most posts)."""
    keys = lex.name_words
    if keys is None:
        return True
    words = text_words(folded)
    if not words.isdisjoint(keys):
        return True
    # "Trudeaus budget": a possessive typed without its apostrophe (the name matcher reads it)
    if not words.isdisjoint(_possessive_keys(keys)):
        return True
    if "@" not in folded and "*" not in folded:
        return False
    if "*" in folded:
        glued = " ".join([w for w in words if "@" in w or "*" in w])
    else:  # the glued words are the handles: found where they start, not among all the words
        glued = " ".join(_HANDLE.findall(folded))
    return not keys.isdisjoint(_TERM_WORD.findall(glued))


@cache
def _possessive_keys(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(key + "s" for key in keys if not key.endswith("s"))


# The "@handles" of `text_words` (the first branch of its pattern: nothing else holds an "@").
_HANDLE = re.compile(r"@[\w.]+")


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _glued(name: str) -> str:
    """'Hillary Clinton' -> 'hillaryclinton' (as in #HillaryClinton or @HillaryClinton)."""
    return "".join(ch for ch in fold(name) if ch.isalnum())


@cache
def accounts_data() -> dict[str, Any]:
    return _data._read_toml("political_accounts.toml")


@cache
def context_tags() -> frozenset[str]:
    """Election and politics hashtags (#elxn43, #cdnpoli, #qcpoli): a post that uses one is political."""
    tags = accounts_data().get("context_hashtags", {}).get("tags", [])
    return frozenset(fold(str(t)) for t in tags)


@cache
def foreign_data() -> dict[str, Any]:
    return _data._read_toml("foreign_politics.toml")


@cache
def lexicon() -> _Lexicon:
    folded_terms: dict[str, _Entity | None] = {}
    cased_terms: dict[str, _Entity | None] = {}
    tag_kind: dict[str, tuple[str, _Entity | None]] = {}
    slogans: dict[str, tuple[str, _Entity | None]] = {}
    name_keys: dict[str, _Entity] = {}
    tag_only: dict[str, _Entity] = {}  # keys read in stance hashtags only, never as a glued name
    given: dict[str, _Entity] = {}

    def key(name: str, entity: _Entity, minimum: int = 4) -> None:
        glued = _glued(name)
        if len(glued) >= minimum:
            name_keys.setdefault(glued, entity)

    # -- Canadian parties and leaders (politics.toml, generated from the shared reference)
    data = _data.politics()
    for party in data.get("party", []):
        jurisdiction = str(party.get("jurisdiction", "federal"))
        strong = _Entity(jurisdiction, "CA", True, str(party.get("id", "")))
        weak = _Entity(jurisdiction, "CA", False, strong.label)
        for adjective in _FRENCH_PARTY_ADJECTIVES.get(strong.label, ()):
            for noun in _FRENCH_PARTY_NOUNS:
                folded_terms.setdefault(f"{noun} {adjective}", strong)
            for person in _FRENCH_PARTY_PERSONS:
                folded_terms.setdefault(person.format(adjective), weak)
            key(adjective, weak)  # "#VotezLibéral", "#NonAuxConservateurs"
        for name in (*party.get("names", []), *_EXTRA_CANADIAN_FORMS.get(strong.label, ())):
            folded_terms[fold(name)] = strong
            key(name, strong)
        # Acronyms that are also ordinary words ("cue" ones) are weak: they need an explicit cue.
        for acronym in party.get("acronyms", []):
            cased_terms[acronym] = strong
            key(acronym, strong, 2)
        for acronym in party.get("cue_acronyms", []):
            cased_terms[acronym] = weak
            key(acronym, weak, 2)
        for acronym in (*party.get("acronyms", []), *party.get("cue_acronyms", [])):
            lower = acronym.lower()
            if lower in _LOWER_ACRONYMS:
                cased_terms.setdefault(lower, strong if _LOWER_ACRONYMS[lower] else weak)
        for word in party.get("member_words", []):
            entity = weak if fold(word) in _AMBIGUOUS_MEMBER_WORDS else strong
            if word[:1].isupper():
                # English party words are capitalised; lower-case "liberal arts" is not a party.
                # Shouted forms count too ("VOTE LIBERAL").
                for form in (word, _singular(word)):
                    cased_terms[form] = entity
                    if len(form) >= 5:
                        cased_terms[form.upper()] = entity
            else:
                folded_terms[fold(word)] = entity
            key(word, weak)
        for leader in party.get("leaders", []):
            full = fold(str(leader.get("name", "")))
            if not full:
                continue
            folded_terms[full] = strong
            key(full, strong)
            surname = full.split()[-1]
            if (len(surname) >= 6 or surname in _SHORT_WORD_EXCEPTIONS) and (
                surname not in _SURNAME_STOPLIST or surname in _SHORT_WORD_EXCEPTIONS
            ):
                folded_terms.setdefault(surname, weak if surname in _AMBIGUOUS_SURNAMES else strong)
                if surname in _AMBIGUOUS_SURNAMES:
                    given.setdefault(surname, strong)  # the politician in a political post
                if surname not in _AMBIGUOUS_SURNAMES:
                    key(surname, strong, 5)
        for tag in party.get("support_tags", []):
            tag_kind[fold(tag)] = ("partisan_support", strong)
        for slogan in party.get("slogans", []):
            if len(slogan) >= 12:
                slogans[fold(slogan)] = ("slogan", strong)
                tag_kind.setdefault("#" + _glued(slogan), ("partisan_support", strong))
    for group in data.get("hashtag", []):
        kind = group.get("kind")
        if kind in ("partisan_support", "partisan_opposition"):
            for tag in group.get("tags", []):
                tag_kind.setdefault(fold(tag), (str(kind), None))

    # -- Official accounts, known-as names and short surnames (political_accounts.toml)
    jurisdictions = {str(p.get("id", "")): str(p.get("jurisdiction", "federal")) for p in data.get("party", [])}
    accounts = accounts_data()
    for row in accounts.get("account", []):
        handle = fold(str(row.get("handle", "")))
        if not handle.startswith("@") or len(handle) < 3:
            continue
        if row.get("jurisdiction") == "foreign":
            entity = _Entity("foreign", str(row.get("country", "")), True, str(row.get("name", "")))
        else:
            party_id = str(row.get("party", ""))
            entity = _Entity(jurisdictions.get(party_id, "federal"), "CA", True, party_id or str(row.get("name", "")))
        folded_terms.setdefault(handle, entity)  # a whole handle only (see TermMatcher)
    for row in accounts.get("known_as", {}).get("names", []):
        party_id = str(row.get("party", ""))
        entity = _Entity(jurisdictions.get(party_id, "federal"), "CA", True, party_id)
        if row.get("cased"):
            cased_terms.setdefault(str(row["name"]), entity)
        else:
            folded_terms.setdefault(fold(str(row["name"])), entity)
    # French forms of partisan hashtags that politics.toml lists in English only ("#OrangeWave",
    # « #VagueOrange »), and party acronyms that are French only (#PLC beside #LPC).
    for row in accounts.get("tag", []):
        party_id = str(row.get("party", ""))
        tag_entity = _Entity(jurisdictions.get(party_id, "federal"), "CA", True, party_id) if party_id else None
        tag_kind.setdefault(fold(str(row.get("tag", ""))), (str(row.get("kind", "partisan_support")), tag_entity))
    # Federal leaders' surnames too ambiguous to key alone ("Carney the dog"), but unmistakable
    # inside a stance hashtag ("#AvecCarney", "#Singh2025"): keys for the hashtag reading only.
    for row in accounts.get("tag_surnames", {}).get("names", []):
        party_id = str(row.get("party", ""))
        tag_only.setdefault(fold(str(row["name"])), _Entity(jurisdictions.get(party_id, "federal"), "CA", True, party_id))
    # French forms of campaign slogans that politics.toml lists in English only.
    for row in accounts.get("slogan", []):
        party_id = str(row.get("party", ""))
        entity = _Entity(jurisdictions.get(party_id, "federal"), "CA", True, party_id)
        slogans.setdefault(fold(str(row.get("text", ""))), (str(row.get("kind", "slogan")), entity))
    surnames = set(accounts.get("contextual_surnames", {}).get("names", []))
    for party in data.get("party", []):
        jurisdiction = str(party.get("jurisdiction", "federal"))
        for leader in party.get("leaders", []):
            last_word = fold(str(leader.get("name", ""))).split()[-1:]
            if last_word and last_word[0] in surnames:
                strong = _Entity(jurisdiction, "CA", True, str(party.get("id", "")))
                folded_terms.setdefault(last_word[0], _Entity(jurisdiction, "CA", False, strong.label))
                given.setdefault(last_word[0], strong)  # the politician in a political post

    # Casual posts drop the capitals ("donated to the tories", « membre du pq »): the lower-case
    # forms are weak names, counted only beside a cue (« pq » alone is "parce que").
    # The form with its article outranks the bare word in the one longest-match pass, so its written
    # variants are spelled out: lower case weak; capitalised as the bare word reads ("the Tories").
    for party in data.get("party", []):
        label = str(party.get("id", ""))
        weak = _Entity(str(party.get("jurisdiction", "federal")), "CA", False, label)
        for written in _LOWER_CASE_FORMS.get(label, ()):
            article, word = written.split(" ", 1)
            cased_terms.setdefault(written, weak)
            for shown in {word.capitalize(), word.upper()}:
                entity = cased_terms.get(shown) or folded_terms.get(word) or weak
                for lead in {article, article.capitalize(), article.upper()}:
                    cased_terms.setdefault(f"{lead} {shown}", entity)
    for phrase in _NOT_A_PARTY:
        folded_terms[phrase] = None
    for vehicle in _VEHICLES_AFTER:
        folded_terms[f"{_BRAND} {vehicle}"] = None
    for vehicle in _VEHICLES_BEFORE:
        folded_terms[f"{vehicle} {_BRAND}"] = None
    # -- Foreign parties and politicians (foreign_politics.toml, team-written)
    foreign = foreign_data()
    for entry in (*foreign.get("party", []), *foreign.get("person", [])):
        country = str(entry.get("country", ""))
        label = str(entry.get("id") or entry.get("name", ""))
        strong = _Entity("foreign", country, True, label)
        weak = _Entity("foreign", country, False, label)
        for name in (*entry.get("names", []), *entry.get("aliases", [])):
            folded_terms.setdefault(fold(name), strong)
            if " " in name or "-" in name:
                folded_terms.setdefault(_glued(name), strong)  # #HillaryClinton
            key(name, strong, 5)
        for name in entry.get("weak_aliases", []):
            folded_terms.setdefault(fold(name), weak)
        for name in entry.get("given_names", []):
            folded_terms.setdefault(fold(name), weak)
            given[fold(name)] = strong
        for name in entry.get("cased_aliases", []):
            cased_terms.setdefault(name, strong)
        for name in entry.get("cased_weak", []):
            cased_terms.setdefault(name, weak)
        for handle in entry.get("handles", []):
            folded_terms.setdefault(fold(handle), strong)
        for tag_key in entry.get("tag_keys", []):
            name_keys.setdefault(fold(tag_key), strong)
        for tag in entry.get("support_tags", []):
            tag_kind.setdefault(fold(tag), ("partisan_support", strong))
        for tag in entry.get("opposition_tags", []):
            tag_kind.setdefault(fold(tag), ("partisan_opposition", strong))
        for slogan in entry.get("support_slogans", []):
            slogans.setdefault(fold(slogan), ("slogan", strong))
        for slogan in entry.get("opposition_slogans", []):
            slogans.setdefault(fold(slogan), ("slogan_opposition", strong))
        for phrase in entry.get("not_this", []):
            folded_terms[fold(phrase)] = None  # wins over the shorter name inside it

    automaton = ahocorasick.Automaton()
    for name, entity in name_keys.items():
        automaton.add_word(name, (len(name), entity))
    automaton.make_automaton()
    tag_automaton = ahocorasick.Automaton()
    for name, entity in {**tag_only, **name_keys}.items():
        tag_automaton.add_word(name, (len(name), entity))
    tag_automaton.make_automaton()
    names: dict[str, Any] = dict(folded_terms)
    # Political titles ride the same pass ("the PM", « le premier ministre »): a stance target.
    for title, office in stance.titles().items():
        names.setdefault(title, _Title(office))
    names.update(slogans)
    for written, cased_entity in cased_terms.items():
        folded_form = fold(written)
        known = names.get(folded_form, _NOTHING)
        if type(known) is _AsWritten:
            names[folded_form] = _AsWritten({**known.forms, written: cased_entity}, known.otherwise)
        else:
            names[folded_form] = _AsWritten({written: cased_entity}, known)
    return _Lexicon(
        names=TermMatcher(names, possessive=True),
        tag_kind=tag_kind,
        name_keys=automaton,
        tag_keys=tag_automaton,
        tag_only=frozenset(k for k in tag_only if k not in name_keys),
        given=given,
        name_words=_name_words(names),
    )


# -- Hashtags built from a name: "#NoHillary2016", "#JeVoteMacron", "#TrudeauMustGo".
_YEAR = r"(?:19|20)\d\d"
_US_STATES = (
    "al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh"
    "|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy"
)
_TAG_SUPPORT_PREFIX = (
    r"team|vote|votefor|voting|votingfor|imwith|iamwith|imvotingfor|whyimvotingfor|istandwith"
    r"|standwith|readyfor|elect|reelect|support|supporting|ilove|welove|love|jevote|jevotepour"
    r"|votez|votezpour|votons|votonspour|avec|allez|vive|jesoutiens|jechoisis|onvote|pro|yes"
    r"|go|gogo|itrust|trust|webelievein|equipe|ensembleavec|ensemble|onvote|onvotepour|vivement"
    # "#ProudOfTheBloc", « #FiersDuBloc », "#AllInForPSPP", « #ToutPourPSPP »
    r"|proudof|proudofthe|fiersdu|fieresdu|fierdu|fieredu|fiersde|fiersdela|fiersdenotre|allinfor|allinwith|toutpour"
    r"|toutpourle|toutpourla|derriere|behind|monvote|monvotepour|monvoteva|monvotevaau|jusquaubout|pourlavie|forlife"
    r"|wevote|wevotefor|ivote|ivotefor|myvote|myvotefor|myvotegoesto"
    # round 8 parity: « #JeSuisAvecLegault » as "#IStandWithLegault", « #EnAvantAvec » as "#ForwardWith"
    r"|jesuisavec|onestavec|jappuie|jecroisen|enavantavec|forwardwith|webackthe|weback|iback|ibackthe"
    # « #JVoteBloc », the "I vote" typed as it is said
    r"|jvote|jvotepour|monvotecest|monvoteestpour|letsgo"
)
_TAG_OPPOSE_PREFIX = (
    r"no|not|non|never|stop|anyonebut|anythingbut|fire|resign|dump|impeach|lock|jail|arrest"
    r"|defeat|beat|crooked|lying|corrupt|sleepy|toutsauf|sortons|sortez|jamais|contre|anti"
    r"|nonau|nona|dehors|degage|danger|imposture|imposteur|byebye|bye|goodbye"
    r"|whyimnotvotingfor|notvotingfor|neverever|notmy|boycott|fuck|fck|screw|ihate|hate"
    r"|shameon|honte|halte|haltea|raslebol|bloquons|bloquer|arretons|stoppons|barrons|barrage|fairebarrage"
    r"|nonala|nonaux|nonal|plusjamais|pasde|assezde|onsort|onsortir|sortir|onchasse|chassons"
    r"|pasmon|pasma|pasnotre"
    # « #AdieuLegault » as "#ByeByeLegault", « #ÇaSuffitLegault » and "#EnoughFord"
    r"|adieu|casuffit|cestassez|enough|enoughof"
    # « #PasDeMajoritéCAQ » as "#NoMajorityForPoilievre"
    r"|pasdemajorite|pasdemajoritepour|nomajority|nomajorityfor|nothanks"
    # French puts the deed first where English writes "#ScheerCuts": « #CompressionsScheer »
    r"|compressions|coupes|scandale|mensonges"
)
_TAG_SUPPORT_SUFFIX = (
    rf"{_YEAR}|4pm|forpm|pm|pourpm|premierministre|pourpremierministre|4president|forpresident|president|presidente"
    rf"|4potus|forpotus|nation"
    rf"|train|crew|ftw|forthewin|alltheway|yes|oui|pourlafrance|mypresident|notrepresident"
    rf"|monpresident|2020|2024|jusquaubout|pourlavie|forlife|(?:for|4)(?:america|president|potus|pm|congress|senate|governor"
    rf"|mayor|{_US_STATES})"
)
_TAG_OPPOSE_SUFFIX = (
    r"mustgo|mustresign|mustbestopped|mustfall|out|cuts|resign|demission|demissionne|jamais"
    r"|cestnon|non|no|dehors|degage|forprison|4prison|toprison|isaliar|liar|liars|lies|lied"
    r"|lying|menteur|gate|sucks|fail|failed|isajoke|disgrace|nul|never|neveragain"
    r"|notmypresident|pasmonpresident|imposteur|imposture|danger|menteuse|menteurs|menteuses|onassez|cestassez|assez"
    r"|pourmoi|jamaisplus|enough|hadenough"
    # round 8 parity: « #LegaultDoitPartir » as "#FordMustGo"
    r"|doitpartir|doitdemissionner|doitsenaller|doiventpartir|doiventdemissionner"
    # « #PoilievreNonMerci », "#PoilievreNoThanks"
    r"|nonmerci|nothanks"
)
_TAG_PREFIXES = re.compile(rf"(?:{_TAG_OPPOSE_PREFIX}|{_TAG_SUPPORT_PREFIX})*")
_TAG_SUPPORT_PREFIXES = re.compile(rf"(?:{_TAG_SUPPORT_PREFIX})*")
_TAG_SUFFIXES = re.compile(rf"(?:{_TAG_OPPOSE_SUFFIX}|{_TAG_SUPPORT_SUFFIX})*")
_TAG_SUPPORT_SUFFIXES = re.compile(rf"(?:{_TAG_SUPPORT_SUFFIX})*")
_TOKEN = re.compile(r"[#@]\w+")
# Party acronyms that are also a material's name (#PVC: the Green Party's « Parti vert du
# Canada », and the plastic of pipes, crafts and fashion): not a party beside the material's words.
_MATERIAL_TAGS = {"#pvc"}
_MATERIAL_WORDS = frozenset({
    "pipe", "pipes", "pipework", "plumbing", "fitting", "fittings", "vinyl", "vinyle", "plastic", "plastique",
    "latex", "leather", "cuir", "fashion", "mode", "outfit", "cosplay", "diy", "craft", "crafts", "bricolage",
    "tuyau", "tuyaux", "tuyauterie", "plomberie", "raccord", "raccords", "renovation", "reno", "fence", "cloture",
    "boots", "bottes", "skirt", "jupe", "dress", "robe", "fetish", "style", "pvcpipe", "pvcfashion", "vinylfashion",
    "patch", "patches", "sewing", "couture", "window", "windows", "fenetre", "fenetres", "deck", "flooring", "plancher",
})
_YEAR_ONLY = re.compile(_YEAR)


def _affixes(text: str, both: re.Pattern[str], support: re.Pattern[str]) -> bool | None:
    """None: not a run of stance affixes; True: it needs an opposing one; False: support."""
    if not text or support.fullmatch(text):
        return False
    if both.fullmatch(text):
        return True
    return None


# French puts an article between the stance and the name: « #OnSortLesLibéraux », « #ToutSaufLesConservateurs »,
# « #MonVotePourLeBloc »; alone it is a mention (« #LesLibéraux »).
_TAG_ARTICLE = re.compile(r"(?:les|le|la|l|du|des|aux|au|de|d|the)$")


def _stance_tag(body: str) -> tuple[str, _Entity] | None:
    """Reads a folded hashtag body as prefix* + name (+ running mate) + suffix*."""
    lex = lexicon()
    for end_index, (length, entity) in lex.tag_keys.iter(body):
        start, end = end_index - length + 1, end_index + 1
        prefix, suffix = body[:start], body[end:]
        if prefix and _TAG_PREFIXES.fullmatch(prefix) is None:
            prefix = _TAG_ARTICLE.sub("", prefix)
        if not prefix and not suffix:
            continue  # the bare name: a mention, not a stance
        if not prefix and body[start:end] in lex.tag_only and _YEAR_ONLY.fullmatch(suffix):
            continue  # "#Blanchet2025": a namesake's graduation as likely as a campaign
        before = _affixes(prefix, _TAG_PREFIXES, _TAG_SUPPORT_PREFIXES)
        if before is None:
            continue
        after = _affixes(suffix, _TAG_SUFFIXES, _TAG_SUPPORT_SUFFIXES)
        if after is None:
            # A ticket: "#BidenHarris", "#TrumpPence" (a second name, then affixes).
            mate = None
            for mate_end, (mate_length, mate_entity) in lex.tag_keys.iter(suffix):
                if mate_end - mate_length + 1 == 0:
                    after = _affixes(suffix[mate_end + 1:], _TAG_SUFFIXES, _TAG_SUPPORT_SUFFIXES)
                    if after is not None:
                        mate = mate_entity
                        break
            if mate is None:
                continue
        kind = "partisan_opposition" if (before or after) else "partisan_support"
        return kind, entity
    return None


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    entity: _Entity

    @property
    def jurisdiction(self) -> str:
        return self.entity.jurisdiction


@dataclass(frozen=True)
class _Tag:
    start: int
    end: int
    kind: str
    entity: _Entity | None


def _camel_bounded(original: str, start: int, end: int, token_start: int) -> bool:
    """A name glued inside a handle or hashtag counts where the capitals say it is a word:
    "@JLMelenchon", "#HillaryEmails", but not "#trumpet"."""
    first = original[start]
    if start > token_start + 1:
        before = original[start - 1]
        camel = first.isupper() and (before.islower() or before.isdigit())
        if not (camel or before == "_" or before.isdigit()):
            return False
    if end < len(original):
        after = original[end]
        if after.isalnum() and not (after.isupper() or after.isdigit()):
            return False
        if after.isupper() and original[end - 1].isupper() and first.isupper():
            return False  # ALL CAPS: no word boundary to read
    return True


_ACRONYM_LETTERS = 4


@lru_cache(maxsize=8)
def _analysis(text: str, folded: str) -> tuple[list[_Span], list[_Tag], list[_TitleSpan]]:
    """Parties and politicians named in a post, its partisan hashtags and slogans, and the
    political titles standing for a politician (cached: five rules ask about the same post)."""
    lex = lexicon()
    spans: list[_Span] = []
    tags: list[_Tag] = []
    titles: list[_TitleSpan] = []
    uncased = text.islower()  # typed all in lower case: a capital would have said nothing
    for start, end, _term, value in lex.names.find(folded) if _may_name(lex, folded) else ():
        if type(value) is _AsWritten:
            written = text[start:end]
            found = value.forms.get(written, _NOTHING)
            if found is _NOTHING and uncased and 3 <= end - start <= _ACRONYM_LETTERS:
                # "gop", "ndp" in an all-lower-case post: the acronym (not "trump" for "Trump",
                # nor "liberals" for "LIBERALS")
                found = value.forms.get(written.upper(), _NOTHING)
            value = value.otherwise if found is _NOTHING else found
        if type(value) is _Entity:
            spans.append(_Span(start, end, value))
        elif type(value) is tuple:  # a campaign slogan
            tags.append(_Tag(start, end, value[0], value[1]))
        elif type(value) is _Title and not _title_elsewhere(folded, end):
            titles.append(_TitleSpan(start, end, value.office))
    # Most hashtags and handles (#tbt, @friend) are neither a known tag nor hold a name key: a set
    # test and one automaton probe of all tokens together (keys are letters and digits, so none
    # spans the space between two tokens) clear them before the per-token walk.
    tokens = _TOKEN.findall(folded) if "#" in folded or "@" in folded else ()
    if tokens and (
        not lex.tag_kind.keys().isdisjoint(tokens) or next(lex.tag_keys.iter(" ".join(tokens)), None) is not None
    ):
        glued_names = False
        for token in _TOKEN.finditer(folded):
            start, end = token.start(), token.end()
            word = token.group(0)
            if word[0] == "#":
                known = lex.tag_kind.get(word)
                if known is not None and word in _MATERIAL_TAGS and not text_words(folded).isdisjoint(_MATERIAL_WORDS):
                    known = None
                if known is not None:
                    tags.append(_Tag(start, end, known[0], known[1]))
                    continue
            # Most tokens hold no name key: then they are neither a stance hashtag nor a glued
            # name, and one automaton probe (instead of two walks) settles it.
            if next(lex.tag_keys.iter(word), None) is None:
                continue
            if word[0] == "#":
                stance = _stance_tag(word[1:])
                if stance is not None:
                    tags.append(_Tag(start, end, stance[0], stance[1]))
                    continue
            glued = text[start + 1:end]
            if end - start < 6 or (glued.isalpha() and (glued.islower() or glued.isupper())):
                continue  # too short, or no capitals to show where a glued name starts
            if any(start <= s.start and s.end <= end for s in spans):
                continue
            handle = word[0] == "@"
            for end_index, (length, entity) in lex.name_keys.iter(word):
                name_start = start + end_index - length + 1
                name_end = start + end_index + 1
                if handle and length < _HANDLE_NAME and length != end - start - 1:
                    continue  # "@MaryTrudeauArt": a surname inside someone else's handle
                if length >= 5 and _camel_bounded(text, name_start, name_end, start):
                    spans.append(_Span(name_start, name_end, entity))
                    glued_names = True
                    break
        if glued_names:  # the name pass already returns its spans in order
            spans.sort(key=lambda s: s.start)
    if lex.given and spans:
        spans = _given_names(folded, spans, lex.given)
    if spans and not all(s.entity.strong for s in spans):
        spans = _surnames_in_politics(folded, spans)
        if lex.given and not all(s.entity.strong for s in spans):
            spans = _judged_surnames(folded, spans, lex.given)
    return spans, tags, titles


# What a namesake is beside: "the Ford plant", "my Ford truck", "Houston, Texas", "Chow mein".
_NAMESAKE_WORDS = frozenset({
    "truck", "trucks", "car", "cars", "f-150", "f150", "mustang", "bronco", "dealership", "dealer", "motor",
    "motors", "vehicle", "vehicles", "explorer", "ranger", "camion", "char", "voiture", "texas", "rockets",
    "astros", "nasa", "mein", "dog", "chien", "chat", "cat", "coach", "entraineur", "goalie", "album", "song",
    "chanson", "movie", "film", "actor", "acteur", "actress", "actrice", "singer", "chanteur", "chanteuse",
})


def _surnames_in_politics(folded: str, spans: list[_Span]) -> list[_Span]:
    """A politician's surname that is also an everyday one ("Ford", "Carney", "Singh") is the
    politician in a post about governing or elections, and not beside a namesake's words."""
    words = text_words(folded)
    if not voice.governing(folded, parties=True) and not _tagged_political(folded):
        return spans
    if not words.isdisjoint(_NAMESAKE_WORDS):
        return spans
    surnames = _surnames()
    return [
        _Span(s.start, s.end, _Entity(s.entity.jurisdiction, s.entity.country, True, s.entity.label))
        if not s.entity.strong and folded[s.start:s.end] in surnames
        else s
        for s in spans
    ]



# Round 8: a leader's everyday surname judged with a word said of politicians ("Singh is a
# sellout", « Blanchet est un pantin », "Carney, c'est le boss", "sellout Singh", « ce vendu de
# Singh »): the politician, unless the post gives the name to someone else.
_SAID_OF_POLITICIANS = (
    r"(?:sell-?outs?|puppets?|traitors?|frauds?|liars?|crooks?|crooked|corrupt|fake|phony|phoney"
    r"|vendue?s?|pantins?|marionnettes?|traitres?|traitresse|menteu(?:r|rs|se|ses)|corrompue?s?"
    r"|escroc?s?|imposteure?s?|girouettes?|weathervanes?|flip-?floppers?|(?:the|le|la)\s+(?:real\s+|vrai\s+|vraie\s+)?boss)"
)
_EPITHETS = (
    r"(?:sell-?out|traitor|puppet|fraud|liar|crook|vendu|vendue|pantin|traitre|traitresse|menteur|menteuse"
    r"|corrompu|corrompue|escroc|imposteur|girouette|weathervane|flip-?flopper)"
)
# "Carney's a fraud" as "Carney is a fraud"; "Singh the sellout", « Blanchet le pantin » (an
# epithet, never "the boss": "Carney the boss wants the report" is anyone's manager).
_JUDGED_AFTER = re.compile(
    r"\s+(?:the|le|la)\s+" + _EPITHETS + r"(?!\w)"
    r"|(?:(?:\s*,\s*|\s+)(?:c'est|cest|is|was|est|etait|reste|remains|=)|'s)\s+"
    r"(?:(?:such|just|nothing\s+but|only|a|an|un|une|juste|qu'un|qu'une|rien\s+qu'un|rien\s+qu'une|total|complete"
    r"|totally|completely|so|the\s+biggest|le\s+plus\s+gros|un\s+gros|une\s+grosse|un\s+maudit|une\s+maudite"
    r"|vraiment|tellement|full|pur|pure|another|encore)\s+){0,3}" + _SAID_OF_POLITICIANS + r"(?!\w)"
)
_JUDGED_BEFORE = re.compile(
    r"(?<!\w)(?:(?:sell-?out|traitor|puppet|fraud|liar|crook|crooked|corrupt|lying|phony|fake)"
    r"|(?:le|la|ce|cette|du|au)\s+(?:traitre|traitresse|menteur|menteuse|vendu|vendue|pantin|corrompu|corrompue"
    r"|escroc)(?:\s+(?:de|d'))?)\s+$"
)
# Who else bears the name: a pet, a shop, a song, a game ("Carney the dog", "Singh's Roti Shop")
# anywhere in the post; a person of the writer's own life ("my friend Singh", « Blanchet, mon
# coloc », "Mr. Ford my chemistry teacher", "Dr. Singh") right beside the name.
_NAMESAKE_POST = frozenset({
    "dog", "dogs", "puppy", "cat", "cats", "kitten", "pet", "chien", "chienne", "chiot", "chat", "chatte", "minou",
    "restaurant", "resto", "roti", "shop", "store", "bakery", "menu", "takeout", "boutique", "magasin", "depanneur",
    "song", "album", "band", "chanson", "hockey", "soccer", "cricket", "scored", "goalie", "leafs", "habs",
    "oilers", "canucks", "jets", "senators", "flames", "canadiens", "playoffs", "match", "joueur", "joueuse",
    "teammate", "classmate", "coworker", "co-worker", "coworkers", "colleague", "colleagues", "collegue", "collegues",
    "accounting", "payroll", "cubicle", "coloc", "colocataire", "roommate", "landlord", "proprio",
})
# The relation is said right beside the name, before it ("my coworker Singh", "Dr. Singh", « ma
# voisine Mme Blanchet ») or as its apposition ("Blanchet, my roommate", "Mr. Ford my chemistry
# teacher"): "Carney is a liar, my kids deserve better" names the leader and the writer's kids.
_RELATION = (
    r"(?:dr|dre|doc|docteur|docteure|doctor|coach|prof|professor|professeur|professeure|teacher"
    r"|enseignant|enseignante|neighbou?r|voisin|voisine|friend|buddy|ami|amie|chum|blonde|cousin|cousine|uncle"
    r"|aunt|oncle|tante|brother|sister|frere|soeur|brother-in-law|sister-in-law|beau-frere|belle-soeur|husband"
    r"|wife|mari|femme|daughter|fils|fille|boyfriend|girlfriend|manager|supervisor|patron|patronne"
    r"|(?:my|our|mon|ma|notre)\s+boss|gerant|gerante|superviseur|superviseure|nurse|infirmiere|infirmier|dentist"
    r"|dentiste|mechanic|mecanicien|plumber|plombier|client|customer|cliente|student|etudiant|etudiante|eleve"
    r"|ex|ex-wife|ex-husband|grandpa|grandma|grand-pere|grand-mere|nephew|niece|neveu|kid|child|enfant)"
)
_NAMESAKE_BEFORE = re.compile(
    r"(?<![\w-])" + _RELATION + r"\.?(?:\s+(?:mr|mrs|ms|miss|mme|m|monsieur|madame)\.?)?[\s,]*$"
)
_NAMESAKE_AFTER = re.compile(
    r"[\s,]*(?:(?:my|our|his|her|their|mon|ma|mes|notre|nos|son|sa|leur|the|le|la)\s+)?(?:[\w'-]+\s+)?"
    + _RELATION + r"(?![\w-])"
)
_NAMESAKE_WINDOW = 40


def _namesake(folded: str, span: _Span) -> bool:
    if not text_words(folded).isdisjoint(_NAMESAKE_POST):
        return True
    if _NAMESAKE_BEFORE.search(folded[max(0, span.start - _NAMESAKE_WINDOW):span.start]) is not None:
        return True
    return _NAMESAKE_AFTER.match(folded[span.end:span.end + _NAMESAKE_WINDOW]) is not None


def _judged_surnames(folded: str, spans: list[_Span], given: Mapping[str, _Entity]) -> list[_Span]:
    """An everyday surname still weak here is the politician when the post judges it with a word
    said of politicians and gives the name to no one else; beside someone else's life (a pet, a
    coworker, a shop) it is dropped, so no cue reads it as the politician either."""
    kept: list[_Span] = []
    for s in spans:
        name = folded[s.start:s.end]
        if s.entity.strong or name not in given:
            kept.append(s)
        elif _namesake(folded, s):
            continue
        elif _JUDGED_AFTER.match(folded, s.end) or _JUDGED_BEFORE.search(folded, max(0, s.start - 30), s.start):
            kept.append(_Span(s.start, s.end, given[name]))
        else:
            kept.append(s)
    return kept


# "the president of our club", "the mayor of my hockey pool", « le président du club »: a title
# in another world. "The president of the United States", « de la République » stay, and a
# minister keeps a portfolio ("the minister of health", « la ministre des Finances »).
_ELSEWHERE_TITLE = re.compile(
    r"\s+(?:of|de|du|des|d')\s*(?!the\s+united|the\s+us\b|the\s+usa|france|canada|quebec|la\s+republique"
    r"|la\s+france|l'opposition|the\s+opposition)"
)
_NOT_THEIR_MINISTER = re.compile(r"\s+(?:of|de|du|des|d')\s*(?:my|our|his|her|the\s+church|mon|ma|mes|notre|nos|l'eglise|la\s+paroisse)(?!\w)")


def _title_elsewhere(folded: str, end: int) -> bool:
    if "minist" in folded[max(0, end - 24):end]:
        return _NOT_THEIR_MINISTER.match(folded, end) is not None
    return _ELSEWHERE_TITLE.match(folded, end) is not None


@dataclass(frozen=True)
class _TitleSpan:
    start: int
    end: int
    office: bool


_HANDLE_NAME = 8  # a glued key this long is a full name ("joebiden"), not a bare surname


def _given_names(folded: str, spans: list[_Span], given: Mapping[str, _Entity]) -> list[_Span]:
    """A given name alone ("Hillary", "Bernie") is the politician only in a post that is
    political anyway: another politician or party, an election, a vote, a campaign."""
    alone = [s for s in spans if folded[s.start:s.end] in given]
    if not alone:
        return spans
    political = len(alone) < len(spans) or voice.electoral(folded) or _tagged_political(folded)
    return [
        _Span(s.start, s.end, given[folded[s.start:s.end]])
        if s in alone and (
            political or (s.start and folded[s.start - 1] == "#") or _TITLE_BEFORE.search(folded, 0, s.start)
            or _GOVERNMENT_AFTER.match(folded, s.end)
        )
        else s
        for s in spans
    ]


# "Premier Ford", « la première ministre Smith », "PM Carney", "Mr. Singh": a title right before.
# Honorifics alone ("Mme Blanchet", "Mr. Rogers") name anyone: they count only in a political post.
_TITLE_BEFORE = re.compile(
    r"(?<!\w)(?:premier|prime\s+minister|pm|minister|mp|mpp|mla|mna|leader|president|senator"
    r"|premiere\s+ministre|premier\s+ministre|ministre|depute|deputee|chef|cheffe|gouvernement"
    r"|president|presidente)\s+$"
)


# "the Carney government", "Poilievre's Conservatives": a namesake has no government.
_GOVERNMENT_AFTER = re.compile(r"(?:'s)?\s+(?:government|gov't|govt|liberals|conservatives|cabinet)(?!\w)")


def _tagged_political(folded: str) -> bool:
    if "#" not in folded:
        return False
    return any(m.group(0) in context_tags() for m in _TOKEN.finditer(folded))


def _entities(text: str, folded: str) -> list[_Span]:
    spans = _analysis(text, folded)[0]
    if not spans:
        return spans
    surnames = _surnames()
    return [e for e in spans if folded[e.start:e.end] not in surnames or not _someone_else(text, e)]


@cache
def _surnames() -> frozenset[str]:
    """Politicians' surnames, folded (a name written alone, not a party)."""
    found: set[str] = set()
    for party in _data.politics().get("party", []):
        for leader in party.get("leaders", []):
            found.update(fold(str(leader.get("name", ""))).split()[-1:])
    for person in foreign_data().get("person", []):
        for name in person.get("names", []):
            found.update(fold(str(name)).split()[-1:])
    return frozenset(found)


# "Sam Roberts Band", "Bob Smith", « Céline Dion »: a surname shared with a leader, after another
# capitalised first name inside a sentence, is another person (the leader's full name is a strong
# name of its own). A title keeps it ("Premier Ford", « M. Legault »), and so does a sentence's
# first word ("Vote Ford", "Go Smith go").
_FIRST_NAME_BEFORE = re.compile(r"(?<=[\w,;:)] )(?P<first>[A-ZÀ-Ý][a-zà-ÿ'’]+)[ -]$")
_TITLE_WORDS = frozenset({
    "premier", "minister", "ministre", "mr", "mrs", "ms", "mme", "monsieur", "madame", "dr", "pm", "mp", "mpp", "mla",
    "mna", "mayor", "maire", "mairesse", "senator", "president", "president", "chef", "cheffe", "leader", "depute",
    "deputee", "candidate", "candidat", "team", "equipe", "vote", "votez", "elect", "premiere", "prime", "hon",
    # what a government, a party or a cheer writes with a capital before the name
    "gouvernement", "government", "parti", "party", "campagne", "campaign", "cabinet", "honourable", "honorable",
    "bravo", "merci", "thanks", "thank", "vive", "go", "allez", "support", "appuyez", "elisez", "reelect", "re-elect",
})


def _someone_else(text: str, span: _Span) -> bool:
    before = _FIRST_NAME_BEFORE.search(text, max(0, span.start - 20), span.start)
    return before is not None and fold(before.group("first")) not in _TITLE_WORDS


# -------- News, quotations, reported speech and who a sentence is about

# -- News and reported speech: naming a politician while reporting is not taking a side.
_NEWS_OPENERS = frozenset({
    "breaking", "just in", "update", "watch", "live", "video", "photos", "en direct", "direct", "alerte",
    "alerte info", "info", "urgent", "exclusif", "exclusive", "flash", "tribune", "sondage", "poll",
    "communique", "report", "reportage", "depeche", "newsflash",
})
_NEWS_OPENER = re.compile(r"^[^\w#]*#?(?P<word>[a-z]+(?:\s+(?:in|direct|info))?)(?P<after>\s*[:\-|]|\s)")
_SOURCE = re.compile(
    # "From the Star: ...", « Selon La Presse : »: a line credited to an outlet
    r"^\W*(?:from|via)\s+(?:the\s+)?(?:star|globe|globe\s+and\s+mail|cbc|ctv|global|national\s+post|post|sun|gazette"
    r"|citizen|times|reuters|cp|ap|afp|bloomberg|devoir|la\s+presse|presse|journal|radio-canada|tva|le\s+devoir)\s*:"
    r"|(?<!\w)via\s+@|(?<!\w)(?:source|sources)\s*:|\((?:afp|ap|reuters|cp|pc|ansa)\)|#afp\b"
    r"|(?<!\w)(?:selon|according\s+to|d'apres)\s+(?!moi|nous|me\b)"
)
_SOURCE_WORDS = frozenset(
    {"via", "source", "sources", "afp", "ap", "reuters", "cp", "pc", "ansa", "selon", "according", "apres", "from"}
)
_URL = re.compile(r"https?://\S+")
# Verbs that introduce someone else's words (English, then French, folded).
_REPORTING_VERBS = (
    "says", "said", "claims", "claimed", "calls", "accuses", "accused", "slams", "blasts", "denies",
    "denied", "announces", "announced", "reports", "reported", "tweets", "tweeted", "urges", "urged",
    "responds", "dit", "disait", "declare", "affirme", "estime", "accuse", "qualifie", "traite",
    "reproche", "denonce", "fustige", "tacle", "annonce", "appelle", "appele", "appellent", "assure",
    "explique", "raille", "etrille", "repond", "interpelle", "rapporte", "rapportent", "indique",
    # what a leader is told to have asked, promised or confirmed ("Singh tells supporters to knock on
    # doors", "Legault asks Quebecers to vote CAQ", "NDP leader vows to fight", "Blanchet confirms")
    "tells", "told", "asks", "vows", "vowed", "pledges", "pledged", "warns", "warned", "insists",
    "trends", "trending", "exhorte", "somme", "implore",
)
_REPORTING = re.compile(
    rf"(?<!\w)(?:{'|'.join(_REPORTING_VERBS)}|according\s+to)(?!\w)|(?<=,\s)per\s"
    # "critics say he's corrupt", « ses opposants disent »: others' words, told by the writer
    r"|(?<!\w)(?:critics|voters|experts|sources|officials|residents|analysts|observers|opponents|supporters|polls?"
    r"|organizers|organisers|police|spokesperson|insiders|the\s+party|the\s+campaign"
    r"|critiques|opposants|electeurs|experts|sources|analystes|organisateurs|policiers|porte-parole|le\s+parti)"
    r"\s+(?:say|says|said|disent|dit|ont\s+dit|a\s+dit)(?!\w)"
)
_REPORTING_WORDS = frozenset(_REPORTING_VERBS) | {"according", "per", "say", "said", "disent", "dit"}
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:(?:i|i'm|i've|my|me|we|our|je|moi|mon|ma|mes|nous|notre|nos)(?!\w)|j')"
)


def _looks_like_news(text: str, folded: str) -> bool:
    """BREAKING/EN DIRECT openers and source lines ("via @lemonde", "(AFP)") mark a post that
    relays the news; its judgement words are someone else's."""
    opener = _NEWS_OPENER.match(folded)
    if opener and opener.group("word") in _NEWS_OPENERS:
        word_start = opener.start("word")
        original = text[word_start:opener.end("word")]
        marked = word_start > 0 and text[word_start - 1] in "#["
        if original.isupper() or marked or ":" in opener.group("after"):
            return True
    if not text_words(folded).isdisjoint(_SOURCE_WORDS) and _SOURCE.search(folded) is not None:
        return True
    # "Headline | Le Devoir https://...": a source name after a final bar.
    bar = folded.rfind("|")
    if bar < 0:
        return False
    tail = _URL.sub("", folded[bar + 1:]).strip()
    return 2 <= len(tail) <= 30 and len(tail.split()) <= 4


def _quoted(folded: str) -> list[tuple[int, int]]:
    """Spans between double quotes (guillemets and curly quotes fold to ")."""
    if '"' not in folded:
        return []
    marks = [i for i, ch in enumerate(folded) if ch == '"']
    spans = [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]
    if len(marks) % 2 and not folded[:marks[-1]].strip(" .@#'"):
        spans.append((marks[-1], len(folded)))  # a whole post quoted, cut short
    return spans


def _reported(folded: str, start: int, end: int) -> bool:
    """A sentence that reports what someone else said ("Trump calls Clinton a liar")."""
    colon = folded.find(":", start, end)
    if colon >= 0 and _ATTRIBUTED.match(folded, start, end) is not None:
        if _FIRST_PERSON.search(folded, colon, end) is None:
            return True
    if (
        not text_words(folded).isdisjoint(_TRAILING_WORDS) and folded.find(",", start, end) >= 0
        and _TRAILING_SOURCE.search(folded, start, end) is not None
    ):
        return not _FIRST_PERSON.search(folded, start, end)
    if text_words(folded).isdisjoint(_REPORTING_WORDS):
        return False
    return bool(_REPORTING.search(folded, start, end)) and not _FIRST_PERSON.search(folded, start, end)


# "Singh: Liberals have failed Canadians", "Harper: Poilievre will make a great PM": a headline
# that gives a speaker, a colon, then a whole clause of theirs (a writer's own "Trudeau: worst PM
# ever" has no verb after the colon; « Pétition : non à la hausse » has a preposition, not « a »).
_ATTRIBUTED = re.compile(
    r"\W*[a-z][\w'.-]*(?:\s+[a-z][\w'.-]*){0,2}\s*:\s+(?:[\w'-]+\s+){1,3}?(?:have|has|had|will|would|is|are|was|were"
    r"|must|need|needs|can|can't|won't|ont|(?<!non\s)(?<!oui\s)a|sont|est|va|vont|doit|doivent|sera|seront|n'ont|n'a)(?!\w)"
)


# "The Bloc will support the budget, Blanchet confirms", « ..., a confirmé Blanchet »
_TRAILING_SOURCE = re.compile(
    r",\s*(?:(?:[a-z'-]+\s+){1,3}?(?:confirms|confirmed|announced|told\s+\w+)|(?:a\s+)?confirme\s+[a-z'-]+(?:\s+[a-z'-]+)?)"
    r"\s*[.!]?\s*$"
)
_TRAILING_WORDS = frozenset({"confirms", "confirmed", "announced", "told", "confirme"})
_SAYS_AFTER = re.compile(
    r"\s*[,:-]\s*(?:says|said|dit|a\s+dit|affirme|estime|selon|according)(?!\w)"
    r"|,\s*(?:[a-z]+\s+){1,3}?(?:confirms|confirmed|says|said|announced|confirme|a\s+confirme|annonce|indique|precise"
    r"|souligne|ajoute|explique)"
    # "..., the party said in a release.", « ..., a indiqué le parti dans un communiqué. »
    r"(?:\s+(?:le|la|les|l')\s*[\w'-]+)?(?:\s+(?:in|on|at|to|during|after|dans|lors|en)\s+[\w\s'-]{1,40})?\s*[.!]?\s*$"
)


def _reported_word(folded: str, start: int, end: int, at: int) -> bool:
    """A judgement word that belongs to reported speech: after "X says" in its sentence, or
    before a trailing ", says X". Words before the reporting verb are the writer's own ("un
    menteur vous dit que...")."""
    if not _reported(folded, start, end):
        return False
    colon = folded.find(":", start, end)
    if 0 <= colon < at and _ATTRIBUTED.match(folded, start, end) is not None:
        return True
    return (
        _REPORTING.search(folded, start, at) is not None or _SAYS_AFTER.search(folded, at, end) is not None
        or _PER_AFTER.search(folded, at, end) is not None
    )


_PER_AFTER = re.compile(r",\s*(?:per|selon|according\s+to)\s")


_NEAR = 24  # characters between a weak name and its cue
# A game or a bet: a weak name there is a city, a team or a character ("need Houston +8.5 to win",
# "go supports or Khan"), unless the post also speaks of an election or a party.
_GAME_OR_BET = re.compile(
    r"(?<!\w)(?:games?|gaming|gamers?|playoffs?|bets?|betting|odds|parlay|spread|touchdowns?|innings?|puck|pitcher"
    r"|quarterback|qb|nba|nfl|nhl|mlb|mls|fantasy\s+(?:team|league|football|hockey)|tournament|ranked|nerf(?:ed)?|buff(?:ed)?"
    r"|healing|heals|dps|respawn|loadout|raid|server|lobby|xp|patch\s+notes|match(?:es|up)?|playoff|scored?"
    r"|series\s+de\s+la\s+coupe|joueurs?|partie\s+de\s+(?:hockey|soccer|basket|baseball|football)|tournoi|paris\s+sportifs?"
    r"|repechage|jeux?\s+video|serveur|niveau\s+\d+|match\s+de)(?!\w)|[+-]\d+(?:\.5)\b"
)
_SUBJECT_GAP = re.compile(r"[\s,]*(?:a|has|have|had|already|deja|will|va)?\s*")


_VOTE_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:the|an|house|senate|eu|popular|final|confidence|this|that|le|la|un|du|les|des"
    r"|ce|au|aux|of)\s+$"
)


def _not_a_vote_cue(folded: str, cue: re.Match[str], inside: list[_Span]) -> bool:
    """"Macron a voté au Touquet", "Trudeau votes in Papineau": the politician casting a ballot;
    "the House vote on the GOP bill", "les votes blancs": the noun, not a voter's choice."""
    if not cue.group(0).startswith("vot"):
        return False
    if cue.group(0).endswith(("pour", "for")):
        return False  # "a vote for the PPC", « un vote pour le Bloc »: a choice, not the noun alone
    if any(e.end <= cue.start() and _SUBJECT_GAP.fullmatch(folded, e.end, cue.start()) for e in inside):
        return True
    if folded.startswith((" on ", " blanc", " nul", "s blanc", "s nul"), cue.end()):
        return True
    return bool(_VOTE_NOUN_BEFORE.search(folded, max(0, cue.start() - 12), cue.start()))


# "Former PM Harper endorses Poilievre", "Trudeau voted for the motion", « Legault soutient le
# projet »: a politician's own support told in the third person, with no "I" or "we" in the
# sentence, is news about them.
_THIRD_PERSON_SUPPORT = frozenset({
    "endorses", "endorsed", "supports", "supported", "backs", "backed", "votes", "voted", "soutient", "appuient",
    "soutiennent", "endosse", "endossent",
})
_WORD_AT = re.compile(r"[\w'-]+")
_WRITER = re.compile(r"(?<!\w)(?:i|i'm|i've|we|we're|we've|my|our|je|j'|nous|on|mon|ma|notre)(?!\w)")
_SUBJECT_BETWEEN = re.compile(r"(?:[\s,]+(?:[a-z]+\s+){0,3}?)?\s*(?:has|have|had|also|just|now|a|ont|aussi)?\s*")


def _told_of_someone(folded: str, cue: re.Match[str], inside: list[_Span], start: int, end: int) -> bool:
    word = _WORD_AT.match(folded, cue.start())
    if word is None or word.group(0) not in _THIRD_PERSON_SUPPORT:
        return False
    if _WRITER.search(folded, start, end) is not None:
        return False
    return any(
        e.end <= cue.start() <= e.end + 40 and _SUBJECT_BETWEEN.fullmatch(folded, e.end, cue.start()) is not None
        for e in inside
    )


# « Legault dehors! », « Dehors, Legault! » are slogans; « Legault est sorti dehors saluer la foule »
# is a place: the word counts only right beside the name.
_PLACE_CUES = frozenset({"dehors"})
_SLOGAN_GAP = re.compile(r"[\s,!:;.-]*")


def _place_word(folded: str, cue: re.Match[str], inside: list[_Span]) -> bool:
    if cue.group(0) not in _PLACE_CUES:
        return False
    for e in inside:
        if e.end <= cue.start() and _SLOGAN_GAP.fullmatch(folded, e.end, cue.start()):
            return False
        if cue.end() <= e.start and _SLOGAN_GAP.fullmatch(folded, cue.end(), e.start):
            return False
    return True


_PRONOUN = re.compile(
    r"(?<!\w)(?:he|she|him|her|his|they|them|their|elle|lui|ils|elles|leur|son|sa|ses"
    r"|il(?!\s+(?:y\s+a|faut|fait|est\s+temps|s'agit)))(?!\w)"
)


def _about(folded: str, spans: list[_Span], start: int, end: int) -> tuple[list[_Span], list[int] | None]:
    """Who a sentence is about, and where it says so (None: the whole sentence): the names in
    it; else the names used as hashtags anywhere in the post (a hashtag labels the whole post);
    else, when it speaks of "she", "il", "them", the names elsewhere in the post."""
    inside = [e for e in spans if start <= e.start < end]
    if inside:
        if any(e.start and folded[e.start - 1] == "#" for e in inside):
            return inside, None  # "#Macron" labels the whole sentence
        anchors = [p for e in inside for p in (e.start, e.end)]
        anchors += [m.start() for m in _PRONOUN.finditer(folded, start, end)]  # "il", "son"...
        return inside, anchors
    tagged = [e for e in spans if e.start and folded[e.start - 1] == "#"]
    if tagged:
        return tagged, None
    pronoun = _PRONOUN.search(folded, start, end)
    if pronoun:
        return list(spans), [pronoun.start(), pronoun.end()]
    return [], []


def election_factor(created_at: datetime | None, jurisdictions: Iterable[str]) -> dict[str, float]:
    """A post inside an election's writ period weighs more (the campaign is live)."""
    if created_at is None:
        return {}
    day = created_at.date()
    wanted = set(jurisdictions) | {"federal"}
    for period in _data.election_periods():
        if period.jurisdiction in wanted and period.writ <= day <= period.vote:
            return {"election_period": ELECTION_PERIOD_FACTOR}
    return {}


def _weighting(created_at: datetime | None, entities: Iterable[_Entity | None]) -> dict[str, float]:
    """The context factors of a hit: foreign politics weighs less (the report's "why this
    score" says so from `factors`, so the message stays one constant, translatable sentence);
    a Canadian writ period weighs more."""
    known = [e for e in entities if e is not None]
    if known and all(e.foreign for e in known):
        return {"foreign_politics": FOREIGN_POLITICS_FACTOR}
    return election_factor(created_at, [e.jurisdiction for e in known if not e.foreign])


# -------- Posts that POL002, POL003 or POL005 cannot flag (most posts)

class _Gates(NamedTuple):
    """The words whose absence alone makes each rule's readings give up."""

    pol002: frozenset[str]  # party-voice shapes, promises, local candidates, membership
    party: frozenset[str]  # key words of party terms, and nothing else POL002 reads: all the term's words needed
    pol003: frozenset[str]  # calls, gifts, campaign acts and protests said in one word
    phrases: frozenset[str]  # key words of campaign phrases: then all the phrase's words are needed
    insults: frozenset[str]  # insults aimed at an office (POL005)
    camps: frozenset[str]  # key words of political camps ("leftists", « gauchistes »)
    every: frozenset[str]  # all of them, and the third-person pronouns


@cache
def _gate_words() -> _Gates:
    # Membership: its own words, or money words beside "party" (`voice.membership_possible`).
    pol002 = (voice.voice_gate_words() - voice.party_keys()) | _CANDIDATE_WORDS | campaign.gate_words() | _VOTE_WORDS
    pol002 |= voice.membership_needs()
    party = voice.party_keys() - pol002
    pol003 = _CALL_WORDS | voice.gift_keys() | voice.activity_words()
    phrases = voice.activity_phrase_keys()
    insults, camps = _insult_keys(), voice.group_keys()
    return _Gates(pol002, party, pol003, phrases, insults, camps,
                  pol002 | party | pol003 | phrases | insults | camps | _THIRD_PERSON_WORDS | voice.gift_to_party_keys())


# One (folded, text, answer) tuple, read and replaced whole.
_QUIET_LAST: list[tuple[str | None, str | None, tuple[bool, bool, bool]]] = [(None, None, (False, False, False))]


def _quiet(text: str, folded: str) -> tuple[bool, bool, bool]:
    """Whether POL002, POL003 and POL005 would each end with nothing, after a dozen calls and
    word tests: no name (POL002), no strong name or title (POL005), and none of the words the
    rule's readings need. Kept for the post last asked about, like `text_words`: the three
    rules ask in turn."""
    last = _QUIET_LAST[0]
    if last[0] is folded and last[1] is text:  # cased names read the text too
        return last[2]
    gates = _gate_words()
    hits = text_words(folded) & gates.every  # usually empty
    spans, _tags, titles = _analysis(text, folded)
    quiet = (
        not spans and hits.isdisjoint(gates.pol002) and not voice.promise_possible(text_words(folded))
        and not (hits and voice.gift_to_party_possible(text_words(folded)))
        and (not hits or hits.isdisjoint(gates.party) or not voice.party_named(folded)),
        # a campaign phrase's key word ("see you there") is not enough: all its words must be there
        hits.isdisjoint(gates.pol003)
        and (not hits or hits.isdisjoint(gates.phrases) or not voice.activity_possible(folded)),
        not titles and not any(e.entity.strong for e in spans) and (not hits or _opinion_quiet(hits, folded, gates)),
    )
    _QUIET_LAST[0] = (folded, text, quiet)
    return quiet


def _opinion_quiet(hits: frozenset[str], folded: str, gates: _Gates) -> bool:
    """POL005 with no strong name and no title: an insult aimed at an office, a camp judged
    (all of a camp's words needed), or a pronoun judged in a post about politics
    (`_pronoun_stance`: "he", "she" alone are in one post in five)."""
    if not hits.isdisjoint(gates.insults):
        return False
    if not hits.isdisjoint(gates.camps) and voice.may_hold(folded, "political_groups"):
        return False
    if hits.isdisjoint(_THIRD_PERSON_WORDS):
        return True
    return text_words(folded).isdisjoint(_CONTEXT_WORDS) and not _political_tag(folded)


# -------- The rules

class _PoliticalRule(Rule):
    category = "political_activity"
    guidance = gd.POLITICAL_ACTIVITIES
    consult = (gd.POLITICAL_REP, gd.VALUES_ETHICS, gd.PSC)


class PartisanHashtag(_PoliticalRule):
    """Partisan campaign hashtag or slogan.

    Hashtags such as #VoteNDP, #TeamPoilievre or #LegaultDémission, and party campaign slogans,
    take a side for or against a party or leader. Sharing them is political activity even
    without other words. Hashtags built from a politician's name and a stance ("#NoHillary2016",
    "#JeVoteMacron", "#TrudeauMustGo") count too; foreign ones (#MAGA, #ImWithHer) weigh less.
    General tags such as #cdnpoli or #polqc are not flagged.
    """

    code = "POL001"
    name = "partisan-hashtag"
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = "Delete or hide the post, or check with your political activities representative that it fits your duties."
    examples_flagged = (
        "Four more years! #TeamTrudeau", "Assez, c'est assez. #LegaultDémission", "#JeVoteMacron dimanche",
    )
    examples_not_flagged = (
        "Debate tonight, who's watching? #cdnpoli", "Résultats ce soir #polqc", "Trumpet solo tonight #trumpet",
    )

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        text_folded = folded.get("text")
        if not text_folded:
            return ()
        text = subject.fields["text"]
        _spans, tags, _titles = _analysis(text, text_folded)
        if tags and (voice.poll_or_condolence(text_folded) or _looks_like_news(text, text_folded)):
            # "#LPC 34 %, #CPC 31 %", "RIP ... #NDP": the party tag labels the topic.
            tags = [t for t in tags if _takes_a_side(t, text_folded)]
        # "#TrudeauMustGo trends nationally after the report": the tag is the news, not the writer's.
        tags = [t for t in tags if _TRENDING.match(text_folded, t.end) is None]
        # '"Vote Conservative to axe the tax," Poilievre told a rally': a slogan quoted in a report.
        tags = [t for t in tags if not (t.kind.startswith("slogan") and _relayed(text_folded, t.start))]
        if not tags:
            return ()
        kinds = {t.kind for t in tags}
        # Tags from the Canadian hashtag groups carry no entity: then the post is Canadian.
        entities = [t.entity for t in tags] if all(t.entity for t in tags) else []
        factors = _weighting(subject.created_at, entities)
        return (RuleHit(
            evidence=tuple(evidence(subject, "text", t.start, t.end) for t in tags),
            message=(
                "Uses a partisan hashtag or slogan that campaigns against a party or leader."
                if kinds <= {"partisan_opposition", "slogan_opposition"}
                else "Uses a partisan hashtag or slogan that campaigns for a party or leader."
            ),
            factors=factors,
        ),)


_TRENDING = re.compile(
    r"\s+(?:(?:is|was|has\s+been|est|etait)\s+)?(?:trends|trended|trending|goes\s+viral|went\s+viral|en\s+tendance|tendance"
    r"|fait\s+le\s+buzz|top\s+trend)(?!\w)"
)
_STANCE_AFFIX = re.compile(
    rf"#(?:{_TAG_OPPOSE_PREFIX}|{_TAG_SUPPORT_PREFIX})\w{{2,}}|#\w+(?:{_TAG_OPPOSE_SUFFIX}|{_TAG_SUPPORT_SUFFIX})"
)


def _takes_a_side(tag: _Tag, folded: str) -> bool:
    """A hashtag that says which side, not just which party ("#VoteNDP", not "#NDP")."""
    if tag.kind in ("partisan_opposition", "slogan_opposition", "slogan"):
        return True
    return _STANCE_AFFIX.fullmatch(folded, tag.start, tag.end) is not None


def _cue_matches(folded: str, start: int, end: int) -> Iterator[re.Match[str]]:
    yield from _CUE.finditer(folded, start, end)
    words = text_words(folded)
    if not words.isdisjoint(_PARITY_WORDS):
        yield from _CUE_PARITY.finditer(folded, start, end)
    if not words.isdisjoint(_FAMILIAR_WORDS):
        yield from _CUE_FAMILIAR.finditer(folded, start, end)
    if not words.isdisjoint(_SIDE_WORDS) and _side_possible(words, folded):
        yield from _CUE_SIDE.finditer(folded, start, end)


def _side_possible(words: frozenset[str], folded: str) -> bool:
    """Can `_CUE_SIDE` match? Each of its shapes needs two words (a verb and a party's, "we" and a
    plural party, "c'est" and a day), or a rare one: "we", "is" and "and" alone open nothing. A
    shape's words are whole words of the post except inside "@handles" and starred spellings,
    which glue words together: those posts are tried in full."""
    if "@" in folded or "*" in folded:
        return True
    hits = words & _SIDE_FIRST
    if not hits:
        return "renouvele" in folded or (
            ("it's" in folded or "it is" in folded) and _SIDE_DAY.search(folded) is not None
        )
    return (
        (not hits.isdisjoint(_SIDE_JOIN) or "mettez" in hits or "renouvele" in folded)
        or (not hits.isdisjoint(_SIDE_WAS) and not words.isdisjoint(_SIDE_PARTY))
        or (not hits.isdisjoint(_SIDE_HELD) and ("card" in words or "cards" in words))
        or (not hits.isdisjoint(_SIDE_WE) and not words.isdisjoint(_SIDE_PLURAL))
        or ("nous" in hits and not words.isdisjoint(_SIDE_PLURAL_FR))
        or (not hits.isdisjoint(_SIDE_NOT) and ("for" in words or "pour" in words))
        or (
            ("est" in hits or "is" in hits or "it's" in folded or "it is" in folded)
            and _SIDE_DAY.search(folded) is not None
        )
    )


# The first word of each shape of `_SIDE`, and the party words the shapes look ahead to.
_SIDE_JOIN = frozenset({"join", "joining", "quit", "quitting", "left", "leaving", "renewed"})
_SIDE_WAS = frozenset({"been", "was"})
_SIDE_HELD = frozenset({"carried", "had", "held"})
_SIDE_WE = frozenset({"we", "us"})
_SIDE_NOT = frozenset({"not", "pas", "jamais", "never"})
_SIDE_FIRST = _SIDE_JOIN | _SIDE_WAS | _SIDE_HELD | _SIDE_WE | _SIDE_NOT | {"nous", "mettez", "est", "is"}
_SIDE_PARTY = frozenset({"liberal", "conservative", "democrat", "green", "tory", "dipper", "grit"})
_SIDE_PLURAL = frozenset({
    "liberals", "conservatives", "democrats", "greens", "tories", "dippers", "grits", "bloquistes", "pequistes",
})
_SIDE_PLURAL_FR = frozenset({
    "liberaux", "conservateurs", "verts", "bloquistes", "pequistes", "caquistes", "solidaires", "democrates",
})
# The vote day of « le 28 avril, c'est Bloc! »: a number, a weekday (all hold "di" or "day") or
# « jour du vote »; as plain substrings, so a day glued to the next word still counts.
_SIDE_DAY = re.compile(r"\d|di|day|vote")


@lru_cache(maxsize=8)
def _in_a_game(folded: str) -> bool:
    """A post about a game or a bet, with no election or party word to say it is politics."""
    return _GAME_OR_BET.search(folded) is not None and not voice.electoral(folded) and not voice.party_named(folded)


def _support_or_opposition(text: str, folded: str) -> tuple[list[tuple[int, int]], list[_Span]] | None:
    """POL002's finding for a post: the first sentence naming a party or politician beside an
    explicit cue of support or opposition."""
    spans = _entities(text, folded)
    if not spans or _looks_like_news(text, folded):
        return None
    quoted = _quoted(folded)
    strong = [e for e in spans if e.entity.strong]
    for start, end in sentences(folded):
        inside = [e for e in spans if start <= e.start < end] or _about(folded, strong, start, end)[0]
        if not inside or _reported(folded, start, end) or voice.others_act(folded, start, end):
            continue
        cues = [
            (m.start(), m.end()) for m in _cue_matches(folded, start, end)
            if not any(e.start <= m.start() < e.end for e in inside)
            # "spoke with Premier X about wildfire support for...": the noun in an official call
            and not (m.group(0).startswith("support") and voice.official_capacity(folded))
            and not negated(folded, m.start(), window=12)
            and not any(q0 < m.start() < q1 for q0, q1 in quoted)
            and not _not_a_vote_cue(folded, m, inside)
            and not _place_word(folded, m, inside)
            and not _told_of_someone(folded, m, inside, start, end)
        ]
        for e in inside:
            refusal = _REFUSAL_BEFORE.search(folded, max(start, e.start - 24), e.start)
            owned = (
                refusal is not None and not e.entity.strong and _POSSESSIVE.match(folded, refusal.start(), e.start)
                and not _TEAM_AFTER.match(folded, e.end)
            )
            if refusal and not owned:
                cues.append((refusal.start(), refusal.end()))
            slogan = _OUT_SLOGAN.match(folded, e.end, end)
            if slogan is not None:
                cues.append(slogan.span(1))
            keep = _KEEP_BEFORE.search(folded, max(start, e.start - 8), e.start)
            out = keep and _OUT_AFTER.match(folded, e.end, end)
            if keep and out:
                cues += [(keep.start(), keep.end()), (out.start(), out.end())]
            let = _LET_BEFORE.search(folded, max(start, e.start - 30), e.start)
            win = let and _WIN_AFTER.match(folded, e.end, end)
            if let and win:
                cues += [(let.start(), let.end()), (win.start(), win.end())]
        # A weak name ("PS", "FN", "Greens") needs its cue right beside it, and no game around it.
        inside = [
            e for e in inside
            if e.entity.strong or (
                any(c0 - _NEAR <= e.end and e.start <= c1 + _NEAR for c0, c1 in cues) and not _in_a_game(folded)
            )
        ]
        if cues and inside:
            return sorted({(e.start, e.end) for e in inside} | set(cues)), inside
    return None


# "Vote Jane Doe for mayor", "Élisez Marie Tremblay conseillère", "Jane Doe for Ward 7":
# local candidates are not in any list, so the office they run for names them.
_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}"
# "Remember to vote Monday, whoever you support": a day, a month or "Today" after "vote" is no one.
_NOT_A_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Tonight|Early|Now|Here|On|In|At|By"
    r"|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Demain|Aujourd|Ce|Cette|Tôt|En|Au|Aux"
    r"|October|November|September|April|May|June|Octobre|Novembre|Septembre|Avril|Mai|Juin)\b)"
)
_OFFICE = (
    r"(?:[Mm]ayor|MAYOR|[Cc]ouncill?or|[Cc]ity\s+[Cc]ouncil|[Ww]ard\s+\d+|[Ss]chool\s+[Tt]rustee|[Mm]aire|[Mm]airesse"
    r"|MAIRE|MAIRESSE|[Cc]onseill(?:er|ère)(?:\s+municipal(?:e)?)?|[Dd]istrict\s+\w+|[Cc]ouncil|[Cc]onseil(?:\s+municipal)?"
    r"|[Cc]ommissaire(?:\s+scolaire)?|[Tt]rustee)"
)
_CANDIDATE = re.compile(
    rf"(?<![\w#@])(?:[Vv]ote|VOTE|[Rr]e-?[Ee]lect|[Ee]lect|ELECT|[Vv]otez(?:\s+pour)?|VOTEZ|[ÉéE]lisez|[Rr]éélisez)"
    rf"\s+(?:for\s+)?(?P<name>{_NAME})\s*,?\s*(?:for|as|pour|comme|au\s+poste\s+de)?\s*(?:la\s+|le\s+)?{_OFFICE}(?!\w)"
    rf"|(?<![\w#@])(?P<slogan>[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+)\s+(?:for|4|pour)\s+{_OFFICE}(?!\w)"
)
_CANDIDATE_WORDS = frozenset({
    "mayor", "councillor", "councilor", "council", "ward", "trustee", "maire", "mairesse", "conseiller",
    "conseillere", "district", "conseil", "commissaire",
})
# "Vote for Raj Patel in Ward 3", « Votez pour Marie Tremblay lundi, jour d'élection »: a person
# by name in an election (a ward, a riding, election day), not in a photo contest.
_VOTE_PERSON = re.compile(
    rf"(?<![\w#@])(?:[Vv]ote|VOTE|[Vv]otez|VOTEZ|[Vv]otons|[Rr]e-?[Ee]lect|[Ee]lect|[ÉéE]lisez|[Rr]éélisez"
    rf"|[Vv]oter\s+pour)(?:\s+(?:for|pour))?\s+{_NOT_A_NAME}(?P<name>{_NAME})"
    # the writer's vote told after the fact, a first name enough in an election: "Voted early for
    # Naheed today", « J'ai voté par anticipation pour Naheed » (a contest's vote stays a contest's)
    rf"|(?<![\w#@])(?:(?:I|We|we|I've|We've|we've|Just|just)\s+)?(?:[Vv]oted|VOTED)"
    rf"(?:\s+(?:early|today|this\s+morning|by\s+mail|in\s+advance))?\s+for\s+{_NOT_A_NAME}(?P<past>{_NAME})"
    rf"|(?<![\w#@])(?:[Jj]['’]?ai|[Oo]n\s+a|[Nn]ous\s+avons)\s+vot[ée]"
    rf"(?:\s+(?:par\s+anticipation|aujourd'hui|ce\s+matin|par\s+la\s+poste|tôt))?\s+pour\s+{_NOT_A_NAME}(?P<passe>{_NAME})"
)
_ELECTION_PLACE = re.compile(
    r"(?<!\w)(?:ward|district|riding|circonscription|council|conseil|election\s+day|jour\s+(?:de\s+l'|d')election"
    r"|jour\s+du\s+(?:vote|scrutin)|polls?\s+(?:open|close)|bureaux?\s+de\s+vote|advance\s+polls?|par\s+anticipation"
    r"|on\s+election|candidate?|candidat(?:e)?"
    # the day of the vote: "vote for Jenny Kwan on Monday", « votez pour Marie Roy le 3 octobre »
    r"|by-?elections?|elections?|partielle|scrutin|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain"
    r"|(?:le\s+)?\d{1,2}(?:er)?\s+(?:octobre|novembre|septembre|avril|mai|juin)|(?:oct|october|nov|november|sept?|september"
    r"|april|may|june)\.?\s+\d{1,2})(?!\w)"
)
# A vote told after the fact may say its election otherwise: an early vote, or the office it fills
# ("Calgary deserves a mayor who listens", « un maire qui écoute »). Asked only when
# `_ELECTION_PLACE` finds nothing, so the evidence of earlier findings keeps its words.
_VOTED_CONTEXT = re.compile(
    r"(?<!\w)(?:voted\s+early|early\s+vot\w+|vote\s+par\s+anticipation|mayor|maire|mairesse|premier"
    r"|premiere\s+ministre|mpp?|mla|mna|deputee?|councill?or|conseillere?|trustee)(?!\w)"
)
# Money or time given to a named person's campaign, in an election: "Donated to Sarah's campaign
# for city council", « J'ai donné à la campagne de Sarah pour le conseil municipal » (a fundraiser's
# "campaign" for a surgery or a shelter is no election: the office or the election must be said).
_NAMED_GIFT = re.compile(
    r"(?<![\w#@])(?:[Dd]onated|[Gg]ave|[Cc]hipped\s+in|[Cc]ontributed|[Vv]olunteered|[Vv]olunteering|[Vv]olunteer)"
    r"\s+(?:[\w$']+\s+){0,3}?(?:to|for|on|with|at)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]?s\s+"
    r"(?:re-?election\s+|council\s+|mayoral\s+)?campaign"
    r"|(?<![\w#@])(?:[Jj]['’]?ai\s+|[Oo]n\s+a\s+|[Nn]ous\s+avons\s+)?(?:donn[ée]|contribu[ée]|fait\s+un\s+don|fait\s+du\s+b[ée]n[ée]volat"
    r"|[Bb]énévole)\s+(?:[\w$']+\s+){0,3}?(?:à|a|pour|dans)\s+la\s+campagne\s+(?:électorale\s+)?(?:de\s+|d['’])"
    r"(?P<nom>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)"
)
_ELECTORAL_OFFICE = re.compile(
    r"(?<!\w)(?:mayor|mayoral|maire|mairesse|city\s+council|council|conseil\s+municipal|conseil|councill?or|conseillere?"
    r"|ward|district|riding|circonscription|mpp?|mla|mna|deputee?|trustee|commissaire\s+scolaire|premier"
    r"|re-?election|reelection|elections?|by-?elections?|partielle|nomination|investiture|#elxn\d*)(?!\w)"
)
_CONTEST = re.compile(
    r"(?<!\w)(?:contest|concours|prize|prix|award|photo|prom|costume|talent|mvp|all-star|poll\s+for\s+best|favourite"
    r"|favorite|preferee?|meilleure?|cutest|cute|best|mignon(?:ne)?|lol|mdr|people's\s+choice|choix\s+du\s+public|awards?|oscars?|grammys?|juno|gala"
    r"|idol|star\s+academie|la\s+voix|the\s+voice|bachelor|survivor|big\s+brother|finale?|round|manche|top\s+\d+"
    r"|polls?|sondage|board|condo|copropriete|club|band|league|ligue|fans?|student|students|etudiants?|prom|bal)(?!\w)"
)


def _campaign_argument(text: str, folded: str, spans: list[_Span]) -> list[tuple[int, int]] | None:
    """How leaders argue (political_campaign.py): their party as a team that acts, "the only ones
    with a plan", the election framed as a choice, a rival's record attacked. Not in a news relay,
    inside quotation marks or in a sentence reporting someone else's words."""
    names = [(e.start, e.end) for e in spans if e.entity.strong]
    if not names and text_words(folded).isdisjoint(campaign.gate_words()):
        return None  # most posts: none of the readings' words, and no name for a rival's record
    found = (
        campaign.party_actor(text, folded)
        or campaign.party_vote(folded)
        or campaign.owned_plan(text, folded)
        or campaign.only_ones(folded, names)
        or campaign.framing(folded, names)
        or campaign.record_attack(folded, names)
    )
    if found is None:
        return None
    at = found[0][0]
    if any(q0 < at < q1 for q0, q1 in _quoted(folded)):
        return None
    if any(s <= at < e and _reported(folded, s, e) for s, e in sentences(folded)):
        return None
    return None if _looks_like_news(text, folded) else found


@lru_cache(maxsize=8)
def _party_voice(text: str, folded: str) -> tuple[list[tuple[int, int]], list[_Span]] | None:
    """POL002's second reading: the writer speaks as a party or campaign ("our Conservative
    team", "un gouvernement libéral va", "as PM I will"), sets their side against a named party
    or politician ("Conservatives want X. We don't."), or backs a local candidate by office."""
    # Cheap readings first; the news test (a few regexes) only once something is found.
    spans = _entities(text, folded)
    shaped = voice.structural(folded)
    if shaped is not None and not _relayed(folded, shaped[1][0]):
        return None if _looks_like_news(text, folded) else ([shaped[1]], spans)
    promised = voice.promise(folded)
    if promised is not None and not _looks_like_news(text, folded) and not _relayed(folded, promised[0][0]):
        quoted = _quoted(folded)
        if not any(q0 < promised[0][0] < q1 for q0, q1 in quoted):
            return promised, spans
    argued = _campaign_argument(text, folded, spans)
    if argued is not None:
        return argued, spans
    named = [(e.start, e.end) for e in spans if e.entity.strong]
    if named and not voice.official_capacity(folded):
        found = voice.side_against_side(folded, named)
        quoted = _quoted(folded) if found else []
        if found and not any(q0 < s < q1 for s, _e in found for q0, q1 in quoted):
            return None if _looks_like_news(text, folded) else (found, spans)
    if not text_words(folded).isdisjoint(_CANDIDATE_WORDS):
        match = _CANDIDATE.search(text)
        if match and not negated(folded, match.start(), window=12) and not voice.charity(folded):
            return None if _looks_like_news(text, folded) else ([(match.start(), match.end())], spans)
    if not text_words(folded).isdisjoint(_NEEDED_WORDS):
        needed = _CANDIDATE_WE_NEED.search(folded)
        contest = needed and any(
            not needed.start() <= m.start() < needed.end() for m in _CONTEST.finditer(folded)
        )  # "the voice this riding needs" is not The Voice
        if needed and _ELECTION_SIGNAL.search(folded) and not contest and not _looks_like_news(text, folded):
            if not negated(folded, needed.start(), window=12) and not _relayed(folded, needed.start()):
                return [(needed.start(), needed.end())], spans
    if not text_words(folded).isdisjoint(_VOTE_WORDS):
        person = _VOTE_PERSON.search(text)
        place = _ELECTION_PLACE.search(folded) if person is not None else None
        if place is None and person is not None and (person.group("past") or person.group("passe")):
            place = _VOTED_CONTEXT.search(folded)
        if person and place and not _CONTEST.search(folded) and not voice.charity(folded):  # a contest's vote
            if (
                not negated(folded, person.start(), window=12) and not _looks_like_news(text, folded)
                and not _relayed(folded, person.start())
            ):
                return [(person.start(), person.end()), (place.start(), place.end())], spans
        mine = _MY_VOTE_PERSON.search(text) if place is None else None
        if mine and not _CONTEST.search(folded) and not voice.charity(folded) and not _quoted(folded):
            if not negated(folded, mine.start(), window=12) and not _looks_like_news(text, folded):
                return [(mine.start(), mine.end())], spans
    return None


# "Sarah is the candidate we need", « Marie est la candidate qu'il nous faut »: a local candidate,
# in no list, backed in an election post (a job candidate is in no election).
_CANDIDATE_WE_NEED = re.compile(
    r"(?<!\w)(?:is|'s|est|c'est)\s+(?:the|our|la|le|notre)\s+(?:(?:best|right|only|meilleure?|seule?)\s+)?"
    r"(?:candidate|candidat|candidats|candidates|mp|mpp|mla|mna|councill?or|mayor|depute|deputee|maire|mairesse"
    r"|conseillere?|voice|voix)\s+(?:(?:that|qu')\s*)?"
    r"(?:we\s+need|this\s+(?:riding|community|ward)\s+needs|(?:qu')?il\s+nous\s+faut|dont\s+(?:on\s+a|nous\s+avons)\s+besoin"
    r"|for\s+(?:this\s+)?(?:riding|ward|our\s+community)|pour\s+(?:la\s+)?(?:circonscription|notre\s+communaute|le\s+quartier))(?!\w)"
)
# The election itself, said apart from the word "candidate" (which a job posting also uses).
_ELECTION_SIGNAL = re.compile(
    r"(?<!\w)(?:vote|voting|votez|voter|votons|elections?|by-?elections?|scrutin|partielle|riding|circonscription"
    r"|polls?\s+(?:open|close)|bureaux?\s+de\s+vote|ballot|bulletin\s+de\s+vote|advance\s+polls?|par\s+anticipation)(?!\w)"
    r"|#elxn\d*|#\w*(?:elxn|votes?)\d{2,4}"
)
_NEEDED_WORDS = frozenset({"need", "needs", "faut", "besoin", "riding", "ward", "circonscription", "quartier", "communaute",
                           "community"})
# ("re-elect" is "re" and "elect" as words: "elect" is enough, and "re" is every "we're".)
_VOTE_WORDS = frozenset({
    "vote", "votez", "votons", "voter", "elect", "reelect", "elisez", "reelisez", "voting", "voted", "voterai", "votes",
})
_AGAINST_NAME = re.compile(
    r"(?:(?<![\w-])(?:[Mm]anifs?|[Mm]anifestations?|[Pp]rotests?|[Pp][ée]titions?|[Bb]oycott\w*|[Rr]assemblement|[Pp]icket\w*"
    r"|[Mm]anifest\w+|[Ss]ign\w*)\s+(?:\w+\s+){0,3}?)(?:contre|against)\s+(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[\s-][A-ZÀ-Ý][\w'’]+){1,2})"
)
# "I'm voting for Anita Anand", « je vote pour Christian Dubé »: the writer's own vote for a full name,
# outside a contest, is a vote in an election even with no riding or day said.
_MY_VOTE_PERSON = re.compile(
    r"(?<![\w#@])(?:[Jj]e\s+vote|[Jj]e\s+vais\s+voter|[Jj]'ai\s+voté|[Jj]e\s+voterai|[Oo]n\s+vote|I'm\s+voting"
    r"|I\s+voted|I'll\s+vote|I\s+will\s+vote|I\s+am\s+voting|[Vv]oting)\s+(?:for|pour)\s+"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[\s-][A-ZÀ-Ý][\w'’]+){1,2})"
)


def _relayed(folded: str, at: int) -> bool:
    """`at` is inside quotation marks or in a sentence that reports someone else's words ("A Liberal
    government will cut taxes, Carney said in his platform launch")."""
    if any(q0 <= at < q1 for q0, q1 in _quoted(folded)):
        return True
    return any(s <= at < e and _reported(folded, s, e) for s, e in sentences(folded))


def _membership(text: str, folded: str) -> tuple[list[tuple[int, int]], list[_Span]] | None:
    """POL002's third reading: the writer belongs to a party without naming it ("renewed my party
    membership", « ma carte de parti »); not inside quotation marks, a report or a news relay."""
    if not voice.membership_possible(text_words(folded)):
        return None
    names = _entities(text, folded)
    found = voice.membership(
        folded, [(e.start, e.end) for e in names], [(e.start, e.end) for e in names if e.entity.strong]
    )
    if found is None:
        return None
    at = found[-1][0]
    if any(q0 < at < q1 for q0, q1 in _quoted(folded)):
        return None
    if any(s <= at < e and _reported(folded, s, e) for s, e in sentences(folded)):
        return None
    return None if _looks_like_news(text, folded) else (found, names)


class PartySupportOrOpposition(_PoliticalRule):
    """Support for or opposition to a party, leader or candidate, or a party's own voice.

    A party or politician named in the same sentence as a cue of support ("vote for", "proud to
    support", "j'appuie") or opposition ("must go", "corrompu", "never vote"). Also the voice of
    a party or campaign: its team ("our Conservative team", « notre équipe libérale »), its
    promises on public matters ("we will cut taxes for the middle class", "our plan", « nous
    allons construire des logements »), its side against another ("the Liberals want to raise
    your taxes", « les conservateurs veulent couper... nous, on ne laissera pas faire »). Ordinary
    plans ("we will be at the cottage", « on va au chalet ») and reporting the news are not
    flagged. Inside an election's writ period the post weighs more; foreign politics (US,
    France, UK) weighs less.
    """

    code = "POL002"
    name = "party-support-or-opposition"
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = (
        "Delete or hide the post, or use the PSC self-assessment tool and ask your political "
        "activities representative whether it could be seen as impairing your impartiality."
    )
    examples_flagged = (
        "Proud to vote Liberal this fall!", "Poilievre must never be PM.", "Fière de voter pour le NPD",
        "Je vais voter Macron dimanche",
    )
    examples_not_flagged = ("The Liberal government tabled its budget today.", "Go vote today, whoever you support!")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        text_folded = folded.get("text")
        if not text_folded:
            return ()
        text = subject.fields["text"]
        if _quiet(text, text_folded)[0]:
            return ()
        found = _support_or_opposition(text, text_folded)
        voiced = found is None
        if voiced:
            found = _party_voice(text, text_folded)
        member = found is None
        if member:
            found = _membership(text, text_folded)
        if found is None:
            return ()
        spans, inside = found
        factors = _weighting(subject.created_at, (e.entity for e in inside))
        return (RuleHit(
            evidence=tuple(evidence(subject, "text", s, e) for s, e in spans),
            message=(
                "Says the writer belongs to a political party: its membership, its dues, its riding association or its leadership vote."
                if member
                else "Speaks in the voice of a party or campaign: its team, its promises, or its side against another."
                if voiced
                else "Names a party or political leader together with words of support or opposition."
            ),
            factors=factors,
        ),)


@lru_cache(maxsize=8)
def _campaign_call(text: str, folded: str) -> tuple[list[tuple[int, int]], list[_Span]] | None:
    if text_words(folded).isdisjoint(_CALL_WORDS):
        return None
    spans = _entities(text, folded)
    for start, end in sentences(folded):
        calls = [
            m for m in _CALL.finditer(folded, start, end)
            if not negated(folded, m.start(), window=12)
            and not _NOT_A_CALL.search(folded, max(start, m.start() - 12), m.start())
        ]
        if not calls or _reported(folded, start, end):
            continue  # "Singh tells supporters to knock on doors", « Legault demande de voter CAQ »
        inside = [e for e in spans if start <= e.start < end]
        targets: list[tuple[int, int]] = [(e.start, e.end) for e in inside]
        # "Help us elect...", "aidez-nous à élire...": the call names its own target.
        targets += [(m.start(), m.end()) for m in calls if _SELF_TARGETED.match(folded, m.start())]
        campaign = [(m.start(), m.end()) for m in _CAMPAIGN_TARGET.finditer(folded, start, end)]
        if not targets and not campaign:
            purpose = _CALL_PURPOSE.search(folded)
            campaign = [(purpose.start(), purpose.end())] if purpose is not None else []
        if not targets and (not campaign or voice.charity(folded)):
            continue
        if _looks_like_news(text, folded):  # asked last: a few regexes, and most posts call no one
            return None  # « ..., selon les organisateurs », "From the Star: ..."
        return sorted({(m.start(), m.end()) for m in calls} | set(targets) | set(campaign)), inside
    return None


def _named_gift(text: str, folded: str) -> list[tuple[int, int]] | None:
    """Money or time given to a named person's campaign for an office (`_NAMED_GIFT`)."""
    if "campaign" not in folded and "campagne" not in folded:
        return None
    gift = _NAMED_GIFT.search(text)
    if gift is None or voice.charity(folded) or negated(folded, gift.start(), window=12):
        return None
    office = _ELECTORAL_OFFICE.search(folded)
    return None if office is None else sorted({gift.span(), office.span()})


@lru_cache(maxsize=8)
def _campaign_activity(text: str, folded: str) -> tuple[list[tuple[int, int]], list[_Span]] | None:
    everyone, _tags, titles = _analysis(text, folded)
    spans = [e for e in everyone if e.entity.strong]
    named = [(e.start, e.end) for e in spans]
    # A protest aimed at "the premier", « la ministre X » or a surname that is also a first name
    # ("Carney") is still aimed at a politician: the event and its "against" say so.
    offices = [(t.start, t.end) for t in titles] + [(e.start, e.end) for e in everyone if not e.entity.strong]
    if "contre" in text_words(folded) or "against" in text_words(folded):
        # « Manif contre Christian Dubé », "petition against Anita Anand": a minister or a mayor
        # is in no list, but a protest aimed at a full name is aimed at a person in office.
        offices += [m.span("name") for m in _AGAINST_NAME.finditer(text)]
    found = (
        voice.campaign_activity(folded, named) or voice.protest(folded, named, offices) or voice.campaign_gift(folded)
        or _named_gift(text, folded)
    )
    if not found or _looks_like_news(text, folded) or _reported(folded, 0, len(folded)):
        return None  # "The NDP petition passed 50,000 signatures, CBC reports"
    if voice.others_act(folded, 0, len(folded)):
        return None  # "Petition calling for X's resignation passes 200,000 signatures"
    return found, spans


class CampaignCall(_PoliticalRule):
    """Call to donate, volunteer, canvass or vote for a party or candidate.

    Asking others to give money or time to a campaign, or to vote for a named party or
    candidate, is campaigning. "Go vote!" on its own is civic encouragement and is not flagged.
    """

    code = "POL003"
    name = "campaign-call"
    severity = Severity.HIGH
    confidence = Confidence.HIGH
    action = "Delete the post; campaigning for a party or candidate needs a careful impartiality assessment first."
    examples_flagged = ("Knocking on doors for our NDP candidate Saturday, join us!", "Faites un don à la campagne du Bloc")
    examples_not_flagged = ("Vote for my cat in the cutest pet contest!", "Allez voter dimanche!")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        text_folded = folded.get("text")
        if not text_folded:
            return ()
        text = subject.fields["text"]
        if _quiet(text, text_folded)[1]:
            return ()
        found = _campaign_call(text, text_folded)
        activity = found is None
        if activity:
            found = _campaign_activity(text, text_folded)
        if found is None:
            return ()
        spans, inside = found
        factors = _weighting(subject.created_at, (e.entity for e in inside))
        return (RuleHit(
            evidence=tuple(evidence(subject, "text", s, e) for s, e in spans),
            message=(
                "Takes part in, or invites people to, campaign activity for a party or candidate "
                "(canvassing, a rally, phone-banking)."
                if activity
                else "Asks people to donate, volunteer, canvass or vote for a party or candidate."
            ),
            factors=factors,
        ),)


class Candidacy(_PoliticalRule):
    """Seeking a nomination or being a candidate in an election.

    Seeking a nomination as, or being, a candidate at any level (municipal, provincial,
    territorial or federal) needs the Public Service Commission's permission first, and no
    candidate social media presence should exist before that permission.
    """

    code = "POL004"
    text_gate = _CANDIDACY_WORDS | {"vote", "votez", "course", "forward", "election"}  # see check's first test
    name = "candidacy"
    severity = Severity.HIGH
    confidence = Confidence.HIGH
    action = (
        "Make sure you requested and obtained the Public Service Commission's permission before "
        "this post; if not, remove it and contact the PSC and your political activities representative."
    )
    examples_flagged = ("I'm seeking the Green Party nomination in Gatineau!", "Je serai candidate au conseil municipal.")
    examples_not_flagged = ("Our candidate for the design award is ready.", "I nominated my colleague for an award.")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        text_folded = folded.get("text")
        if not text_folded:
            return ()
        words = text_words(text_folded)
        if words.isdisjoint(_CANDIDACY_WORDS) and not (
            ("vote" in words and "me" in words) or ("votez" in words and "moi" in words)
            or ("course" in words and "suis" in words) or ("forward" in words and "name" in words)
            or ("election" in words and "seeking" in words)
        ):
            return ()
        match = _CANDIDACY.search(text_folded)
        if match is None:
            match = _CANDIDACY_SOFT.search(text_folded)
            text = subject.fields["text"]
            if match is None or (not _OFFICE_CONTEXT.search(text_folded) and not _entities(text, text_folded)):
                return ()
        elif _PRIVATE_SEAT.search(text_folded) is not None and _PUBLIC_SEAT.search(text_folded) is None:
            return ()  # "vote for me at the condo AGM", « votez pour moi au conseil étudiant »
        return (RuleHit(
            evidence=(evidence(subject, "text", match.start(), match.end()),),
            message="Announces seeking a nomination or running as a candidate.",
            factors=election_factor(subject.created_at, ()),
        ),)


_SHORT_POST = 320
_TARGET_WINDOW = 40  # characters between an insult and the title or camp it is aimed at
_MILD_WINDOW = 60  # characters between a name and a mild judgement word
_TITLE_WINDOW = 40  # characters between a political title and a judgement of it
# A sentence that judges the one before it: "Trudeau skipped the vote. Shameful.", « Macron a
# nommé un ministre mis en examen. C'est honteux. »
_FOLLOW_UP = re.compile(
    r"[\s\W]*(?:that's|that\s+is|this\s+is|it's|it\s+is|what\s+a|such\s+a|typical|so|how|c'est|c'etait"
    r"|ca\s+c'est|ca|quel|quelle|quels|quelles|voila|typique|encore|toujours|pure|total|totally|complete)(?!\w)"
)
Judged = tuple[list[tuple[int, int]], list[_Span], bool]
_SHORT_SENTENCE = 4  # words: "Shameful.", « Très prometteur...! », "What a joke lol"
_WORD = re.compile(r"[^\W_]+")


def _follows_up(folded: str, start: int, end: int) -> bool:
    """A sentence that judges the one before it rather than a new subject."""
    if _FOLLOW_UP.match(folded, start, end):
        return True
    return len(_WORD.findall(_URL.sub("", folded[start:end]))) <= _SHORT_SENTENCE


@cache
def _insult_keys() -> frozenset[str]:
    """The key word of every insult: a post with none of them holds no insult."""
    return frozenset(voice.key_word(w) for w in stance.terms_of("insult"))


# A quotation shared with approval ("So true 👏", « À retweeter », « En accord avec X »): its
# judgement words become the writer's own.
_APPROVAL = re.compile(
    r"(?<!\w)(?:so\s+true|exactly|well\s+said|spot\s+on|this\s*!|retweet\s+if|must\s+read|tellement\s+vrai"
    r"|exactement|bien\s+dit|en\s+accord\s+avec|d'accord\s+avec|a\s+retweeter|a\s+partager|rt\s+si|a\s+lire"
    r"|tout\s+est\s+dit|rien\s+a\s+ajouter|nothing\s+to\s+add)(?!\w)|👏|💯"
)
_APPROVAL_WORDS = frozenset({
    "true", "exactly", "said", "spot", "this", "retweet", "read", "vrai", "exactement", "dit", "accord", "retweeter",
    "partager", "rt", "lire", "ajouter", "add",
})


def _approves(folded: str) -> bool:
    if text_words(folded).isdisjoint(_APPROVAL_WORDS) and "👏" not in folded and "💯" not in folded:
        return False
    approval = _APPROVAL.search(folded)
    if approval is None:
        return False
    return not any(q0 < approval.start() < q1 for q0, q1 in _quoted(folded))


# "a motion to scrap the carbon tax", « un projet de loi pour abolir »: what a motion or a bill
# proposes is its content, not the writer's charge against anyone.
_PROPOSED = re.compile(
    r"(?<!\w)(?:motion|bill|plan|proposal|amendment|vote|projet\s+de\s+loi|proposition|amendement)\s+"
    r"(?:(?:that\s+)?would\s+|qui\s+)?(?:to|de|d'|pour|visant\s+a)\s*$"
)


def _stance_cues(text: str, folded: str) -> list[stance.Cue]:
    """The post's judgement words that are the writer's own: not inside quotation marks, not
    part of a name, and no warm words to a leader met in an official capacity (diplomacy)."""
    found = stance.cues(folded)
    if "boss" in folded and "boss" in text_words(folded):
        found = tuple(sorted((*found, *_boss_praise(text, folded)), key=lambda c: c.start))
    if not found:
        return []
    quoted = [] if _approves(folded) else _quoted(folded)
    spans = _entities(text, folded)
    official = voice.official_capacity(folded)
    return [
        c for c in found
        if not any(q0 < c.start < q1 for q0, q1 in quoted)
        and not (c.kind == "harm" and _PROPOSED.search(folded, max(0, c.start - 24), c.start) is not None)
        and not any(x.start <= c.start < x.end and not _noun_first(folded, x, c) for x in spans)
        and not (official and c.kind in stance.WARM)
    ]


# "Carney is the boss", « Legault, c'est le boss »: praise said of a leader, right after the name
# ("our boss", « notre boss » is the writer's own manager, never a cue).
_BOSS_AFTER = re.compile(
    r"(?:(?:\s*,\s*|\s+)(?:c'est|cest|is|est|reste|remains|=)|'s)\s+(?:the|le|la)\s+(?:(?:real|vrai|vraie|big|grand)\s+)?"
    r"(boss)(?!\w)(?!\s+(?:of|at|in|de|du|chez|a)\b)"
)


def _boss_praise(text: str, folded: str) -> list[stance.Cue]:
    found = []
    for e in _entities(text, folded):
        if e.entity.strong:
            boss = _BOSS_AFTER.match(folded, e.end)
            if boss is not None:
                found.append(stance.Cue(boss.start(1), boss.end(1), "praise", 1))
    return found


def _noun_first(folded: str, span: _Span, cue: stance.Cue) -> bool:
    """« scandale libéral », « gaspillage conservateur »: the French name of a party's deed
    starts with the judging noun, which stays a judgement (English: "Liberal scandal")."""
    return cue.start == span.start and cue.end < span.end and folded[cue.end] == " "


def _insulted_office(text: str, folded: str) -> list[tuple[int, int]] | None:
    """An insult aimed at a political title or camp rather than a name: "this deranged
    minister", "communist idiots", "ce premier ministre incompétent", "les gauchistes débiles"."""
    if text_words(folded).isdisjoint(_insult_keys()):
        return None
    targets = voice.insult_targets(folded)
    if not targets or _looks_like_news(text, folded):
        return None
    insults = [(c.start, c.end) for c in _stance_cues(text, folded) if c.kind == "insult"]
    if not insults:
        return None
    for start, end in sentences(folded):
        if _reported(folded, start, end):
            continue
        for t0, t1 in targets:
            if not start <= t0 < end:
                continue
            for i0, i1 in insults:
                if start <= i0 < end and (abs(i0 - t1) <= _TARGET_WINDOW or abs(t0 - i1) <= _TARGET_WINDOW):
                    if not negated(folded, min(i0, t0), window=12):
                        return sorted({(t0, t1), (i0, i1)})
    return None


_CAMP_KINDS = frozenset({"condemn", "harm"})


def _condemned_camp(text: str, folded: str) -> list[tuple[int, int]] | None:
    """A political camp condemned or blamed for harm in the writer's own words: "the unethical
    liberals who want to destroy this country", « les gauchistes ruinent le Québec ». A camp is
    named by its members, not a title; an insult already reads through `_insulted_office`."""
    if not voice.may_hold(folded, "political_groups"):
        return None
    camps = voice.terms_in(folded).get("political_groups", [])
    if not camps or _looks_like_news(text, folded):
        return None
    cues = [(c.start, c.end) for c in _stance_cues(text, folded) if c.kind in _CAMP_KINDS]
    if not cues:
        return None
    for start, end in sentences(folded):
        if _reported(folded, start, end):
            continue
        for t0, t1 in camps:
            if not start <= t0 < end:
                continue
            for c0, c1 in cues:
                if start <= c0 < end and (abs(c0 - t1) <= _TARGET_WINDOW or abs(t0 - c1) <= _TARGET_WINDOW):
                    return sorted({(t0, t1), (c0, c1)})
    return None


def _near(cue: stance.Cue, anchors: list[int] | None, window: int) -> bool:
    return anchors is None or any(cue.start - window <= a <= cue.end + window for a in anchors)


def _judged_title(folded: str, titles: list[_TitleSpan], cues: list[stance.Cue], start: int, end: int) -> Judged | None:
    """A judgement beside a political title ("the PM is a fraud", « ce premier ministre est
    déconnecté »); a title that also names other people ("the minister", « le président »)
    needs an insult, a condemnation or distrust."""
    for t in titles:
        if not start <= t.start < end:
            continue
        near = [
            c for c in cues
            if start <= c.start < end and c.kind not in stance.WEAK and c.kind != "mockery"
            and (t.office or c.strong) and _near(c, [t.start, t.end], _TITLE_WINDOW)
        ]
        if near:
            return sorted({(t.start, t.end), *((c.start, c.end) for c in near)}), [], any(c.strong for c in near)
    return None


# Words that make a post political without naming anyone ("the election", « la présidentielle »).
# "Government" is left out on purpose: for a public servant it is also the employer.
_POLITICAL_CONTEXT = re.compile(
    r"(?<!\w)(?:president|presidents|presidential|presidency|potus|white\s+house|elections?|electoral|campaign"
    r"|candidate|candidates|nominee|nomination|primary|primaries|caucus|senate|senator|congress|congressman"
    r"|congresswoman|parliament|politics|political|politician|politicians|voters|ballot|ballots|debate"
    r"|presidentielle|presidente|elysee|campagne\s+electorale|candidat|candidate|candidats|depute|deputee"
    r"|deputes|parlement|assemblee\s+nationale|politique|politicien|politiciens|politicienne|electeurs|electrices"
    r"|scrutin|premier\s+ministre|premiere\s+ministre|legislatives|primaire)(?!\w)|#\w*(?:poli|elxn|pol)\b"
)
_CONTEXT_WORDS = frozenset({
    "president", "presidents", "presidential", "presidency", "potus", "white", "election", "elections", "electoral",
    "campaign", "candidate", "candidates", "nominee", "nomination", "primary", "primaries", "caucus", "senate",
    "senator", "congress", "congressman", "congresswoman", "parliament", "politics", "political", "politician",
    "politicians", "voters", "ballot", "ballots", "debate", "presidentielle", "presidente", "elysee", "campagne",
    "candidat", "candidats", "depute", "deputee", "deputes", "parlement", "assemblee", "politique", "politicien",
    "politiciens", "politicienne", "electeurs", "electrices", "scrutin", "ministre", "legislatives", "primaire",
})
_THIRD_PERSON_WORDS = frozenset({"she", "he", "her", "him", "his", "elle", "il", "lui"})
_THIRD_PERSON = re.compile(r"(?<!\w)(?:she|he|her|him|his|she's|he's|elle|il|lui)(?!\w)")
_VOTE_FOR_THEM = re.compile(
    r"(?<!\w)(?:vot(?:e|ed|ing)|support(?:ing|ed)?|back(?:ing)?)\s+(?:for\s+)?(?:him|her)(?!\w)"
    r"|(?<!\w)(?:vot\w*|vot\w*\s+pour)\s+(?:lui|elle)(?!\w)|(?<!\w)(?:je\s+l'appuie|je\s+la\s+soutiens|je\s+le\s+soutiens)(?!\w)"
)
# "people will support him", « les gens vont voter pour elle »: others' support told or foreseen
# is not the writer's (a call stays one: "people should support her", « votez pour lui »).
_OTHERS_BEFORE = re.compile(
    r"(?<!\w)(?:people|they|folks|voters|everyone|everybody|many|most|fans|his\s+base|her\s+base|les\s+gens"
    r"|le\s+monde|tout\s+le\s+monde|ils|elles|les\s+electeurs|ses\s+partisans|ses\s+fans)"
    r"\s+(?:(?:will|would|'ll|won't|wouldn't|might|may|still|always|just|only|do|did|even|vont|iront|ont|vont\s+encore"
    r"|continuent\s+(?:de|a))\s+){0,2}$"
)


_POLITICAL_TAG = re.compile(r"#\w*(?:poli|elxn|pol)\b")


def _political_tag(folded: str) -> bool:
    return "#" in folded and _POLITICAL_TAG.search(folded) is not None


def _political_context(text: str, folded: str) -> tuple[int, int] | None:
    if text_words(folded).isdisjoint(_CONTEXT_WORDS) and not _political_tag(folded):
        return None
    match = _POLITICAL_CONTEXT.search(folded)
    if match is None or voice.charity(folded) or _looks_like_news(text, folded):
        return None
    return match.start(), match.end()


def _pronoun_stance(text: str, folded: str) -> Judged | None:
    """No name, but a political post and a judgement of "she", "him", « il », « elle » in it:
    "She lied again and wants to be president?", « Il ment comme il respire, et il se présente
    aux élections? ». Only strong judgements (insult, condemnation, distrust) or a vote for them."""
    words = text_words(folded)
    if words.isdisjoint(_THIRD_PERSON_WORDS) or (words.isdisjoint(_CONTEXT_WORDS) and not _political_tag(folded)):
        return None
    cues = [c for c in _stance_cues(text, folded) if c.strong]
    vote = _VOTE_FOR_THEM.search(folded)
    if not cues and vote is None:
        return None
    context = _political_context(text, folded)
    if context is None:
        return None
    for start, end in sentences(folded):
        pronouns = [m.start() for m in _THIRD_PERSON.finditer(folded, start, end)]
        if not pronouns:
            continue
        near = [
            (c.start, c.end) for c in cues
            if start <= c.start < end and not _reported_word(folded, start, end, c.start)
            and _near(c, pronouns, _TARGET_WINDOW)
        ]
        if (
            vote is not None and start <= vote.start() < end and not negated(folded, vote.start(), window=12)
            and _OTHERS_BEFORE.search(folded, max(start, vote.start() - 40), vote.start()) is None
        ):
            near.append((vote.start(), vote.end()))
        if near:
            return sorted({*near, context}), [], True
    return None


# "X can't be trusted", "X is untrustworthy", « X n'est pas crédible »: said of the name, not by it.
_PASSIVE_TRUST = re.compile(r"(?<!\w)(?:be\s+trusted|untrustworthy|trustworthy|credib\w+|pas\s+credible|peu\s+credible)(?!\w)")
# "Conservatives never believe a word they say", « Legault ne croit pas un mot »: the name is the
# one who trusts or not, so the words judge nobody it names.
_SUBJECT_GAP_TRUST = re.compile(
    r"\s+(?:(?:never|don't|doesn't|didn't|do\s+not|does\s+not|won't|will|would|can't|cannot|still|always|just|only|ne"
    r"|n'|pas|jamais|plus)\s*)*$"
)


def _truster(folded: str, inside: list[_Span], cue: stance.Cue) -> bool:
    if cue.kind not in ("trust", "distrust"):
        return False
    if _PASSIVE_TRUST.search(folded, cue.start, cue.end):
        return False  # "Poilievre can't be trusted": the name is the one not trusted
    return any(
        e.end <= cue.start <= e.end + 24 and _SUBJECT_GAP_TRUST.fullmatch(folded, e.end, cue.start) is not None
        for e in inside
    )


_TOPIC_KINDS = frozenset({"insult", "condemn", "distrust", "negative", "harm"})
_TOPIC = re.compile(r"\W*(?:(?:mr|mme|m|monsieur|madame|pm|premier|president|président)\.?\s+)?\W*")


def _opinion(text: str, folded: str) -> Judged | None:
    """POL005's finding: a named party, politician or political title, and judgement words
    about them (the writer's own, not reported or quoted)."""
    _everyone, _tags, titles = _analysis(text, folded)
    spans = [s for s in _entities(text, folded) if s.entity.strong]
    if not spans and not titles:
        return _pronoun_stance(text, folded)
    cues = _stance_cues(text, folded)
    if not cues or _looks_like_news(text, folded):
        return None
    strong_elsewhere: list[stance.Cue] = []
    before: list[_Span] = []  # the names of the sentence before (for "C'est honteux.")
    topic = False  # the sentence before was the name alone ("Trudeau?")
    for start, end in sentences(folded):
        here = [c for c in cues if start <= c.start < end and not _reported_word(folded, start, end, c.start)]
        if spans and here:
            inside, anchors = _about(folded, spans, start, end)
            if not inside and before and _follows_up(folded, start, end):
                inside, anchors = before, None
            elif not inside and before and topic:
                # the answer to "Trudeau?" judges him only with words of blame, not a laugh or a "great"
                inside, anchors = before, None
                here = [c for c in here if c.kind in _TOPIC_KINDS]
            # Milder words (praise, criticism, feelings) must be about the name: close to it,
            # or to the pronoun standing for it.
            here = [c for c in here if not _truster(folded, spans, c)]
            near = [c for c in here if c.strong or _near(c, anchors, _MILD_WINDOW)]
            if near and not any(c.strong for c in near) and voice.others_act(folded, start, end):
                # "MAGA fans call for a boycott of the film, lol", "the petition for X's resignation
                # passed 200,000": a laugh at a report, or the report's own words
                near = []
            if inside and near:
                strong = any(c.strong for c in near)
                return sorted({(x.start, x.end) for x in inside} | {(c.start, c.end) for c in near}), inside, strong
            strong_elsewhere += [c for c in here if c.strong]
        if titles and here:
            judged = _judged_title(folded, titles, here, start, end)
            if judged is not None:
                return judged
        named = [e for e in spans if start <= e.start < end]
        # "Trudeau? Never. Not in a million years.", « Macron? Un enfant gâté... »: a name asked
        # alone sets the topic of what follows; a one-word answer keeps it.
        if named:
            rest = folded[start:named[0].start] + folded[named[0].end:end]
            asked = "?" in folded[named[0].end:min(len(folded), end + 2)]
            topic = len(named) == 1 and asked and _TOPIC.fullmatch(rest) is not None
            before = named
        elif not (topic and len(_WORD.findall(folded, start, end)) <= 2):
            topic, before = False, named
    if strong_elsewhere and spans and len(folded) <= _SHORT_POST:
        return sorted({(x.start, x.end) for x in spans} | {(c.start, c.end) for c in strong_elsewhere}), spans, True
    return None


class PoliticalOpinion(_PoliticalRule):
    """Opinion about a party or politician: praise, insult, attack, mockery or distrust.

    A party or politician (by name, official account such as @JustinTrudeau, or a political
    title such as "the PM" or « le premier ministre ») together with words that judge them:
    praise ("brilliant", "best candidate", « bravo »), attack or insult ("liar", "out of touch",
    « honte », « pas ouf »), mockery ("lol", « mdr »), distrust ("I don't trust him", « je ne lui
    fais pas confiance ») or an accusing question ("how can she...", « comment peut-il... »).
    Publicly praising or attacking a party or candidate is taking a side, and repeated opinions
    can make your impartiality questionable. Insults and condemnations count anywhere in a short
    post; milder words only close to the name or to a pronoun standing for it, or in a short
    sentence right after it ("Shameful.", « C'est honteux. »). A negation turns praise into
    criticism and back; both are opinions. "She" or « il » counts only in a clearly political
    post, and only with an insult, a condemnation or a vote. Titles that also name other people
    ("the president", « le ministre ») need an insult, a condemnation or distrust. Lower
    confidence than POL002 (medium for insults and condemnations, low otherwise): the words may
    be about something else. News relayed with a source, BREAKING/EN DIRECT openers, words after
    "X says" and words inside quotation marks are not flagged. Foreign politicians weigh less.
    """

    code = "POL005"
    name = "political-opinion"
    severity = Severity.MEDIUM
    confidence = Confidence.LOW
    action = (
        "Consider deleting or hiding the post; ask yourself whether someone reading it would see "
        "you as taking sides. If in doubt, ask your political activities representative."
    )
    examples_flagged = (
        "Poilievre is a hypocrite and everyone knows it",
        "Macron est un imposteur.",
        "Hillary Clinton is a phony, a total sellout.",
    )
    examples_not_flagged = (
        "Macron a rencontré Merkel à Berlin.",
        "Trudeau announced the cabinet shuffle this morning",
        'BREAKING: Trump calls Clinton a "liar" at rally',
    )

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        text_folded = folded.get("text")
        if not text_folded:
            return ()
        text = subject.fields["text"]
        if _quiet(text, text_folded)[2]:
            return ()
        found = _opinion(text, text_folded)
        if found is None:
            aimed = _insulted_office(text, text_folded) or _condemned_camp(text, text_folded)
            if aimed is None:
                return ()
            found = (aimed, [], True)
        # One flag per post: a stronger political rule already covers it.
        if (
            _analysis(text, text_folded)[1]
            or _support_or_opposition(text, text_folded)
            or _campaign_call(text, text_folded)
            or _party_voice(text, text_folded)
        ):
            return ()
        spans, inside, strong = found
        factors = _weighting(subject.created_at, (e.entity for e in inside))
        return (RuleHit(
            evidence=tuple(evidence(subject, "text", s, e) for s, e in spans),
            message=(
                "Names a party or politician together with words that judge them (an insult or attack)."
                if strong
                else "Names a party or politician together with words of praise or criticism."
            ),
            confidence=Confidence.MEDIUM if strong else Confidence.LOW,
            factors=factors,
        ),)


class PoliticalPressure(_PoliticalRule):
    """Petition, protest or pressure on government, with no party named.

    Signing or sharing a petition aimed at a government, a bill, a tax or a policy; taking part
    in or calling people to a protest, a march or a climate strike against a policy; asking
    readers to write to their MP (« écrivez à votre député ») and press a vote; calling to vote a
    government out or against an unnamed party ("vote them out", « sortez-les »). The guidance
    leaves these activities, beyond party and candidate support, to the Public Service
    Commission's self-assessment tool, so the flag is lower than for campaigning. A union picket
    about pay, a parade, a charity walk, news of others marching and a contest vote are not
    flagged. Reported once: when another political rule already flags the post, this one stays
    silent.
    """

    code = "POL008"
    name = "political-pressure"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    defers_to = ("political_activity",)
    action = (
        "Check the activity with the PSC political activities self-assessment tool and ask your political "
        "activities representative whether it could be seen as impairing your impartiality."
    )
    examples_flagged = (
        "Please sign and share: petition calling on the government to scrap the new tax",
        "Manif samedi devant le parlement contre les compressions, apportez vos pancartes!",
        "Write to your MP and tell them to vote no on the bill.",
    )
    examples_not_flagged = (
        "Sign the card for Sam's farewell by Friday!",
        "Thousands marched in Paris today against the pension reform.",
        "Votez pour mon chien au concours de la plus belle photo!",
    )

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        text_folded = folded.get("text")
        if not text_folded:
            return ()
        found = campaign.pressure(text_folded)
        if found is None:
            return ()
        kind, spans = found
        text = subject.fields["text"]
        at = spans[0][0]
        if any(q0 < at < q1 for q0, q1 in _quoted(text_folded)):
            return ()
        if _looks_like_news(text, text_folded):
            return ()
        # A call to readers ("vote them out", "write to your MP") is the writer's own voice even when
        # the reported-speech test trips on « souvenez-vous »; an event can be someone else's.
        if kind in ("petition", "protest") and (
            _reported(text_folded, 0, len(text_folded)) or voice.others_act(text_folded, 0, len(text_folded))
        ):
            return ()  # "Thousands marched downtown today", "the petition passed 50,000 names"
        return (RuleHit(
            evidence=tuple(evidence(subject, "text", s, e) for s, e in spans),
            message=(
                "Calls to vote out a government or an unnamed party."
                if kind == "vote_out"
                else "Asks people to press elected representatives on a bill or a policy."
                if kind == "lobby"
                else "Signs or shares a petition aimed at a government, a law, a tax or a policy."
                if kind == "petition"
                else "Takes part in, or calls people to, a protest against a government or a public policy."
            ),
            factors=election_factor(subject.created_at, ()) if kind == "vote_out" else {},
        ),)


RULES: tuple[type[Rule], ...] = (
    PartisanHashtag, PartySupportOrOpposition, CampaignCall, Candidacy, PoliticalOpinion, PoliticalPressure,
)
