"""Weapon types: models, calibres, subtypes, generic mentions."""
from __future__ import annotations

import pytest
from conftest import rows

import pipeline

COLS = ("text", "category", "model", "caliber_mm")
CASES = [
    # models in brackets after "DPICM ... projectiles" are the projectiles (cluster munitions), not submunitions
    ("It holds 155mm DPICM artillery projectiles (M483A1 and M864).",
     [("155mm", "cluster_munition", "", "155"), ("DPICM", "submunition", "DPICM", ""),
      ("M483A1", "cluster_munition", "M483A1", ""), ("M864", "cluster_munition", "M864", "")]),
    ("It destroyed its XM-17 DPICM rounds in 2019.",
     [("XM-17", "cluster_munition", "XM-17", ""), ("DPICM", "submunition", "DPICM", "")]),
    # German antivehicle mines of the Second World War, by name and number
    ("The minefields hold German Tellermine 42 and Riegelmine 43 antivehicle mines.",
     [("Tellermine 42", "antivehicle_mine", "Tellermine 42", ""), ("Riegelmine 43", "antivehicle_mine", "Riegelmine 43", "")]),
    ("It possesses RBK-500 cluster bombs and KMGU dispensers.",
     [("RBK-500", "cluster_munition", "RBK-500", ""), ("KMGU", "cluster_munition", "KMGU", "")]),
    ("It produced submunition warheads for 122mm, 170mm, and 240mm rockets.",
     [("122mm", "cluster_munition", "", "122"), ("170mm", "cluster_munition", "", "170"),
      ("240mm", "cluster_munition", "", "240")]),
    ("Soviet PMD-6 mines were found on the islands.", [("PMD-6", "antipersonnel_mine", "PMD-6", "")]),
    ("Antivehicle mines used included Chinese Type 72SP and Type 84 mines.",
     [("Type 72SP", "antivehicle_mine", "Type 72SP", ""), ("Type 84", "antivehicle_mine", "Type 84", "")]),
    ("It has produced Model 15 fragmentation mines and APP M-57 blast mines.",
     [("Model 15", "antipersonnel_mine", "Model 15", ""), ("APP M-57", "antipersonnel_mine", "APP M-57", "")]),
    ("Boxes of MI AP ID 51-53 and MI AP DV 59 antipersonnel mines were destroyed.",
     [("MI AP ID 51-53", "antipersonnel_mine", "MI AP ID 51-53", ""), ("MI AP DV 59", "antipersonnel_mine", "MI AP DV 59", "")]),
    ("Belgian PRB-M3 and PRB-M3A1 antivehicle mines were used.",
     [("PRB-M3", "antivehicle_mine", "PRB-M3", ""), ("PRB-M3A1", "antivehicle_mine", "PRB-M3A1", "")]),
    ("Deminers found an unknown XR-77 mine near the road.", [("XR-77", "antipersonnel_mine", "XR-77", "")]),
    ("Evidence was found of bounding fragmentation mines (PRB XZ 123).",
     [("bounding fragmentation mines", "antipersonnel_mine", "", ""), ("PRB XZ 123", "antipersonnel_mine", "PRB XZ 123", "")]),
    ("Remnants of a Sakr-36 rocket were found near the airport.", [("Sakr-36", "other", "Sakr-36", "")]),
    # A variant suffix is part of the model as written; a slash between two models is a list
    ("Its stocks included CBU-87/B bombs and M42/M46 grenades.",
     [("CBU-87/B", "cluster_munition", "CBU-87/B", ""), ("M42", "submunition", "M42", ""),
      ("M46", "submunition", "M46", "")]),
    # An article before a designation is not part of it; rounds and mortars are weapon nouns
    ("A PG-7 grenade and RPG-7 rounds were found beside ASTROS II rockets.",
     [("PG-7", "other", "PG-7", ""), ("RPG-7", "other", "RPG-7", ""), ("ASTROS II", "cluster_munition", "ASTROS II", "")]),
    # Mine cassettes and scatterable models of the Soviet stockpiles
    ("Belarus declared 1,200 KSF-1 cassettes and destroyed its KPOM-2 cassettes in 2005.",
     [("KSF-1", "antipersonnel_mine", "KSF-1", ""), ("KPOM-2", "antipersonnel_mine", "KPOM-2", "")]),
    ("The US dropped BLU-26 submunitions and M83 “butterfly bombs” in the 1960s.",
     [("BLU-26", "submunition", "BLU-26", ""), ("M83", "submunition", "M83", "")]),
    # A "-type" after a known model keeps its head noun; calibres with a space or hyphen; digit-letter models
    ("The army retains 1,000 anti-tank mines and 500 Claymore-type directional fragmentation mines.",
     [("Claymore", "antipersonnel_mine", "Claymore", "")]),
    ("It fired 155-mm M864 projectiles and 152mm shells delivering 3-O-23 submunitions from 9M27K1 rockets.",
     [("155-mm", "cluster_munition", "", "155"), ("M864", "cluster_munition", "M864", ""), ("152mm", "cluster_munition", "", "152"),
      ("3-O-23", "submunition", "3-O-23", ""), ("9M27K1", "cluster_munition", "9M27K1", "")]),
    # A calibre or a mark right before a known model takes that model's category
    ("Its stockpile includes 122mm Grad rockets and 160mm MK-4 LAR-160 rockets.",
     [("122mm", "other", "", "122"), ("Grad", "other", "Grad", ""), ("160mm", "cluster_munition", "", "160"),
      ("MK-4", "cluster_munition", "MK-4", ""), ("LAR-160", "cluster_munition", "LAR-160", "")]),
    # Named subtypes without a model; a subtype right after a model is that model's head noun
    ("The army laid butterfly mines, toe-popper mines and off-route mines; Claymore-type directional fragmentation "
     "mines and APP M-57 blast mines were also found.",
     [("butterfly mines", "antipersonnel_mine", "", ""), ("toe-popper mines", "antipersonnel_mine", "", ""),
      ("off-route mines", "antivehicle_mine", "", ""), ("Claymore", "antipersonnel_mine", "Claymore", ""),
      ("APP M-57", "antipersonnel_mine", "APP M-57", "")]),
    # Models named with a word and a number apart (LTTE mines)
    ("The LTTE manufactured the Jony 95 and Rangan 99 antipersonnel mines.",
     [("Jony 95", "antipersonnel_mine", "Jony 95", ""), ("Rangan 99", "antipersonnel_mine", "Rangan 99", "")]),
    # Portuguese designations with a slash
    ("Mines found included Portuguese M/966 and M/969 mines and the Romanian MAI-75.",
     [("M/966", "antipersonnel_mine", "M/966", ""), ("M/969", "antipersonnel_mine", "M/969", ""),
      ("MAI-75", "antipersonnel_mine", "MAI-75", "")]),
    # A model with a mark written apart; Roman-numeral models
    ("It destroyed Pakistani P-4 MK2 mines and Iranian YM-I and YM-III mines.",
     [("P-4 MK2", "antipersonnel_mine", "P-4 MK2", ""), ("YM-I", "antipersonnel_mine", "YM-I", ""),
      ("YM-III", "antipersonnel_mine", "YM-III", "")]),
    ("Types in the stockpile included POM-2 and PTM-1.",
     [("POM-2", "antipersonnel_mine", "POM-2", ""), ("PTM-1", "antivehicle_mine", "PTM-1", "")]),
    # A plural "s" after a known model is not part of it
    ("Deminers also found VS-50s and PMN-2s near the border.",
     [("VS-50", "antipersonnel_mine", "VS-50", ""), ("PMN-2", "antipersonnel_mine", "PMN-2", "")]),
    # A known model right before a footnote marker ("TMA-3.[2]" is one spaCy token)
    ("Contamination includes antivehicle mines such as the TMA-3.[2] Survey continued.",
     [("TMA-3", "antivehicle_mine", "TMA-3", "")]),
    # A known munition keeps its category in a sentence about mines; a model's last digit is its own (M395 is no M39)
    ("It possesses Type 72 antipersonnel mines and Type 81 DPICM.",
     [("Type 72", "antipersonnel_mine", "Type 72", ""), ("Type 81 DPICM", "submunition", "Type 81 DPICM", "")]),
    ("Israel used M85 submunitions delivered by M395 projectiles.",
     [("M85", "submunition", "M85", ""), ("M395", "cluster_munition", "M395", "")]),
    ("Israel used M85 submunitions and M394 projectiles.",
     [("M85", "submunition", "M85", ""), ("M394", "other", "M394", "")]),
    # A calibre right after a known model is that model's
    ("Uragan 220mm rockets and Smerch 300mm rockets were used.",
     [("Uragan", "cluster_munition", "Uragan", ""), ("220mm", "cluster_munition", "", "220"),
      ("Smerch", "cluster_munition", "Smerch", ""), ("300mm", "cluster_munition", "", "300")]),
    # ... and one in brackets after the model's head noun (not after a plain noun's)
    ("Its stocks include Smerch rockets (300mm) and mortars (120mm).",
     [("Smerch", "cluster_munition", "Smerch", ""), ("300mm", "cluster_munition", "", "300"),
      ("120mm", "other", "", "120")]),
    # 105mm M444 projectiles carry grenades
    ("It holds 105mm M444 projectiles.", [("105mm", "cluster_munition", "", "105"), ("M444", "cluster_munition", "M444", "")]),
    # The head noun decides before its modifiers: "cluster submunitions" are submunitions
    ("Four children were injured by cluster submunitions (BLU-97/B) and by M26 cluster rockets.",
     [("BLU-97/B", "submunition", "BLU-97/B", ""), ("M26", "cluster_munition", "M26", "")]),
    # DPICM before a carrier's noun: the carrier is a cluster munition
    ("It stockpiles M483A1 DPICM projectiles.",
     [("M483A1", "cluster_munition", "M483A1", ""), ("DPICM", "submunition", "DPICM", "")]),
    # A non-breaking hyphen (U+2011) in a model: read, and the row's text is the canonical text's
    ("Two soldiers were injured by PMN\u20112 mines.", [("PMN\u20112", "antipersonnel_mine", "PMN\u20112", "")]),
    # Unitary bombs are no cluster munitions, though a bomb of unknown model is taken for one
    ("Operators destroyed an unexploded OFAB-250 bomb, Mk 82 bombs and a ZB-12 bomb.",
     [("OFAB-250", "other", "OFAB-250", ""), ("Mk 82", "other", "Mk 82", ""), ("ZB-12", "cluster_munition", "ZB-12", "")]),
    # Myanmar's state-made mines, named without a head noun
    ("KaPaSa produces the MM1 (a copy of the M16A1 bounding mine) and the MM2.",
     [("MM1", "antipersonnel_mine", "MM1", ""), ("M16A1", "antipersonnel_mine", "M16A1", ""),
      ("MM2", "antipersonnel_mine", "MM2", "")]),
    # A maker country's abbreviation before a model is not part of it
    ("It holds US M16A1 mines and PRC Type 72 mines.",
     [("M16A1", "antipersonnel_mine", "M16A1", ""), ("Type 72", "antipersonnel_mine", "Type 72", "")]),
    # What a rocket or projectile carries makes it a cluster munition
    ("Deliveries included SS-60 or SS-80 rockets, each carrying 65 dual-purpose submunitions.",
     [("SS-60", "cluster_munition", "SS-60", ""), ("SS-80", "cluster_munition", "SS-80", "")]),
    ("It held DM642 and DM652 artillery projectiles carrying DM1383 and DM1385 submunitions.",
     [("DM642", "cluster_munition", "DM642", ""), ("DM652", "cluster_munition", "DM652", ""),
      ("DM1383", "submunition", "DM1383", ""), ("DM1385", "submunition", "DM1385", "")]),
    ("The ZZ-9 projectiles, which contain 88 DPICM submunitions, and ZZ-7 rockets with HE warheads were found.",
     [("ZZ-9", "cluster_munition", "ZZ-9", ""), ("DPICM", "submunition", "DPICM", ""), ("ZZ-7", "other", "ZZ-7", "")]),
    # A designation outside the lexicon before "mine belt" names a barrier; a known model's belt is of its mines
    ("The K5 mine belt along the border and a PMN-2 mine belt were surveyed.",
     [("PMN-2", "antipersonnel_mine", "PMN-2", "")]),
    # A family named by its letters, before "-type", "-family" or "-series": the family's category, no subtype row
    ("Teams found PMN-type mines, OZM-family bounding mines and MON-series directional mines in Mon State.",
     [("PMN", "antipersonnel_mine", "PMN", ""), ("OZM", "antipersonnel_mine", "OZM", ""), ("MON", "antipersonnel_mine", "MON", "")]),
    # Missiles and rockets reported with cluster warheads (Ukraine), the series named by its first model
    ("Russia used Tornado-S rockets, RBK-500 SPBE-D bombs, 9M79-series Tochka missiles and Iskander-M missiles.",
     [("Tornado-S", "cluster_munition", "Tornado-S", ""), ("RBK-500", "cluster_munition", "RBK-500", ""),
      ("SPBE-D", "submunition", "SPBE-D", ""), ("9M79", "cluster_munition", "9M79", ""),
      ("Tochka", "cluster_munition", "Tochka", ""), ("Iskander-M", "cluster_munition", "Iskander-M", "")]),
    # ... and a carrier after a second head noun ("mortar projectiles"), or a cluster warhead, makes one
    ("Forces fired ZZ-120 mortar projectiles containing 21 submunitions each, and a ZX-110 missile with a cluster "
     "munition warhead.",
     [("ZZ-120", "cluster_munition", "ZZ-120", ""), ("ZX-110", "cluster_munition", "ZX-110", "")]),
    ("ZZ-7 mortar rounds were fired at the village.", [("ZZ-7", "other", "ZZ-7", "")]),
    # US scatterable mines: the antivehicle and antipersonnel mines of a pair
    ("The US stockpile includes ADAM and RAAM artillery-delivered mines and Gator CBU-89 bombs with BLU-91/B and BLU-92/B "
     "mines.",
     [("ADAM", "antipersonnel_mine", "ADAM", ""), ("RAAM", "antivehicle_mine", "RAAM", ""),
      ("CBU-89", "cluster_munition", "CBU-89", ""), ("BLU-91/B", "antivehicle_mine", "BLU-91/B", ""),
      ("BLU-92/B", "antipersonnel_mine", "BLU-92/B", "")]),
    # a head noun after "containing" is another weapon's: the Sensor Fuzed Weapon stays a cluster munition
    ("The airstrike used a CBU-97 Sensor Fuzed Weapon containing BLU-108 submunitions.",
     [("CBU-97", "cluster_munition", "CBU-97", ""), ("Sensor Fuzed Weapon", "cluster_munition", "Sensor Fuzed Weapon", ""),
      ("BLU-108", "submunition", "BLU-108", "")]),
    # a model of "DPICM projectiles" is a projectile that carries them
    ("Turkey produced ZZ-155 DPICM projectiles under license.",
     [("ZZ-155", "cluster_munition", "ZZ-155", ""), ("DPICM", "submunition", "DPICM", "")]),
    # a launcher named by its rockets' family is a launcher
    ("Russia used BM-27 Uragan launchers.", [("BM-27", "other", "BM-27", ""), ("Uragan", "other", "Uragan", "")]),
    # a bomb's model, then the submunitions it carries; a second weight of one series; a spelling's case; a
    # mortar projectile of a cluster type
    # twelfth pass: Smerch rockets with cluster warheads, named by their index alone
    ("In some of them 9M525 combat elements were found.", [("9M525", "cluster_munition", "9M525", "")]),
    # twelfth pass: a mine's modifier makes no mine of another munition; "AT" before the head noun is no "at"
    ("The army holds KR-40 fragmentation grenades and ZM-12 fragmentation mines.",
     [("KR-40", "other", "KR-40", ""), ("ZM-12", "antipersonnel_mine", "ZM-12", "")]),
    ("Deminers found XM-31 AT mines and XM-32 AP mines.",
     [("XM-31", "antivehicle_mine", "XM-31", ""), ("XM-32", "antipersonnel_mine", "XM-32", "")]),
    ("Remnants of RBK-250/275 AO-1SCh cluster bombs and RBK-500 PTAB-1M cluster bombs were found.",
     [("RBK-250/275", "cluster_munition", "RBK-250/275", ""), ("AO-1SCh", "submunition", "AO-1SCh", ""),
      ("RBK-500", "cluster_munition", "RBK-500", ""), ("PTAB-1M", "submunition", "PTAB-1M", "")]),
    ("Videos showed Soviet-made AO-1Sch submunitions delivered by RBK bombs.", [("AO-1Sch", "submunition", "AO-1Sch", "")]),
    ("Unexploded O-10 submunitions from a 3-O-8 cluster munition mortar projectile were found.",
     [("O-10", "submunition", "O-10", ""), ("3-O-8", "cluster_munition", "3-O-8", "")]),
    # ... but two models written with a slash are two ("MON-50/90"), and a submunition's model before a bomb's is no
    # payload ("ShOAB-0.5 and RBK-500 bombs")
    ("Stocks of MON-50/90 mines were declared.", [("MON-50", "antipersonnel_mine", "MON-50", "")]),
    ("It received M864 and M483A1 DPICM projectiles, each containing 72 and 88 submunitions.",
     [("M864", "cluster_munition", "M864", ""), ("M483A1", "cluster_munition", "M483A1", ""),
      ("DPICM", "cluster_munition", "DPICM", "")]),
    ("It reported ShOAB-0.5 and RBK-500 cluster bombs.",
     [("ShOAB-0.5", "cluster_munition", "ShOAB-0.5", ""), ("RBK-500", "cluster_munition", "RBK-500", "")]),
    # Traps: symbols, pandemics, sessions and numbered places are not weapons.
    ("Soldiers carried M16 rifles and T-72 tanks crossed the border.", []),
    ("In Sector-7 mines were found along Route-66 mines and wires.", []),
    ("Measures against COVID-19 were discussed at the 71st Session, A/C.1/71/PV.24.", []),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_specific_weapons(sentence, expected):
    w = pipeline.extract(sentence)["weapons"]
    assert rows(w[w.generic == "false"], *COLS) == expected


def test_generic_mentions_are_flagged_and_do_not_overlap_models():
    w = pipeline.extract("It stockpiles cluster munitions, antipersonnel mines and RBK-500 cluster bombs.")["weapons"]
    assert rows(w, "text", "category", "generic") == [
        ("cluster munitions", "cluster_munition", "true"), ("antipersonnel mines", "antipersonnel_mine", "true"),
        ("RBK-500", "cluster_munition", "false"), ("cluster bombs", "cluster_munition", "true")]


@pytest.mark.parametrize("text, expected", [
    # A capital that opens a sentence, a line or a label is still a mention; acronyms too
    ("Antipersonnel mines were laid in 2019.\nLandmines: contamination is unknown.\nEgypt said AP mines and AT mines "
     "defend borders.",
     [("Antipersonnel mines", "antipersonnel_mine"), ("Landmines", "other"), ("AP mines", "antipersonnel_mine"),
      ("AT mines", "antivehicle_mine")]),
    # ... but a capitalised name or title is not, nor "at mines" in lower case
    ("The International Campaign to Ban Landmines attended. The Convention on Cluster Munitions entered into force. "
     "Landmine Monitor looked at mines.", []),
])
def test_generic_mentions_in_capitals(text, expected):
    w = pipeline.extract(text)["weapons"]
    assert rows(w[w.generic == "true"], "text", "category") == expected


def test_named_subtypes():
    w = pipeline.extract("It lists anti-armor and anti-runway cluster bombs and a wooden box mine (PMD-6 type).")["weapons"]
    assert rows(w, "text", "category") == [
        ("anti-armor", "cluster_munition"), ("anti-runway cluster bombs", "cluster_munition"),
        ("wooden box mine", "antipersonnel_mine"), ("PMD-6", "antipersonnel_mine")]


def test_type_families():
    w = pipeline.extract("It will destroy a portion of its stockpile of PFM-type mines.")["weapons"]
    assert rows(w[w.generic == "false"], *COLS) == [("PFM", "antipersonnel_mine", "PFM", "")]


def test_a_pattern_item_names_its_case_or_is_refused():
    from pipeline.config import ConfigError
    from pipeline.extractors.weapons import _pattern_list

    (_, sensitive), (_, blind) = _pattern_list([
        {"pattern": r"\bAT mines\b", "category": "antivehicle_mine", "case": "sensitive"},
        {"pattern": r"\bsea mines\b", "category": "other"}], "weapons: generic")
    assert sensitive.search("AT mines") and not sensitive.search("looked at mines")
    assert blind.search("Sea mines")
    with pytest.raises(ConfigError, match="case must be blind or sensitive"):
        _pattern_list([{"pattern": "x", "category": "other", "case": "upper"}], "weapons: generic")


@pytest.mark.parametrize("sentence, expected", [
    ("The group used homemade mines and craft-produced mines.",
     [("homemade mines", "improvised_mine"), ("craft-produced mines", "improvised_mine")]),
    ("Non-state armed groups used improvised landmines and victim-activated IEDs.",
     [("improvised landmines", "improvised_mine"), ("IEDs", "improvised_mine")]),
])
def test_improvised_mines_by_other_names(sentence, expected):
    w = pipeline.extract(sentence)["weapons"]
    assert rows(w, "text", "category") == expected
