"""How party leaders and their campaigns argue, in English and French (POL002's campaign readings).

Leaders seldom write "vote for us". They name their party as a team that acts for people
("Conservatives have stayed focused on you", « les libéraux seront toujours là pour vous »), claim
to be the only ones with a plan ("only a New Democrat government will", « nous sommes les seuls à
avoir un plan »), frame the election as a choice ("this election comes down to...", « cette
élection, c'est un choix entre... », "who do you trust to..."), and attack a rival's record
("the divisions X sowed", « le bilan de X », "X needs to stop..."). Each reading below is one of
those shapes, in both languages; political.py reports what they find and keeps out news relays,
quotations and reported speech. Every reading needs a party, a politician, an election or a
public matter: "the choice is clear: pizza or poutine" and "who do you trust to babysit" stay clean.

Speed: each reading first looks for its anchor words in the post's word set (`text_words`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from footprint.rules import political_voice as voice
from footprint.rules.base import negated, sentences, text_words

Span = tuple[int, int]

# -------- Election framing: the vote as a choice between sides

_FRAMING = re.compile(
    r"(?<!\w)(?:this\s+(?:election|campaign)\s+(?:is\s+(?:about|a\s+choice|a\s+referendum|between)"
    r"|comes\s+down\s+to|will\s+decide|boils\s+down\s+to|is\s+really\s+about)"
    r"|(?:canadians|you|voters|quebecers|albertans|ontarians|british\s+columbians|manitobans|people)\s+(?:have|face)"
    r"\s+a\s+(?:clear\s+|real\s+|big\s+|stark\s+|simple\s+)?choice"
    r"|(?:go(?:ing)?|take\s+us|turn(?:ing)?)\s+back(?:wards)?\s+to\s+the\s+\w+\s+(?:years|era|days)"
    r"|cette\s+(?:election|campagne)\s*,?\s*(?:c'est|se\s+resume|porte\s+sur|est\s+un|sera\s+un|decidera|va\s+decider"
    r"|se\s+jouera)"
    r"|(?:les\s+canadiens|les\s+canadiennes|les\s+quebecois|les\s+electeurs|vous)\s+(?:avez|ont|aurez|auront)"
    r"\s+(?:un|le)\s+(?:vrai\s+|grand\s+|simple\s+)?choix"
    r"|(?:retourner|revenir|reculer|retour)\s+(?:aux|a\s+l'epoque\s+des)\s+annees\s+\w+"
    r"|forwards?\s+or\s+backwards?|backwards?\s+or\s+forwards?|can't\s+afford\s+to\s+go\s+back(?:wards)?"
    r"|choice\s+(?:canadians|voters|you|we)\s+(?:have|need|get)\s+to\s+make"
    r"|(?:avancer|aller\s+de\s+l'avant)\s+ou\s+reculer|reculer\s+ou\s+(?:avancer|aller\s+de\s+l'avant)"
    r"|(?:ne\s+peut|ne\s+peuvent|n'a|n'ont)\s+pas\s+les\s+moyens\s+de\s+reculer"
    r"|le\s+choix\s+que\s+(?:les\s+\w+|vous|nous)\s+(?:devons|devez|doivent|aurons|aurez|auront)\s+faire)(?!\w)"
)
_FRAMING_WORDS = frozenset({
    "election", "campaign", "choice", "back", "backwards", "backward", "campagne", "choix", "annees",
    "reculer", "avancer",
})
# Framings that need a public matter in the post: "the choice is clear" (pizza or poutine?),
# "who do you trust to" (babysit?), "ready to lead" (the team?).
_SOFT_FRAMING = re.compile(
    r"(?<!\w)(?:the\s+choice\s+(?:is\s+(?:clear|simple)|could\s+not\s+be\s+clearer|couldn't\s+be\s+clearer)"
    r"|who\s+(?:do|can|will|would)\s+you\s+trust\s+to\s+(?:lead|stand|protect|defend|fight|fix|build|deliver|keep"
    r"|bring|lower|cut|get|make|manage|govern|negotiate|take\s+on)"
    r"|who\s+is\s+(?:ready|fit)\s+to\s+(?:lead|govern)"
    r"|le\s+choix\s+est\s+(?:clair|simple)"
    r"|(?:a|en)\s+qui\s+(?:faites-vous|avez-vous|pouvez-vous\s+faire)\s+confiance\s+pour\s+(?:diriger|tenir|proteger"
    r"|defendre|vous\s+defendre|se\s+battre|reparer|batir|construire|livrer|garder|baisser|gerer|gouverner"
    r"|negocier|rendre|faire\s+face)"
    r"|qui\s+est\s+pret(?:e)?\s+a\s+(?:diriger|gouverner)"
    r"|(?:an?\s+)?(?:important|clear|real|big|stark)\s+choice\s+to\s+make|(?:un|le)\s+choix\s+(?:important|clair)\s+a\s+faire)(?!\w)"
)
_SOFT_FRAMING_WORDS = frozenset({"choice", "trust", "ready", "fit", "choix", "confiance", "pret", "prete"})
# "who do you trust to stand up to Washington", « tenir tête à »: a contest between leaders.
_STANDS_UP = re.compile(r"(?<!\w)(?:stand\s+up\s+to|take\s+on|tenir\s+tete\s+a|faire\s+face\s+a)(?!\w)")


def _public_matter(folded: str, names: Sequence[Span]) -> bool:
    """A party, politician, election, government or policy subject in the post."""
    if names or voice.electoral(folded) or voice.party_words(folded):
        return True
    found = voice.terms_in(folded)
    if found.get("policy_objects_en") or found.get("policy_objects_fr"):
        return True
    return not text_words(folded).isdisjoint({"government", "gouvernement", "govt", "debate", "debat"})


def framing(folded: str, names: Sequence[Span]) -> list[Span] | None:
    """The election framed as a choice between sides, or a question of whom to trust."""
    words = text_words(folded)
    if not words.isdisjoint(_FRAMING_WORDS):
        match = _FRAMING.search(folded)
        if match is not None and not negated(folded, match.start(), window=10):
            return [(match.start(), match.end())]
    if not words.isdisjoint(_SOFT_FRAMING_WORDS):
        match = _SOFT_FRAMING.search(folded)
        if match is not None and (_STANDS_UP.search(folded, match.start()) or _public_matter(folded, names)):
            return [(match.start(), match.end())]
    return None


# -------- "We are the only ones with a plan", « seul un gouvernement X »

_ONLY_ONES = re.compile(
    r"(?<!\w)(?:we(?:'re|\s+are)\s+the\s+only\s+(?:ones?|party|leader|team|choice|option)"
    r"|(?:only|just)\s+(?:a|an|one)\s+(?:\w+\s+){0,2}(?:government|govt|gov't|party|leader)\s+(?:that\s+|who\s+)?(?:will|can|would)"
    r"|(?:is|are)\s+the\s+only\s+(?:party|leader|ones?)\s+(?:that|who|with|standing|fighting|ready|willing)"
    r"|nous\s+sommes\s+(?:les\s+seuls|le\s+seul\s+parti|la\s+seule\s+equipe|la\s+seule\s+option)"
    r"|(?:seul|seule)\s+(?:un|une)\s+(?:\w+\s+)?(?:gouvernement|parti|chef|cheffe|equipe)(?:\s+[\w-]+){0,2}?\s+(?:qui\s+)?"
    r"(?:se\s+|vous\s+)?(?:\w+ra|va|peut|pourra)"
    r"|(?:est|sont)\s+(?:le\s+seul\s+parti|la\s+seule\s+equipe|les\s+seuls|le\s+seul\s+chef)\s+(?:qui|a|pret|capable)"
    r"|only\s+(?:the\s+)?(?:ndp|bloc|liberals|conservatives|greens|new\s+democrats|tories)\s+(?:will|can|would|is|are|has|have)"
    r"|(?:seul|seuls)\s+(?:le|les)\s+(?:bloc|npd|liberaux|conservateurs|neo-?democrates|verts)\s+(?:\w+ra|\w+ront|va|vont|peut"
    r"|peuvent|est|sont|a|ont|defend\w*))(?!\w)"
)
_ONLY_WORDS = frozenset({"only", "seul", "seule", "seuls"})
_ONLY_PARTY = ("ndp", "bloc", "liberals", "conservatives", "greens", "democrats", "tories", "npd", "liberaux",
               "conservateurs", "verts")


# "We have the best plan to fight climate change", « nous avons le meilleur plan pour... ».
_BEST_PLAN = re.compile(
    r"(?<!\w)(?:we(?:'ve\s+got|\s+have)\s+the\s+(?:best|only|strongest|most\s+\w+|real)\s+(?:\w+\s+)?plan"
    r"|nous\s+avons\s+(?:le\s+(?:meilleur|seul|vrai|plus\s+\w+)\s+plan|la\s+meilleure\s+plateforme))(?!\w)"
)
_BEST_WORDS = frozenset({"best", "only", "strongest", "most", "real", "meilleur", "meilleure", "seul", "vrai", "plus"})


def only_ones(folded: str, names: Sequence[Span]) -> list[Span] | None:
    """A side that claims to be the only one able to deliver: a campaign's voice. Needs a public
    matter ("the only ones with a plan for the cottage weekend" is not one)."""
    words = text_words(folded)
    if not words.isdisjoint(_PLAN_WORDS) and not words.isdisjoint(_BEST_WORDS):
        best = _BEST_PLAN.search(folded)
        if best is not None and _public_matter(folded, names) and not _NOT_PUBLIC.search(folded, best.end()):
            return [(best.start(), best.end())]
    if words.isdisjoint(_ONLY_WORDS):
        return None
    match = _ONLY_ONES.search(folded)
    if match is None or negated(folded, match.start(), window=10):
        return None
    said = match.group(0)
    party = any(w in said for w in ("party", "parti", "government", "gouvernement", *_ONLY_PARTY))
    if not (party or _public_matter(folded, names)):
        return None
    if _NOT_PUBLIC.search(folded, match.end(), match.end() + 60):
        return None
    return [(match.start(), match.end())]


_NOT_PUBLIC = re.compile(
    r"(?<!\w)(?:weekend|cottage|party\s+de\s+bureau|office\s+party|potluck|chalet|vacances|vacation|trip|road\s+trip"
    r"|dinner|souper|barbecue|bbq|fantasy|hockey\s+pool)(?!\w)"
)

# -------- A party as a team that acts: "Conservatives have stayed focused on you"

_WILL_DO_EN = (
    r"cut|lower|reduce|raise|scrap|axe|cancel|end|eliminate|build|create|invest|deliver|fix|protect|expand"
    r"|introduce|ban|cap|freeze|defend|restore|balance|hire|lift|boost|double|triple|repeal|stop|tackle"
    r"|strengthen|tax|fight|abolish|slash|hike|bring\s+(?:down|back)|make\s+(?:the\s+)?[\w-]+\s+pay"
)
_ACT_EN = (
    r"stood|stayed|kept\s+(?:fighting|pushing|working|our|their|your)|fought|been\s+(?:fighting|focused|working"
    r"|standing|there)|focused\s+on|delivered|worked\s+(?:hard|to)|stand(?:s|ing)?\s+(?:up\s+)?(?:for|with)"
    r"|fight(?:s|ing)?\s+(?:for|to)|never\s+stopped|not\s+stop|be\s+there\s+for|ha(?:ve|s)\s+your\s+back|got\s+your\s+back"
    r"|the\s+only|the\s+first|on\s+your\s+side|ready\s+to\s+(?:lead|govern|deliver|fight)"
    r"|continue\s+to\s+(?:fight|stand|push|work|deliver|hold)|keep\s+(?:fighting|pushing|working|delivering)"
    r"|forced|pushed\s+for|secured|got\s+it\s+done|did\s+not\s+allow|didn't\s+allow|won't\s+let|will\s+not\s+let"
    r"|very\s+active\s+on|listen(?:ed)?\s+to\s+you|have\s+a\s+(?:real\s+)?plan|hold\s+\S+\s+(?:to\s+account|accountable)"
    r"|committed\s+to|calling\s+(?:for|on)|called\s+for|don't\s+have\s+a\s+plan|do\s+not\s+have\s+a\s+plan|have\s+no\s+plan"
    r"|(?:support|back)\s+(?:measures|you|workers|families|canadians)|using\s+our|be\s+your\s+voice|your\s+voice"
    r"|can't\s+hide|added\s+(?:yet\s+)?another|racking\s+up|wasting|promised\s+to|broke|work\s+hard\s+(?:for|to)"
    r"|know|knows|believe|believes|understand|understands|demands?|demanded|insists?"
    r"|stand\s+in\s+solidarity"
    # round 8 parity, the English of _ACT_FR's « tenu parole », « déterminés à », « s'engagent à »
    r"|kept\s+(?:their|our|its|his|her)\s+(?:word|promises?)|determined\s+to|pledged?\s+to|wasted"
    r"|(?:cut|lower|raise|scrap|cancel|build|invest|deliver|protect|increase|fight|restore"
    r"|create|make\s+life|bring\s+down|get\s+\w+\s+built)(?!\w)"
    # what the party will do, with the verbs of a promise, as French reads « les néo-démocrates vont
    # faire payer... »: "New Democrats will tax the ultra-rich", "Conservatives are going to end...";
    # only after "will"/"going to", and not the everyday ones ("will take the stage", "will get a chance")
    rf"|(?:(?<=will\s)|(?<='ll\s)|going\s+to\s+)(?:{_WILL_DO_EN})(?!\w)"
)
# "Liberals want to restrict your free speech", « les conservateurs veulent couper vos services »:
# what a party wants, aimed at the reader or the country.
_WANTS = re.compile(
    r"\s+(?:want|wants|plan|would|veulent|veut|voudraient|comptent)\s+(?:to\s+)?[\w\s'-]{0,50}?"
    r"(?<!\w)(?:your|you|vos|votre|vous|canadians|canadiens|canadiennes|families|familles|our\s+country|notre\s+pays"
    r"|quebecers|quebecois|a\s+future|un\s+avenir)(?!\w)"
)
_ACT_FR = (
    r"restes?|concentres?\s+sur|battus?|battent|battront|bat|battra|defend(?:u|ent|ront|ra|re)?"
    r"|(?:jamais\s+)?cesse\s+de|ete\s+(?:les\s+premiers|le\s+premier|la\s+pour)|les\s+seuls|le\s+seul"
    r"|la\s+pour\s+vous|aux\s+cotes|de\s+votre\s+cote|prets?\s+a\s+(?:diriger|gouverner|se\s+battre)"
    r"|continu\w*\s+(?:a|de)\s+(?:se\s+battre|defendre|travailler|demander|livrer)|obtenu|force|livre"
    r"|tenu\s+parole|laisseront\s+pas|laisse\s+pas|ecoute|un\s+plan|tres\s+actifs?\s+sur"
    r"|demand\w*\s+des\s+comptes|travaill\w*\s+(?:fort|pour\s+vous)"
    r"|determines\s+a|engages?\s+a|s'engagent\s+a|reclament|exigent|demandent|n'ont\s+(?:aucun|pas\s+de)\s+plan"
    r"|promis\s+de|gaspill\w+|votre\s+voix|appuieront|appuient|solidaires|utilis\w+\s+notre"
    r"|savent|sait|croient|croit|comprennent|comprend|exige|demande|reclame|insiste"
    # round 8 parity, the French of _ACT_EN's "have your back", "pushed for", "got it done", "did not
    # allow", "can't hide", "racking up", "broke", "stand up for", "hold X to account"
    r"|(?:ont|a)\s+vos\s+arrieres|(?:sont|est)\s+derriere\s+vous|pouss\w*\s+pour|(?:l'ont|l'a)\s+fait"
    r"|(?:n'ont|n'a)\s+pas\s+permis|(?:ne\s+)?(?:peuvent|peut)\s+(?:pas|plus)\s+se\s+cacher|accumul\w+"
    r"|bris\w*\s+(?:leur|sa|leurs|ses)\s+promesses?|(?:se\s+)?tiennent\s+debout\s+pour|tiennent\s+tete"
    r"|tiendr\w+\s+\S+\s+responsables?"
    # what the party will do, with the verbs of a promise (political_voice), as "will restore" is read
    # in English: « les conservateurs vont rétablir », « les libéraux protégeront »
    rf"|(?:vont|va|allons)\s+(?:{voice.PROMISE_VERBS_FR})|(?:{voice.french_future('ont')})"
)
_PARTY_EN = (
    r"(?:(?:trudeau|harper|poilievre|carney|scheer|singh|o'toole)\s+)?(?:conservatives|liberals)|new\s+democrats|ndp|tories"
    r"|grits|greens|bloc(?:\s+quebecois)?|ppc|the\s+bloc|people's\s+party"
    # round 8 parity: the Quebec parties French names as actors (« la CAQ », « le PQ », « QS »)
    r"|the\s+(?:caq|pq|plq)|quebec\s+solidaire"
    r"|(?:conservative|liberal|ndp|green|bloc|new\s+democrat)\s+(?:mps|caucus|team|members|candidates)"
)
_PARTY_FR = (
    r"(?:les|nous,\s+les|nous\s+les)\s+(?:conservateurs|liberaux|neo-?democrates|bloquistes|verts|caquistes|pequistes)"
    r"|le\s+(?:bloc(?:\s+quebecois)?|npd|pcc|plc|ppc|pq|plq|parti\s+(?:conservateur|liberal|vert|quebecois|populaire))"
    r"|la\s+caq|quebec\s+solidaire"
    r"|(?:les\s+)?(?:deputes|candidats|candidates|equipes?|caucus|membres|militants)\s+(?:conservat\w+|liber\w+"
    r"|neo-?democrates|bloquistes|du\s+bloc"
    r"|du\s+npd|verts?)"
)
_PARTY_ACTOR = re.compile(
    rf"(?<![\w'’])(?P<party_en>{_PARTY_EN})\s+(?:(?:have|has|will|would|are|is|were|was|'ll|'ve|'re)\s+)?"
    rf"(?:(?:always|never|still|also|already|consistently|proudly|once\s+again|again|only|continue\s+to|been|keeps?)\s+)*"
    rf"(?:{_ACT_EN})"
    rf"|(?<!\w)(?P<party_fr>{_PARTY_FR})\s+(?:(?:ont|a|sont|est|seront|sera|vont|va|etaient|etait|n'ont|n'a|ne|se|s'est"
    rf"|se\s+sont|n'ont\s+jamais|ont\s+toujours|ont\s+ete|a\s+ete)\s+)?(?:(?:toujours|jamais|encore|deja|aussi|fierement"
    rf"|bien|ete|continue\s+de|continue\s+a)\s+)*(?:{_ACT_FR})(?!\w)"
)
_ACTOR_WORDS = frozenset({
    "conservatives", "liberals", "democrats", "ndp", "tories", "grits", "greens", "bloc", "ppc", "conservateurs",
    "liberaux", "democrates", "neodemocrates", "bloquistes", "verts", "caquistes", "pequistes", "npd", "pcc", "plc",
    "parti", "party", "mps", "deputes", "caq", "pq", "plq", "solidaire", "caucus", "membres", "militants",
})
# Party words that are also ordinary ones ("greens", « les verts »): they need an election or a "we".
_AMBIGUOUS_ACTORS = ("greens", "les verts", "nous les verts", "nous, les verts")


_OPINION_VERB = re.compile(r"(?<!\w)(?:know|knows|believe|believes|understand|understands)(?!\w)")
# What a party's own line puts after its belief: the reader, the people, or a clause.
_AUDIENCE = re.compile(
    r"\s+(?:in\s+|that\s+)?(?:you|your|canadians|families|workers|quebecers|albertans|ontarians|seniors|people"
    r"|this\s+country|our\s+country|the\s+(?:future|economy))(?!\w)|\s+that(?!\w)|\s+in\s+\w+"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*|[\-–—:]\s+)[\W]*$")


def _positional_capital(folded: str, start: int) -> bool:
    """The name opens the post or a sentence, where every word is capitalised."""
    return _SENTENCE_START.search(folded, max(0, start - 6), start) is not None


def party_actor(text: str, folded: str) -> list[Span] | None:
    """A party named as a team that acts for people or against a rival: the voice of its side."""
    if text_words(folded).isdisjoint(_ACTOR_WORDS):
        return None
    for match in _PARTY_ACTOR.finditer(folded):
        english = match.group("party_en")
        start = match.start()
        if english is not None:
            written = text[start:match.end("party_en")]
            if not written[:1].isupper() and not (text.islower() and voice.governing(folded)):
                # "liberals" in lower case is a word, not the party, from a writer who uses
                # capitals; in a post typed all in lower case the capital says nothing, and the
                # party is read where the post is about governing or an election
                continue
            if _positional_capital(folded, start) and _OPINION_VERB.search(folded, match.end("party_en"), match.end()):
                # "Conservatives never believe a word they say": at a sentence start the capital says
                # nothing, and a belief without its audience ("know that you...") is about a camp.
                if _AUDIENCE.match(folded, match.end()) is None:
                    continue
        actor = (english or match.group("party_fr") or "").strip()
        if actor in _AMBIGUOUS_ACTORS and not (voice.electoral(folded) or _WE.search(folded)):
            continue
        return [(start, match.end())]
    for match in _ACTOR_ONLY.finditer(folded):
        if match.group("en") is not None and not text[match.start():match.end()][:1].isupper():
            if not (text.islower() and voice.governing(folded)):
                continue
        wants = _WANTS.match(folded, match.end())
        if wants is not None:
            return [(match.start(), wants.end())]
    return None


# "With the Liberal plan, $1,500 more for your family", "under a Conservative government", « avec
# le plan libéral », « sous un gouvernement conservateur »: what a party's plan does for you.
_OWNED_PLAN = re.compile(
    r"(?<!\w)(?:(?:with|under)\s+(?:the|a|an|our)\s+(?:liberal|conservative|ndp|new\s+democrat|green|bloc)"
    r"\s+(?:plan|platform|government|govt)"
    r"|(?:a|an)\s+(?:liberal|conservative|ndp|new\s+democrat|green)\s+government\s+(?:\w+s|means|puts|gives)"
    r"|(?:avec|sous)\s+(?:le|la|un|une|notre)\s+(?:plan|plateforme|gouvernement)\s+(?:liberal|conservateur"
    r"|neo-?democrate|vert|bloquiste)"
    r"|un\s+gouvernement\s+(?:liberal|conservateur|neo-?democrate)\s+(?:favorise|signifie|met|donne|protege|appuie"
    r"|investit|defend|respecte|mise))(?!\w)"
)
_PLAN_WORDS = frozenset({"plan", "platform", "government", "govt", "plateforme", "gouvernement"})


def owned_plan(text: str, folded: str) -> list[Span] | None:
    """A party's plan or government, and what it does for people: the party's own pitch."""
    if text_words(folded).isdisjoint(_PLAN_WORDS):
        return None
    for match in _OWNED_PLAN.finditer(folded):
        said = match.group(0)
        english = _ENGLISH_PARTY.search(said)
        if english is None or said.startswith(("avec", "sous", "un ")):
            return [(match.start(), match.end())]  # French names the party in lower case
        at = match.start() + english.start()
        if english.group(0) == "ndp" or text[at:at + 1].isupper():
            return [(match.start(), match.end())]  # "the Liberal plan", not "a liberal plan"
    return None


_ENGLISH_PARTY = re.compile(r"liberal|conservative|ndp|new\s+democrat|green|bloc")


_ACTOR_ONLY = re.compile(
    rf"(?<![\w'’])(?:(?P<en>{_PARTY_EN})|(?P<fr>{_PARTY_FR}))(?!\w)"
)
_WE = re.compile(r"(?<!\w)(?:we|we're|we've|we'll|our|us|nous|notre|nos)(?!\w)")

# -------- A rival's record: "the divisions X sowed", « le bilan de X », "X needs to stop"

_BEFORE_NAME = re.compile(
    r"(?<!\w)(?:(?:record|failures?|legacy|divisions|cuts|scandals?|mess|chaos|deficits|broken\s+promises)\s+of"
    r"|(?:after|apres)\s+(?:\w+\s+)?(?:more\s+)?(?:years|ans|annees)\s+(?:of|de|d')"
    r"|(?:le|la|les|aux|des)\s+(?:bilan|echecs?|scandales?|gachis|divisions|compressions|coupes|deficits|promesses\s+brisees"
    r"|annees|chaos|derive|derives)\s+(?:de|d'|des|du)"
    r"|(?:semees?|creees?|causees?)\s+par|(?:sowed|caused|created)\s+by"
    r"|(?:called|call|calling|urged|urge|urging)\s+on\s+(?:the\s+)?|(?:demande|demandons|exige|exigeons)\s+(?:au|a)(?:\s+gouvernement)?"
    r"|(?:la\s+)?faute\s+(?:de|a)|(?:what|why)\s+is|pourquoi|qu'est-ce\s+que"
    r"|unlike\s+(?:the\s+)?|contrairement\s+(?:a|aux|au)(?:\s+la|\s+l')?"
    r"|(?:demanding|demand|demands|urging|urge)\s+(?:that\s+)?|(?:exige|exigent|exigeons|exigez|demandons)\s+que)\s*$"
)
_AFTER_NAME = re.compile(
    r"(?:(?:'s|’s)?\s+(?:government|gov't|govt|liberals|conservatives))?"
    r"(?:(?:'s|’s|')\s+(?:\w+\s+)?(?:record|failures?|broken\s+promises?|cuts|scandals?|mess|chaos|deficits|divisions"
    r"|hidden\s+agenda|secret\s+agenda|fault)(?![\w-])"
    r"|\s+(?:must|needs?\s+to|has\s+to|should)\s+(?:immediately\s+|finally\s+|now\s+)?(?:scrap|stop|end|cancel|resign"
    r"|apologi[sz]e|explain|answer|act|step\s+up|come\s+clean|fix|reverse|listen|take\s+responsibility|do\s+better"
    r"|get\s+out|stand\s+up|present|drop|withdraw|admit)(?!\w)"
    r"|\s+(?:is|was|has\s+been)\s+(?:against|making\s+you\s+pay|cutting|wasting|hiding|failing|dividing|ignoring"
    r"|letting\s+\w+\s+down|getting\s+bullied)(?!\w)"
    r"|\s+(?:has|have)\s+(?:done\s+nothing|taken\s+no|no\s+(?:plan|answers|credibility))(?!\w)"
    r"|\s+(?:doit|devrait|doivent)\s+(?:immediatement\s+|enfin\s+)?(?:abolir|arreter|cesser|mettre\s+fin|demissionner"
    r"|s'excuser|s'expliquer|repondre|agir|corriger|reculer|ecouter|assumer|presenter|retirer|admettre)(?!\w)"
    r"|\s+(?:est|etait)\s+contre|\s+vous\s+fait\s+payer|\s+(?:coupe|gaspille|divise|ignore)\s"
    r"|\s+n'a\s+rien\s+fait|\s+(?:vous\s+)?laisse\s+tomber"
    r"|\s+(?:cut|cuts|slashed|gutted)\s+(?:\w+\s+)?(?:funding|benefits|services|programs|health|jobs|pensions|transfers"
    r"|support)|\s+a\s+(?:coupe|sabre)\s+dans|\s+a\s+(?:gaspille|abandonne|sabre|brade)"
    r"|\s+(?:(?:has|have|just|still|again|already|also)\s+)*(?:sowed|propped\s+up|broke\s+(?:his|her|their)\s+promises?"
    r"|failed\s+to|refuses?\s+to|refused\s+to|pretends?|is\s+hiding|hid|wants\s+you\s+to\s+forget"
    r"|doesn't\s+care|does\s+not\s+care|won't\s+tell\s+you|needs?\s+to\s+(?:stop|explain|come\s+clean|answer|apologi[sz]e"
    r"|get\s+out\s+of\s+the\s+way|step\s+aside)|must\s+(?:stop|explain|answer|apologi[sz]e)"
    r"|(?:has|had)\s+(?:no|zero)\s+plan|is\s+(?:out\s+of\s+touch|failing|making\s+(?:life|things)\s+worse))(?!\w)"
    r"|\s+(?:(?:a|ont|n'a|ne|n'ont|nous\s+a|vous\s+a)\s+)?(?:(?:encore|toujours|jamais|deja|pas|aussi)\s+)*"
    r"(?:seme|maintenu|garde\s+\S+\s+au\s+pouvoir|brise\s+sa\s+promesse|renie|echoue|refuse\s+de|fait\s+semblant"
    r"|cache|doit\s+(?:arreter|cesser|mettre\s+fin|s'expliquer|rendre\s+des\s+comptes|s'excuser|se\s+tasser)"
    r"|devrait\s+(?:arreter|cesser|s'expliquer|avoir\s+honte|se\s+tasser)|ne\s+comprend\s+pas|se\s+fiche|s'en\s+fiche"
    r"|n'a\s+(?:aucun|pas\s+de)\s+plan|veut\s+vous\s+faire\s+oublier|vous\s+cache)(?!\w))"
)
_RECORD_WORDS = frozenset({
    "record", "failure", "failures", "legacy", "divisions", "cuts", "scandal", "scandals", "mess", "chaos", "deficits",
    "promises", "promise", "years", "ans", "annees", "bilan", "echec", "echecs", "scandale", "scandales", "gachis",
    "compressions", "coupes", "promesses", "semee", "semees", "creee", "causee", "sowed", "caused", "created",
    "propped", "broke", "failed", "refuses", "refused", "pretends", "pretend", "hiding", "hid", "forget", "care",
    "tell", "needs", "need", "must", "plan", "touch", "failing", "worse", "seme", "maintenu", "garde", "brise",
    "renie", "echoue", "refuse", "semblant", "cache", "doit", "devrait", "comprend", "fiche", "oublier", "derive",
    "derives", "agenda", "fault", "should", "has", "is", "was", "have", "called", "call", "calling", "urged",
    "urge", "urging", "demande", "demandons", "exige", "exigeons", "faute", "what", "why", "pourquoi", "est",
    "etait", "vous", "coupe", "gaspille", "divise", "ignore", "rien", "laisse", "doivent", "unlike",
    "contrairement", "cut", "slashed", "gutted", "sabre", "abandonne", "brade", "demanding", "demand", "demands",
    "exigent", "exigez",
})


def record_attack(folded: str, names: Sequence[Span]) -> list[Span] | None:
    """A named party or politician's record attacked: what they sowed, cut, broke or hide."""
    if not names or text_words(folded).isdisjoint(_RECORD_WORDS):
        return None
    for start, end in names:
        before = _BEFORE_NAME.search(folded, max(0, start - 40), start)
        if before is not None and not negated(folded, before.start(), window=10):
            return [(before.start(), before.end()), (start, end)]
        after = _AFTER_NAME.match(folded, end)
        if after is not None:
            return [(start, end), (after.start(), after.end())]
    return None


