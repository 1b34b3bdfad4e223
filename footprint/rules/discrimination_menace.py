"""Threats said by their consequence, by what the writer knows, or by what is coming (DIS007,
round 6), in English and French.

People rarely name the violence they promise: "if you show up tomorrow you won't be walking
home", "they'll never find your body", "I know which school your kids go to", "you should be
very afraid", « tu repartiras pas sur tes deux jambes », « on va s'occuper de ton cas », « tu vas
voir ce qui t'attend », « il mériterait qu'on lui casse les deux jambes ». These shapes are read
by discrimination_threats.harm_threat with the others: each runs only when its key words are in
the post, and the same refusals, news, games, quotes and laughs set it aside.

The lists are patterns over folded text (lower case, no accents, straight apostrophes) and one
line of key words per pattern: "a b | c d" means (a or b) and (c or d).
"""

from __future__ import annotations

import re

# Who is threatened: "you", a third person, or a person pointed at.
_YOU = r"(?:you|u|ya|y'?all)"
_THEY = r"(?:you|u|ya|he|she|they|y'?all|those\s+people|these\s+people)"
_WHO_FR = r"(?:tu|t'|il|elle|ils|elles|vous)"
# A condition set before the consequence: "if you show up", "one more word", « si tu reviens ».
_IF = (
    r"(?:\bif\b|\bnext\s+time\b|\bone\s+more\b|\bagain\b|\bkeep\b|\bdare\b|\bgo\s+near\b|\bcome\s+near\b|\bshow\s+(?:up|your\s+face)\b|\btouch\b)"
)
_SI = r"(?:\bsi\b|\bs'?il|\bs'?ils|\bla\s+prochaine\s+fois\b|\bencore\b|\bapproche\b|\breviens\b|\brevenez\b|\bremets?\b|\bpointes?\b|\bose\b|\boses\b)"
# A lift home is not a threat: "you won't be walking home, I'll drive you".
_NO_LIFT = r"(?![^.!?\n]{0,40}\b(?:drive|ride|lift|uber|taxi|cab|bus|reconduire|raccompagner|ramener|lift|transport)\b)"
# Care and celebration: « viens samedi, tu vas voir ce qui t'attend 🎉 » is a surprise party.
_NO_TREAT = (
    r"(?![^\n]{0,60}(?:surprise|cadeau|fete|party|gateau|hate|tellement\s+(?:beau|bon|hot)|magnifique|genial|trop\s+(?:beau|bon|cool)"
    r"|present|gift|cake|awesome|amazing|beautiful|\U0001F389|\U0001F381|\U0001F382|\U0001F973|\U0001F60D|\u2764))"
)
_FAMILY = r"(?:kids?|children|wife|husband|daughter|son|family|mom|mother|dad|girlfriend|boyfriend|parents)"
_FAMILLE = r"(?:enfants|kids|flos|petits|filles|gars|fille|fils|famille|femme|mari|blonde|chum|mere|pere|parents)"
_HARM_HERE_FR = (
    r"(?:casse|pete|brise|defonce|fracasse|arrache|tabasse|frappe|cogne|tue|bute|egorge|pende|poignarde|ecrase|brule|crame"
    r"|tire\s+dessus|mette\s+une\s+(?:balle|raclee|volee|claque|bonne\s+\w+)|regle\s+son\s+compte|fasse\s+la\s+peau|fasse\s+(?:mal|souffrir))"
)

