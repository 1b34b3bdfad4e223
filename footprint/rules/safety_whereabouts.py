"""Where the poster is now, will be at a given time, or goes every day, and an empty home
(SAF007), English and French.

What counts, each checked in one clause of the post:
- present location: a place with "right now", "rn", "at the moment", "currently", « en ce
  moment », « présentement » ("At Lansdowne rn", « Au marché By en ce moment »);
- arrival: "just landed in Cancún", "finally made it to Tofino", "greetings from Banff",
  « on vient d'arriver à Québec », « bien arrivés au chalet »;
- an invitation to come find the poster: "come say hi, I'm by the fountain", « venez me voir
  au kiosque », "I'll be at the Parkdale market Saturday 9-12";
- an absence with its dates: "away at the cottage until the 20th", "heading to Cuba tomorrow
  for two weeks", « en vacances jusqu'au 15 », « on part pour le Mexique samedi », « on se rend au
  chalet demain », « pour les deux prochaines semaines », Québec's « en fin de semaine »;
- an empty home: "nobody home", "the house is empty", « personne à la maison », or a
  house-sitter, a pet sitter or held mail with an absence or a date;
- a routine: "my usual 6 am run along the canal", "every Saturday at 8 I'm at the market",
  « tous les matins à 6 h, je cours le long du canal ».

A place no list knows counts where the clause has already said the poster is there now or
until when: a common noun after a spot's preposition ("at the hardware store right now", « chez
le garagiste »), a destination when the stay is dated ("heading to the coast for the weekend,
back Sunday"), a place named before "I'm there now" / « j'y suis encore ».

Not flagged: past trips ("last summer in Cancún", « de retour de Cuba »), wishes and
hypotheticals ("wish I was at the beach right now", "if I were at the beach"), plans without
dates ("someday we'll see Japan"), the present without a place ("at the moment I'm reading
Dune", "in a meeting rn"), a town said in passing in a post about something else, a broadcast
relayed ("Live from the Hill: the PM's press conference"), what one reads, writes or thinks
about (« je lis sur le marché Jean-Talon », « je réfléchis à la cabane à sucre »), a remark that a
time and a province frame (« En ce moment, au Québec, les loyers explosent »), a school the poster works,
volunteers or votes at (SAF006 speaks for a child's), and an organisation's "we" at a public
address.

A past word elsewhere in the sentence does not make a stay past when the cue's own part says now
or until when ("Arrived last night, we're at the cottage till Sunday"); words of the past list
said of the present ("don't miss", "making memories", « n'oubliez pas ») are not past; a year
that names an event's edition ("#Bluesfest2024", « Festival d'été 2025 ») is not a caption of the
past. Speed: each detector opens only on its words (weak words such as "du", "day", an English
weekday, « là » need their company), and the subject and lead readings only on a post holding
a subject's word or a lead's first word.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules.base import ITEM, evidence, text_words
from footprint.rules.safety_address import read as read_address
from footprint.rules.safety_base import (
    CLOCK,
    MONTHS,
    WEEKDAYS,
    SafetyRule,
    has_digit,
    section,
    trie_alternation,
    unshouted,
)
from footprint.rules.safety_children import staff
from footprint.rules.safety_regex import factored
from footprint.text import fold

_DATA = "safety_whereabouts.toml"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_I_EN_FIRST = (
    r"(?:(?:i'?m|im|we'?re|i\s+am|we\s+are)\s+(?:gonna|going\s+to)\s+be|gonna\s+be"
    r"|i'?m|i\s+am|im|we'?re|we\s+are|i'?ll\s+be|we'?ll\s+be|i\s+will\s+be|we\s+will\s+be"
)
# "me and the kids are", "Sam and I will be": the only subjects that try every word of a post as a
# name; a post without their words is read by the patterns left without them (see _and_subject)
_I_EN_AND = r"|(?:me|us)\s+and\s+(?:the\s+|my\s+)?\w+\s+(?:are|will\s+be)|(?:the\s+|my\s+)?\w+\s+and\s+(?:i|me)\s+(?:are|will\s+be)"
_I_EN_REST = (
    r"|(?:the\s+|my\s+|our\s+)?(?:whole\s+)?(?:family|fam|gang|crew)(?:'s|\s+is|\s+will\s+be)"
    # glad to be there: "so happy to be at Lansdowne rn"
    r"|(?:happy|glad|excited|thrilled|blessed|lucky|stoked)\s+to\s+be)"
)
_I_EN = _I_EN_FIRST + _I_EN_AND + _I_EN_REST
_I_EN_PLAIN = _I_EN_FIRST + _I_EN_REST
_I_FR = (
    r"(?:(?:je\s+vais|j'vais|je\s+vas|j'vas|m'as|on\s+va|nous\s+allons)\s+etre|je\s+sons|j'sons|on\s+sont|je\s+suis|j'suis|jsuis|jsui|chuis|chui|chu|chus|suis|on\s+est|nous\s+sommes|sommes|je\s+serai|on\s+sera|nous\s+serons"
    r"|toute\s+la\s+(?:famille|gang)\s+(?:est|sera)|la\s+gang\s+est|me\s+voici|nous\s+voici|me\s+voila|nous\s+voila|me\s+v'la|on\s+se\s+trouve|je\s+me\s+trouve"
    # « tellement contente d'être au chalet »
    r"|(?:contente?s?|heureu(?:x|se|ses)|ravie?s?)\s+d'etre)"
)
_AT = (
    r"(?:on\s+(?:my|our)\s+way\s+to|omw\s+to|otw\s+to|heading\s+to|headed\s+to|en\s+direct\s+du|en\s+direct\s+de|live\s+du|live\s+de"
    r"|en\s+route\s+vers|en\s+route\s+pour|pres\s+du|pres\s+de\s+la|pres\s+de|au\s+bord\s+d[ue](?!\s+l'eau(?!\w))|au\s+bord\s+de\s+la(?!\s+mer(?!\w))|le\s+long\s+d[ue]"
    r"|a\s+cote\s+d(?:[ue]|e\s+la)|en\s+face\s+d(?:[ue]|e\s+la)|next\s+to|a\s+bord\s+d(?:[ue]|e\s+la|e\s+l')|aboard|dans\s+le\s+coin\s+d[ue]"
    r"|a\s+la|a\s+l'|at|in|on|by|near|around|inside|outside|between|entre|@"
    r"|su'l\s+bord\s+d[ue](?!\s+l'eau(?!\w))|sur\s+le\s+bord\s+d[ue](?!\s+l'eau(?!\w))|t'au|t'aux|t'a|s'a|su'a|su'l|sul|au|aux|a|chez|dans|ds|sur|en|devant|derriere)"
)
_NOW = (
    r"(?:right\s+now|rn|atm|at\s+the\s+moment|as\s+we\s+speak|currently|at\s+this\s+very\s+moment|this\s+very\s+minute"
    r"|en\s+ce\s+moment|en\s+c'moment|presentement|actuellement|maintenant|a\s+l'instant|drette\s+la|direct\s+la|asteure|astheure"
    # (« là » at a clause's end or before an emoji, or right before the place: « Là à Disney »; not
    # the article before a hashtag, « de la #culture »)
    r"|sur\s+place|la\s+la|la(?=\s*(?:[,.!?;]|$|[^\w\s'#@-]))|la(?=\s+(?:a|au|aux|dans|sur|chez|en)\s)|en\s+direct(?=\s+d)"
    # (a bare "now" ends its clause: "At the Rideau canal now", not "now that", "I now think")
    r"|now(?=\s*(?:[,.!?;]|$|[^\w\s'#@-]))"
    r"|still\s+(?:here|there)|(?:j'y\s+suis|on\s+y\s+est)\s+(?:encore|toujours))"
)
_UNTIL_EN = (
    rf"(?:(?:until|till|til|'til|through|thru|back\s+on|(?:back|home)(?=\s+(?:on\s+|next\s+|this\s+)?(?:{WEEKDAYS}|the\s+\d|(?:{MONTHS})\.?\s+\d|week\b)))\s+(?:on\s+)?"
    rf"(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?|{WEEKDAYS}|(?:{MONTHS})\.?(?:\s+\d{{1,2}})?|next\s+\w+|tomorrow|tonight|new\s+year'?s|christmas|labou?r\s+day|monday|the\s+end\s+of\s+\w+|close|closing|late|dark|sundown|sunset)"
    r"|for\s+(?:the\s+next\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|ten|a\s+couple\s+of|a\s+few|several)\s+(?:more\s+)?(?:days?|weeks?|months?|nights?|hours?)"
    # ("be back on the 15th" is the first line's "back on"; "home" likewise)
    rf"|(?:returning|coming\s+back)\s+(?:on\s+)?(?:the\s+\d{{1,2}}(?:st|nd|rd|th)?|{WEEKDAYS}|tomorrow|tonight)|for\s+the\s+(?:afternoon|morning|evening|day)"
    r"|in\s+(?:an?|one|\d+|two|three)\s+(?:hours?|minutes?|mins?|days?|weeks?)"
    r"|for\s+the\s+(?:next\s+hour|(?:long\s+)?weekend|week|holidays|summer|month|night)"
    r"|all\s+(?:week|weekend|month|summer|winter|day|afternoon|morning|evening|night)(?:\s+long)?|this\s+(?:week|weekend|coming\s+week)|next\s+(?:week|weekend|\d+\s+days)"
    rf"|tonight|tomorrow|today|this\s+(?:morning|afternoon|evening)|over\s+the\s+(?:holidays|long\s+weekend)|over\s+(?:march|spring|christmas)\s+break|for\s+(?:march|spring|christmas)\s+break"
    rf"|(?:on|this|next)\s+(?:{WEEKDAYS})|(?:from|between)\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|until|till|-|and)\s*(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|to|until|till)\s*(?:(?:{MONTHS})\.?\s+)?\d{{1,2}})"
)
_UNTIL_FR = (
    rf"(?:(?:de\s+)?retour\s+(?:le\s+|prevu\s+(?:le\s+)?)?(?:\d{{1,2}}(?:er)?(?:\s+(?:{MONTHS}))?|{WEEKDAYS})|jusqu'(?:au|a|a\s+la|en|a\s+l')\s+(?:\d{{1,2}}(?:er)?|{WEEKDAYS}|(?:{MONTHS})|la\s+fin|lundi|demain|ce\s+soir|noel|l'an|mardi|(?!(?:ce|maintenant|present|quand|ici)\b)[a-z]+)"
    # (one branch per first word: the scan tries every branch at every word)
    r"|pour\s+(?:(?:\d+|deux|trois|quatre|cinq|six|sept|dix|une|un|quelques|la|le)\s+(?:longue\s+|petite\s+)?(?:jours?|semaines?|mois|nuits?|fin\s+de\s+semaine|week-end|heures?)"
    r"|l'(?:apres-midi|avant-midi)|la\s+(?:journee|soiree|matinee))"
    rf"|(?:deux|trois|quatre|une|\d+)\s+(?:prochaines\s+)?semaines?|du\s+\d{{1,2}}(?:er)?\s+(?:(?:{MONTHS})\s+)?au\s+\d{{1,2}}"
    # the coming stretch: « les deux prochaines semaines », « les 3 prochains jours », « la prochaine
    # heure », « l'heure qui vient »; and Québec's « en fin de semaine », this weekend
    r"|(?:deux|trois|quatre|cinq|six|sept|dix|quelques|\d+)\s+prochaine?s\s+(?:jours|nuits|heures|minutes|mois|fins\s+de\s+semaine)"
    r"|prochaine\s+(?:heure|demi-heure|semaine|fin\s+de\s+semaine)|l'heure\s+qui\s+(?:vient|suit)|en\s+fin\s+de\s+semaine"
    r"|toute?\s+(?:la\s+(?:semaine|fin\s+de\s+semaine|journee|matinee|soiree|nuit)|l'(?:apres-midi|avant-midi)|le\s+(?:mois|week-end|weekend|ete))"
    # back on a day: « je reviens le 15 », « on rentre dimanche »; in an hour; « pas là de la semaine »
    rf"|(?:je|on|nous)\s+(?:reviens|revient|revenons|rentre)\s+(?:le\s+\d{{1,2}}(?:er)?|{WEEKDAYS}|demain|ce\s+soir)"
    r"|dans\s+(?:une|un|\d+|deux|trois)\s+(?:heures?|minutes?|jours?|semaines?)"
    r"|pas\s+la\s+de\s+la\s+(?:semaine|fin\s+de\s+semaine)|cette\s+(?:semaine|fin\s+de\s+semaine)"
    r"|ce\s+(?:soir|week-end|weekend|matin|midi)|a\s+soir|la\s+semaine\s+prochaine|demain|aujourd'hui|ce\s+(?:" + WEEKDAYS + r")"
    r"|pendant\s+(?:les\s+fetes|la\s+relache|le\s+conge|les\s+vacances|deux\s+semaines|une\s+semaine)"
    r"|du\s+\d{1,2}(?:er)?\s+au\s+\d{1,2}|de\s+retour\s+(?:le\s+|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|dans|la\s+semaine)"
    r"|(?:samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi)(?:\s+(?:matin|soir|apres-midi|prochain))?)"
)
_UNTIL = rf"(?:{_UNTIL_EN}|{_UNTIL_FR})"
_ABSENT = (
    r"(?:away|out\s+of\s+town|on\s+vacation|on\s+holidays?|on\s+a\s+trip|travel(?:l)?ing|gone|out\s+of\s+the\s+country|off\s+the\s+grid|off-grid"
    r"|up\s+north|down\s+south|at\s+the\s+(?:cottage|cabin|lake|camp|chalet)|at\s+camp|camping|heading\s+(?:out|off|down|up)|on\s+the\s+road"
    r"|en\s+vacances|en\s+conge|absente?s?|partie?s?|a\s+l'exterieur|hors\s+de\s+la\s+ville|a\s+l'etranger|en\s+voyage"
    r"|au\s+chalet|au\s+camping|dans\s+le\s+sud|en\s+camping|dans\s+le\s+bois|en\s+croisiere|sur\s+la\s+route"
    r"|(?:passe|passons|va\s+passer|vais\s+passer|spending|spend)\s+(?:la|le|les|une|deux|trois|the|a|two|three|our|my|march|spring)?\s*"
    r"(?:(?:longue|long|petite|whole|entire|next|prochaine?)\s+)?"
    r"(?:semaine|fin\s+de\s+semaine|week-end|weekend|fetes|vacances|ete|mois|relache|jours|semaines|week|holidays|break|summer|days|weeks)"
    r"(?:\s+break)?\s+(?:a|au|aux|en|dans|chez|at|in|on|with))"
)
# Leaving for somewhere: the destination is checked to be a place.
_LEAVING = (
    r"(?:heading\s+to|headed\s+to|off\s+to|flying\s+to|fly\s+to|leaving\s+for|leave\s+for|driving\s+to|drive\s+to|road\s+trip\s+to"
    r"|on\s+our\s+way\s+to|on\s+my\s+way\s+to|en\s+route\s+to|in\s+route\s+to|omw\s+to|otw\s+to|bound\s+for|jetting\s+off\s+to"
    r"|sur\s+la\s+route\s+(?:vers|de|du|des)|en\s+chemin\s+(?:vers|pour)"
    r"|(?:on|je|nous)\s+(?:part|pars|partons|s'en\s+va|m'en\s+vais|nous\s+en\s+allons)\s+(?:pour|a|au|aux|en|vers)"
    # « on se rend au Mont-Tremblant demain », « je file au Costco »: French's other ways of going
    r"|(?:on\s+se\s+rend|je\s+me\s+rends|nous\s+nous\s+rendons|(?:je|on)\s+file|nous\s+filons|on\s+filons)\s+(?:a|au|aux|en|chez|vers)"
    r"|en\s+route\s+(?:vers|pour)|en\s+direction\s+(?:du|des|de\s+la|de\s+l'|de|d')|direction|depart\s+(?:pour|vers)|(?:on|je)\s+(?:s'envole|m'envole)\s+(?:pour|vers))"
)
# The rarer ways of leaving, in a pattern of their own tried only on a post holding one of
# _LEAVING_MORE_WORDS (or an arrow), so the common scan stays as cheap as it was:
_LEAVE_WHEN = (
    r"(?:(?:tomorrow|tonight|today|this|next|on|early|first\s+thing|morning|afternoon|evening|night|week|weekend"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|demain|ce|cette|soir|matin|tot|apres-midi|prochain|prochaine|la|semaine)\s+){1,3}"
)
_LEAVING_MORE = factored(
    r"(?<![\w'])(?:(?P<leaving>"
    # "heading out to Wakefield", "flying up to Iqaluit"
    r"(?:heading|headed|flying|fly|driving|drive)\s+(?:(?:out|up|down|over|off|back)\s+to|into)|on\s+the\s+road\s+to"
    # « on descend en ville », « on monte au chalet » (Québec's way of going somewhere)
    r"|(?:on|je|nous)\s+(?:descend|descends|descendons|monte|montes|montons)\s+(?:en|a|au|aux|dans|chez|sur)"
    # the day between the going and the place: "leaving tomorrow for Lisbon", « on part demain
    # matin pour la Gaspésie », « on décolle ce soir pour Vancouver », « on s'en va chez grand-maman »
    rf"|(?:leaving|leave|flying\s+out|fly\s+out|heading\s+out|head\s+out|taking\s+off|off)\s+{_LEAVE_WHEN}(?:for|to)"
    rf"|(?:on|je|nous)\s+(?:part|pars|partons|s'en\s+va|m'en\s+vais|nous\s+en\s+allons|decolle|decollons)\s+(?:{_LEAVE_WHEN})?(?:pour|a|au|aux|en|vers|chez|dans)"
    r"|(?:now\s+)?boarding\s+(?:now\s+)?(?:for|to)|embarquement\s+(?:pour|vers)|(?:on|j')\s*embarque\s+(?:pour|vers)"
    # an arrow between places: "Ottawa → Vancouver today"
    r"|(?P<arrow>→|➡️?|✈️?))\s*"
    # leaving for a stretch of time, the place unsaid: "we're off tomorrow for two weeks", « on
    # part demain matin pour deux semaines », « je pars en vacances lundi »
    r"|(?:(?:on|je|nous)\s+(?:part|pars|partons|decolle|decollons|s'en\s+va|m'en\s+vais)"
    r"|(?:we'?re|i'?m|we\s+are|i\s+am)\s+(?:off|leaving|heading\s+out|flying\s+out)|(?:we|i)\s+(?:leave|fly\s+out|head\s+out|take\s+off))"
    r"(?=(?:\s+[\w']+){0,3}?\s+(?:for\s+(?:\d+|a|an|one|two|three|four|five|six|a\s+couple\s+of|a\s+few)\s+(?:days?|weeks?|months?|nights?)"
    r"|pour\s+(?:\d+|deux|trois|quatre|cinq|une|un|quelques|la|le)\s+(?:longue\s+)?(?:jours?|semaines?|mois|nuits?|fin\s+de\s+semaine)"
    r"|en\s+(?:vacances|voyage)|on\s+vacation)(?!\w)))"
)
_LEAVING_MORE_WORDS = frozenset(
    "heading headed flying fly driving drive leaving leave taking off part pars partons va vais allons decolle decollons "
    "boarding embarquement embarque descend descends descendons monte montes montons road".split()
)
_ARRIVED = (
    r"(?:just|finally|officially|safely)\s+(?:landed|arrived|got\s+(?:in|here|to)|made\s+it|touched\s+down|checked\s+in|pulled\s+in)"
    # ("checking in from Nashville" reports in, as on a forum, from where one lives)
    r"|(?<![\w'])(?:(?:landed|arrived|touched\s+down|wheels\s+down)\s+(?:in|at|to|from|into)|(?:checked|checking)\s+in\s+(?:in|at|to|into)|checked\s+into|checking\s+into|(?:made\s+it|got)\s+(?:to|into))\s+"
    r"|(?:greetings|hello|hi|postcard|love)\s+from\s+(?=\w)"
    r"|check-?in\s+(?:fait|faite|complete|done)\s+(?:(?:aux|au|at|a\s+la|a)\s+|a\s+l')(?=\w)"
    # « Check-in au Château Frontenac », « enregistrés à l'hôtel »: the French for "checked in at"
    r"|(?<![\w'])(?:check-?in|enregistree?s?)\s+(?:(?:aux|au|a\s+la|a)\s+|a\s+l')(?=\w)"
    r"|(?<![\w'-])check-?in\s+at\s+(?=\w)"
    r"|(?:je\s+viens|on\s+vient|nous\s+venons|viens|vient)\s+(?:(?:tout\s+)?juste\s+)?d'(?:atterrir|arriver)"
    r"|(?:bien|enfin|finalement)\s+(?:arrivee?s?|rendue?s?|atterrie?s?)"
    r"|(?:arrivee?s?|rendue?s?|atterrie?s?)\s+(?:a|au|aux|en)\s+(?=\w)"
    r"|(?:bonjour|salut|coucou|bisous|salutations|allo)\s+(?:de|du|d')\s*(?=\w)"
    r"|(?:me|nous|et)\s+(?:voila|voici|v'la)\s+(?:a|au|aux|en|dans|sur|rendue?s?\s+a)\s+(?=\w)"
)
_INVITE = (
    r"(?:come\s+(?:say\s+(?:hi|hello)|see\s+(?:me|us)|find\s+(?:me|us)|visit\s+(?:me|us)|join\s+(?:me|us)|hang\s+out|by)"
    r"|stop\s+by|swing\s+by|drop\s+by|pop\s+by|(?:find|catch|meet|spot|look\s+for)\s+(?:me|us)\s+(?:at|by|near|in|on)"
    r"|venez\s+(?:me|nous)\s+(?:voir|saluer|jaser|rejoindre|dire\s+(?:bonjour|allo|salut))|passez\s+(?:me|nous)\s+(?:voir|saluer|dire\s+(?:bonjour|allo|salut))"
    r"|venez\s+dire\s+(?:bonjour|allo|salut)|passez\s+dire\s+(?:bonjour|allo|salut)|venez\s+faire\s+un\s+tour"
    # « rejoins-moi au Tim », « cherchez-moi dans les estrades », « viens me rejoindre »
    r"|(?:rejoins|rejoignez|retrouve|retrouvez)[\s-](?:moi|nous)|viens\s+(?:me|nous)\s+(?:voir|rejoindre|trouver|retrouver)"
    # (« trouve-moi un bon resto » asks for a thing: a place must follow)
    r"|(?:cherche|cherchez|trouve|trouvez)[\s-](?:moi|nous)(?=\s+(?:au|aux|a|dans|sur|chez|pres|devant|derriere|en\s+face|a\s+cote)\s)"
    # « venez me trouver », « passez au pub ce soir »: the reader asked to where the poster is
    r"|venez\s+(?:me|nous)\s+(?:trouver|retrouver)|passez(?=\s+(?:au|aux|a\s+la|chez)\s)"
    # a bare « venez! », « venez nombreux »: the reader is asked over
    r"|venez(?:\s+(?:nombreux|nombreuses|en\s+grand\s+nombre))?(?=\s*(?:[!.,]|$)))"
)
# What a weekday is for, week after week
_WEEKLY = (
    r"(?:workouts?|yoga|runs?|swim|class|league|bowling\s+league|practice|mass|bingo|trivia|hockey|soccer|spin|pilates|crossfit"
    r"|bootcamp|volleyball|basketball|badminton|pickleball|curling|bowling|choir|skate|ride|hike|dance|karate|date\s+night"
    r"|entrainement|cours|ligue|pratique|messe|quiz|souper|natation|course|danse|quilles|chorale|patin"
    r"|poker|cards|euchre|crib|games\s+night|game\s+night|book\s+club|cartes|soiree\s+de\s+jeux|club\s+de\s+lecture)"
)
_ROUTINE = (
    r"(?:(?:my|our)\s+(?:usual|daily|regular|morning|evening|nightly|weekly|lunchtime|lunch|early|weekday|weekend"
    rf"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:{CLOCK}))\s+"
    rf"(?:(?:{CLOCK})\s+)?(?:\d+\s*k\s+)?(?:[a-z]+\s+){{0,2}}?(?:run|jog|walk|ride|bike\s+ride|swim|commute|workout|dog\s+walk|loop|route|coffee|skate|ski|paddle|hike|routine"
    rf"|dinner|supper|brunch|breakfast|lunch|date|{_WEEKLY})"
    rf"|everyday|every\s+(?:single\s+|second\s+|third\s+|2nd\s+|other\s+)?(?:morning|evening|night|day|week|weekday|weekend|lunch(?:\s+hour|time)?|noon|{WEEKDAYS})(?:\s+(?:morning|evening|night|at\s+(?:{CLOCK})))?"
    # every two weeks, by the week's count: "every two weeks", "biweekly", « un samedi sur deux »,
    # « une semaine sur deux », « aux deux semaines », « toutes les deux semaines »
    rf"|every\s+(?:two|2|three|3)\s+weeks|bi-?weekly|fortnightly|(?:un|une)\s+(?:semaine|fin\s+de\s+semaine|{WEEKDAYS})\s+sur\s+(?:deux|trois|2|3)"
    r"|(?:aux|toutes\s+les)\s+(?:deux|trois|2|3)\s+semaines"
    rf"|(?:mornings|evenings|weeknights)\s+at\s+(?:{CLOCK})"
    rf"|(?:tous|toutes)\s+les\s+(?:matins|soirs|jours|midis|semaines|apres-midis?|fins\s+de\s+semaine|{WEEKDAYS})(?:\s+(?:matins?|soirs?|midis?|apres-midis?))?"
    rf"|chaque\s+(?:matin|soir|jour|midi|semaine|fin\s+de\s+semaine|week-end|weekend|{WEEKDAYS})(?:\s+(?:matin|soir))?"
    r"|(?:(?:daily|morning|evening|weekday|weekend|my|our|ma|mon|notre)\s+)?(?:routine|rituel|ritual)\s*:"
    r"|(?:ma|notre)\s+(?:[a-z]+\s+)?(?:course|marche|promenade|sortie|routine|ride|run|tournee|soiree)(?:\s+de\s+[a-z]+)?\s+(?:habituelle|quotidienne|matinale|hebdomadaire|du\s+matin|du\s+soir|du\s+midi|du\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|de\s+\d+\s*h)"
    r"|(?:mon|notre)\s+(?:[a-z]+\s+)?(?:jogging|velo|run|entrainement|cafe|trajet|parcours|tour|souper|brunch|match|cours|diner|dejeuner)\s+(?:habituel|quotidien|hebdomadaire|du\s+matin|du\s+soir|du\s+midi|matinal"
    r"|du\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|de\s+\d+\s*h)"
    r"|comme\s+(?:d'habitude|chaque\s+matin|tous\s+les\s+matins)|as\s+usual|like\s+every\s+(?:morning|day|week)"
    # habits told by the days themselves: "Mondays and Wednesdays", "Tuesday nights", "weekday
    # mornings", "most evenings", "three times a week", « les lundis », « le mardi soir »,
    # « en semaine », « la plupart des jours », « trois fois par semaine »
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekdays|weeknights"
    r"|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekday|weekend)\s+(?:mornings|evenings|nights|afternoons|lunches)"
    r"|daily|nightly|each\s+(?:morning|evening|day|night|week|weekday|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|every\s+other\s+(?:day|morning|evening|night|week|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|most\s+(?:days|mornings|evenings|nights|weekends|weekdays|lunches)"
    r"|(?:\d|two|three|four|five|twice)\s*(?:times\s+|x\s+)?(?:a|per)\s+week"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?(?:\s*(?:/|&|,|and|-)\s*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?)+"
    r"(?:\s+(?:mornings?|evenings?|nights?|afternoons?))?|m/w/f|mwf|t/th|tth"
    r"|(?:lun|mar|mer|jeu|ven|sam|dim)(?:di|credi|edi|anche)?s?(?:\s*(?:/|&|,|et|-)\s*(?:lun|mar|mer|jeu|ven|sam|dim)(?:di|credi|edi|anche)?s?)+"
    r"|les\s+(?:lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)"
    r"|le\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:soir|matin|midi|apres-midi))?"
    # (then the poster, the hour, or the place: « le jeudi soir au IGA », « le samedi matin vous me trouverez »)
    r"(?=\s*(?:,|je\b|j'|on\b|nous\b|apres|avant|c'est|vers|a\s+\d|au\s|aux\s|a\s+la\s|a\s+l'|chez\s|(?:vous|tu)\s+(?:me|m'|nous)))"
    # a span of the working week: « du lundi au vendredi », "Monday to Friday", "Monday through Friday"
    r"|du\s+lundi\s+au\s+(?:jeudi|vendredi|samedi)|(?:from\s+)?monday\s+(?:to|through|thru|till|until)\s+(?:thursday|friday|saturday)"
    # a weekday's own activity: "Monday workout", "Tuesday night is bowling league", « le yoga du
    # jeudi », « entraînement du lundi », "my Mondays", « mes mardis »
    rf"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+(?:(?:nights?|mornings?|evenings?|afternoons?|lunch(?:es)?)\s+)?(?:(?:is|are)\s+(?:my\s+|our\s+)?|=\s*)?"
    rf"(?:(?:long|early|late|easy|group|solo|quick|big)\s+)?{_WEEKLY}"
    rf"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\s+(?:(?:soirs?|matins?|midis?|apres-midis?)\s*)?(?:,\s*)?(?:c'est\s+|=\s*)(?:le\s+|la\s+|les\s+)?{_WEEKLY}"
    rf"|{_WEEKLY}\s+(?:du|le)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:soir|matin|midi))?"
    r"|(?:my|our|mes|nos)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)"
    r"|en\s+semaine|la\s+plupart\s+des\s+(?:jours|matins|soirs|midis|semaines|fins\s+de\s+semaine)"
    r"|(?:\d|deux|trois|quatre|cinq)\s+fois\s+par\s+semaine|quotidiennement"
    r"|(?:course|marche|promenade|jogging|velo|run|\d+\s*km|nage|baignade|natation|yoga|entrainement|cafe|trajet|tour)\s+quotidien(?:ne)?"
    # a commute or a ritual named as one's own: "My commute: 6:50 bus", "Our Sunday ritual:", « Mon trajet : »
    r"|(?:my|our)\s+(?:[a-z]+\s+)?(?:commute|ritual|routine)|(?:mon|notre|ma)\s+(?:trajet|rituel|routine)(?:\s+du\s+[a-z]+)?)"
)
# Weaker habit words that need a clock time in the clause: "I always grab coffee at the Tim's
# on Merivale at 7:15", « je prends toujours mon café au Tim à 7 h 15 ».
_ALWAYS = factored(
    r"(?<![\w'])(?:always|usually|normally|typically|generally|toujours|d'habitude|habituellement|normalement|en\s+general"
    rf"|(?:(?:leave|leaves)\s+(?:the\s+house|home|(?:my|our)\s+(?:place|house|apartment|condo))|head\s+out|get\s+home|home\s+by|out\s+of\s+the\s+house|je\s+pars|on\s+part|je\s+quitte|on\s+quitte"
    rf"|je\s+rentre|on\s+rentre|de\s+retour\s+a\s+la\s+maison))(?!\w)"
    rf"(?=.{{0,80}}?(?:(?<![\w:])(?:{CLOCK})|(?<![\w'])(?:at|around|by|vers)\s+\d{{1,2}}(?![\d%$])"
    # or the day of the week it comes back on: « le dimanche matin », "on Sunday mornings", "Saturdays"
    rf"|(?<![\w'])(?:le|on)\s+(?:{WEEKDAYS})(?!\w)|(?<![\w'])(?:mon|tues|wednes|thurs|fri|satur|sun)days(?!\w)))"
)
# ...or, said by the poster, a named place: "Usually we go along the canal", « D'habitude je cours
# sur la piste cyclable » (the place is checked by the routine's reading like any other)
_USUALLY = factored(
    r"(?<![\w'])(?:usually|normally|typically|d'habitude|habituellement|normalement)[\s,]+(?=j'|(?:i|we|je|on|nous)(?!\w))"
)
# The words _ALWAYS and _USUALLY open on: a post holding none is spared their scans
_ALWAYS_WORDS = frozenset(
    "always usually normally typically generally toujours habitude habituellement normalement general leave leaves head get "
    "home out pars part quitte rentre retour".split()
)
# Leaving home on a schedule: "I leave the house at 7:15 every weekday", « je pars de la maison à 7 h ».
_HOME_LEFT = factored(
    r"(?<![\w'])(?:(?:leave|leaves|left|out\s+of|get\s+back\s+to|back)\s+(?:the\s+house|home|(?:our|my)\s+(?:place|house|apartment|condo))"
    r"|(?:pars|part|partons|quitte|quittons|sors|sort)\s+(?:de\s+la\s+maison|de\s+chez\s+nous|de\s+chez\s+moi|la\s+maison)"
    r"|(?:rentre|rentrons|revient|reviens)\s+(?:a\s+la\s+maison|chez\s+nous|chez\s+moi))(?!\w)"
)
_ROUTINE_NOUN_AT = factored(
    r"(?<![\w'])(?:gym|pool|piscine|rink|arena|daycare|garderie|office|bureau|bus\s+stop|arret|park|parc|track|piste|dojo|yoga|studio)"
    r"\s+(?:at|a|by|vers)\s+\d"
)
# In a habit, a bare hour counts as a time: "gym at 9", "I leave at 7 sharp".
_CLOCK_RE = factored(rf"(?<![\w:])(?:{CLOCK})|(?<![\w'])(?:at|around|by|vers|a)\s+\d{{1,2}}(?![\d%$.,:]\d|[\d%$]|\s*(?:k|km|min|minutes|kids|people|years|ans|%))")
# What is done at the place, when the subject is left out: "Daily 5k around Dow's Lake",
# "5:30 am spin class at the Sportsplex", « Tour du midi dans la Ferme expérimentale ».
_ACTIVITY = factored(
    r"(?<![\w'])(?:\d+\s*k|\d+\s*km|run|jog|walk|swim|ride|class|trivia|mass|practice|loop|yoga|spin|workout|coffee|lunch"
    r"|commute|skate|hike|tour|cours|course|marche|messe|quiz|entrainement|pratique|nage|velo|jogging|promenade|cafe"
    r"|bus|train|catch|autobus|routine|gym|drop|drop-off|pickup|volleyball|hockey|soccer|basketball|badminton|tennis"
    r"|pickleball|curling|climbing|boxing|karate|dance|choir|bingo|league|lessons?|lane\s+swim|laps|ligue|soccer|danse"
    r"|chorale|escalade|natation|longueurs|patin|bowling|quilles|poker|cards|cartes|euchre|crib|trivia|book\s+club|brunch|souper|mass)(?!\w)"
)
_FAMILY = factored(
    r"(?<![\w'])(?:the\s+(?:kids|dog|pup|puppy|boys|girls|baby|fam|family)|les\s+(?:enfants|kids|petits|filles|gars)|le\s+chien|la\s+famille)(?!\w)"
)
# "il fait beau", "it's gorgeous": the weather, not someone else
_WEATHER_IT = factored(r"(?<![\w'])(?:il\s+(?:fait|pleut|neige|vente|gele)|it'?s|it\s+is)(?!\w)")
# (and the road's traffic, which no one keeps as a habit: "Every day at 5 pm the traffic on the 417 is a nightmare")
_THIRD_PERSON = factored(
    r"(?<![\w'])(?:he|she|they|it|il|elle|ils|elles|the\s+news|les\s+nouvelles|opens|ouvre|traffic|trafic|circulation|bouchons?)(?!\w)"
)


@dataclass(frozen=True)
class _Patterns:
    present: re.Pattern[str]
    at_plain: re.Pattern[str]
    self_at_plain: re.Pattern[str]
    arrived: re.Pattern[str]
    invite: re.Pattern[str]
    absent: re.Pattern[str]
    leaving: re.Pattern[str]
    away: re.Pattern[str]
    until: re.Pattern[str]
    empty: re.Pattern[str]
    sitters: re.Pattern[str]
    routine: re.Pattern[str]
    at: re.Pattern[str]
    self_at: re.Pattern[str]
    when: re.Pattern[str]
    places: re.Pattern[str]
    not_places: re.Pattern[str]
    past: re.Pattern[str]
    impersonal: re.Pattern[str]
    regions: re.Pattern[str]
    online: re.Pattern[str]


def _at_pattern(subjects_en: str) -> re.Pattern[str]:
    """"at the market", « au marché By », "by the fountain": where a place may follow (a venue's
    handle too: "at @TDPlace"), said by the poster or not."""
    return factored(rf"(?<![\w'])(?:{subjects_en}\s+|{_I_FR}\s+)?(?:{_AT})\s+(?=\w|@[a-z])")


def _self_at_pattern(subjects_en: str) -> re.Pattern[str]:
    """The poster placing themself: "I'm at", « on est rendus au », "I'm working from"."""
    return factored(
        # (the subject once, then its ways of being somewhere: one scan of _I_EN's alternatives)
        rf"(?<![\w'])(?:(?:{subjects_en}|{_I_FR})\s+(?:(?:(?:here|ici|icitte|rendue?s?|now|still|encore|toujours|installee?s?|assise?s?|arrivee?s?"
        r"|literally|litteralement|actually|already|back|vraiment|genre|de\s+retour"
        r"|settled|set\s+up|parked|stuck|coincee?s?|pognee?s?|currently|presentement|actuellement|maintenant|deja|just|finally|out|away|up|down|over"
        # (two of them too: « je suis rendu présentement au », « on est rendus astheure à »; « là » before a place is now)
        r"|astheure|asteure|en\s+ce\s+moment|right\s+now|rn|la(?=\s+(?:a|au|aux|dans|sur|chez|en)\s)"
        rf"|enfin|officially|officiellement)\s+){{0,2}}(?:{_AT})"
        # working from a café or a library for the day: "I'm working from the Starbucks on Bank",
        # « je télétravaille du Second Cup », « en télétravail à la biblio »; "I'm downtown until 2"
        r"|(?:working|studying|writing)\s+(?:from|out\s+of)|(?=(?:downtown|uptown)(?!\w)))"
        r"|(?:je|j'|on)\s*(?:teletravaille|bosse|etudie|travaille)\s+(?:du|depuis)"
        r"|en\s+teletravail\s+(?:au|aux|a|a\s+la|a\s+l'|du|depuis))(?:\s+|(?<=\s))(?=\w)"
    )


@cache
def patterns() -> _Patterns:
    # (as tries: the place list alone is tried at most positions a post has)
    words = lambda key: trie_alternation(section(_DATA, key))  # noqa: E731
    return _Patterns(
        at_plain=_at_pattern(_I_EN_PLAIN),
        self_at_plain=_self_at_pattern(_I_EN_PLAIN),
        # (not the demonstrative « -là »: « cette marque-là », « ce gars-là »)
        present=factored(rf"(?<![\w'-])(?:{_NOW})(?!\w)"),
        arrived=factored(rf"(?<![\w'])(?:{_ARRIVED})"),
        invite=factored(rf"(?<![\w'])(?:{_INVITE})(?!\w)"),
        absent=factored(rf"(?<![\w'])(?:{_ABSENT})(?!\w)"),
        leaving=factored(rf"(?<![\w'])(?:{_LEAVING})\s+"),
        # Both in one pass over the post: absent ("away", « en vacances ») or leaving ("off to")
        away=factored(rf"(?<![\w'])(?:(?P<leaving>{_LEAVING})\s+|(?:{_ABSENT})(?!\w))"),
        until=factored(rf"(?<![\w'])(?:{_UNTIL})(?!\w)"),
        empty=factored(rf"(?<![\w'])(?:{words('empty_home')})(?!\w)"),
        sitters=factored(rf"(?<![\w'])(?:{words('sitters')})(?!\w)"),
        routine=factored(rf"(?<![\w'])(?:{_ROUTINE})(?!\w)"),
        # "at the market", « au marché By », "by the fountain": where a place may follow
        # (a venue's handle too: "at @TDPlace")
        at=_at_pattern(_I_EN),
        self_at=_self_at_pattern(_I_EN),
        when=factored(rf"(?<![\w'])(?:{_UNTIL}|(?<![\w:])(?:{CLOCK})|\d{{1,2}}\s*(?:-|to|a|à)\s*\d{{1,2}}\s*(?:h|am|pm)?)(?!\w)"),
        # ("a"/« une » before a listed place: "on a patio", « sur une terrasse »; not "in a game",
        # « à une table », which are more often what one does than where one is)
        places=factored(
            rf"(?:the\s+|la\s+|le\s+|l'|les\s+|our\s+|my\s+|mon\s+|ma\s+|notre\s+"
            r"|(?:a|an|un|une)\s+(?!(?:game|match|show|spectacle|table|corner|coin|stand|place|block|bloc|summit|sommet|square"
            rf"|gate|porte|fair|festival|concert|movies|hill|path|tent|tente|sud|station|train|piste|er)(?!\w)))?(?:{words('places')})(?![\w-])"
        ),
        not_places=factored(rf"(?:{words('not_places')})(?!\w)"),
        past=factored(rf"(?<![\w'])(?:{words('past')})(?!\w)"),
        # "Right now in Ottawa it's -30": a town is the subject of a remark, not where one is.
        impersonal=factored(
            r"(?<![\w'])(?:it'?s\s+(?:-|minus|\d|freezing|so\s+cold|so\s+hot|snowing|raining|pouring)|it\s+is\s+(?:-|\d|minus)"
            r"|il\s+fait|il\s+neige|il\s+pleut|weather|degrees|traffic|temperature|meteo|trafic|windchill|facteur\s+vent|humidex)"
        ),
        # (a whole word: "Bluesfest" does not end in the time zone "EST")
        regions=factored(rf"(?<![\w'])(?:the\s+|le\s+|la\s+|les\s+|l')?(?:{words('regions')})(?![\w'])"),
        online=factored(
            r"(?<![\w'])(?:comments?|dms?|stream|streaming|twitch|discord|zoom|teams|online|en\s+ligne|commentaires|chat|live\s+chat|thread|my\s+page"
            # (on the air: "look for me on TV tonight", « cherchez-moi à la télé »)
            r"|the\s+link|lien|inbox|tv|television|tele|radio|the\s+news|aux\s+nouvelles|podcast|youtube)(?!\w)"
        ),
    )


_CLAUSE = factored(r"[.!?;\n]+|,\s+(?=(?:but|mais|and\s+then|though)\b)|\s+(?:but|mais)\s+")
_CAPITAL = factored(r"[A-ZÀ-Þ]")


# _CLAUSE's alternatives after a comma or a blank each need one of these; a text holding none
# (nine posts in ten) is split at its punctuation alone, a scan that skips the blanks.
_CLAUSE_ENDS = factored(r"[.!?;\n]+")


def _bounds(folded: str) -> tuple[tuple[int, int], ...]:
    pattern = _CLAUSE if "but" in folded or "mais" in folded or "and" in folded or "though" in folded else _CLAUSE_ENDS
    return tuple(m.span() for m in pattern.finditer(folded))


# (text, its clause boundaries) in one slot, replaced whole, so a reader never pairs a text with
# another's boundaries. A slot rather than the view's derived(): detectors ask per cue, several
# times a post, and a slot's identity test costs 0.17 us a call where derived() costs 0.73.
_BOUNDS: list[tuple[str | None, tuple[tuple[int, int], ...]]] = [(None, ())]


def _clause_bounds(folded: str) -> tuple[tuple[int, int], ...]:
    """The spans of the text's clause boundaries, found once per text and kept, so a post with
    thousands of cues costs one pass, not one per cue."""
    text, bounds = _BOUNDS[0]
    if text is not folded:
        bounds = _bounds(folded)
        _BOUNDS[0] = (folded, bounds)
    return bounds


def _clause(folded: str, position: int) -> tuple[int, int]:
    """The clause holding `position`."""
    bounds = _clause_bounds(folded)
    i = bisect.bisect_right(bounds, (position, len(folded) + 1))
    start = bounds[i - 1][1] if i else 0
    if start > position:  # inside a delimiter
        start = position
    end = bounds[i][0] if i < len(bounds) else len(folded)
    return start, end


def _first(matches: Iterator[re.Match[str]], limit: int = 12) -> Iterator[re.Match[str]]:
    """The first few cues only: a real post has one or two; a hostile one, thousands."""
    return itertools.islice(matches, limit)


_ADJECTIVE = factored(
    r"(?:sunny|beautiful|gorgeous|lovely|snowy|rainy|windy|rainy|hot|cold|chilly|foggy|magical|historic|downtown|old|belle|beau|magnifique|splendide|ensoleillee?|pluvieuse?|vieux|vieille)\s+"
)
_ARTICLE = factored(r"(?:the|la|le|les|du|des)\s+|l'")
_THEIR_HOME = factored(
    # (not an age: "in my early 20's")
    r"(?:my|our)\s+(?:\w+\s+)?(?!\d)\w+'s(?:\s+(?:place|house|cottage|condo|apartment))?(?!\w)"
    # "my parents' place", "the in-laws", "grandma's"
    r"|(?:(?:my|our|the)\s+)?(?:in-laws|inlaws|parents|folks|grandparents)(?:'|'s)?(?:\s+(?:place|house|cottage|condo|apartment))?(?!\w)"
    r"|(?:grandma|grandpa|granny|nana|mom|dad|mum)'s(?:\s+(?:place|house|cottage|condo|apartment))?(?!\w)"
    r"|les\s+beaux-parents|(?:(?:ma|mon|mes|nos|notre)\s+)?(?:grand-maman|grand-papa|mamie|papi|mamy|granny)(?!\w)"
    r"|(?:ma|mon|mes|nos|notre)\s+(?:s(?:oe|œ)ur|frere|mere|pere|parents|beaux-parents|belle-mere|beau-pere|belle-s(?:oe|œ)ur|beau-frere"
    r"|tante|oncle|cousine?|grand-mere|grand-pere|grands-parents|amie?|chum|blonde|meilleure?\s+amie?)(?!\w)"
)
_FR_BEFORE = factored(r"(?<![\w'])(?:la|le|les|l'|au|aux|du|des)\s*$")
_FR_NOUN_LOWER = factored(
    r"(baie|lac|parc|plage|rue|riviere|mont|pointe|ile|chemin|boulevard|boul|promenade|piste|sentier|centre|marche|place|quai"
    r"|pont|chutes?|colline|foret|jardin|jardins|domaine|station|gare|terrasse|avenue|route|rang|cote|anse|pointe|pres)"
    r"\s+(?:de\s+la\s+|des\s+|du\s+|de\s+)?([a-z][a-z'-]{2,})(?!\w)"
)
_FR_NOUN = factored(r"[a-zà-ÿ]{3,}(?:\s+(?:de\s+la|des|du|de)\s+|\s+d['’]|\s+)(?=[A-ZÀ-Þ])")
# (a linking word is a word of its own: "the UK dude" is not « UK du... »)
_NAME_RUN = factored(r"[\w'’.-]+(?:(?:\s+(?:de|du|des|la|of|on|by)(?![\w'’]))*\s+[A-ZÀ-Þ][\w'’.-]*(?![\w'’]))*")


# "On May 30", "on Saturday", « en Juin »: a capitalised date is not a place.
# (« Sept-Îles », "Mars-Hill": a hyphen carries a month's short form into a town's name)
_TIME_WORD = factored(rf"(?:{WEEKDAYS}|{MONTHS}|today|tonight|tomorrow|christmas|noel|easter|paques|thanksgiving)(?![\w-])")


# "where I am at I'm sure": the pronoun is not a name
_PRONOUN_I = factored(r"I(?:['’](?:m|ll|ve|d)|\s|$)")


def _shouting(original: str, start: int, name: str) -> bool:
    """In a post written in capitals, a capital says nothing about a place."""
    word = name.split()[0]
    if len(word) <= 3 or not word.isupper():
        return False
    around = original[max(0, start - 30):start + 30]
    letters = [c for c in around if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)


_SAME = factored(r"(?:(?:the|le|la|l')\s+)?(?:same|usual|regular|meme|habituel(?:le)?)\s+")
_SAME_STARTS = ("the s", "the u", "the r", "le m", "la m", "le h", "l'h", "same", "usual", "regular", "meme", "habituel")


_FIGURATIVE_AFTER = factored(
    r"\s+(?:where|when|in\s+which|of\s+(?:\w+ing|life|development|the\s+game|our|my|your)|ou|de\s+(?:la\s+vie|developpement)"
    # « au sommet de ma forme », « au sommet de sa carrière », « au top de la gloire »: a point in a life
    r"|de\s+(?:ma|mon|sa|son|notre|leur|la|l')\s*(?:forme|carriere|gloire|vie|art|jeu|patience|popularite|succes|bonheur))(?!\w)"
)
_POSSESSIVE_AFTER = factored(r"'s\s+(?!(?:office|clinic|place|house|cottage|cabin|waiting)(?!\w))[a-z]")


def _place_at(original: str, folded: str, position: int, lower: bool = True) -> int | None:
    """End of a place starting at `position`: a listed place noun or a capitalised name (not
    a state like "in a meeting", not a platform)."""
    p = patterns()
    same = _SAME.match(folded, position) if folded.startswith(_SAME_STARTS, position) else None
    if same and (_CAPITAL.match(original, same.end()) or p.places.match(folded, same.end())):
        position = same.end()  # "at the same Bridgehead", « au même Tim »: the habit's place
    elif (state := p.not_places.match(folded, position)) is not None:
        listed = p.places.match(folded, position)
        if listed is None or listed.end() <= state.end():
            return None  # "at work", « au bureau » (but « au bureau de poste » is a place)
        return listed.end()
    noun = p.places.match(folded, position) or _THEIR_HOME.match(folded, position)
    if noun:
        if _POSSESSIVE_AFTER.match(folded, noun.end()):
            return None  # "at the vet's suggestion": whose advice, not where
        if _FIGURATIVE_AFTER.match(folded, noun.end()):
            return None  # "at the stage where...", « au stade où... »: a point reached, not a spot
        return noun.end()
    skip = _ARTICLE.match(folded, position)
    start = skip.end() if skip else position
    adjective = _ADJECTIVE.match(folded, start)  # "sunny Mazatlán", « la belle Gaspésie »
    if adjective and _CAPITAL.match(original, adjective.end()):
        start = adjective.end()
    elif (skip and skip.group(0) != "the ") or _FR_BEFORE.search(folded, max(0, position - 6), position):
        # French puts the common noun before the name: « la baie Mooney », « le lac Dow »
        noun = _FR_NOUN.match(original, start)
        if noun and not _TIME_WORD.match(folded, noun.end()):
            start = noun.end()
        elif not any(c.isupper() for c in original[max(0, position - 60):position + 40]):
            # all in lower case: « à la baie mooney », « au parc jacques-cartier »
            typed_lower = _FR_NOUN_LOWER.match(folded, start)
            if typed_lower and typed_lower.group(1) not in _LOWER_STOP and typed_lower.group(2) not in _LOWER_STOP:
                return typed_lower.end()
    if start + 1 < len(original) and original[start] == "@" and _CAPITAL.match(original, start + 1):
        start += 1
    if start < len(original) and _CAPITAL.match(original, start):
        name = _NAME_RUN.match(original, start)
        if name is None or _shouting(original, start, name.group(0)) or _TIME_WORD.match(folded, start) or _PRONOUN_I.match(original, start):
            return None
        return name.end()
    if start < len(original) and original[start] in "📍🏖🏝🏔⛰🏕":
        return start + 1
    if not lower:
        return None
    return _modified_place(original, folded, position) or _lower_case_name(original, folded, start)


# An article or a possessive before a place's modifiers: "the ticket booth", "my usual Tim's"
_DETERMINER = factored(r"(?:the|a|an|my|our|la|le|les|un|une|mon|ma|notre)\s+|l'")
_MODIFIER = factored(r"([a-z][a-z'.-]*)\s+")
_NOT_MODIFIER = frozenset("of de du des la le les d' a an the this that these those ce cet cette ces".split())


def _modified_place(original: str, folded: str, position: int) -> int | None:
    """A listed place after one to three lower-case words that describe or name it: "the ticket
    booth", "the north gate", "st laurent mall", "the big Costco", « le petit parc »; not a part
    of something ("the end of the park") nor a state ("at a loss")."""
    determiner = _DETERMINER.match(folded, position)
    run = determiner.end() if determiner else position
    if _place_words().isdisjoint(_ALNUM.findall(folded, run, run + 60)[1:6]):
        return None  # no place word among the next words: most calls stop at this set test
    places = patterns().places
    for _ in range(3):
        word = _MODIFIER.match(folded, run)
        if word is None or not original[run:word.end(1)].islower():
            return None
        first = word.group(1)
        if first in _LOWER_STOP or first in _ABSTRACT or first in _NOT_MODIFIER or _TIME_WORD.match(first):
            return None
        run = word.end()
        listed = places.match(folded, run) if not _ARTICLE_AT.match(folded, run) else None
        if listed is not None:
            return listed.end()
    return None


@cache
def _place_words() -> frozenset[str]:
    """Every word of the listed places ("booth", "market", "gate", « parc »)."""
    return frozenset(word for place in section(_DATA, "places") for word in _ALNUM.findall(fold(place)))


_ALNUM = factored(r"[a-z0-9]+")


# (the listed place must follow the modifiers at once, with no article of its own)
_ARTICLE_AT = factored(r"(?:the|la|le|les|l'|our|my|mon|ma|notre|a|an|un|une)[\s']")


# Casual posts are often typed all in lower case ("at lansdowne rn", "walk the dog at mooneys
# bay"): there a name cannot be told by its capital, so a word that is neither a function word,
# a state ("at work", "in bed") nor a time is read as the place, and only where no capital is
# typed near it.
_LOWER_WORD = factored(r"[a-z][a-z'-]{2,}(?:\s+[a-z][a-z'-]{2,})?")
_LOWER_STOP = frozenset("""
the a an my our your his her their this that these those some any all least once it its work home bed way break hold
call fire top line love least last first next same time times moment end least lunch dinner breakfast class school
office meeting meetings shock tears pain trouble awe peace charge touch stock person general fact least total short
progress mood middle zone loss hurry rush mind head heart feelings era element heaven hell town bit bits lot lots
least advance case order front back side best worst most more less one two three four five six seven eight nine ten
and but or so for with from about into onto over under off out up down just still now here there today tonight tomorrow
morning evening night week weekend day days hours minutes min mins hour year years month months traffic line queue
la le les un une des du de et ou mais donc pour avec sans sur sous dans chez moi toi nous vous eux elle lui travail
job maison lit bureau cours classe ecole reunion retard avance train forme mode ligne file tete coeur paix feu
what who how why when where which while whatever whoever can could will would should must may might is are was were
be been being have has had do does did get got gets going gonna wanna gotta lol lmao omg wtf tbh idk imo
fond jour vendre pied cote peine part propos moitie aise temps cause partir jamais date venir faire
voir dire suivre midi minuit bientot demain lundi mardi mercredi jeudi vendredi samedi dimanche peu tout tous toutes
path road track upside downside harm's journey edge verge brink cusp rise decline list agenda record radar table rest
belly stomach tummy gut guts face ass butt arse neck throat chest eyes eye mouth ears ear nose arms arm hands hand feet foot
legs leg knees skin bones bone soul veins blood brain lungs ribs teeth
ventre bedaine gueule face fesses cul cou gorge yeux bouche oreilles nez bras mains pieds jambes genoux peau ame veines sang
cerveau poumons dents
toute cette until till right pis jusqu'a jusqu'au jusqu'en
""".split())


# « à » before a bare lower-case word is most often a town: « on est à tremblant »
_FR_A = factored(r"(?<![\w'])[àa]\s+$")
_FR_IN_REGION = factored(r"(?<![\w'])(?:au|aux|en|le|la|les)\s+$|(?<![\w'])l'$")
_EN_PREPOSITION = factored(r"(?<![\w'])(?:at|in|on|by|near|around|along|through|past|to|from|into|inside|outside|behind|across\s+from|next\s+to|omw\s+to|@)\s+(?:the\s+)?$")


def _lower_case_name(original: str, folded: str, start: int) -> int | None:
    if start >= len(original) or not original[start].islower():
        return None
    if _FR_IN_REGION.search(folded, max(0, start - 4), start) is not None and (region := patterns().regions.match(folded, start)) is not None:
        # « au mexique », « en floride » (a post typed in lower case, or in capitals and read so):
        # a country or a province is a name French gives its article, where any other word is not
        if not any(c.isupper() for c in original[max(0, start - 60):start + 40]):
            return region.end()
    if _EN_PREPOSITION.search(folded, max(0, start - 12), start) is None and not _FR_A.search(original, max(0, start - 3), start):
        return None  # « au loto », « dans la vérité », « en amérique »: French common nouns are not names
    if any(c.isupper() for c in original[max(0, start - 60):start + 40]):
        return None
    word = _LOWER_WORD.match(folded, start)
    if word is None:
        return None
    parts = word.group(0).split()
    if parts[0] in _LOWER_STOP or _TIME_WORD.match(folded, start):
        return None
    if len(parts) > 1 and parts[1] in _LOWER_STOP:
        return start + len(parts[0])
    return word.end()


# A French word right before a bare « a »: the accent left off « à », not the English article
# ("I'm a Leafs fan" keeps its "a")
_FR_BEFORE_A = factored(
    r"(?<![\w'])(?:presentement|actuellement|maintenant|moment|suis|est|sommes|sera|serai|serons|etre|rendue?s?|arrivee?s?"
    r"|chu|chus|seule?s?|toujours|encore|ici|icitte|enfin|deja|vacances|reste|restons|retour|bienvenue)\s+a$"
)


def _english_a(original: str, folded: str, m: re.Match[str]) -> bool:
    """The preposition matched is English "a", not French « à » (folded alike)."""
    prep = folded[m.start():m.end()].rstrip()
    if folded.startswith(("l'", "la ", "les "), m.end()):
        return False  # « a l'urgence », « a la plage » typed without the accent: French after all
    if (prep == "a" or prep.endswith((" a", "\ta"))) and _FR_BEFORE_A.search(folded, max(0, m.start() - 24), m.start() + len(prep)):
        return False  # « je suis a Montreal », « presentement a Muskoka »: French typed without accents
    return (prep == "a" or prep.endswith((" a", "\ta"))) and original[m.start() + len(prep) - 1] not in "àÀ"


def _places_in(original: str, folded: str, start: int, end: int, common: bool = False) -> Iterator[tuple[int, int]]:
    """Places after a preposition in the span; with `common`, an unlisted common noun after a
    spot's preposition counts too (see _common_place)."""
    topic_end = -1
    for m in _first(_at(folded).finditer(folded, start, end), 8):
        if _english_a(original, folded, m) or (
            m.start() < topic_end and not (folded.endswith(_ABOUT, m.start(), m.end()) and _SURFACE.match(folded, m.end()))
        ):
            continue  # (what the topic's words go on to say, but not a bench one sits on: « ... à ma vie sur un banc du parc »)
        if (folded.endswith(_ABOUT, m.start(), m.end()) and (
            _TOPIC_BEFORE.search(folded, max(0, m.start() - 40), m.start())
            or (_TOPIC_VERB.search(folded, max(0, m.start() - 30), m.start()) and not _SURFACE.match(folded, m.end()))
        )) or (folded.startswith(_TO, m.start()) and _THINK_BEFORE.search(folded, max(0, m.start() - 30), m.start())):
            # « un livre sur le Costa Rica », "a documentary on Iceland", « je lis sur le marché »: what
            # it is about, up to the next comma (« lire sur la piste cyclable le long du canal »)
            comma = folded.find(",", m.end(), end)
            topic_end = comma if comma >= 0 else end
            continue
        place_end = _place_at(original, folded, m.end())
        if place_end is None and common:
            place_end = _common_place(original, folded, m.start(), m.end())
        if place_end is None and (town := _IN_TOWN.match(folded, m.start())) is not None:
            place_end = town.end()  # "in town till Thursday", « en ville jusqu'à jeudi »: visiting
        if place_end is not None:
            yield m.start(), min(place_end, end)


