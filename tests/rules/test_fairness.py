"""Identity words in ordinary sentences never flag (issue 5's fairness table), English and French.

Naming who people are (gay, Black, Muslim, trans, Indigenous, Jewish, Arab, immigrant, disabled)
is not discriminatory. None of the rules in the discrimination, safety, protected-information,
work-related and symbol families may flag these sentences.
"""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import discrimination, protected, safety, symbols, work
from tests.rules.conftest import post

FAMILIES = (discrimination, safety, protected, work, symbols)

ENGLISH = [
    "Proud to be gay and a public servant.",
    "Happy Pride to all my gay and lesbian colleagues!",
    "As a Black woman in tech, I love mentoring students.",
    "Black History Month events start Monday at the library.",
    "Our Muslim neighbours invited us for iftar tonight.",
    "Eid Mubarak to all Muslims celebrating today!",
    "My sister is trans and she is the bravest person I know.",
    "Trans people deserve safe healthcare.",
    "Indigenous languages are being taught again in our schools.",
    "First Nations artists opened the festival.",
    "Jewish families lit the menorah in the park.",
    "My grandmother was a Jewish refugee from Poland.",
    "Arab cuisine is the best, fight me.",
    "The Arab Canadian community centre is hiring.",
    "My parents are immigrants from Vietnam.",
    "Immigrants built this country.",
    "Refugees arriving this week will get French classes.",
    "Asian Heritage Month starts today.",
    "The Chinese New Year parade was amazing.",
    "Mexican food truck on Sparks Street today!",
    "Disabled people need accessible buildings.",
    "My autistic son loves trains.",
    "Women in STEM panel at noon.",
    "The women's hockey team won gold!",
    "Men's mental health matters too.",
    "Queer and proud.",
    "Our Sikh colleague organised the langar lunch.",
    "Hindu temple open house on Saturday.",
    "The Inuit art exhibit is worth the trip.",
    "Métis fiddle music at the folk festival.",
    "White people, Black people, all people: vote!",
    "Bisexual visibility day is today.",
    "The homosexual rights movement in Canada has a long history.",
    "Islam is one of the world's great religions.",
    "The Somali community hosted a soccer tournament.",
    "Muslims are welcome here, always.",
    "Immigrants are not a burden, they are our neighbours.",
    "Black people are the backbone of this community.",
    "Those people at the food bank were so kind to us.",
    "Refugees are resilient, and they are our neighbours now.",
    "My Palestinian and Israeli classmates cooked dinner together.",
    "Trans women are women, and trans men are men.",
    "Immigrants work hard and pay their taxes.",
    "The deaf community in Ottawa runs an ASL café.",
    "Muslims fast during Ramadan; my team plans lunch around it.",
    "They are all so talented, these Indigenous artists!",
]

FRENCH = [
    "Fière d'être gaie et fonctionnaire.",
    "Bonne Fierté à toutes mes collègues lesbiennes!",
    "Je suis une femme noire et fière de l'être.",
    "Le Mois de l'histoire des Noirs commence lundi.",
    "Nos voisins musulmans nous ont invités à l'iftar.",
    "Bon Aïd à tous les musulmans!",
    "Ma sœur est trans et c'est la personne la plus courageuse que je connaisse.",
    "Les personnes trans méritent des soins sûrs.",
    "Les langues autochtones sont enseignées dans nos écoles.",
    "Les artistes autochtones ont ouvert le festival.",
    "Ma grand-mère était juive et réfugiée.",
    "Les familles juives ont allumé la menorah au parc.",
    "Juif et fier de l'être.",
    "La cuisine arabe est la meilleure.",
    "Mon ami arabe m'a appris à faire du taboulé.",
    "Mes parents sont des immigrés vietnamiens.",
    "Les immigrants ont bâti ce pays.",
    "Les réfugiés qui arrivent cette semaine auront des cours de français.",
    "Les migrants ont le droit d'être traités avec dignité.",
    "Les personnes handicapées ont besoin de bâtiments accessibles.",
    "Mon fils autiste adore les trains.",
    "Les femmes en sciences, c'est l'avenir.",
    "L'équipe de hockey féminine a gagné l'or!",
    "Les hommes aussi ont droit à la santé mentale.",
    "Les Inuits ont présenté leurs sculptures.",
    "Musique métisse au festival ce soir.",
    "Les homosexuels ont obtenu le droit au mariage en 2005.",
    "Les communautés maghrébines de Montréal fêtent ce soir.",
    "Les Africains du quartier organisent un tournoi de soccer.",
    "Mes amis noirs et blancs étaient tous là.",
    "L'islam est une grande religion.",
    "Les chinois du quartier ont organisé le Nouvel An.",
    "Les gays et les lesbiennes défilent dimanche.",
    "Les Mongols ont bâti un immense empire.",
    "Les rebeus et les renois du quartier ont gagné le tournoi.",
    "Les autochtones sont les premiers peuples de ce territoire.",
    "Les musulmans sont les bienvenus ici.",
    "Une famille de renois a emménagé à côté, super gentils.",
    "La communauté de rebeus du quartier organise un iftar.",
    "Le président mongol est en visite à Ottawa.",
    "Ces gens-là, à la banque alimentaire, ont été tellement gentils.",
    "Les réfugiés sont courageux et ce sont nos voisins maintenant.",
    "Mes camarades palestiniens et israéliens ont cuisiné ensemble.",
    "Les femmes trans sont des femmes.",
    "Les immigrants travaillent fort pis paient leurs impôts.",
    "La communauté sourde d'Ottawa a ouvert un café en LSQ.",
    "Les gais et les lesbiennes du Nouveau-Brunswick défilent samedi.",
    "Les musulmans jeûnent pendant le ramadan, on organise le dîner en conséquence.",
    "Ils sont tous tellement talentueux, ces artistes autochtones!",
    "Les Haïtiens de Montréal fêtent ce soir, on y va avec les enfants.",
    "Chu fière d'être une femme noire pis fonctionnaire.",
    "Les personnes handicapées sont des collègues comme les autres.",
    "Les immigres sont les bienvenus au Quebec",
]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer([rule() for family in FAMILIES for rule in family.RULES])


def test_the_table_is_large_enough() -> None:
    assert len(ENGLISH) >= 20 and len(FRENCH) >= 20 and len(ENGLISH) + len(FRENCH) >= 40


@pytest.mark.parametrize("text", ENGLISH + FRENCH)
def test_identity_terms_in_ordinary_sentences_are_not_flagged(analyzer: Analyzer, text: str) -> None:
    findings = analyzer.analyze(post(text)).findings
    assert not findings, f"{text!r} flagged by {[(f.rule, [e.text for e in f.evidence]) for f in findings]}"


@pytest.mark.parametrize("term", [
    "gay", "Black", "Muslim", "trans", "autochtone", "juif", "arabe", "immigrant", "Jewish", "noir",
    "musulmane", "réfugiés", "ces gens-là", "those people", "les gais", "handicapé", "immigrés",
])
def test_identity_words_alone_never_flag(analyzer: Analyzer, term: str) -> None:
    assert not analyzer.analyze(post(term)).findings
    assert not analyzer.analyze(post(term.capitalize() + "!")).findings