STRONG = [
    # a consequence on the body after a condition: "if you show up tomorrow, you won't be walking home",
    # "one more word and you're going in the river", "if those people march here they'll be carried out"
    rf"{_IF}[^.!?\n]{{0,60}}?\b{_THEY}(?:'ll|\s+will)?\s*(?:won'?t|wont|will\s+not|ain'?t\s+gonna|aren'?t\s+gonna|isn'?t\s+gonna|(?:'re|are|is)\s+not\s+gonna)\s+(?:be\s+)?"
    rf"(?:walk(?:ing)?|leav(?:e|ing)|go(?:ing)?)\s+(?:home|out(?:\s+of\s+(?:here|there))?|away|again|anywhere)"
    rf"(?=\s*(?:$|[^\w\s]|tonight|today|alive|on\s+(?:your|his|her|their)\s+(?:own|feet)|in\s+one\s+piece|bitch|buddy|pal)){_NO_LIFT}",
    rf"{_IF}[^.!?\n]{{0,60}}?\b(?:{_THEY}(?:'ll|\s+will|'re\s+gonna|\s+are\s+gonna|'re\s+going\s+to|\s+are\s+going\s+to|'s\s+gonna|\s+is\s+gonna)|(?:you'?re|you\s+are|he'?s|she'?s|they'?re|ur)\s+(?:going|gonna\s+go|goin))\s+"
    r"(?:(?:be\s+|get\s+)?carried\s+out(?=\s*(?:$|[^\w\s]|in\s+(?:a|an)\s+(?:body\s*bag|box|coffin|ambulance)|on\s+a\s+stretcher|feet\s+first))|leave\s+(?:in\s+(?:an?\s+)?(?:ambulance|body\s*bag|box|coffin|cast|hearse|pieces)|on\s+a\s+stretcher|feet\s+first)|go\s+home\s+in\s+(?:an?\s+)?(?:ambulance|body\s*bag|box)"
    r"|(?:in|into)\s+(?:the|a)\s+(?:river|lake|ground|ditch|trunk|dumpster|canal|harbou?r|hospital|morgue))\b",
    r"(?:they|cops|the\s+police|police|nobody|no\s+one|noone|no\s+body|anyone)(?:'ll|\s+will)?\s+(?:never|won'?t|will\s+never|won'?t\s+ever)\s+(?:ever\s+)?find\s+(?:your|ur|his|her|their)\s+(?:body|bodies|remains|corpse)",
    rf"{_SI}[^.!?\n]{{0,60}}?\b(?:{_WHO_FR}\s*)(?:repartir\w*|ressortir\w*|sortir\w*|rentrer\w*|partir\w*|vas\s+(?:re)?partir|va\s+(?:re)?partir|vont\s+(?:re)?partir|vas\s+sortir|va\s+sortir|vont\s+sortir)\s+"
    r"(?:d'?ici\s+)?(?:en\s+ambulance|sur\s+une\s+civiere|les\s+pieds\s+devant|dans\s+(?:un|une)\s+(?:sac|cercueil|boite)|en\s+chaise\s+roulante|(?:pas|plus|pus|jamais)\s+(?:d'?ici\s+)?sur\s+(?:tes|ses|vos|leurs)\s+deux\s+(?:jambes|pieds))",
    r"(?:on|ils|la\s+police|personne|les\s+flics)\s+(?:ne\s+|n')?(?:retrouvera|retrouveront|va\s+(?:jamais\s+)?retrouver|vont\s+(?:jamais\s+)?retrouver|trouvera|trouveront)\s+(?:jamais|pas|plus|pus)?\s*(?:ton|son|leur|votre|leurs|vos)\s+(?:corps|cadavres?)",
    # « il mériterait qu'on lui casse les deux jambes », « ils méritent une leçon à coups de bâton »
    rf"(?:merite|merites|meritent|meritez|meritait|meritaient|meriterait|meriteraient|meriterais)\s+(?:juste\s+|vraiment\s+|bien\s+)?(?:qu'?on|que\s+quelqu'?un|que\s+(?:je|j'))\s*(?:lui|leur|te|vous|le|la|les|l')\s*{_HARM_HERE_FR}",
    r"(?:merite|merites|meritent|meriterait|meriteraient|faudrait|faut|devrait|devraient)\b[^.!?\n]{0,40}?\ba\s+coups?\s+de\s+"
    r"(?:poings?|pieds?|battes?|batons?|pelles?|marteaux?|masses?|couteaux?|haches?|crosses?|bottes?|barres?|chaines?|ceintures?)\b",
    r"(?:teach|taught)\s+(?:him|her|them|'?em|those\s+\w+|these\s+\w+)\s+a\s+(?:\w+\s+)?lesson\s+with\s+(?:a|my|the|our)\s+(?:baseball\s+)?(?:bat|crowbar|fists?|belt|boot|pipe|hammer|knife|gun|chain)",
    # "these people deserve to be lined up against a wall", « ils devraient être alignés contre un mur »
    r"(?:should|deserve\s+to|deserves\s+to|need\s+to|needs\s+to|ought\s+to|must)\s+(?:all\s+)?be\s+(?:lined|put|stood)\s+(?:up\s+)?against\s+(?:a|the)\s+wall",
    r"(?:devraient|devrait|doivent|meriteraient|meritent|merite|meriterait|faudrait\s+les|faut\s+les)\s+(?:tous\s+|toutes\s+)?(?:d'?)?(?:etre\s+)?(?:alignee?s?|mise?s?|placee?s?|aligner|mettre)\s+(?:tous\s+|toutes\s+)?(?:dos\s+)?contre\s+(?:un|le)\s+mur",
    # "I'm coming for you and everyone you love", « je m'en viens te chercher, toi pis ta famille »
    r"coming\s+for\s+(?:you|u|ya)\s+(?:and|&|n)\s+(?:everyone|everybody|everything|all)\s+(?:you|u)\s+(?:love|care\s+about|hold\s+dear)",
    rf"(?:je\s+m'?en\s+viens|j'?m'?en\s+viens|je\s+viens|j'?arrive|je\s+vais\s+venir|j'?vais\s+venir|on\s+vient)\s+(?:te|vous)\s+(?:chercher|trouver|voir)\s*,?\s*(?:toi|vous)\s+(?:pis|et|puis)\s+(?:ta|ton|tes|votre|vos|toute\s+ta|toute\s+votre)\s+{_FAMILLE}"
    r"|(?:je\s+m'?en\s+viens|on\s+s'?en\s+vient)\s+(?:pour|chercher)\s+(?:toi|vous)\s+(?:pis|et)\s+(?:tout\s+ce\s+que|tous\s+ceux\s+que)\s+(?:tu|vous)\s+(?:aimes|aimez)",
    # "let's go hurt some of them", « allons en tabasser quelques-uns »
    r"(?:let'?s|lets|let\s+us|we\s+(?:should|gotta|need\s+to))\s+(?:go\s+)?(?:hurt|beat\s+up|attack|jump|bash|stab|shoot|smash|burn)\s+(?:some|a\s+few|one|a\s+couple)\s+of\s+(?:them|'?em|those\s+\w+|these\s+\w+)\b",
    r"(?:allons|on\s+va\s+aller|on\s+va|faut\s+aller|faudrait\s+aller)\s+en\s+(?:tabasser|frapper|cogner|planter|buter|descendre|bruler|egorger|poignarder)\s+(?:quelques[\s-]uns|quelques[\s-]unes|un\s+ou\s+deux|une\s+ou\s+deux|plusieurs|deux\s+ou\s+trois|un\s+couple)",
    # "I'd pay good money to see her get hurt"
    r"(?:i'?d|i\s+would)\s+pay\s+(?:good\s+|big\s+|real\s+|top\s+)?(?:money|cash|dollars|\$?\d+\w*)\s+to\s+(?:see|watch)\s+(?:him|her|them|you|u|that\s+\w+|those\s+\w+|these\s+\w+)\s+"
    r"(?:get\s+|getting\s+|be\s+)?(?:hurt|beaten|beat\s+up|slapped|punched|stabbed|shot|killed|suffer|suffering|bleed|die|burn|hanged|lynched|run\s+over)\b",
    # "I hope she gets really sick and never recovers" (not "sick of", not "hope you don't get sick")
    r"(?:hope|hoping|wish|pray|praying)\s+(?:that\s+)?(?:you|u|he|she|they|your\s+\w+|ur\s+\w+|his\s+\w+|her\s+\w+|my\s+ex|that\s+\w+)\s+(?:\w+\s+)?(?:gets?|becomes?|falls?)\s+"
    r"(?:really|very|terribly|deathly|seriously|horribly|so|gravely|incurably)\s+(?:sick|ill)\b(?!\s+(?:of|and\s+tired))",
    # harm promised after a slight to the writer: "touch my car again and you'll be leaving in an ambulance",
    # "keep posting my pics and ur gonna end up in the hospital", « touche encore à mon char pis tu repars en ambulance »
    r"(?:^|[.!?]\s*|,\s*)[^.!?\n]{0,60}?\b(?:my|me|mine|us|our)\b[^.!?\n]{0,50}?\b(?:and|&|n|or|,)\s*(?:you'?ll|you\s+will|ur\s+gonna|you'?re\s+(?:gonna|going\s+to)|you\s+are\s+(?:gonna|going\s+to)|u\s+will|u'?ll|u\s+r\s+gonna)\s+"
    r"(?:\w+\s+)?(?:end\s+up|wind\s+up|be\s+leaving|leave|go\s+home|be\s+going\s+home|wake\s+up|be)\s+(?:in|on)\s+(?:an?\s+|the\s+)?(?:ambulance|body\s*bags?|coffin|casket|stretcher|morgue|wheelchair|ground|grave|hospital|icu|er\b|emergency\s+room|cast|pieces)",
    r"(?:^|[.!?]\s*|,\s*)[^.!?\n]{0,60}?\b(?:mon|ma|mes|moi|me|m'|nous|notre|nos)\b[^.!?\n]{0,50}?\b(?:pis|et|puis|ou|,)\s*(?:tu|vous|t')\s*(?:vas\s+|allez\s+|va\s+)?"
    r"(?:finir|finis|finiras|repartir|repars|repartiras|ressortir|ressors|sortir|sors|sortiras|te\s+retrouver|te\s+retrouves|te\s+reveiller|te\s+reveilles)\s+"
    r"(?:a\s+l'?hopital|en\s+ambulance|dans\s+(?:un|une)\s+(?:sac|cercueil|boite|civiere)|aux\s+(?:urgences|soins\s+intensifs)|en\s+chaise\s+roulante|les\s+pieds\s+devant|en\s+morceaux|six\s+pieds\s+sous\s+terre)",
    # "I want to see them all in body bags", « je veux tous les voir dans des sacs mortuaires »
    r"(?:want|wanna|love|like|can'?t\s+wait|cant\s+wait)\s+(?:to\s+)?see\s+(?:them|'?em|you|u|him|her|y'?all|those\s+\w+|these\s+\w+)\s+(?:all\s+)?"
    r"(?:in\s+(?:body\s*bags?|coffins?|caskets?|graves?|the\s+ground|the\s+morgue|a\s+ditch)|dead\b|six\s+feet\s+under|hanging\s+from)",
    r"(?:veux|voudrais|aimerais|ai\s+hate\s+de|j'?ai\s+hate\s+de)\s+(?:tous\s+|toutes\s+)?(?:les|te|le|la|vous|l')\s*(?:tous\s+|toutes\s+)?voir\s+(?:tous\s+|toutes\s+)?"
    r"(?:dans\s+(?:des|un|une)\s+(?:sacs?\s+mortuaires?|cercueils?|tombes?|fosses?|sacs?\s+(?:a|de)\s+vidanges?)|mort(?:e|s|es)?\b|six\s+pieds\s+sous\s+terre|pendu(?:e|s|es)?\b)",
    # "should be dragged into the street", « devraient se faire traîner dans la rue »
    r"(?:should|deserve\s+to|deserves\s+to|need\s+to|needs\s+to|ought\s+to|must)\s+(?:all\s+)?(?:be|get)\s+dragged\s+(?:out\s+)?(?:into|through|in)\s+(?:the\s+)?streets?",
    r"(?:devraient|devrait|doivent|doit|meritent|merite|meriteraient|meriterait)\s+(?:tous\s+|toutes\s+)?(?:de\s+)?(?:se\s+faire|etre)\s+train(?:er|ee?s?)\s+(?:dans|par)\s+(?:la|les)\s+rues?",
    # calls to hurt, said as orders: "go beat them up", "punch every one of them you see", "beat the shit out of him",
    # « allez lui casser la gueule », « cassez-leur les dents » (not "beat them tonight", a game)
    r"(?:^|[.!?,:]\s*|@\S+\s+|\b(?:so|just|now|everyone|everybody|y'?all|guys|boys|someone)\s+)(?:go\s+(?:and\s+)?)?(?:beat|rough)\s+(?:them|'?em|him|her|that\s+\w+|those\s+\w+|these\s+\w+)\s+up\b"
    r"|(?:^|[.!?,:]\s*|@\S+\s+|\b(?:so|just|now|everyone|everybody|y'?all|guys|boys|someone\s+(?:should|needs\s+to)|let'?s|lets)\s+)(?:go\s+(?:and\s+)?)?beat\s+the\s+(?:shit|crap|hell|living\s+daylights|life)\s+out\s+of\s+(?:him|her|that\s+\w+|this\s+\w+)\b"
    r"|(?:^|[.!?,:]\s*|@\S+\s+|\b(?:so|just|now|everyone|everybody|y'?all|guys|boys)\s+)(?:go\s+(?:and\s+)?)?(?:punch|stab|slap|smack|kick|hurt|jump|deck)\s+(?:every\s+(?:single\s+|last\s+)?one\s+of\s+them|(?:every|each|any)\s+\w+\s+(?:you|u)\s+see|them\s+(?:all|on\s+sight|whenever\s+you\s+see)|him|her)\b(?!\s+(?:up|back|a\s+(?:text|message|line|dm)))",
    r"(?:^|[.!?,:]\s*|\b(?:allez|va|vas|faut\s+aller|faudrait\s+aller|allons|on\s+va\s+aller)\s+)(?:lui|leur)\s+(?:casser|peter|defoncer|refaire|fracasser|arranger)\s+(?:la\s+gueule|la\s+yeule|la\s+face|le\s+portrait|les\s+dents|les\s+jambes)"
    r"|\b(?:cassez|petez|defoncez|cassons|petons|casse|pete|defonce|fracassez|refaites)[\s-]+(?:lui|leur)\s+(?:la\s+gueule|la\s+yeule|la\s+face|le\s+portrait|les\s+dents|les\s+jambes)",
    r"go\s+to\s+(?:his|her|their|that\s+\w+'?s?)\s+(?:house|home|place|office|work|door)\s+(?:and|&|n)\s+(?:make\s+(?:him|her|them)\s+pay|teach\s+(?:him|her|them)|show\s+(?:him|her|them)|hurt|beat|deal\s+with|rough)"
    r"|(?:allez|allons|faut\s+aller|on\s+va\s+aller)\s+chez\s+(?:lui|elle|eux|ce\s+\w+)\s+(?:et|pis)\s+(?:lui|leur)\s+(?:faire\s+payer|montrer|apprendre|regler|casser|peter)",
    # "hope that councillor has a heart attack", « j'espère que ce conseiller fasse une crise cardiaque »
    r"(?:hope|hoping|wish|pray|praying)\s+(?:that\s+)?(?:[\w@'-]+\s+){1,3}?(?:has|have|gets?|catches?|suffers?|develops?|dies\s+(?:of|from))\s+"
    r"(?:an?\s+|a\s+(?:massive|huge|fatal|bad|terrible|horrible|nasty|painful|deadly|slow|long)\s+)?(?:heart\s+attack|stroke|aneurysm|cancer|tumou?r|car\s+(?:crash|accident)|fatal\s+accident|overdose|covid|aids|ebola)\b"
    r"(?!\s+(?:treatment|screening|test|tests|results|scan|free|cured|remission|research|walk|run|survivor|fundraiser|check))",
    r"(?:j'?espere|jespere|je\s+souhaite|j'?souhaite|pourvu)\s+(?:que|qu')\s*(?:[\w'-]+\s+){1,3}?(?:fasse|fait|fassent|font|ait|aie|aient|a|attrape|attrapent|pogne|chope|va\s+faire|va\s+avoir)\s+"
    r"(?:une?\s+)?(?:crise\s+cardiaque|infarctus|avc|cancer|accident\s+(?:mortel|grave)|overdose|covid\s+long)\b(?!\s+(?:du\s+depistage|depistage|traitement|gueri))",
    # "wishing you a painful death", « je te souhaite une mort lente »; "I'll be there to watch him suffer"
    r"wish(?:ing)?\s+(?:you|u|him|her|them|y'?all)\s+(?:a|an)\s+(?:slow|painful|horrible|miserable|long|agoni[sz]ing|violent|gruesome)\s+(?:(?:and|,)\s*\w+\s+)?death"
    r"|(?:i'?ll|i\s+will|i\s+want\s+to|i'?m\s+gonna|i'?d\s+love\s+to|i\s+can'?t\s+wait\s+to)\s+(?:be\s+there\s+to\s+|just\s+|sit\s+back\s+and\s+)?(?:watch|see)\s+(?:him|her|them|you|u|'?em)\s+(?:suffer|bleed|burn|rot|die|beg|choke|drown)\b",
    # "they should all be rounded up and shot", « ils devraient tous être rassemblés pis fusillés »
    r"(?:should|deserve\s+to|deserves\s+to|need\s+to|needs\s+to|must|ought\s+to)\s+(?:all\s+)?(?:be|get)\s+(?:rounded|lined|dragged|taken)\s+(?:up|out(?:side)?|out\s+back)\s+(?:and|&|n)\s+(?:shot|hanged|hung|executed|gassed|killed|beaten|lynched|burned|strung\s+up)",
    r"(?:devraient|devrait|doivent|doit|meritent|meriteraient|faudrait\s+les|faut\s+les)\s+(?:tous\s+|toutes\s+)?(?:etre\s+)?(?:rassemblee?s?|alignee?s?|ramassee?s?|rassembler|aligner|ramasser|embarquer|embarquee?s?)\s+(?:et|pis|puis)\s+(?:fusillee?s?|pendue?s?|gazee?s?|abattue?s?|executee?s?|tuee?s?|bruler|brulee?s?|fusiller|pendre|gazer|abattre)",
    # "the world would be better off if she had an accident", "nobody would miss him if he disappeared"
    r"(?:world|we|everyone|everybody|country|town|city|society|earth)\s+(?:would\s+be|'d\s+be|will\s+be)\s+(?:a\s+)?(?:so\s+much\s+|much\s+)?better\s+(?:place\s+|off\s+)?(?:if|once|when)\s+(?:he|she|they|you|that\s+\w+|this\s+\w+)\s+"
    r"(?:had\s+an\s+accident|died|dies|disappeared|dropped\s+dead|got\s+(?:hit|shot|killed|run\s+over)|(?:was|were|is)\s+dead|never\s+woke\s+up|stopped\s+breathing)"
    r"|(?:nobody|no\s+one|noone)\s+(?:would|will)\s+miss\s+(?:him|her|them|that\s+\w+)\s+(?:if|when|once)\s+(?:he|she|they)\s+(?:disappeared|died|dies|vanished|got\s+(?:hit|shot|killed|run\s+over)|dropped\s+dead)",
    r"(?:monde|terre|pays|ville|societe|quartier)\s+(?:serait|irait|se\s+porterait)\s+(?:bien\s+|tellement\s+)?mieux\s+(?:si|quand)\s+(?:il|elle|ils|elles|tu|ce\s+\w+|cette\s+\w+)\s+"
    r"(?:avait|avaient|avais)\s+un\s+accident|(?:monde|terre|pays|ville|societe|quartier)\s+(?:serait|irait|se\s+porterait)\s+(?:bien\s+|tellement\s+)?mieux\s+(?:si|quand)\s+(?:il|elle|ils|elles|tu|ce\s+\w+|cette\s+\w+)\s+(?:mourait|mouraient|crevait|crevaient|disparaissait|disparaissaient|etait\s+morte?|etaient\s+morte?s)"
    r"|personne\s+(?:ne\s+)?(?:s'?ennuierait|va\s+s'?ennuyer|s'?ennuiera)\s+(?:de\s+lui|d'elle|d'eux|de\s+ce\s+\w+)\s+(?:s'?il|si\s+elle|s'?ils|quand\s+(?:il|elle))\s+(?:disparaissait|mourait|crevait|disparait|meurt|creve)",
    # doxxing calls: "here's her home address. You know what to do.", « voici son adresse, vous savez quoi faire »
    r"(?:here'?s|here\s+is|heres|found)\s+(?:his|her|their|this\s+\w+'s|that\s+\w+'s)\s+(?:home\s+|real\s+|new\s+|work\s+)?(?:address|phone\s+number|number|house|location)\b[^\n]{0,60}?"
    r"(?:you\s+(?:all\s+)?know\s+what\s+to\s+do|do\s+your\s+thing|go\s+get\s+(?:him|her|them)|pay\s+(?:him|her|them)\s+a\s+visit|have\s+fun|happy\s+hunting|go\s+nuts|make\s+(?:him|her|them)\s+pay)"
    r"|(?:someone|somebody|everyone|y'?all|guys)\s+(?:find|get|dig\s+up|post|share|spread)\s+(?:out\s+)?(?:where\s+(?:he|she|they|this\s+\w+|that\s+\w+)\s+(?:lives|works|sleeps)|(?:his|her|their)\s+(?:home\s+)?address)"
    r"|(?:post|share|spread|leak)\s+(?:his|her|their)\s+(?:home\s+)?address\s+(?:so|and)\s+(?:people|we|everyone|folks)\s+(?:can|will|could)\s+(?:pay|visit|go|show|find|get)",
    r"(?:voici|voila|v'la|ca\s+c'?est)\s+(?:son|leur|l')\s*(?:adresse|numero|maison)[^\n]{0,60}?(?:vous\s+savez\s+(?:quoi|ce\s+qu'?il\s+(?:faut|reste\s+a))\s+faire|allez[\s-]y|amusez[\s-]vous|bonne\s+chasse|allez\s+lui\s+rendre\s+visite)"
    r"|(?:quelqu'?un|qqn)\s+(?:peut|pourrait|devrait)(?:[\s-]+il)?\s+trouver\s+(?:ou\s+(?:il|elle|ils)\s+(?:habite|habitent|reste|restent|travaille)|son\s+adresse)"
    r"|(?:publiez|partagez|postez|publie|partage)\s+(?:son|leur)\s+adresse\s+(?:pour\s+qu'?on|pour\s+que\s+(?:le\s+monde|les\s+gens))",
    # "let's make sure she never feels safe again", « faisons en sorte qu'elle se sente plus jamais en sécurité »
    r"make\s+sure\s+(?:that\s+)?(?:she|he|they|you|that\s+\w+|this\s+\w+)\s+(?:never|doesn'?t|don'?t)\s+(?:ever\s+)?(?:feels?|is|are|sleeps?|walks?)\s+(?:safe|safely|alone|again\s+safe)"
    r"|(?:faisons|faites|faire|faut\s+faire)\s+en\s+sorte\s+(?:qu'?(?:il|elle|ils|elles)|que\s+(?:tu|ce\s+\w+|cette\s+\w+))\s+(?:ne\s+)?se\s+sente\w*\s+(?:plus|pus|jamais)\s+(?:jamais\s+)?en\s+securite",
    # a crowd, a parade, a place of worship attacked: "someone should drive a truck into that parade", "shoot up that mosque"
    r"(?:drive|drives|driving|plow|plows|ram|rams|mow|mows)\s+(?:a|his|my|the|your|their)\s*(?:car|truck|van|bus|pickup|suv)?\s+(?:into|through|down)\s+(?:that|the|this|those|these)\s+(?:crowd|parade|march|protest|rally|protesters|marchers|mosque|church|synagogue|temple|school|line|vigil|pride)"
    r"|(?:shoot|shooting|bomb|bombing|firebomb|firebombing|torch|torching|burn)\s+(?:up\s+|down\s+)?(?:that|the|this|those|these|their)\s+(?:mosque|church|synagogue|temple|gurdwara|clinic|school|office|rally|parade|march|protest|bar|club|shelter|centre|center|vigil)\b(?!\s+(?:of|on|at|in|for))"
    r"|(?:^|[.!?]\s*|should\s+|just\s+|let'?s\s+|gonna\s+|to\s+|we\s+need\s+to\s+|police\s+should\s+)open\s+fire\s+(?:on|at|into)\s+(?:the|that|those|these|them)\b",
    r"(?:foncer|fonce|rentrer|rentre)\s+(?:avec\s+(?:un|son|mon|ton|leur)\s+(?:camion|char|auto|pick-?up|autobus)\s+)?(?:dans|sur)\s+(?:ce|cette|ces|la|le|les)\s+(?:foule|defile|manif|manifestation|marche|parade|manifestants|mosquee|eglise|synagogue|ecole|vigile)"
    r"|(?:tirer|tire)\s+(?:dans|sur)\s+(?:ce|cette|ces|la|le|les)\s+(?:mosquee|eglise|synagogue|temple|ecole|foule|manif|manifestation|marche|defile|bar|clinique)"
    r"|(?:mettre|mette|mettent)\s+le\s+feu\s+(?:a|au|aux)\s+(?:ce|cette|ces|la|le|l'|leur)\s*(?:mosquee|eglise|synagogue|temple|clinique|ecole|bureau|refuge|centre|local)"
    r"|(?:ouvrir|ouvrez|ouvre)\s+le\s+feu\s+(?:sur|dans)\s+(?:la|le|les|ces|ce|cette|eux)\b",
    # "bring your guns to the rally", « apportez vos fusils à la manif »
    r"(?:bring|brings|bringing|pack|packing)\s+(?:your|ur|the|some|our)\s+(?:guns|rifles|weapons|bats|knives|ammo|pistols|shotguns)\s+(?:to|on)\s+(?:the|that|this|their)\s+(?:rally|march|protest|parade|meeting|office|school|mosque|church|event|hearing|vigil|council)"
    r"|(?:apportez|amenez|apporte|amene|sortez)\s+(?:vos|tes|les|des)\s+(?:fusils|armes|guns|batons|battes|couteaux|gun)\s+(?:a|au|aux|pour)\s+(?:la|le|l')?\s*(?:manif|manifestation|marche|rassemblement|reunion|defile|conseil|mosquee|eglise|assemblee)",
    # harassment called for: "make her life a living hell until she quits", « rendez-lui la vie impossible jusqu'à ce qu'elle démissionne »
    r"(?:^|[.!?]\s*|let'?s\s+|we\s+(?:should|need\s+to|gotta)\s+|everyone\s+|y'?all\s+)make\s+(?:his|her|their)\s+li(?:fe|ves)\s+(?:a\s+)?(?:living\s+)?hell"
    r"|(?:keep|kept|spam|flood|harass|message|dm|tag)\w*\s+(?:\w+\s+){0,4}?until\s+(?:she|he|they)\s+(?:kills?\s+(?:herself|himself|themselves)|quits|leaves|breaks\s+down|deletes|disappears|cries)",
    r"(?:rendez|rends|rendons)[\s-]+(?:lui|leur)\s+la\s+vie\s+(?:impossible|infernale|d'enfer)|(?:continuez|continue|continuons)\s+(?:\w+\s+){0,4}?jusqu'?a\s+ce\s+qu'?(?:elle|il|ils|elles)\s+(?:se\s+tue|se\s+suicide|demissionne|craque|parte|disparaisse|supprime)",
    # « je prie chaque soir pour qu'il se fasse écraser »
    r"(?:je\s+prie|j'?prie|on\s+prie|prions|je\s+priais)\s+(?:\w+\s+){0,3}?pour\s+(?:que|qu')\s*(?:tu|t'|il|elle|ils|elles|ta|ton|tes|sa|son|ses|leur|leurs|vous)\b[^.!?\n]{0,30}?"
    r"(?:\b(?:crev|meur|mour|souffr|pourri|brul)\w*|(?:se|te|s')\s*(?:fass\w*|fait)\s+(?:ecraser|frapper|tuer|tabasser|violer|lyncher|poignarder)|\b(?:attrap|chop|pogn)\w*\s+(?:le|un)\s+cancer|\b(?:ai[et]|aient)\s+un\s+(?:\w+\s+)?accident)",
]
STRONG_KEYS = [
    "walking walk leave leaving | won wont not ain aren isn | home out away again anywhere",
    "carried pieces hearse ambulance stretcher river lake ditch trunk dumpster harbour harbor morgue hospital ground | if again one keep dare near show touch next",
    "body bodies remains corpse | find",
    "ambulance civiere pieds sac cercueil boite chaise jambes",
    "corps cadavre cadavres | retrouvera retrouveront retrouver trouvera trouveront",
    "merite merites meritent meritez meritait meritaient meriterait meriteraient meriterais | qu on quelqu j",
    "coups coup",
    "lesson | bat crowbar fist fists belt boot pipe hammer knife gun chain",
    "wall | lined put stood",
    "mur | contre",
    "coming | love care dear",
    "chercher aimes aimez | viens arrive venir vient | famille enfants kids flos petits filles gars fille fils femme mari blonde chum mere pere parents aimes aimez toi vous",
    "some few one couple | hurt beat attack jump bash stab shoot smash burn",
    "tabasser frapper cogner planter buter descendre bruler egorger poignarder | en",
    "pay | see watch",
    "sick ill | hope hoping wish pray praying",
    "ambulance body bodybag bag bags coffin casket stretcher morgue wheelchair ground grave hospital icu er emergency cast pieces | my me mine us our | you ur u",
    "hopital ambulance sac cercueil boite civiere urgences soins chaise pieds morceaux | mon ma mes moi me m nous notre nos | tu vous t",
    "see | body bodybag bag bags coffin coffins casket caskets grave graves ground morgue ditch dead six hanging | want wanna love like wait",
    "sac sacs cercueil cercueils tombe tombes fosse fosses mort morte morts mortes six pendu pendue pendus pendues | voir | veux voudrais aimerais hate",
    "dragged | street streets",
    "trainer traine trainee trainees traines | rue rues",
    "beat rough punch stab slap smack kick hurt jump deck | them em him her that those these every one",
    "casser peter defoncer refaire fracasser arranger cassez petez defoncez cassons petons casse pete defonce fracassez refaites | gueule yeule face portrait dents jambes",
    "pay payer teach hurt beat rough deal montrer apprendre regler casser peter | go allez allons aller | house home place office work door chez",
    "heart stroke aneurysm cancer tumor tumour car fatal overdose covid aids ebola | hope hoping wish pray praying",
    "crise infarctus avc cancer accident overdose covid | espere jespere souhaite pourvu",
    "death suffer bleed burn rot die beg choke drown | wish wishing watch see",
    "rounded lined dragged taken | shot hanged hung executed gassed killed beaten lynched burned strung",
    "rassemble rassembles rassemblee rassemblees aligne alignes alignee alignees ramasse ramasses rassembler aligner ramasser embarquer embarque embarques | fusille fusilles fusillee fusillees pendu pendus gaze gazes abattu abattus execute executes tue tues bruler brule brules fusiller pendre gazer abattre",
    "better miss | accident died dies disappeared dropped hit shot killed run dead woke breathing vanished | world we everyone everybody country town city society earth nobody no noone",
    "mieux ennuierait ennuyer ennuiera | accident mourait mouraient crevait crevaient disparaissait disparaissaient morte mort morts mortes disparait meurt creve",
    "address lives works sleeps location | here heres found someone somebody everyone yall guys post share spread leak",
    "adresse numero maison habite habitent reste restent travaille | voici voila v la quelqu qqn publiez partagez postez publie partage",
    "sure sorte | safe safely alone securite",
    "drive drives driving plow plows ram rams mow mows shoot shooting bomb bombing firebomb firebombing torch torching burn fire | crowd parade march protest rally protesters marchers mosque church synagogue temple gurdwara clinic school office bar club shelter centre center vigil pride open",
    "foncer fonce rentrer rentre tirer tire feu | foule defile manif manifestation marche parade manifestants mosquee eglise synagogue temple ecole vigile bar clinique bureau refuge centre local ouvrir ouvrez ouvre",
    "guns rifles weapons bats knives ammo pistols shotguns fusils armes gun batons battes couteaux | rally march protest parade meeting office school mosque church event hearing vigil council manif manifestation marche rassemblement reunion defile conseil mosquee eglise assemblee",
    "hell until | make keep kept spam flood harass message dm tag",
    "vie jusqu | rendez rends rendons continuez continue continuons",
    "prie priais prions | pour",
]

