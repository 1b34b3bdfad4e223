"""Category A, partisan political activity: positives (support, attacks, campaign work, calls to vote,
posts written as a candidate, party membership, partisan hashtags, partisan petitions and protests)
and hard negatives (civic reminders, neutral news and polls, condolences, official work posts, names
that only look political, neutral policy talk, civics, unrelated sarcasm).

Written for this project in English and French (Canadian, Québécois and Acadian registers), mostly
Canadian politics at every level with some American, British and French. Party and leader names
are slot values so the same sentence is said of every side; most sentences name nobody at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from scripts.corpus._kit import Fam, V, generate, same, vals
from scripts.corpus._model import Post
from scripts.corpus._spec import Spec, finish, fv

SEED = 20250411

# --- Levels of government ---------------------------------------------------------------------

_LEVEL = {
    "fed": (dict(land="Canada", elec="federal election", gov="Ottawa", chief="prime minister", seat="MP"),
            dict(land="le Canada", landde="du Canada", landa="au Canada", elec="élections fédérales", gov="Ottawa",
                 chief="[premier ministre|première ministre]", seat="[député|députée]")),
    "qc": (dict(land="Quebec", elec="Quebec election", gov="Quebec City", chief="premier", seat="MNA"),
           dict(land="le Québec", landde="du Québec", landa="au Québec", elec="élections québécoises", gov="Québec",
                chief="[premier ministre|première ministre]", seat="[député|députée]")),
    "on": (dict(land="Ontario", elec="Ontario election", gov="Queen's Park", chief="premier", seat="MPP"),
           dict(land="l'Ontario", landde="de l'Ontario", landa="en Ontario", elec="élections ontariennes", gov="Queen's Park",
                chief="[premier ministre|première ministre]", seat="[député provincial|députée provinciale]")),
    "ab": (dict(land="Alberta", elec="Alberta election", gov="Edmonton", chief="premier", seat="MLA"),
           dict(land="l'Alberta", landde="de l'Alberta", landa="en Alberta", elec="élections albertaines", gov="Edmonton",
                chief="[premier ministre|première ministre]", seat="[député provincial|députée provinciale]")),
    "bc": (dict(land="BC", elec="BC election", gov="Victoria", chief="premier", seat="MLA"),
           dict(land="la Colombie-Britannique", landde="de la Colombie-Britannique", landa="en Colombie-Britannique",
                elec="élections provinciales", gov="Victoria", chief="[premier ministre|première ministre]",
                seat="[député provincial|députée provinciale]")),
    "mb": (dict(land="Manitoba", elec="Manitoba election", gov="Winnipeg", chief="premier", seat="MLA"),
           dict(land="le Manitoba", landde="du Manitoba", landa="au Manitoba", elec="élections manitobaines", gov="Winnipeg",
                chief="[premier ministre|première ministre]", seat="[député provincial|députée provinciale]")),
    "sk": (dict(land="Saskatchewan", elec="Saskatchewan election", gov="Regina", chief="premier", seat="MLA"),
           dict(land="la Saskatchewan", landde="de la Saskatchewan", landa="en Saskatchewan", elec="élections provinciales",
                gov="Regina", chief="[premier ministre|première ministre]", seat="[député provincial|députée provinciale]")),
    "nb": (dict(land="New Brunswick", elec="New Brunswick election", gov="Fredericton", chief="premier", seat="MLA"),
           dict(land="le Nouveau-Brunswick", landde="du Nouveau-Brunswick", landa="au Nouveau-Brunswick",
                elec="élections provinciales", gov="Fredericton", chief="[premier ministre|première ministre]",
                seat="[député provincial|députée provinciale]")),
    "ns": (dict(land="Nova Scotia", elec="Nova Scotia election", gov="Halifax", chief="premier", seat="MLA"),
           dict(land="la Nouvelle-Écosse", landde="de la Nouvelle-Écosse", landa="en Nouvelle-Écosse",
                elec="élections provinciales", gov="Halifax", chief="[premier ministre|première ministre]",
                seat="[député provincial|députée provinciale]")),
    "mtl": (dict(land="Montreal", elec="municipal election", gov="city hall", chief="mayor", seat="city councillor"),
            dict(land="Montréal", landde="de Montréal", landa="à Montréal", elec="élections municipales", gov="l'hôtel de ville",
                 chief="[maire|mairesse]", seat="[conseiller municipal|conseillère municipale]")),
    "van": (dict(land="Vancouver", elec="municipal election", gov="city hall", chief="mayor", seat="city councillor"),
            dict(land="Vancouver", landde="de Vancouver", landa="à Vancouver", elec="élections municipales",
                 gov="l'hôtel de ville", chief="[maire|mairesse]", seat="[conseiller municipal|conseillère municipale]")),
    "us": (dict(land="America", elec="US election", gov="Washington", chief="president", seat="congressman"),
           dict(land="les États-Unis", landde="des États-Unis", landa="aux États-Unis", elec="élections américaines",
                gov="Washington", chief="[président|présidente]", seat="[élu|élue] au Congrès")),
    "uk": (dict(land="Britain", elec="UK election", gov="Downing Street", chief="prime minister", seat="MP"),
           dict(land="la Grande-Bretagne", landde="de la Grande-Bretagne", landa="en Grande-Bretagne",
                elec="élections britanniques", gov="Downing Street", chief="[premier ministre|première ministre]",
                seat="[député|députée]")),
    "fr": (dict(land="France", elec="French election", gov="the Élysée", chief="president", seat="deputy"),
           dict(land="la France", landde="de la France", landa="en France", elec="élections en France", gov="l'Élysée",
                chief="[président|présidente]", seat="[député|députée]")),
}

_COLOR = {  # en, fr masculine, fr feminine, emoji
    "blue": ("blue", "bleu", "bleue", "🔵"), "red": ("red", "rouge", "rouge", "🔴"),
    "orange": ("orange", "orange", "orange", "🟠"), "lightblue": ("light blue", "bleu pâle", "bleu pâle", "⚜️"),
    "green": ("green", "vert", "verte", "🟢"), "purple": ("purple", "mauve", "mauve", "🟣"),
    "turquoise": ("turquoise", "turquoise", "turquoise", "🩵"), "yellow": ("yellow", "jaune", "jaune", "🟡"),
    "navy": ("navy blue", "bleu marine", "bleu marine", "🔷"),
}


class _Party:
    def __init__(self, key: str, level: str, color: str, en: dict[str, str], fr: dict[str, str],
                 leaders: list[tuple[str, str, str]]) -> None:
        self.key, self.level, self.color, self.en, self.fr, self.leaders = key, level, color, en, fr, leaders


def _p(key: str, level: str, color: str, leaders: list[tuple[str, str, str]], en: str, fr: str) -> _Party:
    """A party written as two `field=value;...` lines (English, French) to keep the table readable."""
    def parse(line: str) -> dict[str, str]:
        return {k.strip(): v.strip() for k, v in (part.split("=", 1) for part in line.split(";") if part.strip())}
    return _Party(key, level, color, parse(en), parse(fr), leaders)


M, F_ = "m", "f"
_PARTIES = [
    # federal
    _p("CPC", "fed", "blue", [("Pierre Poilievre", "Poilievre", M), ("Stephen Harper", "Harper", M), ("Andrew Scheer", "Scheer", M)],
       "name=the Conservatives; org=the CPC; short=CPC; tw=CPC; adj=Conservative; aadj=a Conservative; full=the Conservative Party of Canada; one=a Tory; handle=@CPC_HQ_Team",
       "name=les conservateurs; de=des conservateurs; au=aux conservateurs; org=le PCC; orgde=du PCC; orgau=au PCC; short=PCC; tw=PCC; adj=conservateur; adjs=conservateurs; adjf=conservatrice; adjg=[conservateur|conservatrice]; vote=conservateur; full=le Parti conservateur du Canada; fullde=du Parti conservateur du Canada; one=un conservateur; handle=@PCC_Equipe"),
    _p("LPC", "fed", "red", [("Mark Carney", "Carney", M), ("Justin Trudeau", "Trudeau", M), ("Jean Chrétien", "Chrétien", M)],
       "name=the Liberals; org=the LPC; short=LPC; tw=LPC; adj=Liberal; aadj=a Liberal; full=the Liberal Party of Canada; one=a Liberal; handle=@LiberalVolunteers",
       "name=les libéraux; de=des libéraux; au=aux libéraux; org=le PLC; orgde=du PLC; orgau=au PLC; short=PLC; tw=PLC; adj=libéral; adjs=libéraux; adjf=libérale; adjg=[libéral|libérale]; vote=libéral; full=le Parti libéral du Canada; fullde=du Parti libéral du Canada; one=un libéral; handle=@PLC_Benevoles"),
    _p("NDP", "fed", "orange", [("Jagmeet Singh", "Singh", M), ("Tom Mulcair", "Mulcair", M)],
       "name=the NDP; org=the NDP; short=NDP; tw=NDP; adj=NDP; aadj=an NDP; full=the New Democratic Party; one=a Dipper; handle=@NDP_OrangeWave",
       "name=le NPD; de=du NPD; au=au NPD; org=le NPD; orgde=du NPD; orgau=au NPD; short=NPD; tw=NPD; adj=néo-démocrate; adjs=néo-démocrates; adjf=néo-démocrate; adjg=néo-démocrate; vote=NPD; full=le Nouveau Parti démocratique; fullde=du Nouveau Parti démocratique; one=un néo-démocrate; handle=@NPD_VagueOrange"),
    _p("BQ", "fed", "lightblue", [("Yves-François Blanchet", "Blanchet", M), ("Gilles Duceppe", "Duceppe", M)],
       "name=the Bloc; org=the Bloc; short=BQ; tw=BQ; adj=Bloc; aadj=a Bloc; full=the Bloc Québécois; one=a Bloc supporter; handle=@BlocQc_Equipe",
       "name=le Bloc; de=du Bloc; au=au Bloc; org=le Bloc; orgde=du Bloc; orgau=au Bloc; short=BQ; tw=BQ; adj=bloquiste; adjs=bloquistes; adjf=bloquiste; adjg=bloquiste; vote=Bloc; full=le Bloc québécois; fullde=du Bloc québécois; one=un bloquiste; handle=@BlocQc_Equipe"),
    _p("GPC", "fed", "green", [("Elizabeth May", "May", F_), ("Jonathan Pedneault", "Pedneault", M)],
       "name=the Greens; org=the Green Party; short=GPC; tw=GPC; adj=Green; aadj=a Green; full=the Green Party of Canada; one=a Green; handle=@GreensCanada_Vol",
       "name=les verts; de=des verts; au=aux verts; org=le Parti vert; orgde=du Parti vert; orgau=au Parti vert; short=PVC; tw=PVC; adj=vert; adjs=verts; adjf=verte; adjg=[vert|verte]; vote=vert; full=le Parti vert du Canada; fullde=du Parti vert du Canada; one=un vert; handle=@PartiVert_Benevoles"),
    _p("PPC", "fed", "purple", [("Maxime Bernier", "Bernier", M)],
       "name=the PPC; org=the PPC; short=PPC; tw=PPC; adj=PPC; aadj=a PPC; full=the People's Party of Canada; one=a PPC guy; handle=@PPC_Riding_Team",
       "name=le PPC; de=du PPC; au=au PPC; org=le PPC; orgde=du PPC; orgau=au PPC; short=PPC; tw=PPC; adj=du PPC; adjs=du PPC; adjf=du PPC; adjg=du PPC; vote=PPC; full=le Parti populaire du Canada; fullde=du Parti populaire du Canada; one=un gars du PPC; handle=@PPC_Equipe_Qc"),
    # Quebec
    _p("CAQ", "qc", "turquoise", [("François Legault", "Legault", M)],
       "name=the CAQ; org=the CAQ; short=CAQ; tw=CAQ; adj=CAQ; aadj=a CAQ; full=the Coalition Avenir Québec; one=a CAQ supporter; handle=@CAQ_Outaouais",
       "name=la CAQ; de=de la CAQ; au=à la CAQ; org=la CAQ; orgde=de la CAQ; orgau=à la CAQ; short=CAQ; tw=CAQ; adj=caquiste; adjs=caquistes; adjf=caquiste; adjg=caquiste; vote=CAQ; full=la Coalition avenir Québec; fullde=de la Coalition avenir Québec; one=un caquiste; handle=@CAQ_Outaouais"),
    _p("PLQ", "qc", "red", [("Pablo Rodriguez", "Rodriguez", M), ("Dominique Anglade", "Anglade", F_)],
       "name=the Quebec Liberals; org=the PLQ; short=PLQ; tw=PLQ; adj=Liberal; aadj=a Liberal; full=the Quebec Liberal Party; one=a Quebec Liberal; handle=@PLQ_Jeunes",
       "name=les libéraux; de=des libéraux; au=aux libéraux; org=le PLQ; orgde=du PLQ; orgau=au PLQ; short=PLQ; tw=PLQ; adj=libéral; adjs=libéraux; adjf=libérale; adjg=[libéral|libérale]; vote=libéral; full=le Parti libéral du Québec; fullde=du Parti libéral du Québec; one=un libéral; handle=@PLQ_Jeunes"),
    _p("PQ", "qc", "blue", [("Paul St-Pierre Plamondon", "St-Pierre Plamondon", M)],
       "name=the PQ; org=the PQ; short=PQ; tw=PQ; adj=PQ; aadj=a PQ; full=the Parti Québécois; one=a péquiste; handle=@PQ_Militants",
       "name=le PQ; de=du PQ; au=au PQ; org=le PQ; orgde=du PQ; orgau=au PQ; short=PQ; tw=PQ; adj=péquiste; adjs=péquistes; adjf=péquiste; adjg=péquiste; vote=PQ; full=le Parti québécois; fullde=du Parti québécois; one=un péquiste; handle=@PQ_Militants"),
    _p("QS", "qc", "orange", [("Gabriel Nadeau-Dubois", "Nadeau-Dubois", M), ("Manon Massé", "Massé", F_), ("Ruba Ghazal", "Ghazal", F_)],
       "name=QS; org=QS; short=QS; tw=QS; adj=QS; aadj=a QS; full=Québec solidaire; one=a QS supporter; handle=@QS_Solidaires",
       "name=QS; de=de QS; au=à QS; org=QS; orgde=de QS; orgau=à QS; short=QS; tw=QS; adj=solidaire; adjs=solidaires; adjf=solidaire; adjg=solidaire; vote=QS; full=Québec solidaire; fullde=de Québec solidaire; one=un solidaire; handle=@QS_Solidaires"),
    _p("PCQ", "qc", "blue", [("Éric Duhaime", "Duhaime", M)],
       "name=the Quebec Conservatives; org=the PCQ; short=PCQ; tw=PCQ; adj=PCQ; aadj=a PCQ; full=the Conservative Party of Quebec; one=a Duhaime fan; handle=@PCQ_Equipe",
       "name=les conservateurs de Duhaime; de=des conservateurs de Duhaime; au=aux conservateurs de Duhaime; org=le PCQ; orgde=du PCQ; orgau=au PCQ; short=PCQ; tw=PCQ; adj=du PCQ; adjs=du PCQ; adjf=du PCQ; adjg=du PCQ; vote=PCQ; full=le Parti conservateur du Québec; fullde=du Parti conservateur du Québec; one=un gars du PCQ; handle=@PCQ_Equipe"),
    # Ontario
    _p("OPC", "on", "blue", [("Doug Ford", "Ford", M)],
       "name=the Ontario PCs; org=the PCPO; short=PCPO; tw=OntPC; adj=PC; aadj=a PC; full=the Ontario PC Party; one=an Ontario PC; handle=@OntarioPC_Team",
       "name=les progressistes-conservateurs; de=des progressistes-conservateurs; au=aux progressistes-conservateurs; org=le PPCO; orgde=du PPCO; orgau=au PPCO; short=PPCO; tw=PPCO; adj=progressiste-conservateur; adjs=progressistes-conservateurs; adjf=progressiste-conservatrice; adjg=[progressiste-conservateur|progressiste-conservatrice]; vote=progressiste-conservateur; full=le Parti progressiste-conservateur de l'Ontario; fullde=du Parti progressiste-conservateur de l'Ontario; one=un conservateur ontarien; handle=@OntarioPC_Team"),
    _p("ONDP", "on", "orange", [("Marit Stiles", "Stiles", F_), ("Andrea Horwath", "Horwath", F_)],
       "name=the Ontario NDP; org=the ONDP; short=ONDP; tw=ONDP; adj=NDP; aadj=an NDP; full=the Ontario NDP; one=an Ontario Dipper; handle=@ONDP_Volunteers",
       "name=le NPD de l'Ontario; de=du NPD de l'Ontario; au=au NPD de l'Ontario; org=le NPD ontarien; orgde=du NPD ontarien; orgau=au NPD ontarien; short=NPDO; tw=NPDO; adj=néo-démocrate; adjs=néo-démocrates; adjf=néo-démocrate; adjg=néo-démocrate; vote=NPD; full=le NPD de l'Ontario; fullde=du NPD de l'Ontario; one=un néo-démocrate ontarien; handle=@NPDO_Benevoles"),
    _p("OLP", "on", "red", [("Bonnie Crombie", "Crombie", F_), ("Kathleen Wynne", "Wynne", F_)],
       "name=the Ontario Liberals; org=the OLP; short=OLP; tw=OLP; adj=Liberal; aadj=a Liberal; full=the Ontario Liberal Party; one=an Ontario Liberal; handle=@OntLiberalTeam",
       "name=les libéraux ontariens; de=des libéraux ontariens; au=aux libéraux ontariens; org=le PLO; orgde=du PLO; orgau=au PLO; short=PLO; tw=PLO; adj=libéral; adjs=libéraux; adjf=libérale; adjg=[libéral|libérale]; vote=libéral; full=le Parti libéral de l'Ontario; fullde=du Parti libéral de l'Ontario; one=un libéral ontarien; handle=@OntLiberalTeam"),
    # Prairies, BC, Atlantic
    _p("UCP", "ab", "blue", [("Danielle Smith", "Smith", F_), ("Jason Kenney", "Kenney", M)],
       "name=the UCP; org=the UCP; short=UCP; tw=UCP; adj=UCP; aadj=a UCP; full=the United Conservative Party; one=a UCP supporter; handle=@UCP_Grassroots",
       "name=l'UCP; de=de l'UCP; au=à l'UCP; org=l'UCP; orgde=de l'UCP; orgau=à l'UCP; short=UCP; tw=UCP; adj=de l'UCP; adjs=de l'UCP; adjf=de l'UCP; adjg=de l'UCP; vote=UCP; full=le Parti conservateur uni; fullde=du Parti conservateur uni; one=un partisan de l'UCP; handle=@UCP_Grassroots"),
    _p("ABNDP", "ab", "orange", [("Naheed Nenshi", "Nenshi", M), ("Rachel Notley", "Notley", F_)],
       "name=the Alberta NDP; org=the Alberta NDP; short=Alberta NDP; tw=ABNDP; adj=NDP; aadj=an NDP; full=the Alberta NDP; one=an Alberta Dipper; handle=@AlbertaNDP_Vol",
       "name=le NPD albertain; de=du NPD albertain; au=au NPD albertain; org=le NPD albertain; orgde=du NPD albertain; orgau=au NPD albertain; short=NPD; tw=NPDAB; adj=néo-démocrate; adjs=néo-démocrates; adjf=néo-démocrate; adjg=néo-démocrate; vote=NPD; full=le NPD de l'Alberta; fullde=du NPD de l'Alberta; one=un néo-démocrate albertain; handle=@AlbertaNDP_Vol"),
    _p("BCNDP", "bc", "orange", [("David Eby", "Eby", M)],
       "name=the BC NDP; org=the BC NDP; short=BC NDP; tw=BCNDP; adj=NDP; aadj=an NDP; full=the BC NDP; one=a BC Dipper; handle=@bcndp_team",
       "name=le NPD de la C.-B.; de=du NPD de la C.-B.; au=au NPD de la C.-B.; org=le NPD britanno-colombien; orgde=du NPD britanno-colombien; orgau=au NPD britanno-colombien; short=NPD; tw=NPDCB; adj=néo-démocrate; adjs=néo-démocrates; adjf=néo-démocrate; adjg=néo-démocrate; vote=NPD; full=le NPD de la Colombie-Britannique; fullde=du NPD de la Colombie-Britannique; one=un néo-démocrate de la C.-B.; handle=@bcndp_team"),
    _p("BCCON", "bc", "blue", [("John Rustad", "Rustad", M)],
       "name=the BC Conservatives; org=the BC Conservative Party; short=BC Conservative; tw=BCCons; adj=Conservative; aadj=a Conservative; full=the Conservative Party of BC; one=a BC Conservative; handle=@BCCons_Team",
       "name=les conservateurs de la C.-B.; de=des conservateurs de la C.-B.; au=aux conservateurs de la C.-B.; org=le Parti conservateur de la C.-B.; orgde=du Parti conservateur de la C.-B.; orgau=au Parti conservateur de la C.-B.; short=PCCB; tw=PCCB; adj=conservateur; adjs=conservateurs; adjf=conservatrice; adjg=[conservateur|conservatrice]; vote=conservateur; full=le Parti conservateur de la Colombie-Britannique; fullde=du Parti conservateur de la Colombie-Britannique; one=un conservateur de la C.-B.; handle=@BCCons_Team"),
    _p("MBNDP", "mb", "orange", [("Wab Kinew", "Kinew", M)],
       "name=the Manitoba NDP; org=the Manitoba NDP; short=Manitoba NDP; tw=MBNDP; adj=NDP; aadj=an NDP; full=the Manitoba NDP; one=a Manitoba Dipper; handle=@MBNDP_Caucus",
       "name=le NPD manitobain; de=du NPD manitobain; au=au NPD manitobain; org=le NPD manitobain; orgde=du NPD manitobain; orgau=au NPD manitobain; short=NPD; tw=NPDMB; adj=néo-démocrate; adjs=néo-démocrates; adjf=néo-démocrate; adjg=néo-démocrate; vote=NPD; full=le NPD du Manitoba; fullde=du NPD du Manitoba; one=un néo-démocrate manitobain; handle=@MBNDP_Caucus"),
    _p("SKP", "sk", "green", [("Scott Moe", "Moe", M)],
       "name=the Sask Party; org=the Sask Party; short=Sask Party; tw=SaskParty; adj=Sask Party; aadj=a Sask Party; full=the Saskatchewan Party; one=a Sask Party guy; handle=@SaskParty_Team",
       "name=le Saskatchewan Party; de=du Saskatchewan Party; au=au Saskatchewan Party; org=le Saskatchewan Party; orgde=du Saskatchewan Party; orgau=au Saskatchewan Party; short=SaskParty; tw=SaskParty; adj=du Saskatchewan Party; adjs=du Saskatchewan Party; adjf=du Saskatchewan Party; adjg=du Saskatchewan Party; vote=Sask Party; full=le Saskatchewan Party; fullde=du Saskatchewan Party; one=un partisan du Sask Party; handle=@SaskParty_Team"),
    _p("NBLIB", "nb", "red", [("Susan Holt", "Holt", F_)],
       "name=the NB Liberals; org=the NB Liberal Party; short=NB Liberal; tw=NBLib; adj=Liberal; aadj=a Liberal; full=the New Brunswick Liberal Party; one=an NB Liberal; handle=@NBLiberal_Team",
       "name=les libéraux du N.-B.; de=des libéraux du N.-B.; au=aux libéraux du N.-B.; org=le Parti libéral du N.-B.; orgde=du Parti libéral du N.-B.; orgau=au Parti libéral du N.-B.; short=PLNB; tw=PLNB; adj=libéral; adjs=libéraux; adjf=libérale; adjg=[libéral|libérale]; vote=libéral; full=le Parti libéral du Nouveau-Brunswick; fullde=du Parti libéral du Nouveau-Brunswick; one=un libéral du N.-B.; handle=@PLNB_Equipe"),
    _p("NBPC", "nb", "blue", [("Blaine Higgs", "Higgs", M)],
       "name=the NB PCs; org=the NB PC Party; short=NB PC; tw=NBPC; adj=PC; aadj=a PC; full=the Progressive Conservative Party of New Brunswick; one=an NB Tory; handle=@NBPC_Team",
       "name=les progressistes-conservateurs du N.-B.; de=des progressistes-conservateurs du N.-B.; au=aux progressistes-conservateurs du N.-B.; org=le Parti PC du N.-B.; orgde=du Parti PC du N.-B.; orgau=au Parti PC du N.-B.; short=PCNB; tw=PCNB; adj=progressiste-conservateur; adjs=progressistes-conservateurs; adjf=progressiste-conservatrice; adjg=[progressiste-conservateur|progressiste-conservatrice]; vote=PC; full=le Parti progressiste-conservateur du Nouveau-Brunswick; fullde=du Parti progressiste-conservateur du Nouveau-Brunswick; one=un bleu du N.-B.; handle=@PCNB_Equipe"),
    _p("NSPC", "ns", "blue", [("Tim Houston", "Houston", M)],
       "name=the Nova Scotia PCs; org=the NS PC Party; short=NS PC; tw=NSPC; adj=PC; aadj=a PC; full=the PC Party of Nova Scotia; one=a Nova Scotia Tory; handle=@NSPC_Team",
       "name=les progressistes-conservateurs de la N.-É.; de=des progressistes-conservateurs de la N.-É.; au=aux progressistes-conservateurs de la N.-É.; org=le Parti PC de la N.-É.; orgde=du Parti PC de la N.-É.; orgau=au Parti PC de la N.-É.; short=PCNE; tw=PCNE; adj=progressiste-conservateur; adjs=progressistes-conservateurs; adjf=progressiste-conservatrice; adjg=[progressiste-conservateur|progressiste-conservatrice]; vote=PC; full=le Parti progressiste-conservateur de la Nouvelle-Écosse; fullde=du Parti progressiste-conservateur de la Nouvelle-Écosse; one=un bleu de la N.-É.; handle=@NSPC_Team"),
    # municipal parties
    _p("PM", "mtl", "green", [("Luc Rabouin", "Rabouin", M), ("Valérie Plante", "Plante", F_)],
       "name=Projet Montréal; org=Projet Montréal; short=Projet Montréal; tw=ProjetMTL; adj=Projet Montréal; aadj=a Projet Montréal; full=Projet Montréal; one=a Projet Montréal fan; handle=@ProjetMTL_Equipe",
       "name=Projet Montréal; de=de Projet Montréal; au=à Projet Montréal; org=Projet Montréal; orgde=de Projet Montréal; orgau=à Projet Montréal; short=Projet Montréal; tw=ProjetMTL; adj=de Projet Montréal; adjs=de Projet Montréal; adjf=de Projet Montréal; adjg=de Projet Montréal; vote=Projet Montréal; full=Projet Montréal; fullde=de Projet Montréal; one=un partisan de Projet Montréal; handle=@ProjetMTL_Equipe"),
    _p("EM", "mtl", "blue", [("Soraya Martinez Ferrada", "Martinez Ferrada", F_)],
       "name=Ensemble Montréal; org=Ensemble Montréal; short=Ensemble Montréal; tw=EnsembleMTL; adj=Ensemble Montréal; aadj=an Ensemble Montréal; full=Ensemble Montréal; one=an Ensemble Montréal fan; handle=@EnsembleMTL_Team",
       "name=Ensemble Montréal; de=d'Ensemble Montréal; au=à Ensemble Montréal; org=Ensemble Montréal; orgde=d'Ensemble Montréal; orgau=à Ensemble Montréal; short=Ensemble Montréal; tw=EnsembleMTL; adj=d'Ensemble Montréal; adjs=d'Ensemble Montréal; adjf=d'Ensemble Montréal; adjg=d'Ensemble Montréal; vote=Ensemble Montréal; full=Ensemble Montréal; fullde=d'Ensemble Montréal; one=un partisan d'Ensemble Montréal; handle=@EnsembleMTL_Team"),
    _p("ABC", "van", "blue", [("Ken Sim", "Sim", M)],
       "name=ABC Vancouver; org=ABC; short=ABC; tw=ABCVan; adj=ABC; aadj=an ABC; full=ABC Vancouver; one=an ABC supporter; handle=@ABCVan_Team",
       "name=ABC Vancouver; de=d'ABC Vancouver; au=à ABC Vancouver; org=ABC Vancouver; orgde=d'ABC Vancouver; orgau=à ABC Vancouver; short=ABC; tw=ABCVan; adj=d'ABC; adjs=d'ABC; adjf=d'ABC; adjg=d'ABC; vote=ABC; full=ABC Vancouver; fullde=d'ABC Vancouver; one=un partisan d'ABC; handle=@ABCVan_Team"),
    # foreign
    _p("GOP", "us", "red", [("Donald Trump", "Trump", M), ("JD Vance", "Vance", M), ("Ron DeSantis", "DeSantis", M)],
       "name=the Republicans; org=the GOP; short=GOP; tw=GOP; adj=Republican; aadj=a Republican; full=the Republican Party; one=a Republican; handle=@GOP_Grassroots",
       "name=les républicains; de=des républicains; au=aux républicains; org=le Parti républicain; orgde=du Parti républicain; orgau=au Parti républicain; short=GOP; tw=GOP; adj=républicain; adjs=républicains; adjf=républicaine; adjg=[républicain|républicaine]; vote=républicain; full=le Parti républicain; fullde=du Parti républicain; one=un républicain; handle=@GOP_Grassroots"),
    _p("DEM", "us", "blue", [("Kamala Harris", "Harris", F_), ("Joe Biden", "Biden", M), ("Bernie Sanders", "Sanders", M)],
       "name=the Democrats; org=the Democratic Party; short=Dems; tw=Dems; adj=Democratic; aadj=a Democratic; full=the Democratic Party; one=a Democrat; handle=@DemVolunteers",
       "name=les démocrates; de=des démocrates; au=aux démocrates; org=le Parti démocrate; orgde=du Parti démocrate; orgau=au Parti démocrate; short=Dems; tw=Democrates; adj=démocrate; adjs=démocrates; adjf=démocrate; adjg=démocrate; vote=démocrate; full=le Parti démocrate; fullde=du Parti démocrate; one=un démocrate; handle=@DemVolunteers"),
    _p("LAB", "uk", "red", [("Keir Starmer", "Starmer", M)],
       "name=Labour; org=Labour; short=Labour; tw=Labour; adj=Labour; aadj=a Labour; full=the Labour Party; one=a Labour man; handle=@LabourDoorstep",
       "name=les travaillistes; de=des travaillistes; au=aux travaillistes; org=le Labour; orgde=du Labour; orgau=au Labour; short=Labour; tw=Labour; adj=travailliste; adjs=travaillistes; adjf=travailliste; adjg=travailliste; vote=travailliste; full=le Parti travailliste; fullde=du Parti travailliste; one=un travailliste; handle=@LabourDoorstep"),
    _p("UKCON", "uk", "blue", [("Kemi Badenoch", "Badenoch", F_), ("Rishi Sunak", "Sunak", M)],
       "name=the UK Tories; org=the Tory party; short=Tories; tw=Tories; adj=Tory; aadj=a Tory; full=the Conservative and Unionist Party; one=a Tory; handle=@ToryGrassroots",
       "name=les tories; de=des tories; au=aux tories; org=le Parti conservateur britannique; orgde=du Parti conservateur britannique; orgau=au Parti conservateur britannique; short=Tories; tw=Tories; adj=tory; adjs=tories; adjf=tory; adjg=tory; vote=tory; full=le Parti conservateur britannique; fullde=du Parti conservateur britannique; one=un tory; handle=@ToryGrassroots"),
    _p("REFORM", "uk", "turquoise", [("Nigel Farage", "Farage", M)],
       "name=Reform UK; org=Reform UK; short=Reform; tw=ReformUK; adj=Reform; aadj=a Reform; full=Reform UK; one=a Reform voter; handle=@ReformUK_Vol",
       "name=Reform UK; de=de Reform UK; au=à Reform UK; org=Reform UK; orgde=de Reform UK; orgau=à Reform UK; short=Reform; tw=ReformUK; adj=de Reform UK; adjs=de Reform UK; adjf=de Reform UK; adjg=de Reform UK; vote=Reform; full=Reform UK; fullde=de Reform UK; one=un électeur de Reform; handle=@ReformUK_Vol"),
    _p("REN", "fr", "yellow", [("Emmanuel Macron", "Macron", M), ("Gabriel Attal", "Attal", M)],
       "name=Renaissance; org=Renaissance; short=Renaissance; tw=Renaissance; adj=Renaissance; aadj=a Renaissance; full=Renaissance; one=a Macron supporter; handle=@Renaissance_Mil",
       "name=les macronistes; de=des macronistes; au=aux macronistes; org=Renaissance; orgde=de Renaissance; orgau=à Renaissance; short=Renaissance; tw=Renaissance; adj=macroniste; adjs=macronistes; adjf=macroniste; adjg=macroniste; vote=Renaissance; full=Renaissance; fullde=de Renaissance; one=un macroniste; handle=@Renaissance_Mil"),
    _p("RN", "fr", "navy", [("Marine Le Pen", "Le Pen", F_), ("Jordan Bardella", "Bardella", M)],
       "name=the RN; org=the RN; short=RN; tw=RN; adj=RN; aadj=an RN; full=the Rassemblement National; one=an RN voter; handle=@RN_Militants",
       "name=le RN; de=du RN; au=au RN; org=le RN; orgde=du RN; orgau=au RN; short=RN; tw=RN; adj=du RN; adjs=du RN; adjf=du RN; adjg=du RN; vote=RN; full=le Rassemblement national; fullde=du Rassemblement national; one=un électeur du RN; handle=@RN_Militants"),
    _p("LFI", "fr", "red", [("Jean-Luc Mélenchon", "Mélenchon", M)],
       "name=LFI; org=LFI; short=LFI; tw=LFI; adj=LFI; aadj=an LFI; full=La France insoumise; one=an insoumis; handle=@LFI_Insoumis",
       "name=les insoumis; de=des insoumis; au=aux insoumis; org=LFI; orgde=de LFI; orgau=à LFI; short=LFI; tw=LFI; adj=insoumis; adjs=insoumis; adjf=insoumise; adjg=[insoumis|insoumise]; vote=LFI; full=La France insoumise; fullde=de La France insoumise; one=un insoumis; handle=@LFI_Insoumis"),
]

_CANADIAN_LEVELS = ("fed", "qc", "on", "ab", "bc", "mb", "sk", "nb", "ns", "mtl", "van")
_GOVERNING = {"CPC", "LPC", "NDP", "CAQ", "PLQ", "PQ", "QS", "OPC", "ONDP", "OLP", "UCP", "ABNDP", "BCNDP", "BCCON",
              "MBNDP", "SKP", "NBLIB", "NBPC", "NSPC", "GOP", "DEM", "LAB", "UKCON", "REN", "RN"}


def _hashable(name: str) -> str:
    return "".join(ch for ch in name if ch.isalnum())


def _rival(party: _Party, index: int) -> _Party | None:
    others = [p for p in _PARTIES if p.level == party.level and p.key != party.key]
    return others[index % len(others)] if others else None


def _entity(party: _Party, leader: tuple[str, str, str], rival: _Party | None, extra: tuple[dict[str, str], dict[str, str]] | None = None,
            g: str | None = None) -> V:
    """One party with one of its leaders, its level's words and one rival of the same level, as a slot value."""
    full, last, lg = leader
    lev_en, lev_fr = _LEVEL[party.level]
    col = _COLOR[party.color]
    en = {**lev_en, **party.en, "": party.en["name"], "leader": full, "last": last, "hn": _hashable(last),
          "he": "he" if lg == M else "she", "him": "him" if lg == M else "her", "his": "his" if lg == M else "her",
          "color": col[0], "dot": col[3], "vtag": "#Vote" + party.en["tw"], "tag": "#" + party.en["tw"]}
    fr = {**lev_fr, **party.fr, "": party.fr["name"], "leader": full, "last": last, "hn": _hashable(last),
          "il": "il" if lg == M else "elle", "lui": "lui" if lg == M else "elle", "seul": "le seul" if lg == M else "la seule",
          "color": col[1], "colorf": col[2], "dot": col[3], "vtag": "#Votez" + party.fr["tw"], "tag": "#" + party.fr["tw"]}
    if rival is not None:
        en.update(rival=rival.en["name"], rivalorg=rival.en["org"], rivalvote=rival.en["adj"], rivaltw=rival.en["tw"])
        fr.update(rival=rival.fr["name"], rivalde=rival.fr["de"], rivalorg=rival.fr["org"], rivalvote=rival.fr["vote"],
                  rivaltw=rival.fr["tw"])
    else:
        en.update(rival="the other guys", rivalorg="the other side", rivalvote="for anyone else", rivaltw="Them")
        fr.update(rival="les autres", rivalde="des autres", rivalorg="l'autre camp", rivalvote="pour les autres", rivaltw="Eux")
    if extra:
        en.update(extra[0])
        fr.update(extra[1])
    return V(en, fr, g or lg)


