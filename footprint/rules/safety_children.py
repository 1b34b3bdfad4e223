"""A child's school, daycare, class, teacher, bus stop or pickup time (SAF006), English and French.

Two things must meet in one post: a child of the poster's, and where that child can be found.

The child is named or implied: a family word ("my son", "our twins", "my 6-year-old", « ma
puce », « mes deux cocos », « notre cadette »), a first name tied to school ("Emma's class",
« la classe de Léa », "Aarav starts JK", "so proud of Noor, first day of grade 2"), or a parent's
words ("the kids", "this one", "proud mama", « les enfants ») beside a first day or a grade.

Where is a named school or daycare ("Elmdale Public School", "Glebe CI", « l'école du Boisé »,
« la garderie Les Petits Lutins », « CPE Les Bambins »), a named teacher's class ("Ms. Patel's
class", « la classe de Mme Roy »), a classroom number, or a bus stop, pickup or drop-off with
its time or corner ("the bus comes at 7:42", « je vais la chercher à 15 h 30 »).

A school in the news (strikes, closures, tragedies) or one's own school memories ("back when I
was in grade 2 at ...") is not a child's school, unless the post ties the two together ("my
son's school, Elmdale PS, is closed", « l'école de ma fille, l'école du Boisé »). A bus and its
hour alone say no child when the sentence is about a grown-ups' trip ("the team bus leaves the
hotel at 5:15"), a city bus ("the 95 bus", « l'autobus 95 »), or is a notice to every family
("late parents will be charged", « le transport scolaire est suspendu demain »).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from footprint.records import Confidence, RuleHit, Severity, Subject
from footprint.rules.base import evidence, text_words
from footprint.rules.safety_activities import WORDS as ACTIVITY_WORDS
from footprint.rules.safety_activities import activity
from footprint.rules.safety_base import CLOCK, SafetyRule, alternation, fields, section, unshouted
from footprint.rules.safety_regex import factored
from footprint.text import fold

_DATA = "safety_children.toml"

# A capitalised first name as written: "Emma", "Aarav", "Léa", "Zoë", "O'Neil", "Jean-Luc".
_FIRST = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ]+)?"
# Capitalised words that are not a child's name where a name is expected.
_NOT_NAMES = frozenset("""
the this that these those my our his her their its your we they he she it you i so and but or
today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday school daycare
first day grade class teacher public elementary high middle catholic secondary junior senior
kindergarten back happy proud congrats congratulations go bravo big little new old all everyone
everybody ms mrs mr miss mme mlle madame monsieur le la les un une des de du il elle on nous
ils elles je tu vous ce cette ces mon ma mes notre nos son sa ses leur premier premiere bonne
bon jour journee ecole école garderie classe rentree rentrée maman papa mom dad mommy daddy mama
papa mum mummy grandma grandpa mamie papi nana granny god jesus canada ottawa gatineau montreal
noel paques halloween christmas easter thanksgiving printemps ete automne hiver janvier fevrier mars avril
juillet aout septembre octobre novembre decembre
toronto quebec québec winnipeg halifax vancouver calgary edmonton regina moncton santa st saint
sainte
""".split())

_ENGLISH_SCHOOL_TYPES = (
    r"elementary(?:\s+school)?|public\s+school|secondary\s+school|high\s+school|middle\s+school"
    r"|junior\s+high|intermediate\s+school|catholic\s+(?:elementary\s+|secondary\s+|high\s+)?school"
    r"|(?:french\s+)?immersion\s+school|community\s+school|school|academy|montessori|daycare|day\s+care"
    r"|child\s*care(?:\s+cent(?:re|er))?|early\s+learning\s+cent(?:re|er)|early\s+years\s+cent(?:re|er)"
    r"|learning\s+cent(?:re|er)|preschool|pre-school|nursery(?:\s+school)?|co-?op(?:erative)?\s+nursery"
    r"|collegiate(?:\s+institute)?|kindergarten|alternative(?:\s+school)?"
)
# Ontario's short forms, written in capitals: "Elmdale PS", "Glebe CI", "St. Pius X HS".
_ABBREVIATIONS = r"P\.?S\.?|E\.?S\.?|S\.?S\.?|C\.?I\.?|H\.?S\.?|C\.?S\.?|CES|CHS|CSS|CDS|PSC"
_FRENCH_SCHOOL_TYPES = (
    r"ecole(?:\s+(?:primaire|secondaire|elementaire|privee|publique|alternative|internationale|communautaire|catholique)){0,2}"
    r"|garderie(?:\s+(?:educative|privee|familiale|subventionnee))?|cpe|centre\s+de\s+la\s+petite\s+enfance"
    r"|service\s+de\s+garde|polyvalente|poly|academie|college|pensionnat|seminaire|prematernelle|maternelle"
    r"|halte-garderie|jardin\s+d'enfants"
)
_FR_LINK = r"(?:(?:de\s+la|de\s+l'|des|du|de|d'|l'|les|la|le|aux|au|a)(?:\s+|(?<=')))?"

# Things of a child's school day that follow a possessive name: "Emma's class", "Noah's bus".
_SCHOOL_THINGS_EN = (
    r"first\s+day|class|classroom|teacher|teachers|school|daycare|day\s+care|kindergarten|preschool"
    r"|bus(?:\s+stop)?|grade|jk|sk|pickup|pick-up|drop-?off|recess|report\s+card|field\s+trip|concert"
    r"|recital|graduation|sports\s+day|picture\s+day|science\s+fair|spelling\s+bee|homeroom|playground|(?:year-end\s+|school\s+)?(?:show|play)"
)
_SCHOOL_THINGS_FR = (
    r"classe|ecole|garderie|cpe|enseignante?|prof|professeure?|educatrice|educateur|maitresse|maitre|autobus|bus"
    r"|maternelle|prematernelle|groupe|titulaire|premiere\s+journee|premier\s+jour|rentree|bulletin"
    r"|sortie\s+scolaire|spectacle|graduation|arret\s+d'autobus|service\s+de\s+garde"
)
_SCHOOL_VERBS = (
    r"starts|started|starting|is\s+starting|begins|began|heads\s+(?:off\s+)?to|headed\s+(?:off\s+)?to"
    r"|goes\s+to|went\s+off\s+to|attends|is\s+in|is\s+now\s+in|moves\s+up\s+to|is\s+off\s+to|loves"
    r"|finished|graduates|graduated|commence|a\s+commence|entre|est\s+entree?|fait\s+son\s+entree"
    r"|fait\s+sa\s+rentree|rentre|va\s+a|va\s+au|frequente|termine|a\s+termine|a\s+fini|finit|est\s+en|adore"
    r"|est\s+rendue?\s+en|s'en\s+va\s+en|is\s+(?:already|now|still|finally)\s+in|is\s+loving|is\s+enjoying|is\s+thriving"
    r"|is\s+reading|is\s+doing|has|had|got|gets|won|wins|made|scored|a\s+eu|a\s+fait|a\s+adore|a\s+passe|aime|a\s+gagne"
    r"|brought\s+home|came\s+home\s+with|a\s+rapporte|rapporte|a\s+ramene|ramene|a\s+recu|recoit|received|a\s+(?:son|sa|ses)"
    # named a pupil of the month: "Mia was named student of the month", « Mia a été nommée élève du mois »
    r"|was\s+(?:named|chosen)|a\s+ete\s+(?:nommee?|choisie?)|est\s+(?:nommee?|choisie?)"
    r"|est\s+(?:deja|maintenant|rendue?)\s+en|est\s+dans|and\s+(?:his|her|their)\s+(?:buddies|friends|classmates|bff|best\s+friend|pals)"
    r"|et\s+(?:ses|son|sa)\s+(?:amis|amies|ami|amie|copains|copines|chums|camarades)"
)
# A first name, folded: letters, perhaps hyphenated ("jean-luc", "o'neil").
_NAME = r"[a-z][a-z]+(?:[-'][a-z][a-z]+)?"
_PROUD = (
    r"proud\s+of|congrats\s+to|congratulations\s+to|congrats|way\s+to\s+go|go|bravo\s+a|bravo|felicitations\s+a|felicitations"
    r"|fier\s+de|fiere\s+de|fiers\s+de|fieres\s+de|for|pour|with|avec|drop(?:ping|ped|s)?|pick(?:ing|ed|s)?\s+up"
    r"|walk(?:ing|ed|s)?|driv(?:e|es|ing)|drove|took|taking|(?:to\s+)?(?:get|grab|fetch)|getting|grabbing|depose|deposer|deposee?|reconduis|reconduire|reconduit"
    r"|(?:aller|vais|va)\s+chercher|chercher|recuperer|(?:my|our|mon|ma|notre|nos)\s+(?:beau|belle|petite?|little|sweet|big|grand|grande)"
    r"|accompagne|accompagner|amene|amener|emmene|emmener|laisse|laissee|laisser|reconduit"
    r"|(?:my|our|mon|ma|notre|nos)"
)


@dataclass(frozen=True)
class _Patterns:
    family: re.Pattern[str]
    alone: re.Pattern[str]
    aged: re.Pattern[str]
    name_possessive_en: re.Pattern[str]
    name_possessive_fr: re.Pattern[str]
    name_verb: re.Pattern[str]
    names_verb: re.Pattern[str]
    name_framed: re.Pattern[str]
    events: re.Pattern[str]
    school_en: re.Pattern[str]
    school_fr: re.Pattern[str]
    named_after: re.Pattern[str]
    teacher: re.Pattern[str]
    teacher_fr: re.Pattern[str]
    room: re.Pattern[str]
    routine: re.Pattern[str]
    news: re.Pattern[str]
    memories: re.Pattern[str]
    link: re.Pattern[str]


@cache
def patterns() -> _Patterns:
    kid_en = alternation(section(_DATA, "kid_nouns", "en"))
    kid_fr = alternation(section(_DATA, "kid_nouns", "fr"))
    count = r"(?:(?:two|three|four|five|2|3|4|5|deux|trois|quatre|cinq|\d+[\s-]?(?:year|yr|an)s?[\s-]?old|little|wee|petite?s?|p'tite?s?|beaux|belles?)\s+)?"
    return _Patterns(
        # "my son", "our two girls", « mes deux cocos »; « mon grand » is not « mon grand-père ».
        family=factored(
            rf"(?<![\w'])(?:(?:my|our)\s+{count}(?:{kid_en})|(?:mon|ma|mes|notre|nos)\s+{count}(?:{kid_fr}))(?![\w-])"
            # « mon petit », « ma petite », « mes petits » as a child, not « mon petit café »
            r"|(?<![\w'])(?:mon|ma|mes|notre|nos)\s+(?:petite?s?|p'tite?s?)(?=\s*(?:[,.!?;:)❤]|$|de\s+\d|\d|[a-z]+\s+(?:a|est|va|commence|entre|fait|adore|aime)\b"
            # (« la première journée de ma petite au CPE »)
            r"|(?:au|aux|a)\s))"
        ),
        alone=factored(rf"(?<![\w'])(?:{alternation(section(_DATA, 'children_alone'))})(?![\w-])"),
        # "my 6-year-old", "our 4 yo", « mon garçon de 5 ans »
        aged=factored(r"(?<!\w)(?:my|our)\s+\d{1,2}[\s-]?(?:year|yr)s?[\s-]?olds?(?!\w)|(?<!\w)(?:my|our)\s+\d{1,2}\s?yo(?!\w)"),
        # On folded text; the name is checked for a capital in the original (see _named).
        name_possessive_en=factored(
            rf"(?<![\w.])(?P<name>{_NAME})(?:'s|s'|')\s+(?:(?:first|new|last|\w+\s+grade)\s+)?(?:{_SCHOOL_THINGS_EN})(?![\w])"
        ),
        name_possessive_fr=factored(
            rf"(?<![\w])(?:{_SCHOOL_THINGS_FR})\s+(?:scolaire\s+|de\s+(?:maternelle|prematernelle|garderie|\d+(?:re|e)\s+annee|fin\s+d'(?:annee|etape)|noel|danse|musique)\s+)?"
            rf"(?:de\s+|d')(?P<name>{_NAME})(?![\w'-])"
        ),
        name_verb=factored(rf"(?<![\w.])(?P<name>{_NAME})\s+(?:{_SCHOOL_VERBS})(?![\w])"),
        names_verb=factored(
            rf"(?<![\w.])(?P<name>{_NAME})\s+(?:and|et|pis|&)\s+{_NAME}\s+(?:(?:both|all|deux)\s+)?(?:start|started|begin|began|go\s+to|attend|love"
            r"|are\s+(?:now\s+|both\s+|starting\s+)?(?:in|at)|are\s+starting|commencent|ont\s+commence|entrent|rentrent|vont\s+(?:a|au|en)|frequentent|adorent"
            r"|sont\s+(?:maintenant\s+|deja\s+|rendue?s\s+)?(?:en|a|au|dans))(?![\w])"
        ),
        name_framed=factored(
            rf"(?<![\w])(?:(?:{_PROUD})\s+|(?:fier|fiere|fiers|fieres)\s+d')(?P<name>{_NAME})(?=\s*(?:[,.!:;)❤🎒🍎✏📚💕💖🥰😍🥹👏🎉🎂]|$|\s+(?:on|at|in|for|today|this|a|au|pour|aujourd|ce|cette|is|has|est|off|up|to|and\s+(?:his|her|their)|et\s+(?:ses|son|sa))\b))"
        ),
        events=factored(rf"(?:(?<![\w'])|(?<=(?<!\w)[ld]'))(?:{alternation(section(_DATA, 'school_events'))}|grade\s+(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|primary)|\d{{1,2}}(?:e|re|er|eme|ieme)\s+annee|(?:sec|secondaire)\s+[1-5])(?!\w)"),
        # On the text as written: capitalised name words before the type, one of them a real name.
        school_en=factored(
            rf"(?P<name>(?:(?:St\.|Ste\.|[A-Z][\w'’.-]*)\s+){{1,5}})(?:(?i:{_ENGLISH_SCHOOL_TYPES})|(?:{_ABBREVIATIONS}))(?![\w])"
        ),
        # On folded text; the name after it is checked for a capital in the original.
        school_fr=factored(rf"(?<![\w])(?P<type>{_FRENCH_SCHOOL_TYPES})\s+{_FR_LINK}(?=\w)"),
        # "their school is Rockcliffe Park", « sa garderie s'appelle Les Bourgeons »
        named_after=factored(
            r"(?<![\w])(?:school|daycare|day\s+care|preschool|kindergarten|ecole|garderie|cpe|service\s+de\s+garde)"
            r"(?:\s*:|\s*\(|\s+(?:is|is\s+called|called|named|s'appelle|c'est|est|,\s*c'est))\s*(?:st\.?\s+|the\s+|l'|la\s+|le\s+|les\s+)?(?=\w)"
        ),
        # "Ms. Patel's class", "teacher Mr. Nguyen", "Mrs. Li (grade 2)" – on the text as written
        teacher=factored(
            rf"(?<![\w])(?:(?:Ms|Mrs|Mr|Miss|Mx|Mme|Mlle|Madame|Monsieur|Mademoiselle|Mrs|Teacher|Coach)\.?|M\.)\s+(?P<name>{_FIRST})"
        ),
        # « la classe de Mme Roy », « son enseignante, Madame Julie »
        teacher_fr=factored(
            r"(?<![\w])(?:classe|groupe|enseignante?|prof|professeure?|educatrice|educateur|titulaire|teacher|class)\s*(?:de\s+|d'|,|:|est|is)?\s*"
            r"(?:mme|mlle|madame|monsieur|m\.|mademoiselle|ms|mrs|mr|miss)\s*\.?\s+(?=\w)"
        ),
        # "room 12", « local 204 »; not "Class 11", which is a grade in much of the world
        room=factored(r"(?<![\w])(?:room|classroom|portable|local|salle)\s+#?\d{1,3}[a-z]?(?![\w])"),
        # bus stop, pickup, drop-off, dismissal with a time or a corner
        routine=factored(
            r"(?<![\w])(?:bus(?:es)?(?:\s+stop)?|debarcadere|pick[\s-]?up|picking\s+up|picked\s+up|picks\s+(?:him|her|them)\s+up|drop[\s-]?off|dismissal|home\s+time|the\s+bell"
            r"|closes|arret\s+d'autobus|arret\s+de\s+bus|autobus|sortie\s+(?:des\s+classes|de\s+la\s+garderie|de\s+l'ecole|du\s+cpe)|la\s+cloche|ferme"
            r"|(?:vais|va|allons|on\s+va)\s+(?:le|la|les|l')\s*chercher|(?:aller|passer)\s+(?:le|la|les)\s+chercher|chercher\s+(?:les|mon|ma|mes|la|le|nos|notre)\s+(?:enfants|fils|fille|petite?s?|p'tite?s?|cocos|grande?s?|gars|puce|bebe|jumeaux|jumelles)"
            # dropping them off: « je dépose les enfants à l'école ... à 7 h 45 », "I drop the kids at"
            r"|(?:depose|deposer|reconduis|reconduire)\s+(?:les\s+enfants|les\s+petits|les\s+cocos|mon\s+\w+|ma\s+\w+|mes\s+\w+|le\s+petit|la\s+petite)"
            r"|drop(?:s|ped|ping)?\s+(?:off\s+)?(?:the\s+kids|the\s+boys|the\s+girls|my\s+\w+|our\s+\w+|them|him|her)"
            # "I pick my daughter up from school at 3:15", "grab the kids at 3:05"
            r"|pick(?:s|ed|ing)?\s+(?:my|our|the)\s+\w+\s+up|grab(?:s|bed|bing)?\s+(?:the|my|our)\s+(?:kids|boys|girls|twins|son|daughter)"
            # « je ramasse les enfants à l'école à 15 h 20 », « l'heure de sortie de mon fils »
            r"|(?:ramasse|ramasser|recupere|recuperer)\s+(?:les|mon|ma|mes|la|le|nos|notre)\s+(?:enfants|fils|filles?|petite?s?|p'tite?s?|cocos|grande?s?"
            r"|gars|puce|bebe|jumeaux|jumelles|plus\s+vieux|plus\s+jeune)|heure\s+de\s+sortie)"
            rf"[^.!?\n]{{0,80}}?(?:(?<![\w:])(?:{CLOCK})|(?<![\w'])(?:at|by|vers)\s+\d{{1,2}}(?![\d%$]|[.,:]\d|\s*[a-z])|corner\s+of|coin\s+(?:de|du|des)|(?:on|at|sur|au|a\s+l'angle\s+de)\s+[a-z]+\s+(?:st|street|ave|avenue|rd|road|rue|boul|boulevard|chemin|dr|drive|cres|crescent))"
        ),
        news=factored(rf"(?<![\w'])(?:{alternation(section(_DATA, 'news'))})(?![\w])"),
        memories=factored(rf"(?<![\w'])(?:{alternation(section(_DATA, 'memories'))})(?![\w])"),
        # The child and the school tied in words: "my son's school", "my daughter goes to",
        # « l'école de ma fille », "first day for our twins", « pour ma puce ».
        link=factored(
            rf"(?<![\w'])(?:my|our)\s+(?:{kid_en})(?:'s|s')\s+(?:new\s+|first\s+|grade\s+\d{{1,2}}\s+|jk\s+|sk\s+)?(?:school|daycare|day\s+care|class|classroom|teacher|kindergarten|preschool|bus)"
            rf"|(?:ecole|garderie|cpe|classe|maternelle|enseignante?|autobus|service\s+de\s+garde)\s+(?:de\s+\d{{1,2}}(?:e|re)\s+annee\s+|de\s+maternelle\s+)?(?:de|d')\s*(?:mon|ma|mes|notre|nos)\s+{count}(?:{kid_fr})"
            rf"|(?:my|our)\s+{count}(?:{kid_en})\s+(?:(?:both|all|still|now|each)\s+)?(?:goes\s+to|attends|started\s+at|starts\s+at|is\s+(?:at|in)|are\s+(?:at|in)|go\s+to|attend|will\s+be\s+at|is\s+starting|started|starts|loves|love|adores)"
            rf"|(?:mon|ma|mes|notre|nos)\s+{count}(?:{kid_fr})\s+(?:va\s+a|vont\s+a|frequente|frequentent|est\s+a|sont\s+a|commence|entre|est\s+en(?!\w)|adore)"
            rf"|(?:for|pour)\s+(?:my|our|mon|ma|mes|notre|nos)\s+{count}(?:{kid_en}|{kid_fr})"
            r"|the\s+(?:kids|twins|boys|girls|little\s+ones|littles)'\s+(?:school|daycare|day\s+care|teacher|class|bus|preschool)"
            r"|(?:ecole|garderie|cpe|classe|service\s+de\s+garde|autobus)\s+des\s+(?:enfants|jumeaux|jumelles|cocos|petits|p'tits|ptits|minis)(?![\w-])"
        ),
    )


_SCHOOL_NOUNS = frozenset({
    "school", "schools", "daycare", "kindergarten", "preschool", "class", "classroom", "grade", "teacher", "bus",
    "ecole", "garderie", "cpe", "maternelle", "prematernelle", "classe", "annee", "prof", "professeur",
    "professeure", "enseignant", "enseignante", "autobus", "service", "jk", "sk", "pre-k", "montessori",
})


@cache
def _school_words() -> frozenset[str]:
    return frozenset(section(_DATA, "school_words"))


def _gate(folded: str) -> bool:
    """A cheap first pass on the post's words."""
    # "first day" alone would let through every new job's first day: a school-day post says
    # more (a grade, a school, a bus); measured at ~1 us/post on generated posts
    return not text_words(folded).isdisjoint(_school_words())