# « Votez libéral », "vote conservative": a vote for a party named by its lower-case adjective,
# which alone is an ordinary word (« un esprit libéral »). "Green", « vert », "bloc" and
# « solidaire » stay out: "vote green for the planet", "the senior vote bloc".
_PARTY_VOTE = re.compile(
    r"(?<!\w)(?:votez|votons|je\s+vote|on\s+vote|vote|voter|votes?|je\s+voterai|j'ai\s+(?:toujours\s+|encore\s+)?vote"
    # « je ne voterai plus jamais conservateur », « on votera libéral »: the future and the conditional
    r"|(?:je|on|nous)\s+(?:ne\s+)?vot(?:erai|erais|era|erait|erons|erions))"
    # « je vote encore libéral », "vote Liberal again": an adverb may stand between
    r"\s+(?:(?:pas|jamais|plus|encore|toujours|aussi|de\s+nouveau|still|always|again)\s+)*(?:pour\s+(?:le|les|un|une)\s+)?"
    r"(?:liberal|liberaux|conservat(?:eur|eurs|rice|ive|ives)|bloquistes?|pequistes?|caquistes?"
    r"|neo-?democrates?|tory|tories)(?!\w)"
    # « je vote vert », « votez vert »: the writer's own vote or a call (a bare "vote vert" may be an
    # everyday "green vote").
    r"|(?<!\w)(?:votez|votons|je\s+vote|on\s+vote|je\s+vais\s+voter|j'ai\s+(?:toujours\s+|encore\s+)?vote|je\s+voterai"
    # « fière d'avoir voté vert », "proud to have voted Green": one's own vote, told after the fact
    r"|d'avoir\s+(?:encore\s+)?vote|(?:nous|on)\s+a(?:vons)?\s+(?:encore\s+)?vote)"
    r"\s+(?:(?:encore|toujours|aussi|de\s+nouveau)\s+)*vert(?:e|s)?(?!\w)"
)
_PARTY_VOTE_WORDS = frozenset({"votez", "votons", "vote", "voter", "votes", "voix", "voterai"})


