"""Category C, harsh public critique of one's own employer, managers or colleagues: positives
(incompetence, toxic culture, favouritism, bullying, being a number, lying leadership, chaos,
contempt for staff, sarcasm about decisions, wanting out, employer-review style statements) and
hard negatives (mild or constructive work talk, praise, someone else's workplace, labour news,
fiction, customer stories, safety and mental-health days, self-deprecation).

Written for this project in English and French (Canadian, Québécois and Acadian registers). The
anchor varies: a boss, a manager, a department, "this place", upper management, HR, « la boîte ».
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from scripts.corpus._kit import Fam, V, generate, same, vals
from scripts.corpus._model import Post
from scripts.corpus._spec import Spec, finish, fr_forms, fv

SEED = 20250412
M, F_ = "m", "f"


def _boss(en: str, fr: str, g: str) -> V:
    """A person one reports to; English pronouns follow the French gender so both posts say the same."""
    fem = g == F_
    return V({"": en, "he": "she" if fem else "he", "him": "her" if fem else "him", "his": "her" if fem else "his",
              "poss": en + "'s"},
             {**fr_forms(fr), "il": "elle" if fem else "il"}, g)


BOSSES = [_boss(*row) for row in [
    ("my boss", "mon boss", M), ("my manager", "ma gestionnaire", F_), ("my director", "mon directeur", M),
    ("my new director", "ma nouvelle directrice", F_), ("my DG", "mon DG", M), ("my team lead", "mon chef d'équipe", M),
    ("my supervisor", "ma superviseure", F_), ("our director general", "notre directrice générale", F_), ("our ADM", "notre SMA", M),
    ("the boss", "le boss", M), ("my acting manager", "mon gestionnaire par intérim", M), ("the new manager", "la nouvelle gestionnaire", F_),
    ("my section head", "mon chef de section", M), ("my immediate supervisor", "ma superviseure immédiate", F_),
    ("our executive director", "notre directeur exécutif", M), ("my team leader", "ma cheffe d'équipe", F_),
]]

ORGS = [fv(*row) for row in [
    ("my department", "mon ministère", M), ("this department", "ce ministère", M), ("my branch", "ma direction", F_),
    ("this place", "cette place", F_), ("my agency", "mon agence", F_), ("our directorate", "notre direction générale", F_),
    ("my workplace", "mon milieu de travail", M), ("the ministry", "le ministère", M), ("this outfit", "la boîte", F_),
    ("my division", "ma division", F_), ("our unit", "notre unité", F_), ("my section", "ma section", F_),
    ("this office", "ce bureau", M), ("our sector", "notre secteur", M), ("the organization I work for", "l'organisation où je travaille", F_),
]]

MGMT = [fv(*row) for row in [
    ("upper management", "la haute direction", F_), ("senior management", "la haute gestion", F_), ("management", "la direction", F_),
    ("our executive committee", "notre comité de direction", M), ("the leadership team", "l'équipe de direction", F_),
    ("HR", "le service des RH", M), ("the ADM's office", "le bureau du SMA", M), ("the executive floor", "l'étage de la direction", M),
    ("the DG's office", "le bureau de la DG", M), ("head office", "le siège social", M),
]]

LOCS = vals(
    ("at work", "à la job"), ("at the office", "au bureau"), ("in my department", "dans mon ministère"), ("where I work", "là où je travaille"),
    ("here", "icitte"), ("in our branch", "dans notre direction"), ("at my job", "à ma job"), ("in this place", "dans cette place"),
    ("on my team", "dans mon équipe"), ("at our shop", "chez nous"),
)

TAILS = vals(
    ("", ""), (" Unreal.", " Incroyable."), (" Every. Single. Time.", " À. Chaque. Fois."), (" I'm exhausted.", " Chu [me:épuisé|épuisée]."),
    (" You can't make this up.", " Ça s'invente pas."), (" 🙄", " 🙄"), (" Send help.", " À l'aide."), (" Just venting.", " Je ventile, c'est tout."),
    (" I'm so done.", " J'en peux pu."),
)

ME = [V("", "", M), V("", "", F_)]

TASKS = vals(
    ("a lemonade stand", "un kiosque de limonade"), ("a two-person team", "une équipe de deux personnes"), ("a group chat", "un groupe de jasette"),
    ("a bake sale", "une vente de pâtisseries"), ("a team calendar", "un calendrier d'équipe"), ("a potluck", "un souper canadien"),
    ("a fire drill", "un exercice d'incendie"), ("a one-page memo", "une note d'une page"),
)

DECISIONS = vals(
    ("taking away the coffee machine to save money", "enlever la machine à café pour sauver de l'argent"),
    ("a mandatory survey about survey fatigue", "un sondage obligatoire sur l'épuisement face aux sondages"),
    ("hot-desking with half as many desks as people", "des bureaux partagés avec deux fois moins de postes que d'employés"),
    ("cancelling training but renovating the boardroom", "annuler la formation mais rénover la salle du conseil"),
    ("a new logo while our files sit for months", "un nouveau logo pendant que nos dossiers traînent des mois"),
    ("moving us to a floor with no windows and no heat", "nous déménager sur un étage sans fenêtres ni chauffage"),
    ("a fourth reorg in two years", "une quatrième réorganisation en deux ans"),
    ("banning headphones in an open office", "interdire les écouteurs dans un bureau à aire ouverte"),
    ("a 'wellness' webinar at 7 a.m.", "un webinaire « mieux-être » à 7 h du matin"),
    ("freezing hiring right after three people quit", "geler l'embauche juste après trois départs"),
)

NUMS = same("3", "4", "5", "6", "7", "8", "9", "11", "12", "14", "15", "20")
YEARS = same("6", "8", "9", "11", "12", "15", "17", "20", "22")

SLOTS: dict[str, list[V]] = {
    "boss": BOSSES, "org": ORGS, "mgmt": MGMT, "loc": LOCS, "tail": TAILS, "me": ME, "task": TASKS, "dec": DECISIONS,
    "k": NUMS, "yrs": YEARS,
}
S = partial(Spec, defaults=SLOTS)

# Neutral work hashtags added as a register variant to positives and negatives alike.
WORK_TAGS = [("#publicservice", "#fonctionpublique"), ("#worklife", "#travail"), ("#MondayMood", "#lundi"),
             ("#GCdigital", "#GCnumérique"), ("#officelife", "#viedebureau"), ("#Ottawa", "#Ottawa"), ("#telework", "#télétravail"),
             ("#FridayFeeling", "#vendredi")]

# --- Positives: harsh critique of one's own employer, managers or colleagues --------------------

INCOMPETENCE = [
    S("C.incompetence.couldnt_manage", "incompetence", "angry", "{boss^} couldn't manage {task} if {boss.he} tried.",
      "{boss^} serait pas capable de gérer {task} même en essayant.", n=12, mood="angry"),
    S("C.incompetence.staggering", "incompetence", "casual", "The level of incompetence in {org} is honestly staggering.{tail}",
      "Le niveau d'incompétence dans {org} est franchement renversant.{tail}", n=12, mood="angry"),
    S("C.incompetence.no_clue", "incompetence", "casual", "Nobody in {mgmt} has a clue what our team actually does.",
      "Personne dans {mgmt} a la moindre idée de ce que notre équipe fait vraiment.", n=10),
    S("C.incompetence.shared_drive", "incompetence", "sarcastic", "{boss^} has been in the job {yrs} years and still can't find the shared drive.",
      "Ça fait {yrs} ans que {boss} est en poste pis {boss.il} est toujours pas capable de trouver le lecteur partagé.", n=12, mood="sarcastic"),
    S("C.incompetence.reorg", "incompetence", "angry", "Third reorg in 18 months and {mgmt} still can't tell us who we report to.",
      "Troisième réorganisation en 18 mois pis {mgmt} est toujours pas capable de nous dire à qui on se rapporte.", n=10, mood="angry"),
    S("C.incompetence.director_files", "incompetence", "sarcastic", "How do you become a director with zero knowledge of the files? Asking for {org}.",
      "Comment on devient directeur sans rien connaître aux dossiers ? Je demande pour {org}.", n=12, mood="sarcastic"),
    S("C.incompetence.wrong_budget", "incompetence", "angry", "{boss^} approved the wrong numbers AGAIN. We'll be cleaning up this mess for months.{tail}",
      "{boss^} a ENCORE approuvé les mauvais chiffres. On va ramasser les pots cassés pendant des mois.{tail}", n=12, mood="angry"),
    S("C.incompetence.typo", "incompetence", "typo", "my dg couldnt find the send button if u paid {boss.him} lol",
      "mon dg serait pas capable de trouver le bouton envoyer meme si tu l'payais lol", n=1, mood="laugh",
      boss=[_boss("my dg", "mon dg", M)]),
    S("C.incompetence.coworkers", "incompetence", "angry", "Half my coworkers do nothing all day and somehow I'm the one who gets their files.{tail}",
      "La moitié de mes collègues font rien de la journée pis c'est moi qui ramasse leurs dossiers.{tail}", n=9, mood="angry"),
    S("C.incompetence.colleague_steal", "incompetence", "angry", "The guy who sits next to me {loc} has taken credit for my work three times this month. Useless.",
      "Le gars à côté de moi {loc} s'est attribué mon travail trois fois ce mois-ci. Un bon à rien.", n=10, mood="angry"),
    S("C.incompetence.quebec", "incompetence", ("casual", "quebec"), "{boss^} has no clue what {boss.he}'s doing, zero. And we're the ones paying for it.",
      "{boss^} sait pas pantoute ce qu'{boss.il} fait. Pis c'est nous autres qui payent pour.", n=12, mood="angry"),
]

TOXIC = [
    S("C.toxic.plain", "toxic_culture", "angry", "The culture in {org} is toxic, plain and simple.{tail}",
      "La culture dans {org} est toxique, point final.{tail}", n=12, mood="angry"),
    S("C.toxic.scared", "toxic_culture", "casual", "Everyone {loc} is scared to speak up in meetings. That tells you everything.",
      "Tout le monde {loc} a peur de parler en réunion. Ça dit tout.", n=10),
    S("C.toxic.sick_leave", "toxic_culture", "angry", "{k} people on my team went on sick leave this year because of {boss}. Nobody upstairs cares.",
      "{k} personnes de mon équipe sont parties en congé de maladie cette année à cause {boss.de}. Personne en haut s'en soucie.", n=12, mood="angry"),
    S("C.toxic.welcome", "toxic_culture", "sarcastic", "Gossip, cliques and backstabbing. Welcome to {org}.",
      "Placotage, cliques pis coups de poignard dans le dos. Bienvenue dans {org}.", n=10, mood="sarcastic"),
    S("C.toxic.wellness_emails", "toxic_culture", "sarcastic",
      "Morale in our unit is at an all-time low and {mgmt} keeps sending cheerful emails about 'wellness'.",
      "Le moral de notre unité est au plus bas pis {mgmt} continue d'envoyer des courriels joyeux sur le « mieux-être ».", n=10, mood="sarcastic"),
    S("C.toxic.washroom", "toxic_culture", "sarcastic", "If you cry in the washroom at least once a week, congrats, you work in {org} too.",
      "Si tu pleures dans les toilettes au moins une fois par semaine, bravo, tu travailles dans {org} toi aussi.", n=10, mood="sarcastic"),
    S("C.toxic.quebec", "toxic_culture", ("casual", "quebec"), "So done with my job. The place is toxic and nobody does a thing about it.{tail}",
      "Chu [me:tanné|tannée] de ma job. La place est toxique pis personne fait rien.{tail}", n=12, mood="angry"),
    S("C.toxic.acadian", "toxic_culture", ("casual", "acadian"), "Never seen a workplace like this one, it's seriously toxic {loc}.",
      "J'ai jamais vu une place de travail de même, c'est right toxique {loc}.", n=9, mood="angry"),
    S("C.toxic.fear", "toxic_culture", "formal",
      "In {org}, people are punished for raising problems and rewarded for hiding them. That is not a healthy workplace.",
      "Dans {org}, on punit ceux qui soulèvent des problèmes et on récompense ceux qui les cachent. Ce n'est pas un milieu de travail sain.", n=12),
]

FAVOURITISM = [
    S("C.favour.golf", "favouritism", "angry", "Promotions in {org} go to whoever golfs with {boss}. Merit has nothing to do with it.",
      "Les promotions dans {org} vont à ceux qui jouent au golf avec {boss}. Le mérite a rien à voir là-dedans.", n=12, mood="angry"),
    S("C.favour.who_you_know", "favouritism", ("casual", "quebec"), "It's who you know {loc}, not what you know.{tail}",
      "{loc^}, c'est qui tu connais, pas ce que tu connais.{tail}", n=12),
    S("C.favour.copinage", "favouritism", ("casual", "quebec"), "The cronyism at the office is embarrassing now. Jobs go to {boss.poss} buddies.",
      "Le copinage au bureau, c'est rendu gênant. Les postes sont donnés aux chums {boss.de}.", n=12, mood="angry"),
    S("C.favour.acting", "favouritism", "sarcastic", "Another acting assignment handed to {boss.poss} favourite with no process. Shocking, truly 🙄",
      "Encore une affectation intérimaire donnée au chouchou {boss.de} sans processus. Quelle surprise 🙄", n=12, mood="sarcastic"),
    S("C.favour.nephew", "favouritism", "angry", "{yrs} years here, trained half the team, and passed over again for somebody's nephew.",
      "{yrs} ans icitte, j'ai formé la moitié de l'équipe, pis on me passe encore par-dessus pour le neveu de quelqu'un.", n=9, mood="angry"),
    S("C.favour.review", "favouritism", "formal", "Favouritism is rampant in {org}. {mgmt^} protects its friends and ignores everyone else.",
      "Le favoritisme est partout dans {org}. {mgmt^} protège ses amis et ignore tout le monde.", n=12),
    S("C.favour.inner_circle", "favouritism", "casual", "If you're not in {boss.poss} inner circle, forget about training, telework or a decent assignment.",
      "Si t'es pas dans la petite gang {boss.de}, oublie ça la formation, le télétravail pis les beaux dossiers.", n=12),
]

BULLYING = [
    S("C.bully.yelled", "bullying_by_managers", "angry", "{boss^} yelled at me in front of the whole team again today. I'm done pretending this is normal.",
      "{boss^} m'a encore crié après devant toute l'équipe aujourd'hui. J'arrête de faire semblant que c'est normal.", n=12, mood="angry"),
    S("C.bully.belittles", "bullying_by_managers", "angry", "{boss^} belittles people in every meeting and HR just shrugs.{tail}",
      "{boss^} rabaisse le monde à chaque réunion pis les RH haussent les épaules.{tail}", n=12, mood="angry"),
    S("C.bully.reads_aloud", "bullying_by_managers", "angry", "{boss^} reads my emails out loud to make fun of them. Adults. In a government office.",
      "{boss^} lit mes courriels à voix haute pour rire de moi. Des adultes. Dans un bureau du gouvernement.", n=12, mood="angry"),
    S("C.bully.quebec", "bullying_by_managers", ("casual", "quebec"), "My boss puts me down in front of everyone and nobody says a word. I can't take it anymore.",
      "Mon boss me rabaisse devant tout le monde pis y'a personne qui dit rien. J'en peux pu.", n=1, mood="sad"),
    S("C.bully.is_a_bully", "bullying_by_managers", "angry", "{boss^} is a bully, full stop. Everyone knows it and nobody upstairs will do anything.",
      "{boss^}, c'est [boss:un intimidateur|une intimidatrice], point. Tout le monde le sait pis personne en haut va bouger.", n=12, mood="angry"),
    S("C.bully.threats", "bullying_by_managers", "casual",
      "Every time I ask a question, {boss} threatens me with a 'performance conversation'. That's how things work {loc}.",
      "Chaque fois que je pose une question, {boss} me menace d'une « discussion sur le rendement ». C'est de même que ça marche {loc}.", n=12),
    S("C.bully.targeted", "bullying_by_managers", "formal",
      "For two years {boss} has singled me out, excluded me from meetings and rewritten my work to humiliate me. I am exhausted.",
      "Depuis deux ans, {boss} me prend pour cible, m'exclut des réunions et réécrit mon travail pour m'humilier. Je suis [me:épuisé|épuisée].", n=12, mood="sad"),
]

NUMBERS = [
    S("C.number.just_numbers", "treated_as_number", "angry", "We're just numbers to {mgmt}. Butts in seats, that's it.{tail}",
      "On est juste des numéros pour {mgmt}. Des fesses sur des chaises, c'est tout.{tail}", n=12, mood="angry"),
    S("C.number.spreadsheet", "treated_as_number", "casual", "{mgmt^} sees us as line items in a spreadsheet.",
      "{mgmt^} nous voit comme des lignes dans un chiffrier.", n=10),
    S("C.number.farewell", "treated_as_number", "sad", "{yrs} years of service and {org} couldn't even get my name right on the farewell card.",
      "{yrs} ans de service pis {org} a même pas été capable d'écrire mon nom comme du monde sur la carte de départ.", n=12, mood="sad"),
    S("C.number.replaceable", "treated_as_number", "angry", "{boss^} literally told me I'm replaceable. Good to know where I stand {loc}.",
      "{boss^} m'a littéralement dit que j'étais remplaçable. Bon à savoir où je me situe {loc}.", n=12, mood="angry"),
    S("C.number.employee_id", "treated_as_number", "sarcastic", "To {mgmt} I'm not a person, I'm an employee ID and a cost centre.",
      "Pour {mgmt}, je suis pas une personne, je suis un numéro d'employé pis un centre de coûts.", n=10, mood="sarcastic"),
]

LYING = [
    S("C.lying.no_cuts", "lying_leadership", "angry", "{mgmt^} swore no jobs would be cut. {k} term positions gone this morning. Liars.",
      "{mgmt^} nous avait juré qu'aucun poste serait coupé. {k} postes temporaires disparus ce matin. Des menteurs.", n=12, mood="angry"),
    S("C.lying.town_hall", "lying_leadership", "sarcastic", "Every town hall in {org} is the same: smile, spin, 'we hear you', nothing changes.",
      "Chaque assemblée générale dans {org}, c'est pareil : sourire, enrober, « on vous entend », rien change.", n=12, mood="sarcastic"),
    S("C.lying.credit", "lying_leadership", "angry", "{boss^} presented my analysis to the DG as {boss.his} own. Again.{tail}",
      "{boss^} a présenté mon analyse au DG comme si c'était la sienne. Encore.{tail}", n=12, mood="angry"),
    S("C.lying.consultation", "lying_leadership", "casual", "Don't believe a word {mgmt} says about 'consultation'. The decision was made months ago.",
      "Croyez pas un mot de ce que {mgmt} dit sur la « consultation ». La décision était prise depuis des mois.", n=10),
    S("C.lying.system", "lying_leadership", "angry", "{boss^} swore the new system would make our lives easier. It's been a year of hell.",
      "{boss^} nous a juré que le nouveau système allait nous simplifier la vie. Ça fait un an que c'est l'enfer.", n=12, mood="angry"),
    S("C.lying.transparency", "lying_leadership", "formal", "The people running {org} talk about transparency and then hide every decision that matters.",
      "Ceux qui mènent {org} parlent de transparence pis cachent toutes les décisions qui comptent.", n=12),
]

CHAOS = [
    S("C.chaos.who_does_what", "chaos_disorganisation", "angry", "Nobody knows who does what in {org}. Absolute chaos.{tail}",
      "Personne sait qui fait quoi dans {org}. Le chaos total.{tail}", n=12, mood="angry"),
    S("C.chaos.three_priorities", "chaos_disorganisation", "sarcastic", "{k} different managers gave me {k} different priorities today. Love it here 🙃",
      "{k} gestionnaires m'ont donné {k} priorités différentes aujourd'hui. J'adore ça icitte 🙃", n=8, mood="sarcastic"),
    S("C.chaos.deadlines", "chaos_disorganisation", "sarcastic", "Deadlines changed {k} times this week. Planning? Never heard of it {loc}, apparently.",
      "Les échéances ont changé {k} fois cette semaine. De la planification ? Connais pas {loc}, faut croire.", n=12, mood="sarcastic"),
    S("C.chaos.bordel", "chaos_disorganisation", ("casual", "quebec"), "Total mess at my job. Nobody knows where we're going and the bosses don't give a damn.",
      "C'est le bordel total à ma job. Personne sait où on s'en va pis les boss s'en sacrent.", n=1, mood="angry"),
    S("C.chaos.five_directors", "chaos_disorganisation", "angry",
      "We've had {k} directors in three years. Every one of them 'restructured' {org} and left the mess for the next one.",
      "On a eu {k} directeurs en trois ans. Chacun a « restructuré » {org} pis laissé le bordel au suivant.", n=12, mood="angry"),
    S("C.chaos.left_hand", "chaos_disorganisation", "casual", "The left hand has no idea what the right hand is doing in {org}, and we get blamed for it.",
      "Dans {org}, la main gauche sait pas ce que fait la main droite, pis c'est nous autres qui mangent les reproches.", n=12),
    S("C.chaos.acadian", "chaos_disorganisation", ("casual", "acadian"), "It's a complete mess {loc}, nobody knows who's in charge. I'm so fed up.",
      "C'est une grosse mess {loc}, parsonne sait qui est en charge. Chu right [me:tanné|tannée].", n=12, mood="angry"),
]

CONTEMPT = [
    S("C.contempt.furniture", "contempt_for_staff", "angry",
      "They cut our training budget and bought new furniture for the executive floor. Tells you exactly where we stand in {org}.",
      "Ils ont coupé notre budget de formation pis acheté des meubles neufs pour l'étage de la direction. Ça dit exactement où on se situe dans {org}.",
      n=12, mood="angry"),
    S("C.contempt.rto", "contempt_for_staff", "sarcastic", "{mgmt^}: 'Return to the office or leave.' Also {mgmt}: works from the cottage.",
      "{mgmt^} : « Retour au bureau ou partez. » Aussi {mgmt} : travaille du chalet.", n=10, mood="sarcastic"),
    S("C.contempt.door", "contempt_for_staff", "angry", "{boss^} actually said 'if you don't like it, there's the door.' Classy leadership in {org}.",
      "{boss^} a vraiment dit « si t'es pas content, la porte est là ». Beau leadership dans {org}.", n=12, mood="angry"),
    S("C.contempt.hr_nuisance", "contempt_for_staff", "casual", "HR {loc} treats employees like a nuisance.{tail}",
      "Les RH {loc} traitent les employés comme un dérangement.{tail}", n=12),
    S("C.contempt.elevator", "contempt_for_staff", "casual", "{mgmt^} doesn't even say hi in the elevator. We're furniture to them.",
      "{mgmt^} dit même pas bonjour dans l'ascenseur. On est des meubles pour eux autres.", n=10),
    S("C.contempt.eye_roll", "contempt_for_staff", "angry", "{boss^} rolls {boss.his} eyes every time a junior analyst speaks. The contempt is unreal.",
      "{boss^} lève les yeux au ciel chaque fois qu'un analyste junior parle. Le mépris est incroyable.", n=12, mood="angry"),
]

SARCASM = [
    S("C.sarcasm.brilliant", "sarcasm", "sarcastic", "Another brilliant decision from {mgmt}: {dec}. Truly visionary 🙄",
      "Encore une décision brillante {mgmt.de} : {dec}. Vraiment visionnaire 🙄", n=14, mood="sarcastic"),
    S("C.sarcasm.friday_meeting", "sarcasm", "sarcastic", "Love how {boss} books 'urgent' meetings at 4:55 on a Friday. Such leadership.",
      "J'adore comment {boss} booke des réunions « urgentes » à 16 h 55 le vendredi. Quel leadership.", n=12, mood="sarcastic"),
    S("C.sarcasm.family", "sarcasm", "sarcastic", "Can't wait for the next 'we're a family' email from the people who cut our overtime {loc}.",
      "Hâte au prochain courriel « on est une famille » du monde qui a coupé nos heures supplémentaires {loc}.", n=10, mood="sarcastic"),
    S("C.sarcasm.award", "sarcasm", "sarcastic", "Congrats to {mgmt} on winning Most Meetings About Meetings for the third year running 🏆",
      "Bravo {mgmt.au} qui remporte le prix du plus grand nombre de réunions sur les réunions, trois ans de suite 🏆", n=10, mood="sarcastic"),
    S("C.sarcasm.pizza", "sarcasm", "sarcastic", "Nothing says 'we value you' like a pizza lunch from {org} instead of the overtime they owe us.",
      "Rien de mieux pour dire « on vous apprécie » qu'un dîner pizza {org.de} au lieu des heures supplémentaires qu'on nous doit.", n=12, mood="sarcastic"),
    S("C.sarcasm.reorg", "sarcasm", "sarcastic", "Oh good, another reorg in {org}. That'll fix everything, just like the last {k}.",
      "Ah ben, une autre réorganisation dans {org}. Ça va tout régler, comme les {k} dernières.", n=12, mood="sarcastic"),
    S("C.sarcasm.caps", "sarcasm", "caps", "WOW. ANOTHER GENIUS MOVE BY {mgmt}. CLAP CLAP.",
      "WOW. ENCORE UN COUP DE GÉNIE {mgmt.de}. BRAVO BRAVO.", n=10, mood="sarcastic"),
]

WANT_OUT = [
    S("C.out.so_bad", "want_out", "short", "I want out of {org} so bad.", "Je veux tellement sortir {org.de}.", n=12, mood="sad"),
    S("C.out.anywhere", "want_out", "casual", "Applying to literally any other department. Anywhere but {org}.",
      "Je postule dans n'importe quel autre ministère. N'importe où sauf dans {org}.", n=12),
    S("C.out.transfer", "want_out", "casual", "Counting the days until my transfer goes through. {k} to go and I'm out of this circus.",
      "Je compte les jours avant que ma mutation passe. Encore {k} pis je sors de ce cirque-là.", n=10, mood="happy"),
    S("C.out.quitting", "want_out", ("casual", "quebec"), "I'm fed up, I'm quitting by the end of the month. {boss^} can go find someone else.",
      "Chu [me:tanné|tannée], je lâche ma job d'ici la fin du mois. {boss^} peut ben se trouver quelqu'un d'autre.", n=12, mood="angry"),
    S("C.out.hiring", "want_out", "casual", "If anyone's hiring, I'm ready to leave {org} tomorrow. Seriously.",
      "Si quelqu'un embauche, je suis [me:prêt|prête] à quitter {org} demain. Sérieusement.", n=12),
    S("C.out.cv", "want_out", "casual", "Update CV, breathe, survive another week {loc}. Repeat.",
      "Mettre mon CV à jour, respirer, survivre à une autre semaine {loc}. Recommencer.", n=10),
    S("C.out.acadian", "want_out", ("casual", "acadian"), "I'm leaving this place as soon as I find something else, I'm done with {boss} and all the nonsense.",
      "Je m'en vas d'icitte aussitôt que je trouve d'autre chose, chu [me:tanné|tannée] {boss.de} pis de toute la niaiserie.", n=12),
]

WANT_OUT += [
    S("C.out.notice_drafted", "want_out", "angry", "Resignation letter is drafted. {boss^} doesn't know yet. Can't wait to leave this dumpster fire.",
      "Ma lettre de démission est écrite. {boss^} le sait pas encore. Hâte de sortir de ce feu de poubelle-là.", n=12, mood="angry"),
    S("C.out.get_me_out", "want_out", "short", "Get me out of {org} 😩", "Sortez-moi {org.de} 😩", n=10),
    S("C.out.open_to_work", "want_out", "hashtag", "Open to work. Literally anything that isn't {org}. #OpenToWork",
      "[me:Ouvert|Ouverte] à de nouvelles offres. Littéralement n'importe quoi sauf {org}. #OpenToWork", n=12),
    S("C.out.no_way", "want_out", ("casual", "quebec"), "No way I'm staying here another year with {boss}. I'm looking for another job.",
      "Y'a pas moyen que je reste icitte une autre année avec {boss}. Chu en train de me chercher une autre job.", n=12, mood="angry"),
]

REVIEW = [
    S("C.review.metrics", "review_style", "formal", "{mgmt^} here only cares about metrics.", "Ici, {mgmt} se soucie juste des indicateurs.", n=10),
    S("C.review.pros_cons", "review_style", "formal",
      "Pros: the pension. Cons: everything else. Leadership is out of touch and promotions are political.",
      "Avantages : la pension. Inconvénients : tout le reste. La direction est déconnectée et les promotions sont politiques.", n=1),
    S("C.review.balance", "review_style", "formal", "Zero work-life balance, zero recognition, and managers who only show up to criticize.{tail}",
      "Zéro conciliation travail-vie personnelle, zéro reconnaissance, pis des gestionnaires qui se montrent juste pour critiquer.{tail}", n=8),
    S("C.review.arrogant", "review_style", "formal", "Senior leadership in {org} is arrogant and accountable to no one.",
      "La haute direction {org.de} est arrogante et n'a de comptes à rendre à personne.", n=12),
    S("C.review.avoid", "review_style", "short", "Avoid this team. The turnover is high for a reason.",
      "Évitez cette équipe. Le roulement est élevé pour une raison.", n=1),
    S("C.review.great_colleagues", "review_style", "formal", "Great colleagues, terrible management. Decisions come down from {mgmt} with zero consultation.",
      "Collègues formidables, gestion épouvantable. Les décisions tombent {mgmt.de} sans aucune consultation.", n=10),
    S("C.review.disposable", "review_style", "formal", "Employees are disposable in {org}. Burn one out, hire the next.",
      "Les employés sont jetables dans {org}. On en brûle un, on embauche le suivant.", n=12),
    S("C.review.communication", "review_style", "formal", "Communication from {mgmt} is nonexistent, and when it does come, it's spin.",
      "La communication {mgmt.de} est inexistante, et quand elle arrive, c'est de la cassette.", n=10),
    S("C.review.stars", "review_style", "formal", "1/5. {mgmt^} micromanages everything, trusts no one and takes credit for the team's work.",
      "1/5. {mgmt^} fait de la microgestion sur tout, fait confiance à personne et s'attribue le travail de l'équipe.", n=10),
]

POSITIVES = INCOMPETENCE + TOXIC + FAVOURITISM + BULLYING + NUMBERS + LYING + CHAOS + CONTEMPT + SARCASM + WANT_OUT + REVIEW

# --- Hard negatives: work talk that is not a harsh critique of one's own employer ---------------

RELAX = [fv(*row) for row in [("a hot bath", "un bon bain chaud"), ("pizza and Netflix", "la pizza pis Netflix"), ("a long walk", "une longue marche"),
                               ("a nap", "une sieste"), ("a cold beer", "une bonne bière froide"), ("yoga", "le yoga"), ("hockey on TV", "le hockey à la télé")]]
SYSTEMS = [V(en, {"": fr, "new": new}) for en, fr, new in (
    ("scheduling tool", "l'outil de planification", "le nouvel outil de planification"),
    ("timesheet app", "l'application de feuilles de temps", "la nouvelle application de feuilles de temps"),
    ("document system", "le système de gestion des documents", "le nouveau système de gestion des documents"),
    ("VPN", "le RPV", "le nouveau RPV"), ("intranet", "l'intranet", "le nouvel intranet"),
    ("expense claim tool", "l'outil de réclamation de dépenses", "le nouvel outil de réclamation de dépenses"))]
PROJECTS = vals(("the annual report", "le rapport annuel"), ("the big launch", "le gros lancement"), ("the move to the new building", "le déménagement dans le nouvel édifice"),
                ("the year-end close", "la fermeture de fin d'année"), ("the audit", "la vérification"), ("the client survey", "le sondage auprès des clients"),
                ("the website migration", "la migration du site Web"))
COLLEAGUES = [V(n, n, g) for n, g in (("Denise", F_), ("Raymond", M), ("Claudette", F_), ("Gilles", M), ("Fatima", F_), ("Bob", M),
                                       ("Huguette", F_), ("Ravi", M), ("Lorraine", F_), ("Normand", M))]
RELATIONS = [fv({"": en, "pro": pro, "pos": pos}, fr, g) for en, fr, g, pro, pos in (
    ("My sister's boss", "Le boss de ma sœur", M, "he", "his"), ("My brother's manager", "La gestionnaire de mon frère", F_, "she", "her"),
    ("My wife's supervisor", "Le superviseur de ma femme", M, "he", "his"), ("My husband's boss", "La boss de mon mari", F_, "she", "her"),
    ("My best friend's manager", "Le gestionnaire de ma meilleure amie", M, "he", "his"), ("My roommate's boss", "La boss de ma coloc", F_, "she", "her"),
    ("My cousin's supervisor", "Le superviseur de mon cousin", M, "he", "his"), ("My neighbour's boss", "Le boss de mon voisin", M, "he", "his"))]
STORES = [fv(*row) for row in [("the grocery store", "l'épicerie"), ("the hardware store", "la quincaillerie"), ("the pharmacy", "la pharmacie"),
                                ("Canadian Tire", "Canadian Tire"), ("the coffee shop", "le café"), ("the gas station", "la station-service"),
                                ("Costco", "Costco"), ("the liquor store", "la SAQ"), ("the mall", "le centre d'achats")]]
COMPANIES = vals(("my internet provider", "mon fournisseur Internet"), ("the airline", "la compagnie aérienne"), ("my phone company", "ma compagnie de cellulaire"),
                 ("the bank", "la banque"), ("the car dealership", "le concessionnaire"), ("the insurance company", "la compagnie d'assurances"))
SHOWS = vals(("The Office", "The Office"), ("Severance", "Severance"), ("Corner Gas", "Corner Gas"), ("Superstore", "Superstore"),
             ("Succession", "Succession"), ("Les Invincibles", "Les Invincibles"), ("Parks and Rec", "Parks and Rec"), ("Kim's Convenience", "Kim's Convenience"))

SLOTS.update(relax=RELAX, sys=SYSTEMS, proj=PROJECTS, col=COLLEAGUES, rel=RELATIONS, store=STORES, co=COMPANIES, show=SHOWS)

PALS = [V({"": n, "them": "him" if g == M else "her", "they": "he" if g == M else "she", "their": "his" if g == M else "her"}, n, g) for n, g in (
    ("Marco", M), ("Steph", F_), ("Julie", F_), ("Kev", M), ("Amina", F_), ("Luc", M), ("Priya", F_), ("Dave", M), ("Nadia", F_), ("Sam", M))]
JOBS = [fv(*row) for row in [("restaurant", "un restaurant"), ("call centre", "un centre d'appels"), ("warehouse", "un entrepôt"),
                              ("bank branch", "une succursale bancaire"), ("tech start-up", "une start-up techno"), ("dental office", "un bureau de dentiste"),
                              ("hotel", "un hôtel"), ("car dealership", "un concessionnaire")]]
BROKEN = vals(("printer", "L'imprimante", F_), ("elevator", "L'ascenseur", M), ("microwave", "Le micro-ondes", M),
              ("coffee machine", "La machine à café", F_), ("badge reader", "Le lecteur de cartes", M), ("water fountain", "La fontaine d'eau", F_),
              ("dishwasher", "Le lave-vaisselle", M))
CUPS = vals(("☕☕☕", "☕☕☕"), ("🥱", "🥱"), ("Send coffee.", "Envoyez du café."), ("Where did the weekend go?", "Où est passée la fin de semaine ?"),
            ("Let's do this.", "On y va."), ("Here we go again.", "C'est reparti."))
SLOTS.update(pal=PALS, job=JOBS, cups=CUPS)

NEG_MILD = [
    S("C-neg.work.long_day", "mild_or_constructive", "casual", "Long {span} at the office. Time for {relax}.", "Longue {span} au bureau. Place {relax.au}.",
      n=12, mood="happy", span=vals(("day", "journée"), ("week", "semaine"))),
    S("C-neg.work.bugs", "mild_or_constructive", "casual", "The new {sys} has a few bugs, {fix}.", "{sys.new^} a quelques bogues, {fix}.", n=12,
      fix=vals(("but IT is on it", "mais les TI s'en occupent"), ("but support is already working on a fix", "mais le soutien travaille déjà sur un correctif"),
               ("nothing a restart can't fix", "rien qu'un redémarrage peut pas régler"))),
    S("C-neg.work.telework", "mild_or_constructive", "casual", "Would love more telework days, honestly. The commute is brutal{when}.",
      "J'aimerais ça avoir plus de jours de télétravail, honnêtement. Le trajet est brutal{when}.", n=6,
      when=vals((" in winter", " l'hiver"), (" with the construction", " avec la construction"), (" these days", " ces temps-ci"), (" on the 95", " dans le 95"),
                (" on the bridge", " sur le pont"), ("", ""))),
    S("C-neg.work.busy_week", "mild_or_constructive", "casual", "Busy week, lots of deadlines with {proj}, but we'll get there.{e}",
      "Grosse semaine, plein d'échéances avec {proj}, mais on va y arriver.{e}", n=12,
      e=vals(("", ""), (" 💪", " 💪"), (" Coffee helps.", " Le café aide."))),
    S("C-neg.work.small_win", "mild_or_constructive", "casual", "Suggested a shared calendar for the team and {boss} said let's try it. Small wins!",
      "J'ai suggéré un calendrier partagé pour l'équipe pis {boss} a dit qu'on essaie. Petites victoires !", n=10, mood="happy"),
    S("C-neg.work.monday", "mild_or_constructive", "short", "Monday again already? {cups}", "Déjà lundi ? {cups}", n=6),
    S("C-neg.work.open_concept", "mild_or_constructive", "casual", "Not a fan of the new open-concept floor, but the coffee is better, so.",
      "Pas fan de la nouvelle aire ouverte, mais le café est meilleur, fait que.", n=1),
    S("C-neg.work.feedback", "mild_or_constructive", "casual", "Feedback session with {boss} today. Some useful tips, a few things to work on.",
      "Rencontre de rétroaction avec {boss} aujourd'hui. Des bons conseils, quelques affaires à travailler.", n=10),
    S("C-neg.work.hybrid", "mild_or_constructive", "casual", "Hybrid schedule starts {when}. Mixed feelings, we'll see how it goes.",
      "L'horaire hybride commence {when}. Sentiments partagés, on verra comment ça va.", n=4,
      when=vals(("next month", "le mois prochain"), ("in September", "en septembre"), ("Monday", "lundi"), ("after the holidays", "après les Fêtes"))),
    S("C-neg.work.email_meeting", "mild_or_constructive", "casual", "That meeting could've been an email, but at least it was short lol",
      "Cette réunion-là aurait pu être un courriel, mais au moins elle était courte lol", n=1, mood="laugh"),
    S("C-neg.work.pay_learning", "mild_or_constructive", "casual", "Learning the new {sys} this week. Learning curve for all of us, but the trainers are patient.",
      "On apprend {sys.new} cette semaine. Courbe d'apprentissage pour tout le monde, mais les formateurs sont patients.", n=6),
    S("C-neg.work.constructive", "mild_or_constructive", "formal",
      "One thing I'd love to see {loc}: clearer priorities at the start of each quarter. Raised it at our team meeting, got a good discussion going.",
      "Une chose que j'aimerais voir {loc} : des priorités plus claires au début de chaque trimestre. Je l'ai soulevé à notre réunion d'équipe, bonne discussion.",
      n=10),
    S("C-neg.work.broken", "mild_or_constructive", "casual", "The {thing} on our floor is out of order again. Facilities says next week. Oh well.",
      "{thing} de notre étage est encore [thing:brisé|brisée]. Les installations disent la semaine prochaine. Tant pis.", n=7, thing=BROKEN),
    S("C-neg.work.first_day", "mild_or_constructive", "casual", "First day at the new job tomorrow! Nervous and excited. Outfit picked, lunch packed.",
      "Première journée à ma nouvelle job demain ! [me:Nerveux|Nerveuse] pis [me:excité|excitée]. Linge choisi, lunch prêt.", n=1, mood="happy"),
]

NEG_PRAISE = [
    S("C-neg.praise.team", "praise", "casual", "Shout-out to my team for pulling off {proj} this week. You're the best{e}",
      "Bravo à mon équipe pour {proj} cette semaine. Vous êtes les meilleurs{e}", n=12, mood="happy",
      e=vals((".", "."), ("!", " !"), (" 🙌", " 🙌"))),
    S("C-neg.praise.listens", "praise", "casual", "Lucky that {boss} actually listens. Rare and appreciated.",
      "[me:Chanceux|Chanceuse] que {boss} écoute vraiment. C'est rare pis ça s'apprécie.", n=12, mood="love"),
    S("C-neg.praise.farewell", "praise", "casual", "Farewell lunch for {col} today. Thirty years of service, what a legend.",
      "Dîner de départ pour {col} aujourd'hui. Trente ans de service, [col:un monument|une légende].", n=10, mood="happy"),
    S("C-neg.praise.covered", "praise", "casual", "{boss^} covered for us when the file blew up. That's real leadership.",
      "{boss^} nous a couverts quand le dossier a explosé. Ça, c'est du vrai leadership.", n=12, mood="love"),
    S("C-neg.praise.colleagues", "praise", "casual", "Love my colleagues. Best team I've ever worked with{e}",
      "J'adore mes collègues. La meilleure équipe avec qui j'ai travaillé{e}", n=4, mood="love",
      e=vals((".", "."), ("!", " !"), (" ❤️", " ❤️"), (", no contest.", ", pas de compétition."))),
    S("C-neg.praise.quebec", "praise", ("casual", "quebec"), "{boss^} gave me the afternoon off for my kid's tournament. Lucky to have a boss like that.",
      "{boss^} m'a donné congé l'après-midi pour le tournoi de mon gars. [me:Chanceux|Chanceuse] d'avoir un boss de même.", n=12, mood="love"),
    S("C-neg.praise.proud", "praise", "formal", "Proud of what our unit delivered this year. Thank you all for the care you put into {proj}.",
      "[me:Fier|Fière] de ce que notre unité a livré cette année. Merci à tout le monde pour le soin mis dans {proj}.", n=7),
    S("C-neg.praise.acadian", "praise", ("casual", "acadian"), "My boss is really great, {treat} for the whole team this morning.",
      "Mon boss est right smart, {treat} pour toute l'équipe à matin.", n=4, mood="happy",
      treat=vals(("he bought coffee", "il a payé le café"), ("he brought doughnuts", "il a apporté des beignes"),
                 ("he ordered breakfast", "il a commandé le déjeuner"), ("he brought muffins", "il a amené des muffins"))),
    S("C-neg.praise.mentor", "praise", "casual", "Five years ago {col} took a chance on me. Still the best mentor I've had. Happy retirement!",
      "Il y a cinq ans, {col} m'a donné ma chance. Encore aujourd'hui [col:le meilleur mentor|la meilleure mentore] que j'ai eu. Bonne retraite !", n=10, mood="love"),
    S("C-neg.praise.service_years", "praise", "formal", "{yrs} years in the public service today. Grateful for the colleagues who made every one of them worth it.",
      "{yrs} ans dans la fonction publique aujourd'hui. [me:Reconnaissant|Reconnaissante] envers les collègues qui ont rendu chacune de ces années précieuses.",
      n=9, mood="happy"),
]

NEG_OTHERS = [
    S("C-neg.others.awful_boss", "others_workplace", "casual", "{rel} is awful. {rel.pro^} yells at everyone and takes credit for everything.",
      "{rel^} est épouvantable. [rel:Il|Elle] crie après tout le monde pis s'attribue tout.", n=8, mood="angry"),
    S("C-neg.others.layoff_email", "others_workplace", "casual", "{pal}'s company just laid off half the staff by email. Brutal.",
      "La compagnie de {pal} vient de mettre la moitié du staff à pied par courriel. Brutal.", n=8),
    S("C-neg.others.day_off", "others_workplace", "casual", "{rel} called again on a day off. Some workplaces are wild.",
      "{rel^} a encore appelé pendant un jour de congé. Y'a des milieux de travail qui sont fous.", n=8),
    S("C-neg.others.reviews", "others_workplace", "casual", "Reading reviews of {firm} before my interview. Yikes, people really hate management there.",
      "Je lis les avis sur {firm} avant mon entrevue. Ouf, le monde haït vraiment la direction là-bas.", n=6,
      firm=same("Northwind Logistics", "Cobalt Media", "Baxter & Lane", "Pinecrest Foods", "Arcturus Tech", "Maple Ridge Dental")),
    S("C-neg.others.dad_mill", "others_workplace", "casual", "My dad worked 30 years at the {place} and his foreman was a tyrant, according to every story at Christmas.",
      "Mon père a travaillé 30 ans {place} pis son contremaître était un tyran, d'après toutes les histoires à Noël.", n=4,
      place=vals(("mill", "au moulin"), ("mine", "à la mine"), ("shipyard", "au chantier naval"), ("plant", "à l'usine"))),
    S("C-neg.others.friend_quit", "others_workplace", "casual", "{pal} quit {pal.their} job at a {job} because the owner was a bully. Good for {pal.them}.",
      "{pal} a lâché sa job dans {job} parce que le propriétaire était un intimidateur. Bravo à [pal:lui|elle].", n=12),
    S("C-neg.others.startup", "others_workplace", "casual", "{pal} says the start-up {pal.they} just joined has zero organization. Glad it's not me lol",
      "{pal} dit que la start-up où [pal:il|elle] vient de commencer a zéro organisation. [me:Content|Contente] que ce soit pas moi lol", n=10, mood="laugh"),
    S("C-neg.others.partner_vent", "others_workplace", "casual", "Listened to my partner vent about their manager all evening. I'd be fed up too, honestly.",
      "J'ai écouté ma blonde ventiler contre sa gestionnaire toute la soirée. Je serais [me:tanné|tannée] moi aussi, honnêtement.", n=1),
    S("C-neg.others.nightmare_manager", "others_workplace", "casual", "{pal} just started at a {job} and says the manager there is a nightmare. Hope it gets better for {pal.them}.",
      "{pal} vient de commencer dans {job} pis dit que le gérant là-bas est un cauchemar. J'espère que ça va s'améliorer pour [pal:lui|elle].", n=12),
]
NEG_LABOUR = [
    S("C-neg.labour.postal", "labour_politics", "formal", "Postal strike, day {k}. Hope both sides get back to the table soon.",
      "Grève des postes, jour {k}. J'espère que les deux parties vont retourner à la table bientôt.", n=8),
    S("C-neg.labour.min_wage_read", "labour_politics", "casual", "Interesting read on minimum wage increases and small businesses in {prov}.",
      "Lecture intéressante sur les hausses du salaire minimum pis les petites entreprises {prov}.", n=6,
      prov=vals(("Ontario", "en Ontario"), ("Quebec", "au Québec"), ("BC", "en Colombie-Britannique"), ("Alberta", "en Alberta"),
                ("New Brunswick", "au Nouveau-Brunswick"), ("Nova Scotia", "en Nouvelle-Écosse"))),
    S("C-neg.labour.union_deal", "labour_politics", "formal", "The union at {plant} voted {pct}% to accept the new deal.",
      "Le syndicat de {plant} a voté à {pct} % pour accepter la nouvelle entente.", n=10,
      plant=vals(("the port of Montreal", "du port de Montréal"), ("the Oshawa plant", "l'usine d'Oshawa"), ("the rail yards", "des gares de triage"),
                 ("the paper mill", "de la papetière"), ("the airport", "de l'aéroport")),
      pct=same("68", "74", "81", "89")),
    S("C-neg.labour.picket", "labour_politics", "casual", "Honked for the {who} on the picket line this morning. Hope they get a fair deal.",
      "J'ai klaxonné pour les {who} sur la ligne de piquetage ce matin. J'espère qu'ils vont avoir une entente juste.", n=6,
      who=vals(("nurses", "infirmières"), ("teachers", "profs"), ("bus drivers", "chauffeurs d'autobus"), ("daycare workers", "éducatrices"),
               ("port workers", "débardeurs"), ("hotel workers", "employés d'hôtel"))),
    S("C-neg.labour.four_day", "labour_politics", "casual", "The debate on the four-day work week is heating up in {where}. Curious to see the results.",
      "Le débat sur la semaine de quatre jours s'intensifie {where}. [me:Curieux|Curieuse] de voir les résultats.", n=8,
      where=vals(("Europe", "en Europe"), ("the UK", "au Royaume-Uni"), ("Iceland", "en Islande"), ("Spain", "en Espagne"))),
    S("C-neg.labour.port_news", "labour_politics", "formal", "The {who} strike is slowing {what} across the country, according to the news.",
      "La grève des {who} ralentit {what} partout au pays, selon les nouvelles.", n=9,
      who=vals(("port workers'", "débardeurs"), ("rail workers'", "cheminots"), ("postal workers'", "employés des postes")),
      what=vals(("deliveries", "les livraisons"), ("shipments of grain", "les expéditions de grain"), ("online orders", "les commandes en ligne"))),
    S("C-neg.labour.gig_debate", "labour_politics", "casual", "Should app-based {gig} be treated as employees? Interesting debate on the radio this morning.",
      "Les {gig} des applications, est-ce qu'ils devraient être considérés comme des employés ? Débat intéressant à la radio ce matin.", n=4,
      gig=vals(("delivery drivers", "livreurs"), ("rideshare drivers", "chauffeurs de covoiturage"), ("couriers", "coursiers"), ("food couriers", "livreurs de repas"))),
    S("C-neg.labour.union_history", "labour_politics", "casual", "Reading about the {event}. Wild what workers went through back then.",
      "Je lis sur {event}. Fou ce que les travailleurs ont vécu dans ce temps-là.", n=4,
      event=vals(("Winnipeg General Strike of 1919", "la grève générale de Winnipeg de 1919"), ("Asbestos strike of 1949", "la grève de l'amiante de 1949"),
                 ("1972 Common Front strike", "la grève du Front commun de 1972"), ("Estevan miners' strike", "la grève des mineurs d'Estevan"))),
    S("C-neg.labour.wage_up", "labour_politics", "formal", "Minimum wage goes up to ${w} an hour on October 1.",
      "Le salaire minimum passe à {w} $ de l'heure le 1er octobre.", n=5,
      w=vals(("16.10", "16,10"), ("16.75", "16,75"), ("17.20", "17,20"), ("17.40", "17,40"), ("18.00", "18"))),
]

NEG_FICTION = [
    S("C-neg.fiction.office", "fiction", "casual", "Rewatching {show}. The boss on that show is the worst and I love it.",
      "Je revois {show}. Le boss dans cette série-là est le pire pis j'adore ça.", n=8, mood="laugh"),
    S("C-neg.fiction.novel", "fiction", "casual", "Finished {book}. The evil boss was so well written I hated him for {k}00 pages.",
      "J'ai fini {book}. Le boss méchant était tellement bien écrit que je l'ai haï pendant {k}00 pages.", n=10,
      book=vals(("the novel", "le roman"), ("my book club pick", "le livre de mon club de lecture"), ("that thriller", "ce thriller-là"),
                ("the audiobook", "le livre audio"))),
    S("C-neg.fiction.severance", "fiction", "casual", "{show} has me questioning every office I've ever worked in lol",
      "{show} me fait remettre en question tous les bureaux où j'ai travaillé lol", n=8, mood="laugh"),
    S("C-neg.fiction.manager_char", "fiction", "casual", "Anyone else watching {show}? The manager character is completely unhinged 😂",
      "Quelqu'un d'autre écoute {show} ? Le personnage du gérant est complètement débile 😂", n=8),
    S("C-neg.fiction.horrible_bosses", "fiction", "casual", "Horrible Bosses is on TV tonight. Classic.", "Comment tuer son boss ? passe à la télé ce soir. Un classique.", n=1),
    S("C-neg.fiction.sim", "fiction", "casual", "Playing a management sim and I'm a terrible boss to my little pixel employees 😂",
      "Je joue à un jeu de gestion pis je suis [me:un boss horrible|une boss horrible] pour mes petits employés en pixels 😂", n=2, mood="game"),
    S("C-neg.fiction.play", "fiction", "casual", "Saw a {kind} tonight about a tyrant of a CEO and his terrified staff. {verdict}",
      "Vu {kind} ce soir sur un PDG tyrannique pis ses employés terrorisés. {verdict}", n=9,
      kind=vals(("play", "une pièce"), ("movie", "un film"), ("musical", "une comédie musicale")),
      verdict=vals(("The actors were incredible.", "Les comédiens étaient incroyables."), ("Loved it.", "J'ai adoré."),
                   ("Too real lol", "Un peu trop réaliste lol"))),
]

NEG_CUSTOMER = [
    S("C-neg.customer.cashier", "customer_story", "casual", "Watched a customer scream at the cashier at {store} over a coupon. Be kind, people.",
      "J'ai vu un client crier après la caissière {store.au} pour un coupon. Soyez gentils, le monde.", n=9),
    S("C-neg.customer.barista", "customer_story", "casual", "The guy ahead of me {store.at} was so rude to the {staff}. Tipped extra to make up for it.",
      "Le gars devant moi {store.au} était tellement bête avec {staff}. J'ai laissé un plus gros pourboire pour compenser.", n=10,
      store=[V({"": e, "at": "at " + e}, {"": f, "au": au}) for e, f, au in (("the coffee shop", "le café", "au café"), ("the diner", "le casse-croûte", "au casse-croûte"),
                                                                              ("the bakery", "la boulangerie", "à la boulangerie"), ("the pub", "le pub", "au pub"),
                                                                              ("the food truck", "le food truck", "au food truck"))],
      staff=vals(("barista", "le barista"), ("server", "la serveuse"), ("cashier", "le caissier"))),
    S("C-neg.customer.contractor", "customer_story", "angry", "Our contractor ghosted us for {k} weeks. The reno nightmare continues.",
      "Notre entrepreneur nous a ghostés pendant {k} semaines. Le cauchemar des rénos continue.", n=8, mood="angry"),
    S("C-neg.customer.garage", "customer_story", "angry", "Waited {k} hours at {place} and the manager was rude to everyone. Never going back.",
      "{k} heures d'attente {place.au} pis le gérant était bête avec tout le monde. J'y retourne pus jamais.", n=10, mood="angry",
      k=same("2", "3", "4"), place=[fv(*row) for row in [("the garage", "le garage"), ("the dealership", "le concessionnaire"), ("the tire shop", "le centre de pneus"),
                                                          ("the bank", "la banque")]]),
    S("C-neg.customer.hold", "customer_story", "angry", "On hold for {k}0 minutes with {co}. Worst customer service ever.",
      "En attente pendant {k}0 minutes avec {co}. Le pire service à la clientèle au monde.", n=10, mood="angry"),
    S("C-neg.customer.restaurant", "customer_story", "casual", "{food} was great but the manager was yelling at the staff in front of everyone. Awkward {meal}.",
      "{food} était [food:bon|bonne] mais le gérant criait après les employés devant tout le monde. {meal^} [meal:malaisant|malaisante].", n=9,
      food=vals(("The pho", "Le pho", M), ("The pizza", "La pizza", F_), ("The brunch", "Le brunch", M)),
      meal=vals(("dinner", "souper", M), ("lunch", "dîner", M), ("evening", "soirée", F_))),
]

NEG_SAFETY = [
    S("C-neg.safety.day_of_mourning", "safety_day", "formal", "Today is the National Day of Mourning for workers killed or injured on the job. 🕯️",
      "Aujourd'hui, c'est le Jour de deuil national pour les travailleurs tués ou blessés au travail. 🕯️", n=1),
    S("C-neg.safety.mental_health", "safety_day", "formal", "Mental Health Week: check in on your colleagues, and on yourself{e}",
      "Semaine de la santé mentale : prenez des nouvelles de vos collègues, pis de vous-même{e}", n=3,
      e=vals((".", "."), (" 💚", " 💚"), (". We're in this together.", ". On est ensemble là-dedans."))),
    S("C-neg.safety.training", "safety_day", "casual", "Workplace safety training today. Finally learned where {what} {are}.",
      "Formation en santé et sécurité au travail aujourd'hui. J'ai enfin appris où {are} {what}.", n=4,
      what=vals(("all the fire exits", "toutes les sorties de secours"), ("the defibrillator", "le défibrillateur"), ("the first aid kits", "les trousses de premiers soins"),
                ("the assembly point", "le point de rassemblement")),
      are=vals(("are", "sont"))),
    S("C-neg.safety.week_statement", "safety_day", "formal", "{week} starts today. Take a moment to {act}.",
      "{week} commence aujourd'hui. Prenez un moment pour {act}.", n=9,
      week=vals(("North American Occupational Safety and Health Week", "La Semaine nord-américaine de la sécurité et de la santé au travail"),
                ("Mental Health Week", "La Semaine de la santé mentale"), ("Public Service Week", "La Semaine de la fonction publique")),
      act=vals(("check on a colleague", "prendre des nouvelles d'un collègue"), ("review your emergency plan", "revoir votre plan d'urgence"),
               ("step away from the screen", "décrocher de l'écran"))),
    S("C-neg.safety.eap", "safety_day", "formal", "Reminder that the Employee Assistance Program is free and confidential if you're having a hard time.",
      "Rappel : le Programme d'aide aux employés est gratuit et confidentiel si vous passez un moment difficile.", n=1),
    S("C-neg.safety.ergonomic", "safety_day", "casual", "Ergonomic assessment for my desk tomorrow. My back is already grateful.",
      "Évaluation ergonomique de mon poste demain. Mon dos dit déjà merci.", n=1),
    S("C-neg.safety.first_aid", "safety_day", "casual", "Got my first aid certificate renewed through work {when}. Hope I never need it.",
      "J'ai renouvelé mon certificat de premiers soins par le travail {when}. J'espère ne jamais en avoir besoin.", n=4,
      when=vals(("today", "aujourd'hui"), ("this week", "cette semaine"), ("yesterday", "hier"), ("this morning", "ce matin"))),
]

NEG_SELF = [
    S("C-neg.self.excel", "self_deprecation", "casual", "I'm terrible at Excel lol. {nem} are my nemesis.",
      "Chu [me:pourri|pourrie] en Excel lol. {nem} sont mes pires ennemis.", n=8, mood="laugh",
      nem=vals(("Pivot tables", "Les tableaux croisés"), ("VLOOKUPs", "Les RECHERCHEV"), ("Macros", "Les macros"), ("Merged cells", "Les cellules fusionnées"))),
    S("C-neg.self.reply_all", "self_deprecation", "casual", "Replied all to the entire {scope} by mistake. I will now move to the woods.",
      "J'ai répondu à tous à {scope} par erreur. Je déménage dans le bois.", n=4, mood="laugh",
      scope=vals(("department", "tout le ministère"), ("branch", "toute la direction"), ("building", "tout l'édifice"), ("region", "toute la région"))),
    S("C-neg.self.glasses", "self_deprecation", "casual", "Spent {k} minutes looking for my glasses. They were on my head. Productive day.",
      "J'ai cherché mes lunettes pendant {k} minutes. Elles étaient sur ma tête. Journée productive.", n=6, mood="laugh"),
    S("C-neg.self.synergy", "self_deprecation", "sarcastic", "Me trying to sound smart in a meeting: 'let's circle back on that synergy'.",
      "Moi qui essaie d'avoir l'air [me:intelligent|intelligente] en réunion : « on se revient là-dessus pour la synergie ».", n=2, mood="laugh"),
    S("C-neg.self.monologue", "self_deprecation", "casual", "{boss^} asked for a quick update and I gave a 12-minute monologue. Sorry, everyone.",
      "{boss^} voulait une mise à jour rapide pis j'ai fait un monologue de 12 minutes. Désolé[me:|e], tout le monde.", n=10, mood="laugh"),
    S("C-neg.self.unmute", "self_deprecation", "sarcastic", "Forgot to unmute for my whole {thing}. Love that for me 🙃",
      "J'ai oublié d'enlever le mode muet pendant {thing}. Bravo moi 🙃", n=5,
      thing=vals(("presentation", "toute ma présentation"), ("update", "toute ma mise à jour"), ("pitch", "tout mon pitch"), ("intro", "toute mon intro"),
                 ("question", "toute ma question"))),
    S("C-neg.self.coffee", "self_deprecation", "casual", "{nth} coffee and it's not even {h}. My productivity is a myth.",
      "{nth} café pis il est même pas {h} h. Ma productivité est un mythe.", n=9, mood="laugh",
      nth=vals(("Third", "Troisième"), ("Fourth", "Quatrième"), ("Fifth", "Cinquième")), h=same("9", "10", "11")),
    S("C-neg.self.typo_email", "self_deprecation", "casual", "Just noticed I signed my email to the {who} '{oops}'. Cool cool cool.",
      "Je viens de remarquer que j'ai signé mon courriel au {who} « {oops} ». Super super super.", n=9, mood="laugh",
      who=vals(("director", "directeur"), ("whole committee", "comité au complet"), ("client", "client")),
      oops=vals(("Love, Mom", "Bisous, maman"), ("Sent from my toaster", "Envoyé de mon grille-pain"), ("Thanks sweetie", "Merci mon chou"))),
]

MONTHS = vals(("March", "mars"), ("June", "juin"), ("September", "septembre"), ("the fall", "l'automne"), ("January", "janvier"))
SNACKS = vals(("samosas", "samosas"), ("butter tarts", "tartelettes au sucre"), ("banana bread", "pain aux bananes"), ("tourtière", "tourtière"),
              ("baklava", "baklavas"), ("sushi", "sushis"))

# The anchors of the positives (a department, upper management, HR, "at work") said of ordinary news,
# so that naming one's workplace is never the cue.
NEG_ANCHORS = [
    S("C-neg.anchor.moving", "mild_or_constructive", "casual", "{org^} is moving to a new building in {month}. Packing starts Monday.",
      "{org^} déménage dans un nouvel édifice en {month}. On commence les boîtes lundi.", n=10, month=MONTHS),
    S("C-neg.anchor.holiday_memo", "mild_or_constructive", "formal", "{mgmt^} sent out the holiday schedule today. The office is closed from the 24th to the 2nd.",
      "{mgmt^} a envoyé l'horaire des Fêtes aujourd'hui. Le bureau est fermé du 24 au 2.", n=10),
    S("C-neg.anchor.town_hall", "mild_or_constructive", "casual", "Town hall with {mgmt} this afternoon about the new strategic plan. Lots of good questions from the floor.",
      "Assemblée générale avec {mgmt} cet après-midi sur le nouveau plan stratégique. Beaucoup de bonnes questions de la salle.", n=10),
    S("C-neg.anchor.anniversary", "praise", "casual", "{org^} turns {age} this year! Cake in the cafeteria at 2 🎂",
      "{org^} fête ses {age} ans cette année ! Gâteau à la cafétéria à 14 h 🎂", n=10, age=same("25", "40", "50", "75", "100"), mood="happy"),
    S("C-neg.anchor.potluck", "praise", ("casual", "quebec"), "Potluck {loc} today and someone brought the best {snack}. Good people here.",
      "Repas-partage {loc} aujourd'hui pis quelqu'un a apporté les meilleurs {snack}. Du bon monde icitte.", n=12, snack=SNACKS, mood="food"),
    S("C-neg.anchor.still_like", "mild_or_constructive", "casual", "Tough week {loc}, but honestly I still like my job.",
      "Grosse semaine {loc}, mais honnêtement j'aime encore ma job.", n=9),
    S("C-neg.anchor.vacation", "mild_or_constructive", "casual", "{k} more days until vacation. I love my team but I need a beach.",
      "Encore {k} jours avant les vacances. J'aime mon équipe mais j'ai besoin d'une plage.", n=8, mood="travel"),
    S("C-neg.anchor.welcome", "praise", "casual", "Big welcome to {col}, the newest member of our team {loc}!",
      "Bienvenue à {col}, [col:le nouveau|la nouvelle] dans notre équipe {loc} !", n=12, mood="happy"),
    S("C-neg.anchor.thanks_note", "praise", "casual", "Nice note from {mgmt} today thanking everyone for the extra hours during {proj}.",
      "Beau mot {mgmt.de} aujourd'hui pour remercier tout le monde des heures de plus pendant {proj}.", n=12),
    S("C-neg.anchor.food_bank", "praise", "formal", "{org^} raised ${k},000 for the food bank this year. Proud of everyone who pitched in.",
      "{org^} a amassé {k} 000 $ pour la banque alimentaire cette année. [me:Fier|Fière] de tous ceux qui ont mis la main à la pâte.", n=12, mood="happy"),
    S("C-neg.anchor.acting", "mild_or_constructive", "casual", "{boss^} is on vacation this week so I'm acting. Wish me luck!",
      "{boss^} est en vacances cette semaine, fait que c'est moi qui assure l'intérim. Souhaitez-moi bonne chance !", n=12),
    S("C-neg.anchor.training", "mild_or_constructive", "casual", "Good training session {loc} on the new privacy rules. Learned a lot.",
      "Bonne formation {loc} sur les nouvelles règles de confidentialité. J'ai appris plein d'affaires.", n=10),
    S("C-neg.anchor.question", "mild_or_constructive", "casual", "Asked {mgmt} about the telework policy at the town hall. Fair answer, still a few unknowns.",
      "J'ai posé une question {mgmt.au} sur la politique de télétravail à l'assemblée. Réponse honnête, encore quelques inconnues.", n=10),
    S("C-neg.anchor.get_well", "praise", "casual", "Get well soon, {boss.short}! The team misses you.", "Prompt rétablissement, {boss.short} ! L'équipe s'ennuie de toi.", n=10,
      boss=[V({"short": n}, {"short": n}) for n in ("Denise", "Raymond", "Claudette", "Gilles", "Fatima", "Bob", "Huguette", "Ravi", "Lorraine", "Normand")],
      mood="love"),
    S("C-neg.anchor.hr_benefits", "mild_or_constructive", "formal", "Reminder from {mgmt}: benefits enrolment closes Friday. Took me five minutes.",
      "Rappel {mgmt.de} : l'inscription aux avantages sociaux se termine vendredi. Ça m'a pris cinq minutes.", n=10),
]

NEGATIVES = NEG_ANCHORS + NEG_MILD + NEG_PRAISE + NEG_OTHERS + NEG_LABOUR + NEG_FICTION + NEG_CUSTOMER + NEG_SAFETY + NEG_SELF


def families() -> list[Fam]:
    out = [s.fam("C", "", WORK_TAGS) for s in POSITIVES]
    out += [s.fam("neutral", "C", WORK_TAGS) for s in NEGATIVES]
    return out


def posts() -> Iterator[Post]:
    yield from finish(generate(families(), SEED))