def _parties(levels: tuple[str, ...], one_leader: bool = False, governing: bool = False) -> list[V]:
    out = []
    for party in _PARTIES:
        if party.level not in levels or (governing and party.key not in _GOVERNING):
            continue
        for i, leader in enumerate(party.leaders[:1] if one_leader else party.leaders):
            out.append(_entity(party, leader, _rival(party, i)))
    return out


FED = _parties(("fed",))
PROV = _parties(("qc", "on", "ab", "bc", "mb", "sk", "nb", "ns"))
MUNI = _parties(("mtl", "van"))
FOREIGN = _parties(("us", "uk", "fr"))
CANADIAN = FED + PROV + MUNI
# Mostly Canadian (federal twice as often), about one post in seven about a foreign party.
ANY = FED + FED + PROV + MUNI + _parties(("us", "uk", "fr"), one_leader=True)
GOVERNING = _parties(_CANADIAN_LEVELS, governing=True) + _parties(("us", "uk", "fr"), one_leader=True, governing=True)
US = _parties(("us",))

_RIDINGS = {
    "fed": [("Ottawa Centre", "Ottawa-Centre"), ("Ottawa—Vanier—Gloucester", "Ottawa—Vanier—Gloucester"), ("Orléans", "Orléans"),
            ("Kanata", "Kanata"), ("Nepean", "Nepean"), ("Hull—Aylmer", "Hull—Aylmer"), ("Gatineau", "Gatineau"),
            ("Laurier—Sainte-Marie", "Laurier—Sainte-Marie"), ("Québec Centre", "Québec-Centre"), ("Sherbrooke", "Sherbrooke"),
            ("Moncton—Dieppe", "Moncton—Dieppe"), ("Acadie—Bathurst", "Acadie—Bathurst"), ("Halifax", "Halifax"),
            ("Winnipeg Centre", "Winnipeg-Centre"), ("Edmonton Strathcona", "Edmonton Strathcona"), ("Vancouver East", "Vancouver-Est"),
            ("Toronto—Danforth", "Toronto—Danforth"), ("Beauport—Limoilou", "Beauport—Limoilou"), ("Pontiac—Kitigan Zibi", "Pontiac—Kitigan Zibi")],
    "qc": [("Hull", "Hull"), ("Chapleau", "Chapleau"), ("Gouin", "Gouin"), ("Taschereau", "Taschereau"), ("Jean-Lesage", "Jean-Lesage"),
           ("Rosemont", "Rosemont"), ("Pontiac", "Pontiac"), ("Camille-Laurin", "Camille-Laurin"), ("Saint-François", "Saint-François")],
    "on": [("Ottawa South", "Ottawa-Sud"), ("Ottawa—Vanier", "Ottawa—Vanier"), ("Kanata—Carleton", "Kanata—Carleton"),
           ("Toronto Centre", "Toronto-Centre"), ("Sudbury", "Sudbury"), ("Glengarry—Prescott—Russell", "Glengarry—Prescott—Russell")],
    "ab": [("Calgary-Elbow", "Calgary-Elbow"), ("Edmonton-Glenora", "Edmonton-Glenora"), ("Lethbridge-West", "Lethbridge-Ouest")],
    "bc": [("Vancouver-Mount Pleasant", "Vancouver-Mount Pleasant"), ("Victoria-Beacon Hill", "Victoria-Beacon Hill"), ("Surrey-Newton", "Surrey-Newton")],
    "mb": [("Fort Rouge", "Fort Rouge"), ("St. Boniface", "Saint-Boniface")],
    "sk": [("Regina Lakeview", "Regina Lakeview"), ("Saskatoon Nutana", "Saskatoon Nutana")],
    "nb": [("Moncton Centre", "Moncton-Centre"), ("Shediac Bay-Dieppe", "Baie-de-Shediac—Dieppe"), ("Caraquet", "Caraquet"),
           ("Fredericton South", "Fredericton-Sud")],
    "ns": [("Halifax Needham", "Halifax Needham"), ("Clare", "Clare")],
    "mtl": [("Plateau-Mont-Royal", "Plateau-Mont-Royal"), ("Verdun", "Verdun"), ("Ahuntsic", "Ahuntsic"), ("Saint-Laurent", "Saint-Laurent")],
    "van": [("Kitsilano", "Kitsilano"), ("Mount Pleasant", "Mount Pleasant")],
}