# "Give us a strong mandate", « donnez-nous une majorité »: a campaign asking for the vote.
_MANDATE = re.compile(
    r"(?<!\w)(?:give\s+us\s+(?:a|an|your|the)\s+(?:\w+\s+)?(?:mandate|majority|vote)"
    r"|donnez-nous\s+(?:un|une|votre|le|la)\s+(?:\w+\s+)?(?:mandat|majorite|vote)"
    # round 8 parity: "let's give the NDP a majority", « donnons une majorité au NPD »
    r"|(?:let's\s+)?give\s+(?:the\s+)?(?:ndp|liberals|conservatives|tories|greens|bloc|caq|pq|qs|new\s+democrats)\s+a\s+"
    r"(?:\w+\s+)?(?:majority|mandate)"
    r"|(?:donnons|donnez)\s+(?:une|un)\s+(?:\w+\s+)?(?:majorite|mandat)\s+(?:\w+\s+)?(?:au|a\s+la|aux)\s+"
    r"(?:npd|bloc|pq|plq|liberaux|conservateurs|verts|caq|neo-democrates|parti))(?!\w)(?!\s+(?:of|de|d')\b)"
)  # "a majority of votes in the pizza poll" is not a mandate
_MANDATE_WORDS = frozenset({"mandate", "majority", "mandat", "majorite"})
# "A vote for X is a vote for change", « un vote pour X, c'est un vote pour le changement ».
_VOTE_IS_A_VOTE = re.compile(
    r"(?<!\w)(?:a|your|every|each)\s+vote\s+for\s+[^.!?]{1,40}?\s+is\s+a\s+vote\s+(?:for|against|to)"
    r"|(?:un|une|votre|chaque)\s+(?:vote|voix)\s+pour\s+[^.!?]{1,40}?\s*,?\s+(?:est|c'est)\s+(?:un|une)\s+(?:vote|voix)\s+(?:pour|contre)"
)