MILD = [
    # comeuppance and what awaits: « tu vas voir ce qui t'attend », « il va avoir ce qu'il mérite, croyez-moi »
    rf"(?:tu|vous|t')\s*(?:vas|allez|va)\s+voir\s+ce\s+qui\s+(?:t'|vous\s+)attend\b{_NO_TREAT}",
    r"(?:il|elle|ils|elles|tu|vous|t')\s*(?:va|vont|vas|allez)\s+(?:avoir|recevoir|manger)\s+ce\s+qu'?(?:il|elle|ils|elles|tu|vous)\s+(?:merite|meritent|merites|meritez)"
    r"(?=\s*(?:$|[.!]|,?\s*(?:croyez|crois|je\s+(?:te|vous)\s+(?:le\s+)?(?:jure|garantis|promets)|tot\s+ou\s+tard|bientot|un\s+jour|tu\s+vas\s+voir|vous\s+allez\s+voir|attends?|mark)))",
    r"(?:ce\s+qui\s+(?:te|lui|leur|vous)\s+pend\s+au\s+nez)",
    # « on va s'occuper de ton cas », "we'll deal with you our way"
    r"(?:on|je|j'|nous|mes\s+gars|mes\s+chums|quelqu'?un)\s*(?:va|vais|vas|allons|devrait|doit|vont)\s+(?:aller\s+)?s'?occuper\s+de\s+(?:ton|votre|son|leur)\s+cas(?=\s*(?:$|[^\w\s]|mon\s|toi\b|ce\s+soir|bientot|tu\s+vas|crois|pis\b|apres\s+(?:l'?ecole|la\s+job|le\s+travail)))"
    r"|(?:on|je|j'|nous|mes\s+gars|mes\s+chums)\s*(?:va|vais|allons|vont)\s+(?:aller\s+)?s'?occuper\s+(?:d'?eux|de\s+toi|de\s+vous|de\s+lui|d'?elle)(?:\s+aussi)?\s*,?\s*"
    r"(?:pour\s+de\s+bon|une\s+fois\s+pour\s+toutes|personnellement|a\s+(?:notre|ma)\s+(?:facon|maniere)|tu\s+vas\s+voir|vous\s+allez\s+voir|ils\s+vont\s+voir|crois[\s-]moi|croyez[\s-]moi)",
    r"(?:we'?ll|we\s+will|we'?re\s+gonna|we\s+are\s+going\s+to|i'?ll|i\s+will)\s+(?:deal\s+with|take\s+care\s+of|handle)\s+(?:you|u|them|'?em|him|her)\s+(?:our|my|the\s+old[\s-]fashioned|the\s+hard)\s+way\b",
    # what the writer knows: "I know where you work, Sarah.", "I know which school your kids go to"
    r"(?:i|we)\s+know\s+where\s+(?:you|u)\s+(?:live|work|sleep|park|go\s+to\s+school)\s*,\s*[a-z]+(?:\s+[a-z]+)?\s*(?:[.!\u2026]|$)",
    rf"(?:i|we)\s+know\s+(?:which|what)\s+(?:school|daycare|bus|gym|church|mosque|office|building|street|house|car|route|park)\s+(?:your|ur)\s+{_FAMILY}\s+(?:\w+\s+)?(?:go|goes|attend|attends|take|takes|live|lives|work|works|drive|drives|play|plays|use|uses)(?:\s+(?:to|at|in|on))?"
    r"(?=\s*(?:$|[.!\u2026]|,?\s*(?:buddy|pal|bro|now|so|just\s+saying|remember\s+that|think\s+about\s+(?:it|that))))",
    rf"(?:je|on|j')\s*(?:connai[st]|sai[st])\s+(?:(?:l'?|tres\s+bien\s+l'?)ecole|la\s+garderie|l'?adresse|le\s+chemin\s+de\s+l'?ecole)\s+(?:de|des|d')\s*(?:tes|vos|ta|ton|votre)\s+{_FAMILLE}(?=\s*(?:$|[.!\u2026]|mon\s|toi\b|pis\b))"
    rf"|(?:je|on)\s+sai[st]\s+(?:a\s+)?(?:quelle|quel)\s+(?:ecole|garderie|cpe|parc|job|bureau)\s+(?:vont|va|frequentent|frequente|travaille|travaillent)\s+(?:tes|vos|ta|ton|votre)\s+{_FAMILLE}",
    r"(?:je|on)\s+sai[st]\s+ou\s+(?:(?:tu|vous)\s+|t')(?:restes|restez|demeures|demeurez|habites|habitez|vis|vivez|travailles|travaillez)\s*,\s*[a-z]+(?:\s+[a-z]+)?\s*(?:[.!\u2026]|$)",
    # fear called for: "you should be very afraid", "your family isn't safe anymore", « ta famille est plus en sécurité »
    r"(?:you|u|y'?all|you\s+people)\s+(?:should|better|'d\s+better|had\s+better)\s+be\s+(?:very\s+|really\s+|real\s+)?(?:afraid|scared|terrified|worried)(?=\s*(?:$|[.!]|right\s+now|now\b|of\s+(?:me|us)\b|bitch|,?\s*very))",
    r"(?:tu|vous|t')\s*(?:devrais|devriez|ferais\s+bien|feriez\s+bien)\s+(?:d'?)?avoir\s+(?:tres\s+|vraiment\s+|ben\s+)?peur(?=\s*(?:$|[.!]|de\s+moi|de\s+nous|mon\s|toi\b))",
    rf"(?:your|ur)\s+(?:{_FAMILY}|house|home)\s+(?:is|are|isn'?t|aren'?t|is\s+not|are\s+not|won'?t\s+be|will\s+not\s+be)\s+(?:no\s+longer\s+|not\s+)?safe\s+(?:anymore|any\s+more|now|from\s+(?:me|us))"
    r"|(?:you'?re|you\s+are|ur|u\s+r)\s+(?:not|no\s+longer)\s+safe\s+(?:anymore|any\s+more|anywhere)(?!\s+(?:on|in|at|with|driving|walking|out))",
    rf"(?:ta|ton|tes|votre|vos)\s+(?:{_FAMILLE}|maison)\s+(?:n'?est|ne\s+sont|est|sont|n'?sera|sera|seront)\s+(?:pus|plus|pas)\s+en\s+securite(?=\s*(?:$|[.!]|mon\s|,|toi\b))"
    r"|(?:t'?es|tu\s+es|vous\s+etes|tu\s+seras|vous\s+serez)\s+(?:pus|plus)\s+en\s+securite\s+(?:nulle\s+part|nulle\s+part\s+ailleurs|ici|maintenant)",
    # "the day I see him again he's dead", « la prochaine fois que je le vois, il est mort »
    r"(?:the\s+day|next\s+time|if|when|once|the\s+moment)\s+i\s+(?:ever\s+)?(?:see|catch|find|run\s+into|spot|meet)\b[^.!?\n]{0,40}?[\s,]+"
    r"(?:he'?s|she'?s|they'?re|he\s+is|she\s+is|they\s+are)\s+(?:so\s+|fucking\s+)?(?:dead|done\s+for|finished)\b(?!\s+(?:tired|with|on\s+(?:his|her|their)\s+feet))",
    r"(?:la\s+prochaine\s+fois\s+que|si|quand|le\s+jour\s+ou|des\s+que)\s+(?:je|j')\s*(?:le|la|les|l')?\s*(?:vois|croise|pogne|revois|recroise|attrape|trouve)\b[^.!?\n]{0,40}?[\s,]+"
    r"(?:il|elle|ils|elles)\s+(?:est|sont)\s+(?:mort|morte|morts|mortes|fini|finie|finis|cuit|cuite|cuits)\b(?!\s+de\s+(?:rire|fatigue))",
    # a visit paid by someone else: "someone should pay him a little visit", « quelqu'un devrait aller lui rendre une petite visite »
    r"(?:someone|somebody|some\s+of\s+us|a\s+few\s+of\s+us)\s+(?:should|needs?\s+to|ought\s+to|oughta|gotta|could|will|'ll|is\s+gonna)\s+(?:go\s+)?pay\s+(?:him|her|them|that\s+\w+|this\s+\w+)\s+a\s+(?:\w+\s+)?visit\b"
    r"|(?:we|i)(?:'ll|\s+will|\s+should|'re\s+gonna|'m\s+gonna)\s+pay\s+(?:him|her|them|you|u)\s+a\s+(?:little|friendly|late[\s-]night|surprise)\s+visit\b(?=[^.!?\n]{0,40}(?:house|home|place|door|work|office|tonight|at\s+night|\U0001F52A|\U0001F52B|$))",
    r"(?:quelqu'?un|qqn)\s+(?:devrait|va|pourrait|doit)\s+(?:aller\s+)?(?:lui|leur|te|vous)\s+rendre\s+(?:une\s+)?(?:petite\s+)?visite"
    r"|(?:on|je)\s+(?:va|vais|devrait)\s+(?:aller\s+)?(?:lui|leur|te|vous)\s+rendre\s+une\s+petite\s+visite\s+(?:chez|a\s+(?:son|ta|sa|ton|leur)|ce\s+soir|cette\s+nuit)",
    # "watch what happens to you", « tu vas voir ce qui va arriver à ta face »
    rf"watch\s+what\s+happens\s+(?:to\s+(?:you|u|your\s+\w+|ur\s+\w+)|when\s+(?:you|u)\s+(?:leave|get\s+home|walk|step\s+out|come\s+out|show\s+up)){_NO_TREAT}",
    r"ce\s+qui\s+va\s+(?:arriver|se\s+passer)\s+(?:a|avec)\s+(?:ta|ton|tes|votre|vos)\s+(?:face|gueule|yeule|tete|char|auto|voiture|maison|famille|enfants|blonde|femme|chum|dents)",
    # "I'll be waiting outside your office at 5. Come alone.", « je vais être à ta porte ce soir. Tu sais pourquoi. »
    r"(?:i'?ll|i\s+will|i'?m\s+gonna|i'?m\s+going\s+to|we'?ll|we\s+will)\s+be\s+(?:waiting\s+)?(?:for\s+(?:you|u)\s+)?(?:at|outside|in\s+front\s+of|by)\s+(?:your|ur)\s+(?:front\s+)?(?:door|house|place|office|work|car|school|building)"
    r"[^.!?\n]{0,30}[.!,]?\s*(?:you\s+know\s+why|come\s+alone|don'?t\s+be\s+late|bring\s+(?:your|ur)\s+friends|see\s+you\s+there|and\s+i'?m\s+not\s+alone)",
    r"(?:je\s+vais|j'?vais|on\s+va|m'?as)\s+(?:t'?attendre|vous\s+attendre|etre|me\s+pointer|debarquer)\s+(?:devant|a|chez|au\s+pied\s+de)\s+(?:ta|ton|tes|votre|vos|vous|toi)\b[^.!?\n]{0,30}[.!,]?\s*"
    r"(?:tu\s+sais\s+pourquoi|vous\s+savez\s+pourquoi|viens\s+seule?|venez\s+seule?s?|sois\s+pas\s+en\s+retard|amene\s+tes\s+amis)",
    # "it'd be a shame if something happened", « ce serait dommage qu'il arrive quelque chose »
    r"(?:be|'d\s+be|would\s+be|will\s+be)\s+a\s+(?:real\s+)?(?:shame|pity)\s+if\s+(?:something|anything)\s+(?:bad\s+)?(?:happened|were\s+to\s+happen|happens)(?=\s*(?:$|[.!\u2026]|to\s+(?:her|him|them|it|your|ur|the\s+(?:kids|wife|family))))",
    r"(?:serait|ce\s+serait|ca\s+serait|c'?serait)\s+(?:vraiment\s+|ben\s+)?(?:dommage|plate|triste)\s+(?:qu'?il|s'?il)\s+(?:(?:t'|te|lui|leur|vous)\s*)?(?:arrive|arrivait)\s+(?:quelque\s+chose|un\s+malheur|un\s+accident)"
    r"(?=\s*(?:$|[.!\u2026]|a\s+(?:ta|ton|tes|sa|son|ses|votre|vos|leur|leurs)))",
    # knowing more than where: « on sait où tu restes, pis on sait à quelle heure tu sors »
    r"(?:je|on|nous)\s+sa(?:is|it|vons)\s+ou\s+(?:(?:tu|vous|il|elle|ils)\s+|t')(?:restes?|restez|restent|habites?|habitez|habitent|travailles?|travaillez|travaillent|dors|dort|dorment)\s*,?\s*(?:pis|et|puis)\s+(?:je|on|nous)\s+sa(?:is|it|vons)\s+(?:aussi\s+)?(?:a\s+quelle\s+heure|quand|ou|avec\s+qui|par\s+ou)"
    r"|(?:i|we)\s+know\s+where\s+(?:you|u|he|she|they)\s+(?:live|lives|work|works|sleep|sleeps)\s*,?\s*(?:and|&|n)\s+(?:i|we)\s+know\s+(?:when|what\s+time|who|which\s+way|how)",
    r"(?:je\s+vais|j'?vais|on\s+va|m'?as)\s+(?:\w+\s+)?trouver\s+ou\s+(?:tu|il|elle|ils|elles|vous)\s+(?:dors|dort|dorment|dormez|sors|sort|sortent|stationnes?|stationnent|prends\s+ton\s+bus)\b",
    # « je vais te faire disparaître »
    r"(?:je\s+vais|j'?vais|m'?as|on\s+va|je\s+peux|j'?peux)\s+(?:te|vous|le|la|les|lui|leur|t')\s*faire\s+disparaitre(?=\s*(?:$|[.!\u2026]|pour\s+de\s+bon|pour\s+toujours|sans\s+laisser|de\s+la\s+carte|,?\s*(?:crois|personne|tu\s+vas|compris)))",
    # "you'd better hope we never meet", « t'es mieux d'espérer qu'on se croise jamais »
    r"(?:better|'d\s+better|had\s+better)\s+hope\s+(?:that\s+)?(?:we|i)\s+(?:never|don'?t|do\s+not)\s+(?:\w+\s+)?(?:meet|cross\s+paths|see|run\s+into|find)"
    r"|(?:mieux|besoin|interet)\s+(?:de|d'|a)\s*(?:esperer|prier)\s+(?:que|qu')\s*(?:on|je)\s+(?:ne\s+)?(?:se\s+|te\s+)?(?:\w+\s+)?(?:croise|recroise|revoie|rencontre|tombe|trouve)\w*\s+(?:plus\s+|pas\s+)?jamais",
    # "they'll pay for what they did, one by one", « ils vont payer pour ce qu'ils ont fait, un par un »
    r"(?:they|he|she|y'?all|those\s+\w+|these\s+\w+)(?:'ll|\s+will|'re\s+gonna|\s+are\s+gonna|\s+is\s+gonna)\s+(?:all\s+)?pay\s+for\s+what\s+(?:they|he|she)\s+(?:did|done|have\s+done|has\s+done)"
    r"(?=\s*,?\s*(?:one\s+by\s+one|every\s+one\s+of\s+them|mark\s+my\s+words|trust\s+me|believe\s+me|i\s+swear|i\s+promise|in\s+blood))"
    r"|(?:ils|elles|il|elle|vous)\s+(?:vont|va|allez)\s+(?:tous\s+|toutes\s+)?payer\s+pour\s+ce\s+qu'?(?:ils|elles|il|elle|vous)\s+(?:ont|a|avez)\s+fait"
    r"(?=\s*,?\s*(?:un\s+par\s+un|une\s+par\s+une|jusqu'?au\s+dernier|croyez[\s-]moi|crois[\s-]moi|je\s+(?:vous|te)\s+le\s+(?:jure|promets|garantis)|dans\s+le\s+sang))",
    # "somebody's gonna put that clown in the ground one day"
    r"(?:someone|somebody)(?:'s|\s+is)\s+(?:going\s+to|gonna)\s+put\s+(?:him|her|them|that\s+\w+|this\s+\w+)\s+(?:in\s+the\s+ground|six\s+feet\s+under|in\s+(?:a|the)\s+(?:hospital|coffin|grave|wheelchair|body\s*bag))"
    r"|(?:quelqu'?un|qqn)\s+va\s+(?:le|la|les)\s+(?:mettre|envoyer)\s+(?:six\s+pieds\s+sous\s+terre|a\s+l'?hopital|dans\s+(?:un|le)\s+cercueil|en\s+chaise\s+roulante)",
    # "he'll get what's coming", "they always get what's coming"
    r"\bgets?\s+what'?s\s+coming\b(?!\s+(?:next|up|tomorrow|this\s+(?:week|year|season)))|\bgets?\s+what\s+is\s+coming\s+to\s+(?:him|her|them|you)",
    # "if he shows his face here again, he'll regret it", « s'il remet les pieds ici, il va le regretter »
    r"\b(?:if|next\s+time|the\s+day)\s+(?:he|she|they|that\s+\w+|those\s+\w+)\s+(?:ever\s+)?(?:shows?\s+(?:his|her|their)\s+faces?|comes?\s+(?:back\s+)?(?:here|near|around)|sets?\s+foot|touch(?:es)?\s+(?:me|my)|talks?\s+(?:to|about)\s+(?:me|my)|mess(?:es)?\s+with\s+(?:me|my|us)|cross(?:es)?\s+(?:me|us)|comes?\s+back)"
    r"[^.!?\n]{0,30}?[\s,]+(?:he|she|they)(?:'ll|\s+will|'s\s+gonna|\s+is\s+gonna|'re\s+gonna|\s+are\s+gonna|\s+is\s+going\s+to|\s+are\s+going\s+to)\s+(?:\w+\s+)?(?:regret\s+(?:it|this|that|the\s+day|ever)|be\s+sorry|pay)\b",
    r"\b(?:si|s')\s*(?:il|ils|elle|elles)\s+(?:remet\w*\s+les\s+pieds|revien\w*|se\s+pointe\w*|ose\w*|touche\w*\s+(?:a\s+)?(?:mon|ma|mes|moi)|approche\w*)[^.!?\n]{0,40}?[\s,]+(?:il|ils|elle|elles)\s+(?:va|vont)\s+(?:le\s+)?(?:regretter|payer|le\s+payer)\b",
    # "I won't be responsible for what happens", « je réponds plus de moi »
    r"(?:i|we)\s+(?:won'?t|will\s+not|can'?t|cannot|wouldn'?t)\s+be\s+(?:held\s+)?responsible\s+for\s+(?:what\s+(?:happens|i\s+do|we\s+do|will\s+happen)|my\s+actions|our\s+actions)"
    r"|(?:je|j')\s*(?:ne\s+)?(?:reponds|repondrai|repondrais)\s+(?:plus|pus|pas)\s+de\s+(?:moi|rien|mes\s+actes)|(?:je\s+serai|j'?serai|je\s+serais)\s+pas\s+responsable\s+de\s+ce\s+qui\s+(?:va\s+)?(?:arrive|arriver|se\s+passer)",
    # "I know where he lives." as the post's last word, or with "just saying", a wink, a knife
    r"(?:i|we)\s+know\s+(?:exactly\s+)?where\s+(?:he|she|they|you|u|that\s+[\w'-]+|this\s+[\w'-]+|the\s+[\w'-]+|[\w'-]+)\s+(?:lives?|works?|sleeps?|parks?|hangs\s+out|goes\s+to\s+school)"
    r"(?=\s*(?:[.!\u2026]*\s*$|[.!\u2026]*\s*(?:just\s+saying|think\s+about\s+(?:it|that)|remember\s+that)|\s*[\U0001F52A\U0001F52B\U0001F609\U0001F608\U0001F440\U0001F642]))",
    r"(?:je|on)\s+sai[st]\s+(?:tres\s+bien\s+|exactement\s+)?ou\s+(?:il|elle|ils|elles|tu|vous|ce\s+[\w'-]+|cette\s+[\w'-]+|[\w'-]+)\s+(?:habite\w*|reste\w*|travaille\w*|demeure\w*|dort|dorment|vit|vivent)"
    r"(?=\s*(?:[.!\u2026]*\s*$|[.!\u2026]*\s*(?:je\s+dis\s+(?:ca|juste\s+ca)|juste\s+de\s+meme|pensez[\s-]y|penses[\s-]y|c'?est\s+tout)|\s*[\U0001F52A\U0001F52B\U0001F609\U0001F608\U0001F440\U0001F642]))",
    # « on va s'occuper de ces gens-là », "we'll deal with those people"
    r"s'?occuper\s+(?:de\s+ces\s+gens(?:[\s-]+la)?|de\s+ce\s+monde[\s-]+la|d'?eux\s+autres|de\s+vous\s+autres|de\s+ces\s+[\w'-]+[\s-]+la)\b"
    r"|(?:we'?ll|we\s+will|we'?re\s+gonna|someone\s+(?:should|needs\s+to)|time\s+to)\s+(?:deal\s+with|take\s+care\s+of|handle)\s+(?:these|those|you)\s+people\b(?!\s+(?:who\s+need|in\s+need|with\s+(?:care|respect|kindness)))",
    # "somebody needs to shut that reporter up for good"
    r"(?:someone|somebody|some1)\s+(?:\w+\s+){0,3}?(?:shut|silence)\s+(?:that|this|the)\s+[\w'-]+\s+(?:up\s+)?(?:for\s+good|permanently|forever)",
    # "they'll get theirs", "he'll get his"
    r"(?:he|she|they|you|u|y'?all)(?:'ll|\s+will|'s\s+gonna|\s+is\s+gonna|'re\s+gonna|\s+are\s+gonna|\s+are\s+going\s+to|\s+is\s+going\s+to)\s+(?:all\s+)?get\s+(?:his|hers|theirs|yours)(?=\s*(?:$|[.!,]|one\s+day|soon|eventually|sooner|trust|believe|don'?t\s+worry|mark))",
    # "come to my house and see what happens", « viens chez nous pis tu vas voir »
    r"(?:come|show\s+up|step|set\s+foot)\s+(?:to|at|on|near|in)\s+(?:my|our)\s+(?:house|place|property|lawn|street|door|yard|block|neighbou?rhood)\s+(?:again\s+)?(?:and|&|n)\s+(?:see|find\s+out)\s+what\s+happens"
    r"|(?:viens|venez|reviens|revenez|pointe[\s-]toi|essaie\s+de\s+venir)\s+(?:chez\s+(?:nous|moi|nous\s+autres)|ici|sur\s+mon\s+terrain|dans\s+ma\s+cour|dans\s+mon\s+quartier)\s+(?:pis|et|puis)\s+(?:tu\s+vas|vous\s+allez)\s+voir(?=\s*(?:$|[.!]|ce\s+qui))",
    r"\b(?:si|s')\s*(?:tu|vous)\s+(?:viens|venez|reviens|revenez|te\s+pointes|vous\s+pointez|remets|remettez|approches|approchez)\b[^.!?\n]{0,40}?[\s,]+(?:tu\s+vas|vous\s+allez)\s+(?:te|vous)\s+faire\s+(?:mal|casser|peter|defoncer|ramasser)\b",
    # "those people will be dealt with", "they need to be dealt with, permanently", « faut s'en débarrasser une fois pour toutes »
    r"(?:will|need\s+to|needs\s+to|should|must|are\s+going\s+to|gonna|have\s+to)\s+be\s+(?:dealt\s+with|taken\s+care\s+of|handled|eliminated|silenced)\W+(?:permanently|for\s+good|once\s+and\s+for\s+all)"
    r"|(?:those|these|you)\s+people\s+(?:will|are\s+going\s+to|are\s+gonna)\s+be\s+(?:dealt\s+with|taken\s+care\s+of|handled)(?=\s*(?:$|[.!]))",
    r"(?:gens|monde|eux)\b[^.!?\n]{0,60}?(?:s'?en\s+debarrasser|s'?en\s+occuper|s'?occuper\s+d'?eux|les\s+eliminer|les\s+faire\s+disparaitre|regler\s+leur\s+cas)\W+(?:une\s+fois\s+pour\s+toutes|pour\s+de\s+bon|definitivement)"
    r"|(?:s'?en\s+debarrasser|s'?en\s+occuper|s'?occuper\s+d'?eux|les\s+eliminer|les\s+faire\s+disparaitre|regler\s+leur\s+cas)\W+(?:une\s+fois\s+pour\s+toutes|pour\s+de\s+bon|definitivement)[^.!?\n]{0,40}?\b(?:gens|monde|eux)\b"
    r"|s'?en\s+occuper\s*,\s*(?:de\s+ces|de\s+ce|d')\s*(?:gens|monde|eux)",
    # veiled: "one of these days he's going to find his tires slashed", « il va retrouver ses pneus crevés »
    r"(?:going\s+to|gonna|will|'ll|might|may|could|one\s+day)\s+(?:\w+\s+)?(?:find|wake\s+up\s+to(?:\s+find)?)\s+(?:his|her|their|your|ur)\s+(?:\w+\s+)?(?:tires|tyres|car|truck|windows|windshield|house|home|place|shop|store|dog|cat)\s+"
    r"(?:slashed|keyed|smashed|on\s+fire|burn(?:ed|t)(?:\s+down)?|vandali[sz]ed|broken|trashed|torched|gone|dead)",
    r"(?:va|vas|vont|pourrait|pourrais|pourraient|risque\w*\s+de)\s+(?:\w+\s+)?retrouver\s+(?:ses|tes|son|ton|sa|ta|leurs|leur|vos|votre)\s+(?:\w+\s+)?(?:pneus|char|auto|voiture|vitres|maison|commerce|chien|chat|chalet)\s+"
    r"(?:creves|rayee?s?|brisee?s?|en\s+feu|brulee?s?|defoncee?s?|vandalisee?s?|cassee?s?|mort)",
    # "don't be surprised if your car gets keyed", "wouldn't be surprised if something happened to her", « sois pas surpris si ton char se fait rayer »
    r"(?:don'?t|dont|do\s+not)\s+be\s+surprised\s+(?:if|when)\s+(?:your|ur|his|her|their|you|he|she|they|something)\s+(?:\w+\s+)?(?:gets?|get|is|are|go|goes|happens|ends?\s+up)\s+"
    r"(?:keyed|slashed|smashed|burn(?:ed|t)|torched|vandali[sz]ed|broken\s+into|hurt|missing|hit|jumped|beaten|on\s+fire|to\s+(?:you|him|her|them|your|ur)|in\s+the\s+hospital|up\s+in\s+flames)"
    r"|(?:wouldn'?t|would\s+not)\s+be\s+surprised\s+if\s+(?:something|anything)\s+(?:bad\s+)?happened\s+to\s+(?:you|u|him|her|them|your|ur|his|her|their)\b",
    r"(?:sois|soyez)\s+pas\s+surprise?s?\s+(?:si|quand)\s+(?:ton|ta|tes|votre|vos)\s+(?:\w+\s+)?(?:char|auto|voiture|maison|pneus|vitres|chien|chat|commerce)\s+(?:se\s+fait|se\s+font|est|sont)\s+"
    r"(?:rayer|rayee?s?|crever|creves|briser|brisee?s?|bruler|brulee?s?|vandaliser|vandalisee?s?|voler|volee?s?|defoncer|defoncee?s?)"
    r"|(?:surprends|surprenez)[\s-]+(?:toi|vous)\s+pas\s+(?:si|quand)\s+(?:ton|ta|tes|votre|vos)\s+(?:\w+\s+)?(?:char|auto|voiture|maison|pneus|vitres|chien|chat|commerce)\s+(?:se\s+fait|se\s+font)\s+(?:rayer|crever|briser|bruler|vandaliser|voler|defoncer)",
    # "things happen to people who talk too much", "people have disappeared for less", « du monde a disparu pour moins que ça »
    r"(?:bad\s+)?things\s+(?:happen|can\s+happen|tend\s+to\s+happen)\s+to\s+(?:people|those|folks|guys|snitches|ppl)\s+(?:who|that)\s+(?:\w+\s+)?(?:talk|run\s+their\s+mouths?|snitch|ask|post|open|stick|complain|can'?t\s+keep|write|report)"
    r"|(?:il\s+)?(?:arrive|peut\s+arriver)\s+des\s+(?:choses|affaires|malheurs)\s+(?:aux|a\s+ceux|au\s+monde)\s+(?:gens\s+)?qui\s+(?:\w+\s+)?(?:parlent|posent|ouvrent|se\s+melent|publient|placotent|chialent|stoolent|ecrivent|denoncent)"
    r"|people\s+have\s+(?:disappeared|gone\s+missing|been\s+(?:hurt|killed|buried))\s+for\s+less|(?:du\s+monde|des\s+gens)\s+(?:qui\s+)?(?:a|ont|sont)\s+(?:disparu|disparus|disparues|deja\s+disparu)\s+pour\s+(?:moins|bien\s+moins)",
    # "your kids walk home alone, don't they?", "check under your car", "I know your schedule"
    r"(?:your|ur)\s+(?:kids?|daughter|son|wife|children|girlfriend|mom|mother)\s+(?:still\s+)?(?:walks?|goes|go|comes?|bikes?|takes?\s+the\s+bus)\s+(?:home\s+)?(?:from\s+school\s+)?alone\s*,?\s*(?:(?:don'?t|doesn'?t)\s+(?:they|she|he)|right|eh|huh|isn'?t\s+(?:it|that\s+right))"
    r"|(?:tes|ta|ton|vos|votre)\s+(?:enfants|kids|flos|fille|fils|petits|blonde|femme)\s+(?:revien\w*|march\w*|rentr\w*|va|vont)\s+(?:\w+\s+){0,3}?(?:tout\s+seuls?|toute\s+seules?|seuls?|seules?)\s*,?\s*(?:hein|non|pas\s+vrai|right|han)",
    r"check\s+under\s+(?:your|ur)\s+(?:car|truck|hood)|regarde\s+(?:bien\s+)?sous\s+ton\s+(?:char|auto|camion)"
    r"|(?:i|we)\s+know\s+(?:your|ur)\s+(?:schedule|routine|daily\s+routine|route\s+(?:home|to\s+work)|kids'?\s+names|kids'?\s+school)(?=\s*(?:$|[.!\u2026]|,?\s*(?:remember|just\s+saying|don'?t\s+forget)))"
    r"|(?:je|on|j')\s*(?:connai[st]|sai[st])\s+(?:ton|ta|tes|votre|vos)\s+(?:horaire|routine|trajet|chemin\s+pour\s+rentrer|heures?\s+de\s+sortie)(?=\s*(?:$|[.!\u2026]|,?\s*(?:oublie|rappelle)))",
    # "he won't be so brave when he's bleeding on the sidewalk", « il fera moins le fier quand il va saigner sur le trottoir »
    r"(?:won'?t|wont|will\s+not|not)\s+be\s+(?:so|as)\s+(?:brave|tough|cocky|smart|funny|mouthy|tough\s+guy)\s+(?:when|once)\s+(?:he'?s|she'?s|you'?re|they'?re|he\s+is|you\s+are|ur)\s+(?:bleeding|lying|laying|crying|crawling|spitting\s+teeth)\s+(?:on|in)\s+(?:the\s+)?(?:sidewalk|street|ground|floor|gutter|parking\s+lot|hospital)"
    r"|moins\s+(?:le\s+|la\s+)?(?:fier|fiere|frais|fraiche|smatte|brave|drole|malin|maline)\s+(?:quand|lorsque)\s+(?:il|elle|tu|ils)\s+(?:va|vas|vont)\s+(?:saigner|pleurer|ramper|cracher\s+ses\s+dents|etre\s+a\s+terre)",
    # "someone's going to end up hurt, and it won't be me", « quelqu'un va finir blessé pis ce sera pas moi »
    r"(?:someone|somebody)(?:'s|\s+is)\s+(?:going\s+to|gonna)\s+(?:end\s+up|get|be)\s+(?:hurt|dead|in\s+the\s+hospital|bleeding)[^.!?\n]{0,12}?(?:and|&|but)\s+it\s+(?:won'?t|will\s+not|ain'?t\s+gonna)\s+be\s+me"
    r"|quelqu'?un\s+va\s+(?:finir|se\s+retrouver|etre)\s+(?:blesse|mort|a\s+l'?hopital)[^.!?\n]{0,12}?(?:pis|et|mais)\s+(?:ce\s+sera|ca\s+sera|c'?sera)\s+pas\s+moi",
    # "it'd be a real tragedy if her house caught fire", « ce serait vraiment tragique que sa maison prenne feu »
    r"(?:be|'d\s+be|would\s+be)\s+(?:a\s+)?(?:real\s+|such\s+a\s+|so\s+)?(?:shame|pity|tragedy|tragic|sad|awful|terrible)\s+if\s+(?:your|ur|his|her|their|that)\s+(?:\w+\s+)?(?:house|home|car|truck|shop|store|kids?|dog|family|wife|husband|business)\s+(?:\w+\s+)?"
    r"(?:caught\s+fire|burned|burnt|went\s+up\s+in\s+flames|got\s+(?:hurt|keyed|smashed|torched|vandali[sz]ed|hit)|had\s+an\s+accident|disappeared|blew\s+up|exploded)",
    r"(?:serait|ce\s+serait|ca\s+serait|c'?serait)\s+(?:vraiment\s+|ben\s+)?(?:dommage|plate|triste|tragique|malheureux)\s+(?:que|qu')\s*(?:ta|ton|tes|sa|son|ses|votre|vos|leur|leurs)\s+(?:\w+\s+)?(?:maison|char|auto|voiture|commerce|magasin|enfants?|chien|famille|blonde|femme|chum|mari)\s+"
    r"(?:prenne\w*\s+feu|brule\w*|se\s+fasse\w*\s+(?:mal|frapper|vandaliser|rayer|briser)|ai[et]n?t?\s+un\s+accident|disparaisse\w*|explose\w*)",
    # spellings of the street: "ur gonna get whats comin", "i kno where u live", « jsais où tu restes »
    r"(?:gets?|get)\s+what'?s\s+comin'?\b|i\s+kno\s+where\s+(?:u|you)\s+(?:live|stay|work)\b|(?:jsais|j'?sais|chsais|chu\s+au\s+courant)\s+ou\s+(?:(?:tu|vous)\s+|t')(?:restes?|habites?|demeures?|travailles?|vis)\b",
    # regret promised for words said: "that reporter is going to regret writing that, mark my words"
    r"(?:is|are|'s|'re|will|'ll)\s+(?:going\s+to\s+|gonna\s+)?regret\s+(?:ever\s+)?(?:writing|saying|posting|publishing|tweeting|talking|that\s+(?:article|post|tweet|comment|story)|opening\s+(?:his|her|their)\s+mouths?|crossing\s+(?:me|us)|messing\s+with\s+(?:me|us))"
    r"(?=[^\n]{0,40}(?:mark\s+my\s+words|trust\s+me|believe\s+me|i\s+promise|i\s+swear|you'?ll\s+see|just\s+wait))",
    r"(?:va|vont)\s+regretter\s+(?:son|ses|leur|leurs|sa)\s+(?:article|articles|paroles|mots|texte|chronique|post|publication|commentaires?)"
    r"(?=[^\n]{0,40}(?:croyez[\s-]moi|crois[\s-]moi|je\s+(?:vous|te)\s+le\s+(?:jure|garantis|promets)|vous\s+allez\s+voir|tu\s+vas\s+voir|attendez))"
    r"|(?:va|vont)\s+regretter\s+d'?avoir\s+(?:ecrit|dit|publie|parle|ouvert\s+(?:sa|leur)\s+(?:gueule|yeule|bouche))"
    r"(?=[^\n]{0,40}(?:croyez[\s-]moi|crois[\s-]moi|je\s+(?:vous|te)\s+le\s+(?:jure|garantis|promets)|vous\s+allez\s+voir|tu\s+vas\s+voir|attendez))",
]
MILD_KEYS = [
    "attend | voir",
    "merite meritent merites meritez | avoir recevoir manger",
    "pend",
    "occuper",
    "deal handle care | way",
    "know | live work sleep park school",
    "know | kids kid children wife husband daughter son family mom mother dad girlfriend boyfriend parents",
    "connais connait sais sait | enfants kids flos petits filles gars fille fils famille femme mari blonde chum mere pere parents",
    "sais sait | restes restez demeures demeurez habites habitez vis vivez travailles travaillez",
    "afraid scared terrified worried",
    "peur | devrais devriez ferais feriez",
    "safe | anymore any now from anywhere",
    "securite | plus pus pas",
    "dead done finished | see catch find run spot meet | he she they",
    "vois croise pogne revois recroise attrape trouve | mort morte morts mortes fini finie finis cuit cuite cuits",
    "visit",
    "visite",
    "happens | watch",
    "arriver passer | face gueule yeule tete char auto voiture maison famille enfants blonde femme chum dents",
    "door house place office work car school building | why alone late friends there",
    "attendre etre pointer debarquer | pourquoi seul seule seules amene retard",
    "shame pity | happened happen happens",
    "dommage plate triste | arrive arrivait",
    "sais sait savons know | heure quand avec par when time who way how",
    "trouver | dors dort dorment dormez sors sort sortent stationne stationnes stationnent bus",
    "disparaitre",
    "hope esperer prier | never jamais",
    "pay payer | one every mark trust believe swear promise blood un une dernier croyez crois jure promets garantis sang",
    "ground six hospital coffin grave wheelchair body bodybag hopital cercueil chaise | someone somebody quelqu qqn",
    "coming | get gets",
    "regret sorry pay | he she they",
    "regretter payer | il ils elle elles",
    "responsible reponds repondrai repondrais responsable",
    "know | live lives work works sleep sleeps park parks hangs school",
    "sais sait | habite habites habitent habitez reste restes restent restez travaille travailles travaillent travaillez demeure demeures dort dorment vit vivent",
    "occuper deal handle care | gens monde eux vous people",
    "shut silence | good permanently forever",
    "his hers theirs yours | get",
    "happens pis puis | come show step set viens venez reviens revenez pointe essaie voir",
    "mal casser peter defoncer ramasser | si s | viens venez reviens revenez pointes pointez remets remettez approches approchez",
    "dealt taken handled eliminated silenced | be",
    "debarrasser occuper eliminer disparaitre regler | fois bon definitivement gens monde eux",
    "find wake | slashed keyed smashed fire burned burnt vandalized vandalised broken trashed torched gone dead",
    "retrouver | creves raye rayee rayes rayees brise brisee brises brisees feu brule brulee brules brulees defonce defoncee defonces defoncees vandalise vandalisee vandalises vandalisees casse cassee casses cassees mort",
    "surprised | keyed slashed smashed burned burnt torched vandalized vandalised broken hurt missing hit jumped beaten fire to hospital flames happened",
    "surpris surprise surprises surprends surprenez",
    "disappeared missing hurt killed buried happen disparu disparus disparues arrive arriver | people things monde gens ppl folks",
    "alone seuls seul seules seule | kids kid daughter son wife children girlfriend mom mother enfants flos fille fils petits blonde femme",
    "check regarde know connais connait sais sait | under sous schedule routine route names school horaire trajet chemin heure heures",
    "brave tough cocky smart funny mouthy moins | bleeding lying laying crying crawling spitting saigner pleurer ramper cracher terre",
    "hurt dead hospital bleeding blesse mort hopital | me moi | someone somebody quelqu",
    "shame pity tragedy tragic sad awful terrible | fire burned burnt flames hurt keyed smashed torched vandalized vandalised hit accident disappeared blew exploded",
    "dommage plate triste tragique malheureux | feu brule brulent mal frapper vandaliser rayer briser accident disparaisse disparaissent explose",
    "comin kno jsais sais chsais courant",
    "regret | writing saying posting publishing tweeting talking article post tweet comment story opening crossing messing",
    "regretter | article articles paroles mots texte chronique post publication commentaire commentaires avoir",
]