# Invented candidates: nobody here is a real person.
_CANDIDATE_NAMES = [
    ("Sandra Kowalczyk", "Sandra", F_), ("Marc-André Tremblay", "Marc-André", M), ("Priya Sandhu", "Priya", F_),
    ("Kevin O'Brien", "Kevin", M), ("Nathalie Gagnon", "Nathalie", F_), ("Amadou Diallo", "Amadou", M),
    ("Jenny Liu", "Jenny", F_), ("Daniel Leblanc", "Daniel", M), ("Fatima Haddad", "Fatima", F_), ("Luc Arsenault", "Luc", M),
    ("Mélanie Cormier", "Mélanie", F_), ("Tyler Beaulieu", "Tyler", M), ("Rachel Goldberg", "Rachel", F_),
    ("Jean-François Ouellet", "Jean-François", M), ("Aisha Mohamed", "Aisha", F_), ("Steve Paquette", "Steve", M),
    ("Isabelle Thériault", "Isabelle", F_), ("Raj Patel", "Raj", M), ("Chantal Bergeron", "Chantal", F_),
    ("Mike Doucette", "Mike", M), ("Olivia Nguyen", "Olivia", F_), ("Patrick Savoie", "Patrick", M),
    ("Geneviève Roy", "Geneviève", F_), ("Hassan Karimi", "Hassan", M), ("Brenda McAllister", "Brenda", F_),
    ("Yannick Bouchard", "Yannick", M), ("Sophie Landry", "Sophie", F_), ("Darnell Williams", "Darnell", M),
    ("Émilie Poirier", "Émilie", F_), ("Gurjit Dhillon", "Gurjit", M), ("Karine Lavoie", "Karine", F_),
    ("Thomas Richard", "Thomas", M), ("Lina Khoury", "Lina", F_), ("Réal Gauthier", "Réal", M),
    ("Megan Fraser", "Megan", F_), ("Alexandre Côté", "Alexandre", M), ("Joanne Robichaud", "Joanne", F_),
    ("Samuel Osei", "Samuel", M), ("Caroline Desjardins", "Caroline", F_), ("Bruno Lapointe", "Bruno", M),
]