def party_vote(folded: str) -> list[Span] | None:
    """A call to vote for a party by its adjective (negated, a call against it), or for a
    mandate or majority for the writer's side."""
    words = text_words(folded)
    if not words.isdisjoint(_PARTY_VOTE_WORDS):
        match = _PARTY_VOTE.search(folded)
        if match is not None:
            return [(match.start(), match.end())]
    if not words.isdisjoint(_MANDATE_WORDS) or "vote" in words or "voix" in words:
        match = _MANDATE.search(folded) or _VOTE_IS_A_VOTE.search(folded)
        if match is not None:
            return [(match.start(), match.end())]
    return None


@cache
def gate_words() -> frozenset[str]:
    """Words without which none of the readings that need no name can find anything."""
    return (
        _FRAMING_WORDS | _SOFT_FRAMING_WORDS | _ONLY_WORDS | _ACTOR_WORDS | _PARTY_VOTE_WORDS | _PLAN_WORDS
        | _MANDATE_WORDS
    )


# -------- Pressure on government with no party named (POL008): petitions, protests, letters to
# elected people, "vote them out". The guidance sends activities beyond party and candidate support
# to the PSC self-assessment tool, so these are flagged lower than campaigning. Each shape needs a
# public target (a government, a bill, a tax, a policy, the people in office) or an unnamed party:
# a condo's dog-park petition, kids "protesting" bedtime, a union's picket about pay, a parade or a
# charity walk have none, and a news line about others marching is not the writer's act.

