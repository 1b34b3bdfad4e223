"""The guidance passages that rules cite, and the people a finding suggests consulting.

Titles and sections are the official headings; the summaries shown to people are our own words
(the tool links to the pages rather than quoting them).
"""

from __future__ import annotations

from footprint.records import Citation

_KEY = (
    "https://www.canada.ca/en/government/publicservice/values/"
    "best-practices-public-servants-using-personal-social-media/key-considerations.html"
)
# French page seen in a stored copy of canada.ca (its title: « Utilisation des médias sociaux à
# des fins personnelles par les fonctionnaires : Considérations importantes »).
_KEY_FR = (
    "https://www.canada.ca/fr/gouvernement/fonctionpublique/valeurs/"
    "pratiques-exemplaires-intention-fonctionnaires-utilisation-medias-sociaux-fins-personnelles/"
    "considerations-importantes.html"
)
_FULL = "https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=32811"
_FULL_FR = "https://www.tbs-sct.canada.ca/pol/doc-fra.aspx?id=32811"
_PSC = (
    "https://www.canada.ca/en/public-service-commission/services/political-activities/"
    "public-servants-political-activities-social-media.html"
)
_SYMBOLS = (
    "https://www.canada.ca/en/treasury-board-secretariat/topics/government-communications/"
    "federal-identity-requirements/legal-protection-official-symbols-government-canada.html"
)

KEY_CONSIDERATIONS = Citation(
    "Public servants' use of personal social media: Key considerations",
    "Considerations for public servants using personal social media accounts",
    _KEY,
    _KEY_FR,
)
POLITICAL_ACTIVITIES = Citation(
    "Public servants' use of personal social media: Key considerations",
    "Guidance on political activities",
    _KEY,
    _KEY_FR,
)
PSC_POLITICAL = Citation(
    "Public servants, political activities and social media (Public Service Commission)",
    "Dos and don'ts for public servants on social media",
    _PSC,
)
NOT_OFFICIAL = Citation(
    "Public servants' use of personal social media: Key considerations",
    "Ensuring personal social media accounts are not mistaken for official Government of Canada accounts",
    _KEY,
    _KEY_FR,
)
ONLINE_HISTORY = Citation(
    "Guidance for Public Servants on their Personal Use of Social Media",
    "Evaluating online history",
    _FULL,
    _FULL_FR,
)
OFFICIAL_SYMBOLS = Citation(
    "Legal protection of the official symbols of the Government of Canada",
    "Official symbols",
    _SYMBOLS,
)

MANAGER = "your manager"
VALUES_ETHICS = "your organization's values and ethics office"
POLITICAL_REP = "your organization's designated political activities representative"
PSC = "the Public Service Commission (political activities)"
OMBUD = "your Ombud"
EAP = "the Employee Assistance Program"
COMMUNICATIONS = "your communications branch"
SECURITY = "your organization's departmental security officer"