# The shapes' own negations, which must not read as a refusal: "you won't be walking home",
# "they'll never find your body", « tu repartiras pas sur tes deux jambes », "isn't safe anymore".
OWN_NEGATIONS = (
    r"(?:won'?t|wont|will\s+not|ain'?t\s+gonna|aren'?t\s+gonna|isn'?t\s+gonna|not\s+gonna)\s+(?:be\s+)?(?:walk\w*|leav\w*|go\w*)\s+(?:home|out|away|again|anywhere)"
    r"|(?:never|won'?t|will\s+never|won'?t\s+ever)\s+(?:ever\s+)?find\s+(?:your|ur|his|her|their)\s+(?:body|bodies|remains|corpse)"
    r"|(?:ne\s+|n')?(?:retrouver\w*|trouver\w*)\s+(?:jamais|pas|plus|pus)\s+(?:ton|son|leur|votre|leurs|vos)\s+(?:corps|cadavres?)"
    r"|(?:pas|plus|pus|jamais)\s+(?:d'?ici\s+)?sur\s+(?:tes|ses|vos|leurs)\s+deux"
    r"|(?:isn'?t|aren'?t|is\s+not|are\s+not|won'?t\s+be|will\s+not\s+be|no\s+longer|not)\s+(?:no\s+longer\s+|not\s+)?safe"
    r"|(?:n'?est|ne\s+sont|est|sont|n'?sera|sera|seront|es|etes)\s+(?:pus|plus|pas)\s+en\s+securite"
    r"|(?:won'?t|will\s+not|can'?t|cannot|wouldn'?t)\s+be\s+(?:held\s+)?responsible|(?:reponds|repondrai|repondrais)\s+(?:plus|pus|pas)|serai\w?\s+pas\s+responsable"
    r"|(?:wouldn'?t|would\s+not)\s+mind|(?:derangerait|derangerais|ferait)\s+(?:pas|rien)|never\s+wakes?\s+up|se\s+reveill\w*\s+(?:pas|plus|pus|jamais)"
    r"|(?:don'?t|dont|do\s+not|wouldn'?t|would\s+not)\s+be\s+surprised|(?:sois|soyez)\s+pas\s+surpris|surpren\w*[\s-]+(?:toi|vous)\s+pas|(?:don'?t|doesn'?t)\s+(?:they|she|he|it)\b|isn'?t\s+(?:it|that)"
    r"|it\s+(?:won'?t|will\s+not|ain'?t\s+gonna)\s+be\s+me|sera\s+pas\s+moi"
    r"|(?:won'?t|wont|will\s+not|not)\s+be\s+(?:so|as)\s+\w+(?:\s+guy)?\s+(?:when|once)"
    r"|(?:never|doesn'?t|don'?t)\s+(?:ever\s+)?(?:feels?|is|are|sleeps?|walks?)\s+(?:safe|safely|alone)|se\s+sente\w*\s+(?:plus|pus|jamais)"
    r"|never\s+recover\w*|(?:hope|pray)\s+(?:that\s+)?(?:we|i)\s+(?:never|don'?t|do\s+not)"
    r"|(?:esperer|prier)\s+(?:que|qu')\s*(?:on|je)\s+(?:ne\s+)?(?:se\s+|te\s+)?(?:\w+\s+)?\w+\s+(?:plus\s+|pas\s+)?jamais"
)