_PUBLIC_TARGET = (
    r"government|govt|gov't|parliament|parliament\s+hill|legislature|ottawa|queen's\s+park|city\s+council"
    r"|(?<!school\s)(?<!student\s)(?<!condo\s)(?<!strata\s)(?<!parish\s)council|premier|prime\s+minister|pm|minister|mp|mps|mpp|mla|mna|senator|senate|mayor|councillor"
    r"|bill(?:\s+c-?\d+)?|law|laws|legislation|policy|policies|tax|taxes|carbon\s+tax|budget|cuts|budget\s+cuts"
    r"|province|provincial|house\s+of\s+commons|pipeline|tariffs?|reform|mandate|rent\s+rules|regulations?|ban|climate\s+(?:action|inaction|policy)"
    # Public works and prices a government decides: a mine, a highway, a rate increase.
    r"|mine|mines|(?:mine|mining|pipeline|highway|dam|hydro|development|gas\s+plant)\s+project|highway|landfill|incinerator"
    r"|rate\s+(?:hike|increase)s?|increases?|rent\s+freeze|autoroute|depotoir|incinerateur|augmentations?|gel\s+des\s+loyers"
    r"|projet\s+(?:de\s+(?:mine|pipeline|barrage|tramway|autoroute|centrale|developpement)|minier|immobilier)|coupes"
    r"|gouvernement|gouv|parlement|chambre\s+des\s+communes|province|colline\s+du\s+parlement|assemblee\s+nationale|conseil\s+municipal|premier\s+ministre"
    r"|premiere\s+ministre|ministre|depute|deputee|deputes|senateur|senatrice|mairesse|maire|conseillere?s?"
    r"|projet\s+de\s+loi(?:\s+c-?\d+)?|loi|lois|reglements?|politique|politiques|taxe|taxes|impots?|budget"
    r"|compressions|coupures|austerite|pipeline|oleoduc|tarifs|reforme|regles\s+sur\s+les\s+loyers"
    # Public causes: what a march "for" or "against" is about when no office is named.
    r"|public\s+(?:health\s*care|health|education|schools?|transit|services?|inquiry|sector\s+cuts)|health\s*care|pharmacare"
    r"|childcare|tuition(?:\s+hikes?)?|tolls?|climate(?:\s+justice)?|housing|rent\s+control|pensions?|privati[sz]\w*"
    r"|special\s+ed|indigenous\s+rights|land\s+back|abortion\s+rights|reproductive\s+rights|hikes?|cuts\s+to"
    r"|sante\s+publique|systeme\s+de\s+sante|soins\s+de\s+sante|assurance\s+medicaments|garderies|cpe|ecole\s+publique"
    r"|education\s+publique|transport\s+en\s+commun|services\s+publics|frais\s+de\s+scolarite|scolarite|peages?"
    r"|justice\s+climatique|climat|(?:greve|crise|urgence)\s+climatique|logement|loyers|retraites|privatis\w*|droits\s+autochtones|avortement"
    r"|enquete\s+publique|adaptation\s+scolaire|loi\s+speciale|hausse|hausses"
    # Public services a town fights for: a petition to keep the ER or the post office open.
    r"|hospital|hopital|emergency\s+room|(?:our|the|local)\s+er|urgence|post\s+office|bureau\s+de\s+poste|school\s+closures?|clsc|public\s+library"
    r"|bibliotheque\s+publique|bus\s+routes?|ligne\s+d'autobus|old-growth|vieilles?\s+forets?|logging|clear-?cut\w*|coupe\s+forestiere|permis\s+de\s+coupe|wetlands|milieux\s+humides"
)
# A protest named by its noun, with the writer there ("I was at the protest", « on se voit à la manif »).
_BARE_EVENT = re.compile(
    r"(?<!\w)(?:at|to|from|the|this|a|la|une|cette|de)\s+(?:protest|demonstration|manif|manifestation)(?!\w)"
    r"|(?<!\w)(?:at|to)\s+(?:(?:sunday|saturday|friday|monday|tuesday|wednesday|thursday|tomorrow|tonight|today)'s"
    r"|the\s+(?:big|national|next))\s+(?:protest|demonstration|rally)(?!\w)"
)
# A protest's slogan of persistence stands for its cause: « on lâche rien! manif nationale le 12 ».
_PERSIST = re.compile(
    r"(?<!\w)(?:on\s+lache\s+(?:pas|rien)|lachons\s+rien|on\s+(?:ne\s+)?recule(?:ra)?\s+pas|la\s+lutte\s+continue"
    r"|(?:we\s+)?(?:won't|will\s+not|don't|do\s+not)\s+back\s+down|the\s+(?:fight|struggle)\s+(?:continues|goes\s+on)"
    r"|not\s+backing\s+down|we're\s+not\s+giving\s+up)(?!\w)"
)
# ("rally" is also a comeback in the third period: not an event here.)
_PERSIST_EVENT = re.compile(r"(?<!\w)(?:protests?|demo|manifs?|manifestations?|rassemblements?)(?!\w)")
_FIRST = re.compile(
    r"(?<!\w)(?:i|i'm|i'll|i've|we|we're|we'll|see\s+you|join\s+us|je|on|nous|on\s+se\s+voit|joignez-vous|venez)(?!\w)|(?<!\w)j'"
)
_NOT_A_PROTEST = re.compile(
    r"(?<!\w)(?:festival|arts|spectacle|culture|culturel(?:le)?|music|musique|film|movie|novel|roman|game|jeu|series|serie"
    # the press covers a protest without joining it
    r"|covering|cover\s+it|couvre|couvrir|for\s+the\s+(?:paper|station|newsroom)|pour\s+(?:le\s+journal|la\s+station)"
    r"|reporter|journaliste|photographer|photographe)(?!\w)"
)
# Where government sits: an event there, with the writer in it, is aimed at government.
_SEAT = re.compile(
    r"(?<!\w)(?:parliament\s+hill|queen's\s+park|the\s+legislature|city\s+hall|(?:minister|premier|mp|mpp|mla|mayor)'s\s+office"
    r"|colline\s+du\s+parlement|assemblee\s+nationale|hotel\s+de\s+ville|bureau\s+(?:du|de\s+la)\s+(?:ministre|depute|deputee"
    r"|premier\s+ministre|premiere\s+ministre|mairesse|maire)|(?:mp|mpp|mla|mna)'s\s+(?:constituency|riding)\s+office"
    r"|bureau\s+de\s+(?:comte|circonscription)\s+d[ue]\s+(?:la\s+)?(?:depute|deputee|ministre)"
    r"|(?:in\s+front\s+of|outside|devant)\s+(?:the\s+|le\s+|la\s+|l')?(?:parliament|parlement|legislature|provincial\s+legislature))(?!\w)"
)
_TARGET = re.compile(r"(?<!\w)(?:the\s+|la\s+|le\s+|les\s+|l')?(?:" + _PUBLIC_TARGET + r")(?![\w-])")