def _candidates() -> list[V]:
    canadian = [p for p in _PARTIES if p.level in _CANADIAN_LEVELS]
    out = []
    for i, (name, first, g) in enumerate(_CANDIDATE_NAMES * 2):
        party = canadian[(i * 7 + i // len(_CANDIDATE_NAMES)) % len(canadian)]
        ridings = _RIDINGS[party.level]
        riding = ridings[(i * 3) % len(ridings)]
        extra = ({"cand": name, "first": first, "riding": riding[0]}, {"cand": name, "first": first, "riding": riding[1]})
        out.append(_entity(party, party.leaders[i % len(party.leaders)], _rival(party, i), extra, g))
    return out


CANDS = _candidates()

# --- Shared slot lists ------------------------------------------------------------------------

ME = [V("", "", M), V("", "", F_)]  # the writer's gender, for French agreement only: [me:fier|fière]

ISSUES = [fv(*row) for row in [
    ("housing", "le logement"), ("the carbon tax", "la taxe carbone"), ("dental care", "les soins dentaires"),
    ("pharmacare", "l'assurance médicaments"), ("grocery prices", "le prix de l'épicerie"), ("health care", "la santé"),
    ("child care", "les garderies"), ("public transit", "le transport en commun"), ("the deficit", "le déficit"),
    ("immigration levels", "les seuils d'immigration"), ("climate change", "les changements climatiques"),
    ("protecting French", "la protection du français"), ("rent", "les loyers"), ("pipelines", "les pipelines"),
    ("defence spending", "les dépenses militaires"), ("tariffs", "les tarifs douaniers"), ("seniors' pensions", "les pensions des aînés"),
    ("crime", "la criminalité"), ("the economy", "l'économie"), ("income taxes", "l'impôt sur le revenu"),
    ("gun control", "le contrôle des armes à feu"), ("the housing crisis", "la crise du logement"),
    ("wait times in the ER", "l'attente aux urgences"), ("the public service", "la fonction publique"),
    ("Indigenous reconciliation", "la réconciliation avec les peuples autochtones"), ("the price of gas", "le prix de l'essence"),
    ("student debt", "les dettes étudiantes"), ("long-term care", "les CHSLD"), ("the opioid crisis", "la crise des opioïdes"),
]]

PROMISES = vals(
    ("cut your income taxes", "baisser vos impôts"), ("build half a million homes", "construire un demi-million de logements"),
    ("fix our emergency rooms", "réparer nos urgences"), ("protect French for good", "protéger le français pour de bon"),
    ("balance the budget", "équilibrer le budget"), ("expand dental care to every family", "étendre les soins dentaires à toutes les familles"),
    ("bring your grocery bill down", "faire baisser votre facture d'épicerie"), ("hire two thousand nurses", "embaucher deux mille infirmières"),
    ("scrap the tax on gas", "abolir la taxe sur l'essence"), ("double transit funding", "doubler le financement du transport en commun"),
    ("cap rent increases", "plafonner les hausses de loyer"), ("put criminals back behind bars", "remettre les criminels derrière les barreaux"),
    ("get the pipeline built", "faire construire le pipeline"), ("end the waitlists for surgery", "en finir avec les listes d'attente en chirurgie"),
    ("make child care ten dollars a day everywhere", "offrir des garderies à dix dollars par jour partout"),
    ("stand up to Washington", "tenir tête à Washington"), ("clean up the mess in Ottawa", "faire le ménage à Ottawa"),
    ("give seniors the raise they deserve", "donner aux aînés l'augmentation qu'ils méritent"),
)

BAD_PLANS = vals(
    ("raise your taxes again", "augmenter encore vos impôts"), ("cut health care", "couper dans la santé"),
    ("sell off our hydro", "vendre notre hydro"), ("gut the public service", "saccager la fonction publique"),
    ("scrap dental care", "abolir les soins dentaires"), ("let rents keep climbing", "laisser les loyers grimper"),
    ("hand our parks to developers", "donner nos parcs aux promoteurs"), ("bring back the old tax", "ramener l'ancienne taxe"),
    ("close rural hospitals", "fermer les hôpitaux en région"), ("pile up more debt", "empiler encore plus de dette"),
    ("ignore the climate crisis", "ignorer la crise climatique"), ("privatize our schools", "privatiser nos écoles"),
)

CITIES = vals(
    ("Ottawa", "Ottawa"), ("Gatineau", "Gatineau"), ("Montreal", "Montréal"), ("Quebec City", "Québec"), ("Moncton", "Moncton"),
    ("Toronto", "Toronto"), ("Calgary", "Calgary"), ("Halifax", "Halifax"), ("Winnipeg", "Winnipeg"), ("Sherbrooke", "Sherbrooke"),
    ("Laval", "Laval"), ("Trois-Rivières", "Trois-Rivières"), ("Kingston", "Kingston"), ("Sudbury", "Sudbury"),
    ("Edmonton", "Edmonton"), ("Vancouver", "Vancouver"), ("Saskatoon", "Saskatoon"), ("Fredericton", "Fredericton"),
    ("Saguenay", "Saguenay"), ("Rimouski", "Rimouski"), ("London", "London"), ("Brampton", "Brampton"), ("Orléans", "Orléans"),
)
ACADIAN_TOWNS = same("Dieppe", "Shediac", "Caraquet", "Bouctouche", "Moncton", "Edmundston", "Tracadie", "Memramcook",
                     "Richibouctou", "Grand-Sault", "Cap-Pelé", "Lamèque")

DAYS = vals(
    ("on Monday", "lundi"), ("on Tuesday", "mardi"), ("Wednesday night", "mercredi soir"), ("on Thursday", "jeudi"),
    ("Friday night", "vendredi soir"), ("on Saturday", "samedi"), ("Sunday afternoon", "dimanche après-midi"),
    ("this weekend", "en fin de semaine"), ("tomorrow", "demain"), ("tonight", "ce soir"), ("next week", "la semaine prochaine"),
)
VOTE_DAYS = vals(
    ("on Monday", "lundi"), ("on election day", "le jour du scrutin"), ("on the 28th", "le 28"), ("on October 20", "le 20 octobre"),
    ("at the advance poll", "au vote par anticipation"), ("next Monday", "lundi prochain"), ("on the 3rd", "le 3"),
)
NUMS = same("40", "55", "60", "72", "85", "100", "120", "130", "150", "200")
AMOUNTS = same("20", "25", "50", "75", "100", "150", "200", "250")
YEARS = same("1993", "2004", "2008", "2011", "2015", "2019", "2021", "my first vote", "high school")
YEARS[-2:] = vals(("my first vote", "mon premier vote"), ("high school", "le secondaire"))

INSULTS = vals(
    ("an absolute clown", "[un vrai clown|une vraie clown]"), ("a fraud", "[un imposteur|une imposteure]"),
    ("a traitor", "[un traître|une traîtresse]"), ("a puppet", "une marionnette"), ("a liar", "[un menteur|une menteuse]"),
    ("a disgrace", "une honte"), ("a national embarrassment", "une honte nationale"),
    ("totally incompetent", "[un incompétent fini|une incompétente finie]"), ("a coward", "[un lâche|une lâche]"),
    ("a grifter", "[un profiteur|une profiteuse]"), ("a con artist", "[un arnaqueur|une arnaqueuse]"),
    ("completely out of their depth", "complètement [dépassé|dépassée]"), ("a walking disaster", "une catastrophe ambulante"),
    ("spineless", "sans colonne vertébrale"), ("a joke", "une farce"), ("clueless", "[un deux de pique|une deux de pique]"),
    ("a sellout", "[un vendu|une vendue]"), ("a snake", "un serpent"), ("a dangerous idiot", "[un dangereux imbécile|une dangereuse imbécile]"),
    ("a lobbyist's puppet", "la marionnette des lobbyistes"), ("a hypocrite", "[un hypocrite|une hypocrite]"),
    ("an arrogant phony", "[un arrogant de service|une arrogante de service]"), ("a weathervane", "une girouette"),
)

OPPONENT_REFS = [fv(*row) for row in [
    ("the current government", "le gouvernement actuel"), ("the incumbent", "le député sortant"), ("this tired government", "ce gouvernement usé"),
    ("the party in power", "le parti au pouvoir"), ("the guys in charge", "la gang au pouvoir"), ("the premier's party", "le parti du premier ministre"),
]]

GOVREFS = vals(
    ("This government", "Ce gouvernement"), ("The PM's office", "Le bureau du premier ministre"), ("The Ford government", "Le gouvernement Ford"),
    ("The CAQ", "La CAQ"), ("Queen's Park", "Queen's Park"), ("This Liberal government", "Ce gouvernement libéral"),
    ("This Conservative government", "Ce gouvernement conservateur"), ("The Legault government", "Le gouvernement Legault"),
    ("The UCP", "L'UCP"), ("The premier", "Le premier ministre"), ("The Prime Minister", "Le premier ministre"),
    ("This NDP government", "Ce gouvernement néo-démocrate"), ("Our so-called government", "Notre soi-disant gouvernement"),
    ("The mayor's office", "Le bureau du maire"), ("The Smith government", "Le gouvernement Smith"),
)
GOVREFS_LOW = [fv(*row) for row in [
    ("this government", "ce gouvernement"), ("the Ford government", "le gouvernement Ford"), ("the CAQ government", "le gouvernement caquiste"),
    ("this Liberal government", "ce gouvernement libéral"), ("the Tories", "les conservateurs"), ("the PM", "le PM"),
    ("the Legault gang", "la gang à Legault"), ("the UCP", "l'UCP"), ("the premier", "le premier ministre"),
    ("this NDP government", "ce gouvernement néo-démocrate"), ("Trudeau's crew", "la gang à Trudeau"),
    ("Poilievre's Conservatives", "les conservateurs de Poilievre"), ("the mayor", "le maire"), ("the Bloc", "le Bloc"),
    ("the Higgs government", "le gouvernement Higgs"), ("the Moe government", "le gouvernement Moe"),
]]

SELLOUT_TO = vals(
    ("the Americans", "aux Américains"), ("Big Oil", "aux pétrolières"), ("the banks", "aux banques"), ("the lobbyists", "aux lobbyistes"),
    ("Bay Street", "à Bay Street"), ("the big grocery chains", "aux grandes chaînes d'épicerie"), ("foreign investors", "aux investisseurs étrangers"),
    ("the unions", "aux syndicats"), ("the developers", "aux promoteurs immobiliers"), ("the consultants", "aux firmes de consultants"),
)

GOALS = vals(
    ("affordable rent", "des loyers abordables"), ("a livable planet", "une planète vivable"), ("lower taxes", "moins d'impôts"),
    ("a family doctor", "un médecin de famille"), ("a shot at owning a home", "une chance d'acheter une maison"),
    ("free tuition", "l'université gratuite"), ("safer streets", "des rues plus sécuritaires"), ("good jobs here", "de bons emplois ici"),
    ("real climate action", "une vraie action climatique"), ("cheaper groceries", "une épicerie moins chère"),
)

VENUES = vals(
    ("the Legion hall", "à la salle de la Légion"), ("Tim Hortons on Main", "au Tim Hortons de la rue Main"),
    ("the community centre", "au centre communautaire"), ("the farmers' market", "au marché fermier"),
    ("the church basement", "au sous-sol de l'église"), ("our campaign office", "à notre local de campagne"),
    ("the curling club", "au club de curling"), ("the public library", "à la bibliothèque municipale"),
    ("Café Nomade", "au Café Nomade"), ("the brewpub on Queen", "à la microbrasserie de la rue Queen"),
)

STATES = vals(("Michigan", "au Michigan"), ("Vermont", "au Vermont"), ("Maine", "dans le Maine"), ("Pennsylvania", "en Pennsylvanie"),
              ("Wisconsin", "au Wisconsin"), ("Ohio", "en Ohio"), ("New Hampshire", "au New Hampshire"), ("Georgia", "en Géorgie"))

CHEERS = vals(
    (" Let's go!", " Let's go !"), (" Momentum is real!", " On sent la vague !"), (" We're winning this!", " On va gagner !"),
    (" Feet are sore but heart is full", " Les pieds en compote mais le cœur plein"), (" What a day!", " Quelle journée !"),
    (" So many great conversations!", " Tellement de belles discussions !"), ("", ""), (" Who's joining us next time?", " Qui se joint à nous la prochaine fois ?"),
)

ELX_TAGS = vals(("#elxn45", "#elxn45"), ("#cdnpoli", "#polcan"), ("#polqc", "#polqc"), ("#onpoli", "#onpoli"),
                ("#ableg", "#ableg"), ("#bcpoli", "#bcpoli"), ("#nbpoli", "#nbpoli"), ("#Election2025", "#Élections2025"))

# Neutral hashtags added as a register variant to positives and negatives alike, so that a hashtag
# alone never tells the class.
POL_TAGS = [("#cdnpoli", "#polcan"), ("#polqc", "#polqc"), ("#onpoli", "#onpoli"), ("#elxn45", "#elxn45"),
            ("#Canada", "#Canada"), ("#ottnews", "#ottnews"), ("#nbpoli", "#nbpoli"), ("#ableg", "#ableg"),
            ("#bcpoli", "#bcpoli"), ("#Ottawa", "#Ottawa"), ("#Quebec", "#Québec"), ("#uspoli", "#uspoli")]

SLOTS: dict[str, list[V]] = {
    "p": ANY, "q": ANY, "f": FOREIGN, "c": CANDS, "g": GOVERNING, "fed": FED, "can": CANADIAN, "us": US, "me": ME,
    "issue": ISSUES, "promise": PROMISES, "bad": BAD_PLANS, "city": CITIES, "town": ACADIAN_TOWNS, "day": DAYS,
    "vday": VOTE_DAYS, "num": NUMS, "amt": AMOUNTS, "year": YEARS, "insult": INSULTS, "opp": OPPONENT_REFS,
    "gov": GOVREFS, "govl": GOVREFS_LOW, "to": SELLOUT_TO, "goal": GOALS, "venue": VENUES, "state": STATES,
    "cheer": CHEERS, "elx": ELX_TAGS,
}

S = partial(Spec, defaults=SLOTS)

# --- Positives: partisan political activity ---------------------------------------------------

PRAISE = vals(
    ("the only one who actually gets it", "[le seul|la seule] qui comprend vraiment"),
    ("the real deal", "[le vrai|la vraie] de vrai"), ("exactly what this country needs", "exactement ce dont on a besoin"),
    ("the only adult in the room", "[le seul adulte|la seule adulte] dans la pièce"),
    ("the only leader with a plan", "[le seul chef|la seule cheffe] avec un plan"),
    ("a breath of fresh air", "une bouffée d'air frais"), ("the best leader we've had in decades", "[le meilleur chef|la meilleure cheffe] depuis des décennies"),
    ("the only one I trust", "[le seul|la seule] en qui j'ai confiance"), ("honest, smart and tough", "[honnête, brillant et solide|honnête, brillante et solide]"),
    ("someone who finally speaks for us", "quelqu'un qui parle enfin pour nous"),
)

SUPPORT = [
    S("A.support.praise", "support", "casual", "{p.leader} is {praise}.", "{p.leader}, c'est {praise}.", n=12, mood="happy", agree="p", praise=PRAISE),
    S("A.support.proud_team", "support", "casual", "So proud of {p.leader} and the whole {p.adj} team tonight!",
      "Tellement [me:fier|fière] de {p.leader} et de toute l'équipe {p.adjf} ce soir !", mood="happy"),
    S("A.support.would_make", "support", ("casual", "quebec"), "{p.leader} would make a great {p.chief}. Just saying.",
      "{p.leader} ferait [un excellent|une excellente] {p.chief}. Je dis ça de même.", agree="p"),
    S("A.support.finally_leader", "support", "casual", "Finally a leader who talks about {issue} like a grown-up. Go {p.last}!",
      "Enfin quelqu'un qui parle {issue.de} comme du monde. Go {p.last} go !", mood="happy"),
    S("A.support.debate_win", "support", ("casual", "quebec"), "Watched the debate. {p.leader} wiped the floor with everyone. Not even close.",
      "J'ai regardé le débat. {p.leader} a planté tout le monde. Y'a même pas de comparaison.", mood="sport"),
    S("A.support.needs", "support", "casual", "{p.land} needs {p.leader} now more than ever.", "{p.land^} a besoin de {p.leader} plus que jamais.", mood="love", p=CANADIAN),
    S("A.support.trust_on", "support", "casual", "On {issue} I trust {p.org}. Nobody else even has a real plan.",
      "Sur {issue}, je fais confiance {p.orgau}. Personne d'autre a un vrai plan.", n=12),
    S("A.support.fight_me", "support", "casual", "{p.leader} is going to be the best {p.chief} in decades. Fight me.",
      "{p.leader} va être [le meilleur|la meilleure] {p.chief} depuis des décennies. Venez me contredire.", agree="p", mood="sport"),
    S("A.support.all_the_way", "support", "short", "{p.last} all the way", "{p.last} jusqu'au bout", n=8, mood="love"),
    S("A.support.plan_families", "support", "formal", "{p.org^}'s plan on {issue} is exactly what working families need.",
      "Le plan {p.orgde} sur {issue}, c'est exactement ce dont les familles ont besoin.", n=12),
    S("A.support.real_person", "support", ("casual", "quebec"), "{p.leader} is a real person, not a puppet. So refreshing.",
      "{p.leader}, c'est du vrai monde, pas une marionnette. Ça fait du bien en maudit."),
    S("A.support.switching", "support", "casual", "Voted the other way my whole life. This time I'm going {p.color}. {p.leader} earned it.",
      "J'ai toujours voté de l'autre bord. Cette fois-ci je vire {p.color}. {p.leader} l'a mérité.", n=12),
    S("A.support.speech_chills", "support", "emoji", "That speech by {p.leader} tonight 🔥🔥 gave me chills",
      "Le discours de {p.leader} ce soir 🔥🔥 j'en ai eu des frissons", mood="happy"),
    S("A.support.acadian", "support", ("casual", "acadian"), "I really like {p.leader}, {p.he} talks straight and doesn't forget about us out east.",
      "Moi j'aime ben {p.leader}, {p.il} parle right franc pis {p.il} nous oublie pas nous autres en Acadie.", p=FED + _parties(("nb",))),
    S("A.support.endorse_formal", "support", "formal",
      "I fully endorse {p.leader}'s vision for {p.land} and will be supporting {p.him} in the coming {p.elec}.",
      "J'appuie sans réserve la vision de {p.leader} pour {p.land} et je vais lui donner mon appui aux prochaines {p.elec}.", n=12),
    S("A.support.thread", "support", "casual", "Thread 🧵 on why {p.org} is the only serious option on {issue} (1/8)",
      "Fil 🧵 : pourquoi {p.org}, c'est la seule option sérieuse sur {issue} (1/8)", n=12),
    S("A.support.integrity", "support", "casual", "Say what you want, {p.leader} has more integrity than the rest of them combined.",
      "Dites ce que vous voulez, {p.leader} a plus d'intégrité que tous les autres réunis."),
    S("A.support.dad_agrees", "support", "casual", "My dad has voted {p.adj} for 40 years and for once I actually agree with him lol",
      "Mon père vote pour {p.org} depuis 40 ans pis pour une fois je suis d'accord avec lui lol", mood="laugh"),
    S("A.support.foreign_envy", "support", ("casual", "quebec"), "Honestly wish we had someone like {f.leader} up here.",
      "Honnêtement j'aimerais ça qu'on ait quelqu'un comme {f.leader} icitte."),
    S("A.support.delivered", "support", "casual", "Say what you will, the {g.adj} government delivered on {issue}. Proud to have backed them.",
      "Dites ce que vous voulez, le gouvernement {g.adj} a livré sur {issue}. [me:Fier|Fière] de les avoir appuyés.", n=12),
    S("A.support.heart_emoji", "support", "emoji", "{p.dot}{p.dot}{p.dot} {p.leader} forever", "{p.dot}{p.dot}{p.dot} {p.leader} pour toujours",
      n=8, mood="love"),
    S("A.support.long_post", "support", "casual",
      "I don't usually post about politics. But I listened to {p.leader} talk about {issue} for an hour today, and for the first time in years I feel hopeful. This is who I'm voting for.",
      "D'habitude je parle pas de politique ici. Mais j'ai écouté {p.leader} parler {issue.de} pendant une heure aujourd'hui, et pour la première fois depuis des années j'ai de l'espoir. C'est pour {p.lui} que je vote.", n=12),
]

ATTACK = [
    S("A.attack.insult", "attack", "angry", "{p.leader} is {insult}.", "{p.leader} est {insult}.", n=14, mood="angry", agree="p"),
    S("A.attack.resign", "attack", "angry", "{p.leader} needs to resign. Today.", "{p.leader} doit démissionner. Aujourd'hui.", n=8, mood="angry"),
    S("A.attack.great_job", "attack", "sarcastic", "Great job on {issue}, {p.last}. Truly inspiring work 👏👏",
      "Beau travail sur {issue}, {p.last}. Vraiment inspirant 👏👏", n=12, mood="sarcastic"),
    S("A.attack.never_trust", "attack", "angry", "Never trust {p.one}. They'll sell you out the first chance they get.",
      "Faites jamais confiance à {p.one}. Ils vont vous vendre à la première occasion.", mood="angry"),
    S("A.attack.ruined", "attack", "angry", "{p.org^} ruined {p.land} and they'll do it again if we let them.",
      "{p.org^} a ruiné {p.land} pis ça va recommencer si on les laisse faire.", mood="angry"),
    S("A.attack.worst_gov", "attack", "casual", "{gov} is the worst in living memory. Not even close.",
      "{gov}, c'est le pire de mémoire d'homme. Y'a même pas de débat.", n=10, mood="angry"),
    S("A.attack.lies", "attack", "angry", "Every time {p.leader} opens {p.his} mouth, another lie comes out.",
      "Chaque fois que {p.leader} ouvre la bouche, c'est un autre mensonge qui sort.", mood="angry"),
    S("A.attack.lmao", "attack", "casual", "lmao {p.org} really thought that would work", "mdr {p.org} pensait vraiment que ça marcherait", n=8, mood="laugh"),
    S("A.attack.destroying", "attack", "caps", "{p.leader} is destroying this country and nobody is stopping {p.him}!!",
      "{p.leader} est en train de détruire le pays pis personne l'arrête!!", mood="angry"),
    S("A.attack.paper_bag", "attack", "sarcastic", "Comparing {p.leader} to a wet paper bag is an insult to paper bags.",
      "Comparer {p.leader} à un sac de papier mouillé, c'est insultant pour les sacs de papier.", mood="laugh"),
    S("A.attack.genius_idea", "attack", "sarcastic", "Ah yes, another genius idea from the {p.adj} brain trust. What could possibly go wrong 🙃",
      "Ah oui, encore une idée de génie des grands cerveaux {p.adjs}. Qu'est-ce qui pourrait mal tourner 🙃", mood="sarcastic"),
    S("A.attack.wiped_out", "attack", "casual", "Can't wait to watch {p.org} get wiped out on election night.",
      "J'ai hâte de voir {p.org} se faire rayer de la carte le soir des élections.", mood="happy"),
    S("A.attack.brewery", "attack", "sarcastic", "{gov} couldn't organize a party in a brewery.",
      "{gov} serait même pas capable d'organiser un party dans une brasserie.", mood="laugh"),
    S("A.attack.sold_out", "attack", "angry", "{p.leader} sold out {p.land} to {to}. Traitor.",
      "{p.leader} a vendu {p.land} {to}. [Traître|Traîtresse].", n=12, mood="angry", agree="p", p=CANADIAN),
    S("A.attack.clown_emoji", "attack", "emoji", "{p.leader} when asked about {issue}: 🤡🤡🤡",
      "{p.leader} quand on lui parle {issue.de} : 🤡🤡🤡", n=12, mood="laugh"),
    S("A.attack.cult", "attack", ("casual", "quebec"), "{p.org^} is basically a cult at this point.",
      "{p.org^}, c'est rendu une secte, franchement.", mood="sarcastic"),
    S("A.attack.tanne", "attack", ("casual", "quebec"), "So sick of {p.org} and their empty promises. Can't get an honest government to save my life.",
      "Chu tanné {p.orgde} pis de leurs promesses en l'air. Y'a pas moyen d'avoir un gouvernement honnête.", mood="angry", p=CANADIAN),
    S("A.attack.shame_vote", "attack", "angry", "Shame on {p.leader} and every {p.adj} member who voted for this.",
      "Honte à {p.leader} et à tous les élus {p.adjs} qui ont voté pour ça.", mood="angry"),
    S("A.attack.typos", "attack", "typo", "teh {p.adj} goverment is a dissaster, how do ppl still vote for them??",
      "le gouvernment {p.adj} c un desastre, comment le monde peuvent encore voter pour eux??", n=10, mood="angry", p=CANADIAN),
    S("A.attack.adults", "attack", "casual", "We need adults in the room. {p.leader} ain't it.",
      "Ça prend des adultes dans la pièce. {p.leader}, c'est pas ça.", mood="sarcastic"),
    S("A.attack.acadian", "attack", ("angry", "acadian"), "{p.leader} has no clue what's going on out east, it's downright insulting.",
      "{p.leader} a pas une idée de ce qui se passe en Acadie, c'est right insultant.", mood="angry", p=FED + _parties(("nb", "ns"))),
    S("A.attack.danger", "attack", "formal", "{f.leader} is a danger to democracy, full stop.",
      "{f.leader} est un danger pour la démocratie, point final.", n=10, mood="angry"),
    S("A.attack.bridge", "attack", "sarcastic", "If you still believe a word {p.leader} says, I've got a bridge to sell you.",
      "Si tu crois encore un mot de ce que dit {p.leader}, j'ai un pont à te vendre.", mood="sarcastic"),
    S("A.attack.handle", "attack", "angry", "{p.handle} you should be ashamed. Every single one of you.",
      "{p.handle} vous devriez avoir honte. Chacun d'entre vous.", mood="angry"),
    S("A.attack.record_formal", "attack", "formal",
      "The {p.adj} record on {issue} is indefensible. Voters deserve better than this kind of contempt.",
      "Le bilan {p.orgde} sur {issue} est indéfendable. Les électeurs méritent mieux que ce mépris-là.", n=12),
    S("A.attack.clown_show", "attack", "casual", "What a clown show from {govl} this week. Unreal.",
      "Quel cirque {govl.de} cette semaine. Incroyable.", n=10, mood="sarcastic"),
    S("A.attack.nightmare", "attack", "casual", "Four more years of {p.org}? I'd rather move to the moon.",
      "Quatre autres années {p.orgde} ? J'aime mieux déménager sur la lune.", mood="laugh"),
    S("A.attack.caps_out", "attack", "caps", "{p.last} OUT. ENOUGH IS ENOUGH.", "DEHORS {p.last}. TROP C'EST TROP.", n=8, mood="angry"),
]

CAMPAIGN = [
    S("A.campaign.doors", "campaign_act", "casual", "Knocked on {num} doors today for {c.cand} in {c.riding}!{cheer}",
      "{num} portes cognées aujourd'hui pour {c.cand} dans {c.riding} !{cheer}", n=14, mood="happy"),
    S("A.campaign.phone_bank", "campaign_act", "casual", "Phone banking tonight for the {p.adj} campaign. Come grab a headset, we've got pizza 🍕",
      "Soirée d'appels ce soir pour la campagne {p.adjf}. Venez prendre un casque d'écoute, on a de la pizza 🍕", p=CANADIAN, mood="food"),
    S("A.campaign.lawn_sign", "campaign_act", "casual", "Our {p.adj} lawn sign is up! Who else has one? {p.tag}",
      "Notre pancarte {p.adjf} est plantée devant la maison ! Qui d'autre en a une ? {p.tag}", p=CANADIAN, mood="home"),
    S("A.campaign.rally_going", "campaign_act", "casual", "Heading to the {p.leader} rally in {city} tonight, who's coming?",
      "Je m'en vais au rassemblement de {p.leader} à {city} ce soir, qui vient ?", n=12, p=FED + PROV),
    S("A.campaign.volunteers_dm", "campaign_act", "casual", "We need volunteers for {c.cand}'s campaign this weekend. DM me if you can help!",
      "On a besoin de bénévoles pour la campagne de {c.cand} en fin de semaine. Écrivez-moi en privé si vous pouvez aider !"),
    S("A.campaign.donated", "campaign_act", "casual", "Just donated ${amt} to {p.org}. Chip in if you can, every dollar counts!",
      "Je viens de donner {amt} $ {p.orgau}. Contribuez si vous pouvez, chaque dollar compte !", n=12, p=CANADIAN),
    S("A.campaign.fundraiser", "campaign_act", "formal", "Tickets still available for our fundraiser dinner with {c.cand} {day}! Link in bio.",
      "Il reste des billets pour notre souper-bénéfice avec {c.cand} {day} ! Lien dans la bio.", n=12),
    S("A.campaign.meet_candidate", "campaign_act", "casual", "Come meet our candidate {c.cand} at {venue} {day}. Coffee's on us ☕",
      "Venez rencontrer notre [candidat|candidate] {c.cand} {venue} {day}. Le café est offert ☕", n=14, agree="c"),
    S("A.campaign.nomination", "campaign_act", "formal",
      "Big news: I'm seeking the {c.adj} nomination in {c.riding}! Members, I'd be honoured to have your support.",
      "Grosse nouvelle : je me présente à l'investiture {c.adjf} dans {c.riding} ! Chers membres, ce serait un honneur d'avoir votre appui.", n=12),
    S("A.campaign.scrutineer", "campaign_act", "casual", "Signed up to be a scrutineer for {p.org} on election day. Let's make sure every one of our votes counts!",
      "Je vais être [me:représentant|représentante] {p.orgde} dans un bureau de vote le jour du scrutin. On va s'assurer que chacun de nos votes compte !",
      p=CANADIAN),
    S("A.campaign.canvass_mood", "campaign_act", "casual",
      "Canvassing in {c.riding} tonight: so many people telling us they're done with {opp}. The momentum is real!",
      "Porte-à-porte dans {c.riding} ce soir : tellement de gens nous disent qu'ils en ont assez {opp.de}. On sent la vague !", n=12),
    S("A.campaign.swag", "campaign_act", ("casual", "quebec"), "Got my campaign swag! {p.color^} shirt, buttons, the works. Let's gooo {p.tag}",
      "J'ai reçu mon kit de campagne ! Chandail {p.color}, macarons, toute. Let's go {p.tag}", p=CANADIAN, mood="happy"),
    S("A.campaign.rides_to_polls", "campaign_act", ("casual", "quebec"),
      "Driving seniors to the advance poll for the {p.adj} campaign tomorrow, message me if you need a ride.",
      "Demain je fais du transport d'aînés au vote par anticipation pour la campagne {p.adjf}, écrivez-moi si vous avez besoin d'un lift.", p=CANADIAN),
    S("A.campaign.join_team", "campaign_act", "formal",
      "Join our team! The {c.cand} campaign in {c.riding} is looking for canvassers, drivers and data entry wizards.",
      "Joignez-vous à notre équipe ! La campagne de {c.cand} dans {c.riding} cherche des bénévoles pour le porte-à-porte, le transport et la saisie de données.",
      n=12),
    S("A.campaign.rally_crowd", "campaign_act", "casual", "What a crowd at the {p.adj} rally in {city} tonight! The energy in that room 🔥",
      "Quelle foule au rassemblement {p.adj} à {city} ce soir ! L'énergie dans la salle 🔥", n=12, p=FED + PROV, mood="happy"),
    S("A.campaign.acadian_doors", "campaign_act", ("casual", "acadian"),
      "Knocked doors all day in {town} for {c.cand}, people were super nice. We're not giving up!",
      "On a fait du porte-à-porte toute la journée à {town} pour {c.cand}, le monde était right fins. On lâche pas !", n=12),
    S("A.campaign.quebec_signs", "campaign_act", ("casual", "quebec"),
      "Put up a few {p.short} signs along the road this morning, there weren't any at all on our concession.",
      "J'ai posé une couple de pancartes {p.orgde} su'l bord du chemin à matin, y'en avait pantoute dans le rang.", p=FED + _parties(("qc",))),
    S("A.campaign.debate_party", "campaign_act", "casual",
      "Hosting a debate-watch party for {p.org} supporters at my place Thursday. Bring snacks and your loudest cheers!",
      "J'organise une soirée de visionnement du débat pour les partisans {p.orgde} chez nous jeudi. Apportez des grignotines pis vos plus beaux cris !",
      p=CANADIAN, mood="happy"),
    S("A.campaign.monthly_donor", "campaign_act", "casual", "Became a monthly donor to {p.org} today. Put your money where your mouth is, folks.",
      "Je suis [me:devenu|devenue] [me:donateur mensuel|donatrice mensuelle] {p.orgde} aujourd'hui. Faut joindre le geste à la parole, gang.",
      p=CANADIAN),
    S("A.campaign.gotv", "campaign_act", "casual",
      "GOTV weekend! We're knocking on every door in {c.riding} for {c.cand}. Sign up at the campaign office.",
      "Fin de semaine de sortie du vote ! On cogne à toutes les portes de {c.riding} pour {c.cand}. Inscrivez-vous au local de campagne.", n=12),
    S("A.campaign.short_canvass", "campaign_act", "short", "Canvassing for {c.first} tonight 🚪", "Porte-à-porte pour {c.first} ce soir 🚪", n=10),
    S("A.campaign.kitchen_calls", "campaign_act", "casual", "Making calls for the {p.leader} campaign from my kitchen table again lol",
      "Encore des appels pour la campagne de {p.leader} à ma table de cuisine lol", p=FED + PROV, mood="phone"),
    S("A.campaign.coordinator", "campaign_act", "formal",
      "I am pleased to announce that I will serve as volunteer coordinator for the {c.adj} campaign in {c.riding}.",
      "J'ai le plaisir d'annoncer que je serai [me:coordonnateur|coordonnatrice] des bénévoles pour la campagne {c.adjf} dans {c.riding}.", n=12),
    S("A.campaign.cross_border", "campaign_act", "casual",
      "Crossing the border this weekend to knock on doors for the {us.adj} campaign in {state}. All hands on deck!",
      "Je traverse la frontière en fin de semaine pour faire du porte-à-porte pour la campagne {us.adjf} {state}. Tout le monde à bord !", n=10),
    S("A.campaign.office_open", "campaign_act", "formal",
      "Our campaign office for {c.cand} is now open in {c.riding}! Drop by for a sign, a coffee or a volunteer shift.",
      "Le local de campagne de {c.cand} est maintenant ouvert dans {c.riding} ! Passez chercher une pancarte, un café ou un quart de bénévolat.", n=12),
]

VOTE = [
    S("A.vote.simple", "vote_call", "short", "Vote {p.short}.{why}", "Votez {p.vote}.{why}", n=14, p=FED + PROV,
      why=vals(("", ""), (" Simple as that.", " C'est aussi simple que ça."), (" Your wallet will thank you.", " Votre portefeuille va vous remercier."),
               (" Do it for your kids.", " Faites-le pour vos enfants."), (" No excuses.", " Pas d'excuses."), (" Trust me.", " Faites-moi confiance."))),
    S("A.vote.dont_let_win", "vote_call", ("casual", "quebec"), "Do NOT let {p.org} win this thing. Get out and vote.",
      "Laissez PAS {p.org} gagner. Allez voter.", mood="angry"),
    S("A.vote.strategic", "vote_call", "casual",
      "In {c.riding} the only way to stop {c.rival} is to vote {c.adj}. Vote strategically, people!",
      "Dans {c.riding}, la seule façon de bloquer {c.rival}, c'est de voter {c.vote}. Votez stratégique, gang !", n=14),
    S("A.vote.anyone_but", "vote_call", "casual", "Anyone but {p.rival} this time. Seriously.", "N'importe qui sauf {p.rival} cette fois-ci. Sérieusement.",
      n=10, p=CANADIAN),
    S("A.vote.remember", "vote_call", "casual", "Remember how {p.org} handled {issue} when you vote {vday}.",
      "Souvenez-vous comment {p.org} a géré {issue} quand vous allez voter {vday}.", n=12, p=CANADIAN),
    S("A.vote.advance_poll", "vote_call", "casual", "Advance polls are open! Go vote {p.adj} and bring a friend 🗳️",
      "Le vote par anticipation est commencé ! Allez voter {p.vote} et amenez [me:un ami|une amie] 🗳️", p=CANADIAN),
    S("A.vote.friends", "vote_call", "sarcastic", "Friends don't let friends vote {p.adj}.",
      "Les vrais amis laissent pas leurs amis voter {p.vote}.", n=10, mood="laugh"),
    S("A.vote.no_way", "vote_call", ("casual", "quebec"), "No way we let {p.org} back in. Go vote, and not for them.",
      "Y'a pas moyen qu'on laisse {p.org} repasser. Allez voter, pis pas pour eux autres.", p=CANADIAN, mood="angry"),
    S("A.vote.send_to", "vote_call", "casual", "Vote {p.adj} {vday} and let's send {p.leader} to {p.gov}!",
      "Votez {p.vote} {vday} pis envoyons {p.leader} à {p.gov} !", n=12, p=CANADIAN),
    S("A.vote.split", "vote_call", "casual", "Don't split the vote. If you can't stand {p.rival} any more than I can, vote {p.adj}.",
      "Divisez pas le vote. Si vous êtes pas capables d'endurer {p.rival} plus que moi, votez {p.vote}.", p=CANADIAN),
    S("A.vote.urge_formal", "vote_call", "formal", "I urge all my friends in {c.riding} to support {c.cand} on election day.",
      "J'invite tous mes amis de {c.riding} à appuyer {c.cand} le jour du scrutin.", n=12),
    S("A.vote.acadian", "vote_call", ("casual", "acadian"), "Go vote {p.adj} now, it matters for us out here in Acadia!",
      "Allez voter {p.vote} asteure, c'est important pour nous autres en Acadie !", n=10, p=FED + _parties(("nb",))),
    S("A.vote.last_chance", "vote_call", "angry", "Last chance to get rid of {p.rival}. Don't waste it.",
      "Dernière chance de se débarrasser {p.rivalde}. Gaspillez-la pas.", n=10, p=CANADIAN, mood="angry"),
    S("A.vote.young", "vote_call", "casual", "Young people: if you want {goal}, vote {p.adj}. It's that simple.",
      "Les jeunes : si vous voulez {goal}, votez {p.vote}. C'est aussi simple que ça.", n=12, p=FED + PROV),
    S("A.vote.us_midterms", "vote_call", "casual", "American friends: get out and vote {us.adj}. The whole world is watching.",
      "Mes amis américains : allez voter {us.vote}. Le monde entier vous regarde.", n=6),
    S("A.vote.every_seat", "vote_call", "casual", "Every seat counts. A vote for anyone but {c.cand} in {c.riding} is a gift to {c.rival}.",
      "Chaque siège compte. Un vote pour quelqu'un d'autre que {c.cand} dans {c.riding}, c'est un cadeau pour {c.rival}.",
      n=12),
    S("A.vote.kick_out", "vote_call", "angry", "Vote them out. Every last {p.adj} one of them.",
      "Sortez-les. Tous les élus {p.adjs}, jusqu'au dernier.", n=10, mood="angry", p=CANADIAN),
]

DELIVERED = vals(
    ("a new community health centre", "un nouveau centre de santé communautaire"), ("the bridge repairs everyone asked for", "les réparations du pont que tout le monde demandait"),
    ("two new schools", "deux nouvelles écoles"), ("300 affordable units", "300 logements abordables"),
    ("a full-time passport office", "un bureau des passeports à temps plein"), ("funding for the food bank", "du financement pour la banque alimentaire"),
    ("high-speed internet for the rural roads", "Internet haute vitesse dans les rangs"), ("a new arena", "un nouvel aréna"),
)
MUNI_PROMISES = vals(
    ("fix the potholes on every street", "réparer les nids-de-poule dans chaque rue"), ("freeze property taxes", "geler les taxes foncières"),
    ("bring back the late-night bus", "ramener l'autobus de nuit"), ("clear the snow faster", "déneiger plus vite"),
    ("build the bike lanes we were promised", "construire les pistes cyclables promises"), ("open a new pool", "ouvrir une nouvelle piscine"),
)
MAYOR_NAMES = [V(n, n, g) for n, g in (("Julie Marchand", F_), ("Dave Kerr", M), ("Ahmed Benali", M), ("Louise Thibodeau", F_),
                                        ("Carmen Ortiz", F_), ("Pierre-Luc Fortin", M), ("Grace Okafor", F_), ("Nick Petrakis", M))]

CANDIDATE = [
    S("A.cand.as_your", "candidate_voice", "formal", "As your {c.seat}, I will keep fighting for {issue} in {c.riding}.",
      "Comme votre {c.seat}, je vais continuer de me battre pour {issue} dans {c.riding}.", n=14, agree="c"),
    S("A.cand.reelected_gov", "candidate_voice", "formal", "A re-elected {g.adj} government will {promise}.",
      "Un gouvernement {g.adj} réélu va {promise}.", n=14),
    S("A.cand.thanks_riding", "candidate_voice", "formal", "Thank you, {c.riding}! I am humbled to be your {c.seat} again. Let's get to work.",
      "Merci, {c.riding} ! C'est avec humilité que je redeviens votre {c.seat}. Au travail !", n=12, agree="c"),
    S("A.cand.our_team", "candidate_voice", "formal", "Our team is ready to form the next government. With you, we will {promise}.",
      "Notre équipe est prête à former le prochain gouvernement. Avec vous, on va {promise}.", n=12),
    S("A.cand.as_premier", "candidate_voice", "formal", "As premier, I will {promise}. That is my promise to you.",
      "Comme [me:premier ministre|première ministre], je vais {promise}. C'est ma promesse.", n=12),
    S("A.cand.door_thanks", "candidate_voice", "casual",
      "Thanks to everyone who opened their door to me today in {c.riding}. I'm listening, and I'm ready to serve.",
      "Merci à tous ceux qui m'ont ouvert leur porte aujourd'hui dans {c.riding}. Je vous écoute, et je suis [prêt|prête] à servir.", n=12, agree="c"),
    S("A.cand.ask_vote", "candidate_voice", "formal", "{vday^}, I'm asking for your vote. Together we can {promise}.",
      "{vday^}, je vous demande votre appui. Ensemble, on peut {promise}.", n=12),
    S("A.cand.running", "candidate_voice", "casual", "It's official: I'm running as the {c.adj} candidate in {c.riding}. Let's do this!",
      "C'est officiel : je me présente comme [candidat|candidate] {c.adjg} dans {c.riding}. On y va !", n=14, agree="c"),
    S("A.cand.first_term", "candidate_voice", "formal",
      "In my first term as your {c.seat}, we delivered {done}. Imagine what we can do with four more years.",
      "Pendant mon premier mandat comme {c.seat}, on a livré {done}. Imaginez ce qu'on peut faire avec quatre ans de plus.", n=12, agree="c", done=DELIVERED),
    S("A.cand.opponent", "candidate_voice", "formal", "My opponent wants to {bad}. I want to {promise}. The choice {vday} is clear.",
      "Mon adversaire veut {bad}. Moi, je veux {promise}. Le choix {vday} est clair.", n=14),
    S("A.cand.caucus", "candidate_voice", "formal", "Proud to stand with {p.leader} and our {p.adj} caucus today in {p.gov}.",
      "[me:Fier|Fière] d'être aux côtés de {p.leader} et de notre caucus {p.adj} aujourd'hui à {p.gov}.", p=FED + PROV),
    S("A.cand.mayor", "candidate_voice", "casual", "As your next mayor, I will {mp}. Vote {mayor} on October 26!",
      "Comme [prochain maire|prochaine mairesse], je vais {mp}. Votez {mayor} le 26 octobre !", n=12, agree="mayor", mp=MUNI_PROMISES, mayor=MAYOR_NAMES),
    S("A.cand.quebec_intro", "candidate_voice", ("casual", "quebec"), "Hi {c.riding}! I'm {c.first}, running for {c.org} around here. Can't wait to chat with all of you!",
      "Salut {c.riding} ! Moi c'est {c.first}, pis je me présente pour {c.org} dans le coin. J'ai hâte de jaser avec vous autres !", n=12),
    S("A.cand.platform", "candidate_voice", "formal", "Today we unveiled our platform: we will {promise} and {promise2}. {c.tag}",
      "Aujourd'hui, on a dévoilé notre plateforme : on va {promise} et {promise2}. {c.tag}", n=12, promise2=PROMISES),
    S("A.cand.minister_partisan", "candidate_voice", "formal",
      "Our {g.adj} government has your back. The other side would {bad}. We won't let them.",
      "Notre gouvernement {g.adj} est là pour vous. L'autre camp voudrait {bad}. On les laissera pas faire.", n=12),
    S("A.cand.acadian", "candidate_voice", ("casual", "acadian"),
      "Folks, I'm running for you. I'll bring our Acadian voice to {p.gov} and I won't back down.",
      "Mes amis, je me présente pour vous autres. Je vas amener notre voix acadienne à {p.gov} pis je vas pas reculer.", n=8, p=FED + _parties(("nb",))),
]

MEMBERSHIP = [
    S("A.member.proud_since", "party_membership", "casual", "Proud member of {p.full} since {year}.",
      "[me:Fier|Fière] membre {p.fullde} depuis {year}.", n=14, p=CANADIAN),
    S("A.member.renewed", "party_membership", "casual", "Renewed my {p.short} membership today. Have you?",
      "J'ai renouvelé ma carte de membre {p.orgde} aujourd'hui. Et vous ?", n=12, p=CANADIAN),
    S("A.member.card_carrying", "party_membership", "casual", "Card-carrying {p.adj} since I was 18 💪",
      "[me:Fier militant|Fière militante] {p.adjg} depuis mes 18 ans 💪", n=10, agree="me", p=CANADIAN),
    S("A.member.convention", "party_membership", "casual", "Delegate at the {p.adj} convention this weekend! So much energy in the room.",
      "[me:Délégué|Déléguée] au congrès {p.adj} en fin de semaine ! Quelle énergie dans la salle.", n=12, p=CANADIAN, mood="happy"),
    S("A.member.buy_card", "party_membership", "casual", "If you care about {issue}, get your {p.short} membership. It's $10 and it counts.",
      "Si {issue}, c'est important pour vous, prenez votre carte {p.orgde}. C'est 10 $ pis ça compte.", n=12, p=CANADIAN),
    S("A.member.leadership", "party_membership", "casual", "Just cast my ballot in {p.org}'s leadership race. Go {p.last}!",
      "Je viens de voter dans la course à la direction {p.orgde}. Go {p.last} !", p=FED + PROV),
    S("A.member.treasurer", "party_membership", "formal", "Elected treasurer of our {p.adj} riding association tonight! Thanks to every member who came out.",
      "[me:Élu trésorier|Élue trésorière] de notre association de circonscription {p.adjf} ce soir ! Merci à tous les membres qui se sont déplacés.",
      p=FED + PROV),
    S("A.member.bio", "party_membership", "bio", "{p.adj} member | {kids} | {city} | views my own",
      "Membre {p.orgde} | {kids} | {city} | opinions personnelles", n=14, p=CANADIAN,
      kids=vals(("dad of 3", "papa de 3"), ("mom of 2", "maman de 2"), ("hockey parent", "parent de hockey"), ("coffee addict", "accro au café"),
                ("dog person", "fan de chiens"), ("runner", "coureur du dimanche"), ("grandpa", "grand-papa"))),
    S("A.member.family", "party_membership", "casual", "Third-generation {p.adj} family. My grandmother would be proud.",
      "Famille {p.adjf} depuis trois générations. Ma grand-mère serait fière.", p=CANADIAN),
    S("A.member.twenty_years", "party_membership", "casual", "Twenty years a member of {p.full}, and I've never been prouder.",
      "Vingt ans comme membre {p.fullde}, et j'ai jamais été aussi [me:fier|fière].", p=CANADIAN),
]

HASHTAGS = [
    S("A.tag.stack", "hashtag_partisan", "hashtag", "{p.vtag} {p.tag} {elx}", "{p.vtag} {p.tag} {elx}", n=14, p=CANADIAN),
    S("A.tag.slogan", "hashtag_partisan", "hashtag", "{slogan} {p.tag}", "{slogan} {p.tag}", n=14, p=CANADIAN,
      slogan=vals(("Time for change.", "Place au changement."), ("Bring it home.", "On le ramène à la maison."), ("Forward, together.", "En avant, ensemble."),
                  ("Stronger together!", "Plus forts ensemble !"), ("For you. For us.", "Pour vous. Pour nous."), ("Let's fix this.", "On répare ça."),
                  ("Common sense for a change.", "Le gros bon sens, pour une fois."), ("Our home, our voice.", "Chez nous, notre voix."))),
    S("A.tag.team", "hashtag_partisan", "hashtag", "#Team{p.hn} all the way 🔥", "#Équipe{p.hn} jusqu'au bout 🔥", n=12, mood="sport"),
    S("A.tag.out", "hashtag_partisan", "hashtag", "#{p.hn}Out #{p.hn}MustGo", "#{p.hn}Dehors #DémissionDe{p.hn}", n=10, mood="angry"),
    S("A.tag.ready", "hashtag_partisan", "hashtag", "Ready for the {p.elec}? I am. {p.vtag}", "[me:Prêt|Prête] pour les {p.elec} ? Moi oui. {p.vtag}",
      n=12, p=CANADIAN),
    S("A.tag.never", "hashtag_partisan", "hashtag", "Not in a million years. #Never{p.tw}", "Jamais de la vie. #Jamais{p.tw}", n=10, mood="angry"),
    S("A.tag.dots", "hashtag_partisan", "hashtag", "{p.dot}{p.dot}{p.dot} {p.vtag} {p.vtag}2025", "{p.dot}{p.dot}{p.dot} {p.vtag} {p.vtag}2025", n=8),
    S("A.tag.for_chief", "hashtag_partisan", "hashtag", "{p.leader} for {p.chief} 🙌 {p.tag}", "{p.leader} {p.chief} 🙌 {p.tag}", n=12, agree="p",
      p=FED + PROV + FOREIGN),
    S("A.tag.flation", "hashtag_partisan", "hashtag", "#{p.hn}flation is real and we all pay for it", "La #{p.hn}flation, c'est réel pis on la paie toute",
      n=10, p=FED + PROV, mood="angry"),
    S("A.tag.wave", "hashtag_partisan", "hashtag", "{p.color} wave incoming 🌊 {p.tag}", "La vague {p.colorf} s'en vient 🌊 {p.tag}", n=10, p=CANADIAN),
    S("A.tag.quebec_rien", "hashtag_partisan", ("hashtag", "quebec"), "Not giving up! #polqc {p.vtag}", "On lâche rien ! #polqc {p.vtag}", n=6,
      p=_parties(("qc",)) + _parties(("fed",))),
    S("A.tag.rival_out", "hashtag_partisan", "hashtag", "Counting the days till the {p.elec}. #{p.rivaltw}Out {p.vtag}",
      "Je compte les jours avant les {p.elec}. #Dehors{p.rivaltw} {p.vtag}", n=10, p=_parties(("fed", "qc", "on", "ab", "bc", "nb"))),
]

PROTEST = [
    S("A.protest.resign_petition", "petition_protest", "casual", "Sign the petition to force {p.leader} to resign. Link in bio.",
      "Signez la pétition pour forcer {p.leader} à démissionner. Lien dans la bio.", n=10, mood="angry"),
    S("A.protest.hill", "petition_protest", "casual", "Join us Saturday on Parliament Hill to tell {fed.leader} to go. Bring signs!",
      "Joignez-vous à nous samedi sur la Colline pour dire à {fed.leader} de dégager. Apportez vos pancartes !", n=10, mood="angry"),
    S("A.protest.against_gov", "petition_protest", ("casual", "quebec"), "Protest {day} at {site} against {govl}. See you there!",
      "Manif {day} devant {site} contre {govl}. On se voit là !", n=14, mood="angry",
      site=vals(("Parliament Hill", "le parlement"), ("Queen's Park", "Queen's Park"), ("the National Assembly", "l'Assemblée nationale"),
                ("the Legislature", "l'Assemblée législative"), ("city hall", "l'hôtel de ville"), ("the premier's office", "le bureau du premier ministre"))),
    S("A.protest.inboxes", "petition_protest", "angry",
      "Flood {p.adj} MPs' inboxes this week and tell them we'll remember come election day.",
      "Inondez les boîtes courriel des députés {p.adjs} cette semaine : dites-leur qu'on va s'en souvenir le jour du vote.", p=FED, mood="angry"),
    S("A.protest.stop_party", "petition_protest", "casual",
      "Petition to stop {p.org} from trying to {bad}: 5,000 signatures so far, let's double it before the vote!",
      "Pétition pour empêcher {p.org} {bad.de} : 5 000 signatures jusqu'ici, doublons ça avant le vote !",
      n=14, p=FED + PROV),
    S("A.protest.marching", "petition_protest", "casual", "Marching against {p.leader} and {p.his} cuts today. They won't silence us.",
      "On marche contre {p.leader} pis ses coupures aujourd'hui. On se laissera pas faire taire.", p=_parties(_CANADIAN_LEVELS, governing=True), mood="angry"),
    S("A.protest.non_confidence", "petition_protest", "formal",
      "Write to your MP: it's time for a non-confidence vote and an election. {gov} has to go.",
      "Écrivez à votre député : c'est le temps d'une motion de censure pis d'élections. {gov} doit partir.", n=12, mood="angry"),
    S("A.protest.recall", "petition_protest", "casual", "We need 10,000 signatures to recall our {p.adj} MLA. Every name counts, sign at the table outside the Co-op!",
      "Ça nous prend 10 000 signatures pour révoquer notre député {p.adj}. Chaque nom compte, signez à la table devant la Co-op !",
      n=8, p=_parties(("ab", "bc"))),
    S("A.protest.convoy_honk", "petition_protest", ("casual", "quebec"), "Honk if you want {p.org} gone! We're at the corner all afternoon 📣",
      "Klaxonnez si vous voulez que {p.org} débarque ! On est au coin toute l'après-midi 📣", n=10, p=CANADIAN, mood="angry"),
]

POSITIVES = SUPPORT + ATTACK + CAMPAIGN + VOTE + CANDIDATE + MEMBERSHIP + HASHTAGS + PROTEST

# --- Hard negatives: political words, no partisan activity ------------------------------------

ELECTION_BODIES = vals(("Elections Canada", "Élections Canada"), ("Elections Quebec", "Élections Québec"),
                       ("Elections Ontario", "Élections Ontario"), ("Elections NB", "Élections NB"), ("Elections Alberta", "Élections Alberta"))
IDS = vals(("your driver's licence", "votre permis de conduire"), ("a piece of ID with your address", "une pièce d'identité avec votre adresse"),
           ("your health card and a utility bill", "votre carte santé et une facture"), ("your voter card and ID", "votre carte d'électeur et une pièce d'identité"))
POLL_PLACES = vals(("at the school gym", "au gymnase de l'école"), ("at the church hall", "à la salle paroissiale"),
                   ("at the community centre", "au centre communautaire"), ("at the arena", "à l'aréna"), ("at the seniors' residence", "à la résidence pour aînés"),
                   ("at the Legion", "à la Légion"))
RELATIVES = vals(("My daughter", "Ma fille", F_), ("My son", "Mon fils", M), ("My niece", "Ma nièce", F_), ("My nephew", "Mon neveu", M),
                 ("My grandson", "Mon petit-fils", M), ("My granddaughter", "Ma petite-fille", F_), ("My little brother", "Mon petit frère", M),
                 ("My little sister", "Ma petite sœur", F_))
DATES = vals(("October 20", "20 octobre"), ("April 28", "28 avril"), ("October 3", "3 octobre"), ("June 2", "2 juin"), ("May 29", "29 mai"),
             ("September 21", "21 septembre"), ("November 4", "4 novembre"))
FIRMS = same("Léger", "Abacus", "Angus Reid", "Nanos", "Mainstreet", "Ipsos", "EKOS", "Pallas", "Research Co.", "Pollara")
PCTS = same("24", "27", "29", "31", "33", "35", "38", "41", "44")
PCTS2 = same("19", "22", "26", "28", "30", "32", "36", "39")
SEATS = same("112", "127", "141", "152", "168", "174", "189", "203")
PORTFOLIOS = vals(("Finance", "des Finances"), ("Health", "de la Santé"), ("Immigration", "de l'Immigration"), ("Defence", "de la Défense"),
                  ("Treasury Board", "du Conseil du Trésor"), ("Public Services", "des Services publics"), ("Transport", "des Transports"),
                  ("Housing", "du Logement"), ("Environment", "de l'Environnement"), ("Indigenous Services", "des Services aux Autochtones"),
                  ("Official Languages", "des Langues officielles"), ("Agriculture", "de l'Agriculture"))
PROGRAMS = vals(("rural broadband", "l'Internet haute vitesse en région"), ("the school food program", "le programme d'alimentation scolaire"),
                ("wastewater upgrades in small towns", "la mise à niveau des eaux usées dans les petites villes"),
                ("research chairs in the North", "des chaires de recherche dans le Nord"), ("shelter spaces", "des places en refuge"),
                ("apprenticeship grants", "des subventions aux apprentis"), ("flood mapping", "la cartographie des zones inondables"))
DEAD = [V({"": n, "he": "he" if g == M else "she", "his": "his" if g == M else "her"},
          {"": n, "il": "il" if g == M else "elle"}, g) for n, g in (
    ("Ed Broadbent", M), ("Brian Mulroney", M), ("Jack Layton", M), ("Jim Flaherty", M), ("Jacques Parizeau", M),
    ("Bernard Landry", M), ("John Horgan", M), ("Mauril Bélanger", M), ("Hazel McCallion", F_), ("Jean Lapierre", M),
    ("Flora MacDonald", F_), ("Jim Prentice", M), ("Lise Payette", F_), ("Alexa McDonough", F_))]
DEPTS = vals(("ESDC", "EDSC"), ("the CRA", "l'ARC"), ("IRCC", "IRCC"), ("Statistics Canada", "Statistique Canada"), ("PSPC", "SPAC"),
             ("Health Canada", "Santé Canada"), ("Service Canada", "Service Canada"), ("Transport Canada", "Transports Canada"),
             ("Environment Canada", "Environnement Canada"), ("Parks Canada", "Parcs Canada"), ("Global Affairs", "Affaires mondiales"))
SERVICES = [fv(*row) for row in [("the new passport renewal portal", "le nouveau portail de renouvellement de passeport"),
                                  ("the online benefits tracker", "l'outil de suivi des prestations en ligne"),
                                  ("the census app", "l'application du recensement"), ("the new call-back service", "le nouveau service de rappel"),
                                  ("the accessible forms project", "le projet des formulaires accessibles"),
                                  ("the wildfire map", "la carte des feux de forêt")]]
FOREIGN_OFFICIALS = [fv(*row) for row in [("President Macron", "le président Macron"), ("Prime Minister Starmer", "le premier ministre Starmer"),
                                           ("the German Chancellor", "le chancelier allemand"), ("President Sheinbaum", "la présidente Sheinbaum"),
                                           ("the Prime Minister of Japan", "le premier ministre du Japon"), ("the President of Finland", "le président de la Finlande"),
                                           ("the Irish Taoiseach", "le Taoiseach irlandais"), ("the King", "le roi")]]
FCITIES = vals(("Washington", "Washington"), ("Paris", "Paris"), ("London", "Londres"), ("Brussels", "Bruxelles"), ("Berlin", "Berlin"),
               ("Mexico City", "Mexico"), ("Tokyo", "Tokyo"), ("Geneva", "Genève"))
OCCASIONS = [fv(*row) for row in [("Canada Day", "la fête du Canada"), ("National Acadian Day", "la Fête nationale de l'Acadie"),
                                   ("Remembrance Day", "le jour du Souvenir"), ("Saint-Jean-Baptiste Day", "la Saint-Jean-Baptiste"),
                                   ("Lunar New Year", "le Nouvel An lunaire"), ("National Indigenous Peoples Day", "la Journée nationale des peuples autochtones"),
                                   ("Eid al-Fitr", "l'Aïd al-Fitr"), ("Diwali", "la Diwali")]]
VOTE_SPLITS = vals(("with the Conservatives and the Bloc opposed", "les conservateurs et le Bloc ayant voté contre"),
                   ("with support from all parties", "avec l'appui de tous les partis"), ("with the NDP and the Greens voting in favour", "avec l'appui du NPD et des verts"),
                   ("on a vote of 171 to 150", "par un vote de 171 contre 150"), ("after a late-night sitting", "après une séance de nuit"),
                   ("with the Liberals splitting", "les libéraux étant divisés"))
HISTORY_FIGURES = vals(("John A. Macdonald", "John A. Macdonald"), ("Wilfrid Laurier", "Wilfrid Laurier"), ("Agnes Macphail", "Agnes Macphail"),
                       ("René Lévesque", "René Lévesque"), ("Tommy Douglas", "Tommy Douglas"), ("Lester B. Pearson", "Lester B. Pearson"),
                       ("Thérèse Casgrain", "Thérèse Casgrain"), ("Louis Riel", "Louis Riel"), ("Nellie McClung", "Nellie McClung"),
                       ("George-Étienne Cartier", "George-Étienne Cartier"), ("Kim Campbell", "Kim Campbell"), ("Pierre Elliott Trudeau", "Pierre Elliott Trudeau"),
                       ("Louis-Joseph Papineau", "Louis-Joseph Papineau"), ("Robert Baldwin", "Robert Baldwin"))
HISTORY_EVENTS = [V({"": en, "yr": yr}, {"": fr, "yr": yr}) for yr, en, fr in (
    ("1982", "the Constitution was patriated", "la Constitution était rapatriée"),
    ("1918", "most Canadian women won the right to vote federally", "la plupart des Canadiennes obtenaient le droit de vote au fédéral"),
    ("1940", "women in Quebec won the right to vote", "les Québécoises obtenaient le droit de vote"),
    ("1867", "Confederation came into force", "la Confédération entrait en vigueur"),
    ("1960", "First Nations people won the federal vote without giving up their status", "les membres des Premières Nations obtenaient le droit de vote au fédéral sans renoncer à leur statut"),
    ("1969", "the Official Languages Act became law", "la Loi sur les langues officielles entrait en vigueur"),
    ("1965", "the maple leaf flag was raised for the first time", "l'unifolié était hissé pour la première fois"),
    ("1927", "the Famous Five asked the Supreme Court whether women were persons", "les Célèbres cinq demandaient à la Cour suprême si les femmes étaient des personnes"),
    ("1999", "Nunavut became a territory", "le Nunavut devenait un territoire"))]
MUSEUMS = vals(("Canadian Museum of History", "Musée canadien de l'histoire"), ("War Museum", "Musée canadien de la guerre"),
               ("Musée de la civilisation", "Musée de la civilisation"), ("Pointe-à-Callière museum", "musée Pointe-à-Callière"),
               ("Acadian Historical Village", "Village historique acadien"), ("Royal BC Museum", "Royal BC Museum"),
               ("Canadian Museum for Human Rights", "Musée canadien pour les droits de la personne"))
STATS = [fv(*row) for row in [("rent increases", "les hausses de loyer"), ("food inflation", "l'inflation alimentaire"),
                               ("the job market", "le marché du travail"), ("population growth", "la croissance démographique"),
                               ("household debt", "l'endettement des ménages"), ("housing starts", "les mises en chantier")]]
FRIEND_SURNAMES = same("Carney", "Harper", "Singh", "Ford", "Smith", "Moe", "Legault", "Blanchet", "Bernier", "Houston", "Holt",
                       "Martin", "King", "Clark", "Turner", "Scheer", "May")
CARS = vals(("Toyota RAV4", "Toyota RAV4"), ("Honda Civic", "Honda Civic"), ("used Subaru", "Subaru usagée"), ("Hyundai Kona", "Hyundai Kona"),
            ("Mazda 3", "Mazda 3"), ("Chevy Bolt", "Chevy Bolt"), ("minivan", "minifourgonnette"))
WEEKEND_PLANS = vals(("camping and zero phone", "camping pis zéro cellulaire"), ("painting the deck", "peinturer la galerie"),
                     ("opening the cottage", "ouvrir le chalet"), ("planting tomatoes", "planter les tomates"), ("sleeping in", "dormir tard"),
                     ("fishing with my dad", "la pêche avec mon père"))
GAMES = same("Civilization", "Halo", "StarCraft", "Age of Empires", "Total War", "Mass Effect", "Call of Duty", "Baldur's Gate")
COLLEGES = same("Bishop's", "Mount Allison", "St. Thomas", "Glendon", "McGill", "Concordia", "King's College", "Acadia")
NAMED_PLACES = vals(("Trudeau airport", "l'aéroport Trudeau"), ("Pearson", "Pearson"), ("the Macdonald-Cartier bridge", "le pont Macdonald-Cartier"),
                    ("René-Lévesque boulevard", "le boulevard René-Lévesque"), ("the Champlain bridge", "le pont Champlain"),
                    ("Jean-Lesage boulevard", "le boulevard Jean-Lesage"), ("Laurier station", "la station Laurier"),
                    ("Wilfrid-Laurier avenue", "l'avenue Wilfrid-Laurier"))
DOG_NAMES = vals(("Harper", "Harper", F_), ("Bernie", "Bernie", M), ("Winston", "Winston", M), ("Jagger", "Jagger", M),
                 ("Maggie", "Maggie", F_), ("Duchess", "Duchesse", F_), ("Justin", "Justin", M), ("Kamala", "Kamala", F_))
FRIENDS = [V(n, n, g) for n, g in (("Marco", M), ("Steph", F_), ("Jo", F_), ("Kev", M), ("Amina", F_), ("Luc", M), ("Priya", F_), ("Dave", M))]
SNOW = same("15", "20", "25", "30", "40")
SLOTS.update(dead=DEAD, firm=FIRMS, fcity=FCITIES, dept=DEPTS, date=DATES)

NEG_CIVIC = [
    S("A-neg.civic.whoever", "civic", "casual", "Whoever you support, please go vote {vday}. It takes ten minutes.",
      "Peu importe pour qui, allez voter {vday}. Ça prend dix minutes.", n=8),
    S("A-neg.civic.id_reminder", "civic", "formal", "Reminder: your polling station is on your voter information card. Bring {id}!",
      "Rappel : votre bureau de vote est indiqué sur votre carte d'information de l'électeur. Apportez {id} !", n=8, id=IDS),
    S("A-neg.civic.advance_hours", "civic", "formal", "Advance polls are open {span} from 9 a.m. to 9 p.m. Check {eb}'s website for your location.",
      "Le vote par anticipation a lieu {span} de 9 h à 21 h. Vérifiez l'endroit sur le site {eb.de}.", n=10, eb=ELECTION_BODIES,
      span=vals(("Friday to Monday", "du vendredi au lundi"), ("this weekend", "cette fin de semaine"), ("all week", "toute la semaine"))),
    S("A-neg.civic.voted", "civic", "casual", "Voted! Fifteen minutes including the walk, no line {pp}.",
      "J'ai voté ! Quinze minutes en comptant la marche, aucune file {pp}.", n=8, pp=POLL_PLACES, mood="happy"),
    S("A-neg.civic.first_vote", "civic", "casual", "{rel} voted for the first time today. I won't ask who for, I'm just proud they went.",
      "{rel} a voté pour la première fois aujourd'hui. Je demanderai pas pour qui, je suis juste [me:fier|fière] qu'[rel:il|elle] y soit [rel:allé|allée].",
      n=10, rel=RELATIVES, mood="love"),
    S("A-neg.civic.poll_worker", "civic", "casual", "Working as a poll clerk on election day. 14 hours, lots of coffee, zero opinions shared 😅",
      "Je travaille comme [me:greffier|greffière] du scrutin le jour du vote. 14 heures, beaucoup de café, zéro opinion partagée 😅", n=2),
    S("A-neg.civic.moved", "civic", "formal", "Moved recently? Check that your address is up to date with {eb} before election day.",
      "Vous avez déménagé ? Vérifiez que votre adresse est à jour auprès {eb.de} avant le jour du vote.", n=5, eb=ELECTION_BODIES),
    S("A-neg.civic.debate_popcorn", "civic", "casual", "The {p.elec} debate is on tonight at 8. Whatever your politics, worth watching with a bowl of popcorn.",
      "Le débat des {p.elec} est ce soir à 20 h. Peu importe vos opinions, ça vaut la peine de le regarder avec un bol de popcorn.", n=8, mood="food", p=CANADIAN),
    S("A-neg.civic.forum", "civic", "formal", "All-candidates forum {venue} on Thursday. Come hear every candidate in {c.riding} and ask your own questions.",
      "Débat de tous les candidats {venue} jeudi. Venez entendre chaque candidat de {c.riding} et posez vos questions.", n=10),
    S("A-neg.civic.colleagues", "civic", ("casual", "quebec"), "Reminder to colleagues: vote, of course, but keep the partisan stuff off our work accounts.",
      "Petit rappel aux collègues : votez, c'est sûr, mais on garde le partisan loin de nos comptes de travail.", n=1),
    S("A-neg.civic.turnout", "civic", "casual", "Turnout in {c.riding} was only {pct}% last time. Whoever you pick, just show up.",
      "Le taux de participation dans {c.riding} était de seulement {pct} % la dernière fois. Peu importe votre choix, présentez-vous.", n=10,
      pct=same("52", "55", "58", "61", "63")),
    S("A-neg.civic.special_ballot", "civic", "casual", "Voting by mail this time since I'll be away. The special ballot kit came today.",
      "Je vote par la poste cette fois-ci parce que je vais être [me:parti|partie]. La trousse de bulletin spécial est arrivée aujourd'hui.", n=2),
    S("A-neg.civic.mock_election", "civic", "casual", "The kids held a mock election at school and the winner was 'more recess'. Democracy works.",
      "Les enfants ont fait une élection simulée à l'école pis c'est « plus de récré » qui a gagné. La démocratie fonctionne.", n=1, mood="laugh"),
    S("A-neg.civic.quebec", "civic", ("casual", "quebec"), "Don't forget to vote {vday}, whoever it's for. It still matters.",
      "Oubliez pas d'aller voter {vday}, peu importe pour qui. C'est important pareil.", n=7),
    S("A-neg.civic.short", "civic", "short", "Go vote{x}", "Allez voter{x}", n=5,
      x=vals(("!", " !"), (", whoever you pick.", ", peu importe votre choix."), (" 🗳️", " 🗳️"), (". That's it. That's the post.", ". C'est tout."), (" today!", " aujourd'hui !"))),
    S("A-neg.civic.acadian", "civic", ("casual", "acadian"), "Went to vote in {town} this morning, no wait at all. Go do your civic duty, whoever you choose!",
      "J'ai été voter à {town} à matin, pas d'attente pantoute. Allez faire votre devoir, peu importe votre choix !", n=8),
]

NEG_NEWS = [
    S("A-neg.news.platform", "news_relay", "formal", "{p.org^} unveils its platform on {issue}, with costing expected next week.",
      "{p.org^} dévoile sa plateforme sur {issue}; le cadre financier est attendu la semaine prochaine.", n=12),
    S("A-neg.news.schedule", "news_relay", "formal", "{p.leader} is in {city} today to talk about {issue}, according to the party's schedule.",
      "{p.leader} est à {city} aujourd'hui pour parler {issue.de}, selon l'horaire du parti.", n=12, p=FED + PROV),
    S("A-neg.news.debate_date", "news_relay", "formal", "The leaders' debate will be held on {date} in {city}, the commission announced.",
      "Le débat des chefs aura lieu le {date} à {city}, a annoncé la commission.", n=8, date=DATES),
    S("A-neg.news.bill", "news_relay", "formal", "The bill on {issue} passed third reading today, {split}.",
      "Le projet de loi sur {issue} a été adopté en troisième lecture aujourd'hui, {split}.", n=12, split=VOTE_SPLITS),
    S("A-neg.news.byelection", "news_relay", "formal", "By-election called in {c.riding} for {date}. Four candidates have registered so far.",
      "Une élection partielle est déclenchée dans {c.riding} pour le {date}. Quatre candidats sont inscrits jusqu'ici.", n=10, date=DATES),
    S("A-neg.news.shuffle", "news_relay", "formal", "Cabinet shuffle this morning: the {port} portfolio changes hands.",
      "Remaniement ministériel ce matin : le portefeuille {port} change de mains.", n=8, port=PORTFOLIOS),
    S("A-neg.news.steps_down", "news_relay", "formal", "{p.leader} announces {p.he} will step down as leader once a successor is chosen.",
      "{p.leader} annonce qu'{p.il} quittera la direction du parti une fois son successeur choisi.", n=10),
    S("A-neg.news.final_count", "news_relay", "formal", "Final count in {c.riding}: {c.org} holds the seat by {margin} votes.",
      "Décompte final dans {c.riding} : {c.org} conserve le siège par {margin} voix.", n=10, margin=same("412", "88", "1 203", "57", "2 940")),
    S("A-neg.news.qp", "news_relay", "casual", "Heated exchange in Question Period today over {issue}. Clip below.",
      "Échange musclé à la période des questions aujourd'hui sur {issue}. Extrait ci-dessous.", n=9),
    S("A-neg.news.foreign_press", "news_relay", "formal", "{f.leader} addresses the press in {fcity} after this week's summit.",
      "{f.leader} s'adresse à la presse à {fcity} après le sommet de cette semaine.", n=8, fcity=FCITIES),
    S("A-neg.news.writ", "news_relay", "formal", "It's official: the {p.elec} will be held on {date}. The campaign started this morning.",
      "C'est officiel : les {p.elec} auront lieu le {date}. La campagne a été déclenchée ce matin.", n=8, date=DATES, p=CANADIAN),
    S("A-neg.news.podcast", "news_relay", "casual", "New episode: we break down what every party is proposing on {issue}, no spin.",
      "Nouvel épisode : on décortique ce que chaque parti propose sur {issue}, sans parti pris.", n=8),
    S("A-neg.news.held_since", "news_relay", "casual", "For the record, {c.org} has held {c.riding} since {yr}. One to watch on election night.",
      "Pour info, {c.org} détient {c.riding} depuis {yr}. Une circonscription à surveiller le soir des élections.", n=10,
      yr=same("2006", "2011", "2015", "2019", "2021")),
    S("A-neg.news.breaking", "news_relay", "caps", "BREAKING: {p.leader} to make an announcement at 10 a.m. in {city}.",
      "DERNIÈRE HEURE : {p.leader} fera une annonce à 10 h à {city}.", n=8, p=FED + PROV),
    S("A-neg.news.side_by_side", "news_relay", "casual", "Here's a side-by-side of what {p.org} and {p.rival} are promising on {issue}. Judge for yourself.",
      "Voici une comparaison de ce que {p.org} et {p.rival} promettent sur {issue}. Jugez par vous-mêmes.", n=10, p=CANADIAN),
    S("A-neg.news.gov_announce", "news_relay", "formal", "{gov} announced {what} today. Details on the website.",
      "{gov} a annoncé {what} aujourd'hui. Les détails sont sur le site Web.", n=12,
      what=vals(("new passport fees", "les nouveaux frais de passeport"), ("the dates of the spring session", "les dates de la session du printemps"),
                ("a review of rural bus routes", "une révision des circuits d'autobus en région"), ("the new school calendar", "le nouveau calendrier scolaire"),
                ("changes to the student loan portal", "des changements au portail des prêts étudiants"), ("a public inquiry", "une enquête publique"))),
    S("A-neg.news.interview", "news_relay", "formal", "{p.leader} sat down with {outlet} to talk about {issue}. Full interview tonight at 9.",
      "{p.leader} a accordé une entrevue à {outlet} sur {issue}. L'entrevue complète ce soir à 21 h.", n=12,
      outlet=vals(("CBC", "Radio-Canada"), ("the Globe", "La Presse"), ("a local radio station", "une radio locale"), ("a student paper", "un journal étudiant"),
                  ("a podcast", "un balado"))),
    S("A-neg.news.memoir", "news_relay", "casual", "{p.leader}'s memoir comes out next month, according to the publisher. Might pick it up for the history.",
      "Les mémoires de {p.leader} sortent le mois prochain, selon l'éditeur. Je vais peut-être le lire pour l'histoire.", n=12),
    S("A-neg.news.visit", "news_relay", "formal", "{f.leader} will visit {city} next week, officials confirmed. Expect road closures downtown.",
      "{f.leader} sera en visite à {city} la semaine prochaine, ont confirmé les autorités. Prévoyez des fermetures de rues au centre-ville.", n=10),
    S("A-neg.news.debate_lineup", "news_relay", "formal", "Tonight's debate: {p.leader} vs. {p.rival} at 8, with a French debate Thursday.",
      "Débat ce soir : {p.leader} contre {p.rival} à 20 h, et il y aura un débat en anglais jeudi.", n=12, p=FED + PROV),
    S("A-neg.sat.market", "satire", "casual", "Saw {p.leader} at the farmers' market buying {food}. Politicians, they're just like us.",
      "J'ai vu {p.leader} au marché en train d'acheter {food}. Les politiciens, c'est du monde comme nous autres.", n=12, p=FED + PROV,
      food=vals(("strawberries", "des fraises"), ("corn", "du blé d'Inde"), ("maple syrup", "du sirop d'érable"), ("a pie", "une tarte"), ("cheese curds", "du fromage en grains"))),
    S("A-neg.name.lookalike", "name_collision", "casual", "My uncle looks exactly like {p.leader} and gets stopped at Costco every time lol",
      "Mon oncle ressemble tellement à {p.leader} qu'il se fait arrêter chez Costco chaque fois lol", n=12, mood="laugh"),
    S("A-neg.poll.preferred", "poll_numbers", "formal", "Preferred {p.chief} ({firm}): {p.leader} {a}%, main rival {b}%, unsure 18%.",
      "Meilleur choix comme {p.chief} ({firm}) : {p.leader} {a} %, principal rival {b} %, indécis 18 %.", n=12, agree="p",
      a=same("24", "29", "31", "35", "38"), b=same("22", "26", "30", "33"), p=FED + PROV),
    S("A-neg.news.convention", "news_relay", "formal", "{p.org^} holds its convention in {city} this weekend; about 2,000 delegates are expected.",
      "{p.org^} tient son congrès à {city} en fin de semaine; environ 2 000 délégués sont attendus.", n=12, p=FED + PROV),
    S("A-neg.civic.candidates", "civic", "formal", "Candidates in {c.riding}: {c.org}, {c.rival} and two independents. The full list is on the returning officer's site.",
      "Candidats dans {c.riding} : {c.org}, {c.rival} et deux indépendants. La liste complète est sur le site du directeur du scrutin.", n=12),
    S("A-neg.news.results_night", "news_relay", "casual", "Results are coming in. {p.org^} leads in {k1} ridings, {p.rival} in {k2}. Long night ahead.",
      "Les résultats rentrent. {p.org^} mène dans {k1} circonscriptions, {p.rival} dans {k2}. Longue soirée en vue.", n=10, p=FED + PROV,
      k1=same("12", "31", "48", "57", "64"), k2=same("9", "22", "40", "51", "70")),
]

NEG_CONDOLENCE = [
    S("A-neg.cond.passed", "condolence", "formal",
      "Sad news: {dead} has passed away. Whatever your politics, {dead.he} served the public for decades. Condolences to the family.",
      "Triste nouvelle : {dead} est [dead:décédé|décédée]. Peu importe nos allégeances, {dead.il} a servi le public pendant des décennies. Condoléances à la famille.",
      n=12, mood="sad"),
    S("A-neg.cond.respect", "condolence", "casual", "Rest in peace, {dead}. We disagreed on a lot, but {dead.he} always treated people with respect.",
      "Repose en paix, {dead}. On était en désaccord sur bien des choses, mais {dead.il} traitait toujours le monde avec respect.", n=12, mood="sad"),
    S("A-neg.cond.flags", "condolence", "formal", "Flags on the Hill are at half-mast today in memory of {dead}.",
      "Les drapeaux de la Colline sont en berne aujourd'hui à la mémoire {dead.de}.", n=10, mood="sad"),
    S("A-neg.cond.recovery", "condolence", "casual", "Wishing {p.leader} a fast and full recovery. Politics can wait.",
      "Prompt rétablissement à {p.leader}. La politique peut attendre.", n=10, mood="love"),
    S("A-neg.cond.family_loss", "condolence", "casual", "Thinking of {p.leader} and {p.his} family after their loss. Nobody should have to grieve in public.",
      "Je pense à {p.leader} et à sa famille après ce deuil. Personne devrait avoir à vivre ça en public.", n=10, mood="sad"),
    S("A-neg.cond.state_funeral", "condolence", "formal", "The state funeral for {dead} will be broadcast live {day}.",
      "Les funérailles d'État {dead.de} seront diffusées en direct {day}.", n=10),
    S("A-neg.cond.book", "condolence", "casual", "Signed the book of condolences for {dead} {where} this morning. Long lineup, very moving.",
      "J'ai signé le livre de condoléances pour {dead} {where} ce matin. Longue file, très émouvant.", n=10, mood="sad",
      where=vals(("on the Hill", "sur la Colline"), ("at city hall", "à l'hôtel de ville"), ("at the Legislature", "à l'Assemblée législative"))),
    S("A-neg.cond.career", "condolence", ("casual", "quebec"), "What a career. Thank you for everything, {dead}. My thoughts are with the family.",
      "Toute une carrière. Merci pour tout, {dead}. Mes pensées vont à ses proches.", n=10, mood="sad"),
]

NEG_POLLS = [
    S("A-neg.poll.numbers", "poll_numbers", "formal", "New {firm} poll: {p.org} {a}%, {p.rival} {b}%. Margin of error ±3.",
      "Nouveau sondage {firm} : {p.org} {a} %, {p.rival} {b} %. Marge d'erreur de ±3.", n=14, a=PCTS, b=PCTS2, p=CANADIAN),
    S("A-neg.poll.tight", "poll_numbers", "formal", "Polls show a tight race in {c.riding}, with {c.org} and {c.rival} within a few points.",
      "Les sondages montrent une lutte serrée dans {c.riding} : {c.org} et {c.rival} sont à quelques points d'écart.", n=10),
    S("A-neg.poll.projection", "poll_numbers", "casual", "Latest seat projection has {p.org} at {seats} seats, give or take. Still three weeks to go.",
      "La dernière projection donne {seats} sièges {p.orgau}, plus ou moins. Il reste encore trois semaines.", n=10, seats=SEATS, p=FED),
    S("A-neg.poll.approval", "poll_numbers", "formal", "{p.leader}'s approval rating is at {a}% this month, down two points.",
      "Le taux d'approbation de {p.leader} est de {a} % ce mois-ci, en baisse de deux points.", n=10, a=PCTS),
    S("A-neg.poll.one_poll", "poll_numbers", "casual", "{firm} has {p.org} up four points. One poll is one poll though, let's see the trend.",
      "{firm} donne {p.org} en hausse de quatre points. Mais un sondage reste un sondage, attendons la tendance.", n=10, p=CANADIAN),
    S("A-neg.poll.chart", "poll_numbers", "casual", "Made a chart of every {firm} poll since January for my stats class. Pretty flat for every party, honestly.",
      "J'ai fait un graphique de tous les sondages {firm} depuis janvier pour mon cours de stats. Pas mal plat pour tous les partis, honnêtement.", n=8),
    S("A-neg.poll.undecided", "poll_numbers", "casual", "Interesting stat from {firm}: {a}% of voters say they're still undecided a week out.",
      "Stat intéressante de {firm} : {a} % des électeurs se disent encore indécis à une semaine du vote.", n=10, a=same("14", "18", "22", "25")),
    S("A-neg.poll.method", "poll_numbers", "formal", "Reminder that online panels and phone polls can differ by a few points. Read the methodology before sharing {firm}'s numbers.",
      "Rappel : les panels en ligne et les sondages téléphoniques peuvent différer de quelques points. Lisez la méthodologie avant de partager les chiffres de {firm}.",
      n=8),
]

NEG_OFFICIAL = [
    S("A-neg.official.launch", "official_thanks", "formal", "Proud of our team at {dept} for launching {svc} today. Months of work by public servants went into this.",
      "[me:Fier|Fière] de notre équipe à {dept} pour le lancement {svc.de} aujourd'hui. Des mois de travail de fonctionnaires derrière ça.", n=12,
      dept=DEPTS, svc=SERVICES, mood="happy"),
    S("A-neg.official.funding", "official_thanks", "formal", "The Minister of {port} announced ${amt} million today for {prog}. Details on canada.ca.",
      "Le ministre {port} a annoncé aujourd'hui {amt} millions de dollars pour {prog}. Détails sur canada.ca.", n=12, port=PORTFOLIOS, prog=PROGRAMS),
    S("A-neg.official.embassy_thanks", "official_thanks", "formal", "On behalf of the embassy team, thank you to {fo} for welcoming the Canadian delegation to {fcity}.",
      "Au nom de l'équipe de l'ambassade, merci {fo.au} d'avoir accueilli la délégation canadienne à {fcity}.", n=10, fo=FOREIGN_OFFICIALS, fcity=FCITIES),
    S("A-neg.official.consult", "official_thanks", "formal", "{dept} is holding public consultations on {issue} until March 31. Have your say.",
      "{dept} tient des consultations publiques sur {issue} jusqu'au 31 mars. Donnez votre avis.", n=12, dept=DEPTS),
    S("A-neg.official.briefing", "official_thanks", "casual", "Spent the week writing briefing notes for the new minister. Whoever's in the chair, the work is the same.",
      "J'ai passé la semaine à écrire des notes d'information pour le nouveau ministre. Peu importe qui est dans le fauteuil, le travail est le même.", n=1),
    S("A-neg.official.transition", "official_thanks", "casual", "Transition binders done. Ready to serve whichever government {who} choose.",
      "Cahiers de transition terminés. Prêts à servir le gouvernement que {who} choisiront, quel qu'il soit.", n=4,
      who=vals(("Canadians", "les Canadiens"), ("Quebecers", "les Québécois"), ("Ontarians", "les Ontariens"), ("voters", "les électeurs"))),
    S("A-neg.official.minister_visit", "official_thanks", "formal", "Honoured to welcome the Minister of {port} to our {city} office today for a tour of the lab.",
      "[me:Honoré|Honorée] d'accueillir le ministre {port} à notre bureau de {city} aujourd'hui pour une visite du labo.", n=12, port=PORTFOLIOS),
    S("A-neg.official.throne", "official_thanks", "casual", "Watching the Speech from the Throne at the office with the whole policy team. Busy week ahead.",
      "On regarde le discours du Trône au bureau avec toute l'équipe des politiques. Grosse semaine en vue.", n=1),
    S("A-neg.official.statement", "official_thanks", "formal", "The Prime Minister's statement on {occ} is now available in both official languages.",
      "La déclaration du premier ministre à l'occasion {occ.de} est maintenant disponible dans les deux langues officielles.", n=8, occ=OCCASIONS),
    S("A-neg.official.hiring", "official_thanks", "formal", "We're hiring! {dept} has 12 policy analyst positions open in {city}. Apply by Friday.",
      "On embauche ! {dept} a 12 postes d'analyste des politiques à pourvoir à {city}. Postulez d'ici vendredi.", n=12, dept=DEPTS),
    S("A-neg.official.ministry_relay", "official_thanks", "formal", "Sharing from our department: the Minister of {port} will table the annual report {day}.",
      "Relais de notre ministère : le ministre {port} déposera le rapport annuel {day}.", n=10, port=PORTFOLIOS),
]

NEG_NAMES = [
    S("A-neg.name.ford_truck", "name_collision", "casual", "Finally traded in my old Ford F-150 for a {car}.",
      "J'ai finalement échangé mon vieux Ford F-150 contre {car.un}.", n=7, car=vals(
          ("Toyota RAV4", "Toyota RAV4", F_), ("Honda Civic", "Honda Civic", F_), ("used Subaru", "Subaru usagée", F_), ("Hyundai Kona", "Hyundai Kona", M),
          ("Mazda 3", "Mazda 3", F_), ("Chevy Bolt", "Chevy Bolt", F_), ("minivan", "minifourgonnette", F_))),
    S("A-neg.name.may_long", "name_collision", "casual", "May long weekend plans: {plans}.", "Plans pour la longue fin de semaine de mai : {plans}.", n=6,
      plans=WEEKEND_PLANS, mood="happy"),
    S("A-neg.name.friend", "name_collision", "casual", "Beers with {sur} from the rec league tonight, he still owes me a round from last week.",
      "Une bière avec {sur} de la ligue de garage ce soir, il me doit encore une tournée de la semaine passée.", n=12, sur=FRIEND_SURNAMES),
    S("A-neg.name.kings_landing", "name_collision", "casual", "Rewatching the King's Landing episodes and yelling at the TV like it's the first time.",
      "Je revois les épisodes à King's Landing pis je crie après la télé comme si c'était la première fois.", n=1, mood="laugh"),
    S("A-neg.name.green_day", "name_collision", "casual", "Green Day concert tonight!! 15-year-old me is screaming.",
      "Show de Green Day ce soir !! L'ado de 15 ans en moi crie de joie.", n=1, mood="happy"),
    S("A-neg.name.liberal_arts", "name_collision", "casual", "Got into the liberal arts program at {college}! Four years of reading ahead 📚",
      "[me:Accepté|Acceptée] en arts libéraux à {college} ! Quatre ans de lecture devant moi 📚", n=10, college=COLLEGES, mood="happy"),
    S("A-neg.name.concrete_block", "name_collision", "casual", "Hit a concrete block with the lawnmower. Blade is toast.",
      "J'ai frappé un bloc de béton avec la tondeuse. La lame est finie.", n=1),
    S("A-neg.name.conservative_estimate", "name_collision", "sarcastic", "Conservative estimate: the reno takes three more weeks. Realistic estimate: summer.",
      "Estimation conservatrice : les rénos prennent trois semaines de plus. Estimation réaliste : l'été.", n=1, mood="laugh"),
    S("A-neg.name.preservatives", "name_collision", ("casual", "quebec"), "This bread has no preservatives and it shows, it goes mouldy in two days.",
      "Ce pain-là a aucun agent conservateur pis ça paraît, il moisit en deux jours.", n=1),
    S("A-neg.name.party_bday", "name_collision", "casual", "Party at our place Saturday for {pal}'s 40th! Bring a dish and your dancing shoes.",
      "Party chez nous samedi pour les 40 ans de {pal} ! Apportez un plat pis vos souliers de danse.", n=8, pal=FRIENDS, mood="happy"),
    S("A-neg.name.progressive_lenses", "name_collision", "casual", "Progressive lenses are taking me forever to get used to.",
      "Mes nouveaux verres progressifs, j'ai de la misère à m'habituer.", n=1),
    S("A-neg.name.labour_day", "name_collision", "casual", "Labour Day weekend at the cottage, last swim of the year 🏊",
      "Fête du Travail au chalet, dernière baignade de l'année 🏊", n=1),
    S("A-neg.name.rally_car", "name_collision", "casual", "Went to the car rally in {town} with my dad, so much mud.",
      "Je suis [me:allé|allée] au rallye automobile à {town} avec mon père, tellement de boue.", n=10),
    S("A-neg.name.campaign_mode", "name_collision", "casual", "Finished the campaign in {game} last night, the final boss was brutal.",
      "J'ai fini la campagne de {game} hier soir, le boss final était brutal.", n=8, game=GAMES, mood="game"),
    S("A-neg.name.vote_photo", "name_collision", "casual", "Vote for my sister's dog photo in the library contest! She's entry #{k} 🐶",
      "Votez pour la photo du chien de ma sœur au concours de la bibliothèque ! C'est la participation no {k} 🐶", n=6, k=same("4", "9", "14", "21", "27", "33")),
    S("A-neg.name.office_poll", "name_collision", "casual", "Quick poll for the office: {a} or {b} for Friday's lunch?",
      "Petit sondage au bureau : {a} ou {b} pour le dîner de vendredi ?", n=10,
      a=vals(("pizza", "pizza"), ("sushi", "sushis"), ("shawarma", "shawarma")), b=vals(("pho", "pho"), ("burgers", "burgers"), ("poutine", "poutine"), ("tacos", "tacos"))),
    S("A-neg.name.tory_burch", "name_collision", "casual", "Found a Tory Burch bag at the thrift store for $12. Best day.",
      "J'ai trouvé un sac Tory Burch au comptoir familial pour 12 $. Meilleure journée.", n=1, mood="happy"),
    S("A-neg.name.orange_crush", "name_collision", "casual", "Nothing beats an Orange Crush on a hot day at the beach.",
      "Rien de mieux qu'un Orange Crush quand il fait chaud à la plage.", n=1),
    S("A-neg.name.plant_swap", "name_collision", "casual", "Hosting a plant swap party Sunday, green thumbs welcome 🌿",
      "Je fais un party d'échange de plantes dimanche, les pouces verts sont les bienvenus 🌿", n=1),
    S("A-neg.name.bloc_party", "name_collision", "casual", "Bloc Party was amazing live last night, my ears are still ringing.",
      "Bloc Party était malade en show hier soir, j'ai encore les oreilles qui sillent.", n=1, mood="happy"),
    S("A-neg.name.directions", "name_collision", "casual", "Turn left at the lights, then right on {street}. You can't miss the house.",
      "Tournez à gauche aux lumières, puis à droite sur {street}. Vous pouvez pas manquer la maison.", n=8,
      street=vals(("Laurier", "Laurier"), ("Bank Street", "la rue Bank"), ("Main Street", "la rue Main"), ("Saint-Joseph", "Saint-Joseph"),
                  ("Elgin", "Elgin"), ("Churchill", "Churchill"), ("Carling", "Carling"), ("Montcalm", "Montcalm"))),
    S("A-neg.name.airport", "name_collision", "angry", "Flight delayed at {place} again, third time this month.",
      "Vol encore retardé {place.au}, troisième fois ce mois-ci.", n=4, mood="angry",
      place=[fv("Trudeau airport", "l'aéroport Trudeau"), fv("Pearson", "Pearson"), fv("the Québec City airport", "l'aéroport Jean-Lesage"),
             fv("Macdonald-Cartier airport", "l'aéroport Macdonald-Cartier")]),
    S("A-neg.name.traffic", "name_collision", "angry", "Traffic on {place} is a nightmare this morning, avoid it if you can.",
      "Le trafic sur {place} est un cauchemar ce matin, évitez-le si vous pouvez.", n=8, place=NAMED_PLACES, mood="angry"),
    S("A-neg.name.dog", "name_collision", "casual", "Our dog {dog} just learned to open the fridge. We're doomed.",
      "[dog:Notre chien|Notre chienne] {dog} vient d'apprendre à ouvrir le frigo. On est cuits.", n=8, dog=DOG_NAMES, mood="laugh"),
    S("A-neg.name.may_be", "name_collision", "casual", "{sur} may be late tonight, start the game without him.",
      "{sur} va peut-être être en retard ce soir, commencez la partie sans lui.", n=10, sur=FRIEND_SURNAMES, mood="game"),
]

NEG_POLICY = [
    S("A-neg.policy.explainer", "policy_talk", "casual", "Good explainer on how other countries handle {issue}. Worth the read, whatever you think of it.",
      "Bonne explication sur la façon dont d'autres pays gèrent {issue}. Ça vaut la lecture, peu importe ce qu'on en pense.", n=12),
    S("A-neg.policy.question", "policy_talk", "casual", "Genuine question for the economists here: what actually changes {issue} over ten years?",
      "Vraie question pour les économistes ici : qu'est-ce qui fait vraiment bouger {issue} sur dix ans ?", n=10),
    S("A-neg.policy.both_sides", "policy_talk", "casual", "There are good arguments on both sides of {issue}. I wish the debate were calmer.",
      "Il y a de bons arguments des deux bords sur {issue}. J'aimerais ça que le débat soit plus calme.", n=12),
    S("A-neg.policy.budget_docs", "policy_talk", "casual", "Reading the budget documents tonight. The section on {issue} is longer than I expected.",
      "Je lis les documents budgétaires ce soir. La section sur {issue} est plus longue que je pensais.", n=10),
    S("A-neg.policy.statcan", "policy_talk", "formal", "Statistics Canada released new data on {stat} today. Numbers below.",
      "Statistique Canada a publié aujourd'hui de nouvelles données sur {stat}. Les chiffres ci-dessous.", n=6, stat=STATS),
    S("A-neg.policy.class", "policy_talk", "casual", "My poli sci class debated {issue} today and honestly everyone made decent points.",
      "Dans mon cours de science po, on a débattu {issue.de} aujourd'hui pis honnêtement tout le monde avait des bons points.", n=12),
    S("A-neg.policy.renters", "policy_talk", "casual", "How will the new rules on {issue} affect renters? Asking for myself.",
      "Comment les nouvelles règles sur {issue} vont toucher les locataires ? Je demande pour moi.", n=8),
    S("A-neg.policy.denmark", "policy_talk", "casual", "Interesting to see how {country} handles {issue} compared to us.",
      "Intéressant de voir comment {country} gère {issue} comparé à nous.", n=12,
      country=vals(("Denmark", "le Danemark"), ("Japan", "le Japon"), ("Germany", "l'Allemagne"), ("New Zealand", "la Nouvelle-Zélande"),
                   ("Finland", "la Finlande"), ("Portugal", "le Portugal"))),
]

NEG_HISTORY = [
    S("A-neg.hist.museum", "history_civics", "casual", "Took the kids to the {museum} today. They loved the part about {thing}.",
      "J'ai amené les enfants au {museum} aujourd'hui. Ils ont adoré la section sur {thing}.", n=12, museum=MUSEUMS, mood="kids",
      thing=vals(("the first Parliament", "le premier Parlement"), ("old election posters", "les vieilles affiches électorales"),
                 ("the voyageurs", "les voyageurs"), ("the suffragettes", "les suffragettes"), ("Confederation", "la Confédération"))),
    S("A-neg.hist.tour", "history_civics", "casual", "Did the free tour of Parliament today. The Library of Parliament is stunning.",
      "J'ai fait la visite guidée gratuite du Parlement aujourd'hui. La bibliothèque du Parlement est magnifique.", n=1),
    S("A-neg.hist.biography", "history_civics", "casual", "Reading a biography of {hf}. Wild how different politics was back then.",
      "Je lis une biographie de {hf}. Fou comme la politique était différente dans ce temps-là.", n=12, hf=HISTORY_FIGURES),
    S("A-neg.hist.homework", "history_civics", "casual", "Helping {rel2} with homework on how a bill becomes law. I learned a few things too.",
      "J'aide {rel2} avec un devoir sur comment un projet de loi devient une loi. J'en ai appris moi aussi.", n=4,
      rel2=vals(("my son", "mon fils"), ("my daughter", "ma fille"), ("my nephew", "mon neveu"), ("my kid", "mon plus vieux"))),
    S("A-neg.hist.on_this_day", "history_civics", "formal", "On this day in {ev.yr}, {ev}.", "À pareille date en {ev.yr}, {ev}.", n=9, ev=HISTORY_EVENTS),
    S("A-neg.hist.referendum_podcast", "history_civics", "casual", "Great podcast episode on the 1995 referendum, told from both camps' point of view.",
      "Excellent épisode de balado sur le référendum de 1995, raconté du point de vue des deux camps.", n=1),
    S("A-neg.hist.citizenship", "history_civics", "casual", "Studying for the citizenship test tonight. Turns out I had no idea how many seats are in the Senate.",
      "J'étudie pour l'examen de citoyenneté ce soir. Je savais même pas combien il y a de sièges au Sénat.", n=1),
    S("A-neg.hist.page", "history_civics", "casual", "Applying to be a page in the House of Commons this fall, wish me luck!",
      "Je pose ma candidature comme page à la Chambre des communes cet automne, souhaitez-moi bonne chance !", n=1),
    S("A-neg.hist.chamber", "history_civics", "casual", "The {what} in the Senate chamber is incredible in person. Photos don't do it justice.",
      "{what^} de la salle du Sénat est incroyable en personne. Les photos lui rendent pas justice.", n=3,
      what=vals(("ceiling", "le plafond"), ("woodwork", "la boiserie"), ("stained glass", "le vitrail"))),
]

NEG_SATIRE = [
    S("A-neg.sat.couch_campaign", "satire", "sarcastic", "Launching my campaign for president of the couch this weekend. Platform: snacks.",
      "Je lance ma campagne pour la présidence du divan en fin de semaine. Plateforme : des grignotines.", n=1, mood="laugh"),
    S("A-neg.sat.cat_majority", "satire", "sarcastic", "My cat has formed a majority government in this house and nobody voted for her.",
      "Ma chatte a formé un gouvernement majoritaire dans la maison pis personne a voté pour elle.", n=1, mood="laugh"),
    S("A-neg.sat.coffee_emergency", "satire", "sarcastic", "Breaking: local {who}'s coffee maker dies, {who2} declares a state of emergency.",
      "Dernière heure : la cafetière d'{who} du coin rend l'âme, {who2} déclare l'état d'urgence.", n=2, mood="laugh",
      who=vals(("man", "un homme")), who2=vals(("he", "il"), ("the household", "la maisonnée"))),
    S("A-neg.sat.filibuster", "satire", "sarcastic", "My toddler just filibustered bedtime for {k} minutes. Impressive parliamentary procedure.",
      "Mon petit vient de faire de l'obstruction à l'heure du dodo pendant {k} minutes. Procédure parlementaire impressionnante.", n=4,
      k=same("25", "40", "45", "55"), mood="kids"),
    S("A-neg.sat.snow", "satire", "sarcastic", "Oh great, another {cm} cm of snow. Love that for us 🙃", "Ah super, encore {cm} cm de neige. On aime ça 🙃", n=5,
      cm=SNOW, mood="weather"),
    S("A-neg.sat.group_chat", "satire", "sarcastic", "Our group chat voted on where to eat and somehow the losing option won. Democracy is broken lol",
      "Notre groupe de jasette a voté pour choisir le resto pis l'option perdante a gagné. La démocratie est brisée lol", n=1, mood="laugh"),
    S("A-neg.sat.minister_laundry", "satire", "sarcastic", "I'm appointing myself Minister of {dom}. First order: nobody touches {thing}.",
      "Je me nomme ministre {dom}. Premier décret : personne touche {thing}.", n=9, mood="laugh",
      dom=vals(("Laundry", "du Lavage"), ("the Remote", "de la Télécommande"), ("Snacks", "des Grignotines")),
      thing=vals(("the pile", "à la pile"), ("my side of the bed", "à mon bord du lit"), ("the last cookie", "au dernier biscuit"))),
    S("A-neg.sat.self_deprecating", "satire", "sarcastic", "My approval rating at home dropped 40 points after I {did}. Polls close at bedtime.",
      "Mon taux d'approbation à la maison a chuté de 40 points depuis que j'ai {did}. Les bureaux de vote ferment à l'heure du dodo.", n=5, mood="laugh",
      did=vals(("burned the pancakes", "brûlé les crêpes"), ("forgot the milk", "oublié le lait"), ("cancelled movie night", "annulé la soirée cinéma"),
               ("lost the remote", "perdu la télécommande"), ("sang in the car", "chanté dans l'auto"))),
    S("A-neg.sat.weather_genius", "satire", "sarcastic", "Great decision by me to wash the car right before the storm. Truly a visionary 👏",
      "Belle décision de ma part de laver l'auto juste avant la tempête. [me:Un vrai visionnaire|Une vraie visionnaire] 👏", n=2, mood="sarcastic"),
]

NEGATIVES = NEG_CIVIC + NEG_NEWS + NEG_CONDOLENCE + NEG_POLLS + NEG_OFFICIAL + NEG_NAMES + NEG_POLICY + NEG_HISTORY + NEG_SATIRE


def families() -> list[Fam]:
    out = [s.fam("A", "", POL_TAGS) for s in POSITIVES]
    out += [s.fam("neutral", "A", POL_TAGS) for s in NEGATIVES]
    return out


def posts() -> Iterator[Post]:
    yield from finish(generate(families(), SEED))