_NAME_FR = factored(r"[\w'’-]+")
# A sentence ends at . ! ? or a line break, but not after "St.", "Mrs.", « Mme. », "P.S."
_SENTENCE = factored(r"(?<!\bst)(?<!\bste)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bmme)(?<!\bm)(?<!\bp)(?<!\bs)[.!?\n]+")
# A grown child who works at the school: "my daughter is a teacher at", « ma fille enseigne à »
_STAFF = factored(
    r"(?<![\w'])(?:(?:is|was|has\s+been)\s+an?\s+(?:[\w']+\s+){0,2}(?:teacher|principal|vice-principal|ece|eca|educator|librarian|secretary|custodian|coach)\s+at"
    r"|teaches\s+at|teaches\s+(?:grade\s+\d+|\w+)\s+at|works\s+at|enseigne\s+a|enseigne\s+au|travaille\s+a|travaille\s+au"
    r"|est\s+(?:enseignante?|prof|directrice|directeur|educatrice|educateur|secretaire|concierge)\s+(?:a|au|de)"
    # hired or working as staff: "hired as an ECE at", « engagée comme éducatrice au »
    r"|(?:hired|works?|working|started|engagee?|embauchee?|travaille|commence)\s+(?:as\s+an?|comme|en\s+tant\s+qu[e'])\s*"
    r"(?:\w+\s+)?(?:teacher|ece|eca|educator|librarian|secretary|custodian|coach|enseignante?|prof|educatrice|educateur"
    r"|secretaire|concierge|directrice|directeur|suppleante?|aide)"
    # a job posting: "X daycare is hiring", « le CPE recrute », « cherche des éducatrices »
    r"|(?:is\s+)?hiring|recrute|embauche|cherche\s+des?\s+(?:educatrices?|educateurs?|enseignante?s?|profs?|remplacante?s?)"
    r"|job\s+posting|offre\s+d'emploi"
    # the poster works there: a teacher's "my kids" and « mes cocos » are the pupils ("I teach at",
    # "my students", "bus duty at 3:15", « j'enseigne à », « mes élèves », « j'y travaille »)
    r"|i\s+teach|i'?m\s+an?\s+(?:\w+\s+)?(?:teacher|ece|eca|educator|principal|librarian|coach)|as\s+an?\s+(?:\w+\s+)?(?:teacher|educator|ece|principal)"
    r"|teacher\s+appreciation|my\s+(?:students|pupils|classroom|homeroom|(?:grade\s+\d+\s+)?class)|(?:joys?\s+of|love|loves)\s+teaching"
    r"|teaching\s+(?:at|grade|kindergarten|jk|sk)|(?:bus|recess|yard|lunch|hall)\s+duty|supply\s+teach\w*|i\s+work\s+there"
    r"|j'enseigne|je\s+suis\s+(?:enseignante?|prof|educatrice|educateur|directrice|directeur|suppleante?)"
    r"|comme\s+(?:enseignante?|prof|educatrice|educateur|directrice|directeur)|mes\s+eleves|(?:ma\s+classe|mon\s+groupe)\s+(?:titulaire|a\s+l'ecole|de\s+\d)"
    r"|(?:de\s+l'|l')enseignement|surveillance|suppleance|j'y\s+travaille|semaine\s+des\s+enseignants"
    r"|est\s+(?:enseignante?|prof|educatrice|educateur)\s+d[e']\s*\w+)(?![\w])"
)
_LEADING_NOT_NAMES = frozenset("""
back to the a my our his her their your first new old public elementary high middle catholic
secondary junior senior grade day of and at in for from this that school french english
immersion community early learning years child care co-op nursery summer winter sunday
happy great best local every
""".split())