# Signing, sharing or starting a petition, said by the writer or asked of readers.
_PETITION = re.compile(
    r"(?<!\w)(?:(?:i|we|just|already|finally)\s+(?:just\s+)?(?:signed|started|launched|shared)|signed|please\s+sign"
    r"|sign\s+(?:and|&)\s+share|sign\s+(?:the|this|our|my)|go\s+sign|add\s+your\s+name\s+to|started\s+a"
    r"|j'ai\s+(?:signe|lance|partage)|on\s+a\s+(?:signe|lance)|signez(?:\s+et\s+partagez)?|signe[sz]?\s+la|allez\s+signer"
    r"|partagez\s+la|ajoutez\s+votre\s+nom\s+a)\b[^.!?\n]{0,40}?(?:e-?)?petitions?(?!\w)"
    r"|(?<!\w)(?:e-?)?petitions?\s+(?:to|calling|demanding|asking|urging|against|for|pour|contre|demandant|exigeant"
    r"|visant|qui\s+demande)(?!\w)"
    r"|(?<!\w)(?:e-?)?petitions?\s*(?::|-|en\s+ligne|is\s+(?:live|up|online)|est\s+en\s+ligne|online)"
    r"|(?<!\w)(?:online|la|une)\s+petitions?\s+(?:en\s+ligne|online)"
    r"|(?<!\w)petitions?\s+(?:electronique\s+)?(?:a|au|aux)\s+(?:la\s+|l')?(?:chambre|gouvernement|ministre|parlement|assemblee|ville)"
)
_PETITION_CALL = re.compile(
    r"(?<!\w)(?:sign|signed|signing|share|sharing|signez|partagez|partager|signer|signe|signee|j'ai\s+signe|link\s+in\s+bio"
    r"|lien|link|online|en\s+ligne|here|ici|live|your\s+turn|a\s+votre\s+tour|a\s+ton\s+tour"
    # A count still to reach is a call ("only 300 signatures left", « il manque 500 signatures »); a
    # count reached is news.
    r"|(?:only|just|need|needs|needed)\s+[\d,\s]+(?:more\s+)?signatures|signatures\s+(?:left|to\s+go|needed|away)"
    r"|il\s+(?:nous\s+|en\s+)?manque\s+[\d\s]+|plus\s+que\s+[\d\s]+signatures|encore\s+[\d\s]+signatures)(?!\w)"
)
# "Petition" said any way in a post whose writer asks for names: « la pétition a déjà 20 000
# signatures, faut continuer à la partager pour que le ministre recule ».
# (Typed fast: "petiton", "petion".)
_PETITION_WORD = re.compile(r"(?<!\w)(?:e-?)?peti(?:ti|t)?ons?(?!\w)")

# A protest, march, rally or climate strike taken part in or called for.
_PROTEST = re.compile(
    r"(?<!\w)(?:protest(?:ing|ed|s)?|demonstrat(?:e|ing|ed)|rendez-vous\s+[^.!?\n]{0,30}?devant|take\s+to\s+the\s+streets"
    r"|in\s+the\s+streets|walk(?:ing)?\s+out|walkout|occupy(?:ing)?|boycott(?:ing)?|honk\s+if|pots\s+and\s+pans|our\s+signs"
    r"|open\s+letter|descend\w*\s+dans\s+la\s+rue|dans\s+la\s+rue|protester|manifestons|manifestent|casseroles|pancartes"
    r"|klaxonnez|occupe|occupons|boycott\w*|lettre\s+ouverte|march\s+for|marche\s+pour|✊|tous\s+a|toutes\s+et\s+tous\s+a"
    r"|tout\s+le\s+monde\s+(?:a|au|aux|dans\s+la\s+rue)|(?:everyone|everybody)\s+(?:to|in\s+the\s+streets)|all\s+out\s+(?:to|for|at)|mobilisation|mobilisons|mobilize|mobilise|on\s+se\s+mobilise"
    r"|stand\s+with|vigil\s+for|vigile\s+pour|chaine\s+humaine|human\s+chain|teach-in|student\s+strike|greve\s+etudiante|rally(?:ing)?|rallies|demo|demonstration|marching|march(?:ed)?\s+(?:against|on|to|for)"
    r"|sit-in|die-in|gathering|climate\s+strike|strike\s+for\s+(?:the\s+)?climate|(?:joined|join)\s+the\s+(?:march|strike)"
    r"|manif|manifs|manifestation|manifester|manifeste|rassemblement|on\s+marche|marchons|je\s+marche|marcher\s+contre"
    r"|marche\s+contre|(?:j'ai|on\s+a|nous\s+avons|avons)\s+marche|marched|blockade|(?:we're|we\s+are|we'll\s+be)\s+blocking"
    r"|on\s+bloque|bloquons|greve\s+(?:pour|du)\s+(?:le\s+)?climat|greve\s+climatique)(?!\w)"
)
_AIM = re.compile(
    r"(?<!\w)(?:against|protest(?:ing|ed)?\s+(?:the|this|these|our)|manifester?\s+(?:pour|contre)|for|pour|until"
    r"|jusqu'a|no\s+to|say\s+no|dites\s+non|non\s+(?:a|au|aux)|stop|arretons|bloquons|halte|defend\w*|sauvons|save\s+our"
    r"|sauver\s+nos|protect\s+our|protegeons|proteger\s+nos|to\s+(?:demand|stop|oppose|protest|save|block|fight)|demanding|opposing|for\s+climate"
    r"|contre|pour\s+(?:exiger|reclamer|denoncer|arreter|bloquer|sauver|demander)|exiger|denoncer|demand|on\s+demande"
    r"|pressure\s+on|pression\s+sur|to\s+block|keep\s+(?:\w+\s+){0,2}open|garder\s+(?:\w+\s+){0,2}ouverte?s?)(?!\w)"
)
# The writer is in it or invites: "I/we/us", "join", "bring signs", a day or an hour, « on », « venez ».
_TAKING_PART = re.compile(
    r"(?<!\w)(?:i|i'm|i'll|we|we're|we'll|us|our|my|me|y'all|took|went|heading|going|out\s+here|let's|join|joined|bring"
    r"|sign|signez|occupying|marching|rallying|protesting|boycotting|mes|mon|ma|nos|notre|who's\s+in|who\s+is\s+in|see\s+you|come|show\s+up"
    r"|tomorrow|tonight|saturday|sunday|monday|tuesday|wednesday|thursday|friday|noon|\d{1,2}\s*(?:am|pm|h)"
    r"|je|j'|on|nous|pris|allee?|soyez-y|venez|joignez|soyez|apportez|qui\s+embarque|demain|ce\s+soir|samedi|dimanche|lundi|mardi|mercredi"
    r"|jeudi|vendredi|midi|le\s+\d{1,2}|\d{1,2}\s*h(?:\s*\d\d)?|on\s+the\s+\d{1,2}(?:st|nd|rd|th)?|this\s+weekend"
    r"|en\s+fin\s+de\s+semaine|ce\s+week-end)(?!\w)|(?<!\w)j'"
)
# Labour and leisure that share the words: a strike or picket about pay, a parade, a festival.
_NOT_A_CAUSE = re.compile(
    r"(?<!\w)(?:picket(?:ing|s)?|picket\s+line|wages?|pay\s+(?:raise|equity|parity)|contract|collective\s+agreement"
    r"|bargaining|employer|psac|afpc|ipfpc|pipsc|ligne\s+de\s+piquetage|piquetage|salaires?|convention\s+collective"
    r"|negociations?|employeur|syndicat|union|parade|defile|pride|fierte|remembrance|souvenir|festival|charity|walk\s+for"
    r"|marche\s+pour\s+(?:la\s+)?(?:recherche|fondation|cancer)|bedtime|dodo|coucher|condo|copropriete)(?!\w)"
)