_ABOUT = ("sur ", "on ", "sur\t", "on\t")
# A work or a talk before « sur » / "on": the place is its subject, not where one is
_TOPIC_BEFORE = factored(
    r"(?<![\w'])(?:livre|roman|article|film|documentaire|doc|reportage|podcast|balado|serie|emission|texte|essai|chronique|conference"
    r"|book|novel|documentary|show|series|episode|essay|thread|video|lecture|talk|piece|story|report|guide|blog\s+post)s?(?:\s+[\w'-]+){0,2}\s+$"
)


# Thinking « à » something is about it: « je réfléchis beaucoup à la cabane à sucre »
_TO = ("a ", "au ", "aux ")
_THINK_BEFORE = factored(
    r"(?<![\w'])(?:reflechis|reflechit|reflechissons|reflechir|pense|penses|pensons|penser|songe|songeons|repense|repenser)"
    r"(?:\s+(?:beaucoup|encore|souvent|toujours|un\s+peu|fort|justement))?\s+$"
)
# Reading, writing or talking « sur » something is about it (« en train de lire sur le marché
# Jean-Talon »), unless it is a surface one sits on (« je lis sur la terrasse »)
_TOPIC_VERB = factored(
    r"(?<![\w'])(?:lire|lis|lit|lisons|lisez|ecrire|ecris|ecrit|reflechis|reflechit|reflechir|jase|jaser|parle|parler|discute|discuter"
    r"|blogging|posting|reporting|writing|talking)(?:\s+(?:un\s+peu|beaucoup|encore|toujours|plus|justement))?\s+$"
)
_SURFACE = factored(
    r"(?:(?:la|le|les|l'|mon|ma|notre|the|my|our|a|une?)\s*)?(?:plage|terrasse|balcon|quai|banc|pelouse|sable|bord|toit|pont|bateau|traversier"
    r"|patio|galerie|sentier|piste|gazon|glace|canal|divan|sofa|beach|deck|dock|porch|balcony|bench|lawn|grass|couch|terrace|boardwalk|pier|rooftop)(?!\w)"
)


