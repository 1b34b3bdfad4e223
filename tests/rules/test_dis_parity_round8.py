"""Round 8, parity of the discrimination vocabulary: the same claim about a group, or the same
abuse aimed at a person, must read the same in English and in French (France and Québec, with or
without accents). Each table answers a class of entries aligned between the languages in
data/group_generalisation.toml and data/harassment_lexicon.toml (written by the team for these
tests, never paraphrased from a data set):

- generalisations with a quantifier, plural (« tous des ... ») and now singular: "every Muslim is a
  terrorist", « chaque Arabe est un menteur », « tout musulman est un terroriste en puissance »
  ([member_predicates], counted only when one member stands for all);
- predicates one language had and the other lacked: "gold diggers" / « croqueuses de diamants »,
  "bloodthirsty" / « sanguinaires », « la lie » / "the dregs", « fourbes » / "two-faced", « du
  bétail » / "cattle", « bouches inutiles » / "useless eaters", "second-class citizens";
- conspiracies ("are behind every war", « tirent les ficelles », "a plan to replace us");
- exclusion and confinement called for ("should all be locked up", « raflez », « mettez-les dans
  des camps », « dehors les étrangers », « charia rampante », "race traitor");
- threats and wishes of harm at a group (discrimination_menace.py, round 8 block: a bus wished
  on every member, « devraient juste se suicider », "let's go beat up some X", a line-up against a
  wall, « ramener le lynchage pour les X », "punch every X", "a good X is a dead X");
- insults aimed at a person (« plouc », « pissou », « souillon », « nigaud », « écervelée » /
  "redneck", "wimp", "harpy", "rotten"), and abuse aimed at a person ("go play in traffic" / « va jouer dans le trafic », "up yours" / « fourre-toi ça dans le cul »);
- and, clean in both languages, the same words in counter-speech, history lessons, animals,
  fiction, neutral or warm mentions of identity, and negated or partial claims ("not every ...").

Content warning: these tables quote slurs and hateful claims, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import discrimination as dis
from footprint.rules import discrimination_sexual, discrimination_threats
from tests.rules.conftest import codes_of, parallel_pairs

_ANALYZER = Analyzer([rule() for rule in (*dis.RULES, *discrimination_threats.RULES, *discrimination_sexual.RULES)])


def codes(text: str, language: str) -> set[str]:
    return codes_of(_ANALYZER, text, language)


FLAGGED: dict[str, list[tuple[str, str]]] = {
    "every member stands for all": [
        ("Every Muslim is a terrorist.", "Chaque musulman est un terroriste."),
        ("Every Muslim is a potential terrorist.", "Tout musulman est un terroriste en puissance."),
        ("Every single Arab is a liar.", "Chaque Arabe est un menteur."),
        ("Every Jew is a traitor to this country.", "Chaque Juif est un traître envers ce pays."),
        ("Every immigrant is a freeloader.", "Chaque immigrant est un profiteur."),
        ("Any Muslim could be a ticking time bomb.", "N'importe quel musulman est une bombe à retardement."),
        ("Each refugee is a criminal.", "Chaque refugie est un criminel."),
    ],
    "predicates aligned": [
        ("Women are gold diggers looking for a wallet.",
         "Les femmes sont des croqueuses de diamants qui cherchent un portefeuille."),
        ("Haitians are a contagion.", "Les Haïtiens sont une contagion."),
        ("Arabs are bloodthirsty.", "Les Arabes sont sanguinaires."),
        ("Muslims are snakes.", "Les musulmans sont des serpents."),
        ("Natives are welfare cases.", "Les Autochtones sont des assistés sociaux."),
        ("Refugees are useless eaters.", "Les réfugiés sont des bouches inutiles."),
        ("Roma are the dregs of society.", "Les Roms sont la lie de la société."),
        ("Gay people are freaks.", "Les gais sont des monstres."),
        ("Immigrants are intruders.", "Les immigrants sont des intrus."),
        ("Women are second-class citizens.", "Les femmes sont des citoyennes de seconde zone."),
        ("Jews are two-faced.", "Les Juifs sont fourbes."),
        ("Black people are cattle.", "Les Noirs sont du bétail."),
        ("Those people are lower than dirt.", "Ces gens-là sont moins que rien."),
        ("Muslims are fundamentalists.", "Les musulmans sont des intégristes."),
        ("Gypsies are chicken thieves.", "Les gitans sont des voleurs de poules."),
        ("Muslim women are all submissive.", "Les musulmanes sont toutes soumises."),
    ],
    "what a group is said to do": [
        ("Arabs burn cars every summer.", "Les Arabes brûlent des voitures chaque été."),
        ("Immigrants have kids for the welfare.", "Les immigres font des enfants pour les allocs."),
        ("Muslims hate Canada.", "Les musulmans détestent le Canada."),
        ("Muslims look down on us.", "Les musulmans nous méprisent."),
        ("Immigrants spread disease.", "Les immigrés propagent des maladies."),
        ("Immigrants never learn the language.", "Les immigrés n'apprennent jamais le français."),
        ("Immigrants cost taxpayers a fortune.", "Les immigrés coûtent une fortune aux contribuables."),
        ("Jews can never be trusted.", "On ne peut jamais faire confiance aux Juifs."),
    ],
    "conspiracies": [
        ("Jews are behind every war.", "Les Juifs sont derrière toutes les guerres."),
        ("Jews pull the strings.", "Les Juifs tirent les ficelles."),
        ("Immigrants are part of a plan to replace us.", "Les immigrés font partie d'un plan pour nous remplacer."),
        ("The elites are importing migrants to replace white people.",
         "Les élites importent des migrants pour remplacer les Blancs."),
    ],
    "exclusion, expulsion and confinement": [
        ("Muslims should all be locked up.", "Les musulmans devraient tous être enfermés."),
        ("Round up the illegals and put them in camps.", "Raflez les illégaux et mettez-les dans des camps."),
        ("Foreigners out!", "Dehors les étrangers !"),
        ("Stop the Arab invasion.", "Stop à l'invasion arabe."),
        ("She's a race traitor for marrying him.", "C'est une traîtresse à sa race d'avoir marié ce gars-là."),
        ("Creeping sharia is coming to Canada.", "La charia rampante arrive au Canada."),
        ("Muslims don't belong in this country.", "Les musulmans n'ont pas leur place dans ce pays."),
    ],
    "slurs about a group": [
        ("Look at these slant-eyed people.", "Regarde-moi ces bridés."),
        ("Savages on the rez again, of course.", "Les sauvages de la réserve, encore, évidemment."),
        ("The faggots are taking over the parade.", "Les tapettes prennent le contrôle du défilé."),
    ],
    "abuse aimed at a person": [
        ("Go play in traffic, nobody will miss you.", "Va jouer dans le trafic, personne va s'ennuyer de toi."),
        ("I piss on you and your whole family.", "Je te pisse dessus, toi pis ta famille."),
        ("You're an embarrassment to your family.", "T'es la honte de ta famille."),
        ("Go to hell, you and your stupid opinions.", "Allez au diable, vous et vos opinions stupides."),
        ("Up yours.", "Fourre-toi ça dans le cul."),
        ("Go cry about it in a corner.", "Va pleurer dans ton coin."),
    ],
    "second pass: disease, beasts, denied praise, contempt after the noun, exclusion": [
        ("Immigrants are an infestation.", "Les immigrés sont une infestation."),
        ("Muslims are a gangrene on this country.", "Les musulmans sont une gangrène pour ce pays."),
        ("Roma live like dogs.", "Les Roms vivent comme des chiens."),
        ("Arabs are subhumans.", "Les Arabes sont des sous-humains."),
        ("Refugees are not even people.", "Les réfugiés, c'est même pas des gens."),
        ("Black people are not as smart as us.", "Les Noirs ne sont pas aussi intelligents que nous."),
        ("Women are never as capable as men.", "Les femmes ne sont jamais aussi capables que les hommes."),
        ("Screw the Muslims.", "Au yâble les musulmans."),
        ("I can't stand the sight of Jews.", "J'ai horreur des Juifs."),
        ("Greedy Jews.", "Les Juifs cupides."),
        ("Sneaky Arabs everywhere.", "Des Arabes sournois partout."),
        ("Immigrant thieves.", "Les immigres voleurs."),
        ("Refugees need to go.", "Les réfugiés doivent s'en aller."),
        ("Muslims out of our country.", "Les musulmans hors de notre pays."),
        ("Get rid of the Roma.", "Débarrassons-nous des Roms."),
        ("Stop importing Africans.", "Arrêtez d'importer des Africains."),
        ("Flooded with migrants.", "Inondés de migrants."),
        ("Immigrants, out the door!", "Les immigrants, à la porte !"),
    ],
    "group words aligned (a group word alone never flags)": [
        ("Mothers are lazy parasites.", "Les mères sont des parasites paresseuses."),
        ("Wives are gold diggers.", "Les épouses sont des croqueuses de diamants."),
        ("Jamaicans are all drug dealers.", "Les Jamaïcains sont tous des trafiquants."),
        ("North Africans are thieves.", "Les Maghrébins sont des voleurs."),
        ("Undocumented people are criminals.", "Les sans-papiers sont des criminels."),
        ("Inuit are all drunks.", "Les Inuit sont tous des ivrognes."),
    ],
    "threats and wishes of harm at a group": [
        ("I wish a bus would run over every feminist.", "J'aimerais qu'un autobus écrase chaque féministe."),
        ("Trans people should just kill themselves.", "Les personnes trans devraient juste se suicider."),
        ("Gays should all hang themselves.", "Les gais devraient tous se pendre."),
        ("Let's go beat up some Arabs tonight.", "On va aller tabasser des Arabes ce soir."),
        ("Hang them all from the trees.", "Pendez-les tous aux arbres."),
        ("A good Indian is a dead Indian.", "Un bon Indien est un Indien mort."),
        ("The only good Indian is a dead Indian.", "Le seul bon Indien est un Indien mort."),
        ("Line the immigrants up against a wall.", "Alignez les immigrés contre un mur."),
        ("We should bring back lynching for these people.", "On devrait ramener le lynchage pour ces gens-là."),
        ("Punch every Jew you see.", "Frappez chaque Juif que vous croisez."),
    ],
    "insults aimed at a person, aligned": [
        ("You're a redneck and a hick.", "T'es un plouc pis un beauf."),
        ("You're such a wimp.", "T'es un pissou."),
        ("You're a harpy.", "T'es une mégère."),
        ("You're a slob.", "T'es une souillon."),
        ("You nitwit.", "Espèce de nigaud."),
        ("You're a degenerate.", "T'es un dégénéré."),
        ("You're a pervert.", "T'es un pervers."),
        ("You're brainless.", "T'es écervelée."),
        ("You're so ignorant.", "T'es tellement ignorant."),
        ("You're repulsive.", "T'es repoussant."),
        ("You're hideous.", "T'es hideuse."),
        ("You're rotten to the core.", "T'es pourri jusqu'à l'os."),
    ],
    "exclusion from jobs, sports, service and children": [
        ("Trans people should be banned from sports.", "Les personnes trans devraient être bannies du sport."),
        ("Don't hire Muslims, they're trouble.", "Engagez pas de musulmans, c'est du trouble."),
        ("Gays should be kept away from children.", "Faut garder les gais loin des enfants."),
        ("We don't serve Indians here.", "On sert pas les Indiens ici."),
        ("Muslims should be fired from the public service.",
         "Les musulmans devraient être renvoyés de la fonction publique."),
    ],
    "below animals, plots and secret rule": [
        ("Muslims are worse than animals.", "Les musulmans sont pires que des animaux."),
        ("Gypsies are lower than animals.", "Les gitans sont plus bas que des bêtes."),
        ("Arabs are no better than dogs.", "Les Arabes valent pas mieux que des chiens."),
        ("Refugees are a swarm of locusts.", "Les réfugiés sont une nuée de sauterelles."),
        ("The Jews are plotting against us.", "Les Juifs complotent contre nous."),
        ("Muslims secretly control the country.", "Les musulmans contrôlent en secret le pays."),
    ],
    "hatred with an adverb, threats and sexual remarks at a person": [
        ("I really hate Muslims.", "Je hais vraiment les musulmans."),
        ("I fucking hate Arabs.", "Je déteste tellement les Arabes."),
        ("I can't stand Jews.", "Je peux pas sentir les Juifs."),
        ("I'd bend you over that desk.", "Je te pencherais sur ce bureau."),
        ("You'd look better naked.", "Tu serais plus belle toute nue."),
        ("Show me what's under that skirt.", "Montre-moi ce qu'il y a sous ta jupe."),
        ("I want to rape you.", "J'ai envie de te violer."),
    ],
    "caged and kept in a zoo": [
        ("Immigrants belong in cages.", "Les immigrés, leur place est en cage."),
        ("Muslims belong in a zoo.", "Les musulmans, leur place est au zoo."),
    ],
    "slurs thrown at a person, aligned": [
        ("Shut up, you pansy.", "Ta gueule, espèce de tapette."),
        ("Get lost, you cripple.", "Décâlisse, espèce d'infirme."),
        ("Shut up, half-breed.", "Ta gueule, sang-mêlé."),
        ("You dirty mulatto.", "Sale mulâtre."),
    ],
}

CLEAN: dict[str, list[tuple[str, str]]] = {
    "counter-speech": [
        ("Saying immigrants are a contagion is racist propaganda, full stop.",
         "Dire que les immigrés sont une contagion, c'est de la propagande raciste, point."),
        ("The idea that Jews pull the strings is an antisemitic conspiracy theory.",
         "L'idée que les Juifs tirent les ficelles est une théorie du complot antisémite."),
        ("Calling Jews rats is antisemitic, and I will say so every time.",
         "Traiter les Juifs de rats, c'est antisémite, et je vais le dire chaque fois."),
        ("That cartoon of Muslims as invaders is islamophobic.",
         "Cette caricature des musulmans en envahisseurs est islamophobe."),
        ("Stop saying Muslims should be locked up, it's hate speech.",
         "Arrêtez de dire que les musulmans devraient être enfermés, c'est un discours haineux."),
        ("Saying every Muslim is a terrorist is islamophobic.",
         "Dire que chaque musulman est un terroriste, c'est islamophobe."),
        ("Refugees are not intruders, they are our neighbours.",
         "Les réfugiés ne sont pas des intrus, ce sont nos voisins."),
    ],
    "not every member, one member, a denied claim": [
        ("Not every Muslim is a terrorist, obviously; almost none are.",
         "Ce n'est pas chaque musulman qui est un terroriste, évidemment."),
        ("Every Muslim is not a terrorist, stop saying that.",
         "Chaque musulman n'est pas un terroriste, arrêtez de dire ça."),
        ("The black guy in the movie is a thief, great acting.",
         "Le gars noir dans le film est un voleur, super jeu d'acteur."),
        ("Every immigrant I know is a hard worker.", "Chaque immigrant que je connais est un travailleur acharné."),
        ("My Muslim neighbour is a doctor.", "Mon voisin musulman est un médecin."),
    ],
    "history, fiction, animals and things": [
        ("My grandmother survived the roundup of Jews in Paris in 1942.",
         "Ma grand-mère a survécu à la rafle des Juifs à Paris en 1942."),
        ("Women were treated as second-class citizens for centuries, and that is changing.",
         "Les femmes ont été traitées en citoyennes de seconde zone pendant des siècles, et ça change."),
        ("We saw three snakes on the trail, kids loved it.", "On a vu trois serpents sur le sentier, les enfants ont adoré."),
        ("The farmers moved the cattle to the north pasture today.",
         "Les fermiers ont déplacé le bétail vers le pâturage nord aujourd'hui."),
        ("Sent the kids to summer camp, the house is so quiet.",
         "Les enfants sont partis au camp de jour, la maison est tellement tranquille."),
        ("The flu is contagious, stay home if you're sick.", "La grippe est contagieuse, restez chez vous si vous êtes malades."),
        ("The puppeteers pull the strings behind the curtain.", "Les marionnettistes tirent les ficelles derrière le rideau."),
        ("Serial killers in this true crime podcast are terrifying.", "Les tueurs en série de ce balado sont terrifiants."),
        ("The fly swatters are in the kitchen drawer.", "Les tapettes à mouches sont dans le tiroir de la cuisine."),
        ("Every cat is a little predator, look at mine.", "Chaque chat est un petit prédateur, regardez le mien."),
        ("Gonna go play in the snow with the kids.", "Je vais aller jouer dans la neige avec les enfants."),
        ("Hockey players are bloodthirsty in the playoffs haha.", "Les joueurs de hockey sont sanguinaires en séries haha."),
    ],
    "identity, neutral or warm": [
        ("Our Muslim neighbours brought us soup when I was sick.",
         "Nos voisins musulmans nous ont apporté de la soupe quand j'étais malade."),
        ("Proud to march with trans women and gay men at Pride this weekend.",
         "Fière de marcher avec des femmes trans et des hommes gais à la Fierté ce week-end."),
        ("Immigrants built this country and keep it running.", "Les immigrants ont bâti ce pays et le font rouler."),
        ("Indigenous people govern themselves under their own treaties and laws.",
         "Les peuples autochtones se gouvernent selon leurs propres traités et lois."),
        ("Her book on the Arab conquests of the 7th century is fascinating.",
         "Son livre sur les conquêtes arabes du VIIe siècle est fascinant."),
        ("Fighting islamophobia starts with listening to Muslim neighbours.",
         "Combattre l'islamophobie, ça commence par écouter nos voisins musulmans."),
        ("My team sucks this season lol.", "Mon équipe est poche cette saison lol."),
    ],
    "second pass: the same words in ordinary life": [
        ("My dogs live like kings.", "Mes chiens vivent comme des rois."),
        ("Our Muslim students are as smart as anyone.", "Nos élèves musulmans sont aussi intelligents que n'importe qui."),
        ("I can't bear to watch the news about the attack on the synagogue.",
         "J'ai horreur de voir les nouvelles sur l'attaque contre la synagogue."),
        ("The pesticides should be banned.", "Les pesticides devraient être interdits."),
        ("Black people are not subhumans, and anyone who says so is a bigot.",
         "Les Noirs ne sont pas des sous-humains, et quiconque dit ça est raciste."),
        ("Need to get rid of the weeds in the garden.", "Faut se débarrasser des mauvaises herbes dans le jardin."),
        ("The basement got flooded with water again.", "Le sous-sol est encore inondé d'eau."),
        ("The lab rats escaped lol.", "Les rats de laboratoire se sont sauvés lol."),
        ("Muslims in Canada are as diverse as any other group.",
         "Les musulmans au Canada sont aussi divers que n'importe quel autre groupe."),
    ],
    "group words in ordinary life": [
        ("Mothers are amazing, happy Mother's Day!", "Les mères sont incroyables, bonne fête des Mères !"),
        ("The Japanese garden in Montreal is gorgeous.", "Le jardin japonais de Montréal est magnifique."),
        ("Inuit art at the gallery this weekend, go see it.", "De l'art inuit à la galerie ce week-end, allez voir ça."),
        ("Undocumented workers are exploited by bad employers.",
         "Les sans-papiers sont exploités par de mauvais employeurs."),
        ("Female wolves are fierce protectors of their cubs.", "Les femelles loups protègent farouchement leurs petits."),
        ("Female mosquitoes are the dangerous ones.", "Les femelles sont les plus dangereuses chez les moustiques."),
    ],
    "the words of those threats in ordinary life": [
        ("Line the chairs up against the wall before the meeting.", "Alignez les chaises contre le mur avant la réunion."),
        ("Line the kids up against the wall for the class photo.",
         "Alignez les enfants contre le mur pour la photo de classe."),
        ("I hope a bus comes soon, it's freezing.", "J'espère qu'un autobus passe bientôt, on gèle."),
        ("Let's go beat up some eggs for the pancakes.", "On va battre des œufs pour les crêpes."),
        ("Kick every ball as hard as you can, coach said.", "Frappez tous les ballons le plus fort possible, a dit le coach."),
        ("They used to hang lanterns from the trees at the festival.",
         "Ils accrochaient des lanternes aux arbres pendant le festival."),
        ("Historians explain how lynching terrorized Black communities for decades.",
         "Les historiens expliquent comment le lynchage a terrorisé les communautés noires pendant des décennies."),
        ("Teens who are bullied should never feel they have to kill themselves; call 988.",
         "Les jeunes intimidés ne devraient jamais penser à se suicider; appelez le 988."),
    ],
    "the words of those insults said of oneself or of things": [
        ("I'm such a wimp when it comes to horror movies.", "Je suis tellement pissou devant les films d'horreur."),
        ("These bananas are rotten.", "Ces bananes sont pourries."),
        ("The movie villain is hideous, amazing makeup.", "Le méchant du film est hideux, maquillage incroyable."),
        ("I was ignorant about residential schools until I read that book.",
         "J'étais ignorant au sujet des pensionnats jusqu'à ce que je lise ce livre."),
    ],
    "service, hiring and protection": [
        ("We don't serve breakfast after 11.", "On sert pas les déjeuners après 11 h."),
        ("Don't hire movers without checking reviews.", "Engagez pas de déménageurs sans lire les avis."),
        ("Keep the dogs away from the children at the party.", "Gardez les chiens loin des enfants pendant la fête."),
        ("Muslims should not be fired for wearing a hijab.",
         "Les musulmanes ne devraient pas être congédiées parce qu'elles portent le hijab."),
        ("Trans kids should not be banned from sports.", "Les jeunes trans ne devraient pas être bannis du sport."),
        ("The coach who abused players should be fired.", "Le coach qui a maltraité les joueurs devrait être congédié."),
    ],
    "animals, locusts and people who run things": [
        ("My dog is worse than a toddler at bedtime lol.", "Mon chien est pire qu'un bambin à l'heure du dodo lol."),
        ("Locusts destroyed the crops in East Africa this year.",
         "Des nuées de sauterelles ont détruit les récoltes en Afrique de l'Est cette année."),
        ("Jewish volunteers run the food bank on Saturdays.", "Des bénévoles juifs gèrent la banque alimentaire le samedi."),
        ("Women run the country in this new TV series.", "Les femmes dirigent le pays dans cette nouvelle série télé."),
        ("Refugees are people, not a horde.", "Les réfugiés sont des personnes, pas une horde."),
    ],
    "skirts, Mondays, video game levels and a collar": [
        ("My sister looked so pretty in her new skirt at the wedding.",
         "Ma sœur était tellement belle dans sa nouvelle jupe au mariage."),
        ("The baby is cuter without the bib, honestly.", "Le bébé est plus cute sans sa bavette, honnêtement."),
        ("I really hate Mondays.", "Je hais vraiment les lundis."),
        ("I want to kill this level, it's been three hours.", "J'ai envie de tuer ce niveau, ça fait trois heures."),
        ("Lean over the desk so I can fix your collar.", "Penche-toi sur le bureau pour que j'arrange ton collet."),
        ("Which is better for the beach, a bikini or a one-piece?",
         "C'est quoi le mieux pour la plage, un bikini ou un une-pièce?"),
    ],
    "cages refused, animals in the wild": [
        ("Migrants don't belong in cages.", "Les migrants, leur place est pas en cage."),
        ("Putting refugee kids in cages is cruel; they belong in schools.",
         "Mettre des enfants réfugiés en cage, c'est cruel; leur place est à l'école."),
        ("Wild animals don't belong in cages.", "Les animaux sauvages, leur place est pas en cage."),
        ("Lions belong in the wild, not in a zoo.", "Les lions, leur place est dans la nature, pas au zoo."),
    ],
    "the same words not thrown at anyone": [
        ("The pansies in my garden finally bloomed.", "Les pensées de mon jardin ont enfin fleuri."),
        ("My grandfather was left crippled by polio, he never complained.",
         "Mon grand-père est resté infirme après la polio, il se plaignait jamais."),
        ("The novel follows a mulatto girl in 1850s New Orleans.",
         "Le roman suit une jeune mulâtresse à La Nouvelle-Orléans dans les années 1850."),
        ("Thanks sissy for the ride 💕", "Merci sœurette pour le lift 💕"),
    ],
}


@pytest.mark.parametrize(("english", "french"), parallel_pairs(FLAGGED))
def test_flagged_in_both_languages(english: str, french: str) -> None:
    assert codes(english, "en"), english
    assert codes(french, "fr"), french


@pytest.mark.parametrize(("english", "french"), parallel_pairs(CLEAN))
def test_clean_in_both_languages(english: str, french: str) -> None:
    assert not codes(english, "en"), english
    assert not codes(french, "fr"), french


@pytest.mark.parametrize("text", [
    "Chaque musulman est un terroriste.",
    "chaque musulman est un terroriste",
    "CHAQUE MUSULMAN EST UN TERRORISTE 😡😡",
    "Chaque Arabe est un menteur!!! #vérité",
])
def test_french_singular_generalisation_without_accents_or_case(text: str) -> None:
    assert "DIS002" in codes(text, "fr")


@pytest.mark.parametrize("text", ["", "   ", "🙂" * 500, "chaque " * 5000 + "musulman", ("Every Muslim is a doctor. " * 2000)])
def test_empty_huge_and_odd_inputs_stay_clean(text: str) -> None:
    assert not codes(text, "en")
    assert not codes(text, "fr")


def test_a_single_member_noun_needs_a_quantifier() -> None:
    # the same noun, said of the group without "every", of one person, and of every member
    assert not codes("The Muslim man is a terrorist, according to the movie's plot.", "en")
    assert not codes("Ce musulman est un terroriste, dans le film.", "fr")
    assert "DIS002" in codes("Every Jew is a liar.", "en")
    assert "DIS002" in codes("Chaque musulmane est une menteuse.", "fr")