_OFFICES = (
    r"(?:local\s+)?(?:mp|mps|mpp|mpps|mla|mlas|mna|mnas|senators?|councillors?|city\s+councillors?|mayor|premier|prime\s+minister"
    r"|ministers?|representatives?|elected\s+officials?|elected\s+reps?|depute|deputee|deputes|elus?|elue|elues|senateur|senatrice"
    r"|conseilleres?|conseillers|maire|mairesse|premiere?\s+ministre|ministres?)"
)
# Writing to, calling or pressing elected people.
_LOBBY = re.compile(
    r"(?<!\w)(?:write|email|e-mail|call|phone|contact|tweet\s+at|tell|flood|ecrivez|ecrire|appelez|appeler|contactez"
    r"|contacter|interpellez|courriel|inondez)\s+(?:(?:to|a|au|aux|a\s+la|a\s+l'|le\s+bureau\s+de)\s*(?:(?:your|votre|vos|ton|ta"
    r"|the|our|notre|nos|leur|la|le)\s+)?|(?:your|votre|vos|ton|ta|the|our|notre|nos|leur)\s+)" + _OFFICES + r"(?!\w)"
)
# Pressing them said as pressure, a flood of mail or a letter to copy: these carry their own aim.
_PRESS = re.compile(
    r"(?<!\w)(?:(?:put|putting|keep|keeping|turn\s+up)\s+(?:the\s+)?(?:pressure|heat)\s+on|pressure)\s+(?:your|our|the|every)\s+"
    + _OFFICES
    + r"|(?<!\w)(?:faites|faire|mettez|mettre|mettons|maintenez|maintenir|gardons|on\s+met|on\s+garde)\s+(?:de\s+la\s+|la\s+)?"
    r"pression\s+sur\s+(?:vos|votre|nos|notre|les|le|la|l'|leurs?)\s*" + _OFFICES
    + r"|(?<!\w)(?:flood|inondez|inonder|bombard|bombardez)\s+(?:the\s+|les\s+|your\s+|vos\s+)?(?:(?:inboxes|phones|phone\s+lines"
    r"|offices|mailboxes|boites\s+(?:de\s+)?courriels?|lignes|bureaux|telephones)\s+(?:of|des|de|du|d')\s*(?:your|the|nos|vos|les|our)?\s*"
    + _OFFICES + r"|" + _OFFICES + r"(?:'s?)?\s+(?:inboxes|inbox|offices|office|phones|phone\s+lines))(?!\w)"
)
# A letter sent or to send: a call only with an aim ("do the same", a template, "tell them...").
_LETTER = re.compile(
    r"(?<!\w)(?:send|sending|envoyez|envoyer|envoyons)\s+(?:an?\s+|un\s+|une\s+|a\s+quick\s+)?(?:e-?mail|letter|message|note|courriel"
    r"|lettre|mot)\s+(?:to|a|au|aux|a\s+la|a\s+l')\s*(?:your|votre|vos|ton|ta|the|our|notre|nos|leur|la|le|les)?\s*" + _OFFICES
    + r"|(?<!\w)(?:my|our|ma|notre)\s+(?:letter|e-?mail|lettre|courriel)\s+(?:to|a|au|aux)\s+(?:the\s+|my\s+|our\s+|la\s+|le\s+|l'|mon\s+"
    r"|ma\s+|notre\s+)?" + _OFFICES + r"(?!\w)"
)
_LOBBY_AIM = re.compile(
    r"(?<!\w)(?:tell\s+(?:them|him|her)|demand|vote\s+(?:no|yes|against|down)|oppose|stop|kill\s+the\s+bill|reject|scrap"
    r"|dites-(?:lui|leur)|dites\s+(?:lui|leur)|exigez|exiger|voter\s+(?:non|contre|oui)|votez\s+(?:non|contre)|bloquer|rejeter"
    r"|arreter|abolir|bill|projet\s+de\s+loi|contre|against|template|modele\s+de\s+lettre|lettre\s+type|your\s+turn"
    r"|a\s+votre\s+tour|do\s+the\s+same|faites\s+(?:pareil|comme\s+moi|la\s+meme\s+chose)|moratorium|moratoire|say\s+no"
    r"|dire\s+non|pour\s+(?:lui|leur)\s+dire|to\s+tell|exigez|demandez-(?:lui|leur))(?!\w)"
)

# A vote call against an unnamed party or the government in office.
_VOTE_OUT = re.compile(
    r"(?<!\w)(?:vote\s+(?:them|him|her|these\s+\w+|this\s+government|the\s+bums|the\s+government|every\s+one\s+of\s+them)"
    r"\s+(?:all\s+)?out"
    r"|(?:party|government|candidate|politicians?)\s+(?:that|who)\s+[^.!?\n]{0,60}?(?:doesn't|does\s+not|don't|do\s+not)"
    r"\s+deserve\s+(?:your|our|a\s+single|one)\s+vote"
    r"|(?:parti|gouvernement|candidate?|politiciens?)\s+qui\s+[^.!?\n]{0,60}?ne\s+merite(?:nt)?\s+pas\s+(?:votre|notre|vos|nos"
    r"|un\s+seul)\s+votes?|votez-les\s+dehors|on\s+les\s+sort\w*"
    r"|throw\s+the\s+bums\s+out|time\s+for\s+(?:a\s+)?change\s+in\s+government"
    r"|send\s+(?:this\s+government|the\s+government|them|these\s+\w+)\s+packing|defeat\s+(?:this|the)\s+government"
    r"|vote\s+strategic(?:ally)?|show\s+(?:them|this\s+government)\s+the\s+door|anyone\s+but\s+(?:the\s+current\s+government|them)"
    r"|(?:don't|do\s+not)\s+give\s+them\s+(?:another|a\s+second|a)\s+(?:mandate|majority|term|chance)"
    r"|kick\s+(?:them|these\s+\w+|this\s+government|the\s+government)\s+out"
    r"|(?:but\s+)?not\s+(?:for\s+)?(?:the\s+(?:guys|ones|people|party)|those|them)\s+who"
    r"|(?:on\s+)?renvo(?:ie|yons|yez)(?:-les|\s+ce\s+gouvernement|\s+le\s+gouvernement)|(?:battons|battre|defaisons|defaire)"
    r"\s+ce\s+gouvernement|vot\w*\s+strategique\w*|montr\w+-leur\s+la\s+porte|n'importe\s+qui\s+sauf\s+(?:le\s+gouvernement|eux)"
    r"|ne\s+leur\s+donn\w+\s+pas\s+(?:un\s+autre|de|une\s+autre|un\s+deuxieme)\s+(?:mandat|majorite|chance)"
    r"|(?:on\s+)?met\w*\s+(?:ces\s+\w+|ce\s+gouvernement|les)\s+dehors|(?:mais\s+)?pas\s+pour\s+(?:ceux|celles|le\s+parti|les\s+gens)"
    r"\s+qui"
    r"|(?:don't|do\s+not|never|dont)\s+(?:ever\s+)?vote\s+(?:for\s+)?(?:whoever|anyone\s+who|those\s+who|(?:the|a|any)\s+(?:party|government|candidate|guy|people"
    r"|politicians?)\s+(?:that|who|which))|vote\s+against\s+(?:the|this)\s+(?:government|party\s+(?:that|who))"
    # the same calls as hashtags: "#ChangeTheGovernment", « #ChangeonsDeGouvernement », "#VoteThemOut"
    r"|#(?:change(?:the|this|of)?government|changeons(?:de|le)?gouvernement|changementdegouvernement|vote(?:them|em)(?:all)?out"
    r"|sortons-?les|sortez-?les|dehorslegouvernement|throwthebumsout|anybodybut(?:them|thisgovernment))"
    # "vote for the only party that...", « votez pour le seul parti qui... »: a side, unnamed
    r"|vote\s+for\s+the\s+only\s+(?:party|candidate|one)\s+(?:that|who|with)|(?:votez|votons|voter)\s+pour\s+(?:le\s+seul\s+parti"
    r"|la\s+seule\s+(?:candidate|option|formation)|le\s+seul\s+candidat)\s+(?:qui|avec)"
    r"|sortez-les|sortons-les|mettez-les\s+dehors|mettons-les\s+dehors|dehors\s+(?:le|ce)\s+gouvernement"
    r"|(?:ne\s+)?(?:votez|votons|voter)\s+(?:pas|jamais|surtout\s+pas)\s+pour\s+(?:ceux|celles|quiconque|(?:le|un|les|ce|ces)"
    r"\s+(?:parti|gouvernement|candidat|candidate|gens|politiciens?))\s+qui|votez\s+contre\s+(?:le|ce)\s+gouvernement|changer\s+de\s+gouvernement)(?!\w)"
)
_VOTE_CONTEXT = re.compile(r"(?<!\w)(?:vot(?:e|es|ed|ing|ez|ons|er|era|ers|ants?)|election\w*|urnes?|ballot\w*|polls?|scrutin|majorit\w*|mandat\w*)(?!\w)")
_VOTE_WORD = re.compile(r"(?<!\w)vot")
_NOT_AN_ELECTION = re.compile(
    r"(?<!\w)(?:survivor|island|contest|concours|band|groupe|(?:tv|the|this|reality)\s+show|episode|emission|bachelor|big\s+brother|game|jeu|hockey)(?!\w)"
)