# In town: a visit ("in town till Thursday, who's free?"), never "this town" nor « la ville »
_IN_TOWN = factored(r"(?:in\s+town|en\s+ville)(?!\w)")


# A spot's preposition and its article before a common noun: "at the", "at my", « au », « à
# la », « chez le » (the article of "at" and « chez » comes after the preposition's match)
_SPOT_BEFORE = factored(
    r"(?<![\w'])(?:(?P<at>at|chez|from|near|by|devant|derriere|outside|behind|next\s+to|in\s+front\s+of)|au|aux|a\s+la|a\s+l'|pres\s+du|pres\s+de\s+la|pres\s+de\s+l'|du|de\s+la|de\s+l')\s*$"
)
_A_BEFORE = factored(r"(?<![\w'])a\s+$")
# "from", « du », « de la » say a spot only after "live" / « en direct »
_FROM = ("from", "du", "de la", "de l'")
_SPOT_ARTICLE = factored(r"(?:the|my|our|le|la|les|mon|ma|mes|notre|nos)\s+|l'")
_COMMON_NOUN = factored(r"([a-z][a-z'-]{2,})(?:\s+([a-z][a-z'-]{2,}))?")
# Nouns after "at the" / « au » that say a state, a stage or a measure, not a spot
_ABSTRACT = frozenset("""
end top point stage age mercy moment time limit edge peak start beginning bottom helm wheel mood middle process fence
phone way zone verge brink cusp height depth core crossroads threshold forefront frontline disposal service level rate
phase tip whim beck heart hands hand mic keyboard controls table wrong right worst best very least most last first next
same other latter former rest door window screen computer laptop desk bedside thought idea prospect sight thought news
fin fond bout limite moins place lieu cas rigueur final mode courant retraite chomage regime recherche heure epoque
ecoute veille debut milieu seuil merci hauteur niveau stade etape taquet boutte top max pif boulot volant clavier
telephone programme menu rendez-vous besoin sujet reste restant premier dernier meme suivant prochain ordinateur
""".split())


def _common_place(original: str, folded: str, prep_start: int, position: int, live: bool = False) -> int | None:
    """End of a place told only by its common noun ("at the hardware store", « à la
    quincaillerie », « chez le garagiste »), where the clause has already said the poster is
    there now: the list of place nouns cannot hold every shop and service."""
    prep = _SPOT_BEFORE.search(folded, max(prep_start, position - 12), position)
    if prep is None and folded.startswith("l'", position) and _A_BEFORE.search(folded, max(prep_start, position - 3), position):
        # « a l'aquarium » typed without the accent: the preposition's match stops before the elided article
        return _common_place(original, folded, prep_start, position + 2, live)
    if prep is None or (not live and prep.group(0).rstrip().startswith(_FROM)):
        return None
    if prep.group("at"):
        if patterns().not_places.match(folded, position):
            return None  # "from my couch", "at my house": the listed state takes its article with it
        article = _SPOT_ARTICLE.match(folded, position)
        if article is None:
            return None
        position = article.end()
    noun = _COMMON_NOUN.match(folded, position)
    if noun is None or not original[position:noun.end()].islower() or patterns().not_places.match(folded, position):
        return None
    first, second = noun.group(1), noun.group(2)
    if first in _LOWER_STOP or first in _ABSTRACT or _TIME_WORD.match(first):
        return None
    if second is None or second in _LOWER_STOP or second in _ABSTRACT or second in _FUNCTION_AFTER or second.startswith("jusqu"):
        end = noun.start() + len(first)
    else:
        end = noun.end()
    if re.match(r"\s+of(?!\w)", folded[end:end + 4]):
        return None  # "at the back of the line": a part of something, not a spot
    if _FIGURATIVE_AFTER.match(folded, end):
        return None  # « au sommet de ma forme »: a point reached, the place list or not
    return end


# Words that close a common noun's phrase rather than extend it ("at the casino with", « au casino pour »)
_FUNCTION_AFTER = frozenset("with for and but right now till until then again avec pour et mais pis jusqu ici pres".split())


# French imperfect in the first person: « je nageais », « on allait », « nous faisions ».
# « il y a » is "ago" only before a length of time (« il y a du monde au marché » is now)
_AGO_FR = factored(r"(?<![\w'])il\s+y\s+a\s+(?:\d+|un|une|deux|trois|quatre|cinq|dix|quelques|plusieurs|longtemps)\b")
_IMPERFECT = factored(r"(?<![\w'])(?:je|j'|on|nous)\s*(?:ne\s+|n')?\w{3,}(?:ais|ait|ions)(?!\w)")


def _past(folded: str, start: int, end: int) -> re.Match[str] | None:
    p = patterns()
    found = p.past.search(folded, start, end) or _IMPERFECT.search(folded, start, end) or _AGO_FR.search(folded, start, end)
    if found is not None and _NOT_PAST.search(folded, start, end):
        # "don't miss the strawberries", "making memories", « n'oubliez pas »: the present after all
        part = _NOT_PAST.sub(_blank, folded[start:end])
        return p.past.search(part) or _IMPERFECT.search(part) or _AGO_FR.search(part)
    return found


# Words of the past list said of the present or the future
_NOT_PAST = factored(
    r"(?<![\w'])(?:don'?t\s+miss|do\s+not\s+miss|can'?t\s+miss|won'?t\s+want\s+to\s+miss|not\s+to\s+be\s+missed"
    r"|(?:making|make|creating|create)\s+(?:some\s+)?memories|remember\s+to|(?:manquez|manque)\s+pas|ne\s+manquez\s+pas"
    r"|never\s+miss(?:es)?|(?:on\s+|je\s+)?(?:ne\s+|n')?(?:la\s+|le\s+|les\s+)?manque(?:ons|nt)?\s+jamais"
    r"|(?:on\s+se\s+fait|se\s+faire|je\s+me\s+fais|on\s+fait)\s+des\s+souvenirs|n'oubliez\s+pas|oubliez\s+pas"
    # « on dirait » is "it seems", not the past
    r"|on\s+dirait|on\s+aurait\s+dit)(?!\w)"
)


# An emoji and a blank between words (not the plane or the arrow of a trip: "Ottawa ✈️ Vancouver")
_EMOJI_GAP = factored(r"(?<=\w)\s*[\U0001f000-\U0001faff\u2600-\u26ff\u2700-\u2707\u2709-\u27a0\u27a2-\u27bf\ufe0f]+\s+(?=\w)")


def _ok(folded: str, start: int, end: int, at: int | None = None) -> bool:
    """The clause is not about the past or a wish. Given the cue's position `at`, a past word in
    another part of the sentence does not count when the cue's own part says now or until when:
    "Arrived last night, we're at the cottage till Sunday", « Le lac était gelé ce matin, on est
    au chalet jusqu'à dimanche ». A wish or a memory anywhere in the clause always counts, except
    before a colon that opens the cue's own news: "I miss winter: currently in Cancún", « je
    m'ennuie de l'hiver : présentement à Cancún »."""
    if _past(folded, start, end) is None:
        return True
    if at is not None:
        # (an emoji between two sentences typed without a full stop: "Last year we were in Cuba 🌴
        # this year we're in Mexico until the 20th", « L'an passé on était à Cuba 🌴 cette année ... »)
        colon = folded.rfind(": ", start, at)
        opening = colon + 2 if colon >= 0 else start
        if not folded[start:at].isascii():
            opening = max(opening, max((m.end() for m in _EMOJI_GAP.finditer(folded, start, at)), default=start))
        start = max(start, opening)
    if _past(folded, start, end) is None:
        return True
    if at is None or _WISH.search(_NOT_PAST.sub(_blank, folded[start:end])):
        return False
    if _ARRIVAL_DAY.search(folded, start, end) and _past(_ARRIVAL_DAY.sub(_blank, folded[start:end]), 0, end - start) is None:
        # only "arrived yesterday" was past: « arrivés au chalet hier, on reste jusqu'à dimanche »
        return patterns().until.search(folded, start, end) is not None
    bounds = [start, *(m.end() for m in _SEGMENT.finditer(folded, start, end)), end]
    i = bisect.bisect_right(bounds, at) - 1
    lo, hi = bounds[max(0, i)], bounds[min(len(bounds) - 1, i + 1)]
    if lo == start and hi == end:
        return False  # one part only: the past word is the cue's own
    return _past(folded, lo, hi) is None and _STILL.search(folded, lo, hi) is not None


# The day one arrived, the only past of a stay still going on
_ARRIVAL_DAY = factored(r"(?<![\w'])(?:hier(?:\s+soir)?|yesterday|last\s+night)(?!\w)")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


# Parts of a sentence: "Arrived last night, we're at the cottage", « ... ce matin pis on est au chalet »
_SEGMENT = factored(r",|\s+(?:pis|puis|and\s+now|et\s+(?:la|maintenant|now))\s+")
# Now or until when, in the cue's own part
_STILL = factored(
    r"(?<![\w'])(?:i'?m|im|we'?re|on\s+est|je\s+suis|j'suis|chu|nous\s+sommes|here|ici|on\s+reste|je\s+reste|staying"
    r"|till|until|til|jusqu'|right\s+now|en\s+ce\s+moment|presentement|currently|this\s+week(?:end)?|cette\s+(?:semaine|fin)"
    r"|now|maintenant|actuellement|rn|atm)(?!\w)"
)
# Wishes and memories, which no "until" makes present: "someday, we'll be at the cottage until ..."
_WISH = factored(
    r"(?<![\w'])(?:wish|wishing|if\s+only|would\s+love|i'd\s+love|dream\w*|someday|some\s+day|one\s+day|bucket\s+list|miss|missing"
    r"|remember\w*|throwback|#tbt|memories|flashback|j'aimerais|si\s+seulement|je\s+reve|on\s+reve|un\s+jour|ennuie|souvenirs?|nostalgie"
    # hypotheticals: "if I were at the beach right now", « si j'étais au chalet en ce moment »
    r"|if\s+(?:i|we)\s+(?:were|was|could\s+be)|(?:i'?d|we'?d|would)\s+rather\s+be|imagine|imaginez|si\s+(?:j'etais|on\s+etait|je\s+pouvais|on\s+pouvait))(?!\w)"
)


Span = tuple[int, int]


# A spot rather than a town: "at", « au », « à la » and a named or listed place
_SPOT = factored(r"(?:at|au|aux|a\s+la|a\s+l'|chez|sur)\s")


# A post that opens on a bare place word and "now", as a status line: "Airport now, gate B12",
# "Gym now then Tim's", « Gym là, puis le Tim », « Aéroport maintenant »
_STATUS_NOW = factored(r"[ \t]*(?:now|rn|atm|right\s+now|maintenant|la|en\s+ce\s+moment|presentement)(?=\s*(?:[,.!?;:]|then|puis|$))")


def _status(folded: str) -> Span | None:
    places = patterns().places
    for start in itertools.islice(_clause_starts(folded), 8):
        opening = _LEADING.match(folded, start)
        if opening is None or _ARTICLE_AT.match(folded, opening.end()):
            continue
        bare = places.match(folded, opening.end())
        now = _STATUS_NOW.match(folded, bare.end()) if bare is not None else None
        if now is not None:
            return opening.end(), now.end()
    return None


_STATE_NOW = factored(r"currently|presentement|actuellement")
# After a framing place, a clause of its own with another subject: ", les loyers", ", the market"
_FRAMED = factored(r"\s*,\s*(?:les|le|la|l'|des|nos|the|our|many|most|some|plusieurs|beaucoup)(?:\s+|(?<='))(?!(?:i|je|on|nous|we)\b)")


def _framing_region(folded: str, cue: re.Match[str], place: Span) -> bool:
    """The place is a province, a country or a region, and no one of the poster's is in the clause."""
    region = patterns().regions.search(folded, place[0], place[1])
    if region is None or region.end() != place[1] or not _ONLY_PREPOSITION.fullmatch(folded, place[0], region.start()):
        return False
    start, end = _clause(folded, cue.start())
    return _POSTER_WORD.search(folded, start, end) is None


def _present(original: str, folded: str) -> Span | None:
    """A place with "right now": said by the poster ("I'm at Lansdowne rn") or with the
    subject left out ("At the market atm", « En ce moment au marché By »)."""
    p = patterns()
    status = _status(folded)
    if status is not None:
        return status
    selves = _has_subject(text_words(folded))
    for cue in _first(p.present.finditer(folded)):
        start, end = _clause(folded, cue.start())
        if not _ok(folded, start, end, cue.start()):
            continue
        if folded.startswith("en direct", cue.start()) and _BROADCAST.search(folded, cue.end()):
            continue  # « En direct du Parlement : la conférence de presse », a broadcast relayed
        personal = _self_at(folded).search(folded, start, end) if selves else None
        remark = personal is None and p.impersonal.search(folded, start, end)
        for place in _places_in(original, folded, start, end, common=True):
            # the subject left out in the place's own part: "Missed the bus lol, at the station rn"
            colon = folded.rfind(": ", start, place[0])
            part = max(start, folded.rfind(",", start, place[0]) + 1, colon + 2 if colon >= 0 else start)
            if personal is None and not _leads(folded, start, place[0], cue) and not _leads(folded, part, place[0], cue):
                continue
            if remark and not _SPOT.match(folded, place[0]) and not (_STATE_NOW.match(folded, cue.start()) and cue.end() + 1 >= place[0]):
                # "Right now in Ottawa it's -31": a remark on a town's weather, not a spot (but
                # "currently in Cancún and it's 35", « présentement à Cancún » is the poster's state)
                continue
            if (
                personal is None and _FRAMED.match(folded, place[1]) and _framing_region(folded, cue, place)
                and not (_STATE_NOW.match(folded, cue.start()) and cue.end() + 1 >= place[0])
            ):
                # « En ce moment, au Québec, les loyers explosent », "Right now in Canada, the housing
                # market is broken": the time and the region frame a remark about others (not
                # "currently in Mexico, the beach is amazing", the poster's state)
                continue
            if (
                not _SPECIFIC.match(folded, place[0]) and end - max(cue.end(), place[1]) > 40 and not _COMPANY.search(folded, start, end)
                and p.until.search(folded, place[1], end) is None
            ):
                # "I'm in Florence right now on a holiday and [on about a game]": a town said in passing
                # (not with the day one is back: "currently in Muskoka with the family, back Sunday night")
                continue
            return min(cue.start(), place[0]), max(cue.end(), place[1])
        there = _THERE.search(folded, max(start, cue.start() - 30), min(end, cue.end() + 30))
        if there is not None:
            # "Remember that café I told you about? I'm there right now", "ended up at Dow's Lake,
            # still here if you want to come": the place was named before
            before = [s for s in _places_in(original, folded, max(0, there.start() - 160), there.start(), common=True) if folded[s[0]] != "@"]
            named = before[-1] if before else next(
                (m.span() for m in p.places.finditer(folded, max(0, there.start() - 120), there.start()) if not _WORDISH.match(folded, m.start() - 1)),
                None,
            )
            if named:
                return named[0], max(there.end(), cue.end())
    return None