# "the only good X is a dead X", « un bon X, c'est un X mort »: a slogan of extermination, counted
# only when the slot names a group (not "the only good bug is a dead bug").
_SLOT = r"(?P<g>(?:[\w'-]+\s+){0,2}?[\w'-]+)"
GROUP = [
    rf"the\s+only\s+good\s+{_SLOT}\s+(?:is|are)\s+(?:a\s+)?dead\s+(?:one|ones|[\w'-]+)",
    rf"(?:un|une)\s+(?:bon|bonne)\s+{_SLOT}\s*,?\s*(?:c'?est|est)\s+(?:un|une)\s+(?:[\w'-]+\s+){{1,2}}?mort(?:e)?\b",
]
GROUP_KEYS = [
    "only | dead",
    "mort morte | bon bonne",
]


# -- Harm acts under an intent ------------------------------------------------------------------
#
# The shapes above pair one frame with a few acts. People combine any frame ("someone needs to",
# "I swear I'm going to", "we should all go", "can't wait to", « quelqu'un devrait », « un de ces
# jours je vais ») with any act done to a person ("break his legs", "slash his tires", "run him off
# the road", « lui casser les jambes », « crever ses pneus », « le pousser dans les escaliers »).
# So the act is looked for alone (its verbs gate it), then an intent in the few words before it.