# Word gates, one per shape: most posts hold none of these and skip the patterns. A protest's common
# words ("march", "rue", "tous", "stand") open it only beside a word of aim or a seat of government.
_VOTE_KEYS = frozenset({
    "vote", "votes", "voted", "voting", "votez", "votons", "voter", "voters", "election", "elections", "ballot", "ballots",
    "urne", "urnes", "poll", "polls", "scrutin", "majority", "majorite", "mandate", "mandat",
    "changethegovernment", "changethisgovernment", "changegovernment", "changeofgovernment", "changeonsdegouvernement",
    "changeonslegouvernement", "changeonsgouvernement", "changementdegouvernement", "votethemout", "votethemallout",
    "voteemout", "sortonsles", "sortezles", "dehorslegouvernement", "throwthebumsout", "anybodybutthem",
    "anybodybutthisgovernment",
})
_LOBBY_KEYS = frozenset({
    "mp", "mps", "mpp", "mla", "mna", "senator", "senators", "councillor", "mayor", "representative", "representatives",
    "officials", "official", "depute", "deputee", "deputes", "elu", "elus", "elue", "senateur", "senatrice", "conseiller",
    "conseillere", "maire", "mairesse", "ministre", "premier", "minister", "ministers", "prime", "mpps", "mlas", "mnas",
    "ministres", "elues", "reps", "conseillers", "conseilleres",
})
# ... and a word of writing, calling or pressing them ("premier" alone is also « premier »).
_LOBBY_VERBS = frozenset({
    "write", "email", "mail", "call", "phone", "contact", "tweet", "tell", "flood", "ecrivez", "ecrire", "appelez", "appeler",
    "contactez", "contacter", "interpellez", "courriel", "inondez", "inonder", "pressure", "heat", "pression", "bombard",
    "bombardez", "send", "sending", "envoyez", "envoyer", "envoyons", "letter", "lettre", "inboxes", "inbox",
})
_PETITION_KEYS = frozenset({"petition", "petitions", "petiton", "petitons", "petion", "petions"})
_EVENT_KEYS = frozenset({
    "protest", "protests", "protesting", "protested", "protester", "demonstrate", "demonstrating", "demonstrated",
    "demonstration", "rally", "rallying", "rallies", "marching", "marched", "strike", "manif", "manifs", "manifestation",
    "manifester", "manifeste", "manifestons", "manifestent", "rassemblement", "marchons", "greve", "walkout", "occupy",
    "occupying", "boycott", "boycotting", "boycotte", "boycottons", "boycottez", "honk", "casseroles", "pancartes",
    "klaxonnez", "occupons", "mobilisation", "mobilisons", "mobilize", "mobilise", "vigil", "vigile", "chaine", "teach",
    "streets", "sit", "blockade", "bloquons",
})
_WEAK_EVENT_KEYS = frozenset({
    "march", "marche", "marcher", "rendez", "walk", "walking", "pots", "signs", "letter", "lettre", "rue", "occupe",
    "tous", "toutes", "all", "stand", "human", "student", "etudiante", "everyone", "everybody", "monde", "die", "out",
    "blocking", "bloque", "gathering",
})
_AIM_KEYS = frozenset({
    "against", "contre", "no", "non", "stop", "demand", "demanding", "exiger", "reclamer", "denoncer", "dites", "save",
    "sauvons", "sauver", "protect", "protegeons", "proteger", "defend", "defendre", "defendons", "until", "jusqu",
    "climate", "climat", "climatique", "bloquer", "bloquons", "arreter", "arretons", "halte", "oppose", "opposing",
    "fight", "parliament", "legislature", "assemblee", "colline", "minister", "ministre", "hall", "park",
    "government", "gouvernement", "parlement", "pressure", "pression", "block", "demande", "demandons", "exigeons",
    "reclamons",
})

# A word each kind needs before anything else is tried (with "✊" for a weak event).
_FIRST_KEYS = _VOTE_KEYS | _LOBBY_KEYS | _PETITION_KEYS | _EVENT_KEYS | _WEAK_EVENT_KEYS


# A notice that opens on its event or petition is the writer's own call ("Rally against the cuts at
# city hall", « Pétition : abolir la taxe »); news says who marched and how many.
_NOTICE = re.compile(
    r"[\W\d]*(?:(?:e-?)?petitions?|protest|rally|manif|manifestation|rassemblement|march|marche|vigil|vigile|sit-in)(?!\w)"
)


def _spans(*matches: re.Match[str] | None) -> list[Span]:
    return sorted({m.span() for m in matches if m is not None})


def pressure(folded: str) -> tuple[str, list[Span]] | None:
    """The writer petitions, protests, presses elected people or calls to vote a government out,
    without naming a party: (kind, spans) with kind one of petition, protest, lobby, vote_out."""
    words = text_words(folded)
    # One pass over the post's words instead of five: most posts hold none of the first words.
    hits = words & _FIRST_KEYS
    if not hits and "✊" not in folded:
        return None
    votes = not hits.isdisjoint(_VOTE_KEYS)
    lobbies = not hits.isdisjoint(_LOBBY_KEYS) and not words.isdisjoint(_LOBBY_VERBS)
    petitions = not hits.isdisjoint(_PETITION_KEYS)
    events = not hits.isdisjoint(_EVENT_KEYS) or (
        (not hits.isdisjoint(_WEAK_EVENT_KEYS) or "✊" in folded) and not words.isdisjoint(_AIM_KEYS)
    )
    if not (votes or lobbies or petitions or events):
        return None
    for start, end in sentences(folded):
        vote = _VOTE_OUT.search(folded, start, end) if votes else None
        if vote is not None and not negated(folded, vote.start(), window=8) and _NOT_AN_ELECTION.search(folded) is None:
            # Shapes without a vote word of their own need one elsewhere ("show them the door on election day").
            french_out = _VOTE_WORD.search(vote.group(0)) is None and not vote.group(0).startswith("#")
            if not french_out or _VOTE_CONTEXT.search(folded) is not None:
                return "vote_out", _spans(vote)
        if lobbies:
            press = _PRESS.search(folded, start, end)
            if press is not None and not negated(folded, press.start(), window=12):
                return "lobby", _spans(press)
            for lobby in (_LOBBY.search(folded, start, end), _LETTER.search(folded, start, end)):
                if lobby is not None:
                    # A short post may give its aim in the next sentence ("Send an email to your MP. The
                    # template is in the link").
                    aim = _LOBBY_AIM.search(folded, lobby.end(), end if len(folded) > 280 else len(folded))
                    if aim is not None:
                        return "lobby", _spans(lobby, aim)
        petition = _PETITION.search(folded, start, end) if petitions else None
        if petition is not None and not negated(folded, petition.start(), window=10):
            target = _TARGET.search(folded, start, end)
            if target is not None and _NOT_A_CAUSE.search(folded, start, end) is None and (
                _PETITION_CALL.search(folded, start, end) is not None or _NOTICE.match(folded, start) is not None
            ):
                return "petition", _spans(petition, target)
        loose = _PETITION_WORD.search(folded, start, end) if petitions and len(folded) <= 280 else None
        if loose is not None and not negated(folded, loose.start(), window=24):
            # A short post about one petition: its target, its call and the petition word may sit in
            # different sentences ("I signed, your turn! Petition against...").
            target = _TARGET.search(folded)
            call = _PETITION_CALL.search(folded)
            if target is not None and call is not None and _NOT_A_CAUSE.search(folded) is None:
                return "petition", _spans(loose, target)
        if not events:
            continue
        event = _PROTEST.search(folded, start, end)
        if event is not None and not negated(folded, event.start(), window=10):
            # A short post often splits its slogan from its meeting place: "No to the closure! Everyone
            # to the square Saturday" is one call.
            whole = (0, len(folded)) if len(folded) <= 280 else (start, end)
            aim = _AIM.search(folded, *whole)
            climate = "climat" in event.group(0)
            target = _TARGET.search(folded, *whole)
            seat = _SEAT.search(folded, start, end)
            if (
                (climate or (aim is not None and target is not None) or seat is not None)
                and _NOT_A_CAUSE.search(folded) is None
                and (_TAKING_PART.search(folded) is not None or _NOTICE.match(folded, start) is not None)
            ):
                return "protest", _spans(event, aim if target is not None else None, target or seat)
        if event is not None and not negated(folded, event.start(), window=10):
            persist = _PERSIST.search(folded) if _PERSIST_EVENT.search(folded, start, end) else None
            if persist is not None and _NOT_A_CAUSE.search(folded) is None and len(folded) <= 280:
                return "protest", _spans(event, persist)
        bare = _BARE_EVENT.search(folded, start, end)
        if (
            bare is not None
            and _FIRST.search(folded, start, end) is not None
            and _NOT_A_CAUSE.search(folded) is None
            and _NOT_A_PROTEST.search(folded) is None
            and not negated(folded, bare.start(), window=10)
        ):
            return "protest", _spans(bare)
    return None