def _english_schools(original: str) -> Iterator[tuple[int, int]]:
    for m in patterns().school_en.finditer(original):
        words = [w.strip(".'’").lower() for w in m.group("name").split()]
        if all(w in _LEADING_NOT_NAMES for w in words):
            continue  # "Back To School", "My School", "Public School"
        if words[-1].endswith(("'s", "’s")) and not re.search(r"(?:St|Ste|Saint|Sainte)\.?\s+\S+\s*$", m.group("name")):
            continue  # "Noah's school" is whose school, not its name ("St. Mary's School" is)
        if original[m.start() - 1:m.start()] in ("#", "@"):
            continue
        # Keep the name only from its first real word: "at Elmdale", not "So proud ... Elmdale"
        start = m.start()
        for word in m.group("name").split():
            if word.strip(".'’").lower() in _NOT_NAMES or word.strip(".'’").lower() in _LEADING_NOT_NAMES:
                start = original.index(word, start) + len(word)
                while start < len(original) and original[start].isspace():
                    start += 1
            else:
                break
        yield start, m.end()


def _french_schools(original: str, folded: str) -> Iterator[tuple[int, int]]:
    for m in patterns().school_fr.finditer(folded):
        name = _NAME_FR.match(original, m.end())
        if name is None:
            continue
        word = name.group(0)
        if not (word[0].isupper() or word[0].isdigit()):
            continue
        link = folded[m.start():m.end()].rstrip()
        if m.group("type") in ("ecole", "garderie") and link.endswith((" de", " d'")):
            de = m.start() + link.rfind(" d") + 1
            if original[de] == "d" and "-" not in word and fold(word) not in ("saint", "sainte", "st", "ste"):
                continue  # « l'école de Noah » is Noah's school; « l'école De Rochebelle » is a name
        end = name.end()
        more = re.match(r"(?:[\s-]+(?:de\s+la\s+|du\s+|des\s+|de\s+|d'|l')?[A-ZÀ-Þ][\w'’-]*){0,4}", original[end:])
        yield m.start(), end + (more.end() if more else 0)