# A person as object: a pronoun, a handle, or a person noun after a determiner ("that cyclist",
# "my landlord"); never "this exam" or "the lights".
_PERSON_NOUNS = (
    r"guy|guys|man|men|woman|women|kid|kids|dude|girl|boy|lady|ex|neighbou?rs?|landlord|boss|manager|coworker|co-worker|colleague"
    r"|roommate|cyclist|driver|cop|reporter|journalist|mayor|councill?or|premier|minister|senator|judge|teacher|ref|referee|prick"
    r"|bitch|bastard|idiot|moron|asshole|loser|punk|clown|creep|jerk|freak|scumbag|pig|rat|snitch|protesters?|person|people|folks"
    r"|family|son|daughter|husband|wife|brother|sister|cousin|uncle|aunt|stepdad|stepmom|owner|tenant|customer|client"
)
_HIM = rf"(?:him|her|them|'?em|you|u|ya|y'?all|@\w+|(?:that|this|the|my|your|ur|his|her|our|their|those|these)\s+(?:[\w'-]+\s+)?(?:{_PERSON_NOUNS})\b)"
_HIS = rf"(?:his|her|their|your|ur|(?:that|this|the|my)\s+(?:[\w'-]+\s+)?(?:{_PERSON_NOUNS})'s)"
_BODY = r"(?:legs?|arms?|neck|face|skull|teeth|jaw|nose|head|kneecaps?|knees?|ribs|fingers?|hands?|spine|back|eyes?|throat)"
_GOODS = r"(?:tires|tyres|car|truck|house|home|windows|windshield|place|shop|store|garage|cottage|boat|bike)"
_ACT_EN = (
    rf"(?:kill|murder|shoot|stab|strangle|knife|shank|poison|lynch|behead|torture|waterboard|curb\s*stomp|pistol[\s-]*whip)(?:s|es|ed)?\s+{_HIM}(?!\s+(?:a|an|some|with\s+(?:kindness|puns|jokes|questions|love)|in\s+(?:chess|fortnite|the\s+game|the\s+back)))"
    r"|(?:beat|beats|whoop|whoops)\s+(?:his|her)\s+(?:ass|butt)\b"
    rf"|(?:beat|beats|rough|roughs)\s+{_HIM}\s+(?:up|senseless|to\s+death|bloody|black\s+and\s+blue)|beats?\s+the\s+(?:shit|crap|hell|living\s+daylights|life)\s+out\s+of\s+{_HIM}"
    rf"|(?:punch|punches|slap|slaps|smack|smacks|deck|decks|headbutt|headbutts|choke|chokes)\s+{_HIM}(?:\s+out)?(?!\s+(?:a\s+(?:high|text)|on\s+the\s+(?:back|shoulder)|up|back|in\s+the\s+arm))"
    rf"|(?:knock|knocks|lay|lays)\s+{_HIM}\s+(?:out|flat)\b(?!\s+of)"
    rf"|(?:break|breaks|smash|smashes|bash|bashes|cave|caves|bust|busts|crack|cracks|split|splits|snap|snaps|rearrange|rearranges|knock|knocks|kick|kicks|punch|punches|rip|rips)\s+{_HIS}\s+(?:\w+\s+)?{_BODY}(?:\s+(?:in|out|off))?\b"
    rf"|(?:slash|slashes|key|keys|torch|torches|burn|burns|smash|smashes|trash|trashes|firebomb|firebombs|vandali[sz]e|vandali[sz]es|egg|eggs)\s+{_HIS}\s+(?:\w+\s+)?{_GOODS}(?:\s+down)?\b"
    rf"|(?:run|runs)\s+{_HIM}\s+(?:off\s+the\s+road|over(?!\s+(?:to|for|there|here|at|by|with))|down\b(?!\s+(?:the|to|on)))"
    rf"|(?:put|puts|send|sends)\s+{_HIM}\s+(?:in|into|to)\s+(?:a\s+coma|the\s+(?:hospital|icu|morgue|ground|er\b)|a\s+(?:wheelchair|body\s*bag|coffin|grave))(?!')"
    rf"|(?:put|puts)\s+{_HIM}\s+(?:six\s+feet\s+under|through\s+(?:a|the)\s+(?:wall|window|windshield|table))"
    rf"|(?:throw|throws|shove|shoves|push|pushes|toss|tosses|dangle|dangles)\s+{_HIM}\s+(?:off|down|in\s+front\s+of|out)\s+(?:a|an|the)\s+(?:bridge|cliff|roof|building|balcony|stairs|staircase|window|bus|train|truck|car|river)"
    rf"|(?:give|gives)\s+{_HIM}\s+(?:a|an)\s+(?:good\s+|proper\s+|real\s+)?(?:beating|beatdown|black\s+eye|concussion|broken\s+\w+|few\s+broken\s+bones|bullet|knuckle\s+sandwich)"
    rf"|(?:make|makes)\s+{_HIM}\s+(?:bleed|suffer|beg\s+for\s+mercy|disappear|eat\s+(?:his|her|their)\s+teeth)\b"
    rf"|(?:jump|jumps)\s+{_HIM}\s+(?:after|outside|in\s+the|when|on\s+(?:his|her|their)\s+way|behind)"
    rf"|(?:shut|shuts|silence|silences)\s+{_HIM}\s+(?:up\s+)?(?:for\s+good|permanently|forever)|(?:beat|beats|beaten|beating)\s+{_HIM}\s+(?:to\s+a\s+pulp|within\s+an\s+inch)"
    rf"|(?:drown|drowns|hang|hangs)\s+{_HIM}(?!\s+(?:in|with|up|out|on\s+the|a\b))"
)
_FRAME_EN = (
    r"(?:(?:someone|somebody|some1|sum1)\s+(?:should|shud|shld|needs?\s+to|oughta|ought\s+to|gotta|has\s+to|is\s+gonna|is\s+going\s+to|'s\s+gonna|will|please|pls|just|go)"
    r"|(?:someone|somebody)(?:'s|\s+is)\s+(?:going\s+to|gonna)|(?:i|we)(?:'d\s+have|\s+would\s+have|'d\s+'?ve)"
    r"|(?:i|we)(?:'ll|\s+will|'m\s+(?:going\s+to|gonna)|m\s+gonna|\s+am\s+(?:going\s+to|gonna)|'re\s+(?:going\s+to|gonna)|\s+are\s+(?:going\s+to|gonna)|\s+gonna|\s+wanna|\s+want\s+to"
    r"|'d\s+(?:love|like)\s+to|\s+would\s+(?:love|like)\s+to|\s+should|\s+need\s+to|\s+gotta|\s+have\s+to|\s+swear\s+i'?ll|\s+swear\s+i'?m\s+(?:going\s+to|gonna)|\s+(?:can'?t|cannot|cant)\s+wait\s+to)"
    r"|imma|ima|i'?mma|(?:can'?t|cannot|cant)\s+wait\s+to|(?:let'?s|lets|let\s+us)|time\s+to|about\s+time\s+(?:someone|somebody)"
    r"|(?:we|y'?all|you\s+guys|everyone|everybody|people)\s+(?:should|need\s+to|gotta|oughta|must|have\s+to)"
    r"|(?:hope|hoping|wish|pray|praying)\s+(?:that\s+)?(?:someone|somebody|some1)(?:\s+(?:will|would|finally|just|eventually|decides\s+to|gets\s+to))?"
    r"|(?:wouldn'?t|would\s+not)\s+mind\s+if\s+(?:someone|somebody)(?:\s+(?:decided\s+to|were\s+to|would|went\s+and))?"
    r"|(?:would\s+)?love\s+(?:it\s+)?if\s+(?:someone|somebody)(?:\s+(?:decided\s+to|would|went\s+and))?"
    r"|(?:i'?d|i\s+would|would)\s+(?:love|like|pay|give\s+anything)\s+to\s+see\s+(?:someone|somebody)|(?:i\s+)?(?:want|wanna)\s+to\s+see\s+(?:someone|somebody))"
)
_ACT_FR = (
    r"(?:(?:le|la|les|l'|te|t'|vous)\s*(?:tuer|tue|buter|bute|abattre|abatte|poignarder|poignarde|egorger|egorge|etrangler|etrangle|tabasser|tabasse"
    r"|lyncher|lynche|pendre|pende|noyer|noie|assommer|assomme|crever|creve|saigner)"
    r"(?!\s+(?:au|aux|a\s+(?:la|l')|en|dans\s+le\s+dos|avec\s+(?:des\s+)?(?:questions|bisous|blagues|amour|travail)|le\s+temps|de\s+(?:bisous|questions|travail|rire))\b))"
    r"|(?:lui|leur|te|t'|vous|y)\s*(?:casser|casse|peter|pete|defoncer|defonce|fendre|fende|arracher|arrache|briser|brise|refaire|refasse|fracasser|fracasse|eclater|eclate|crisser|sacrer)\s+"
    r"(?:la|les|le|sa|son|ses)\s+(?:deux\s+)?(?:gueule|yeule|face|jambes?|bras|dents|crane|tete|nez|machoire|cou|genoux|cotes|doigts|portrait|colonne|gorge)"
    r"|(?:crever|creve|taillader|taillade|rayer|raye|casser|casse|defoncer|defonce|bruler|brule|vandaliser|vandalise|fracasser|fracasse)\s+(?:ses|sa|son|leurs|leur|tes|ta|ton)\s+"
    r"(?:pneus|char|auto|voiture|vitres|fenetres|maison|camion|pare-brise|chalet|commerce|magasin|garage)"
    r"|mettre\s+le\s+feu\s+(?:a|au|chez)\s+(?:sa|son|ses|leur|leurs|ta|ton|tes|lui|eux|toi)\b|(?:mette|mettent)\s+le\s+feu\s+(?:a|au|chez)\s+(?:sa|son|ses|leur|leurs|ta|ton|tes|lui|eux|toi)\b"
    r"|(?:le|la|les|l'|te|t')\s*(?:sortir|sorte|pousser|pousse|jeter|jette|garrocher|garroche|lancer|lance|pitcher|pitche|crisser|sacrer)\s+"
    r"(?:de\s+la\s+route|dans\s+(?:les|l')\s*escaliers?|en\s+bas\s+(?:d'un|du|de\s+la|des)\s+(?:pont|falaise|toit|balcon|escaliers?|immeuble)|dans\s+(?:le\s+fleuve|la\s+riviere|le\s+lac|le\s+canal)|devant\s+(?:un|le)\s+(?:autobus|train|camion|char|metro))"
    r"|(?:le|la|les|l'|te|t')\s*(?:envoyer|envoie|mettre|mette)\s+(?:dans\s+le\s+coma|a\s+l'?hopital|aux\s+soins\s+intensifs|six\s+pieds\s+sous\s+terre|en\s+chaise\s+roulante|dans\s+(?:un|le)\s+cercueil|a\s+la\s+morgue)"
    r"|(?:le|la|les|l'|te|t')\s*faire\s+(?:saigner|souffrir|crever|disparaitre|pisser\s+le\s+sang)"
    r"|(?:lui|leur|te|t'|vous)\s*faire\s+(?:du\s+)?mal\b(?!\s+(?:au|aux|a\s+(?:la|l'|sa|son|ses)|de|d'|en))"
    r"|(?:lui|leur|te|t'|vous)\s*(?:donner|donne|foutre|foute|crisser|sacrer|mettre|mette|coller|colle)\s+(?:une|un)\s+(?:bonne\s+|maudite\s+|vraie\s+)?(?:volee|raclee|rince|taloche|beigne|claque|baffe|balle|coup\s+de\s+(?:poing|couteau|batte|pied))"
)
_FRAME_FR = (
    r"(?:(?:quelqu'?un|qqn|qqun)\s+(?:devrait|doit|va|pourrait|faudrait\s+que\s+quelqu'?un)|(?:faut|faudrait|faudra)\s+que\s+(?:quelqu'?un|qqn|on)"
    r"|(?:je|j')\s*(?:te\s+(?:le\s+)?jure\s+(?:que\s+)?(?:je|j')\s*)?(?:vais|vas|veux|voudrais|aimerais(?:\s+ca|\s+bien)?|vas)|j'?vais|jvais|m'?as"
    r"|j'?ai\s+(?:ben\s+|tellement\s+|vraiment\s+)?hate\s+de|un\s+de\s+ces\s+(?:jours|quatre)\s*,?\s*(?:je\s+vais|j'?vais)"
    r"|(?:on|nous)\s+(?:devrait|devrions|doit|va|allons|pourrait)(?:\s+tous|\s+toutes)?(?:\s+aller)?|allons|allez"
    r"|(?:j'?espere|jespere|je\s+souhaite)\s+(?:que|qu')\s*quelqu'?un|(?:ca|ça)\s+me\s+(?:derangerait|derangerais|ferait)\s+(?:pas|rien)\s+(?:que|qu')\s*quelqu'?un(?:\s+decide\s+de)?)"
)
_NEAR_EN = re.compile(rf"(?<![\w'])(?:{_FRAME_EN})\s+(?:[\w'-]+\s+){{0,3}}?$")
_NEAR_FR = re.compile(rf"(?<![\w'])(?:{_FRAME_FR})\s*(?:[\w'-]+\s+){{0,3}}?$")
ACT_EN = re.compile(rf"(?<![\w'])(?:{_ACT_EN})")
ACT_FR = re.compile(rf"(?<![\w'])(?:{_ACT_FR})")
# The verbs of the acts: a post without one is never searched.
ACT_WORDS = frozenset(
    "kill kills killed murder murders shoot shoots stab stabs strangle strangles knife shank poison lynch behead torture waterboard curb"
    " curbstomp pistol beat beats rough roughs punch punches slap slaps smack smacks deck decks headbutt headbutts choke chokes knock"
    " knocks lay lays break breaks smash smashes bash bashes cave caves bust busts crack cracks split splits snap snaps rearrange"
    " rearranges kick kicks rip rips slash slashes key keys torch torches burn burns trash trashes firebomb firebombs vandalize vandalise"
    " vandalizes vandalises egg eggs run runs put puts send sends throw throws shove shoves push pushes toss tosses dangle dangles give gives"
    " make makes jump jumps drown drowns hang hangs stabbed strangled poisoned tortured shut shuts silence silences beaten beating".split()
)
ACTE_WORDS = frozenset(
    "tuer tue buter bute descendre descende abattre abatte poignarder poignarde egorger egorge etrangler etrangle tabasser tabasse massacrer"
    " massacre lyncher lynche pendre pende noyer noie defoncer defonce battre batte assommer assomme planter plante fumer crever creve saigner"
    " ecraser ecrase casser casse peter pete fendre fende arracher arrache briser brise refaire refasse fracasser fracasse eclater eclate crisser"
    " sacrer taillader taillade rayer raye bruler brule vandaliser vandalise feu sortir sorte pousser pousse jeter jette garrocher garroche lancer"
    " lance pitcher pitche envoyer envoie mettre mette faire donner donne foutre foute coller colle mal".split()
)
# Where an act can start: its verb, or the pronoun or determiner before a French verb. One
# alternation of words finds them; the acts' long expression is then tried only there.
_OPEN_EN = re.compile(r"(?<![\w'])(?:" + "|".join(sorted(ACT_WORDS, key=len, reverse=True)) + r")(?![\w])")
_OPEN_FR = re.compile(r"(?<![\w'])(?:le|la|les|l'|te|t'|vous|lui|leur|y|mettre|mette|mettent|crever|creve|taillader|taillade|rayer|raye|casser|casse|defoncer|defonce|bruler|brule|vandaliser|vandalise|fracasser|fracasse)(?![\w])|(?<![\w'])[lt]'")
_FRAME_WORDS_EN = frozenset(
    "shud shld someone somebody some1 sum1 i we imma ima mma wait let lets time hope hoping wish pray praying mind love everyone everybody people yall guys".split()
)
_FRAME_WORDS_FR = frozenset("quelqu qqn qqun faut faudrait faudra je j vais jvais as hate jours quatre on nous allons allez espere jespere souhaite derangerait derangerais ferait".split())