# The poster is at a place named before: "I'm there now", "still here", « j'y suis », « on y est encore »
_THERE = factored(
    r"(?<![\w'])(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:still\s+)?(?:there|here)|(?:^|(?<=[,.!?;]\s))still\s+(?:here|there)"
    r"|j'y\s+suis|on\s+y\s+est|nous\s+y\s+sommes|j'y\s+reste|on\s+y\s+reste"
    r"|(?:je\s+suis|j'suis|chu|on\s+est|nous\s+sommes)\s+(?:encore|toujours)\s+la(?=\s*(?:[,.!?;]|$)))(?!\w)"
)


# Where one is now, said without "right now": a clause that opens on what the poster is doing
# there ("Sitting in the ER at the General", "In line at the Costco on Innes", "Still here at the
# airport", « En file au Costco », « Assise aux urgences », « J'attends à la station Rideau »),
# a pin ("📍 ByWard Market"), or "who else is at ...".
_STATE = factored(
    r"[\W\d_]*(?:(?:just|still|currently|now|encore|toujours|deja|maintenant|presentement|actuellement|enfin|finally|right(?=\s+here))[\W_]+)*"
    r"(?:sitting|waiting|chilling|hanging(?:\s+out)?|standing|stuck|queued(?:\s+up)?|lined\s+up|in\s+line|parked"
    r"|(?:chillin|hangin|sittin|waitin|chillaxin|vibin)'?(?:\s+out)?"
    r"|camped\s+out|grabbed\s+a\s+(?:table|seat|spot)|sat\s+down|here|who\s+else\s+is|anyone\s+else"
    r"|guess\s+who(?:'s|\s+is)|guess\s+where\s+(?:i\s+am|we\s+are)|devinez\s+qui\s+est|devine\s+qui\s+est"
    r"|(?:i'?m|we'?re)\s+(?:sitting|waiting|chilling|hanging\s+out|standing|stuck|in\s+line|here)|posted\s+up"
    r"|assise?s?|en\s+file|coincee?s?|pognee?s?|on\s+relaxe|je\s+relaxe|on\s+chill|je\s+chill"
    # a state that places the poster, French's "visiting", "waiting", "on a stopover": « en visite chez mes parents à »
    r"|en\s+(?:attente|visite|escale|transit|deplacement|mission|voyage|vacances)|de\s+passage"
    r"|j'attends|on\s+attend|(?:je|j')\s*(?:t'|vous\s+)attends?|on\s+(?:t'|vous\s+)attend|waiting\s+for\s+(?:you|ya|u)"
    r"|any(?:body|one)(?:\s+else)?(?=\s+at\s)|ici|icitte|installee?s?|j'ai\s+pris\s+une\s+table|on\s+a\s+pris\s+une\s+table"
    r"|dans\s+la\s+file|(?:long|huge|big|massive|longue|grosse|grande)\s+(?:line|lineup|line-up|file)(?:\s+d'attente)?"
    # (« je viens de m'asseoir au », not a thing finished: « je viens de terminer une randonnée dans le parc »)
    r"|(?:je\s+viens|on\s+vient|nous\s+venons)\s+d[e']\s*(?:m'|s'|nous\s+)?"
    r"(?!(?:terminer|finir|completer|boucler|achever|lire|relire|voir|regarder|ecouter|apprendre|recevoir|publier|lancer|soumettre"
    r"|signer|envoyer|deposer|decouvrir|visionner)(?![\w']))[\w']+"
    r"|je\s+viens\s+de\s+m'asseoir|on\s+vient\s+de\s+s'asseoir|qui\s+d'autre\s+est"
    r"|(?:je\s+suis\s+|on\s+est\s+)?en\s+train\s+de\s+[a-z']+"
    # a caption: "Brunch at Zak's with the crew", « Pause café au Bridgehead »
    r"|(?:on\s+fait|je\s+fais|faire)\s+la\s+file|(?:pris|prise|pognee?s?|coincee?s?)\s+dans\s+(?:le\s+trafic|la\s+circulation|le\s+bouchon)"
    r"|out\s+for\s+(?:dinner|lunch|drinks|brunch|breakfast|coffee|a\s+drink|a\s+bite)"
    r"|(?:(?:sunday|saturday|friday|morning|afternoon|evening|late|early|quick|un\s+petit|une\s+petite)\s+)?(?:dinner|supper)"
    r"|(?:sunday\s+|petit\s+|petite\s+|un\s+petit\s+|une\s+petite\s+|morning\s+|afternoon\s+|quick\s+)?(?:brunch|lunch|breakfast|coffee|drinks|date\s+night|pints?|beers?|apero"
    r"|pause(?:\s+cafe)?|cafe|diner|souper|dejeuner|pique-nique|picnic|5\s+a\s+7|happy\s+hour|bieres?|verre|drink"
    r"|(?:beach|pool|ski|spa|game|family|girls'?|boys'?)\s+(?:day|night)|journee\s+(?:de\s+)?(?:plage|piscine|ski|spa|famille)"
    r"|soiree\s+de\s+(?:filles|gars)|set\s+up|setting\s+up|settled(?:\s+in)?|checked\s+in"
    r"|(?:me|moi)\s+(?:and|et|pis|&)\s+(?:the\s+|my\s+|les\s+|mes\s+)?[\w']+"
    r"|[\w']+\s+(?:and|&)\s+i(?=\s+(?:at|in|on|by|near)\s)|[\w']+\s+(?:et|pis|&)\s+moi(?=\s+(?:au|aux|a|dans|chez|sur)\s)"
    r"|watching\s+the\s+(?:game|match|fireworks|parade|show|concert|race|fight|fights|sunset|sunrise)|en\s+plein(?:e)?\s+[\w']+"
    r"|in\s+the\s+middle\s+of\s+(?:a|an|the|my|our)\s+[\w']+))"
    r"(?:\s+[\w']+){0,4}?\s+(?=(?:at|@|in|on|by|near|next\s+to|outside|behind|across\s+from|in\s+front\s+of|au|aux|a|dans|chez|sur|pres|devant|derriere|en\s+face)\s)"
)
# French says what one is doing in the present: « on patine sur le canal », « je magasine au
# Centre Rideau »; not going, wishing, working or living there, nor the past (« j'ai »), and
# not « nous » (an organisation's voice: « nous déplorons la situation au Parlement »)
_FR_DOING = factored(
    r"[\W\d_]*(?:je|j'|on)\s*(?:(?:me|se|m'|s')\s*)?(?!(?:va|vais|irai|ira|ai|a|avait|avais|etait|etais|pense|veux|peut|peux|doit"
    r"|devrait|aimerais|aime|adore|deteste|habite|travaille|reste|demeure|suis|est|serai|sera|vient|viens|sais|connais|ne|n'|y|en"
    r"|le|la|les|l'|lui|leur|vous|te|t'|the|one|time|site|line|fire|sale|date|page|side|stage|course|game|file|mobile|prime)\b)"
    r"(?:[a-z]{3,}(?:e|es|is|it)|prend|prends|boit|bois|tiens|tient|vends|vend|sers|sert|fais|fait|lis|lit)\b(?:\s+[\w'-]+){0,4}?\s+(?=(?:au|aux|a|dans|chez|sur)\s)"
    # « nous » at leisure, a family's and not an organisation's voice: « nous campons au parc Fundy »
    r"|[\W\d_]*nous\s+(?:campons|soupons|dinons|mangeons|patinons|skions|nageons|marchons|magasinons|relaxons|profitons|prenons|visitons"
    r"|pique-niquons|jouons|passons|logeons|restons)\b(?:\s+[\w'-]+){0,4}?\s+(?=(?:au|aux|a|dans|chez|sur)\s)"
)
# "I'm in the lobby of the Château Laurier waiting for my ride", « on est au Costco, quelqu'un
# a besoin de quoi? »: placed by the poster, with someone waited for or invited.
_COMPANY = factored(
    r"(?<![\w'])(?:waiting|j'attends|on\s+attend|anyone|who\s+wants|qui\s+veut|come\s+(?:join|grab|find|by)"
    r"|join|venez|quelqu'un|nearby|dans\s+le\s+coin|in\s+the\s+area|pray\s+for\s+me|priez|need\s+anything"
    r"|besoin\s+de\s+quoi|if\s+you\s+want|si\s+(?:ca\s+vous\s+tente|vous\s+voulez)|qui\s+vient|who'?s\s+coming"
    r"|vous\s+voulez|voulez-vous|tu\s+veux|want\s+anything|wants?\s+(?:a|to\s+(?:join|come|meet))|needs?\s+me|besoin\s+de\s+moi)(?!\w)"
)
# What one is doing there, the gerund leading the clause and its object (if any) after an
# article: "Spending the afternoon at Mooney's Bay", "Enjoying a pint at the Heart & Crown",
# "Skating on the canal". Not one's job, a wish or a plan ("working at", "hoping to"), and not
# an adjective or a noun in -ing ("Amazing service at", "Breaking news in", "Wedding at").
_GERUND_STATE = factored(
    r"[\W\d_]*(?:(?:just|still|currently|now)[\W_]+)*"
    r"(?!(?:think|hop|pray|wish|miss|dream|remember|mourn|plan|look|watch|hear|feel|worry|wonder|imagin|talk|speak"
    r"|writ|vot|fight|get|work|volunteer|study|teach|intern|liv|go|com|head|lov|hat|celebrat|shar|post|tweet|invest"
    r"|build|develop|help|support|lead|manag|join|hir|recruit|present|runn|mov|sell|bring|start|launch|tak|mak|do|say"
    r"|read|listen|learn|train|serv|host|offer|provid|welcom|partner|focus|apply|us|try|buy|shopp|amaz|interest|excit"
    r"|continu|command|deploy|invest|fund|protect|defend|fight|laugh|cry|scream|yell|smil"
    r"|inspir|stunn|break|upcom|ongo|outstand|bor|annoy|disappoint|shock|trend|amus|fascinat|charm|dur|morn|even|noth"
    r"|someth|anyth|everyth|k|th|spr|str|r|w|s|br|wedd|meet|build|hous|fund|park|cloth|ceil|sibl|brief|rul|open|clos"
    r"|end|beginn|sett|be|heal|wellbe|happen|accord|follow|rais|warn|wait|sitt|stand|chill|hang)ing\b)[a-z]{3,}ing"
    r"(?:\s+(?:the|a|an|my|our|some|this|his|her|their)\s+[\w']+(?:\s+[\w']+)?"
    r"|\s+(?:lunch|dinner|breakfast|brunch|coffee|drinks|beers|pints|wings|poutine|tacos|pizza|ice\s+cream|groceries|gas|snacks))?"
    r"\s+(?=(?:at|in|on|by)\s)"
)
# A cheap look for "'m at", "we're in", « suis au », « est au » before the full self_at pattern
_SELF_AT_GATE = factored(
    r"(?:(?<=['’])(?:m|re)|(?<=j')suis|(?<=d')etre|(?<![\w'])(?:im|am|are|were|be|suis|jsuis|jsui|chuis|chui|chu|chus|sons|etre|sommes|est|serai|sera|serons|trouve|voici"
    r"|teletravaille|teletravail|bosse|etudie|travaille))\s+(?:[a-z]+\s+)?(?:at|in|on|by|near|au|aux|a|dans|chez|sur|@|from|du|depuis"
    r"|pres|devant|derriere|behind|beside|next|a\s+cote|en\s+face|t'au|t'a|s'a|su'a|su'l)\s"
)
# (an elided article runs into its noun: « À l'aéroport, on décolle dans une heure »)
_OPENS_ON_PLACE = factored(
    # (and back at a place for now: "Back at the hotel", « De retour à l'hôtel »)
    r"[\W\d_]*(?:(?:just|still|now|finally|enfin|encore|toujours|deja|back|de\s+retour)[\W_]+)*(?:(?:at|@|in|on\s+the|au|aux|a\s+la|dans|sur\s+(?:la|le|les)|s'a|su'a|su'l)\s|(?:a|sur|dans)\s+l')"
)


# The words of _STATE's leads: a clause may open on one of them ("Sitting in the ER at ...").
_STATE_WORDS = frozenset(
    "sitting waiting chilling hanging standing stuck queued lined line parked camped grabbed sat here posted "
    "assise assis assises file coince coincee coinces pogne pognee relaxe chill attends attend ici icitte installe installee "
    "installes asseoir brunch breakfast drinks pint pints beer beers apero pause guess devinez devine "
    "souper dejeuner pique picnic happy biere bieres drink settled chillin hangin sittin waitin chillaxin vibin trafic "
    "attente escale transit".split()
)
# The three clause-leading readings in one pattern, tried once per clause
_ANY_LEAD = factored(rf"(?:{_STATE.pattern})|(?:{_GERUND_STATE.pattern})|(?:{_FR_DOING.pattern})")
# "Sam and I at", « Léa pis moi au »: the only leads that try every word of a post as a name; a
# post without their words is read by the patterns left without them (see _and_lead)
_STATE_AND = r"|[\w']+\s+(?:and|&)\s+i(?=\s+(?:at|in|on|by|near)\s)|[\w']+\s+(?:et|pis|&)\s+moi(?=\s+(?:au|aux|a|dans|chez|sur)\s)"
_STATE_PLAIN = factored(_STATE.pattern.replace(_STATE_AND, "", 1))
_ANY_LEAD_PLAIN = factored(rf"(?:{_STATE_PLAIN.pattern})|(?:{_GERUND_STATE.pattern})|(?:{_FR_DOING.pattern})")
if _STATE_PLAIN.pattern == _STATE.pattern:
    raise RuntimeError("_STATE_AND is no longer a part of _STATE: keep the two in step")


def _and_subject(folded: str) -> bool:
    """Whether the text may say "me and the kids are", "Sam and I will be" (_I_EN_AND): "and",
    "I", "me" or "us", and "are" or "will" are all in it."""
    return _and_forms(folded)[0]


def _and_lead(folded: str) -> bool:
    """Whether a clause may open on "Sam and I at", « Léa pis moi au » (_STATE_AND)."""
    return _and_forms(folded)[1]


# (text, _and_subject, _and_lead) in one slot, replaced whole: the patterns are asked for per cue
_AND_LAST: list[tuple[str | None, bool, bool]] = [(None, False, False)]


def _and_forms(folded: str) -> tuple[bool, bool]:
    text, subject, lead = _AND_LAST[0]
    if text is folded:
        return subject, lead
    words = text_words(folded)
    subject = "and" in words and not words.isdisjoint(_AND_WHO) and not words.isdisjoint(_AND_VERB)
    lead = not words.isdisjoint(_AND_ME) and (not words.isdisjoint(_AND_WORDS) or "&" in folded)
    _AND_LAST[0] = (folded, subject, lead)
    return subject, lead


_AND_WHO = frozenset(("i", "me", "us"))
_AND_VERB = frozenset(("are", "will"))
_AND_ME = frozenset(("i", "moi"))
_AND_WORDS = frozenset(("and", "et", "pis"))


def _at(folded: str) -> re.Pattern[str]:
    """patterns().at, or the same without the "me and the kids are" subjects where the text
    cannot hold them (the same matches, found a quarter faster)."""
    p = patterns()
    return p.at if _and_subject(folded) else p.at_plain


def _self_at(folded: str) -> re.Pattern[str]:
    p = patterns()
    return p.self_at if _and_subject(folded) else p.self_at_plain


def _any_lead(folded: str) -> re.Pattern[str]:
    return _ANY_LEAD if _and_lead(folded) else _ANY_LEAD_PLAIN


def _state(folded: str) -> re.Pattern[str]:
    return _STATE if _and_lead(folded) else _STATE_PLAIN
_SELF_WORDS = frozenset("m im re am are be etre suis jsuis jsui chuis chui chu chus sons sommes serai sera serons trouve voici teletravaille teletravail".split())
# Either: the words that send _here_gate to the clause and self-placing looks
_HERE_WORDS = _STATE_WORDS | _SELF_WORDS
# A gerund right before a place's preposition, and a clause opening on « je », « j' », « on »
# and a verb: cheap looks (a literal to find first) before the clause-leading patterns.
# Leads that need two words: "who else is at", « je viens de m'asseoir », « au bord du lac »
# Leads that need two words, each looked for only in a post holding its key word: "who else is
# at", « je viens de m'asseoir », « au bord du lac », "beach day at", "me and the kids at"
_LEAD_PHRASES: dict[str, tuple[str, ...]] = {
    "else": ("who else is", "anyone else at", "anyone else in"),
    "viens": ("viens de m'",),
    "vient": ("vient de s'",),
    "venons": ("venons de nous",),
    "bord": ("au bord d",),
    "anyone": ("anyone at",),
    "anybody": ("anybody at",),
    "beach": ("beach day",),
    "pool": ("pool day",),
    "ski": ("ski day", "journee de ski"),
    "spa": ("spa day", "journee spa"),
    "game": ("game day",),
    "family": ("family day",),
    "girls": ("girls night", "girls' night"),
    "boys": ("boys night",),
    "plage": ("journee plage", "journee de plage"),
    "piscine": ("journee piscine",),
    "famille": ("journee famille",),
    "filles": ("soiree de filles",),
    "gars": ("soiree de gars",),
    "verre": ("un verre",),
    "watching": ("watching the",),
    "plein": ("en plein",),
    "pleine": ("en plein",),
    "middle": ("in the middle of",),
    "set": ("set up at",),
    "setting": ("setting up at",),
    "me": ("me and ",),
    "moi": ("moi pis ", "moi et ", " pis moi ", " et moi "),
    "i": (" and i at ", " and i in ", " and i on ", " & i at "),
}
_LEAD_PHRASE_WORDS = frozenset(_LEAD_PHRASES)
_SMALL_ONE = factored(r"\s+(?:petite?|p'tite?)\s")


def _leads_gate(words: frozenset[str], folded: str) -> int:
    """2: any clause may open on a state ("Sitting in the ER at ..."); 1: only the post's first
    clause is worth reading (a gerund or a French verb opening it: "Skating on the canal",
    « On patine sur le canal »), which costs one anchored match instead of a scan; 0: none."""
    if not words.isdisjoint(_STATE_WORDS) or (not words.isdisjoint(_LEAD_PHRASE_WORDS) and _lead_phrase(words, folded)):
        return 2
    first = _FIRST_WORD.match(folded)
    if first is None:
        return 0
    word = first.group(1)
    if not (word.endswith("ing") or word in _LEAD_FIRST_WORDS):
        return 0
    if word in ("un", "une") and not _SMALL_ONE.match(folded, first.end(1)):
        return 0  # « Un petit café au Tim », not every post opening on « Une »
    if word in _NOT_STATE_GERUNDS:
        return 0  # "Looking forward to ...", "Reading about ...": no reading of _ANY_LEAD opens on them
    lead = _any_lead(folded).match(folded)
    _LEAD_AT_START[0] = (folded, lead)
    return 1 if lead is not None else 0


def _lead_phrase(words: frozenset[str], folded: str) -> bool:
    """A two-word lead of _LEAD_PHRASES in the text, looked for only under its key word."""
    for word in words & _LEAD_PHRASE_WORDS:
        for phrase in _LEAD_PHRASES[word]:
            if phrase in folded:
                return True
    return False


# (text, _ANY_LEAD's match at its start) in one slot: _here reads the post's first clause with
# the match the gate found, instead of matching the long pattern a second time
_LEAD_AT_START: list[tuple[str | None, re.Match[str] | None]] = [(None, None)]


# The gerunds _GERUND_STATE refuses to read as being somewhere, and that open none of _STATE's
# readings either: a post opening on one of them needs no _ANY_LEAD match.
_NOT_STATE_GERUNDS = frozenset(
    stem + "ing"
    for stem in re.search(r"\(\?!\(\?:([a-z|]+)\)ing", _GERUND_STATE.pattern).group(1).split("|")  # type: ignore[union-attr]
) - frozenset(
    "sitting waiting chilling hanging standing stuck queued lined parked camped grabbed posted watching setting".split()
)
# The first word of a post that may open a clause-leading reading: a gerund, « je », « on »,
# or one of _STATE's own first words ("in line", "here", « assise », "brunch").
_FIRST_WORD = factored(r"[\W\d_]*(?:(?:just|still|currently|now)\s+)?([a-z']+)")
_LEAD_FIRST_WORDS = frozenset(
    "je j' j on nous chu i'm im we're were i we who anyone here ici in en dans sitting waiting posted grabbed sat assise assis "
    "assises coincee coince coinces coincees pognee pogne installee installe installes brunch lunch breakfast coffee drinks "
    "date pint pints beer beers apero pause cafe diner souper dejeuner pique-nique picnic happy sunday petit petite qui "
    "biere bieres verre drink beach pool ski spa game family girls journee soiree set settled me moi "
    "stuck queued lined parked camped chilling hanging standing chillin hangin sittin waitin chillaxin vibin "
    "dinner supper morning quick un une pris prise".split()
)


_PART_FIRST_WORDS = _LEAD_FIRST_WORDS | _STATE_WORDS | frozenset(
    "just still currently now maintenant presentement actuellement enfin finally encore toujours deja guess devinez devine "
    "anyone anybody who qui".split()
)


def _selves_gate(words: frozenset[str], folded: str) -> bool:
    own = not words.isdisjoint(_SELF_WORDS) or ("est" in words and "on" in words)
    return own and _SELF_AT_GATE.search(folded) is not None


# (text, leads, selves) in one slot, replaced whole; None: not yet asked for this text
_GATES: list[tuple[str | None, int | None, bool | None]] = [(None, None, None)]


def _leads_of(words: frozenset[str], folded: str) -> int:
    text, leads, selves = _GATES[0]
    if text is not folded:
        leads, selves = None, None
    if leads is None:
        leads = _leads_gate(words, folded)
        _GATES[0] = (folded, leads, selves)
    return leads


def _selves_of(words: frozenset[str], folded: str) -> bool:
    text, leads, selves = _GATES[0]
    if text is not folded:
        leads, selves = None, None
    if selves is None:
        selves = _selves_gate(words, folded)
        _GATES[0] = (folded, leads, selves)
    return selves


def _gates(words: frozenset[str], folded: str) -> tuple[int, bool]:
    """(a clause may open on what one is doing, the poster may place themself), each found
    once for the text last asked about (the gate and _here ask in turn) and only when asked:
    the gate stops at the first that says yes."""
    return _leads_of(words, folded), _selves_of(words, folded)


def _here_gate(words: frozenset[str], value: str) -> bool:
    """Whether the post may say where the poster is without a cue word of its own: "I'm at",
    « on est au », a pin, "Live from", a post that opens on a place, or a clause that opens on
    what one is doing; word look-ups first, the regex scans only where they may match."""
    if _PIN in value or not words.isdisjoint(_HERE_WORDS) or ("est" in words and "on" in words):
        return bool(_leads_of(words, value)) or _selves_of(words, value) or _PIN in value
    return _opens_here(words, value)


def _opens_here(words: frozenset[str], value: str) -> bool:
    """_here_gate for a post with no pin and none of its words: only the post's opening may
    pass it ("Live from", a place, a gerund, « je »/« on » and a verb). (Not _selves_of: without
    a word of _SELF_WORDS or "est", _selves_gate says no.)"""
    return _START_GATE.match(value) is not None and (
        _LIVE.match(value) is not None or _LABEL.match(value) is not None or _OPENS_ON_PLACE.match(value) is not None
        or bool(_leads_of(words, value))
    )