_CAPITALISED_RUN = factored(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:de\s+la\s+|du\s+|des\s+|de\s+)?[A-ZÀ-Þ][\w'’.-]*){0,3}")


def _named_after(original: str, folded: str) -> Iterator[tuple[int, int]]:
    for m in patterns().named_after.finditer(folded):
        name = _CAPITALISED_RUN.match(original, m.end())
        if name and fold(name.group(0).split()[0]).strip(".'") not in _NOT_NAMES:
            yield m.start(), name.end()


# A school thing then "at" and a name: "student of the month at Vincent Massey", "grade 4
# teacher at Hilson Ave", "started SK at St. Anthony's", "grade 1 class at Sainte-Marie"; a
# school-day moment too, since parents name the school by its short name beside one ("drop-off
# at Elmdale", "recess at Manordale", « la récré à Sainte-Marguerite », "field trip from Hopewell").
_SCHOOL_THING = (
    r"class|classroom|teacher|grade\s+\d{1,2}|jk|sk|kindergarten|preschool|student\s+of\s+the\s+month|honou?r\s+roll"
    r"|recess|concert|field\s+trip|science\s+fair|school\s+play|spelling\s+bee|sports\s+day|graduation|first\s+day|report\s+card"
    r"|drop-?off|drop\s+off|pick-?up|photo\s+day|picture\s+day|school\s+bus|the\s+bell|bus\s+stop"
    r"|maternelle|prematernelle|\d{1,2}(?:e|re)\s+annee|sec\s+[1-5]|classe|enseignante?|prof|bulletin|spectacle|premiere\s+journee"
    r"|recre|recreation|debarcadere|tableau\s+d'honneur|autobus\s+(?:jaune|scolaire)|la\s+cloche|service\s+de\s+garde|rentree"
    r"|sortie\s+scolaire|photo\s+scolaire|photo\s+de\s+classe|class\s+photos?|school\s+photos?|eleve\s+du\s+mois"
)
_THING_AT = factored(
    rf"(?:(?<![\w'])|(?<=(?<!\w)[ld]'))(?:{_SCHOOL_THING})"
    r"(?:\s+de\s+\d{1,2}(?:e|re)\s+annee)?(?:\s+(?:of|de|d')\s*(?:(?:my|our|mon|ma|mes|notre|nos|une?)\s+)?[\w'-]+)?"
    r"(?:\s+(?:again|encore|today|tomorrow|tonight|demain|aujourd'hui|ce\s+soir|ce\s+matin|(?:this|next|ce|cette)\s+\w+))?"
    r"\s+(?P<prep>at|@|a|au|chez|from|to|jusqu'a|pour|de|d')(?:\s+|(?<='))(?=\S)"
)
# The same the other way round, in one clause: "walked the kids to Cambridge Street for the
# first day", "came home from Woodroffe with her first report card", « revenue de Jean-Vanier
# avec son premier bulletin ».
_AT_NAME = factored(r"(?<![\w'])(?P<prep>at|from|to|a|au|jusqu'a|de|d')(?:\s+|(?<='))(?=[A-Za-z])")
_THING_AFTER = factored(rf"[^.!?;,\n]{{0,45}}?(?<![\w'])(?:{_SCHOOL_THING})(?![\w])")
_TEACHER_NAMED = factored(
    r"(?:(?<![\w'])(?:his|her|their|son|sa|leur)\s+(?:new\s+|nouvelle?\s+)?|(?<=\w)(?:'s|s')\s+|(?<=(?<!\w)[ld]'))"
    r"(?:teacher|ece|educatrice|educateur|enseignante?|prof|professeure?|maitresse|titulaire)"
    r"(?:\s+(?:de|d')\s*(?:mon|ma|mes|notre|nos)\s+[\w'-]+)?(?:\s*,|\s*:|\s+s'appelle|\s+is\s+called|\s+named|\s+called)?\s+(?=[a-z])"
)
_FIRST_NAME = factored(rf"{_FIRST}(?![\w'’-])")
_CHEERED = factored(
    r"(?<![\w'])(?:bravo|merci|felicitations|bisous|bonne\s+chance|chapeau|go|congrats|congratulations|kudos|shout\s*out|props|hats\s+off|thanks)\s+$"
)
# Where a child goes, by the school's short name: "our daughter goes to Rockcliffe Park", « notre
# fille va à De La Salle », "her school, Elmdale", « l'école de mon fils, Sainte-Anne ».
_GOES_TO = factored(
    r"(?<![\w'])(?:(?:goes|go|went|will\s+go|attends?|attended|started|starts|is\s+starting)\s+(?:to|at)|va|vont|allait|frequente(?:nt)?"
    r"|commence(?:nt)?|retourne(?:nt)?|rentre(?:nt)?|a\s+commence|ont\s+commence)\s+(?:a|au)?\s*(?=[a-z])"
    r"|(?:(?:his|her|their|my|our|son|sa|leur|mon|ma|notre)\s+|(?<=\w)(?:'s|s')\s+|l')"
    r"(?:school|daycare|ecole|garderie)(?:\s+(?:de|d')\s*(?:mon|ma|mes|notre|nos)\s+[\w'-]+)?\s*,\s*(?=[a-z])"
)
_SCHOOL_DAY_WORD = factored(
    rf"(?:(?<![\w'])|(?<=(?<!\w)[ld]'))(?:{_SCHOOL_THING}|first\s+day|starts?|started|starting|back\s+to\s+school|grade"
    r"|immersion|parent-teacher|school|daycare|preschool|commence(?:nt)?|a\s+commence|rentree|premier\s+jour|ecole|garderie|annee"
    r"|retourne(?:nt)?|rentre(?:nt)?\s+en|en\s+\d{1,2}(?:e|re)|rencontre\s+de\s+parents|dictee|spelling\s+bee)(?![\w'])"
)
# French particles a school's name may open on: « De La Salle », « Des Pionniers », « Du Boisé ».
_PARTICLES = frozenset("de des du la le les l' d'".split())
_SAINTS = frozenset("st ste saint sainte".split())


def _place_name(original: str, start: int, prep: str) -> re.Match[str] | None:
    """The capitalised name at `start` when it can be a school's; after « de » only a compound or
    a saint's name (« la classe de Saint-Jean »), since « le bulletin de Maya » is Maya's."""
    name = _CAPITALISED_RUN.match(original, start)
    if name is None:
        return None
    words = [fold(w).strip(".'’") for w in name.group(0).split()]
    first = next((w for w in words if w not in _PARTICLES and w not in _SAINTS), "")
    if not first or first in _NOT_NAMES or first in _LEADING_NOT_NAMES:
        return None
    if prep in ("de", "d'") and "-" not in first and words[0] not in _PARTICLES and words[0] not in _SAINTS:
        return None
    return name


def _goes_to(original: str, folded: str) -> Iterator[tuple[int, int]]:
    for m in _GOES_TO.finditer(folded):
        name = _place_name(original, m.end(), "")
        if name:
            yield m.start(), name.end()
    # a teacher called by a first name: « son éducatrice s'appelle Nadia », "her teacher, Sarah"
    for m in _TEACHER_NAMED.finditer(folded):
        name = _FIRST_NAME.match(original, m.end())
        if name and fold(name.group(0)) not in _NOT_NAMES:
            yield m.start(), name.end()


def _things_at(original: str, folded: str) -> Iterator[tuple[int, int]]:
    for m in _THING_AT.finditer(folded):
        name = _place_name(original, m.end(), m.group("prep"))
        if name and not _TIME.match(folded, m.end()):
            yield m.start(), name.end()
    for m in _AT_NAME.finditer(folded):
        if not original[m.end()].isupper() or _CHEERED.search(folded, max(0, m.start() - 16), m.start()):
            continue  # « Bravo à Zachary »: a child cheered, not a school
        name = _place_name(original, m.end(), m.group("prep"))
        if name is None:
            continue
        if _THING_AFTER.match(folded, name.end()):
            yield m.start(), name.end()
            continue
        # "Emma started at Elmdale today", "parent-teacher interviews at Elmdale tonight": the
        # school-day word anywhere in the sentence
        start, end = _sentence_of(folded, m.start())
        if _SCHOOL_DAY_WORD.search(folded, start, end) is not None:
            yield m.start(), name.end()
    if not any(c.isupper() for c in original):
        for m in _THING_AT.finditer(folded):
            name = _LOWER_NAME.match(folded, m.end())
            if name and _NOT_NAMES.isdisjoint(name.group(0).split()) and not _TIME.match(folded, m.end()):
                yield m.start(), name.end()


# In a post typed all in lower case: "first day at elmdale ps", "pickup at st. anthony's school"
_LOWER_SCHOOL = factored(
    r"(?<![\w'])(?:at|to|from|a|au)\s+(?P<name>(?:st\.?\s+|ste\.?\s+)?[a-z][\w'.-]+(?:\s+[a-z][\w'.-]+){0,2}?)\s+"
    r"(?:ps|p\.s\.|public\s+school|elementary(?:\s+school)?|catholic\s+school|high\s+school|ss|ci|academy|montessori|daycare"
    r"|middle\s+school|school)(?![\w])"
)


# « mon gars commence a l'ecole des pionniers », typed all in lower case
_LOWER_ECOLE = factored(
    r"(?<!\w)(?:ecole|garderie|cpe|poly|polyvalente)\s+(?:(?:des|du|de\s+la|de\s+l'|la|le|les|l')\s*)?(?P<name>[a-z][\w'-]{3,})"
)
_NOT_SCHOOL_NAMES = frozenset(
    "demain lundi mardi mercredi jeudi vendredi samedi dimanche aujourd matin soir apres-midi cette semaine annee "
    "primaire secondaire publique privee quartier village ville coin rue enfants parents est etait sera".split()
)


def _lower_case_schools(original: str, folded: str) -> Iterator[tuple[int, int]]:
    if any(c.isupper() for c in original):
        return
    for m in _LOWER_ECOLE.finditer(folded):
        name = m.group("name")
        if name not in _NOT_SCHOOL_NAMES and name not in _NOT_NAMES and not folded.startswith(("de ", "d'"), m.start("name") - 3):
            yield m.start(), m.end()
    for m in _LOWER_SCHOOL.finditer(folded):
        if _NOT_NAMES.isdisjoint(m.group("name").split()) and _LEADING_NOT_NAMES.isdisjoint(m.group("name").split()):
            yield m.start("name"), m.end()


_LOWER_NAME = factored(r"(?:st\.?\s+|ste\.?\s+)?[a-z][\w'.-]{2,}(?:\s+[a-z][\w'.-]{2,})?")
_TIME = factored(r"(?:\d|noon|midi|night|home|work|the\s+end)")


def _teachers(original: str, folded: str) -> Iterator[tuple[int, int]]:
    p = patterns()
    for m in p.teacher.finditer(original):
        # A titled name counts as a teacher only beside a class or school word.
        window = folded[max(0, m.start() - 40):m.end() + 40]
        if re.search(r"class|teacher|grade|kindergarten|\bjk\b|\bsk\b|homeroom|school|daycare|classe|enseignant|prof|educat|maternelle|annee|garderie|\bcpe\b|ecole", window):
            yield m.span()
    for m in p.teacher_fr.finditer(folded):
        name = _NAME_FR.match(original, m.end())
        if name and name.group(0)[0].isupper():
            yield m.start(), name.end()


@dataclass(frozen=True)
class _Span:
    """A span found outside a regex match (a subject's name), read like one."""

    where: tuple[int, int]

    def span(self) -> tuple[int, int]:
        return self.where

    def start(self) -> int:
        return self.where[0]


@dataclass(frozen=True)
class _Finding:
    child: tuple[int, int]
    place: tuple[int, int]


_TITLE_BEFORE = factored(
    r"(?<!\w)(?:ms|mrs|mr|miss|mx|mme|mlle|madame|monsieur|mademoiselle|m|dr|prof|coach|teacher|st|ste|saint|sainte)\.?\s+$"
)


def _named(
    pattern: re.Pattern[str], original: str, folded: str, places: list[tuple[int, int]] | None = None
) -> re.Match[str] | None:
    """The first match whose name is written with a capital, is not a common word, is not a
    teacher's ("Ms. Patel's class" names the teacher, not the child), and is not a word of a
    school's own name ("Rockcliffe Park PS won", « l'école Sainte-Marie a gagné »)."""
    for m in pattern.finditer(folded):
        start = m.start("name")
        if places and any(s <= start < e for s, e in places):
            continue
        if not original[start].isupper() or m.group("name") in _NOT_NAMES or folded[start - 1:start] in ("#", "@"):
            continue
        if _TITLE_BEFORE.search(folded, max(0, start - 14), start):
            continue
        return m
    return None


# (text, its sentence boundaries) in one slot, replaced whole, so a reader never pairs a text
# with another's boundaries. A slot rather than the view's derived(): asked per cue, where an
# identity test costs 0.17 us a call and derived() 0.73.
_BOUNDS: list[tuple[str | None, tuple[tuple[int, int], ...]]] = [(None, ())]


def _sentence_of(folded: str, position: int) -> tuple[int, int]:
    """The sentence holding `position`; boundaries are found once per text and kept."""
    text, bounds = _BOUNDS[0]
    if text is not folded:
        bounds = tuple(m.span() for m in _SENTENCE.finditer(folded))
        _BOUNDS[0] = (folded, bounds)
    i = bisect.bisect_right(bounds, (position, len(folded) + 1))
    start = min(bounds[i - 1][1], position) if i else 0
    end = bounds[i][0] if i < len(bounds) else len(folded)
    return start, end


def find(original: str, folded: str) -> _Finding | None:
    """The child and the place, when the text ties a child of the poster's to where that child
    can be found."""
    if not _gate(folded):
        return None
    p = patterns()
    places = [
        *_english_schools(original),
        *_french_schools(original, folded),
        *_named_after(original, folded),
        *_teachers(original, folded),
        *_lower_case_schools(original, folded),
    ]
    # "grade 4 teacher at Hilson Ave" names a school only for a child the post has named
    things = list(_things_at(original, folded))
    goes = list(_goes_to(original, folded))
    places += [m.span() for m in p.room.finditer(folded)]
    routine = p.routine.search(folded)
    if routine:
        places.append(routine.span())
    if not places and not things and not goes and next(_ends_at(original, folded), None) is None:
        # "First day at daycare for Leo", « Je vais chercher Léa à la garderie à 16 h 30 »: an
        # unnamed daycare counts with the day it starts or the hour of pickup
        care = _GENERIC_CARE.search(folded)
        if care is None or not (_first_day(folded) or _CARE_TIME.search(folded)):
            return None  # (most posts that hold a school-day word end here, before the link's long scan)
        places.append(care.span())
    link = p.link.search(folded)
    family = _outside(p.family, folded, places)
    # "parents, please dress the kids ...": every family's kids, in a school's notice
    to_parents = link is None and _TO_PARENTS.search(folded) is not None
    if to_parents:
        family = None
    strong = (
        link
        or family
        or p.aged.search(folded)
        or _named(p.name_possessive_en, original, folded)
        or _named(p.name_possessive_fr, original, folded)
    )
    strong = strong or _PET_NAMES.search(folded)
    alone = None if to_parents else (_outside(p.alone, folded, places) or _BARE_KID.search(folded))
    # a first name as the subject of a school verb ("Lucas adore", « Léa a commencé ») or with
    # her/his teacher or report card: a weak child, like "the kids"
    subject = None
    if not (strong or alone or to_parents):
        spans = places + things
        named = (
            _named(p.name_verb, original, folded, spans) or _named(p.names_verb, original, folded, spans)
            or _named(p.name_framed, original, folded, spans)
        )
        subject = named.span("name") if named else _subject(original, folded, places)
    if strong:
        places += goes
    if strong or alone or subject:
        places += things
        places += [m.span() for m in _ends_at(original, folded)]
    if not places:
        return None
    child: re.Match[str] | _Span | None = strong
    if child is None:
        # a school-day word beside the school's short name, or a parent's drop-off said with a pronoun
        event = p.events.search(folded) or routine or (_Span(things[0]) if things and (alone or subject) else None)
        # two children said to go there together: the going is the school day ("Olivier et Charlotte sont à l'école des
        # Pionniers"), the school right after the verb (not « sont à la retraite après 30 ans à l'école Massey »)
        if event is None and subject:
            pair = _named(p.names_verb, original, folded, places)
            if pair is not None and any(pair.end() - 4 <= a <= pair.end() + 6 for a, _ in places):
                event = pair
        if event is None and (alone or subject):
            # the hour a child is there: "Walking Leo to Elgin Street PS every day at 8:20"
            event = next(_ends_at(original, folded), None) or _CARE_TIME.search(folded)
        if event is None and alone is not None and _HANDED_OVER.match(alone.group(0)):
            event = alone
        if event is None:
            return None
        child = (
            _named(p.name_verb, original, folded, places)
            or _named(p.names_verb, original, folded, places)
            or _named(p.name_framed, original, folded, places)
            or alone
            or (_Span(subject) if subject else None)
        )
        if child is None and (
            _first_day(folded)
            or (routine and not _grown_ups_trip(folded, routine) and not _notice(folded, routine) and not _errand(folded, routine, places))
        ):
            child = event
        if child is None:
            return None
    if link is None:
        if _STAFF.search(folded):
            return None
        news = p.news.search(folded)
        if news is not None and (strong is None or not _same_sentence(folded, child.start(), news.start())):
            return None  # a school in the news, a strike, a tragedy: not where the child is
        places = [s for s in places if not _remembered(folded, s)]
        if not places:
            return None
    place = min(places, key=lambda s: abs(s[0] - child.start()))
    return _Finding(child.span(), place)


# A bus and its hour with nothing of a school day: a team's, a tour's or a hotel's bus ("the
# team bus leaves the hotel at 5:15", « l'autobus de l'équipe quitte l'hôtel à 17 h »); these
# words are found after French elision too (« l'hôtel », « l'école »)
_TRIP = factored(
    r"(?:(?<![\w'])|(?<=(?<!\w)[ld]'))(?:hotel|motel|airport|terminal|shuttle|team|teams|tour|greyhound|megabus|coach\s+bus|party\s+bus|cruise|casino"
    r"|conference|band|fans|roster|players|game|games|match|matches|tournament|tourney|concert|aeroport|navette|equipe|joueurs|matchs"
    r"|tournee|croisiere|congres|partisans|tournoi|partie|parties|spectacle|gare|train|flight|vol|ferry|traversier"
    # a city bus: a route's number, a transit system ("the 95 bus", « l'autobus 95 », "OC Transpo")
    r"|(?:bus|autobus|route|ligne|circuit)\s+#?\d{1,3}|the\s+#?\d{1,3}\s+bus|transit|transpo|stm|rtc|sto|ttc|metro|o-train|express"
    # a timetable's frequency, which no child's bus has: "the bus comes every 20 minutes", « l'autobus passe aux 20 minutes »
    r"|every\s+\d{1,2}\s+min(?:ute)?s|every\s+(?:half\s+)?hour|aux\s+\d{1,2}\s+minutes|toutes\s+les\s+\d{1,2}\s+minutes|toutes\s+les\s+heures)(?![\w'])"
)
_SCHOOL_DAY = factored(
    r"(?:(?<![\w'])|(?<=(?<!\w)[ld]'))(?:school|schools|daycare|day\s+care|preschool|kindergarten|jk|sk|recess|class|kids?|son|daughter|ecole|garderie"
    r"|cpe|maternelle|classe|recre|enfants?|fils|fille|petits?|petite|scolaire)(?![\w'])"
)


def _errand(folded: str, routine: re.Match[str], places: list[tuple[int, int]]) -> bool:
    """A pickup or drop-off of a thing, or a closing hour, with, in its sentence, no school or
    daycare named and no word of a school day or of a child: the dry cleaning, a cake, a grocery
    order, a parcel ("pick up the cake at 3:30"), « la pharmacie ferme à 19 h », not a child."""
    closing = routine.group(0).startswith(("closes", "ferme"))
    if not closing and not routine.group(0).startswith(("pick", "drop")):
        return False
    start, end = _sentence_of(folded, routine.start())
    if any(start <= a < end for a, _ in places if (a, _) != routine.span()):
        return False
    if _SCHOOL_DAY.search(folded, start, end) is not None or _KIN.search(folded, start, end) is not None:
        return False
    # a thing after the verb ("pick up the cake"), or a thing the sentence names ("pickup at 5:15
    # for the grocery order"); "drop-off at Elmdale is a zoo" stays a parent's school run
    if closing:
        return True  # a closing hour with no school or daycare in its sentence: a shop's
    thing = _PICKED_THING.match(folded, routine.start())
    return thing is not None or _ERRAND_THING.search(folded, start, end) is not None


_PICKED_THING = factored(r"(?:pick|drop)(?:s|ed|ing)?[\s-]?(?:up|off)?\s+(?:the|my|our|a|an|your|some|his|her|their)\s+\w")
_ERRAND_THING = factored(
    r"(?<![\w'])(?:order|parcel|package|delivery|dry\s+cleaning|prescription|groceries|grocery|cake|takeout|pizza|rental|car|truck|keys|furniture|couch|mail"
    # the city's collection: "garbage pickup is every Tuesday at 7", « la collecte des ordures »
    r"|garbage|recycling|green\s+bin|compost|trash|ordures|recyclage|bac\s+brun|vidanges|collecte)(?![\w'])"
)


# Children and grandchildren said without "my" ("the grandkids", "the twins"): a pickup with them is theirs.
_KIN = factored(r"(?<![\w'])(?:grandkids?|grandchildren|grandson|granddaughter|twins|toddler|baby|babies|little\s+ones?|boys|girls|niece|nephew|stepkids?)(?![\w'])")


def _grown_ups_trip(folded: str, routine: re.Match[str]) -> bool:
    """The bus and its hour belong to a trip of grown-ups (a team, a tour, a hotel), with no
    word of a school day in the sentence."""
    start, end = _sentence_of(folded, routine.start())
    return _TRIP.search(folded, start, end) is not None and _SCHOOL_DAY.search(folded, start, end) is None


# A school's or a daycare's notice to every family ("late parents will be charged a fee", « les
# parents en retard paieront des frais »): its hours are not one child's pickup.
_ALL_FAMILIES = factored(
    r"(?:(?<![\w'])|(?<=(?<!\w)[ld]'))(?:parents|families|students|pupils|all\s+(?:kids|children)|every\s+(?:child|student)|les\s+parents|des\s+parents"
    r"|familles|eleves|tous\s+les\s+enfants|chaque\s+enfant"
    # a service's cancellation for everyone: a snow day, « le transport scolaire est suspendu »
    r"|cancell?ed|suspended|no\s+buses|snow\s+day|transport\s+scolaire|suspendue?s?|annulee?s?|pas\s+d'autobus|tempete"
    # a school used as a polling station: its closing hour is the vote's
    r"|polls|voters|voting|vote|electeurs|electrices|scrutin|bureaux(?:\s+de\s+vote)?|election|elections)(?![\w'])"
)


# A notice addressed to every parent: "parents, please ...", « les parents sont priés de »
_TO_PARENTS = factored(
    r"(?<![\w'])(?:parents,?\s+(?:please|pls|are\s+(?:asked|reminded|invited|encouraged)|must|should|remember)|dear\s+parents"
    r"|attention\s+parents|reminder\s+(?:to|for)\s+(?:all\s+)?parents|all\s+parents|(?:les|aux|chers)\s+parents\s*,?\s*(?:sont\s+"
    r"(?:pries|invites|avises|pri[eé]s)|veuillez|svp|n'oubliez)|avis\s+aux\s+parents|rappel\s+aux\s+parents|chers\s+parents|tous\s+les\s+parents)(?![\w'])"
)


def _notice(folded: str, routine: re.Match[str]) -> bool:
    start, end = _sentence_of(folded, routine.start())
    return _ALL_FAMILIES.search(folded, start, end) is not None


_GENERIC_CARE = factored(
    r"(?<![\w'])(?:at|to|from|a|au|du|de|his|her|their|sa|son|leur)\s+(?:the\s+|la\s+|le\s+|l')?(?:new\s+|nouvelle\s+|nouveau\s+)?"
    r"(?:daycare|day\s+care|garderie|cpe|preschool|pre-k|kindergarten|maternelle|prematernelle|service\s+de\s+garde|day\s+camp|camp\s+de\s+jour"
    r"|after[\s-]school\s+(?:program|programme|care|club)|extended\s+day(?:\s+program)?)(?!\w)"
)
# (a bare hour said as one: "drop off at 8 sharp", « à 8 h pile »)
_CARE_TIME = factored(rf"(?<![\w:])(?:{CLOCK})|(?<![\w'])(?:at|by|vers)\s+\d{{1,2}}(?=\s*(?:sharp|o'clock|pile|[,.!?]|$))")
# The hour a child's day ends, said of the child ("the twins finish at 2:50", "school lets out at
# 3:05", « ma fille finit à 15 h 15 », « la cloche sonne à 8 h 05 »): a place only when the post
# names a child, since grown-ups finish at an hour too
_OUT_AT = factored(
    r"(?<![\w'])(?:lets?\s+out|finish(?:es)?|gets?\s+out|get\s+off\s+the\s+bus|bell\s+rings?|(?:early\s+)?dismissal|finit|finissent"
    r"|sort(?:ent)?|la\s+cloche\s+sonne|termine(?:nt)?)(?![\w'])"
    rf"[^.!?\n]{{0,40}}?(?<![\w:])(?:{CLOCK})"
)


_SCHOOL_HOUR = factored(r"lets?\s+out|get\s+off\s+the\s+bus|bell\s+rings?|(?:early\s+)?dismissal|la\s+cloche\s+sonne")
# "Emma finishes", « Noah finit »: a first name right before the verb, as typed
_NAME_BEFORE = factored(rf"(?<![\w'’])(?P<name>{_FIRST})\s+$")
_WHO_ENDS = factored(
    r"(?:(?<![\w'])|(?<=(?<!\w)[ld]'))(?:twins|boys|girls|he|she|jumeaux|jumelles|gars|cocos|il|elle|grande?|petite?|puce|ecole|class|classes)(?![\w'])"
)


def _ends_at(original: str, folded: str) -> Iterator[re.Match[str]]:
    """The hour said of a child or a school day: its subject, just before, is a child's or the
    school's ("the twins finish", « ma fille finit », "school lets out"), not "my shift"."""
    p = patterns()
    for m in _OUT_AT.finditer(folded):
        if _SCHOOL_HOUR.match(folded, m.start()):
            yield m  # a school's own hour: dismissal, the bell, the bus
            continue
        start = max(0, m.start() - 30)
        if (
            _WHO_ENDS.search(folded, start, m.start())
            or _SCHOOL_DAY.search(folded, start, m.start())
            or p.family.search(folded, start, m.start())
            or p.alone.search(folded, start, m.start())
            or ((name := _NAME_BEFORE.search(original, start, m.start())) and fold(name.group("name")) not in _NOT_NAMES)
        ):
            yield m


def _outside(pattern: re.Pattern[str], folded: str, places: list[tuple[int, int]]) -> re.Match[str] | None:
    """The first match that is not part of a place's name (« CPE Les Petits Lutins », « garderie
    Mes Petits Trésors » are daycares, not the poster's little ones)."""
    for m in pattern.finditer(folded):
        if not any(start <= m.start() < end for start, end in places):
            return m
    return None


# Words only a parent uses of their own child, with no possessive: « fiston », "my two" (« mes deux »).
_PET_NAMES = factored(
    r"(?<![\w'])(?:fiston|fifille|ti-gars|tit-gars|(?:mes|nos|my|our)\s+(?:deux|trois|quatre|two|three|four)(?=\s*(?:[,.!?;:)]|$|[^\w\s])))"
)


# A parent's children with no possessive, as the subject of a verb: "the oldest has a field
# trip", "the boys insist", « la grande a fait », « le plus vieux a », « les gars veulent ».
_BARE_KID = factored(
    r"(?<![\w'])(?:(?:the|our|my)\s+(?:oldest|eldest|youngest|middle\s+one|boys|girls|little\s+guy|little\s+one|big\s+one|baby)"
    r"(?=\s+(?:is|are|was|were|has|have|had|did|does|got|gets|loves?|loved|starts?|started|goes|go|went|wants?|insists?|can't"
    r"|won't|ran|came|made|takes|took|rides?|catches)(?![\w']))"
    # "dropped her off", "picking them up", "he's in", "she started", « je la dépose », « il commence »
    r"|(?:drop(?:s|ped|ping)?|pick(?:s|ed|ing)?)\s+(?:him|her|them)\s+(?:off|up)"
    r"|(?:^|(?<=[.!?,]\s))(?:he|she)(?:'s|\s+is|\s+was)?\s+(?:in|at|starts|started|starting|loves|goes)(?![\w'])"
    r"|(?:je|on)\s+(?:le|la|les)\s+(?:depose|reconduis|reconduit|amene|ramasse|reprends|reprend|recupere)|(?:je|on)\s+passe\s+(?:le|la|les)\s+(?:prendre|chercher)|(?:je|on)\s+l'a(?:i|vons)?\s+(?:deposee?|reconduite?|amenee?)"
    r"|(?:viens|vient|venons)\s+de\s+(?:le|la|les)\s+(?:deposer|laisser|reconduire)"
    r"|(?:^|(?<=[.!?,]\s))(?:il|elle)\s+(?:est\s+en|est\s+dans|commence|entre|adore|va\s+a)(?![\w'])"
    r"|(?:la\s+grande|le\s+grand|le\s+plus\s+vieux|la\s+plus\s+vieille|le\s+plus\s+jeune|la\s+plus\s+jeune|la\s+petite|le\s+petit"
    r"|les\s+gars|les\s+filles|le\s+bebe|les\s+grands)"
    r"(?=\s+(?:a|ont|est|sont|va|vont|fait|font|commence(?:nt)?|entre(?:nt)?|adore(?:nt)?|aime(?:nt)?|prend|prennent|veut|veulent|rentre(?:nt)?|retourne(?:nt)?"
    r"|part|partent|revient|reviennent)(?![\w'])))"
)
_HANDED_OVER = factored(r"drop|pick|je|on|vien")
# A first name as a sentence's subject, then she/he or « elle »/« il » later in the post:
# "Sofia lost her first tooth at recess", « Maya est revenue ... son enseignante dit qu'elle ».
_SUBJECT = factored(rf"(?:^|(?<=[.!?:]\s)|(?<=\n))\s*(?P<name>{_FIRST})\s+(?P<next>[a-zà-ÿ'’]+)")
_NOT_VERBS = frozenset(
    "at of in on to for from with and or day de du des la le les à au aux et ou pour avec sur dans en scolaire".split()
)
# A child's own trip to school says who without a pronoun: "Theo rides the bus", « Théo prend l'autobus ».
_RIDES = frozenset("rides takes catches walks bikes prend attrape marche".split())
# Only a child has a teacher, a report card or a first lost tooth: a teacher, a principal or a
# visiting politician has "her class" and "his school" too, so those do not count.
_PRONOUN = factored(
    r"(?<![\w'])(?:her|his|son|sa|ses)\s+(?:(?:first|new|very\s+first|premier|premiere|nouvelle?|\w+\s+grade)\s+)?"
    r"(?:tooth|report\s+card|teacher|teachers|classmates|backpack|lunchbox|dent|bulletin|enseignante?|prof|camarades|sac\s+a\s+dos"
    r"|boite\s+a\s+lunch|educatrice|maitresse)(?![\w'])"
)


def _subject(original: str, folded: str, places: list[tuple[int, int]]) -> tuple[int, int] | None:
    pronoun = _PRONOUN.search(folded) is not None
    for m in _SUBJECT.finditer(original):
        start = m.start("name")
        word = fold(m.group("name"))
        if word in _NOT_NAMES or word in _LEADING_NOT_NAMES or word.split("-")[0] in _SCHOOL_CAPITALS:
            continue
        if m.group("next") in _NOT_VERBS or any(s <= start < e for s, e in places):
            continue
        if _TITLE_BEFORE.search(folded, max(0, start - 14), start):
            continue  # "Mrs. Roy retires ... she": a teacher
        if m.group("next") in _RIDES or (pronoun and _PRONOUN.search(folded, m.end()) is not None):
            return m.span("name")
    return None


# Capitalised words that open a school-day post without naming anyone ("Photo day at ...").
_SCHOOL_CAPITALS = frozenset(
    "photo picture drop pickup pick recess lunch field report sports big grosse premiere dernier derniere "
    "debarcadere recre diner sortie bulletin rentree meet spirit pyjama pajama hat crazy".split()
)


def _same_sentence(folded: str, a: int, b: int) -> bool:
    return _sentence_of(folded, a) == _sentence_of(folded, b)


def _remembered(folded: str, span: tuple[int, int]) -> bool:
    """The place sits in a sentence about the poster's own schooling."""
    start, end = _sentence_of(folded, span[0])
    return patterns().memories.search(folded, start, end) is not None


_FIRST_DAY = factored(r"(?:first\s+day|premier\s+jour|premiere\s+journee|rentree)")


def _first_day(folded: str) -> bool:
    """A first day named without a child ("First day of JK at Elmdale PS 🎒") is a parent's post."""
    return _FIRST_DAY.search(folded) is not None and _THIRD_PERSON.search(folded) is None


_THIRD_PERSON = factored(
    r"(?<![\w'])(?:students|pupils|families|they|their|them|kids\s+at|children\s+at|eleves|familles|leur|leurs|ils|elles|jeunes)(?![\w'])"
)


class ChildSchool(SafetyRule):
    """A child's school, daycare, class, teacher, bus stop or pickup time.

    Naming where your children spend the day ("so proud of Emma, first day of grade 2 at Elmdale
    Public School", "Ms. Patel's class", « la classe de Léa à l'école du Boisé », « l'autobus de
    ma puce passe à 7 h 40 ») tells strangers where to find them, and when.
    """

    code = "SAF006"
    name = "child-school"
    severity = Severity.HIGH
    confidence = Confidence.MEDIUM
    action = "Remove the school's, daycare's or teacher's name and the times, and avoid photos showing a school sign or uniform."
    examples_flagged = (
        "So proud of my daughter at the Hopewell Avenue Public School concert!",
        "Premier jour à l'école Saint-Jean-de-Brébeuf pour ma fille!",
        "Aarav loves Ms. Patel's class, best JK teacher ever",
        "La classe de Léa à l'école du Boisé fait une vente de biscuits",
    )
    examples_not_flagged = (
        "My son's school called, he has a fever.",
        "Bonne rentrée à tous les profs!",
        "Teachers at Elmdale Public School are on strike Monday",
        "Back when I was in grade 2 at St. Mary's School we had a real slide",
    )

    def check(self, subject: Subject, folded: Mapping[str, str]) -> tuple[RuleHit, ...]:
        for field, original, value in fields(subject, folded):
            words = text_words(value)
            found = None
            if not words.isdisjoint(_school_words()):  # most posts: no word of a school day, no need to read on
                found = find(original, value)
                if found is None and original.isupper():
                    found = find(unshouted(original), value)  # typed in capitals: the lower-case readings too (its capitals still name schools)
                elif found is None and original.islower() and not words.isdisjoint(_SCHOOL_NOUNS):
                    # typed in lower case: names have no capital, so any word may be one; read so
                    # only where a school, a class or a daycare is named ("her memory started at
                    # 10 months old" is no child starting school)
                    found = find(named_words(original), value)
            if found is not None:
                spans: tuple[tuple[int, int], tuple[int, int]] | None = (found.child, found.place)
            elif words.isdisjoint(ACTIVITY_WORDS):
                continue  # most posts: no practice, game or lesson
            else:
                spans = activity(original, value)
                if spans is None and original.islower():
                    spans = activity(named_words(original), value)
            if spans is None:
                continue
            return (RuleHit(
                evidence=tuple(evidence(subject, field, s, e) for s, e in sorted(set(spans))),
                message=(
                    "Names the school, daycare, class or pickup time of your child." if found is not None
                    else "Names where or when your child has an activity."
                ),
            ),)
        return ()


# (a name elided after « d' » too: « le match d'olivia »; not after « l' », an article before a noun)
_WORD_START = factored(r"(?:(?<![\w'’])|(?<=(?<!\w)d['’]))[a-zà-ÿ]")
_FUNCTION_WORDS = frozenset("""
a an the my our his her their your its this that these those of at in on to from for with and or but so is are was were be been
has have had will would can could just very so too not no me us him them it he she we they i you le la les un une des du de d
l au aux a et ou mais pour avec sur dans chez en est sont a ont mon ma mes notre nos son sa ses leur leurs ce cette ces je tu il
elle on nous vous ils elles qui que
""".split())


def named_words(original: str) -> str:
    """A post typed all in lower case ("maya's dance recital at glebe collegiate tonight at 7"), its
    words other than function words capitalised, so the readings that look for a child's or a
    school's name by its capital can see one (same length, so the offsets hold)."""
    def up(m: re.Match[str]) -> str:
        end = m.end()
        while end < len(original) and (original[end].isalnum() or original[end] == "-"):
            end += 1
        word = original[m.start():end]
        if fold(word) in _FUNCTION_WORDS or _ARTICLE_BEFORE.search(original, max(0, m.start() - 4), m.start()):
            return m.group(0)  # (not after English "a"/"an": "he has a fever" names nothing)
        return m.group(0).upper()
    return _WORD_START.sub(up, original)


_ARTICLE_BEFORE = factored(r"(?<![\w'’])an?\s+$")


def staff(folded: str) -> bool:
    """The poster works or volunteers at a school ("I teach at", "bus duty", « mes élèves »),
    so its pupils are not the poster's children (SAF007 asks too)."""
    return _STAFF.search(folded) is not None