# Common verbs open an act only beside one of its other words ("make" needs "bleed" or "suffer",
# « faire » needs « saigner » or « mal »): most posts hold "make" or « faire », few hold both.
_NEEDS = {
    "beat": "up senseless death bloody black shit crap hell living life ass butt pulp within",
    "beats": "up senseless death bloody black shit crap hell living life ass butt pulp within",
    "make": "bleed suffer beg disappear eat", "makes": "bleed suffer beg disappear eat",
    "give": "beating beatdown black concussion broken bullet knuckle few", "gives": "beating beatdown black concussion broken bullet knuckle few",
    "put": "coma hospital icu morgue ground wheelchair body bodybag bag coffin grave six wall window windshield table er",
    "puts": "coma hospital icu morgue ground wheelchair body bodybag bag coffin grave six wall window windshield table er",
    "send": "coma hospital icu morgue ground wheelchair body bodybag bag coffin grave er",
    "sends": "coma hospital icu morgue ground wheelchair body bodybag bag coffin grave er",
    "run": "road over down", "runs": "road over down", "lay": "out flat", "lays": "out flat", "knock": "out flat teeth head skull jaw nose",
    "knocks": "out flat teeth head skull jaw nose", "key": "car truck", "keys": "car truck", "egg": "house car home", "eggs": "house car home",
    "burn": "house home car truck place shop store garage cottage boat", "burns": "house home car truck place shop store garage cottage boat",
    "break": "legs leg arms arm neck face skull teeth jaw nose head kneecaps kneecap knees knee ribs fingers finger hands hand spine back",
    "breaks": "legs leg arms arm neck face skull teeth jaw nose head kneecaps kneecap knees knee ribs fingers finger hands hand spine back",
    "jump": "after outside when way behind", "jumps": "after outside when way behind", "hang": "him her them em you", "hangs": "him her them em you",
    "shut": "good permanently forever", "shuts": "good permanently forever", "silence": "good permanently forever", "silences": "good permanently forever",
    "throw": "bridge cliff roof building balcony stairs staircase window bus train truck car river",
    "throws": "bridge cliff roof building balcony stairs staircase window bus train truck car river",
    "push": "bridge cliff roof building balcony stairs staircase window bus train truck car river",
    "pushes": "bridge cliff roof building balcony stairs staircase window bus train truck car river",
    "crack": "head skull jaw nose ribs", "cracks": "head skull jaw nose ribs", "split": "head skull lip", "splits": "head skull lip",
    "faire": "saigner souffrir crever disparaitre pisser mal", "mettre": "coma hopital soins six chaise cercueil morgue feu volee raclee balle claque baffe",
    "mette": "coma hopital soins six chaise cercueil morgue feu volee raclee balle claque baffe",
    "donner": "volee raclee rince taloche beigne claque baffe balle coup", "donne": "volee raclee rince taloche beigne claque baffe balle coup",
    "envoyer": "coma hopital soins six chaise cercueil morgue", "envoie": "coma hopital soins six chaise cercueil morgue",
    "sortir": "route", "sorte": "route", "lancer": "pont falaise toit balcon escaliers immeuble fleuve riviere lac canal autobus train camion char metro",
    "lance": "pont falaise toit balcon escaliers immeuble fleuve riviere lac canal autobus train camion char metro",
    "pousser": "pont falaise toit balcon escaliers immeuble fleuve riviere lac canal autobus train camion char metro",
    "pousse": "pont falaise toit balcon escaliers immeuble fleuve riviere lac canal autobus train camion char metro",
    "jeter": "pont falaise toit balcon escaliers immeuble fleuve riviere lac canal autobus train camion char metro",
    "jette": "pont falaise toit balcon escaliers immeuble fleuve riviere lac canal autobus train camion char metro",
    "casser": "gueule yeule face jambes jambe bras dents crane tete nez machoire cou genoux cotes doigts portrait colonne gorge pneus char auto voiture vitres fenetres maison camion",
    "casse": "gueule yeule face jambes jambe bras dents crane tete nez machoire cou genoux cotes doigts portrait colonne gorge pneus char auto voiture vitres fenetres maison camion",
    "coller": "volee raclee claque baffe balle coup", "colle": "volee raclee claque baffe balle coup",
    "bruler": "char auto voiture maison commerce magasin garage chalet camion", "brule": "char auto voiture maison commerce magasin garage chalet camion",
    "feu": "sa son ses leur leurs ta ton tes lui eux toi", "mal": "lui leur te t vous",
}
_NEEDS_SETS = {verb: frozenset(others.split()) for verb, others in _NEEDS.items()}


def _opens(verbs: frozenset[str] | set[str], words: frozenset[str]) -> bool:
    for verb in verbs:
        needed = _NEEDS_SETS.get(verb)
        if needed is None or not needed.isdisjoint(words):
            return True
    return False


def candidates(folded: str, words: frozenset[str], present: frozenset[str] | set[str] | None = None) -> list[tuple[int, int]]:
    """Harm acts under an intent and harm wished on anyone named (both gated on their words).
    `present`, when given, holds at least the post's words of GATE (a small set, cheap to test)."""
    present = GATE.intersection(words) if present is None else present
    if GATE.isdisjoint(present):
        return []
    found: list[tuple[int, int]] = []
    if not (ACT_WORDS.isdisjoint(present) and ACTE_WORDS.isdisjoint(present)):
        found += acts_with_intent(folded, words, present)
    if not WISH_WORDS.isdisjoint(present):
        found += wishes_of_harm(folded, words)
    return found


def acts_with_intent(folded: str, words: frozenset[str], present: frozenset[str] | set[str] | None = None) -> list[tuple[int, int]]:
    """Spans from an intent ("someone needs to", « je vais ») to a harm act on a person just after it.
    Set tests cost as much as the smaller set has words: the act verbs are taken from `present`
    (the post's opening words, a small set) when the caller has it."""
    found: list[tuple[int, int]] = []
    for verbs, frames, opener, act, near in (
        (ACT_WORDS, _FRAME_WORDS_EN, _OPEN_EN, ACT_EN, _NEAR_EN),
        (ACTE_WORDS, _FRAME_WORDS_FR, _OPEN_FR, ACT_FR, _NEAR_FR),
    ):
        here = verbs.intersection(words if present is None else present)
        if not here or frames.isdisjoint(words) or not _opens(here, words):
            continue
        for verb in opener.finditer(folded):
            m = act.match(folded, verb.start())
            if m is None:
                continue
            lo = max(0, m.start() - 80)
            cut = max(folded.rfind(c, lo, m.start()) for c in ".!?\n;")
            frame = near.search(folded, cut + 1 if cut >= 0 else lo, m.start())
            if frame is not None:
                found.append((frame.start(), m.end()))
    return found