_START_GATE = factored(
    r"[\W\d_]*(?:(?:just|still|currently|now|finally|enfin|encore|toujours|deja|right)\s+)?(?:live\s|en\s+direct|at\s|@\s|in\s|on\s+the\s|sur\s|current|location|position|localisation|emplacement|presentement|watching|en\s+plein|(?:enfin\s+)?de\s+retour\s|back\s|au\s|me\s|moi\s|beach|pool|ski|spa|game|family|girls|journee|soiree|biere|verre|set\s|settled|aux\s|a\s|dans\s|[a-z]{3,}ing\b"
    r"|je\s|j'|on\s|nous\s|chu\s|chus\s|who\s|qui\s|here\s|ici\s|icitte\s|s'a\s|su'a\s|su'l\s|en\s|sitting|posted|grabbed|sat\s|assis|coinc|pogn|install|brunch|lunch"
    r"|breakfast|coffee|drinks|date|pints?|beers?|apero|pause|cafe|diner|souper|dejeuner|pique|picnic|happy|sunday|petite?\s"
    r"|stuck|queued|lined|parked|camped|chilling|hanging|standing|waiting|dinner|supper|morning|quick|une?\s+petite?\s|pris)"
)
_LABEL = factored(
    r"[\W\d_]*(?:current(?:ly)?(?:\s+location)?|location|(?:right\s+)?now|position\s+actuelle|localisation|emplacement|presentement|en\s+ce\s+moment)"
    r"\s*:\s*(?:the\s+|le\s+|la\s+|l')?"
)
# (not « en direct sur »: « en direct sur RDI » is a channel)
_LIVE = factored(
    r"[\W\d_]*(?:live|en\s+direct)(?:\s+(?:now|right\s+now|presentement|en\s+ce\s+moment|maintenant))?"
    r"\s+(?:from|at|du|des|de\s+la|de\s+l'|de|d'|au|a\s+la|a\s+l'|chez)\s*"
)
_BROADCAST = factored(
    r"(?<![\w'])(?:press\s+conference|presser|video|full\s+(?:speech|video|remarks)|watch|stream(?:ing)?|livestream|webcast|broadcast"
    r"|conference\s+de\s+presse|point\s+de\s+presse|regardez|discours|diffusion|en\s+ondes|on\s+air|on\s+cpac|sur\s+rdi"
    # the House's business relayed: "Live from the House: question period", « la période des questions »
    r"|question\s+period|periode\s+des\s+questions|debates?|debats?|allocution|melee\s+de\s+presse|scrum)(?!\w)"
)
_YEAR = factored(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_IN_YEAR = factored(r"(?<![\w'])(?:in|en|since|depuis|back|summer|ete|winter|hiver|spring|printemps|fall|automne|of|de)\s+$")
# A year that names an event's edition: glued to its name or after an event word
_EDITION = factored(
    r"(?:[a-z]|(?<!\w)(?:fest|festival|weekend|expo|salon|show|classic|cup|coupe|marathon|carnaval|carnival|winterlude"
    r"|bal\s+de\s+neige|edition|gala|tournoi|tournament|conference|summit|congres|convention|fair|foire|games|jeux)"
    r"(?:\s+[\w'-]+){0,8}\s+)$"
)
_PIN = "\U0001f4cd"
_PIN_PREPOSITION = factored(r"(?:at|in|on|by|near|au|aux|a|sur|dans|chez|pres\s+d[eu]|devant|en\s+face\s+d[eu])\s+(?=\w)")
_AFTER_COLON = factored(r"[:,]\s+")


def _here(original: str, folded: str) -> Span | None:
    p = patterns()
    if has_digit(folded) and any(
        _IN_YEAR.search(folded, max(0, y.start() - 12), y.start()) or not _EDITION.search(folded, max(0, y.start() - 45), y.start())
        for y in _YEAR.finditer(folded)
    ):
        return None  # "📍 Tofino, summer 2019": a caption of the past (not "#Bluesfest2024", « Festival d'été 2025 »)
    pin = folded.find(_PIN)
    if pin >= 0:
        start, end = _clause(folded, pin)
        at = pin + 1 + (len(folded[pin + 1:]) - len(folded[pin + 1:].lstrip()))
        place_end = _place_at(original, folded, at)
        if place_end is None and (prep := _PIN_PREPOSITION.match(folded, at)) is not None and (
            prep.group(0) != "a " or original[at] in "àÀ" or folded.startswith(("la ", "l'", "les "), prep.end())
        ):
            # the pin, then where: « 📍 au Centre Bell », « 📍 sur les plaines d'Abraham », "📍 at Lansdowne"
            # (not the English article: "📍 a great little spot")
            at = prep.end()
            place_end = _place_at(original, folded, at)
        if place_end is None and original.islower() and (word := _LOWER_WORD.match(folded, at)) is not None:
            place_end = word.end()  # « 📍 vieux-port de montreal »: a pin says the words after it are a place
        if place_end is not None and _ok(folded, start, end):
            return pin, place_end
    words = text_words(folded)
    leads, selves = _gates(words, folded)
    label = _LABEL.match(folded)
    if label:  # "Current location: the Glebe Bridgehead", « Position actuelle : Café Morgane »
        place_end = _place_at(original, folded, label.end())
        if place_end is None:  # "Currently: poolside at the Marriott", « Présentement : au bord de la piscine du Marriott »
            place_end = next((s[1] for s in _places_in(original, folded, label.end(), label.end() + 40)), None)
        if place_end is not None:
            return label.start() + len(label.group(0)) - len(label.group(0).lstrip(" -–—:~*_\"'()[]!?.,")), place_end
    # "Live from the Bluesfest main stage", « En direct du Festival d'été », also after a colon or a
    # comma: "Up at 4 for this and worth it: live from the sunrise on Mont Royal"
    lives = [_LIVE.match(folded)]
    if "live" in words or "direct" in words:
        lives += (_LIVE.match(folded, m.end()) for m in _first(_AFTER_COLON.finditer(folded), 4))
    for live in lives:
        if live is None:
            continue
        place_end = _place_at(original, folded, live.end()) or _common_place(original, folded, live.start(), live.end(), live=True)
        if place_end is None:
            # French names the thing seen first, then where: « En direct des sculptures de glace au parc de la Confédération »
            place_end = next((s[1] for s in _places_in(original, folded, live.end(), min(len(folded), live.end() + 60))), None)
        # (a broadcast relayed, not the poster there: "Live from the Hill: the PM's press conference, full video")
        if place_end is not None and _BROADCAST.search(folded, place_end) is None and _ok(folded, *_clause(folded, live.start()), live.start()):
            return live.start() + len(live.group(0)) - len(live.group(0).lstrip(" -–—:~*_\"'()[]!?.,🔴")), place_end
    # Any clause may open on a state; after a comma only _STATE's words do ("Ugh, stuck at YOW
    # again", "We had dinner, now sitting at the bar at the Lord Elgin"), not a gerund's.
    clause_starts = _clause_starts(folded) if leads == 2 else []
    starts = itertools.islice(_part_starts(folded, clause_starts), 12) if leads == 2 else (0,) if leads else ()
    for clause_start in starts:
        whole = leads != 2 or clause_start in clause_starts
        if not whole:
            first = _FIRST_WORD.match(folded, clause_start)
            if first is None or first.group(1) not in _PART_FIRST_WORDS:
                continue  # a comma part opens on a state's word, or on "just", "now", « maintenant »: a set test first
        if whole and clause_start == 0 and _LEAD_AT_START[0][0] is folded:
            lead = _LEAD_AT_START[0][1]
        else:
            lead = (_any_lead(folded) if whole else _state(folded)).match(folded, clause_start)
        if lead is None:
            continue
        start, end = _clause(folded, clause_start)
        if not _ok(folded, start, end, lead.end()):
            continue
        place = next(_places_in(original, folded, lead.end(), min(end, lead.end() + 60)), None)
        if place and _HERE_IN.search(lead.group(0)) and not _HERE_AT.match(folded, place[0]):
            continue
        region = p.regions.search(folded, place[0], place[1]) if place else None
        if region is not None and place is not None and region.end() == place[1] and _ONLY_PREPOSITION.fullmatch(folded, place[0], region.start()):
            continue  # "Trespassing in Texas and you'll get shot": a state or a country, not a spot  # "Here in Quebec, ...", « Ici au Québec »: where one lives or speaks from, not a spot
        if place:
            return lead.start() + len(lead.group(0)) - len(lead.group(0).lstrip(" -–—:~*_\"'()[]!?.,")), place[1]
    for self_at in _first(_self_at(folded).finditer(folded), 6 if selves else 0):
        start, end = _clause(folded, self_at.start())
        if _english_a(original, folded, self_at) or not _ok(folded, start, end, self_at.start()) or _OTHERS_WERE.search(folded, max(0, self_at.start() - 8), self_at.start()):
            continue
        place_end = _place_at(original, folded, self_at.end())
        if place_end is None:
            continue
        if _COMPANY.search(folded, start, end) or (
            _SPECIFIC.search(folded, self_at.start(), self_at.end() + 12) and not _JOB.search(folded, start, end)
            and not p.regions.match(folded, self_at.end())  # "I'm in the UK", « chu au Nouveau-Brunswick »: where one lives
        ):
            return self_at.start(), place_end
    # A post that opens on a place, as a photo caption does: "In the waiting room at the
    # Queensway Carleton", "At my sister's place in Orleans", « Au parc à chiens avec Max ».
    lead = _LEADING.match(folded)
    at_pattern = _at(folded)
    opening = at_pattern.match(folded, lead.end() if lead else 0)
    if opening is None and lead is not None and "@ " in lead.group(0):
        opening = at_pattern.match(folded, folded.rfind("@ ", 0, lead.end()))  # "@ the Byward market": the leading run took the "@"
    if opening is not None and not _english_a(original, folded, opening):
        start, end = _clause(folded, opening.start())
        place_end = _place_at(original, folded, opening.end())
        # a named place alone may open a news item (« Au Testet, la police ... »): a listed place,
        # someone's home, or company ("with the kids") says it is the poster's caption
        kind = (
            p.places.match(folded, opening.end()) or _THEIR_HOME.match(folded, opening.end()) or _WITH.search(folded, start, end)
            or _COMPANY.search(folded, start, end)
            or (place_end is not None and _LISTED_AFTER_NAME.match(folded, place_end))
            or (place_end is not None and _FOR_EVENT.match(folded, place_end))
        )
        if (
            place_end is not None and kind and _ok(folded, start, end) and _SPECIFIC.search(folded, opening.start(), opening.end() + 12)
            and (_WITH.search(folded, start, end) or not _THIRD_PERSON.search(_WEATHER_IT.sub(_blank, folded[place_end:end])))
            and not _JOB.search(folded, start, end)
        ):
            return opening.start(), place_end
    return None


# Nothing but a preposition and an article before a region: "in Quebec", « au Québec » (not « au Carnaval de Québec »)
_ONLY_PREPOSITION = factored(r"[\s,]*(?:(?:here|ici)\s+)?(?:at|in|on|au|aux|a|en|dans|a\s+la|a\s+l'|@)?\s*(?:the\s+|le\s+|la\s+|les\s+|l')?")


# The occasion one is there for, right after the place: "At TD Place for the game", « Au Centre Vidéotron pour le show »
_FOR_EVENT = factored(
    r"[\s,]+(?:for|pour)\s+(?:the|a|an|my|our|le|la|les|un|une|mon|ma|notre)\s+(?:[\w'-]+\s+)?"
    r"(?:game|match|show|concert|festival|tournament|recital|wedding|parade|fireworks|spectacle|partie|tournoi|mariage|feux|defile)(?!\w)"
)


# "the Sens game", "the Redblacks match": a listed place word right after a name
_LISTED_AFTER_NAME = factored(r"\s+(?:game|match|show|concert|festival|fair|market|parade|tournament|tournoi|spectacle)(?!\w)")
_OTHERS_WERE = factored(r"(?<![\w'])(?:you|they|he|she|it|who|that|which|there|u|y'all|yall)\s+$")
# « ici au Heart & Crown », « ici à la Fête des neiges »: a spot; « ici au Québec », « ici à la maison »: where one lives
_HERE_AT = factored(
    r"at\s|(?:(?:au|aux|a\s+la|dans\s+l[ea])\s+|a\s+l'\s*|dans\s+l'\s*)(?:(?=%s)|(?!(?:quebec|canada|nouveau-brunswick|manitoba|yukon|nunavut"
    r"|mexique|japon|portugal|bresil|maroc|pays|maison|bureau|travail|monde)\b))" % "|".join(
        sorted((re.escape(w) for w in section(_DATA, "places", "fr")), key=len, reverse=True)))
_HERE_IN = factored(r"(?<![\w'])(?:here|ici)\s*$")
_WITH = factored(r"(?<![\w'])(?:(?:with|avec)\s+|w/\s*)\w")
# "at", « au », « à la » before a named or listed place say a spot; "in" or « à » before a bare
# name is most often a city one lives in ("I'm in Ottawa").
# (after an elided article the name follows at once: « à l'urgence », « dans l'Arboretum »)
_SPECIFIC = factored(
    r"(?:(?:at|@|au|aux|a\s+la|dans\s+(?:le|la|les)|sur\s+(?:le|la|les)|in\s+the|on\s+the|by\s+the|chez|near\s+the|next\s+to\s+the|behind\s+the"
    r"|pres\s+d[eu]|pres\s+de\s+la|pres\s+des|a\s+cote\s+d[eu]|a\s+cote\s+de\s+la|en\s+face\s+d[eu]|en\s+face\s+de\s+la|devant|derriere"
    r"|t'au|s'a|su'a|su'l)\s+(?:the\s+|la\s+|le\s+|l')?"
    r"|(?:a|dans|sur)\s+l'\s*)(?=\w)"
)
# "I'm at Shopify now as a PM": an employer, not a place.
_JOB = factored(
    r"(?<![\w'])(?:work|works|working|job|role|team|position|joined|career|hired|employer|as\s+an?|intern|contract"
    # (« stage » is an internship after « en », « mon », « un »; "the main stage" is a festival's)
    r"|en\s+tant\s+que|poste|emploi|equipe|travaille|(?:en|mon|son|un|de|du|ce)\s+stage|contrat|there\s+(?:is|are|was)|il\s+y\s+a|y'a)(?!\w)"
)


def _leads(folded: str, start: int, position: int, cue: re.Match[str] | None) -> bool:
    """Nothing but the present cue (or hashtags, emoji, "just", "still") comes before the place
    in its clause: the subject left out is the poster."""
    before = folded[start:position]
    if cue is not None and cue.start() >= start and cue.end() <= position:
        before = folded[start:cue.start()] + folded[cue.end():position]
    if (
        _LEADING.fullmatch(before) is not None or _GERUND.match(before) is not None or _SCENE.fullmatch(before) is not None
        or _FR_STATE_LEAD.match(before) is not None
    ):
        return True
    # what the poster is doing there, in French's present: « On prend une bière à la microbrasserie Le Castor là »
    doing = _FR_DOING.match(folded, start) if folded.startswith(("on ", "je ", "j'", "nous "), start) else None
    if doing is not None and doing.end() == position:
        return True
    # ...and in English's: "We're having a beer at the Castor brewery rn"
    subject = _DOING_SUBJECT.match(before)
    return subject is not None and _GERUND.match(before, subject.end()) is not None


_FR_SUBJECT = factored(r"(?:je|j'|on)(?:\s|(?<='))")
_DOING_SUBJECT = factored(r"[\W\d_]*(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?=[a-z]{3,}ing\b)")


# French's present in the making or a state that places the poster: « Présentement en train de
# faire l'épicerie au Maxi », « en attente à l'urgence », « de passage à Québec », « en escale à Paris »
_FR_STATE_LEAD = factored(
    r"[\W\d_]*(?:je\s+suis\s+|on\s+est\s+|j'suis\s+|chu\s+)?(?:bien\s+)?(?:en\s+train\s+d[e']\s*[\w']+(?:\s+[\w'-]+){0,3}"
    r"|en\s+(?:attente|file|visite|vacances|voyage|escale|transit|pause)|de\s+passage|assise?s?|coincee?s?|pognee?s?|installee?s?"
    # an outing named first, with "now" said: « Patin sur le canal en ce moment », "Hike at Gatineau Park rn"
    r"|(?:patin|ski|marche|velo|rando|randonnee|baignade|kayak|canot|peche|jogging|skate|skating|hike|walk|swim|run|picnic|pique-nique)"
    r"(?:\s+(?:du|de|time|du\s+matin|du\s+soir|libre|de\s+fond))?)\s*$"
)


# A view named before the place: "Beautiful sunset at Mooney's Bay right now", « Quelle vue au belvédère »
_SCENE = factored(
    r"[\W\d_]*(?:(?:beautiful|gorgeous|stunning|amazing|magnifique|superbe|quel(?:le)?|what\s+a|such\s+a|un|une|le|la|the)\s+)*"
    r"(?:sunset|sunrise|view|views|coucher\s+de\s+soleil|lever\s+de\s+soleil|vue)[\W_]*"
)


# Before the place: nothing, or only words that leave the subject out ("just", "still", "live").
_LEADING = factored(r"[\W\d_]*(?:(?:just|still|now|encore|toujours|enfin|finally|live|back|(?:right\s+)?here|ici|icitte|deja|de\s+retour|somewhere|quelque\s+part|#\w+)[\W_]*)*")
# Where a clause's own words begin, past emoji, "just", "still", or a gerund and a few words.
_LEAD_OPENING = (
    r"[\W\d_]*(?:(?:just|still|now|encore|toujours|enfin|finally|live|back|here|ici|icitte|deja|de\s+retour|maintenant|presentement"
    # alone there, which says it all the more: "alone at the old port for the next hour", « toute seule au café »
    r"|(?:all\s+)?alone|by\s+myself|solo|(?:tout\s+|toute\s+)?seule?s?)[\W_]+)*"
    # the subject left out of a future: "Will be at the Parkdale market tomorrow"
    r"(?:(?:will|gonna|going\s+to)\s+be\s+)?"
    # or said before a gerund: "I'm working the merch table at the Bluesfest until 11"
    # (not a job or a plan: "I'm working at Shopify until March", "I'm moving to Halifax")
    r"(?:(?:i'?m|im|we'?re)\s+(?=[a-z]{3,}ing\b)(?!(?:work|study|intern|teach|volunteer|liv|think|hop|plan|go|mov|look)ing\s+(?:at|for|in|on|as|to)\b))?"
)
_LEAD_GERUND = (
    r"(?:(?:just\s+|still\s+|currently\s+)?(?!(?:think|hop|pray|wish|miss|dream|remember|mourn|read|plan|look|watch|hear|feel"
    r"|worry|wonder|imagin|talk|speak|writ|vot|fight|get)ing\b)[a-z]{3,}ing(?:\s+[\w']+){0,3}?\s+)?"
)
_LEAD = factored(_LEAD_OPENING + _LEAD_GERUND)
# ...after the time said first: "Until Sunday at the cottage", « Jusqu'à dimanche au chalet »
_LEAD_UNTIL = factored(
    rf"[\W\d_]*(?:(?:until|till|til|jusqu'(?:au|a))\s+(?:the\s+)?(?:{WEEKDAYS}|\d{{1,2}}(?:st|nd|rd|th|er)?|(?:{MONTHS})\.?(?:\s+\d{{1,2}})?)[\s,]+)?"
    + _LEAD_OPENING + _LEAD_GERUND
)
_UNTIL_WORDS = frozenset("until till til jusqu".split())
_WORKING_WORDS = frozenset("working studying writing teletravail".split())
_SPAN_WORDS = frozenset("day days week weeks month months night nights jour jours semaine semaines mois nuit nuits weekend".split())
# ...and, in a post that names a length of time, a stay's length before the place: "Two weeks in
# Costa Rica starting tomorrow", « Deux semaines au Costa Rica à partir de demain »
_LEAD_SPAN = factored(
    _LEAD_OPENING
    + r"(?:(?:(?:two|three|four|five|six|ten|\d+|a|one|deux|trois|quatre|cinq|six|dix|une|un|a\s+few|quelques)\s+(?:weeks?|days?|months?|nights?"
    r"|semaines?|jours?|mois|nuits?)|(?:a|one|une|la|the)\s+(?:(?:long|whole|longue)\s+)?(?:weekend|week|fin\s+de\s+semaine|semaine))\s+)?"
    + _LEAD_GERUND
)
# A clause that opens on what the poster is doing: "Sitting on a patio on Elgin St", "Skating
# on the canal", "Spending March break in Florida".
_GERUND = factored(
    r"[\W\d_]*(?:just\s+|still\s+|currently\s+)?(?!(?:think|hop|pray|wish|miss|dream|remember|mourn|read|plan|look|watch|hear|feel"
    r"|worry|wonder|imagin|talk|speak|writ|vot|fight|work\s+on|get|go\s+to\s+bed)ing\b)[a-z]{3,}ing\b(?:\s+[\w']+){0,3}\s*$"
)


_POSTER = factored(
    r"(?:^|\s)(?:i|we|we've|i've|we\s+have|i\s+have|we\s+just|i\s+just|on\s+est|je\s+suis|j'suis|nous\s+sommes|sommes|suis"
    r"|chu|chus|on|je|nous|sending|send|big|lots\s+of|much)(?:\s+(?:just|finally|enfin|bien|finalement|officially|safely))?$"
)


_GOT_TO = factored(r"got\s+to$")
# The poster's subject carried over a conjunction: "We drove 8 hours and finally made it to Percé"
_CARRIED = factored(r"(?:i|we|on|je|nous|j')(?![\w']).{0,60}?\s(?:and|et|pis|then|puis|so|donc)")
_GREETING = factored(r"greetings|hello|hi|postcard|love|bonjour|salut|coucou|bisous|salutations|allo")
# « a perce »: a bare name after « a », no article (« a la conclusion », « a un point » are no place)
_BARE_NAME_AFTER_A = factored(r"\s*a\s+(?!(?:la|le|les|un|une|l'|mon|ma|mes|ce|cet|cette|ces|des|du|notre|nos)\b)[a-z]")
_OBJECT = factored(
    r"\s*(a|an|my|our|the|this|that|some|un|une|mon|ma|le|la|to\s+(?:the\s+)?(?:end|finish|final|point|top\s+\d|round))\s"
)
_ENDS_WITH_PREPOSITION = factored(r"(?:to|in|at|from|a|au|aux|en|de|du|d')\s*$")


def _arrived(original: str, folded: str) -> Span | None:
    """"Just landed in Cancún", "Greetings from Banff", « on vient d'arriver à Québec »: the
    subject must be the poster, said or left out ("The package just arrived" is not)."""
    p = patterns()
    for cue in _first(p.arrived.finditer(folded)):
        start, end = _clause(folded, cue.start())
        if not _ok(folded, start, end):
            continue
        before = folded[start:cue.start()].strip(" -–—:~*_\"'()[]")
        if before and not _POSTER.search(before) and not re.fullmatch(r"[\W\d_]*", before) and not _CARRIED.fullmatch(before):
            continue
        article = _OBJECT.match(folded, cue.end())
        # (a French arrival's « a » typed without its accent is « à »: « on vient d'arriver a perce »)
        french_a = (
            article is not None and article.group(1).strip() == "a" and folded.startswith(("je ", "j'", "on ", "nous ", "bien ", "enfin "), cue.start())
            and _BARE_NAME_AFTER_A.match(folded, cue.end()) is not None
        )
        if article and not french_a and original[article.start(1)] != "à" and (article.group(1).startswith("to") or not _ENDS_WITH_PREPOSITION.search(folded, cue.start(), cue.end())):
            continue  # "just landed a new job", "finally made it to the end of the book"
        prefixed = folded.startswith(("just", "finally", "officially", "safely", "je ", "on ", "nous", "viens", "vient", "bien", "enfin", "finalement"), cue.start())
        if prefixed:
            place = next(_places_in(original, folded, cue.end(), end), None)
            place_end = place[1] if place else _place_at(original, folded, cue.end() + len(folded[cue.end():cue.end() + 3]) - len(folded[cue.end():cue.end() + 3].lstrip()))
            if place_end is None:
                place_end = _lower_after_cue(original, folded, cue)
            if place_end is None and _GOT_TO.search(folded, cue.start(), cue.end()):
                continue  # "just got to see the sunrise", "I just got to the point where": a chance, not an arrival
        else:  # "landed in", "greetings from": a place must follow at once, named after "hello from" ("hello from atproto")
            if _GREETING.match(folded, cue.start()) and p.regions.match(folded, cue.end()):
                continue  # "Love from KY!", « Salut du Mexique »: a sign-off from where one lives, not a trip's spot
            greeting = folded.startswith(("hello", "hi ", "love", "postcard"), cue.start())
            place_end = _place_at(original, folded, cue.end(), lower=not greeting)
            if place_end is None and not greeting:
                place_end = _lower_after_cue(original, folded, cue)
            if place_end is None:
                continue
        return cue.start(), place_end or cue.end()
    bare = _BARE_ARRIVAL.match(folded)
    if bare is not None and _ok(folded, *_clause(folded, bare.end())):
        back = p.until.search(folded, bare.end()) or _SEE_YOU.search(folded, bare.end())
        if back is not None:
            return bare.start() + len(bare.group(0)) - len(bare.group(0).lstrip(" -–—:~*_\"'()[]!?.,")), back.end()
    return None


def _lower_after_cue(original: str, folded: str, cue: re.Match[str]) -> int | None:
    """In a post typed all in lower case, the name right after an arrival's French preposition:
    « arrivée au chateau frontenac », « bien arrivés à l'hotel ». (Elsewhere « au » before a bare
    word is too often a common noun, « au loto »; an arrival says the word is where one is.)"""
    if any(c.isupper() for c in original):
        return None
    position = cue.end()
    if _FR_PREPOSITION_END.search(folded, cue.start(), cue.end()) is None:
        after = _FR_PREPOSITION_NEXT.match(folded, cue.end())  # « on vient d'arriver a perce »
        if after is None:
            return None
        position = after.end()
    word = _LOWER_WORD.match(folded, position)
    first = word.group(0).split()[0] if word is not None else ""
    if word is None or first in _LOWER_STOP or first in _ABSTRACT or _TIME_WORD.match(folded, position):
        return None  # « arrivés au bout de nos peines »: an idiom's noun, not a spot
    return word.end()


_FR_PREPOSITION_END = factored(r"(?<![\w'])(?:au|aux|a\s+la|a\s+l'|a|en)\s*$")
_FR_PREPOSITION_NEXT = factored(r"\s*(?:au|aux|a\s+la|a\s+l'|a|en)(?:\s+|(?<='))")


# An arrival opening the post with nothing after it but how it went, then the way back: "Landed
# safe and sound, see you all on the 28th", « Bien atterris, de retour le 28 » (not "landed a job")
_BARE_ARRIVAL = factored(
    r"[\W\d_]*(?:(?:just|finally|safely|we|i|we've|i've|we\s+have|enfin|bien|on\s+est\s+bien|je\s+suis\s+bien|on\s+vient\s+d'|je\s+viens\s+d')\s*)*"
    r"(?:landed|arrived|touched\s+down|made\s+it|atterrie?s?|atterrir|arrivee?s?|arriver|rendue?s?)"
    r"(?=\s*(?:[,.!?;]|safe|sain|$|[^\w\s]))"
)
_SEE_YOU = factored(
    r"(?<![\w'])(?:see\s+(?:you|y'?all|everyone|u)(?:\s+all)?\s+(?:on|in|next)\s+\w|on\s+se\s+(?:voit|revoit)\s+(?:le|dans|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*\w)"
)


# A place hailed on the way there, dated or under way: "Wheels up! Cancún here we come", « Gaspésie,
# nous voilà pour deux semaines »
_COMING = factored(r"[\s,!.:-]*(?:here\s+(?:we|i)\s+come|(?:nous|me)\s+(?:voila|voici|v'la)|on\s+arrive|j'arrive)(?!\w)")
_NAME_BEFORE = factored(r"(?:^|(?<=[\s!.,:]))[A-ZÀ-Þ][\w'’.-]*(?:[ -][A-ZÀ-Þ][\w'’.-]*){0,3}$")


_INTERJECTIONS = frozenset("et alors bon ben pis puis enfin bref well so oh ok okay yes yeah oui lol omg ah eh voila voici ready prets prete pret".split())


def _coming(original: str, folded: str) -> Span | None:
    for cue in _first(_COMING.finditer(folded), 4):
        start = cue.start()
        name = _NAME_BEFORE.search(original, max(0, start - 40), start)
        if name is None or _TIME_WORD.match(folded, name.start()) or _PRONOUN_I.match(original, name.start()):
            continue  # "Monday, here we come": a day, not a place
        first = folded[name.start():name.end()].split()[0].strip(".,")
        if first in _LOWER_STOP or first in _INTERJECTIONS:
            continue  # « Et nous voilà dans le pétrin », "So here we come": a word of the sentence, not a place
        # (dated or under way, as any trip: « Enfin en vacances! Gaspésie, nous voilà » alone is a plan's mood)
        if _ok(folded, *_clause(folded, start)) and (patterns().when.search(folded) or _GOING_NOW.search(folded)):
            return name.start(), cue.end()
    return None


_GOING_NOW = factored(r"(?<![\w'])(?:wheels\s+up|boarding|takeoff|take\s+off|decollage|embarquement|en\s+route|on\s+the\s+road|sur\s+la\s+route|omw)(?!\w)")


# A shop's opening hours invite customers, not someone to where the poster is.
_OPEN = factored(r"(?<![\w'])(?:open|opened|ouverte?s?)\s+(?:until|till|til|from|late|today|tonight|daily|\d|jusqu|de\s+\d|ce\s+soir|aujourd)")


# An organisation's voice ("our new location", « notre succursale ») or a public event (a free
# clinic, a rally, an open house).
_BUSINESS = factored(
    r"(?<![\w'])(?:(?:our|notre|nos)\s+(?:new\s+|nouvelle\s+|nouveau\s+|nouveaux\s+)?(?:location|locations|store|shop|bakery|clinic"
    r"|office|offices|boutique|succursale|boulangerie|clinique|bureau|bureaux|magasin|commerce|entreprise|restaurant|resto"
    r"|studio|salon|team|equipe|showroom|storefront|branch|firm|cabinet|brewery|microbrasserie|menu|products|produits)"
    r"|grand\s+opening|opening\s+(?:day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|now\s+open|portes\s+ouvertes"
    r"|open\s+house|grande\s+ouverture|free\s+(?:flu\s+)?clinic|clinique\s+(?:de\s+vaccination\s+)?gratuite|vaccination"
    r"|rally|protest|vigil|manif|manifestation|vigile|rassemblement|in[\s-]store|en\s+magasin|shop\s+now|magasinez|styles?)(?!\w)"
)


def _public_address(original: str, folded: str) -> bool:
    """The post gives a civic address that is a public place or a business."""
    if not any(c.isdigit() for c in folded):
        return False
    reading = read_address(original, folded)
    return reading is not None and reading.kind == "public"


# The poster or someone else will drop by ("I'll drop by there tonight", "we might swing by the
# party", "can I stop by?"): a visit, not an invitation to come find the poster. An invitation
# is said to the reader ("Come say hi", "you should stop by", « venez nous voir »).
_VISITOR = factored(
    r"(?<![\w'])(?:i|we|ill|i'll|we'll|i'd|we'd|he|she|they|he'll|she'll|they'll|lemme|let\s+me|let's|lets|i'm|im|we're)"
    r"(?:\s+(?:will|would|could|can|might|may|should|shall|gonna|wanna|gotta|going\s+to|want\s+to|have\s+to|need\s+to|try\s+to"
    r"|just|probably|prob|maybe|definitely|def|totally|also|still|prolly|might\s+just|will\s+try\s+to|hope\s+to|plan\s+to|planning\s+to))*\s+$"
)


def _invite(original: str, folded: str) -> Span | None:
    p = patterns()
    for cue in _first(p.invite.finditer(folded)):
        if _VISITOR.search(folded, max(0, cue.start() - 40), cue.start()):
            continue  # "I'll drop by tonight": the poster visits someone
        # The place or the time can be in the next sentence: "Come say hi! I'm by the fountain."
        start, _ = _clause(folded, cue.start())
        end = min(len(folded), cue.end() + 90)
        if not _ok(folded, start, cue.end()) or p.online.search(folded, start, end) or _OPEN.search(folded, start, end):
            continue
        if _BUSINESS.search(folded) or _public_address(original, folded):
            continue  # a shop, a clinic or a rally inviting the public, not where the poster can be found
        place = next(_places_in(original, folded, start, end), None)
        when = p.when.search(folded, start, end)
        if place or when:
            found = [cue.span(), *(s for s in (place, when and when.span()) if s)]
            return min(s[0] for s in found), max(s[1] for s in found)
    return None


def _clause_starts(folded: str) -> list[int]:
    return [0, *(end for _, end in _clause_bounds(folded) if end < len(folded))]


# The words of every subject in _I_EN and _I_FR ("i'm" is "i" and "m", « j'suis » is "j" and "suis",
# « me v'la » is "me", "v" and "la"): self_at and _HERE_UNTIL cannot match without one of them.
_SUBJECT_WORDS = frozenset(
    "m im am re are were be family fam gang crew suis chu chus est sommes serai sera serons voici voila v trouve teletravaille teletravail "
    "travaille bosse etudie staying reste restons".split()
)
# « je vais être au », « on va être à »: "être" is a subject's word only after the near future's verb
# (not « peut-être », which many French posts hold)
_NEAR_FUTURE_FR = frozenset("vais va allons".split())


def _has_subject(words: frozenset[str]) -> bool:
    return not words.isdisjoint(_SUBJECT_WORDS) or ("etre" in words and not words.isdisjoint(_NEAR_FUTURE_FR))
_HERE_WORDS_UNTIL = frozenset(("here", "ici", "icitte", "la"))
_HERE_UNTIL = factored(
    rf"(?<![\w'])(?:i'?m|we'?re|i'?ll\s+be|we'?ll\s+be|on\s+est|je\s+suis|chu|nous\s+sommes|on\s+sera|je\s+serai)\s+(?:here|ici|icitte|la)\s+(?:{_UNTIL})(?!\w)"
)


_COMMA = factored(r",\s*")
# A question about who is near a place, before "I'm here till 5"
_AROUND = factored(r"(?<![\w'])(?:anyone|anybody|who'?s|who\s+is|quelqu'un|qqn|qui\s+est)(?!\w)")
# Before a comma part, the poster in the sentence: "here since last night, at the cottage ...",
# "we got in late, at the hotel till Sunday" (not "Anand is speaking at CSI, at Mumbai today")
_HERE_BEFORE = factored(r"(?<![\w'])(?:here|ici)(?![\w'])")
# The poster named without the ambiguous « on » ("on data" is English)
_POSTER_WORD = factored(r"(?<![\w'])(?:i|i'm|im|we|we're|we've|my|our|me|us|je|j'|nous|mon|ma|mes|notre|nos|moi|on\s+est|on\s+a)(?![\w])")
_ONE_WORD = factored(r"[\w']+\s+")


def _own_before(folded: str, position: int) -> bool:
    start = _clause(folded, position)[0]
    return bool(_HERE_BEFORE.search(folded, start, position) or _POSTER_WORD.search(folded, start, position))


def _part_starts(folded: str, clause_starts: list[int] | None = None) -> list[int]:
    """Where clauses begin, and where the parts after their commas begin (`clause_starts`: the
    clauses' starts, when the caller has them already)."""
    if clause_starts is None:
        clause_starts = _clause_starts(folded)
    return sorted({*clause_starts, *(m.end() for m in _COMMA.finditer(folded) if m.end() < len(folded))})


def _announced(original: str, folded: str) -> Span | None:
    """"I'll be at the Parkdale market Saturday", "we're in Cancún until the 20th", "In
    Montreal for the weekend", "Spending March break in Florida, back on the 18th"."""
    p = patterns()
    # "I'm at", « on est au », "we're here till": only a post holding a subject's word can say them
    words = text_words(folded)
    selves = _has_subject(words)
    if (not _may_say_when(words, folded) or p.when.search(folded) is None) and not _future_said(words, folded):
        return None  # (a bare weekday or hour is a time only when the poster says they will be there)
    candidates = list(_first(_self_at(folded).finditer(folded))) if selves else []
    if selves and not words.isdisjoint(_STAY_WORDS):
        # staying somewhere until a time: "We're staying at the Delta till Friday", « On reste au
        # chalet jusqu'à dimanche » (only dated: « je reste à Gatineau » is where one lives)
        candidates += _first(_STAY_AT.finditer(folded), 4)
    said = len(candidates)  # the poster placed in words ("I'm at"), before the clause-opening reads
    heres = _first(_HERE_UNTIL.finditer(folded), 4) if selves and not words.isdisjoint(_HERE_WORDS_UNTIL) else ()
    for here in heres:
        # "We're here all week, booth 14 at the Ex", « On est là jusqu'à dimanche, au kiosque 14 »
        start, end = _clause(folded, here.start())
        if not _ok(folded, start, end):
            continue
        place = next(_places_in(original, folded, start, end), None)
        if place is None:
            # the place asked about just before: "Anyone around Lansdowne? I'm here till 5"
            place = next(iter(_AROUND.findall(folded, max(0, start - 120), start)), None) and next(
                (s for s in _places_in(original, folded, max(0, start - 120), start) if folded[s[0]] != "@"), None
            )
            if place:
                return place[0], here.end()
        if place:
            return min(here.start(), place[0]), max(here.end(), place[1])
    starts = _clause_starts(folded)
    clause_starts = set(starts)
    lead_pattern = _LEAD if words.isdisjoint(_SPAN_WORDS) else _LEAD_SPAN
    if not words.isdisjoint(_UNTIL_WORDS):
        lead_pattern = _LEAD_UNTIL  # the time said first: "Until Sunday at the cottage", « Jusqu'à dimanche au chalet »
    working_words = not words.isdisjoint(_WORKING_WORDS)
    at_pattern = _at(folded)
    for clause_start in itertools.islice(_part_starts(folded, starts), 20):
        # A clause that opens on a place, the subject left out: "In Montreal for the weekend";
        # after a comma, a spot only ("here since last night, at the cottage till Sunday", not
        # "Today, on the International Day for ...")
        lead = lead_pattern.match(folded, clause_start)
        at = at_pattern.match(folded, lead.end()) if lead else None
        position = lead.end() if lead and lead.group(0).rstrip().endswith("ing") else None
        for _ in range(3 if at is None and position is not None else 0):
            # the gerund's object may be longer: "Making memories at the cottage", "Eating my weight in poutine at"
            word = _ONE_WORD.match(folded, position)  # type: ignore[arg-type]
            if word is None:
                break
            position = word.end()
            at = at_pattern.match(folded, position)
            if at is not None:
                break
        doing = None
        if at is None and lead is not None and _FR_SUBJECT.match(folded, lead.end()):
            # French's present, what the poster is doing there: « je tiens la table au Bluesfest jusqu'à 23 h »
            doing = _FR_DOING.match(folded, lead.end())
            at = at_pattern.match(folded, doing.end()) if doing is not None else None
        if at is not None and (
            clause_start in clause_starts or doing is not None
            or (_SPOT.match(folded, at.start()) and (_own_before(folded, clause_start) or _DOING_SUBJECT.match(folded, clause_start)))
        ):
            candidates.append(at)
        elif working_words and clause_start in clause_starts and (working := _WORK_FROM.match(folded, clause_start)) is not None:
            candidates.append(working)
    for i, at in enumerate(candidates):
        start, end = _clause(folded, at.start())
        if _english_a(original, folded, at) or not _ok(folded, start, end, at.start()):
            continue
        place_end = _place_at(original, folded, at.end())
        if place_end is None and (town := _IN_TOWN.match(folded, max(at.start(), at.end() - 3))) is not None:
            place_end = town.end()  # "In town till Thursday", « En ville jusqu'à jeudi »
        if place_end is None and i < said and p.until.search(folded, at.end(), min(end, at.end() + 60)):
            # a dated stay at a place no list knows, said by the poster: "I'm at the merch tent all night"
            # (not "Volunteering at the food bank this Saturday, join us!")
            place_end = _common_place(original, folded, at.start(), at.end())
            if place_end is None:
                # what one is at, then where: « je suis au party de bureau au Casino du Lac-Leamy jusqu'à
                # minuit », "I'm at my cousin's wedding at the Château Laurier until midnight"
                place_end = next((s[1] for s in _places_in(original, folded, at.end(), min(end, at.end() + 50))), None)
        if place_end is None:
            continue
        near = min(end, place_end + 40)
        when = p.until.search(folded, place_end, near) or p.until.search(folded, start, at.start())
        if when is None:
            when = p.when.search(folded, place_end, near)
        if when is None and i < said:
            # a bare hour or day, when the poster says they will be there: "I'll be at the airport
            # around 6", "Friday night I'll be at the Troquet" (a weekday alone is a time only here)
            when = _CLOCK_RE.search(folded, place_end, near) or _BARE_DAY.search(folded, start, end)
        if when is None and i < said:
            # what one is at, then where, then when: "I'm at my cousin's party at the Château
            # Laurier until midnight", « je suis au party de bureau au Casino du Lac-Leamy jusqu'à minuit »
            later = next(_places_in(original, folded, place_end, min(end, place_end + 50)), None)
            if later is not None:
                place_end = later[1]
                when = p.until.search(folded, place_end, min(end, place_end + 40))
        if when and _OPEN_TO_PUBLIC.search(folded, start, end) and not _I_ALONE.search(folded, start, end):
            continue  # a place's hours: « à quelle heure ouvre le costco de gatineau le dimanche? »
        if when:
            return min(at.start(), when.start()), max(place_end, when.end())
    return None


_BARE_DAY = factored(rf"(?<![\w'])(?:{WEEKDAYS})(?!\w)")
_BARE_DAY_WORDS = _words("monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche")
_FUTURE_WORDS = _words("be ll etre serai sera serons gonna going")
# Every word _WEEKDAYS spells whole ("thurs", "sundays", « mardis »)
_EN_DAYS = frozenset(
    stem + day + plural
    for stem in "mon tue tues wed wednes thu thur thurs fri sat satur sun".split() for day in ("", "day") for plural in ("", "s")
)
_FR_DAYS = frozenset(day + plural for day in "lundi mardi mercredi jeudi vendredi samedi dimanche".split() for plural in ("", "s"))
# The words of patterns().when (and .until), when the text holds no digit: the scan of its
# hundred branches at every position (~10 us a post) is only worth doing where a branch may
# match. Each branch holds a word of _WHEN_WORDS, or a word of _WHEN_PAIRED with one of the words
# that must come before it ("for the night", "all afternoon", « ce soir », « pour la journée »),
# or an English weekday right after "on", "this", "next" or « ce », or "weekend" after "the",
# "long", "all", "this", "next", « ce », « le ». "On a Sunday", "Weekend plans:", "last night",
# « hier soir », "what a day" hold no time of theirs.
_WHEN_WORDS = _FR_DAYS | _words(
    "until till til through thru back home returning coming tonight tomorrow today noon midnight minuit midi "
    "retour jusqu reviens revient revenons rentre demain aujourd"
)
_FOR_ALL = _words("for all")
_FR_SPAN = _words("pour tout toute")
_FR_WEEK = _FR_SPAN | _words("deux trois quatre une dans pas cette prochaine prochaines pendant fin")
_WHEN_PAIRED = {
    **dict.fromkeys(_words("day days"), _words("for in all next")),
    **dict.fromkeys(_words("night nights month months summer winter"), _FOR_ALL),
    **dict.fromkeys(_words("afternoon morning evening"), _words("for all this")),
    **dict.fromkeys(_words("hour hours"), _words("for in")),
    **dict.fromkeys(_words("minute minutes min mins"), _words("in dans")),
    **dict.fromkeys(_words("week weeks"), _words("for in all this next pour tout toute ce")),
    **dict.fromkeys(_words("holidays"), _words("for over")),
    **dict.fromkeys(_words("break"), _words("for over")),
    **dict.fromkeys(_words("soir matin"), _words("ce")),
    **dict.fromkeys(_words("journee soiree matinee nuit nuits mois ete"), _FR_SPAN),
    **dict.fromkeys(_words("jour jours heure heures"), _words("pour dans prochaine prochaines prochains qui")),
    **dict.fromkeys(_words("semaine semaines"), _FR_WEEK),
    **dict.fromkeys(_words("fetes relache conge vacances"), _words("pendant")),
}
_WHEN_PAIRED_WORDS = frozenset(_WHEN_PAIRED)
_EN_DAY_BEFORE = _words("on this next ce")
_EN_DAY_SAID = factored(rf"(?:on|this|next|ce)\s+(?:{WEEKDAYS})(?!\w)")
_WEEKEND_SAID = factored(r"(?:the|long|all|this|next|ce|le)\s+weekend")
_PLAIN_WORD = factored(r"[^\W_]+")


def _may_say_when(words: frozenset[str], folded: str) -> bool:
    """Whether patterns().when may match anywhere in the text (a necessary condition only).
    Its words stand between non-word characters, so they are plain runs of letters: a handle or a
    starred spelling hides them from `words` ("@today", "today*s"), and such a text is split again."""
    if has_digit(folded) or _when_word(words, folded):
        return True
    return ("@" in folded or "*" in folded) and _when_word(frozenset(_PLAIN_WORD.findall(folded)), folded)


def _when_word(words: frozenset[str], folded: str) -> bool:
    if not words.isdisjoint(_WHEN_WORDS):
        return True
    for word in words & _WHEN_PAIRED_WORDS:
        if not words.isdisjoint(_WHEN_PAIRED[word]):
            return True
    if not words.isdisjoint(_EN_DAYS) and not words.isdisjoint(_EN_DAY_BEFORE) and _EN_DAY_SAID.search(folded) is not None:
        return True
    return "weekend" in words and _WEEKEND_SAID.search(folded) is not None


def _future_said(words: frozenset[str], folded: str) -> bool:
    """The poster says they will be somewhere, with a bare weekday or a number: "Friday night I'll
    be at the Troquet", "I'll be at the airport around 6", « Dimanche on va être au parc »."""
    return (
        not words.isdisjoint(_FUTURE_WORDS) and not words.isdisjoint(_PRONOUNS)
        and (not words.isdisjoint(_BARE_DAY_WORDS) or (not words.isdisjoint(_HOUR_WORDS) and has_digit(folded)))
        and _FUTURE_AT.search(folded) is not None
    )


# The future said right before a place's preposition ("I'll be at", « je serai au », « on va être à »)
_FUTURE_AT = factored(
    r"(?:'ll\s+be|will\s+be|gonna\s+be|going\s+to\s+be|serai|sera|serons|vais\s+etre|va\s+etre|allons\s+etre)"
    r"\s+(?:at|in|on|by|au|aux|a|chez|dans|sur)\s"
)


_HOUR_WORDS = _words("around vers am pm h")
_PRONOUNS = _words("i we je j on nous")
_STAY_WORDS = frozenset("staying reste restons".split())
_STAY_AT = factored(
    rf"(?<![\w'])(?:(?:i'?m|we'?re|i\s+am|we\s+are|i'?ll\s+be|we'?ll\s+be|im)\s+staying|(?:on|je)\s+reste|nous\s+restons)\s+(?:{_AT})\s+(?=\w)"
)
# Working from a café or a library, the subject left out: "Working from the Second Cup on Elgin until 4"
_WORK_FROM = factored(r"[\W\d_]*(?:(?:just|still|currently|now)\s+)?(?:working|studying|writing|en\s+teletravail)\s+(?:from|out\s+of|du|depuis|au|a\s+la|a\s+l')\s*(?=\w)")


_SUBJECT_BEFORE = factored(
    r"(?:^|[^\w'])(?:i'?m|im|i\s+am|we'?re|we\s+are|i'?ll\s+be|we'?ll\s+be|i\s+will\s+be|we\s+will\s+be|be|i|we|i'?ve\s+been"
    r"|we'?ve\s+been|we'?re\s+going|i'?m\s+going|je\s+suis|j'suis|chu|chus|suis|on\s+est|nous\s+sommes|sommes|je\s+serai"
    r"|on\s+sera|nous\s+serons|on|je|nous|moi|me)(?:\s+(?:still|officially|finally|now|currently|just|all|both|so|encore"
    r"|officiellement|enfin|maintenant|toujours|deja|tous|toutes|les\s+deux|partis?|parties?))*\s*$"
    # the subject left out after "now": « Présentement en vacances jusqu'à dimanche », "Currently away until the 3rd"
    r"|^[\W\d_]*(?:presentement|actuellement|currently|right\s+now|en\s+ce\s+moment|still|encore|toujours|now|maintenant"
    # (and after "finally": "Finally on vacation in Cuba for a week!", « Enfin en vacances »)
    r"|finally|enfin|officially|officiellement|already|deja)[\s,]*$"
)


_OTHERS_BE = factored(
    r"(?<![\w'])(?:you|u|they|he|she|someone|people|anyone|one|tu|vous|ils|elles|il|elle)\s+(?:can|could|will|would|might|may|should|must|peut|peuvent|pourrait|pourriez)?\s*(?:be|etre)\s*$"
)


# The day of leaving, after the destination: "Leaving for Cuba Saturday", "off to Halifax on Friday"
_DAY_AFTER = factored(rf"\s*,?\s*(?:on\s+|this\s+|next\s+|ce\s+)?(?:{WEEKDAYS})(?!\w)")
_DAY_LAST = factored(rf"\s(?:{WEEKDAYS})$")
# A road the poster is on, before the going: "on the 417 headed to the cottage", « Sur la 40 en direction du chalet »
# (a highway is a line, not a spot: "Sitting in traffic on the 417" alone says nowhere)
_ROUTE_BEFORE = factored(
    r"[\W_]*(?:(?:currently|right\s+now|now|presentement|actuellement|en\s+ce\s+moment)[\s,]+)?(?:on|sur)\s+(?:the\s+|la\s+|l')?(?:(?:hwy|highway|autoroute|route|rte)\s*)?\d{1,3}[a-z]?(?:\s+(?:east|west|north|south|est|ouest|nord|sud))?[\s,]*"
)


def _by_poster(folded: str, start: int, position: int) -> bool:
    """The clause's subject before `position` is the poster, said or left out ("Away at the
    cottage until the 20th", "We're away until Sunday"), not "the job" or « le parti »."""
    before = folded[start:position]
    if _OTHERS_BE.search(before):
        return False  # "you can be gone for months and nobody notices": anyone, not the poster
    return (
        re.fullmatch(r"[\W\d_]*", before) is not None or _SUBJECT_BEFORE.search(before) is not None
        or _ROUTE_BEFORE.fullmatch(before) is not None or _TIME_BEFORE.fullmatch(before) is not None
    )


# Only the day before the going: « Demain matin je pars pour Halifax », "Tomorrow morning, off to Cuba"
_TIME_BEFORE = factored(
    r"[\W\d_]*(?:(?:tomorrow|tonight|today|this|next|early|morning|afternoon|evening|night|week|weekend|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce|cette"
    r"|soir|matin|tot|apres-midi|prochain|prochaine|semaine|aujourd'hui)[\s,]+){1,3}"
)


# The words of patterns().away: its scan (~10 us a post) is only worth doing where a branch of
# _LEAVING or _ABSENT may match. Each holds a word of _AWAY_WORDS, or a word of _AWAY_PAIRED
# with one of the words it needs beside it ("off to", "on my way", "at the lake", « on part
# pour », « dans le sud », "spending the weekend"). "Road bike", « j'ai passé l'après-midi »,
# "all the way" say no going.
_AWAY_WORDS = _words(
    "route omw otw jetting chemin direction envole away vacation holiday trip traveling travelling gone grid camping "
    "vacances conge absent absente absents absentes parti partie partis parties exterieur etranger croisiere"
)
_SPENDING = _words("passe passons passer spending spend")
_AWAY_PAIRED = {
    "road": _words("on"),
    "off": _words("to"),
    **dict.fromkeys(_words("heading"), _words("to out off down up")),
    **dict.fromkeys(_words("headed flying fly driving drive"), _words("to")),
    **dict.fromkeys(_words("leaving leave bound"), _words("for")),
    "way": _words("our my"),
    "va": _words("s"),
    "vais": _words("m"),
    "allons": _words("nous"),
    **dict.fromkeys(_words("part pars partons"), _words("on je nous")),
    "rend": _words("se"),
    "rends": _words("me"),
    "rendons": _words("nous"),
    "file": _words("je on"),
    "filons": _words("nous on"),
    "depart": _words("pour vers"),
    **dict.fromkeys(_words("town country"), _words("out")),
    "north": _words("up"),
    "south": _words("down"),
    **dict.fromkeys(_words("cottage cabin lake camp"), _words("at")),
    "chalet": _words("at au"),
    **dict.fromkeys(_words("sud bois"), _words("dans")),
    "ville": _words("hors"),
    "voyage": _words("en"),
    "holidays": _SPENDING | {"on"},
    **dict.fromkeys(
        _words("semaine semaines week weekend fetes ete mois relache jours break summer days weeks"), _SPENDING
    ),
}
_AWAY_PAIRED_WORDS = frozenset(_AWAY_PAIRED)


def _may_be_away(words: frozenset[str], folded: str) -> bool:
    """Whether patterns().away may match anywhere in the text (a necessary condition only; a
    handle or a starred spelling may hide a word from `words`, and such a text is split again)."""
    if _away_word(words):
        return True
    return ("@" in folded or "*" in folded) and _away_word(frozenset(_PLAIN_WORD.findall(folded)))


def _away_word(words: frozenset[str]) -> bool:
    if not words.isdisjoint(_AWAY_WORDS):
        return True
    return any(not words.isdisjoint(_AWAY_PAIRED[word]) for word in words & _AWAY_PAIRED_WORDS)


def _absent(original: str, folded: str) -> Span | None:
    p = patterns()
    words = text_words(folded)
    cues: Iterator[re.Match[str]] = p.away.finditer(folded) if _may_be_away(words, folded) else iter(())
    if not words.isdisjoint(_LEAVING_MORE_WORDS) or _arrow(folded):
        cues = itertools.chain(cues, _LEAVING_MORE.finditer(folded))
    for cue in _first(cues):
        start, end = _clause(folded, cue.start())
        if not _ok(folded, start, end, cue.start()):
            continue
        arrow = cue.re is _LEAVING_MORE and cue.group("arrow")
        if not _by_poster(folded, start, cue.start()) and not (arrow and _CAPITAL.match(original, start + len(folded[start:cue.start()]) - len(folded[start:cue.start()].lstrip()))):
            continue  # (an arrow's trip starts from a place: "Ottawa → Vancouver today")
        if cue.group("leaving") and _place_at(original, folded, cue.end()) is None:
            # a destination the lists do not know is still an absence when the stay is dated:
            # "heading to the coast for the weekend, back Sunday" (not "off to work tomorrow", "heading to bed")
            # (from the cue: its « pour » may open the stay, « on part demain pour deux semaines »)
            stay = None if p.not_places.match(folded, cue.end()) else _STAY.search(folded, cue.start(), end)
            if stay is None:
                continue
            last = max((m.end() for m in _first(_STAY.finditer(folded, stay.end(), end), 4)), default=stay.end())
            return cue.start(), last  # the going, the stay and the return: "... for the weekend, back Sunday"
        when = p.until.search(folded, start, end)
        if when:
            return min(cue.start(), when.start()), max(cue.end(), when.end())
        if cue.group("leaving"):
            # "Leaving for Cuba Saturday", "Heading to Costco, anyone need anything?", « Je m'en vais
            # au Costco, quelqu'un veut de quoi? »: the day named after the place, or company asked for
            place_end = _place_at(original, folded, cue.end(), lower=False)
            # (a capitalised weekday runs into the name: "Cuba Saturday")
            day = place_end is not None and (_DAY_AFTER.match(folded, place_end) or _DAY_LAST.search(folded, cue.end(), place_end))
            if place_end is not None and (day or _COMPANY.search(folded, start, end)):
                return cue.start(), place_end
        if cue.group("leaving") and _UNDERWAY.match(folded, cue.start()):
            # on the road there now; a place named or listed ("omw to becoming a nurse" is not one)
            place_end = _place_at(original, folded, cue.end(), lower=False)
            if place_end is not None:
                return cue.start(), place_end
    return None


# How long one is away, or when one is back: "for the weekend", "for two weeks", "back Sunday",
# "until the 20th", « pour la fin de semaine », « pour deux semaines », « retour dimanche », « jusqu'au 20 »
_STAY = factored(
    r"(?<![\w'])(?:for\s+(?:the\s+)?(?:(?:long|whole|entire|next)\s+)?(?:weekend|week|month|summer|holidays|night|day)"
    r"|back\s+(?:tonight|tomorrow|later\s+tonight)|(?:de\s+)?retour\s+(?:ce\s+soir|demain)|pour\s+la\s+journee"
    r"|for\s+(?:\d+|a|an|one|two|three|four|five|six|ten|a\s+couple\s+of|a\s+few|several)\s+(?:more\s+)?(?:days?|weeks?|months?|nights?)"
    rf"|(?:back|home)\s+(?:on\s+|next\s+|this\s+)?(?:{WEEKDAYS}|the\s+\d|(?:{MONTHS})\.?\s+\d|week(?!\w))|until|till|til|'til"
    r"|pour\s+(?:la|le|les|une|un|deux|trois|quatre|\d+|quelques)\s+(?:(?:longue|petite|prochaine)\s+)?"
    r"(?:fin\s+de\s+semaine|semaines?|jours?|mois|nuits?|week-end|fetes|vacances|ete|relache)"
    rf"|(?:de\s+)?retour\s+(?:le\s+)?(?:{WEEKDAYS}|\d)|jusqu')(?!\w)"
)
# Already on the way: "en route to Halifax", "omw to the cottage", « en route vers le chalet »
_UNDERWAY = factored(
    # ("next stop: Ethiopia" names a trip's plan: it needs its dates)
    r"(?:en|in)\s+route|on\s+(?:my|our)\s+way|omw|otw|sur\s+la\s+route|on\s+the\s+road|en\s+chemin|(?:now\s+)?boarding|embarquement|(?:on|j')\s*embarque"
)


_ALONE = factored(
    r"(?<![\w'])(?:home\s+alone|alone\s+at\s+home|all\s+alone|by\s+myself|house\s+(?:all\s+)?to\s+myself|seule?\s+a\s+la\s+maison"
    r"|seule?\s+chez\s+(?:moi|nous)|toute?\s+seule?|la\s+maison\s+a\s+moi\s+tout\s+seule?)(?!\w)"
)


# The home named ("our place in Kanata", "the townhouse", « l'appart », « notre maison à
# Gatineau ») and, a few words on, said to be empty ("sits empty", "will be vacant", "all locked
# up and empty", « reste vide », « sans surveillance », « toute seule »).
_HOME_NOUN = (
    r"(?:(?:our|my|the|notre|ma|mon|la|l')\s*)?(?:(?:new|little|whole|big|nouvelle|petite)\s+)?"
    r"(?:house|home|place|condo|apartment|apt|townhouse|duplex|flat|bungalow"
    r"|maison(?:\s+en\s+rangee)?|appart|appartement|logement|chez-nous|chez\s+nous)"
    r"(?:\s+(?:in|on|a|de|en)\s+[\w'-]+)?"
)
_HOME_EMPTY = factored(
    rf"(?<![\w'])(?:{_HOME_NOUN}(?P<between>(?:[\s,]+[\w']+){{0,4}}?)[\s,]+"
    r"(?:empty|vacant|unattended|unoccupied|all\s+alone|alone|on\s+its\s+own|vide|inoccupee?|sans\s+surveillance|toute\s+seule|seule)"
    r"|(?:nobody|no\s+one|noone)(?:'s|\s+is|\s+will\s+be|'ll\s+be|\s+(?:is\s+)?(?:going\s+to|gonna)\s+be)\s+(?:at|in)\s+(?:the|our|my)\s+"
    r"(?:house|place|home|condo|apartment|apt|townhouse)"
    r"|(?:il\s+n'y\s+aura|y'aura|y\s+aura|il\s+n'y\s+a|y'a|y\s+a)\s+(?:pas\s+)?personne\s+(?:a\s+la\s+maison|chez\s+(?:nous|moi)|a\s+l'appart))(?!\w)"
)
# Feelings and the past: "the house feels so empty", "our old house sat empty for years",
# « la maison est tellement vide depuis ».
_NOT_ABSENCE = frozenset(
    "so too very feels feel felt seems seemed sat stood was were been since old former "
    "tellement si trop bien semble sentait etait etaient restee ete depuis ancienne vieille".split()
)
_NOT_ABSENCE_AFTER = factored(r"\s*(?:since|depuis|for\s+years|des\s+annees|for\s+ages)")
# How long, or why: "while we're in Portugal", "during March break", « pendant qu'on est au
# chalet », "for a month", « un mois », "Jamaica here we come".
_AWAY_WHILE = factored(
    r"(?<![\w'])(?:while\s+(?:we|i|the\s+family|everyone)|during|pendant|here\s+we\s+come|nous\s+voila|on\s+s'en\s+va"
    r"|on\s+descend|on\s+part|je\s+pars|off\s+to|direction"
    r"|(?:for\s+|pour\s+)?(?:a|an|one|un|une|\d+|two|three|four|deux|trois|quatre)\s+(?:months?|mois|weeks?|semaines?|days?|jours?|nights?|nuits?)"
    rf"|(?:from|du|de)\s+(?:{WEEKDAYS})\s+(?:to|until|till|au|a|jusqu'a))(?!\w)"
)


def _home_empty(folded: str) -> Span | None:
    p = patterns()
    for cue in _first(_HOME_EMPTY.finditer(folded), 6):
        between = cue.group("between")
        if between and not _NOT_ABSENCE.isdisjoint(between.replace(",", " ").split()):
            continue
        if _NOT_ABSENCE_AFTER.match(folded, cue.end()):
            continue
        start, end = _clause(folded, cue.start())
        if not _ok(folded, start, end):
            continue
        when = p.until.search(folded) or _AWAY_WHILE.search(folded) or p.away.search(folded)
        if when:
            return min(cue.start(), when.start()), max(cue.end(), when.end())
    return None


_HOME_WORD = factored(r"(?<![\w'])(?:home|house|maison|chez\s+(?:moi|nous)|apartment|appart)(?!\w)")
_MADE_BY = factored(r"(?:taken|made|done|written|drawn|painted|built|cooked|shot|edited|baked|sewn|knitted|fixed)\s+$")


def _empty_home(original: str, folded: str) -> Span | None:
    p = patterns()
    found = _home_empty(folded)
    if found:
        return found
    for cue in _first(_ALONE.finditer(folded)):
        if _MADE_BY.search(folded, max(0, cue.start() - 12), cue.start()):
            continue  # "photo taken by myself today", « fait par moi-même »: who made it, not who is home
        start, end = _clause(folded, cue.start())
        # (alone at home now says it as well as until when: « en ce moment je suis toute seule à la maison »)
        when = p.until.search(folded, start, end) or (p.present.search(folded, start, end) if _HOME_WORD.search(folded, start, end) else None)
        if when and _ok(folded, start, end):
            return min(cue.start(), when.start()), max(cue.end(), when.end())
    for cue in _first(p.empty.finditer(folded)):
        start, end = _clause(folded, cue.start())
        # "the lights are on but nobody's home" is about someone's wits, not a house
        if _ok(folded, start, end) and not re.search(r"lights|lumieres", folded[max(0, cue.start() - 30):cue.start()]):
            return cue.span()
    for cue in _first(p.sitters.finditer(folded)):
        start, end = _clause(folded, cue.start())
        if not _ok(folded, start, end):
            continue
        away = p.absent.search(folded) or p.when.search(folded) or re.search(r"while\s+(?:we'?re|i'?m)\s+(?:away|gone|in|at)|pendant\s+(?:qu'on|que\s+nous|que\s+je)\s+(?:est|sommes|suis)", folded)
        if away:
            return min(cue.start(), away.start()), max(cue.end(), away.end())
    return None


# A habit kept in a year gone by: "Back in 2015 I ran every morning"
_YEAR_PAST = factored(r"(?<![\w'])(?:back\s+in|dans\s+les\s+annees)\s+(?:19|20)?\d\d(?!\d)")
# A place's hours or an event's welcome, in no one's own voice: "is open Sundays 8 to 3", "opens at
# 5 am", "What time does it open", "all welcome", « ouvert tous les jours », « bienvenue à tous »
_OPEN_TO_PUBLIC = factored(
    r"(?<![\w'])(?:(?:is|are|'s)\s+open|opens|open\s+(?:on|every|from|daily|\d)|does\s+(?:[\w'-]+\s+){1,4}open|closes"
    r"|(?:all|everyone|everybody)\s+(?:is\s+|are\s+)?welcome|open\s+to\s+(?:all|everyone|the\s+public)|free\s+admission"
    r"|(?:est|sont)\s+ouverte?s?|ouvre|ouvrent|ouverte?s?\s+(?:tous|le|les|de|du|\d)|ferme\s+a|ferment"
    r"|bienvenue\s+a\s+(?:tous|toutes|tout\s+le\s+monde)|(?:tous|toutes)\s+(?:sont\s+)?bienvenue?s|ouverte?s?\s+a\s+tous"
    r"|entree\s+(?:libre|gratuite))(?!\w)"
)


# "it" as what the habit is done to: "never skip it", « je ne la manque jamais » has no « it »
_IT_OBJECT = factored(r"(?<![\w'])(?:skip|miss|love|do|make|take|keep|need|want|enjoy|hit|walk|run)\s+it(?!\w)")
_CUE_GAP = factored(r"(?:\s+(?:morning|evening|night|matin|soir|midi))?\s*[,:–—-]\s*")


# Going out of the house, the habit's own outing: a run, a walk, a swim, the dog's walk, leaving for
# work, the groceries (not reading, a video posted, pills taken: done at home)
_OUTING = factored(
    r"(?<!\w)(?:go(?:es)?\s+(?:for\s+a\s+|out|to|[a-z]{3,}ing(?!\w))|head(?:s)?\s+(?:out|to|up|down)|leave(?:s)?\s+(?:for|the|home)|run|runs|jog|jogs|walk|walks"
    # the bus or the train one takes, the door one is out of, the home one is alone in
    r"|bus|train|autobus|subway|out\s+the\s+door|gone|away|home\s+alone|alone\s+at\s+home|seule?\s+a\s+la\s+maison"
    r"|partie?s?|choir|chorale|class|cours|lessons?|practice|monte|montons"
    r"|swim|swims|bike|bikes|ride|rides|skate|hike|drive|drives|commute|groceries|grocery\s+run|errands|workout|gym|practice"
    r"|sors|sort|sortons|pars|part|partons|quitte|vais|va|allons|cours|court|courir|marche|marcher|nage|nager|nageons"
    r"|velo|promene|promener|patine|patiner|epicerie|commissions|entrainement|jogging|gym|pratique)(?!\w)"
)
# Alone or away on a weekday, said without an hour: "I'm home alone every Tuesday and Thursday"
_ALONE_WEEKLY = factored(r"(?<![\w'])(?:home\s+alone|alone\s+at\s+home|seule?\s+a\s+la\s+maison|seule?\s+chez\s+(?:moi|nous))(?!\w)")
# A wish or a duty, not a habit kept: "I should go for a run every morning at 6", « je devrais courir »
_MODAL = factored(
    r"(?<![\w'])(?:should|would|could|want\s+to|wanna|need\s+to|trying\s+to|try\s+to|hope\s+to|plan\s+to|gonna|going\s+to"
    r"|devrais|devrait|voudrais|veux|aimerais|vais\s+essayer|essaie\s+de|essayer\s+de|compte|si\s+seulement)(?!\w)"
)
# The poster right after the habit's words: "Twice a week, I jog ...", « Deux fois par semaine, on va ... »
_SUBJECT_NEXT = factored(r"[\s,]+(?:j'|(?:i|we|je|on|nous)(?!\w))")


# A group or a service named with its verb: its own schedule, not the poster's habit
_OTHERS_SCHEDULE = factored(
    r"(?<![\w'])(?:the|le|la|les|l')\s*(?!(?:kids|dog|pup|puppy|boys|girls|baby|fam|family|enfants|petits|filles|gars|chien|famille"
    r"|(?:lun|mar|mercre|jeu|vendre|same|diman)dis?|dimanches?|samedis?|matins?|soirs?|midis?|mornings?|evenings?|nights?|weekends?|semaines?|jours?)\b)"
    # (a place's street may come between: "The library on Rideau has story time")
    r"[a-z]{3,}(?:\s+(?:on|in|at|sur|de|du)\s+[a-z]+)?\s+(?:rehearses|meets|gathers|practices|plays|holds|hosts|has|offers|opens|closes|starts|runs|comes|leaves"
    r"|repete|repetent|se\s+reunit|accueille|offre|propose"
    r"|se\s+rencontre|se\s+rassemble|joue|jouent|ouvre|ferme|commence|part|passe|a\s+lieu|ont\s+lieu)(?!\w)"
)


# The words of patterns().routine, when the text holds no digit: its scan (~20 us a post) is only
# worth doing where a branch may match. Each branch holds a word of _ROUTINE_WORDS, or a word of
# _ROUTINE_PAIRED with one of the words it needs beside it ("my usual", "as usual", "Tuesday
# yoga", « tous les », « du soir », "twice a week"), or a list of days ("Mon/Wed", « lun et mer »).
# "Merci à tous", "Weekend plans:", "not bad for a Tuesday" are no habit.
_ROUTINE_WORDS = _FR_DAYS | _words(
    "daily mondays tuesdays wednesdays thursdays fridays saturdays sundays everyday every biweekly fortnightly "
    "mornings evenings weeknights chaque habituelle quotidienne matinale hebdomadaire habituel quotidien matinal weekdays "
    "nights afternoons lunches each plupart fois quotidiennement commute ritual routine trajet rituel mwf tth"
)
_MY_OUR = _words("my our")
# The first word of each of _WEEKLY's activities: "Tuesday yoga", "Thursday book club"
_WEEKLY_WORDS = _words(
    "workout workouts yoga run runs swim class league bowling practice mass bingo trivia hockey soccer spin pilates crossfit "
    "bootcamp volleyball basketball badminton pickleball curling choir skate ride hike dance karate date entrainement cours ligue "
    "pratique messe quiz souper natation course danse quilles chorale patin poker cards euchre crib games game book cartes soiree club"
)
_ROUTINE_PAIRED = {
    **dict.fromkeys(_words("monday tuesday wednesday thursday friday saturday sunday"), _MY_OUR | _WEEKLY_WORDS),
    "usual": _MY_OUR | {"as"},
    **dict.fromkeys(_words("regular nightly lunchtime lunch early weekday weekend morning evening noon midnight minuit"), _MY_OUR),
    "weekly": _MY_OUR | {"bi"},
    "week": _words("a per"),
    "sur": _words("deux trois"),
    **dict.fromkeys(_words("semaine semaines"), _words("en deux trois sur")),
    **dict.fromkeys(_words("matin soir"), _words("du")),
    "midi": _MY_OUR | {"du"},
    "habitude": _words("comme"),
    "most": _words("days mornings evenings nights weekends weekdays lunches"),
}
# « tous les matins », « toutes les deux semaines »: the pattern's only readings of « tous » and
# « toutes » have « les » right after, which « merci à tous » and most posts holding both words lack
_TOUS_LES = factored(r"(?:tous|toutes)\s+les\s")
_ROUTINE_PAIRED_WORDS = frozenset(_ROUTINE_PAIRED)
_DAY_LIST = factored(
    r"(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)[a-z]*\s*(?:/|&|,|and|et|-)\s*(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)"
)


def _may_be_routine(words: frozenset[str], folded: str) -> bool:
    """Whether patterns().routine may match anywhere in the text (a necessary condition only;
    a handle or a starred spelling may hide a word from `words`, and such a text is split again)."""
    if has_digit(folded) or _routine_word(words):
        return True
    if ("@" in folded or "*" in folded) and _routine_word(frozenset(_PLAIN_WORD.findall(folded))):
        return True
    if ("tous" in folded or "toutes" in folded) and _TOUS_LES.search(folded) is not None:
        return True
    return "m/w/f" in folded or "t/th" in folded or _DAY_LIST.search(folded) is not None


def _routine_word(words: frozenset[str]) -> bool:
    if not words.isdisjoint(_ROUTINE_WORDS):
        return True
    return any(not words.isdisjoint(_ROUTINE_PAIRED[word]) for word in words & _ROUTINE_PAIRED_WORDS)


def _routine(original: str, folded: str) -> Span | None:
    p = patterns()
    words = text_words(folded)
    cues: Iterator[re.Match[str]] = p.routine.finditer(folded) if _may_be_routine(words, folded) else iter(())
    if not words.isdisjoint(_ALWAYS_WORDS):
        cues = itertools.chain(cues, _ALWAYS.finditer(folded), _USUALLY.finditer(folded))
    for cue in _first(cues):
        start, end = _clause(folded, cue.start())
        own = folded.startswith(("my ", "our ", "ma ", "mon ", "notre ", "comme ", "as usual"), cue.start())
        if not _ok(folded, start, end) or _YEAR_PAST.search(folded, start, end):
            continue
        if (_OPEN_TO_PUBLIC.search(folded, start, end) or _OTHERS_SCHEDULE.search(folded, start, end)) and not _I_ALONE.search(folded, start, end):
            continue  # a place's hours, an event open to all, a group's schedule: "Our gym opens at 5 every weekday"
        clock = _CLOCK_RE.search(folded, start, end)
        if cue.group(0).endswith(("daily", " week")) and not clock and not _ACTIVITY.match(folded, cue.end() + 1) and not _SUBJECT_NEXT.match(folded, cue.end()):
            continue  # "growing daily", "daily in congress": a habit needs its hour or its activity
        if not own and _FIRST_PERSON.search(folded, start, end) is None:
            # the subject left out: a habit told by what is done or when, nobody else doing it
            told = _ACTIVITY.search(folded, start, end) or clock or _FAMILY.search(folded, start, end)
            # ("it's yoga at" is no one else, and "never skip it" is no one either)
            if not told or _THIRD_PERSON.search(_IT_OBJECT.sub(_blank, _WEATHER_IT.sub(_blank, folded[start:end]))):
                continue
            if _OTHERS_SCHEDULE.search(folded, start, end):
                continue  # "The choir rehearses every Thursday at 7", « La chorale répète tous les jeudis »: theirs
        lo, hi = max(start, cue.start() - 60), min(end, cue.end() + 70)
        # (a place no list knows, by its common noun, where the poster keeps the habit at an hour:
        # « je fais du bénévolat à la banque alimentaire de 13 h à 16 h »)
        common = clock is not None and (own or _FIRST_PERSON.search(folded, start, end) is not None)
        place = next(
            (s for s in _places_in(original, folded, lo, hi, common=common) if not s[0] <= cue.start() < s[1]),
            None,
        ) or _along(original, folded, lo, hi)
        if place is None:
            # the place named right after the habit, no preposition: "Every Saturday morning, ByWard
            # Market with my daughter", « Chaque samedi matin, marché By avec ma fille »
            gap = _CUE_GAP.match(folded, cue.end())
            if gap is not None:
                place_end = _place_at(original, folded, gap.end(), lower=False)
                # (the poster in the clause: « Tous les dimanches, l'église célèbre la messe à 10 h » is the church's)
                if place_end is not None and not original[gap.end():place_end].isupper() and (own or _FIRST_PERSON.search(folded, start, end)):
                    place = (gap.end(), place_end)
        if place is None and _CLOCK_RE.search(folded, lo, hi):
            # "gym at 9, home by noon", "I leave the house at 7": a place noun without a preposition
            left = _HOME_LEFT.search(folded, lo, hi) or _ROUTINE_NOUN_AT.search(folded, lo, hi)
            if left:
                place = left.span()
        # (the poster is the subject here, said or left out: others' habits were passed over above)
        if place is None and not _MODAL.search(folded, start, end) and not _OPEN.search(folded, start, end) and (
            clock is not None or _ALONE_WEEKLY.search(folded, start, end)
        ):
            # the hour the poster is out of the house, every week, though no place is named: "Every
            # morning at 6 I go for a run", « Tous les mardis à 18 h, je vais nager », "my usual 5 am run"
            # (a school in the post is where the habit happens: a coach's or a parent's, which the
            # school checks below and SAF006 weigh)
            out = _OUTING.search(folded, start, end) if _SCHOOL.search(folded) is None else None
            if out is not None:
                place = out.span()
        if place:
            return min(cue.start(), place[0]), max(cue.end(), place[1])
    return None


_FIRST_PERSON = factored(
    r"(?<![\w'])(?:(?:i|i'm|im|we|we're|my|our|me|us|je|chu|chus|nous|mon|ma|mes|notre|nos|moi)(?![\w'])|j'(?=\w)"
    # French « on » is "we"; English "on" is followed by an article or a name ("everyday on UP Link Road")
    r"|on(?=\s+(?!(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|top|time|board|site|track|foot|fire"
    r"|call|hold|sale|up|and|to|of|in|it|me|us|them|him|weekdays?|weekends?)\b)[a-z']+\b))"
)
_ALONG = factored(
    r"(?<![\w'])(?:along|around|through|le\s+long\s+d[ue]|le\s+long\s+de\s+la|autour\s+d[ue]|autour\s+de\s+la|sur\s+le|sur\s+la"
    r"|(?:le\s+)?tour\s+d[ue]|(?:le\s+)?tour\s+de\s+la|from|past"
    r"|(?:head|heads|go|goes|drive|walk|bike|ride)\s+(?:straight\s+)?to|(?:file|vais|va)\s+(?:direct\s+)?(?:au|a\s+la|a\s+l')"
    # taking someone along: "I take Luna to the dog park", « j'amène Luna au parc »
    r"|(?:take|takes|bring|brings)\s+(?:[\w']+\s+){1,2}to|(?:amene|amenons|emmene|emmenons)\s+(?:[\w']+\s+){1,2}(?:au|aux|a\s+la|a\s+l'|a|chez)"
    # as far as a place: "ma marche quotidienne jusqu'au lac Dow", "my walk down to the river"
    r"|jusqu'(?:aux|au|a\s+la|a)|(?:down|up|over|out)\s+to"
    r"|hit|cross|pass|visit|walk|bike|run|ride|jog|skate|ski|hike|par|via|traverse|traversons)\s+"
    # the ferry or the train taken at its hour: "Taking the 7:40 ferry to Wolfe Island", « je prends le traversier de 7 h 40 »
    r"|(?<![\w'])(?:take|takes|taking|catch|catches|catching|prends|prend|prenons|attrape)\s+(?:the\s+|le\s+|la\s+|l')"
    r"(?:\d{1,2}(?::\d\d|\s*h\s*\d*)\s+)?(?=ferry|traversier|train|plane|avion)"
)


def _along(original: str, folded: str, start: int, end: int) -> Span | None:
    for m in _first(_ALONG.finditer(folded, start, end), 8):
        place_end = _place_at(original, folded, m.end())
        if place_end is not None:
            return m.start(), place_end
    return None


# Each detector runs only on a post holding one of its words (the analyzer splits the post
# into words once for every rule), which keeps the rule cheap on the many posts it skips.
_DETECTORS: tuple[tuple[frozenset[str], Callable[[str, str], Span | None]], ...] = (
    (_words("nobody noone home house empty vide personne alone seul seule myself sitter sitters sitting housesitter "
            "housesitting plants plantes mail courrier cat chat garde gardien gardienne gardiennage vacant unattended "
            "unoccupied inoccupe inoccupee surveillance"), _empty_home),
    (_words("landed arrived arrive arrivee arrives arrivees atterrir atterri atterrie atterris arriver rendu rendue "
            "rendus rendues made touched checked checking pulled greetings hello hi postcard love bonjour salut "
            "coucou bisous salutations allo got voila voici check wheels v enregistre enregistree enregistres "
            "enregistrees"), _arrived),
    # (« là » at a clause's end, "chu au dep là", opens it through _present_gate: most French posts hold "la")
    (_words("now rn atm moment speak currently minute presentement actuellement maintenant instant drette asteure "
            "astheure place direct"), _present),
    (frozenset(), _here),  # gated by _here_gate
    (_words("come stop swing drop pop find catch meet spot look venez passez rejoignez retrouvez rejoins retrouve cherche cherchez "
            "trouve trouvez viens"), _invite),
    (_words("come voila voici v arrive"), _coming),
    (_words("away town vacation holiday holidays trip traveling travelling gone country grid north south cottage "
            "cabin lake camp camping heading headed off flying fly leaving leave driving drive road way route bound taking "
            "descend descends descendons monte montes montons "
            "jetting omw otw chemin vacances conge absent absente absents absentes parti partie partis parties exterieur ville "
            "etranger voyage chalet sud bois croisiere part pars partons va vais allons direction depart envole rend rends rendons file filons "
            "envoler passe passons passer spending spend decolle decollons boarding embarquement embarque"), _absent),
    # "I'll be at ... Saturday", "until the 20th", « jusqu'à dimanche », "at 3 pm": a time must be said
    # (the weaker words "du", "am", "h", "day" open it through _announced_gate)
    (_words("until till til thru through week weeks tonight tomorrow today jusqu semaine semaines demain soir "
            "matin aujourd next back retour noon midi lundi mardi mercredi jeudi vendredi samedi "
            "dimanche january february march april may june july august september october november december jan feb mar "
            "apr jun jul aug sep sept oct nov dec janvier fevrier mars avril mai juin juillet aout septembre octobre "
            "novembre decembre"), _announced),
    (_words("usual daily regular morning evening nightly weekly every mornings evenings weeknights tous toutes "
            "chaque habituelle quotidienne matinale habituel quotidien habitude like mondays tuesdays wednesdays "
            "thursdays fridays saturdays sundays weekdays lundis mardis mercredis jeudis vendredis samedis dimanches "
            "quotidiennement nights afternoons lunches routine everyday mwf tth commute ritual trajet rituel biweekly "
            "bi-weekly fortnightly"), _routine),
)

# Habit words too common to open the routine pass alone ("each", "most", "always", a weekday):
# with them, a number must be in the post ("I always grab coffee at the Tim's at 7:15").
_ROUTINE_WEAK = _words(
    "each most week semaine plupart always toujours usually normally typically generally habitude habituellement twice "
    "normalement leave leaves pars quitte rentre monday tuesday wednesday thursday friday saturday sunday weekday "
    "weekend lundi mardi mercredi jeudi vendredi samedi dimanche tue tues thu thur thurs fri wed weds sat sun lun ven 5x 3x 2x 4x"
)


def _routine_gate(words: frozenset[str], value: str) -> bool:
    if not words.isdisjoint(_ROUTINE_WEAK) and (not words.isdisjoint(_ROUTINE_PARTS) or has_digit(value)):
        return True
    if ("semaine" in words and "en semaine" in value) or ("sur" in words and _EVERY_OTHER.search(value) is not None):
        return True
    if not words.isdisjoint(_FR_DAYS) and _LE_DAY.search(value) is not None:
        return True  # « le mercredi, c'est ma soirée natation »: French says a weekly day with its article  # « En semaine je cours au parc Brewer », « un samedi sur deux »: weekdays, as a habit
    # one's own habit named by its noun and its day or hour: "my Saturday coffee", « ma promenade du matin »
    return not words.isdisjoint(_OWN) and not words.isdisjoint(_HABIT_NOUNS) and (
        not words.isdisjoint(_HABIT_TIMES) or (not words.isdisjoint(_CLOCK_WORDS) and has_digit(value))
    )


_EVERY_OTHER = factored(r"\s+sur\s+(?:deux|trois|2|3)(?!\w)")
_LE_DAY = factored(r"(?<![\w'])le\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\w)")
_OWN = _words("my our ma mon notre")
_HABIT_NOUNS = _words(
    "run jog walk ride swim commute workout loop route coffee skate hike dinner supper brunch breakfast lunch date "
    "course marche promenade sortie jogging velo entrainement cafe trajet parcours tour souper diner dejeuner"
)
# ("morning", "evening" open the pass on their own)
_HABIT_TIMES = _words(
    "matin soir midi monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi "
    "dimanche"
)
_CLOCK_WORDS = _words("am pm h")


# « là » as a present cue (_NOW): at a clause's end or doubled (« là là »). Found from the literal,
# the word boundary before it checked on the few hits.
_LA_CUE = factored(r"la(?:\s+la(?!\w)|(?=\s*(?:[,.!?;]|$|[^\w\s'#@-]))|(?=\s+(?:a|au|aux|dans|sur|chez|en)\s))")
_WORDISH = factored(r"[\w'-]")


# A place named before "still here", « j'y suis encore »: the words of _THERE's present cues
_STILL_HERE = frozenset(("here", "there"))
_STILL_Y = frozenset(("encore", "toujours"))


_PRESENT_GATE_WORDS = frozenset(("la", "still", "y"))


def _present_gate(words: frozenset[str], value: str) -> bool:
    if words.isdisjoint(_PRESENT_GATE_WORDS):
        return False  # most posts: one look-up
    if "still" in words and not words.isdisjoint(_STILL_HERE):
        return True
    if "y" in words and not words.isdisjoint(_STILL_Y):
        return True
    if "la" not in words:
        return False
    for cue in _LA_CUE.finditer(value):
        if cue.start() == 0 or _WORDISH.match(value, cue.start() - 1) is None:
            return True
    return False


# Words too common to open the announced pass alone (most French posts hold "du"): each is a
# time only in company. "du 3 au 17", "7 h", "3 pm" need a digit; "days", "hours" need "for" or
# "next" ("for a few days", "next 10 days"), or "labour day".
# An English weekday is a time only after "on", "this", "next" (or "until", "back", "home", « ce »,
# or with a date or an hour); "weekend" only after "this", "all", "for the", "over the", « ce »,
# « tout le », « pour le ».
_ANNOUNCED_DIGIT = _words("du am pm h")
# ("all night", "for the afternoon", « toute la soirée », « pour la journée »)
_ANNOUNCED_SPAN = _words("day days hour hours night afternoon morning evening soiree journee matinee nuit jour jours heure heures nuits")
_ANNOUNCED_SPAN_WITH = _words("for next labour labor all toute pour prochaine prochaines prochains qui")
_ANNOUNCED_WEEKDAY = _words("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun")
_ANNOUNCED_WEEKDAY_WITH = _words("on this next home ce")
_ANNOUNCED_WEEKEND = _words("weekend")
_ANNOUNCED_WEEKEND_WITH = _words("for all this next over tout ce pour")


_ANNOUNCED_WEAK = _ANNOUNCED_DIGIT | _ANNOUNCED_SPAN | _ANNOUNCED_WEEKDAY | _ANNOUNCED_WEEKEND | _FUTURE_WORDS


def _announced_gate(words: frozenset[str], value: str) -> bool:
    if words.isdisjoint(_ANNOUNCED_WEAK):
        return False  # most posts: one look-up instead of four
    if not words.isdisjoint(_FUTURE_WORDS) and _future_said(words, value):
        return True
    return (
        (not words.isdisjoint(_ANNOUNCED_SPAN) and not words.isdisjoint(_ANNOUNCED_SPAN_WITH))
        or (not words.isdisjoint(_ANNOUNCED_WEEKDAY) and not words.isdisjoint(_ANNOUNCED_WEEKDAY_WITH))
        or (not words.isdisjoint(_ANNOUNCED_WEEKEND) and not words.isdisjoint(_ANNOUNCED_WEEKEND_WITH))
        or (not (words.isdisjoint(_ANNOUNCED_DIGIT) and words.isdisjoint(_ANNOUNCED_WEEKDAY)) and has_digit(value))
    )


# "le mardi soir", "Thursdays after work": a part of the day makes a weekday a habit
# (and what a weekday is for: « notre soirée de quilles du vendredi », "Thursday trivia")
_ROUTINE_PARTS = _words(
    "soir matin midi apres after night morning evening yoga bowling quilles trivia quiz league ligue practice pratique "
    "mass messe hockey soccer choir chorale bingo curling pickleball badminton volleyball basketball spin pilates "
    "crossfit bootcamp karate danse fois poker cartes cards twice"
)

# The detectors that may open without one of their words, and the gate that decides.
# A school or a daycare named where the poster is: a staff member's, a volunteer's, a voter's or
# a coach's day there ("Supply teaching at Hilson Avenue PS today", « je vote au gymnase de
# l'école Sainte-Anne »). Where a child of the poster's is placed at one, SAF006 says so.
# (after French elision too: « à l'école du Boisé »)
_SCHOOL = factored(
    r"(?:(?<![\w'])|(?<=(?<!\w)[ld]'))(?:schools?|ecoles?|collegiate|polyvalente|garderie|daycare|day\s+care|cpe|preschool|maternelle|prematernelle"
    r"|kindergarten|elementary|primaire|secondaire|high(?=\s*(?:[,.!?;]|$))|p\.?s\.?(?=\s|$|[,.!?;]))(?!\w)"
)


# The poster alone, not an organisation's "we"
_I_ALONE = factored(r"(?<![\w'])(?:i|i'm|im|i'll|i've|me|my|je|moi|mon|ma|mes|chu|j'suis|jsuis|chuis)(?![\w'])|(?<![\w'])j'(?=[a-z])")
# ...unless the post is a parent's: a pickup or a drop-off, a child named by kin
_PARENT = factored(
    r"(?<![\w'])(?:pick(?:ing|ed|s)?\s+(?:[\w']+\s+){0,2}up|drop(?:ping|ped|s)?\s+(?:[\w']+\s+){0,2}off|pick-?ups?|drop-?offs?"
    r"|kids?|son|daughter|sons|daughters|fils|fille|filles|enfants?|petits?|petites?|cocos?|(?:aller|vais|va)\s+(?:le|la|les)\s+chercher"
    r"|deposer|depose|reconduire|reconduis)(?!\w)"
)


def _arrow(value: str) -> bool:
    """A trip told by an arrow between places ("Ottawa → Vancouver today") holds no word of its own.
    (Not "->": "details -> in the thread" is common, and no trip.)"""
    return not value.isascii() and ("→" in value or "➡" in value or "✈" in value)


_ABSENT_BIT = 1 << next(i for i, (_, detector) in enumerate(_DETECTORS) if detector is _absent)


_GATED: dict[Callable[[str, str], Span | None], Callable[[frozenset[str], str], bool]] = {
    _here: _here_gate, _routine: _routine_gate, _announced: _announced_gate, _present: _present_gate,
}
# A gate's own words: a post holding none of them cannot pass it, and is spared the call (the
# here gate aside, which a post's opening may pass without them: _opens_here is all it asks).
_GATE_WORDS: dict[Callable[[str, str], Span | None], frozenset[str]] = {
    _here: _HERE_WORDS | {"est"},  # (« on est au »: "est" with "on", which _here_gate checks)
    _routine: _ROUTINE_WEAK | _OWN,
    _announced: _ANNOUNCED_WEAK,
    _present: _PRESENT_GATE_WORDS,
}
_GATE_BIT = {detector: 1 << (len(_DETECTORS) + i) for i, detector in enumerate(_GATE_WORDS)}
_HERE_GATE_BIT = _GATE_BIT[_here]
_TRIGGERS = frozenset().union(*(triggers for triggers, _ in _DETECTORS), *_GATE_WORDS.values())
# word -> the detectors it opens, one bit each in _DETECTORS' order, then the gates it may pass
_TRIGGER_BITS = {
    word: sum(1 << i for i, (triggers, _) in enumerate(_DETECTORS) if word in triggers)
    | sum(bit for detector, bit in _GATE_BIT.items() if word in _GATE_WORDS[detector])
    for word in _TRIGGERS
}


def _plan(mask: int) -> tuple[tuple[Callable[[str, str], Span | None], Callable[[frozenset[str], str], bool] | None], ...]:
    """What to run for a post's bits, in _DETECTORS' order: (detector, None) runs, (detector,
    gate) runs if the gate says so; a detector neither opened nor possibly passed is left out,
    so a post holding no word of either kind only asks _opens_here."""
    plan: list[tuple[Callable[[str, str], Span | None], Callable[[frozenset[str], str], bool] | None]] = []
    for i, (_, detector) in enumerate(_DETECTORS):
        if mask & (1 << i):
            plan.append((detector, None))
        elif detector in _GATED and mask & _GATE_BIT[detector]:
            plan.append((detector, _GATED[detector]))
        elif detector is _here:
            plan.append((detector, _opens_here))
    return tuple(plan)


_PLANS: dict[int, tuple[tuple[Callable[[str, str], Span | None], Callable[[frozenset[str], str], bool] | None], ...]] = {}


class RealTimeLocation(SafetyRule):
    """Where you are, will be or go every day, or that your home is empty.

    "Just landed in Cancún, the house is empty for two weeks!", "my usual 6 am run along the
    canal", « au marché By en ce moment, venez me voir », « au chalet jusqu'au 20 »: saying
    where you are, when you will be somewhere, or that nobody is home tells people where to
    find you, or when your home is unattended. Post about outings and trips after you are back.
    """

    applies_to = frozenset({ITEM})
    code = "SAF007"
    name = "real-time-location"
    severity = Severity.MEDIUM
    confidence = Confidence.MEDIUM
    action = "Post about outings and trips after the fact, without dates of absence or daily routines."
    examples_flagged = (
        "Just landed in Cancún, the house is empty for two whole weeks!",
        "Away at the cottage until the 20th, nobody home",
        "Au marché By en ce moment, venez me voir",
        "Je suis en vacances jusqu'au 15 août!",
    )
    examples_not_flagged = (
        "Loved our trip to Halifax last summer",
        "Home Alone is the best Christmas movie",
        "At the moment I'm reading a great book",
        "De retour de Cuba, bronzés et reposés",
    )

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        value = folded.get("text")
        if not value:
            return ()
        found = reading(subject.fields["text"], value)
        if found is not None and not found[1]:
            return (RuleHit(
                evidence=(evidence(subject, "text", *found[0]),),
                message="Says where you are right now, will be, or go every day, or that your home is empty.",
            ),)
        return ()


class ErrandWhereabouts(SafetyRule):
    """Out at an everyday place right now, without saying which one.

    "At the vet with Max rn", « présentement chez le dentiste »: a clinic, a store or the gym
    unnamed, with no time of return, no trip and no invitation, does not let anyone find you; it
    only says you are out for a while. Reported at low severity so you can decide.
    """

    applies_to = frozenset({ITEM})
    code = "SAF009"
    name = "errand-whereabouts"
    severity = Severity.LOW
    confidence = Confidence.LOW
    action = "If you often post where you are as it happens, consider posting after you have left."
    examples_flagged = ("At the vet with Max rn, poor guy", "Présentement chez le dentiste, priez pour moi")
    examples_not_flagged = ("At the vet's suggestion we switched his food", "Le vétérinaire nous a conseillé une autre nourriture")

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        value = folded.get("text")
        if not value:
            return ()
        found = reading(subject.fields["text"], value)
        if found is not None and found[1]:
            return (RuleHit(
                evidence=(evidence(subject, "text", *found[0]),),
                message="Says you are out at an everyday place right now, without saying which one.",
            ),)
        return ()


# (text, its reading) in one slot, replaced whole: SAF007 and SAF009 ask about the same text in turn
_READING: list[tuple[str | None, tuple[Span, bool] | None]] = [(None, None)]


def reading(original: str, value: str) -> tuple[Span, bool] | None:
    """Where the post says the poster is, will be or goes (the evidence span), and whether that is
    only an everyday place unnamed, right now (SAF009's, at low severity) rather than SAF007's."""
    text, found = _READING[0]
    if text is not value:
        found = _read(original, value)
        _READING[0] = (value, found)
    return found


def _read(original: str, value: str) -> tuple[Span, bool] | None:
    if not original.isupper() or (lowered := unshouted(original)) is original:
        return _read_as(original, value)
    # typed all in capitals ("AT THE SENS GAME RN"): its capitals tell no name from any other word,
    # so the post is read as if typed in lower case (an errand's place is unnamed there too), then as typed
    return _read_as(lowered, value) or _read_as(original, value)


def _read_as(original: str, value: str) -> tuple[Span, bool] | None:
    words = text_words(value)
    # One intersection with every detector's words gives the detectors to run as bits (most
    # posts hold none): cheaper than one isdisjoint per detector.
    mask = 0
    for word in words & _TRIGGERS:
        mask |= _TRIGGER_BITS[word]
    if not value.isascii():
        if not mask & _ABSENT_BIT and _arrow(value):
            mask |= _ABSENT_BIT
        if _PIN in value:
            mask |= _HERE_GATE_BIT
    plan = _PLANS.get(mask)
    if plan is None:
        plan = _PLANS[mask] = _plan(mask)
    errand: tuple[Span, bool] | None = None
    for detector, gate in plan:
        if gate is not None and not gate(words, value):
            continue
        span = detector(original, value)
        if span is not None and _SCHOOL.search(value, span[0], span[1]) is not None and (not _PARENT.search(value) or staff(value)):
            span = None  # a school worked, volunteered or voted at
        if span is not None and has_digit(value) and not _I_ALONE.search(value):
            address = read_address(original, value)
            if address is not None and address.kind == "public":
                span = None  # a market stall's, a shop's or an office's "come see us at ..., we're at booth 12"
        if span is not None and _quoted(original, value, span):
            span = None  # a song's words or someone quoted: « "Je suis au bar et je chante" », "lyrics"
        if span is not None:
            if detector not in _NOW_DETECTORS or not _errand_only(original, value, span):
                return span, False
            # an everyday place unnamed, right now; a later reading may say more ("Leaving the
            # house at 5 am every day for my shift at the hospital" is a routine, not an errand)
            errand = errand or (span, True)
    return errand


# The readings of where one is right now; an errand's place can only be told by these
_NOW_DETECTORS = frozenset((_here, _present))
_ERRAND_PLACE = factored(
    r"(?<![\w'])(?:the\s+|a\s+|my\s+|le\s+|la\s+|l'|mon\s+|ma\s+)?(?:vet|vet's|veterinaire|dentist|dentist's|dentiste|doctor|doctor's|medecin"
    r"|clinic|clinique|walk-in|pharmacy|pharmacie|hospital|hopital|er|urgences?|gym|grocery\s+store|epicerie|store|magasin|bank|banque"
    r"|post\s+office|bureau\s+de\s+poste|hair\s+salon|salon\s+de\s+coiffure|coiffeur|coiffeuse|barber|barbier|car\s+wash|lave-auto|garage|garagiste"
    r"|mechanic's|mechanic|laundromat|buanderie|dealership|concessionnaire|hardware\s+store|quincaillerie|waiting\s+room|salle\s+d'attente"
    r"|parking\s+lot|stationnement|mall|centre\s+d'achats|centre\s+commercial|dep|depanneur|corner\s+store)(?![\w-])(?!\s+d[eu]\s)"
)
# A time, a trip, company asked for or an invitation: the post says more than an errand
_MORE_THAN_ERRAND = factored(
    r"(?<![\w'])(?:until|till|til|jusqu|back|retour|tonight|tomorrow|ce\s+soir|demain|all\s+(?:day|afternoon|morning)|toute\s+la"
    r"|come|venez|viens|join|rejoins|rejoignez|who\s+wants|qui\s+veut|anyone|anybody|quelqu'un|nearby|dans\s+le\s+coin|need\s+anything|besoin"
    r"|who'?s\s+around|whos\s+around|who\s+else|qui\s+d'autre|qui\s+est)(?!\w)"
)


def _errand_only(original: str, value: str, span: Span) -> bool:
    """The place said is only an everyday place, unnamed (no capital, no town), and the post
    says no time, no trip and asks no one over."""
    place = _ERRAND_PLACE.search(value, span[0], span[1])
    if place is None or _MORE_THAN_ERRAND.search(value) is not None:
        return False
    if place.start() > span[0] and _PREPOSITION_BEFORE.search(value, max(0, place.start() - 12), place.start()) is None:
        return False  # words before the noun name it: "at st laurent mall", "the Glebe vet"
    # (no name before it, "At the Glebe vet", nor after it, "the vet on Bank", « la pharmacie de la rue Principale »)
    named = any(c.isupper() for c in original[span[0] + 1:place.end()]) or _NAMED_AFTER.match(original, place.end()) or (
        original.islower() and _NAMED_AFTER_LOWER.match(original, place.end()) is not None
    )
    return not named and _TOWN_AFTER.search(value, place.end(), span[1] + 30) is None


_PREPOSITION_BEFORE = factored(r"(?<![\w'])(?:at|in|to|from|au|aux|a|chez|dans|sur|du|de)\s+$|(?<![\w'])l'$")
_NAMED_AFTER = factored(
    r"\s+(?:(?:on|at|in|near|by|off|de|du|des|de\s+la|de\s+l'|sur|pres\s+d[eu]|à|a)\s+(?:la\s+|le\s+|l'|the\s+)?(?:rue\s+|st\.?\s+)?)?[A-ZÀ-Þ0-9]"
)
# In a post typed all in lower case, a name cannot show its capital: « l'urgence de l'hopital de hull », "the er at the civic"
_NAMED_AFTER_LOWER = factored(
    r"\s+(?:de|du|des|de\s+la|de\s+l'|at|on|sur|pres\s+d[eu])\s+(?:la\s+|le\s+|l'|the\s+)?(?:rue\s+)?"
    r"(?!(?:mon|ma|mes|notre|nos|ton|ta|tes|son|sa|ses|leur|leurs|un|une|my|our|your|his|her|their|a|an|garde|famille|quartier|coin|way|moment)\b)[^\W\d_]{3,}"
)
_TOWN_AFTER = factored(r"(?<![\w'])(?:in|a|en|downtown|centre-ville)\s+(?=\w)")


_QUOTES = (('"', '"'), ("“", "”"), ("«", "»"))
_LYRICS = factored(r"(?<![\w'])(?:lyrics|paroles|stuck\s+in\s+my\s+head|dans\s+ma\s+tete|earworm|ver\s+d'oreille)(?!\w)")


def _quoted(original: str, value: str, span: Span) -> bool:
    """The span stands between quotation marks, or the post is about a song's words."""
    if _LYRICS.search(value) is not None:
        return True
    for opening, closing in _QUOTES:
        if opening not in original:
            continue
        before = original[:span[0]]
        if opening == closing:
            if before.count(opening) % 2 == 1 and opening in original[span[1]:]:
                return True
        elif before.rfind(opening) > before.rfind(closing) and closing in original[span[1]:]:
            return True
    return False