# -- Harm wished on anyone named ---------------------------------------------------------------
#
# "I hope that reporter gets hit by a bus", "praying my landlord crashes his car", "I hope Kevin
# never wakes up", « j'espère que le maire se fasse poignarder », « je prie pour que mon proprio
# plante son char ». The wish, then up to four words naming whoever (a name, "that cyclist"), then
# a harm that only happens to people; "I hope my phone dies" or « que le gâteau brûle » never read.
_WISH_EN = r"(?:hope|hoping|wish|pray|praying)\s+(?:to\s+god\s+)?(?:that\s+)?"
_ANYONE = r"(?!(?:it|this|that|we|i|nothing|no\s+one|nobody|everyone|everybody|all\s+goes)\b)(?:(?!(?:who|which|whose|that|where)\b)[\w@'-]+\s+){0,3}?(?!(?:who|which|whose)\b)[\w@'-]+"
_BEFALLS = (
    r"gets?\s+(?:hit\s+by\s+(?:a|an|the)\s+(?:bus|car|truck|train|drunk)|run\s+over|ran\s+over|stabbed|shot|beaten(?:\s+up)?|beat\s+up|jumped|mugged|attacked|assaulted|raped|killed|murdered|maimed|mauled|lynched|curb\s*stomped|set\s+on\s+fire)"
    r"|(?:dies?|died)\s+(?:in\s+(?:a\s+fire|a\s+ditch|agony|pain|a\s+(?:car\s+)?crash|prison|jail)|of\s+(?:cancer|aids|covid)|alone|slowly|painfully|screaming|a\s+(?:slow|painful|horrible)\s+death)"
    r"|falls?\s+(?:down\s+(?:the|a\s+flight\s+of)\s+stairs|off\s+(?:a|the)\s+(?:cliff|bridge|roof|balcony|building)|in\s+front\s+of\s+(?:a|the)\s+(?:bus|train|truck|car))"
    r"|breaks?\s+(?:his|her|their|your|ur)\s+(?:neck|back|spine|skull|legs?)"
    r"|crash(?:es)?\s+(?:his|her|their|your|ur)\s+(?:car|truck|plane|bike|motorcycle)"
    r"|suffers?(?=\s*(?:$|[.!,]|alone|forever|slowly|every\s+day|for\s+(?:the\s+rest|years|ever|what)|like|a\s+lot))"
    r"|loses?\s+(?:(?:his|her|their|your|ur)\s+)?(?:legs|arms|eyes|sight|hands|kids|children|whole\s+family|everything\s+and\s+dies)\b"
    r"|cracks?\s+(?:his|her|their|your|ur)\s+(?:head|skull)\s+open|(?:has|have)\s+(?:an?\s+)?(?:stroke|heart\s+attack|aneurysm)|burns?\s+(?:down\s+)?with\s+(?:him|her|them|you)\s+(?:in|inside)"
    r"|never\s+wakes?\s+up(?=\s*(?:$|[.!,]))|chokes?(?:\s+to\s+death|\s+on\s+(?:his|her|their)\s+\w+)?(?=\s*(?:$|[.!,]))|rots?\s+in\s+(?:hell|prison|jail|a\s+cell)|burns?\s+(?:alive|to\s+death|in\s+hell)"
)
WISH_EN = re.compile(rf"(?<![\w'])(?:{_WISH_EN}(?P<t>{_ANYONE})\s+(?:\w+\s+)?(?:[^.!?\n]{{0,40}}?\b(?:and|&|then)\s+)?(?:{_BEFALLS})\b"
                     rf"|{_WISH_EN}(?:something|anything)\s+(?:really\s+)?(?:terrible|bad|awful|horrible|nasty|tragic|violent)\s+happens\s+to\s+[\w@'-]+(?:\s+[\w'-]+){{0,3}}?(?=\s*(?:$|[.!,])))")
_WISH_FR = r"(?:j'?espere|jespere|je\s+souhaite|j'?souhaite|pourvu|je\s+prie\s+pour|j'?prie\s+pour|prions\s+pour)\s+(?:vraiment\s+|donc\s+|ben\s+)?(?:que\s+|qu'|(?=(?:tu|t'|il|elle|ils|elles)\b))\s*"
_QUICONQUE = r"(?!(?:ca|ce\s+soit|tout|rien|personne|on|je|j'|nous)\b)(?:(?!(?:qui|dont|ou)\b)[\w'-]+\s+){0,3}?(?!(?:qui|dont)\b)[\w'-]+"
_ARRIVE = (
    r"(?:se|s'|te|t')\s*(?:fasse|fassent|fasses|fais|fait|font|faire)\s+(?:frapper\s+par\s+(?:un|une)|ecraser\s+par\s+(?:un|une)|poignarder|tabasser|tuer|violer|agresser|lyncher|sauter\s+dessus|rentrer\s+dedans|casser\s+la\s+gueule|rouler\s+dessus)"
    r"|(?:attrape|attrapent|pogne|pognent|chope|chopent|ait|aient|developpe)\s+(?:le|un)\s+(?:cancer|sida|covid)\b(?!\s+(?:du\s+)?(?:depistage|traitement))"
    r"|tomb\w*\s+(?:dans|en\s+bas)\s+(?:les|des|d'un|du|de\s+la)\s+(?:escaliers|pont|falaise|toit|balcon)"
    r"|se\s+(?:casse|cassent|pete|petent|brise|brisent)\s+(?:le\s+cou|la\s+nuque|les\s+deux\s+jambes|la\s+colonne|le\s+crane|les\s+reins)"
    r"|(?:plante|plantent|crashe|crashent|scrappe|scrappent)\s+(?:son|sa|leur)\s+(?:char|auto|voiture|camion|avion|moto)|(?:ait|aient|fasse|fassent)\s+un\s+(?:\w+\s+)?accident"
    r"|souffr\w*(?=\s*(?:$|[.!,]|toute\s+sa\s+vie|longtemps|atrocement|le\s+martyre|comme|pour\s+(?:toujours|le\s+reste)))"
    r"|perd\w*\s+(?:tes|ses|leurs|vos)\s+(?:jambes|bras|yeux|enfants|deux\s+jambes)\b|se\s+(?:fend\w*|ouvr\w*|pete\w*)\s+(?:la|le)\s+(?:tete|crane|gueule)"
    r"|brul\w*\s+avec\s+(?:lui|elle|eux|toi|vous)\s+dedans|(?:fasse|fassent|ait|aient)\s+un\s+(?:avc|infarctus|arret\s+cardiaque|anevrisme)"
    r"|(?:ne\s+)?se\s+reveill\w*\s+(?:pas|plus|pus|jamais)(?:\s+jamais)?(?=\s*(?:$|[.!,]))|s'?etouff\w*(?=\s*(?:$|[.!,]|avec|dans))|(?:crev|meur)\w*(?=\s*(?:$|[.!,]|dans|seul|seule|en\s+enfer|comme|lentement))|brul\w*\s+(?:vif|vive|vifs|en\s+enfer)"
)
WISH_FR = re.compile(rf"(?<![\w'])(?:{_WISH_FR}(?P<t>{_QUICONQUE})\s+(?:va\s+|vont\s+)?(?:[^.!?\n]{{0,40}}?\b(?:et|pis|puis)\s+)?(?:{_ARRIVE})"
                     rf"|{_WISH_FR}(?:il|y)\s+(?:lui|leur|t'|te)?\s*(?:arrive|arrivera)\s+(?:quelque\s+chose\s+de\s+(?:grave|terrible|mal|horrible)|quelque\s+chose(?=\s*(?:$|[.!]))|malheur|un\s+malheur)(?:\s+a\s+{_QUICONQUE})?(?=\s*(?:$|[.!,])))")
WISH_WORDS = frozenset("hope hoping wish wishing pray praying espere jespere souhaite pourvu prie prions".split())
_BEFALL_WORDS = frozenset(
    "gets get got dies die died falls fall breaks break crash crashes suffer suffers never chokes choke rot rots burn burns happens"
    " fasse fassent fasses fais fait font faire attrape attrapent pogne pognent chope chopent ait aient developpe tombe tombent tomber casse cassent"
    " pete petent brise brisent plante plantent crashe crashent scrappe scrappent souffre souffrent reveille reveillent etouffe etouffent"
    " creve crevent meure meurent meurt brule brulent arrive arrivera lose loses cracks crack has have perd perds perde perdes perdent fend fende fendent ouvre pete death mort".split()
)


def wishes_of_harm(folded: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """Spans where harm is wished on someone named (see WISH_EN, WISH_FR)."""
    if WISH_WORDS.isdisjoint(words) or _BEFALL_WORDS.isdisjoint(words):
        return []
    # The long expressions are tried only where a wish opens, within the reach of their words.
    found = []
    for cue in _WISH_CUE.finditer(folded):
        end = min(len(folded), cue.start() + 200)
        for pattern in (WISH_EN, WISH_FR):
            m = pattern.match(folded, cue.start(), end)
            if m is not None:
                found.append(m.span())
                break
    return found


_WISH_CUE = re.compile(r"(?<![\w'])(?:hope|hoping|wish|wishing|pray|praying|j'?espere|jespere|je\s+souhaite|j'?souhaite|pourvu|je\s+prie|j'?prie|prions)\b")


GATE = ACT_WORDS | ACTE_WORDS | WISH_WORDS


# -- Round 8, parity: the shapes one language read and the other lacked ------------------------
#
# Each pair says the same thing: a wish that a vehicle run over every member ("I wish a bus would
# run over every X", « j'aimerais qu'un autobus écrase chaque X »), baiting a group to suicide
# (« les X devraient juste se suicider », as "X should just kill themselves"), "let's go beat up
# some X", a line-up against a wall (« alignez les X contre un mur »), lynching brought back « pour
# les X », attack called in the imperative ("punch every X", « frappez chaque X »), and the slogan
# without "only" ("a good X is a dead X", « le seul bon X est un X mort »). Every shape counts only
# when its slot names a group, so "line the chairs up against the wall" and « alignez les enfants
# contre le mur pour la photo » stay clean.
GROUP += [
    rf"(?:wish|hope|pray)\s+(?:that\s+)?(?:a|some)\s+(?:bus|truck|car|train|semi)\s+(?:would\s+|will\s+|could\s+)?"
    rf"(?:runs?\s+over|hits?|crush(?:es)?|mows?\s+down)\s+(?:every|all\s+the|all|each|those|these|the)\s+{_SLOT}\b",
    rf"(?:j'?aimerais|j'?espere|jespere|je\s+souhaite|pourvu)\s+(?:que|qu')\s*(?:un|une)\s+(?:autobus|bus|camion|char|train|auto|voiture|truck)"
    rf"\s+(?:ecrase|frappe|fonce\s+(?:sur|dans)|rentre\s+dans|passe\s+sur)\s+(?:chaque|tous\s+les|toutes\s+les|ces|les)\s+{_SLOT}\b",
    rf"(?:les\s+|ces\s+|tous\s+les\s+)?{_SLOT}\s+(?:devraient|doivent|peuvent)\s+(?:juste\s+|tous\s+|toutes\s+|simplement\s+|donc\s+|ben\s+)*"
    r"(?:se\s+suicider|se\s+tuer|se\s+pendre|s'?immoler)\b",
    rf"(?:let'?s|lets|let\s+us|time\s+to|we\s+(?:should|must|need\s+to|gotta|have\s+to))\s+(?:go\s+)?(?:beat|rough|fuck|smash)\s+up\s+"
    rf"(?:some\s+|a\s+few\s+|every\s+|all\s+|those\s+|these\s+|the\s+)?{_SLOT}\b",
    rf"line\s+(?:up\s+)?(?:all\s+)?(?:the\s+|those\s+|these\s+)?{_SLOT}\s+(?:up\s+)?against\s+(?:a|the)\s+wall",
    rf"(?:alignez|aligner|alignons|mettez|mettre|mettons|collez|coller)\s+(?:tous\s+)?(?:les|ces)\s+{_SLOT}\s+(?:tous\s+)?"
    r"(?:contre\s+(?:un|le)\s+mur|au\s+mur)",
    rf"(?:ramener|ramenons|ramenez|retablir|retablissons|retablissez)\s+(?:le\s+lynchage|la\s+pendaison|les\s+pendaisons|la\s+corde)"
    rf"\s+(?:pour|contre)\s+(?:les\s+|ces\s+|tous\s+les\s+)?{_SLOT}",
    rf"(?:^|[.!?,]\s*|go\s+|just\s+)(?:punch|beat\s+up|attack|stab|hit|kick|shoot|spit\s+on)\s+(?:every|all\s+the|all|each|any)\s+{_SLOT}\b",
    rf"(?:^|[.!?,]\s*|allez\s+|et\s+)(?:frappez|tabassez|cognez|attaquez|agressez|crachez\s+sur|ecrasez|poignardez)\s+"
    rf"(?:tous\s+les|toutes\s+les|chaque|les|ces)\s+{_SLOT}\b",
    rf"(?:^|[.!?,]\s*)(?:a|an)\s+good\s+{_SLOT}\s+is\s+a\s+dead\s+(?!tired\b|serious\b|last\b|ringer\b)[\w'-]+",
    rf"(?:le|la)\s+seule?\s+(?:bon|bonne)\s+{_SLOT}\s*,?\s*(?:c'?est|est)\s+(?:un|une)\s+(?:[\w'-]+\s+){{1,2}}?mort(?:e)?\b(?!\s+de\b)",
]
GROUP_KEYS += [
    "wish hope pray | bus truck car train semi",
    "aimerais espere jespere souhaite pourvu | autobus bus camion char train auto voiture truck",
    "suicider tuer pendre immoler | devraient doivent peuvent",
    "beat rough fuck smash | up",
    "line | wall",
    "alignez aligner alignons mettez mettre mettons collez coller | mur",
    "lynchage pendaison pendaisons corde | ramener ramenons ramenez retablir retablissons retablissez",
    "punch beat attack stab hit kick shoot spit | every all each any",
    "frappez tabassez cognez attaquez agressez crachez ecrasez poignardez",
    "good | dead",
    "seul seule | mort morte",
]
# "Hang them all from the trees", as French's « pendez-les tous aux arbres » already was.
STRONG += [
    r"hang\s+(?:them|em|'em)\s+(?:all\s+)?(?:from|on)\s+(?:the\s+|a\s+)?(?:trees?|lamp\s*posts?|lampposts?|nearest\s+tree|bridges?)",
]
STRONG_KEYS += [
    "hang | trees tree lamp lampposts lamppost posts post bridge bridges nearest",
]
# « j'ai envie de te violer », « je veux te tuer », as "I want to rape you", "I want to kill you".
STRONG += [
    r"(?:j'?ai\s+envie\s+de|jai\s+envie\s+de|je\s+veux|j'?veux|j'?aimerais|je\s+voudrais)\s+(?:te|vous|t')\s*"
    r"(?:violer|tuer|buter|egorger|poignarder|etrangler|tabasser|defoncer\s+la\s+gueule)\b",
]
STRONG_KEYS += [
    "violer tuer buter egorger poignarder etrangler tabasser defoncer | envie veux aimerais voudrais",
]
