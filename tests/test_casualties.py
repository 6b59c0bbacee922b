"""Casualty counts: (text, expected rows) tables in the Monitor's style, traps included."""
from __future__ import annotations

import pytest
from conftest import config_with_rules, rows

import pipeline

COLS = ("count", "qualifier", "outcome", "group")
CASES = [
    ("At least 1,066 people were killed and another 2,552 people were injured; for 10 casualties it was not known "
     "if the person survived.",
     [("1066", "at_least", "killed", ""), ("2552", "exact", "injured", ""), ("10", "exact", "unknown", "")]),
    ("In August 2015, two soldiers on a routine patrol on the southern side of the zone were injured by mines.",
     [("2", "exact", "injured", "military")]),
    ("The investigation found mines emplaced in the zone, injuring two Republic of Korea soldiers.",
     [("2", "exact", "injured", "military")]),
    ("Since 1999, a soldier involved in construction work lost a foot in a landmine explosion.",
     [("1", "exact", "injured", "military")]),
    ("In 2010, a man was killed by the same type of mine.", [("1", "exact", "killed", "civilian")]),
    ("1 mine/explosive remnants of war (ERW) casualties: 1 injured",
     [("1", "exact", "casualties", ""), ("1", "exact", "injured", "")]),
    ("In 2016, the Monitor identified 43 mine/ERW casualties. Of the total, 41 were civilians and two were deminers.",
     [("43", "exact", "casualties", ""), ("41", "exact", "casualties", "civilian"), ("2", "exact", "casualties", "deminer")]),
    ("Casualties occurring in 2016\n\n43 (2015: 76)\n", [("43", "exact", "casualties", ""), ("76", "exact", "casualties", "")]),
    ("13 killed; 30 injured (2015: 19 killed; 57 injured)",
     [("13", "exact", "killed", ""), ("30", "exact", "injured", ""), ("19", "exact", "killed", ""), ("57", "exact", "injured", "")]),
    ("Two casualties caused by unexploded submunitions were recorded in 2015 and one in 2014.",
     [("2", "exact", "casualties", ""), ("1", "exact", "casualties", "")]),
    ("Several casualties due to these mines were reported.", [("", "vague", "casualties", "")]),
    ("In 2018, three civilians killed and one child injured by ERW.",
     [("3", "exact", "killed", "civilian"), ("1", "exact", "injured", "child")]),
    ("In 2019, 12 people, including five children, were killed by a mine, and two others were injured.",
     [("12", "exact", "killed", ""), ("5", "exact", "killed", "child"), ("2", "exact", "injured", "")]),
    # "Not known if ... survived" speaks of the people after the last count, not of the total before it.
    ("Of the 47 casualties, 12 were killed and 30 injured; it was not known if the others survived.",
     [("47", "exact", "casualties", ""), ("12", "exact", "killed", ""), ("30", "exact", "injured", "")]),
    ("There were 3 casualties for whom it was unknown whether they survived.", [("3", "exact", "unknown", "")]),
    # "N unknown" after the killed and injured of a list, or first on a summary line, is a count of unknown outcome;
    # an unknown device is not.
    ("The database holds 9,437 casualties for 2016 (2,472 killed, 6,937 injured, and 28 unknown).",
     [("9437", "exact", "casualties", ""), ("2472", "exact", "killed", ""), ("6937", "exact", "injured", ""),
      ("28", "exact", "unknown", "")]),
    ("Casualty analysis\n\n9 killed (2005: 3)\n\n4 unknown (1 adult, 3 unknown)\n\nDevice type\n\n44 ERW; 27 unknown\n",
     [("9", "exact", "killed", ""), ("3", "exact", "killed", ""), ("4", "exact", "unknown", ""),
      ("1", "exact", "unknown", ""), ("3", "exact", "unknown", "")]),  # the 4's bracket breaks it down (3 of unknown age)
    # The verb before the count: a bare count, "another", or "a" and a person; a total is not split by a verb
    ("A tractor hit an antivehicle mine, killing two farmers and injuring another.",
     [("2", "exact", "killed", "civilian"), ("1", "exact", "injured", "civilian")]),  # another farmer
    ("An explosion killed one person and injured two others in the village.",
     [("1", "exact", "killed", ""), ("2", "exact", "injured", "")]),
    ("A mine exploded, killing one and injuring three.", [("1", "exact", "killed", ""), ("3", "exact", "injured", "")]),
    ("A landmine injured a 12-year-old girl in April 2021.", [("1", "exact", "injured", "child")]),
    ("An improvised mine killed 10 soldiers and wounded 15.",
     [("10", "exact", "killed", "military"), ("15", "exact", "injured", "")]),
    ("Mines killed or injured 40 people in the district.", [("40", "exact", "casualties", "")]),
    # Said before the count: an unknown outcome, a cause that "caused" a number, a share with its number in brackets
    ("In 2021, 14 people were killed; the survival outcome was unknown for five casualties.",
     [("14", "exact", "killed", ""), ("5", "exact", "unknown", "")]),
    ("Antipersonnel mines caused 12 of the casualties, and improvised mines caused a further nine.",
     [("12", "exact", "casualties", ""), ("9", "exact", "casualties", "")]),
    ("ERW caused 12 incidents in the district, but no casualties were recorded.", []),
    ("Nearly half (17) of all casualties were children.", [("17", "exact", "casualties", "child")]),
    # A verb that gives the casualty noun its number; a group named as the subject of "made up", "accounted for"
    ("Military casualties numbered six, and civilian victims totaled more than 40 in 2020.",
     [("6", "exact", "casualties", "military"), ("40", "at_least", "casualties", "civilian")]),
    ("Casualties rose to 35 in 2021, but deaths fell to 20 per cent of the total.", [("35", "exact", "casualties", "")]),
    ("Civilians made up the majority of casualties (21), and children accounted for eight casualties.",
     [("21", "exact", "casualties", "civilian"), ("8", "exact", "casualties", "child")]),
    ("A minibus struck an antivehicle mine, killing five passengers and injuring seven more.",
     [("5", "exact", "killed", ""), ("7", "exact", "injured", "")]),
    # Counts by place or cause in a ranking, each in brackets
    ("Afghanistan had the most casualties (2,234), followed by Syria (1,465) and Ukraine (436).",
     [("2234", "exact", "casualties", ""), ("1465", "exact", "casualties", ""), ("436", "exact", "casualties", "")]),
    ("The greatest number of casualties occurred in the state of Upper Lakes (30) followed by River state (20).",
     [("30", "exact", "casualties", ""), ("20", "exact", "casualties", "")]),
    ("The survey (2019) and the Landmine Monitor (2020) report casualties in the province of Lakes (Region 4).", []),
    ("There were 14 casualties; for one casualty the survival status was unknown.",
     [("14", "exact", "casualties", ""), ("1", "exact", "unknown", "")]),
    ("Of the 149 deminer casualties recorded in 2018, 45 were in Afghanistan and 12 were in 2017.",
     [("149", "exact", "casualties", "deminer"), ("45", "exact", "casualties", "")]),
    ("In 2019, there were 43 civilian casualties, 12 child casualties and 37 mine/ERW casualties.",
     [("43", "exact", "casualties", "civilian"), ("12", "exact", "casualties", "child"), ("37", "exact", "casualties", "")]),
    # A summary table's bare total under its label line
    ("Casualties in 2021\n\nAnnual total\n\n12\n\nDecrease from 17 in 2020\n\nSurvival outcome\n\n4 killed; 8 injured\n",
     [("12", "exact", "casualties", ""), ("17", "exact", "casualties", ""), ("4", "exact", "killed", ""),
      ("8", "exact", "injured", "")]),
    ("Mine action\n\nTotal\n\n2019\n", []),
    ("A tractor driver was killed when his vehicle struck a mine; a passenger was injured.",
     [("1", "exact", "killed", ""), ("1", "exact", "injured", "")]),
    # Kin after his/her/their: one person each, and a number of them
    ("A boy was killed and his brother injured when they handled a submunition.",
     [("1", "exact", "killed", "child"), ("1", "exact", "injured", "")]),
    ("A farmer stepped on a mine; his son was seriously injured.", [("1", "exact", "injured", "")]),
    ("Two brothers were killed by a landmine while herding goats.", [("2", "exact", "killed", "")]),
    ("His brother was a deminer with the national authority.", []),
    # An ordinal after a count is one more person; "the" before a single person after a verb is one person
    ("Four children were killed and a fifth was seriously wounded when a mine exploded near their home.",
     [("4", "exact", "killed", "child"), ("1", "exact", "injured", "")]),
    ("A minibus carrying 14 passengers struck an antivehicle mine, killing the driver and injuring nine passengers.",
     [("1", "exact", "killed", ""), ("9", "exact", "injured", "")]),
    # A total broken down in brackets; an incident count before such brackets is not a casualty count
    ("In 2001, there were 17 new casualties; in 2000 there were 13 (three killed, ten injured).",
     [("17", "exact", "casualties", ""), ("13", "exact", "casualties", ""), ("3", "exact", "killed", ""),
      ("10", "exact", "injured", "")]),
    ("The Monitor recorded 11 incidents (4 killed, 9 injured) in 2019.",
     [("4", "exact", "killed", ""), ("9", "exact", "injured", "")]),
    # "fatally injured" is killed, whatever the rule that reads it
    ("In 2021, three people were fatally injured by a landmine; two soldiers were fatally wounded in another blast.",
     [("3", "exact", "killed", ""), ("2", "exact", "killed", "military")]),
    ("A child was fatally injured by a submunition, and mines fatally wounded two deminers.",
     [("1", "exact", "killed", "child"), ("2", "exact", "killed", "deminer")]),
    ("Twelve people, including five children, were fatally injured by a mine.",
     [("12", "exact", "killed", ""), ("5", "exact", "killed", "child")]),
    ("Eleven people were injured by UXO in 2023, two of them fatally.",
     [("11", "exact", "injured", ""), ("2", "exact", "killed", "")]),
    # A summary line's unknown outcome does not run on into the label of the next line
    ("All known casualties by end 2011: 1,815 mine/ERW casualties (662 killed; 880 injured; 273 unknown)\n"
     "Casualties in 2011: 211 (2010: 286)\n",
     [("1815", "exact", "casualties", ""), ("662", "exact", "killed", ""), ("880", "exact", "injured", ""),
      ("273", "exact", "unknown", ""), ("211", "exact", "casualties", ""), ("286", "exact", "casualties", "")]),
    # Breakdowns by cause with "by" alone and with three words before the device
    ("Of the 2011 casualties, 82 were caused by antipersonnel or antivehicle mines and 124 by ERW, including 11 by "
     "cluster submunitions.",
     [("82", "exact", "casualties", ""), ("124", "exact", "casualties", ""), ("11", "exact", "casualties", "")]),
    # Ages are not people; the verb after them still gives the outcome
    ("In January 2022, two boys aged 11 and 13 were killed by a submunition.", [("2", "exact", "killed", "child")]),
    # Every item of a bracketed list, the first too; a part of a total in brackets, its group from "made up"
    ("Casualties were also recorded in Azerbaijan (21), Iraq (11) and Syria (65).",
     [("21", "exact", "casualties", ""), ("11", "exact", "casualties", ""), ("65", "exact", "casualties", "")]),
    ("Children made up 71% of casualties from remnants (131 of 185).", [("131", "exact", "casualties", "child")]),
    # Incident reports: an age before the person, "members", "another", a breakdown of the injured, and a
    # breakdown after "including" that takes the outcome of the count it is part of
    ("On 3 May 2019, a 12-year-old boy was killed when he picked up a submunition; a 45-year-old woman lost her leg.",
     [("1", "exact", "killed", "child"), ("1", "exact", "injured", "civilian")]),
    ("The explosion killed three members of one family.", [("3", "exact", "killed", "")]),
    ("In a separate incident, one civilian was killed and another injured. Three of the injured were children.",
     [("1", "exact", "killed", "civilian"), ("1", "exact", "injured", "civilian"), ("3", "exact", "injured", "child")]),
    ("An antivehicle mine detonated under a minibus, killing two and injuring 14, including seven children.",
     [("2", "exact", "killed", ""), ("14", "exact", "injured", ""), ("7", "exact", "injured", "child")]),
    ("Twelve members of the committee met survivors.", []),
    ("Victim assistance reached 1,200 survivors and 3,000 family members in 2019. The blast killed four family members.",
     [("4", "exact", "killed", "")]),
    # A share in brackets between a count and its group
    ("In 2020, 1,474 casualties were recorded. Among them, 1,120 (76%) were civilians; 56 were deminers.",
     [("1474", "exact", "casualties", ""), ("1120", "exact", "casualties", "civilian"),
      ("56", "exact", "casualties", "deminer")]),
    ("In all, 14 people died and 28 were hurt by mines.", [("14", "exact", "killed", ""), ("28", "exact", "injured", "")]),
    ("Of these, 1,190 were killed, 1,219 were injured, and the survival outcome of 71 was unknown.",
     [("1190", "exact", "killed", ""), ("1219", "exact", "injured", ""), ("71", "exact", "unknown", "")]),
    ("In 2018, there were 35 casualties: 10 killed, 20 injured and 5 whose outcome is unknown.",
     [("35", "exact", "casualties", ""), ("10", "exact", "killed", ""), ("20", "exact", "injured", ""),
      ("5", "exact", "unknown", "")]),
    # An unknown outcome after "for N"
    ("In 2022, 540 mine/ERW casualties were recorded: 178 people were killed, 355 were injured, and for seven the "
     "outcome was unknown.",
     [("540", "exact", "casualties", ""), ("178", "exact", "killed", ""), ("355", "exact", "injured", ""),
      ("7", "exact", "unknown", "")]),
    # "another N" and a possessive after a casualty verb; an age after "a boy of"
    ("A minibus hit an antivehicle mine, which killed six passengers and injured another 11.",
     [("6", "exact", "killed", ""), ("11", "exact", "injured", "")]),
    ("In mid-March 2020, a landmine killed a 10-year-old girl and injured her two brothers.",
     [("1", "exact", "killed", "child"), ("2", "exact", "injured", "")]),
    ("On 4 July 2005, a boy of 14 lost both legs when he stepped on a mine.", [("1", "exact", "injured", "child")]),
    # Occupations as people; one person after his/her; a group before its bare count
    ("Three employees of the State Emergency Service were killed and two others wounded while clearing a field.",
     [("3", "exact", "killed", ""), ("2", "exact", "injured", "")]),
    ("A tractor driver died when his vehicle struck a mine; his passenger was seriously injured. A 67-year-old "
     "pensioner lost his leg.",
     [("1", "exact", "killed", ""), ("1", "exact", "injured", ""), ("1", "exact", "injured", "")]),
    ("Of the total, 129 casualties were caused by cluster munition remnants; children made up 35.",
     [("129", "exact", "casualties", ""), ("35", "exact", "casualties", "child")]),
    # A cause between the noun and its number; a count by sex is no group
    ("Casualties from antipersonnel mines numbered 324 in 2019.", [("324", "exact", "casualties", "")]),
    ("Women and girls made up 13% of casualties (478), and men and boys 87% (3,273).",
     [("478", "exact", "casualties", ""), ("3273", "exact", "casualties", "")]),
    ("Girls made up 13% of casualties (478).", [("478", "exact", "casualties", "child")]),
    # Not casualties: incidents, mines, money, people served, dates.
    ("The Monitor recorded one mine incident and 636 mines were removed for US$2 million.", []),
    ("The ICRC provided prostheses for five mine/ERW survivors and 102 amputations were carried out.", []),
    ("Victim assistance reached 1,500 survivors and 4,000 indirect victims in 2019.", []),
    # "fatal" at the end of a breakdown is killed (not "fatal accidents"); a group after "among"; a part of a total
    ("A total of 1,200 mine victims have been registered since 1992, 300 of them fatal. There were 3 fatal accidents.",
     [("1200", "exact", "casualties", ""), ("300", "exact", "killed", "")]),
    ("There were 7 casualties among deminers.", [("7", "exact", "casualties", "deminer")]),
    ("Eighteen of the 23 casualties were children.",
     [("18", "exact", "casualties", "child"), ("23", "exact", "casualties", "")]),
    ("In 2016, both countries recorded fewer than 100 casualties; less than 20 people were injured.",
     [("100", "up_to", "casualties", ""), ("20", "up_to", "injured", "")]),
    ("One hundred civilians were killed and two thousand people injured.",
     [("100", "exact", "killed", "civilian"), ("2000", "exact", "injured", "")]),
    # "no one" is nobody
    ("During destruction, two technicians were injured in an accident; no one was killed.",
     [("2", "exact", "injured", "")]),
    # People a programme employs or reaches are no casualties, nor a breakdown of them
    ("In 2019, the operator employed 1,500 deminers in 45 teams; two deminers were injured in accidents.",
     [("2", "exact", "injured", "deminer")]),
    ("Risk education reached 45,000 people, including 20,000 children, in areas where 12 people were killed.",
     [("12", "exact", "killed", "")]),
    ("Twelve people, including five children, were killed.", [("12", "exact", "killed", ""), ("5", "exact", "killed", "child")]),
    # A comparison takes the noun of the count before it: survivors served are no casualties
    ("Some 150 survivors received vocational training in 2018, compared with 212 in 2017.", []),
    ("The total number of survivors in Atlantis is unknown, but was estimated to be over 2,000 in 2015.", []),
    ("Victim assistance projects reached 2,300 survivors in 2020 (2019: 1,900).", []),
    ("The total number of mine casualties in Atlantis was estimated to be over 2,000 in 2015.",
     [("2000", "at_least", "casualties", "")]),
    ("Last updated: 14 March 2018\n\nRisk education reached 38,734 people in 2003.\n", []),
    # An adverb after the bare count's verb; "maimed" with "killed" is a total; people unharmed are no count
    ("One deminer was killed and two were seriously injured during clearance in March.",
     [("1", "exact", "killed", "deminer"), ("2", "exact", "injured", "deminer")]),
    ("In total, 1,234 people have been killed or maimed since 1999.", [("1234", "exact", "casualties", "")]),
    ("Three soldiers were injured but two others were not hurt.", [("3", "exact", "injured", "military")]),
    ("In 2019, 196 people were recorded killed and injured.", [("196", "exact", "casualties", "")]),
    # The group after the outcome ("five injured deminers"), or of the people just counted ("... and four were injured")
    ("In 2020, one deminer was killed and four were injured, compared with five injured deminers in 2019.",
     [("1", "exact", "killed", "deminer"), ("4", "exact", "injured", "deminer"), ("5", "exact", "injured", "deminer")]),
    ("Three civilians were killed and two were injured; 12 people were killed and 30 injured.",
     [("3", "exact", "killed", "civilian"), ("2", "exact", "injured", "civilian"), ("12", "exact", "killed", ""),
      ("30", "exact", "injured", "")]),
    # A breakdown of people served is no count; of casualties it is
    ("The ICRC assisted 1,200 amputees, of whom 300 were children; all were mine survivors.", []),
    ("There were 41 casualties, of whom 12 were children.",
     [("41", "exact", "casualties", ""), ("12", "exact", "casualties", "child")]),
    # Kin after a verb; an age under 18 makes a child, of no group or of the civilians
    ("In 2022, a submunition killed a 10-year-old boy and injured his 7-year-old sister.",
     [("1", "exact", "killed", "child"), ("1", "exact", "injured", "child")]),
    ("A mine killed a 15-year-old shepherd and injured their father, a 45-year-old farmer.",
     [("1", "exact", "killed", "child"), ("1", "exact", "injured", "")]),
    # Outcomes said with other verbs
    ("Two boys sustained injuries when a mine exploded; a man later succumbed to his injuries.",
     [("2", "exact", "injured", "child"), ("1", "exact", "killed", "civilian")]),
    ("A farmer lost his life in the blast.", [("1", "exact", "killed", "civilian")]),
    # "deaths of" is killed; members of a group are of that group
    ("The blast resulted in the deaths of two children; landmines killed five members of the security forces.",
     [("2", "exact", "killed", "child"), ("5", "exact", "killed", "military")]),
    # A second group's count with the verb left out
    ("In 2018, civilians accounted for 24 casualties and military for three.",
     [("24", "exact", "casualties", "civilian"), ("3", "exact", "casualties", "military")]),
    ("Mines were responsible for 60 casualties and ERW for 25; children accounted for 40%, and adults for 55%.",
     [("60", "exact", "casualties", ""), ("25", "exact", "casualties", "")]),
    # A change of a total is no count, its new level is; "as many" is no vague count
    ("The number of casualties increased by 30% to 1,200, an increase of 280 compared with 2018.",
     [("1200", "exact", "casualties", "")]),
    ("Casualties rose by a third to 60 in 2019; this was still 12 fewer casualties than in 2016.",
     [("60", "exact", "casualties", "")]),
    ("There were twice as many casualties (84) as in 2017 (42).",
     [("84", "exact", "casualties", ""), ("42", "exact", "casualties", "")]),
    # A count compared with the one before it in its sentence is the same kind of count
    ("Child casualties fell to 11 in 2019, from 18 in 2018.",
     [("11", "exact", "casualties", "child"), ("18", "exact", "casualties", "child")]),
    ("In 2019, 14 people were killed by mines, compared with 20 in 2018.",
     [("14", "exact", "killed", ""), ("20", "exact", "killed", "")]),
    ("In 2019, 35 casualties were recorded, down from 41 in 2018.",
     [("35", "exact", "casualties", ""), ("41", "exact", "casualties", "")]),
    # ... the sentence's first count, not the breakdown after it; a list of such counts alike
    ("In total, 17 casualties were recorded in 2014 (four killed and 13 injured), compared to 22 in 2013 and 30 in 2012.",
     [("17", "exact", "casualties", ""), ("4", "exact", "killed", ""), ("13", "exact", "injured", ""),
      ("22", "exact", "casualties", ""), ("30", "exact", "casualties", "")]),
    ("Child casualties fell to 11 in 2019, from 18 in 2018 and 25 in 2017.",
     [("11", "exact", "casualties", "child"), ("18", "exact", "casualties", "child"), ("25", "exact", "casualties", "child")]),
    # The group of a bracketed count: after it, before its noun, or of the people who made up the casualties;
    # a verb after the noun names no group and leaves the one before it
    ("In 2019, most casualties (29) were civilians; six were military personnel.",
     [("29", "exact", "casualties", "civilian"), ("6", "exact", "casualties", "military")]),
    ("Deminer casualties (7) were recorded in 2019.", [("7", "exact", "casualties", "deminer")]),
    ("Civilians made up 89% of casualties whose status was known (49).", [("49", "exact", "casualties", "civilian")]),
    ("Children made up 72% of all civilian casualties where the age was known (768).",
     [("768", "exact", "casualties", "child")]),
    ("In 2016, 43 civilian casualties were recorded.", [("43", "exact", "casualties", "civilian")]),
    # A grandparent is a relative; "Army" before "soldiers" names their force, the soldiers are the count
    ("In 2022, a 10-year-old girl and her grandmother were injured by a mine.",
     [("1", "exact", "injured", "child"), ("1", "exact", "injured", "")]),
    ("In March 2023, two Arakan Army soldiers were killed by a landmine.", [("2", "exact", "killed", "military")]),
    # One person joined by "and" to the people a verb or an outcome counts
    ("On 14 July 2022, an explosion injured seven soldiers and a civilian guide.",
     [("7", "exact", "injured", "military"), ("1", "exact", "injured", "civilian")]),
    ("In May 2021, a mine killed a soldier and a civilian.",
     [("1", "exact", "killed", "military"), ("1", "exact", "killed", "civilian")]),
    ("In February, a boy and a girl were killed by an ERW grenade.",
     [("1", "exact", "killed", "child"), ("1", "exact", "killed", "child")]),
    # ... the age of the second is not the first's
    ("On 3 May 2021, a man and a 12-year-old boy were injured by a mine.",
     [("1", "exact", "injured", "civilian"), ("1", "exact", "injured", "child")]),
    # ... but not a thing, nor a count after "injured by a mine, and"
    ("In 2022, a mine injured two boys and a goat, and damaged a truck and a house.", [("2", "exact", "injured", "child")]),
    ("In February one girl was injured by an antipersonnel mine, and a boy was killed by an ERW grenade.",
     [("1", "exact", "injured", "child"), ("1", "exact", "killed", "child")]),
    # People after ", including" break down the casualties, not the places counted just before
    ("Landmine Monitor identified 1,264 casualties in 2020 in 14 states, including 523 civilians.",
     [("1264", "exact", "casualties", ""), ("523", "exact", "casualties", "civilian")]),
    ("In 2020, the program reached 45,000 people, including 20,000 children.", []),
    # Ages in words after the noun make the group child
    ("Two brothers, aged eight and ten, were killed when they picked up a submunition in 2020.",
     [("2", "exact", "killed", "child")]),
    ("Three men aged 25 to 40 were injured by a mine in 2020.", [("3", "exact", "injured", "")]),
    # "four of them children": a breakdown by group, with the outcome of the count before it
    ("In 2022, 12 people were injured by mines, four of them children.",
     [("12", "exact", "injured", ""), ("4", "exact", "injured", "child")]),
    ("In 2022, there were 30 mine casualties, 12 of whom were children and 3 of them deminers.",
     [("30", "exact", "casualties", ""), ("12", "exact", "casualties", "child"), ("3", "exact", "casualties", "deminer")]),
    # "All were civilians" names the group of the first count of the sentence before, in its paragraph
    ("In 2022, 12 casualties were recorded (2021: 17). All were civilians.",
     [("12", "exact", "casualties", "civilian"), ("17", "exact", "casualties", "")]),
    ("In 2022, 12 casualties were recorded. All of them were male civilians.", [("12", "exact", "casualties", "civilian")]),
    ("In 2022, 12 casualties were recorded.\n\nAll were civilians.", [("12", "exact", "casualties", "")]),
    ("In 2022, 12 casualties were recorded. Mines were found. All were civilians.", [("12", "exact", "casualties", "")]),
    # "of whom" opens a breakdown as "including" does: its items take the outcome of the count broken down
    ("In 2022, mines killed 12 people, of whom 5 were children and 3 were women.",
     [("12", "exact", "killed", ""), ("5", "exact", "killed", "child"), ("3", "exact", "killed", "")]),
    # ... and no item of a breakdown of people a programme served is a casualty count
    ("In 2022, the centers assisted 180,000 people, of whom 5,300 were mine/ERW survivors and 41,000 were children.", []),
    # an item with no group of a breakdown of a count with a group is of that group
    ("In 2022, there were 207 civilian casualties, of whom 97 were killed.",
     [("207", "exact", "casualties", "civilian"), ("97", "exact", "killed", "civilian")]),
    ("In 2022, 12 civilians were injured, including three children and two men.",
     [("12", "exact", "injured", "civilian"), ("3", "exact", "injured", "child"), ("2", "exact", "injured", "civilian")]),
    # a bare count after "and" takes the group of the people counted before it, their verb between
    ("Since 2008, 32 deminers have been killed and 120 injured in accidents.",
     [("32", "exact", "killed", "deminer"), ("120", "exact", "injured", "deminer")]),
    ("In 2020, 12 soldiers were killed by mines and 3 were injured by ERW.",
     [("12", "exact", "killed", "military"), ("3", "exact", "injured", "military")]),
    ("In 2015, a clearance operator lost a hand.", [("1", "exact", "injured", "deminer")]),
    ("In 2022, 41 casualties were recorded, including 12 children and two men.",
     [("41", "exact", "casualties", ""), ("12", "exact", "casualties", "child"), ("2", "exact", "casualties", "")]),    # A qualifier between the verb and its count keeps the verb's outcome
    ("A rocket attack on the station on 8 April 2022 killed at least 58 civilians and wounded more than 100.",
     [("58", "at_least", "killed", "civilian"), ("100", "at_least", "injured", "")]),
    ("In 2022, mines killed or injured some 160 soldiers.", [("160", "about", "casualties", "military")]),
    # "another three" is three people, of the group counted before them
    ("In May 2022, two deminers were killed and another three injured during clearance.",
     [("2", "exact", "killed", "deminer"), ("3", "exact", "injured", "deminer")]),
    ("In 2021, one civilian was killed and another seriously injured.",
     [("1", "exact", "killed", "civilian"), ("1", "exact", "injured", "civilian")]),
    # a later death among people counted before, with its adverb and no "were"
    ("In 2021, four men were injured when their car hit a mine; one of them later died in hospital.",
     [("4", "exact", "injured", ""), ("1", "exact", "killed", "")]),
    ("In 2020, three children were injured by a submunition; two subsequently died.",
     [("3", "exact", "injured", "child"), ("2", "exact", "killed", "")]),
    # an age with no noun after it is a person
    ("In 2023, the blast killed a 16-year-old and injured two adults.",
     [("1", "exact", "killed", "child"), ("2", "exact", "injured", "")]),
    ("In 2023, a 12-year-old was injured by a submunition, and a 30-year-old was killed by a mine.",
     [("1", "exact", "injured", "child"), ("1", "exact", "killed", "")]),
    # ... but not an age before a noun that is no person
    ("In 2023, the mine killed a 16-year-old horse.", []),    # A share's count in brackets takes the group named after it
    ("The Monitor identified 11,030 casualties since 1990, of which more than 60% (6,737) were military.",
     [("11030", "exact", "casualties", ""), ("6737", "exact", "casualties", "military")]),
    # "N were <cause> victims": a count of casualties, its group between
    ("Between January and June 1999, the hospital treated 186 war-wounded, of whom 32 were mine victims.",
     [("32", "exact", "casualties", "")]),
    ("In 2012, 20 casualties were recorded; of these, 12 were civilian casualties.",
     [("20", "exact", "casualties", ""), ("12", "exact", "casualties", "civilian")]),
    # no verb or number between a verb's count and its noun
    ("In 2019, the incident killed one and injured 12 people.",
     [("1", "exact", "killed", ""), ("12", "exact", "injured", "")]),
    # a year between the change and its new number
    ("Casualties decreased by 20% in 2018, to 58.", [("58", "exact", "casualties", "")]),
    # a dash or colon opens a breakdown of the count before it, a year between
    ("Mines killed 14 people in 2019 — 10 civilians and four soldiers.",
     [("14", "exact", "killed", ""), ("10", "exact", "killed", "civilian"), ("4", "exact", "killed", "military")]),
    # one more person after an ordinal is one row
    ("In 2019, two boys, aged 12 and 14, were killed, and a third boy was injured.",
     [("2", "exact", "killed", "child"), ("1", "exact", "injured", "child")]),
    # kin as persons, and after one person of the same verb
    ("In 2019, the accident killed a father and his son, and injured three of their relatives.",
     [("1", "exact", "killed", ""), ("1", "exact", "killed", ""), ("3", "exact", "injured", "")]),
    # a count after one person of the same verb takes the verb's outcome
    ("In 2019, the explosion killed a woman and two children, and a mine injured the driver and two passengers.",
     [("1", "exact", "killed", "civilian"), ("2", "exact", "killed", "child"), ("1", "exact", "injured", ""),
      ("2", "exact", "injured", "")]),
    # a total named by its year, for comparison ("the 2010 total of 215"); not a total of things
    ("The 2011 casualty total was lower than the 2010 total of 215.", [("215", "exact", "casualties", "")]),
    ("In 2012, the 2011 total of 12 hectares was cleared of mines that had injured people.", []),
    # lives claimed are people killed
    ("Mine incidents claimed 45 lives in 1999, and mines have claimed the lives of at least 35 children since 1995.",
     [("45", "exact", "killed", ""), ("35", "at_least", "killed", "child")]),
    # a change, a ratio or a difference is no count of people
    ("Casualties rose by 12 in 2021; one in three casualties was a child, and there were 15 more casualties than "
     "in 2019.", []),
    ("In 2021, 120 casualties were recorded; one in five of the victims was a woman.", [("120", "exact", "casualties", "")]),
    # "accounting for", and a second cause's count with its verb left out
    ("Civilians made up the vast majority of casualties (1,351), with security forces accounting for 117 and deminers "
     "for six.",
     [("1351", "exact", "casualties", "civilian"), ("117", "exact", "casualties", "military"),
      ("6", "exact", "casualties", "deminer")]),
    ("In 2020, improvised mines caused 1,059 casualties, and ERW 354.",
     [("1059", "exact", "casualties", ""), ("354", "exact", "casualties", "")]),
    # animals counted with the people do not hide the people's outcome, and are no count
    ("In 2020, three herders and 40 sheep were killed by a mine.", [("3", "exact", "killed", "civilian")]),
    # "Of the 30 injured, 8 were children": the item of a total that opens the sentence takes its outcome
    ("In 2019, of the 30 injured, 8 were children.", [("30", "exact", "injured", ""), ("8", "exact", "injured", "child")]),
    # "victim-activated" describes a device, not people
    ("In 2013, 351 casualties were caused by antipersonnel mines (including 40 victim-activated IEDs).",
     [("351", "exact", "casualties", "")]),
    # "a dozen" is 12; a single person's noun must end its word ("civilians" is no "civilian")
    ("At least a dozen civilians were injured in the blast.", [("12", "at_least", "injured", "civilian")]),
    # "unknown" after "injured and" closes a list of outcomes
    ("In 2021, 1,024 casualties were recorded, of which 315 were killed, 700 injured and nine unknown.",
     [("1024", "exact", "casualties", ""), ("315", "exact", "killed", ""), ("700", "exact", "injured", ""),
      ("9", "exact", "unknown", "")]),
    # a list after "Among the dead were" / "Those injured included" takes its opener's outcome
    ("In 2022, those injured included three farmers and a shepherd.",
     [("3", "exact", "injured", "civilian"), ("1", "exact", "injured", "civilian")]),
    ("Among the dead were two soldiers and a 14-year-old boy.",
     [("2", "exact", "killed", "military"), ("1", "exact", "killed", "child")]),
    # ... a hyphenated word before the people's noun
    ("Among the casualties were two scrap-metal collectors, one of whom later died of his injuries.",
     [("2", "exact", "casualties", ""), ("1", "exact", "killed", "")]),
    # "died" after a phrase naming the people
    ("Two members of the same family died when a mine exploded near their home.", [("2", "exact", "killed", "")]),
    ("Lebanon\n\nCasualties\n\n12 people in the village where he died were evacuated.", []),
    # not a list: a share, and the survivors served
    ("One in five of the victims was a woman.", []),
    ("Among the beneficiaries were a farmer and two children.", []),
    ("Lebanon\n\nCasualties\n\nThe dead were buried by a villager.", []),
    ("Among the dead were a soldier, a 14-year-old boy and a teacher.",
     [("1", "exact", "killed", "military"), ("1", "exact", "killed", "child"), ("1", "exact", "killed", "")]),
    # a part after "of whom" takes the group of the people right before it
    ("In 2021, 30 casualties were recorded, including six deminers, two of whom were killed.",
     [("30", "exact", "casualties", ""), ("6", "exact", "casualties", "deminer"), ("2", "exact", "killed", "deminer")]),
    ("Of the civilian casualties, 21 were children, five of whom died.",
     [("21", "exact", "casualties", "child"), ("5", "exact", "killed", "child")]),
    # a total recorded in an earlier year, cited for comparison
    ("The number of casualties has fallen since the peak of 2006, when 1,229 were recorded.",
     [("1229", "exact", "casualties", "")]),
    ("In 2006, 1,229 mines were recorded and destroyed.", []),
    # an ordinal between a person and the outcome; more single persons
    ("A soldier from the 33rd Brigade was killed on 2 March 2021 by an improvised mine.", [("1", "exact", "killed", "military")]),
    ("In a separate incident, an Indigenous leader lost a leg.", [("1", "exact", "injured", "")]),
    ("A schoolboy was injured by a submunition on his way home.", [("1", "exact", "injured", "child")]),
    ("A local official and his driver were killed when their vehicle hit a mine.",
     [("1", "exact", "killed", ""), ("1", "exact", "killed", "")]),
    # ... and the parts after a short clause, and the part after them joined by "and"
    ("Two deminers were British nationals, one of whom was killed and the other\ninjured.",
     [("2", "exact", "casualties", "deminer"), ("1", "exact", "killed", "deminer"), ("1", "exact", "injured", "deminer")]),
    ("Casualties included six deminers, two of whom were killed and four injured.",
     [("6", "exact", "casualties", "deminer"), ("2", "exact", "killed", "deminer"), ("4", "exact", "injured", "deminer")]),
    ("In 2020, at least a\ndozen soldiers were injured.", [("12", "at_least", "injured", "military")]),
    # every cause of a list with its verb left out
    ("Antipersonnel mines caused 18 casualties, antivehicle mines 7, and ERW the remaining 21.",
     [("18", "exact", "casualties", ""), ("7", "exact", "casualties", ""), ("21", "exact", "casualties", "")]),
    # "the number of casualties ... was N"; limbs lost without a determiner
    ("The total number of casualties between 2015 and 2020 was 1,130.", [("1130", "exact", "casualties", "")]),
    ("The number of civilian casualties in 2019 was at least 45.", [("45", "at_least", "casualties", "civilian")]),
    ("Ten people lost limbs as a result of mine explosions.", [("10", "exact", "injured", "")]),
    # a group that leads with its casualties: the bracketed count is theirs
    ("Child casualties accounted for 54% of all civilian casualties where the age was known (2,470).",
     [("2470", "exact", "casualties", "child")]),
    # "the death of a ...", "injuries to her two brothers"
    ("The incident resulted in the death of a 10-year-old girl and injuries to her two brothers.",
     [("1", "exact", "killed", "child"), ("2", "exact", "injured", "")]),
    ("The blast caused injuries to a shepherd.", [("1", "exact", "injured", "civilian")]),
    # "killing four of them": the passengers carried are no casualties, the four are
    ("On 5 May 2020, a vehicle carrying seven passengers hit an antivehicle mine, killing four of them.",
     [("4", "exact", "killed", "")]),
    ("One hundred and twelve people were injured.", [("112", "exact", "injured", "")]),
    ("An 11-year-old shepherd lost his right leg.", [("1", "exact", "injured", "child")]),
    ("Landmines killed one person and injured three in 2004, all in the border area.",
     [("1", "exact", "killed", ""), ("3", "exact", "injured", "")]),
    ("Two members of a demining team were injured, one seriously, on 15 April.", [("2", "exact", "injured", "deminer")]),
    ("In 2020, 12 demining teams were deployed to clear areas where casualties occurred.", []),
    # a long name of the devices between the count and its noun
    ("In total, 1,250 antipersonnel mine and explosive remnants of war (ERW) casualties were recorded.",
     [("1250", "exact", "casualties", "")]),
    # a place's count in brackets, in a sentence about casualties (not elsewhere in a casualty section)
    ("Some 3,979 new casualties were recorded from 2009 through 2017, the majority from new use in Syria (3,076).",
     [("3979", "about", "casualties", ""), ("3076", "exact", "casualties", "")]),
    ("Lebanon\n\nCasualties\n\nClearance continued in South Lebanon (3,076).", []),
    # kin after one person with an age; the kin's own age makes a child
    ("On 3 January 2021, a landmine killed a 35-year-old woman and her 6-year-old daughter.",
     [("1", "exact", "killed", "civilian"), ("1", "exact", "killed", "child")]),
    # a part of the count before, by severity
    ("Five children were injured, two of them seriously.", [("5", "exact", "injured", "child"), ("2", "exact", "injured", "child")]),
    # a breakdown after a place takes the outcome of the count before the place
    ("In 2022, mines and ERW killed 15 people in Yemen, including eight children, and injured 42.",
     [("15", "exact", "killed", ""), ("8", "exact", "killed", "child"), ("42", "exact", "injured", "")]),
    # a summary label "by age" is no age before the count on the next line
    ("Casualties in 2021\nCivilian casualties by age\n7 children; 143 adults\n",
     [("7", "exact", "casualties", "child"), ("143", "exact", "casualties", "")]),
    # an "of whom" aside closed by a comma leaves the outcome to the first count, and its part takes it
    ("In total, 12 people, seven of whom were children, were injured.",
     [("12", "exact", "injured", ""), ("7", "exact", "injured", "child")]),
    ("Landmines and ERW killed 277 people and injured 331 in Ukraine in 2022.",
     [("277", "exact", "killed", ""), ("331", "exact", "injured", "")]),
    # people named before "were among the N people injured" take that outcome
    ("Five children were among the 17 people injured.", [("5", "exact", "injured", "child"), ("17", "exact", "injured", "")]),
    # a breakdown after the group of the count before it
    ("Seven of the casualties were children, of whom three died.",
     [("7", "exact", "casualties", "child"), ("3", "exact", "killed", "child")]),
    # an ordinal person with "was" left out
    ("A woman and her child were killed, and a third person injured, when their cart hit a mine.",
     [("1", "exact", "killed", "civilian"), ("1", "exact", "killed", "child"), ("1", "exact", "injured", "")]),
    # injured people who later died are killed
    ("Two of the injured later died in hospital.", [("2", "exact", "killed", "")]),
    ("Three of the injured were women.", [("3", "exact", "injured", "")]),
    # places between a count and "casualties": the count is of the places
    ("Twelve states reported casualties in 2021.", []),
    ("Five of the 12 provinces reported no casualties.", []),
    # not counts: a number of mines, an ordinal
    ("The number of mines found in 2019 was 1,130.", []),
    # ninth pass: a preposition after a bare count of a verb
    ("Mines killed two and injured five in separate incidents.", [("2", "exact", "killed", ""), ("5", "exact", "injured", "")]),
    ("The device wounded 4 on 12 May 2021.", [("4", "exact", "injured", "")]),
    ("Mines killed one in three of the victims.", []),
    # "..., all of them children": the group of the counts before it in its sentence
    ("In 2020, there were 3 recorded casualties, all of them children.", [("3", "exact", "casualties", "child")]),
    ("Seven casualties occurred during clearance operations, all of whom were deminers.",
     [("7", "exact", "casualties", "deminer")]),
    ("Ten people were killed and 30 injured, all civilians.", [("10", "exact", "killed", "civilian"), ("30", "exact", "injured", "civilian")]),
    ("In 2021, 10 people were killed, all of them by mines.", [("10", "exact", "killed", "")]),
    # the group named by the word before a person's noun, or a demining team's
    ("Two police officers were wounded during a clearance operation.", [("2", "exact", "injured", "military")]),
    ("Ten Tajik border guards were injured by mines on the Afghan border.", [("10", "exact", "injured", "military")]),
    ("A border guard was killed.", [("1", "exact", "killed", "military")]),
    ("A demining team leader was killed in a mine explosion.", [("1", "exact", "killed", "deminer")]),
    ("Two clearance workers were injured.", [("2", "exact", "injured", "deminer")]),
    # "one" with a person's noun after a verb; "another" is another of the people before the verb
    ("The accident killed one EOD operator and wounded another.", [("1", "exact", "killed", "deminer"), ("1", "exact", "injured", "deminer")]),
    ("The mine killed a soldier and injured another.", [("1", "exact", "killed", "military"), ("1", "exact", "injured", "military")]),
    # injuries sustained, suffered, received; fatal injuries kill
    ("Another five people sustained injuries when a cluster munition remnant exploded in a field.", [("5", "exact", "injured", "")]),
    ("Three soldiers sustained fatal injuries.", [("3", "exact", "killed", "military")]),
    ("Two children were killed and three sustained injuries.", [("2", "exact", "killed", "child"), ("3", "exact", "injured", "child")]),
    ("Four deminers received minor injuries in 2021.", [("4", "exact", "injured", "deminer")]),
    ("The 12 survivors received prostheses.", []),
    ("One boy died on the way to hospital; the other two children survived with injuries.",
     [("1", "exact", "killed", "child"), ("2", "exact", "injured", "child")]),
    # "seven for whom the outcome was unknown"
    ("The 2022 total includes 277 killed, 324 injured and seven for whom the outcome was unknown.",
     [("277", "exact", "killed", ""), ("324", "exact", "injured", ""), ("7", "exact", "unknown", "")]),
    # kin in a list after an opener
    ("The victims included a 16-year-old shepherd and his uncle.", [("1", "exact", "casualties", "child"), ("1", "exact", "casualties", "")]),
    ("Among the dead were a farmer and his son.", [("1", "exact", "killed", "civilian"), ("1", "exact", "killed", "")]),
    # a bare count after a verb of recording, in a sentence about casualties
    ("The total number of casualties is unknown; between 1999 and 2008 the Monitor identified 2,305.",
     [("2305", "exact", "casualties", "")]),
    ("Mine Action\n\nIn 2019, the center recorded 45.", []),
    # a share's bracketed count takes the group after it; a change from one count to another, the group before
    ("Of the 25 casualties, more than half (14) were children.", [("25", "exact", "casualties", ""), ("14", "exact", "casualties", "child")]),
    ("The number of child casualties fell from 45 in 2020 to 30 in 2021.",
     [("45", "exact", "casualties", "child"), ("30", "exact", "casualties", "child")]),
    ("Civilian casualties rose from 120 to 150.", [("120", "exact", "casualties", "civilian"), ("150", "exact", "casualties", "civilian")]),
    # a group that leads with "for" after an "accounted for" whose verb it leaves out
    ("Civilians accounted for 85% of all recorded casualties where the status was known, and children for half of "
     "civilian casualties (1,171).", [("1171", "exact", "casualties", "child")]),
    ("Casualties from cluster munition attacks totaled 916 in Ukraine in 2022.", [("916", "exact", "casualties", "")]),
    # "or more" after the count
    ("There were 10 or more casualties in each of 21 states and areas.", [("10", "at_least", "casualties", "")]),
    # an ordinal after a verb is one more of the people before the verb
    ("An antipersonnel mine killed two boys and injured a third.", [("2", "exact", "killed", "child"), ("1", "exact", "injured", "child")]),
    # a second person without an article; a possessive is not the person; siblings; "reported" between
    ("In 2021, a father and son were killed by a mine while farming.", [("1", "exact", "killed", ""), ("1", "exact", "killed", "")]),
    ("The blast killed the boy's mother and injured his two sisters.", [("1", "exact", "killed", ""), ("2", "exact", "injured", "")]),
    ("Three siblings were injured by a submunition.", [("3", "exact", "injured", "")]),
    ("Two civilians were reported killed and another six wounded.", [("2", "exact", "killed", "civilian"), ("6", "exact", "injured", "civilian")]),
    # members of a group that counts are a bare count of a breakdown; victims who died are killed
    ("In 2022, Colombia recorded 97 casualties: 15 civilians and 82 members of the security forces.",
     [("97", "exact", "casualties", ""), ("15", "exact", "casualties", "civilian"), ("82", "exact", "casualties", "military")]),
    ("Casualties\n\nThe centre assisted 40 members of the community.", []),
    ("Two of the victims died later in hospital.", [("2", "exact", "killed", "")]),
    # a breakdown of survivors served is no casualty count; of casualties it is
    ("Victim Assistance\n\nOf the 75 survivors surveyed, 20 were women.", []),
    ("Victim Assistance\n\nOf the 45 casualties, 20 were women.", [("45", "exact", "casualties", ""), ("20", "exact", "casualties", "")]),
    # counts after a year or a group's label, in a line about casualties
    ("Casualties\n\nAnnual casualties: 2019: 104; 2020: 89; 2021: 63\n",
     [("104", "exact", "casualties", ""), ("89", "exact", "casualties", ""), ("63", "exact", "casualties", "")]),
    ("Casualties\n\nCasualties by group: civilians 25; military 10; deminers 3\n",
     [("25", "exact", "casualties", "civilian"), ("10", "exact", "casualties", "military"), ("3", "exact", "casualties", "deminer")]),
    ("Casualties\n\nBeneficiaries: children 300; adults 500\n", []),
    ("Casualties\n\nIn 2019: 45 mines were cleared, 2020: 30\n", []),
    # "have fallen victim", "had died", "have lost limbs" (not "have injuries")
    ("Since 1992, 1,350 people have fallen victim to landmines.", [("1350", "exact", "casualties", "")]),
    ("Three farmers fell victim to mines.", [("3", "exact", "casualties", "civilian")]),
    ("Twelve children had died by the end of the year.", [("12", "exact", "killed", "child")]),
    ("Five deminers have lost limbs since 2010.", [("5", "exact", "injured", "deminer")]),
    ("Victim Assistance\n\nThe 300 people have injuries from the war.", []),
    # a breakdown after "Of those killed,"; a part of a total counted in words, its outcome later
    ("Of those killed, eight were children.", [("8", "exact", "killed", "child")]),
    ("Four of the six deminer casualties were injured during manual clearance.",
     [("4", "exact", "injured", "deminer"), ("6", "exact", "casualties", "deminer")]),
    ("Four of the 12 civilian casualties were killed.", [("4", "exact", "killed", "civilian"), ("12", "exact", "casualties", "civilian")]),
    # a bracketed count after its people and outcome; a percentage in words is no count
    ("In 2018, the number of deminers killed (14) was the highest since 2010.", [("14", "exact", "killed", "deminer")]),
    ("Fifty-six percent of casualties were children.", []),
    ("Twelve per cent of casualties were women.", []),
    # kin counted after one person of the verb; a breakdown after an of-phrase; ages before a part's comma
    ("In 2022, a mine explosion in Kandahar province killed a man and his two sons.",
     [("1", "exact", "killed", "civilian"), ("2", "exact", "killed", "")]),
    ("An IED killed three members of the same family, including two children.",
     [("3", "exact", "killed", ""), ("2", "exact", "killed", "child")]),
    ("Two girls, aged 7 and 9, were injured, one of them seriously.", [("2", "exact", "injured", "child"), ("1", "exact", "injured", "child")]),
    ("The incident caused the death of two men and the injury of three others.", [("2", "exact", "killed", ""), ("3", "exact", "injured", "")]),
    # "Both were killed": two people, unless they were counted before in the paragraph (then their outcome)
    ("A man and a boy stepped on a mine. Both were killed.", [("2", "exact", "killed", "")]),
    ("Two soldiers stepped on mines; both were seriously injured.", [("2", "exact", "injured", "military")]),
    ("Two boys were injured. Both were taken to hospital.", [("2", "exact", "injured", "child")]),
    ("Both civilian and military casualties were recorded.", []),
    # an age list before a count in words ("aged 11 and 13") blocks a number, not a person after "and"
    ("The victims were a man aged 45 and his 12-year-old son.", [("1", "exact", "casualties", "civilian"), ("1", "exact", "casualties", "child")]),
    ("A man aged 45 and a boy were injured.", [("1", "exact", "injured", "civilian"), ("1", "exact", "injured", "child")]),
    ("Two boys aged 11 and 13 were killed.", [("2", "exact", "killed", "child")]),
    # lists read with "respectively": in order, the outcome and group of the counts before, else the outcome
    # word after or the verb before, the groups of a list of people
    ("In 2019, 12 people were killed and 40 injured, compared to 10 and 31 respectively in 2018.",
     [("12", "exact", "killed", ""), ("40", "exact", "injured", ""), ("10", "exact", "killed", ""), ("31", "exact", "injured", "")]),
    ("Civilians and soldiers accounted for 30 and 12 casualties respectively.",
     [("30", "exact", "casualties", "civilian"), ("12", "exact", "casualties", "military")]),
    ("In 2020 and 2021, mines killed 12 and 15 people respectively.", [("12", "exact", "killed", ""), ("15", "exact", "killed", "")]),
    ("Casualties\n\nThe figures were 5, 7 and 9, respectively.", []),
    # a group after a clause of its own, "accounting for"; bombies are submunitions
    ("Boys continued to be the most affected, accounting for 11 casualties.", [("11", "exact", "casualties", "child")]),
    ("Of the 18 casualties, 17 were caused by bombies (submunitions).", [("18", "exact", "casualties", ""), ("17", "exact", "casualties", "")]),
    # tenth pass: a count in brackets right after a year; a share before "of the"; two counts of one noun
    ("Casualties\n\nIn 2019, 61 casualties were recorded, a 40% decrease on the total recorded in 2018 (102 casualties).",
     [("61", "exact", "casualties", ""), ("102", "exact", "casualties", "")]),
    ("There were 30 casualties in 2021 (18 casualties in 2020).", [("30", "exact", "casualties", ""), ("18", "exact", "casualties", "")]),
    ("Nine (35%) of the 26 civilian casualties were children (seven boys; two girls).",
     [("9", "exact", "casualties", "child"), ("26", "exact", "casualties", "civilian"), ("7", "exact", "casualties", "child"),
      ("2", "exact", "casualties", "child")]),
    ("Annual casualty totals stayed level, at 311 and 298 casualties per year.",
     [("311", "exact", "casualties", ""), ("298", "exact", "casualties", "")]),
    ("Estimates ranged between 5,000 and 8,000 casualties.", [("8000", "exact", "casualties", "")]),  # a range: not the 5,000
    ("The survey counted 420 and 380 survivors in the two provinces.", []),
    # "of unknown status" after the killed and injured of a list
    ("Of these, 1,204 were killed, 3,310 injured, and 87 of unknown status.",
     [("1204", "exact", "killed", ""), ("3310", "exact", "injured", ""), ("87", "exact", "unknown", "")]),
    ("Of the 40 casualties, 30 were killed and 10 were of unknown civilian or military status.",
     [("40", "exact", "casualties", ""), ("30", "exact", "killed", ""), ("10", "exact", "casualties", "")]),
    # totals cited for comparison: a peak, a low, "reported for"
    ("Casualties\n\nThe 2021 total was well below the peak of 1,420 reached in 2015.", [("1420", "exact", "casualties", "")]),
    ("Casualties\n\nThe 2021 total remains above the all-time low of 702 registered in 2013.", [("702", "exact", "casualties", "")]),
    ("Casualties\n\nThe 40 casualties reported for 2020 were a decrease on the 65 reported for 2019.",
     [("40", "exact", "casualties", ""), ("65", "exact", "casualties", "")]),
    # a count with its share: "N or some P%", "P%, or N, of"
    ("Casualties\n\nThe vast majority of casualties in 2019, 402 or some 91% of the total, were civilian.",
     [("402", "exact", "casualties", "civilian")]),
    ("Casualties\n\nMen made up 88%, or 140, of the 159 adult civilian casualties.",
     [("140", "exact", "casualties", ""), ("159", "exact", "casualties", "civilian")]),
    ("Casualties\n\nThe population was 40,000, or 12% of the province.", []),
    ("Casualties\n\nOf the 60 survivors, 20, or 33%, were women.", []),
    ("One casualty was a deminer. Another was a soldier.", [("1", "exact", "casualties", "deminer")]),
    # a bracket right after a count breaks it down: its outcome
    ("Casualties\n\nCasualty analysis\n\nKilled: 31 (20 military, 9 civilians, 2 children) (2006: 15)\n\n"
     "Injured: 45 (30 military; 15 civilians) (2006: 22)\n",
     [("31", "exact", "killed", ""), ("20", "exact", "killed", "military"), ("9", "exact", "killed", "civilian"),
      ("2", "exact", "killed", "child"), ("15", "exact", "killed", ""), ("45", "exact", "injured", ""),
      ("30", "exact", "injured", "military"), ("15", "exact", "injured", "civilian"), ("22", "exact", "injured", "")]),
    ("In 2020, 15 people were killed (12 civilians and three soldiers).",
     [("15", "exact", "killed", ""), ("12", "exact", "killed", "civilian"), ("3", "exact", "killed", "military")]),
    ("Of the 50 casualties (30 civilians and 20 soldiers), 12 were killed.",
     [("50", "exact", "casualties", ""), ("30", "exact", "casualties", "civilian"), ("20", "exact", "casualties", "military"),
      ("12", "exact", "killed", "")]),
    ("Five people (three soldiers and two civilians) were injured.",
     [("5", "exact", "injured", ""), ("3", "exact", "injured", "military"), ("2", "exact", "injured", "civilian")]),
    # an aside between dashes; a count whose status is not known; "the N from YEAR" compared; "countrywide (N)"
    ("In 2001, with 320 people - most of them farmers - killed or injured, the province was the worst affected.",
     [("320", "exact", "casualties", "")]),
    ("Of the 2019 total, 120 casualties were civilians and 45 were military; there were 12 for which the civilian "
     "status was unknown.", [("120", "exact", "casualties", "civilian"), ("45", "exact", "casualties", "military"),
                            ("12", "exact", "casualties", "")]),
    ("Casualties\n\nThe 2019 total was a sharp decrease in casualties compared to the 212 from 2018.",
     [("212", "exact", "casualties", "")]),
    ("Casualties\n\nThe report compared the 45 from 2015 to 2018 with earlier casualty data.", []),
    ("In the first half of 2021, the number of casualties countrywide (96) reached half of the 2020 total.",
     [("96", "exact", "casualties", "")]),
    # a person's noun before events is no count; "one by ERW" after accidents caused is an accident
    ("In 2019, 9 casualties resulted from four civilian mine incidents and one demining accident.",
     [("9", "exact", "casualties", "")]),
    ("Two accidents were caused by antipersonnel mines and one by ERW, killing three deminers.",
     [("3", "exact", "killed", "deminer")]),
    ("Of the 12 casualties, 10 were caused by mines and two by ERW.",
     [("12", "exact", "casualties", ""), ("10", "exact", "casualties", ""), ("2", "exact", "casualties", "")]),
    # "survivors" among the outcomes of a summary line: the unknown after it
    ("Casualties\n\n4,210 mine/ERW casualties (1,100 killed; 3,105 survivors; 5 unknown)",
     [("4210", "exact", "casualties", ""), ("1100", "exact", "killed", ""), ("5", "exact", "unknown", "")]),
    # a change's new count in brackets; not when it counts incidents
    ("The number of casualties decreased by 30% (21, down from 30 in 2018), and the number of incidents decreased "
     "by 40% (9, down from 15 in 2018).", [("21", "exact", "casualties", ""), ("30", "exact", "casualties", "")]),
    # a bracket between a count and a casualty noun only whole; people served compared with another year
    ("Casualties\n\nMine clearance in 2019 (1,240 mines destroyed) reduced the number of casualties.", []),
    ("There were 45 (provisional) casualties in 2020.", [("45", "exact", "casualties", "")]),
    ("Casualties\n\nThe programme reached 3,400 people in 2019 (1,200 in 2018).", []),
    # the items of a list after a count with its outcome take that outcome; a word between a count and its person
    ("Those killed included 210 children, 95 women and 40 elderly people.",
     [("210", "exact", "killed", "child"), ("95", "exact", "killed", ""), ("40", "exact", "killed", "")]),
    ("The report documented the death of 120 children and 45 women, and the wounding of 300 children, 80 women and "
     "25 elderly men.", [("120", "exact", "killed", "child"), ("45", "exact", "killed", ""), ("300", "exact", "injured", "child"),
                         ("80", "exact", "injured", ""), ("25", "exact", "injured", "")]),
    ("Mines killed 12 soldiers, 4 civilians and 2 deminers in 2019.",
     [("12", "exact", "killed", "military"), ("4", "exact", "killed", "civilian"), ("2", "exact", "killed", "deminer")]),
    ("In 2019, 20 casualties were recorded, 12 civilians and 8 soldiers.",
     [("20", "exact", "casualties", ""), ("12", "exact", "casualties", "civilian"), ("8", "exact", "casualties", "military")]),
    # "the death toll ... included" opens a list; an outcome after ", while" is another clause's
    ("The death toll in March included three children and an elderly woman, while two men and a boy were injured.",
     [("3", "exact", "killed", "child"), ("1", "exact", "killed", "civilian"), ("2", "exact", "injured", ""),
      ("1", "exact", "injured", "child")]),
    # "the status of N casualties was unknown" is an unknown outcome; a civil status is not
    ("At least 410 people were killed, 1,020 were injured, and the status of 35 casualties was unknown.",
     [("410", "at_least", "killed", ""), ("1020", "exact", "injured", ""), ("35", "exact", "unknown", "")]),
    ("The civil status of 12 casualties was unknown.", [("12", "exact", "casualties", "")]),
    # a summary table flattened to text with "|" after its cells
    ("Casualties\n\nCasualties in 2019 |\n|||\nAnnual total |\n27 |\n||\nCivilian status |\n27 civilian |\n||\n"
     "Age and gender |\n15 adults: 4 women; 11 men |\n12 children: 7 boys; 5 girls |\n",
     [("27", "exact", "casualties", ""), ("27", "exact", "casualties", "civilian"), ("15", "exact", "casualties", ""),
      ("4", "exact", "casualties", ""), ("11", "exact", "casualties", ""), ("12", "exact", "casualties", "child"),
      ("7", "exact", "casualties", "child"), ("5", "exact", "casualties", "child")]),
    # "reported fatalities", "N of the injuries", "P percent (N)"
    ("There have been 14 reported fatalities and 61 reported injuries from unexploded ordnance since the ceasefire. "
     "Children accounted for four of the fatalities and 22 of the injuries.",
     [("14", "exact", "killed", ""), ("61", "exact", "injured", ""), ("4", "exact", "killed", "child"),
      ("22", "exact", "injured", "child")]),
    ("Most casualties were male: 81 percent (112).", [("112", "exact", "casualties", "")]),
    ("Casualties\n\nThe survey recorded 30 reported incidents and 12 reported accidents.", []),
    # "Unknown:" after a summary's Killed and Injured lines is an unknown outcome; "Unknown devices:" is not
    ("Casualties\n\nCasualty analysis\n\nKilled: 12 (2006: 7)\n\nInjured: 30 (2006: 19)\n\nUnknown: 2 (2006: 4)\n",
     [("12", "exact", "killed", ""), ("7", "exact", "killed", ""), ("30", "exact", "injured", ""), ("19", "exact", "injured", ""),
      ("2", "exact", "unknown", ""), ("4", "exact", "unknown", "")]),
    ("Casualties\n\nMine/ERW casualties in 2007\n\nTotal: 44 (2006: 50)\n\nUnknown devices: 3 (2006: 8)\n",
     [("44", "exact", "casualties", ""), ("50", "exact", "casualties", ""), ("3", "exact", "casualties", ""),
      ("8", "exact", "casualties", "")]),
    # a count between commas before its verb; deaths after "including" are people even after a count of accidents
    ("The majority of the recorded casualties in 2018, 64, were military, while 20 were civilian. Adults, 70, made up "
     "the majority of casualties.", [("64", "exact", "casualties", "military"), ("20", "exact", "casualties", "civilian"),
                                     ("70", "exact", "casualties", "")]),
    ("Casualties\n\nThe province, which lies 12 km from the border, was mined in 2019.", []),
    ("The vast majority of new casualties, 2,110, recorded in that period occurred in the north.",
     [("2110", "exact", "casualties", "")]),
    ("Casualties\n\nThe districts, 12, 14 and 20, were cleared in 2019.", []),
    ("Victim Assistance\n\nThe survey identified 1,760 mine/ERW survivors in 9 provinces, of whom 1,410 were men.", []),
    ("In 2019, 12 mine/ERW incidents in 9 provinces killed 15 people, including 4 children.",
     [("15", "exact", "killed", ""), ("4", "exact", "killed", "child")]),
    ("Syria had the highest number of casualties from mines and ERW in 2022, totaling 612.", [("612", "exact", "casualties", "")]),
    ("Casualties\n\nClearance covered 12 districts, totaling 45 km2 in 2019.", []),
    ("Most casualties, 312 (or at least 60%), were military, and 150 were civilian.",
     [("312", "exact", "casualties", "military"), ("150", "exact", "casualties", "civilian")]),
    ("The 520 casualties identified in 2019 were an increase on the updated 2018 casualty total of 470.",
     [("520", "exact", "casualties", ""), ("470", "exact", "casualties", "")]),
    ("The survey found 930 casualties from 512 accidents between 2016 and 2020, including 310 deaths and 620 injuries.",
     [("930", "exact", "casualties", ""), ("310", "exact", "killed", ""), ("620", "exact", "injured", "")]),
    # a count of unknown group, age or sex in a breakdown
    ("In 2011, there were 17 female casualties: seven girls, six women, and four of unknown age.",
     [("17", "exact", "casualties", ""), ("7", "exact", "casualties", "child"), ("6", "exact", "casualties", ""),
      ("4", "exact", "casualties", "")]),
    # a year between the part and its group; a share in words with its count; a count whose noun the next gives
    ("Four of the casualties in 2019 were deminers.", [("4", "exact", "casualties", "deminer")]),
    ("Children accounted for nearly half (47 per cent, or 1,023) of civilian casualties where the age was known.",
     [("1023", "exact", "casualties", "child")]),
    ("Casualties\n\nThe district's population was 40,000, or 12 per cent of the province's, in 2019.", []),
    ("The country with the most casualties in 2019 was Afghanistan, with 1,540, followed by Syria with 1,125 casualties.",
     [("1540", "exact", "casualties", ""), ("1125", "exact", "casualties", "")]),
    ("Casualties\n\nThe state with the largest area was Iraq, with 1,200, followed by Turkey with 900 minefields.", []),
    # an "including" clause between the people and their outcome, and one person in it
    ("A list gave the names of 7 people, including a man and 3 children, who were killed in the strike, and 41 people, "
     "including 9 women and 12 children, who were wounded.",
     [("7", "exact", "killed", ""), ("1", "exact", "killed", "civilian"), ("3", "exact", "killed", "child"),
      ("41", "exact", "injured", ""), ("9", "exact", "injured", ""), ("12", "exact", "injured", "child")]),
    ("Mines killed 9 people, including a woman.", [("9", "exact", "killed", ""), ("1", "exact", "killed", "civilian")]),
    ("Casualties\n\nThe centre trained 40 staff, including a woman, in 2019.", []),
    # a number split by a stray space after its comma; "have been injured"; "casualties to N people"
    ("At least 52,300 mine/ERW casualties (18,400 killed; 33, 052 injured; and 848 unknown) have been recorded.",
     [("52300", "at_least", "casualties", ""), ("18400", "exact", "killed", ""), ("33052", "exact", "injured", ""),
      ("848", "exact", "unknown", "")]),
    ("Since 1980, 21,300 people have been killed, and 40,120 have been injured.",
     [("21300", "exact", "killed", ""), ("40120", "exact", "injured", "")]),
    ("Mines and UXO have caused casualties to 6,210 people since 1976, including 2,450 deaths.",
     [("6210", "exact", "casualties", ""), ("2450", "exact", "killed", "")]),
    # a change and a rate are no counts of people
    ("In 2020, 64 casualties were recorded, an increase of 15 casualties from 2019.", [("64", "exact", "casualties", "")]),
    ("There were an average of 12 casualties per day in 2015, whereas in 1999 more than one casualty occurred each hour.", []),
    # counts by place with the verb left out after the first
    ("Of the 21 casualties in 2018, five occurred in Kandal province, nine in Battambang province, and seven in Pailin "
     "province.", [("21", "exact", "casualties", ""), ("5", "exact", "casualties", ""), ("9", "exact", "casualties", ""),
                   ("7", "exact", "casualties", "")]),
    ("Casualties\n\nTeams found 40 mines in Kandal and cleared 12 in Pailin.", []),
    ("There were 812 landmine casualties in Syria, 604 in Afghanistan and 377 in Ukraine.",
     [("812", "exact", "casualties", ""), ("604", "exact", "casualties", ""), ("377", "exact", "casualties", "")]),
    # "N unknown" after counts by group is a group not known (outcome casualties); after killed and injured, an outcome
    ("Casualties\n\nAge and gender\n\n9 adults:\n2 women; 5 men; 2 unknown\n\n4 children:\n4 unknown\n",
     [("9", "exact", "casualties", ""), ("2", "exact", "casualties", ""), ("5", "exact", "casualties", ""),
      ("2", "exact", "casualties", ""), ("4", "exact", "casualties", "child"), ("4", "exact", "casualties", "child")]),
    ("Casualties\n\nSurvival outcome\n\n8 killed; 5 injured; 2 unknown\n",
     [("8", "exact", "killed", ""), ("5", "exact", "injured", ""), ("2", "exact", "unknown", "")]),
    # a list before a count with its outcome shares it; ", and" ends a list only after a comma
    ("In 2016, 14 soldiers and 5 civilians were injured.", [("14", "exact", "injured", "military"), ("5", "exact", "injured", "civilian")]),
    ("In 2016, 14 soldiers, 2 deminers, and 5 civilians were killed by mines.",
     [("14", "exact", "killed", "military"), ("2", "exact", "killed", "deminer"), ("5", "exact", "killed", "civilian")]),
    ("The 38 casualties included 11 children, and 4 deminers were injured.",
     [("38", "exact", "casualties", ""), ("11", "exact", "casualties", "child"), ("4", "exact", "injured", "deminer")]),
    # "the mine death toll since ... include": a list of the killed; "1, 796": a number with a stray space
    ("Casualties\n\nUNICEF said the mine death toll since the fighting began include 35 children.",
     [("35", "exact", "killed", "child")]),
    ("There have been 1, 532 landmine casualties in the east since 2014.", [("1532", "exact", "casualties", "")]),
    # a vague count's words never run across a blank line ("many thousands" is a cell, "Casualties in 2019" a label)
    ("Casualties\n\nAll known casualties\n\nUnknown, many thousands\n\nCasualties in 2019\n\n12 (2018: 9)\n",
     [("12", "exact", "casualties", ""), ("9", "exact", "casualties", "")]),
    # a count of injured before its casualty noun is the total of the breakdown after it
    ("These hospitals admitted 1,210 injured mine/ERW casualties, including 11 women and 48 children.",
     [("1210", "exact", "injured", ""), ("11", "exact", "injured", ""), ("48", "exact", "injured", "child")]),
    # "injured:" before an unknown outcome; "N unknown" under a table label of counts by group
    ("Between 1999 and 2017: 3,150 mine/ERW casualties: 400 killed; 2,740 injured: 10 unknown survival outcome",
     [("3150", "exact", "casualties", ""), ("400", "exact", "killed", ""), ("2740", "exact", "injured", ""),
      ("10", "exact", "unknown", "")]),
    ("Casualties\n\nSurvival outcome\n\n8 killed; 6 injured\n\n3 unknown\n\nAge and gender\n\n12 unknown\n",
     [("8", "exact", "killed", ""), ("6", "exact", "injured", ""), ("3", "exact", "unknown", ""), ("12", "exact", "casualties", "")]),
    # "the number of deaths ... had reached", "the number of injuries also reached"
    ("The number of deaths due to mines had reached 41. The number of injuries also reached 95.",
     [("41", "exact", "killed", ""), ("95", "exact", "injured", "")]),
    # a range of estimates gives no count (its end is no count either); a change's end is one
    ("Casualties go unreported, probably some 12,000 to 18,000 new casualties a year.", []),
    ("Casualties rose from 45 in 2020 to 60 in 2021.", [("45", "exact", "casualties", ""), ("60", "exact", "casualties", "")]),
    # a count and a later casualty noun with a verb between are no count and noun
    ("The Monitor identified some 6,500 new casualties in 2000. The 6,500 figure does not include casualties in Burma.",
     [("6500", "about", "casualties", "")]),
    # counts by cause in brackets after "by attacks"; a total with its words between noun and verb
    ("In 2019, 130 cluster munition casualties were caused either by attacks (52), or by remnants (78).",
     [("130", "exact", "casualties", ""), ("52", "exact", "casualties", ""), ("78", "exact", "casualties", "")]),
    ("Casualties\n\nThe Monitor recorded 38 attacks (12) in 2019.", []),
    ("Risk education took place in 52 countries and four other areas reporting casualties in 2019.", []),
    # a share's count in brackets takes the group and the outcome said after it
    ("41% (3,366) of the 8,210 victims were civilians, while 59% (4,844) were members of the Colombian armed forces.",
     [("3366", "exact", "casualties", "civilian"), ("8210", "exact", "casualties", ""), ("4844", "exact", "casualties", "military")]),
    ("Casualties\n\n78% (6,404) of all victims were injured, while 22% (1,806) perished during the incidents.",
     [("6404", "exact", "injured", ""), ("1806", "exact", "killed", "")]),
    # an unknown group in a bracket breakdown takes its total's outcome
    ("Casualties\n\nCasualty analysis\n\nInjured: 37 (20 civilians, 12 children, 1 military, 4 unknown) (2005: 33)\n",
     [("37", "exact", "injured", ""), ("20", "exact", "injured", "civilian"), ("12", "exact", "injured", "child"),
      ("1", "exact", "injured", "military"), ("4", "exact", "injured", ""), ("33", "exact", "injured", "")]),
    # a comparison under a label of survivors counts survivors; a line with its own casualty label counts people
    ("Casualties\n\nEstimated mine/ERW survivors\n\nAt least 1,132 (2005: 1,095)\n", []),
    ("Casualties\n\nContamination\n\nKilled: 30 (2005: 19)\n", [("30", "exact", "killed", ""), ("19", "exact", "killed", "")]),
    ("It would appear that reported new mine casualties increased during 2001, to more than 300.",
     [("300", "at_least", "casualties", "")]),
    # a qualifier after "including"; a nationality's plural as the people; "have become victims", "have died"; youths
    ("Mines planted along the border have killed 54 people, including 16 children, and injured 71, including at least 9 "
     "children, since 2001.", [("54", "exact", "killed", ""), ("16", "exact", "killed", "child"), ("71", "exact", "injured", ""),
                               ("9", "at_least", "injured", "child")]),
    ("More than 60 Afghans have been killed and about 70 injured by those mines since 2001.",
     [("60", "at_least", "killed", ""), ("70", "about", "injured", "")]),
    ("In all, 760 people have become victims of UXO in the country; 310 of them have died.",
     [("760", "exact", "casualties", ""), ("310", "exact", "killed", "")]),
    ("A boy was killed and three other youths were injured when a shell exploded.",
     [("1", "exact", "killed", "child"), ("3", "exact", "injured", "")]),
    # "killed and wounded" is a total; a person's bracket is an age; "died" after an "including" clause; a death toll
    ("The centre said that 520 people have been killed and wounded since January.", [("520", "exact", "casualties", "")]),
    ("One man (34) was killed by a landmine in the district.", [("1", "exact", "killed", "civilian")]),
    ("Five civilians, including three children, died after their car drove over a mine.",
     [("5", "exact", "killed", "civilian"), ("3", "exact", "killed", "child")]),
    ("The civilian death toll was 412, compared with 70 in the military.", [("412", "exact", "killed", "civilian")]),
    # a whole number in a bracket ("(1,124 of 2,039 ...)" was read as 1); "Eight out of ten victims"
    ("In 2017, the majority of casualties, 55%, were children (1,024 of 1,861 where the age was known).",
     [("1024", "exact", "casualties", "child")]),
    ("Casualties\n\nEight out of ten victims are children.", []),
    # a count of events before a clause about people is no count of people
    ("Casualties\n\nThis is the latest of seven occurrences where soldiers have lost a foot to landmines.", []),
    # ages after names are no counts
    ("Casualties\n\nThe brothers Karim, 31, and Davron, 24, were killed by a mine in 2010.", []),
    # "N of which escaped with injuries", "passed away"
    ("Since 2013, 96 civilians fell victim to landmines, 81 of which escaped with injuries, and 15 of which passed away.",
     [("96", "exact", "casualties", "civilian"), ("81", "exact", "injured", ""), ("15", "exact", "killed", "")]),
    ("The total number of cluster munition casualties for all time recorded by the Monitor reached 20,140 by the end of 2015.",
     [("20140", "exact", "casualties", "")]),
    # twelfth pass: "was reported to be N" (not an age: "was 2 years ago"); an estimate is "about"
    ("The total number of clearance casualties was reported to be 88, of which 31 were killed.",
     [("88", "exact", "casualties", ""), ("31", "exact", "killed", "")]),
    ("The number of mine victims was estimated to be 1,200.", [("1200", "about", "casualties", "")]),
    ("Casualties\n\nThe number of casualties was 2 years ago much higher.", []),
    # a comparison closed by a space; a cell's label before a person's count; "unknown status" is survival
    ("Casualties\n\nMine/ERW casualties in 2008\n\nTotal: 14 (2007: 22 )\n\nCasualty analysis\n\nKilled: 1 civilian (2007: 6)\n\n"
     "Injured: 13 (10 civilians, 3 unknown) (2007: 16 )\n\n38 unknown status (2007: 4)\n",
     [("14", "exact", "casualties", ""), ("22", "exact", "casualties", ""), ("1", "exact", "killed", "civilian"),
      ("6", "exact", "killed", ""), ("13", "exact", "injured", ""), ("10", "exact", "injured", "civilian"),
      ("3", "exact", "injured", ""), ("16", "exact", "injured", ""), ("38", "exact", "unknown", ""), ("4", "exact", "unknown", "")]),
    ("Casualties in 2019\n\n4 killed; 11 injured, 2 survival outcomes unknown (2018: 9 killed; 20 injured)",
     [("4", "exact", "killed", ""), ("11", "exact", "injured", ""), ("2", "exact", "unknown", ""),
      ("9", "exact", "killed", ""), ("20", "exact", "injured", "")]),
    ("Casualties in 2019\n\n4 killed; 11 injured; 2 outcome unknown",
     [("4", "exact", "killed", ""), ("11", "exact", "injured", ""), ("2", "exact", "unknown", "")]),
    # (an unknown device is still no outcome)
    ("Casualties in 2019\n\n4 killed; 11 injured\n\nDevice type\n\n9 mines; 6 unknown devices",
     [("4", "exact", "killed", ""), ("11", "exact", "injured", "")]),
    # "among the injured" after a count gives its outcome
    ("The government reported 40 mine casualties in 2018, including 12 people killed, and three children among the injured.",
     [("40", "exact", "casualties", ""), ("12", "exact", "killed", ""), ("3", "exact", "injured", "child")]),
    # "N who died", "N people being injured", a share in brackets between a count and its noun
    ("Mines killed at least four herders, including three who died when they handled a shell.",
     [("4", "at_least", "killed", "civilian"), ("3", "exact", "killed", "civilian")]),
    ("There were 16 casualties: two who died and 14 who survived with injuries.",
     [("16", "exact", "casualties", ""), ("2", "exact", "killed", ""), ("14", "exact", "injured", "")]),
    ("The blast hit a market, resulting in 31 people being injured.", [("31", "exact", "injured", "")]),
    ("Of 410 casualties, 290 (71%) injuries were caused by improvised mines.",
     [("410", "exact", "casualties", ""), ("290", "exact", "injured", "")]),
    # the items of a list of bracketed counts follow a count, not a thing's number
    ("Casualties\n\nSince 1995, the centre fitted 3,120 people with 4,006 prostheses, and gave out crutches (2,450 pairs), "
     "wheelchairs (1,210) and walkers (96).", []),
    # "most (41) were boys"; a group of two words after "were" ("were security forces"); places with a bracket of
    # their own before their count, in a list
    ("Casualties\n\nThirty child casualties were identified; most (26) were boys.",
     [("30", "exact", "casualties", "child"), ("26", "exact", "casualties", "child")]),
    ("Casualties\n\nThe remaining 140 casualties were security forces.", [("140", "exact", "casualties", "military")]),
    ("Casualties\n\nMost casualties in 2012 (300) occurred in Federally Administered Tribal Areas (FATA) (180), "
     "Balochistan (70), and Khyber Pakhtunkhwa (KP, formerly North-West Frontier Province) (50).",
     [("300", "exact", "casualties", ""), ("180", "exact", "casualties", ""), ("70", "exact", "casualties", ""),
      ("50", "exact", "casualties", "")]),
    # a summary table's lines under a casualty label in a section of another theme; "deaths and injuries"; an
    # adjective before a person's noun ("civilian and military deminers")
    ("Impact\n\nMine/ERW casualties in 2009\n\nTotal: 150 (2008: 31)\n\nMines: 40 (2008: 6)\n\nCluster submunitions: 90 "
     "(2008: 20)\n\nOther ERW: 12 (2008: 5)\n\nMine action funding in 2009\n\nNational: 4,015 (2008: 12)\n",
     [("150", "exact", "casualties", ""), ("31", "exact", "casualties", ""), ("40", "exact", "casualties", ""),
      ("6", "exact", "casualties", ""), ("90", "exact", "casualties", ""), ("20", "exact", "casualties", ""),
      ("12", "exact", "casualties", ""), ("5", "exact", "casualties", "")]),
    ("At least 30 civilian and military deminers had suffered deaths and injuries.",
     [("30", "at_least", "casualties", "deminer")]),
    # a breakdown by place after "of which"; a fraction is no count
    ("Landmines caused 180 victims, 27 of which were in Kampot province.",
     [("180", "exact", "casualties", ""), ("27", "exact", "casualties", "")]),
    ("In 2007, civilians accounted for three quarters of recorded casualties.", []),
    # "for N it was unknown if they survived"; "N casualties were injured"
    ("From 2000 to 2018, the Monitor recorded 610 casualties: 48 people killed, 292 injured, and for 270 it was unknown "
     "if they survived.", [("610", "exact", "casualties", ""), ("48", "exact", "killed", ""), ("292", "exact", "injured", ""),
                           ("270", "exact", "unknown", "")]),
    ("Four casualties were injured in the south by improvised mines.", [("4", "exact", "injured", "")]),
    ("Four casualties were recorded in the south.", [("4", "exact", "casualties", "")]),
    # "have been victims"; citizens are people; ages and a verb before "among the injured"
    ("Since 2018, 52 citizens have been victims of landmine explosions; 14 were killed and 38 were wounded.",
     [("52", "exact", "casualties", ""), ("14", "exact", "killed", ""), ("38", "exact", "injured", "")]),
    ("Casualties\n\nTwo boys aged 9 and 13 are among the injured victims.", [("2", "exact", "injured", "child")]),
    # "the survival of N people was unknown"
    ("By the end of 2017, 1,212 people were killed, another 1,745 were injured, and the survival of 200 people was unknown.",
     [("1212", "exact", "killed", ""), ("1745", "exact", "injured", ""), ("200", "exact", "unknown", "")]),
    # a bare count after its verb, then "since"
    ("Landmines have killed 64 people and injured 810 since 1991.", [("64", "exact", "killed", ""), ("810", "exact", "injured", "")]),
    # a rate per month is no count
    ("UNICEF recorded about 80 casualties every month in 2023, compared to 30 casualties per month in 2022.", []),
    # "killed or wounded" before the count is a total; a bare count by a date after "with"
    ("Landmines have killed or wounded 1,840 people since the end of the war.", [("1840", "exact", "casualties", "")]),
    ("Casualties continued to be reported in 2007, with at least 18 by June.", [("18", "at_least", "casualties", "")]),
    ("Casualties\n\nTeams cleared 40 fields in 2007, with 12 by June.", []),
    # a group's casualties, then their count and its share in brackets
    ("Most child casualties (24 or 65%) were caused by ERW.", [("24", "exact", "casualties", "child")]),
    # a group's word before survivors counts no casualties; a person's word before a camp names no person
    ("Casualties\n\nThe institute said there were at least 700 civilian survivors in 2008.", []),
    ("Casualties\n\nAn air strike on a refugee camp killed nine.", [("9", "exact", "killed", "")]),
    # a nationality between the count and its person
    ("Casualties\n\nAt least 12 of these casualties were soldiers, including one Canadian soldier injured in 2003.",
     [("12", "at_least", "casualties", "military"), ("1", "exact", "injured", "military")]),
    # peacekeepers are military; a breakdown after "including (an additional)" of a count in a sentence with no
    # casualty word is of the same people (prose about other people still counts none)
    ("Casualties\n\nOf the 40 military casualties, Fourteen were UN peacekeepers from the mission, including an additional "
     "three Dutch soldiers.", [("40", "exact", "casualties", "military"), ("14", "exact", "casualties", "military"),
                               ("3", "exact", "casualties", "military")]),
    ("Casualties\n\nMore than 100 soldiers took part in the exercise, including 20 engineers.", []),
    # a summary line's device label names the cause of the count after it
    ("Casualties\n\nTotal: 210 (2005: 190)\nMines: 150 (2005: 160) ERW: 60 civilians (2005: 30)\n",
     [("210", "exact", "casualties", ""), ("190", "exact", "casualties", ""), ("150", "exact", "casualties", ""),
      ("160", "exact", "casualties", ""), ("60", "exact", "casualties", "civilian"), ("30", "exact", "casualties", "")]),
    # a change that multiplies ("doubled ... to 58"); minors are children
    ("Casualties\n\nCasualties doubled in 2019, to 58.", [("58", "exact", "casualties", "")]),
    ("Casualties\n\nIn 2020, there were 60 victims: 41 civilians and 12 minors.",
     [("60", "exact", "casualties", ""), ("41", "exact", "casualties", "civilian"), ("12", "exact", "casualties", "child")]),
    # one person at the end of a list after a verb, or after "The N casualties included"
    ("Casualties\n\nThe blast killed six men, two girls, and a woman.",
     [("6", "exact", "killed", ""), ("2", "exact", "killed", "child"), ("1", "exact", "killed", "civilian")]),
    ("Casualties\n\nThe 14 casualties included nine men, four boys, and a woman.",
     [("14", "exact", "casualties", ""), ("9", "exact", "casualties", ""), ("4", "exact", "casualties", "child"),
      ("1", "exact", "casualties", "civilian")]),
    # an average and a rate "were recorded each month" are no counts of people (a month's count is)
    ("Casualties\n\nCasualties per year fell from an average of 45 in 2015–2017 to 20 in 2020.",
     [("20", "exact", "casualties", "")]),
    ("Casualties\n\nOn average, 12 casualties were recorded each month.", []),
    ("Casualties\n\nIn 2021, 12 casualties were recorded in May.", [("12", "exact", "casualties", "")]),
    # "the outcome for N was not known" (not a civilian status)
    ("In 2020, 17 casualties were recorded: six people were killed, nine injured, and the outcome for two was not known.",
     [("17", "exact", "casualties", ""), ("6", "exact", "killed", ""), ("9", "exact", "injured", ""), ("2", "exact", "unknown", "")]),
    ("Casualties\n\nThe civilian status for 12 was unknown.", []),
    # "Unknown status:" counts people of unknown outcome
    ("Casualties\n\nCasualty analysis\n\nKilled: 20 (2006: 9)\n\nInjured: 31 (2006: 12)\n\nUnknown status: 2 (2006: 4)\n",
     [("20", "exact", "killed", ""), ("9", "exact", "killed", ""), ("31", "exact", "injured", ""), ("12", "exact", "injured", ""),
      ("2", "exact", "unknown", ""), ("4", "exact", "unknown", "")]),
    # "N more" of a verb's outcome; a summary table's total under "All known casualties by end YYYY"
    ("Casualties\n\nNine people had been killed and 40 more had been injured by ERW.",
     [("9", "exact", "killed", ""), ("40", "exact", "injured", "")]),
    ("Casualties\n\nAll known casualties by end 2019\n\n1,207\n", [("1207", "exact", "casualties", "")]),
    # a count in brackets after "cluster munition attacks"
    ("Casualties\n\nThe Monitor recorded 250 cluster munition casualties in 2021, from cluster munition attacks (90) and "
     "from remnants (160).", [("250", "exact", "casualties", ""), ("90", "exact", "casualties", ""),
                              ("160", "exact", "casualties", "")]),
    # a casualty toll brought to a number; one person counted in figures
    ("Casualties\n\nThe blast was the third this year and brings the casualty toll in Tajikistan to 17.",
     [("17", "exact", "casualties", "")]),
    ("Casualties\n\nThe death toll in the district rose to 9.", [("9", "exact", "killed", "")]),
    ("Mines have exploded nine times since 2001, which injured 4 herders and killed 1 resident of the village.",
     [("4", "exact", "injured", "civilian"), ("1", "exact", "killed", "")]),
    # outcomes split by a slash in brackets (not a number after any slash: "Resolution 75/52")
    ("In 2011, 31 casualties (seven killed/24 injured) were reported.",
     [("31", "exact", "casualties", ""), ("7", "exact", "killed", ""), ("24", "exact", "injured", "")]),
    ("Casualties\n\nThe ratio was 3/12 injured in the survey.", []),
    # "have also been injured"
    ("Some 310 people have also been injured by mines since the ceasefire.", [("310", "about", "injured", "")]),
    # the rest of a total, in brackets
    ("Casualties\n\nMost (31) were soldiers and the rest (12) were civilians.",
     [("31", "exact", "casualties", "military"), ("12", "exact", "casualties", "civilian")]),
    # a total broken down in brackets after its years
    ("The centre recorded 950 casualties between 1999 and 2014, including 402 from 2008–2012 (97 killed, 305 injured).",
     [("950", "exact", "casualties", ""), ("402", "exact", "casualties", ""), ("97", "exact", "killed", ""),
      ("305", "exact", "injured", "")]),
    # kin of casualties are no casualties
    ("Casualties\n\nThe ministry registered 518 widows and 1,204 descendants of victims of mine incidents.", []),
    ("Casualties\n\nSome 212 families of mine victims received support in 2020.", []),
    # a count of things after "at", and the later bare counts of its list
    ("Casualties\n\nThe year 2021 saw the highest number of incidents at 52, followed by 19 in 2018 and 14 in 2020.", []),
    # a summary cell whose total is not known, but a lower bound is; its comparison with a label inside
    ("Casualties\n\nMine/ERW casualties in 2009\n\nTotal: Unknown, but at least 61 (2008: 140)\n\nCasualty analysis\n\n"
     "Unknown (2008: killed: 35; injured: 105)\n",
     [("61", "at_least", "casualties", ""), ("140", "exact", "casualties", ""), ("35", "exact", "killed", ""),
      ("105", "exact", "injured", "")]),
    ("Casualties\n\nMine/ERW casualties in 2009\n\nTotal: about 20 (2008: 14)\n\nCasualty analysis\n\n"
     "Killed: 8; injured: 12 (2008: killed 5; injured 9)\n",
     [("20", "about", "casualties", ""), ("14", "exact", "casualties", ""), ("8", "exact", "killed", ""),
      ("12", "exact", "injured", ""), ("5", "exact", "killed", ""), ("9", "exact", "injured", "")]),
    # survivors estimated under their own label are no casualties, nor is their comparison
    ("Casualties\n\nEstimated mine/ERW survivors\n\n2,400 (2008: 2,350)\n", []),
    ("Casualties\n\nEstimated mine/ERW survivors\n\nAt least 2,400 (2008: 2,350)\n", []),
    # "de-miners"; a part of people named after "of the"; a yearly estimate is no count
    ("Casualties\n\nMore than 300 de-miners have been killed or injured since 1999.", [("300", "at_least", "casualties", "deminer")]),
    ("In 2011, four boys found a submunition; three of the boys died at the scene.",
     [("4", "exact", "casualties", "child"), ("3", "exact", "killed", "child")]),
    ("Casualties\n\nTwo of the injured were children.", [("2", "exact", "injured", "child")]),
    ("The ministry estimates that there are some 1,500 mine/ERW casualties a year.", []),
    ("The total number of mine and UXO casualties in 2004 was 212.", [("212", "exact", "casualties", "")]),
    # people who took part in a programme, and a part of them by year, are no casualties
    ("Casualties\n\nFrom 2015 to 2019, about 54,000 people took part in risk education sessions, including 26,000 in "
     "2019 alone.", []),
    ("Casualties\n\nIn 2019, 1,200 people attended risk education sessions, compared to 900 in 2018.", []),
    ("Casualties\n\nIn 2019, 12 people received injuries in mine incidents, compared to 9 in 2018.",
     [("12", "exact", "injured", ""), ("9", "exact", "injured", "")]),
    # "one or more" things after a verb are no count; "three or more" people are
    ("In 12 of the 40 countries with casualties, the Monitor identified one or more aspects of assistance that were "
     "inadequate.", []),
    ("The blast injured three or more.", [("3", "at_least", "injured", "")]),
    # a list of places after the outcome's own place: each count, the outcome of the one before
    ("In 2020, 58 people were killed in Gaza and 11 in the West Bank.",
     [("58", "exact", "killed", ""), ("11", "exact", "killed", "")]),
    ("In 2019, 12 civilians were injured in Mosul and 4 in Kirkuk, while 3 were killed in Erbil.",
     [("12", "exact", "injured", "civilian"), ("4", "exact", "injured", ""), ("3", "exact", "killed", "")]),
    # (not a count of teams)
    ("Casualties\n\nThe clearance teams were deployed in Mosul in 2019 and 4 in Kirkuk.", []),
    ("Of the 69 casualties in 2020, 58 were recorded in Gaza and 11 in the West Bank.",
     [("69", "exact", "casualties", ""), ("58", "exact", "casualties", ""), ("11", "exact", "casualties", "")]),
    # a second group's count after a comma, its verb left out
    ("Children accounted for 14 of the casualties, soldiers for three.",
     [("14", "exact", "casualties", "child"), ("3", "exact", "casualties", "military")]),
    # "victim assistance" is no victim
    ("Of the 33 donors that reported contributions in 2009, 15 reported supporting victim assistance.", []),
    # "other" between a count and its people, the verb's "were" left out
    ("A 12-year-old boy was killed and four other boys wounded when a submunition exploded.",
     [("1", "exact", "killed", "child"), ("4", "exact", "injured", "child")]),
    # a breakdown by a device that is no mine; a share of all injuries; "less recent" casualties
    ("In 2012, the Monitor recorded five casualties, three from hand grenades and two from mortar rounds.",
     [("5", "exact", "casualties", ""), ("3", "exact", "casualties", ""), ("2", "exact", "casualties", "")]),
    ("Of the 210 injuries, 81 (39%) of all injuries occurred in the home.",
     [("210", "exact", "injured", ""), ("81", "exact", "injured", "")]),
    ("The survey found 912 recent casualties and 4,020 less recent casualties.",
     [("912", "exact", "casualties", ""), ("4020", "exact", "casualties", "")]),
    ("There were 12 fewer casualties than in 2019.", []),
    # a part of a total without "the"; a present-tense "number" after the noun and its period
    # (the group after them is the part's, not the total's)
    ("The centre reported that 44 of 150 casualties were children.",
     [("44", "exact", "casualties", "child"), ("150", "exact", "casualties", "")]),
    ("Peacetime casualties, from 1996 through 2008, number 1,512, of which 402 were fatalities.",
     [("1512", "exact", "casualties", ""), ("402", "exact", "killed", "")]),
    ("In 2010, 12 of 30 provinces reported casualties.", []),
    # a place's count after "followed by" in a ranking of casualties (not of incidents)
    ("Most casualties (210) occurred in the North-West Frontier Province (NWFP), followed by 88 in Balochistan.",
     [("210", "exact", "casualties", ""), ("88", "exact", "casualties", "")]),
    ("Casualties\n\nThe most incidents (30) were in Helmand, followed by 12 in Kandahar.", []),
    # the next items of a breakdown by cause, their verb left out (not a change's "from 5 to 12")
    ("Of the 40 casualties, 25 were caused by ERW, 10 to mines and 5 to IEDs.",
     [("40", "exact", "casualties", ""), ("25", "exact", "casualties", ""), ("10", "exact", "casualties", ""),
      ("5", "exact", "casualties", "")]),
    ("Casualties\n\nThe number of mines found rose from 5 to 12 mines.", []),
    # a comparison in words, or a lower bound of an unknown total
    ("Casualties\n\nCasualties in 2008\n\nThree (2007: two)\n", [("3", "exact", "casualties", ""), ("2", "exact", "casualties", "")]),
    ("Casualties\n\nCasualties in 2008\n\n4 (2007: Unknown but eight reported)\n",
     [("4", "exact", "casualties", ""), ("8", "at_least", "casualties", "")]),
    ("Casualties\n\nCasualties in 2008\n\n4 (2007: unknown)\n", [("4", "exact", "casualties", "")]),
    # cases whose survival is unknown (not other cases)
    ("UNMAS reported 2,410 casualties, with 1,000 people killed, 1,402 injured, and eight cases in which it was unknown "
     "if the casualties survived.",
     [("2410", "exact", "casualties", ""), ("1000", "exact", "killed", ""), ("1402", "exact", "injured", ""),
      ("8", "exact", "unknown", "")]),
    ("Casualties\n\nThe 12 cases in which it was unknown how the mines were laid were closed.", []),
    # "have already been killed"
    ("In 2022, four civilians have already been killed by improvised mines.", [("4", "exact", "killed", "civilian")]),
    # a change's adverb before its verb: the new count
    ("Casualties more than doubled in 2018, to 58.", [("58", "exact", "casualties", "")]),
    ("Recorded casualties continued to fall, to 4,920 last year.", [("4920", "exact", "casualties", "")]),
    # a count for each of several is no count
    ("For the first time, both states recorded fewer than 100 casualties each.", []),
    # a table's threshold is no count; "the outcome of the incident was unknown" is an unknown outcome
    ("Casualties\n\nStates with 100 or more casualties in 2010\n\nAtlantis\n\n212\n", []),
    ("At least 1,020 people were killed and 2,700 injured; for 140 casualties the outcome of the incident was unknown.",
     [("1020", "at_least", "killed", ""), ("2700", "exact", "injured", ""), ("140", "exact", "unknown", "")]),
    # a ranked item with its share in the bracket
    ("Casualties\n\nERW caused most child casualties (412, or 41 per cent), followed by improvised mines (187, or 19 per "
     "cent).",
     [("412", "exact", "casualties", "child"), ("187", "exact", "casualties", "")]),
]


@pytest.mark.parametrize("text, expected", [
    # the year right before a bracketed count is its own; a year after a comparison is the comparison's
    ("The casualty total for 2021 (58) was lower than that recorded for 2020 (87).", [("58", "2021"), ("87", "2020")]),
    ("In 2021, 22 casualties were reported, a decrease from the 39 recorded in 2020.", [("22", "2021"), ("39", "2020")]),
    ("In 2020, 64 casualties were recorded, an increase of 15% from 2019.", [("64", "2020")]),
    # a year right before a bracket that gives a share and its count
    ("Child casualties rose compared to 2016 (42%, or 741 casualties) and 2015 (36%, or 512 casualties).",
     [("741", "2016"), ("512", "2015")]),
    # a later year after a change's noun is the change's ("with a drop once again in 2013")
    ("In 2011, the total remained at 496 casualties, with a drop once again in 2013.", [("496", "2011")]),
    # a summary table's year is its label's, past a comparison's line and down a long table
    ("Casualties\n\nCasualties in 2019\n\nAnnual total\n\n120\n\nsignificant decrease from 310 in 2018\n\nSurvival outcome\n\n"
     "40 killed; 80 injured\n\nCivilian status\n\n100 civilians; 20 military\n\nAge and gender\n\n70 adults:\n10 women; 60 men\n\n"
     "50 children:\n40 boys; 10 girls\n",
     [("120", "2019"), ("310", "2018"), ("40", "2019"), ("80", "2019"), ("100", "2019"), ("20", "2019"), ("70", "2019"),
      ("10", "2019"), ("60", "2019"), ("50", "2019"), ("40", "2019"), ("10", "2019")]),
    # the years of a period between a total and its bracket
    ("The police reported 10,420 casualties between 1950 and 1990 (5,100 killed; 5,320 injured).",
     [("10420", "1950"), ("5100", "1950"), ("5320", "1950")]),
    ("In total, 12 people were killed and 30 injured in 2022.", [("12", "2022"), ("30", "2022")]),
    ("There were 45 casualties in 2022, compared with 87 in 2021.", [("45", "2022"), ("87", "2021")]),
    ("The database includes 9,437 casualties for 2016 (2,472 killed, 6,937 injured).",
     [("9437", "2016"), ("2472", "2016"), ("6937", "2016")]),
    # ... also when another year comes before the total ("Report 2019") or a verb stands between it and its year
    ("The database of Landmine Monitor Report 2019 includes an updated total of 5,200 casualties for 2017 (1,700 killed, "
     "3,480 injured, and 20 unknown).", [("5200", "2017"), ("1700", "2017"), ("3480", "2017"), ("20", "2017")]),
    ("At the time of Landmine Monitor Report 2018, 4,900 casualties had been recorded for 2017 (1,600 killed, 3,290 "
     "injured, and 10 unknown).", [("4900", "2017"), ("1600", "2017"), ("3290", "2017"), ("10", "2017")]),
    ("In 2008, 32 casualties were identified, a significant decrease from 2007 when 145 casualties were recorded.",
     [("32", "2008"), ("145", "2007")]),
    ("In 2003, 16 people were killed or injured by mines, a decline from 2002.", [("16", "2003")]),
    # "the lowest since 2002" compares; "recorded since 2015" is the count's period
    ("The 2022 total of 85 casualties was the lowest since 2002.", [("85", "2022")]),
    ("In 2018, the number of deminers killed (14) was the highest since 2010.", [("14", "2018")]),
    ("45 casualties have been recorded since 2015.", [("45", "2015")]),
    ("In 2019 and 2020, 45 and 60 casualties were recorded, respectively.", [("45", "2019"), ("60", "2020")]),
    # a year inside the bracket is its count's, else the year right before it (with "total" between)
    ("There were 30 casualties in 2021 (18 casualties in 2020).", [("30", "2021"), ("18", "2020")]),
    ("The 61 casualties in 2019 were a decrease on the 2018 total (102 casualties), and on 2017 (130 casualties).",
     [("61", "2019"), ("102", "2018"), ("130", "2017")]),
    ("In 2019, 61 casualties were recorded, a 40% decrease on the total recorded in 2018 (102 casualties).",
     [("61", "2019"), ("102", "2018")]),
    # twelfth pass: a breakdown in brackets after a total "in 2011–2016" takes its year
    ("In total, 4,210 casualties (1,001 killed; 3,209 injured) were recorded in 1992–2008; 210 casualties in 2009–2015 "
     "(45 killed; 165 injured).",
     [("4210", "1992"), ("1001", "1992"), ("3209", "1992"), ("210", "2009"), ("45", "2009"), ("165", "2009")]),
    # a document's date is no count's year; the period the counts occurred in is
    ("In its Article 7 report of April 2016, the government gave figures for casualties occurring between 2005 and the end "
     "of 2014: 312 soldiers (80 killed; 232 injured).", [("312", "2005"), ("80", "2005"), ("232", "2005")]),
    # a year that opens the count's clause; a year that opens a later clause is not the count's
    ("In 2009 and 2010, most casualties were civilians, while in 2011, just three of the 14 casualties were civilians, "
     "and in 2012, none were.", [("3", "2011"), ("14", "2011")]),
    ("Casualties\n\nFour deminers were injured, and in 2012, none were.", [("4", "")]),
    # (a year set off by commas is still the count's)
    ("At least 272 casualties occurred during cluster munition strikes on Mekele, Ethiopia, in 1998.", [("272", "1998")]),
    # a year compared with is no count's year ("similar to the 35% in 2008", "As in 2009, ...")
    ("Civilian casualties (232) made up 34% of the total, similar to the 35% in 2008.", [("232", "")]),
    ("As in 2009, the vast majority of casualties in 2010 (368) occurred in Punjab (241) and Sindh (64).",
     [("368", "2010"), ("241", "2010"), ("64", "2010")]),
    # a summary table's year is its label's past a line that says there were none in another year
    ("Casualties\n\nCasualties in 2020\n\nAnnual total\n\n5\n\nNo casualties recorded in 2019\n\nSurvival outcome\n\n"
     "2 killed; 3 injured\n\nCivilian status\n\n5 civilians\n", [("5", "2020"), ("2", "2020"), ("3", "2020"), ("5", "2020")]),
    # a total revised, with the year it is for
    ("In 2018, the centre increased the number of casualties recorded for 2017 to 64 (from a previously reported total "
     "of 31).", [("64", "2017")]),
    ("The centre reduced the number of staff to 12 in 2019.", []),
    # a clause opened by a range of months has its year; a list of years after "and" opens none
    ("In 2005, there were at least 35 casualties, and from January to June 2006, there were at least 54 new casualties.",
     [("35", "2005"), ("54", "2006")]),
    ("The 2016 total represents an increase from the 34 casualties in 2015, 2014, and 2013, but was less than the 69 new "
     "casualties identified in 2012.", [("34", "2015"), ("69", "2012")]),
    # a later year with a bracketed count of its own is that count's
    ("Figures for 2021 show that the number of casualties countrywide (284) reached 113% of the caseload of 2020 (252).",
     [("284", "2021"), ("252", "2020")]),
    # a summary cell's count in words takes its label's year
    ("Casualties\n\nCasualties in 2008\n\nNine (2007: 47)\n", [("9", "2008"), ("47", "2007")]),
    # a comparison's year in brackets closed before a count is not its year; the counts inside are that year's
    ("Casualties\n\nMine/ERW casualties in 2007\n\nKilled: 12 (2006: 9) Injured: 24 (2006: 11, and 4 unknown) |\n",
     [("12", "2007"), ("9", "2006"), ("24", "2007"), ("11", "2006"), ("4", "2006")]),
    # a later year in a later clause yields to the year that opens the sentence (not a ";" inside brackets)
    ("Between 2001 and 2004, 48 mine/UXO casualties were reported; another 19 were reported in 2005.",
     [("48", "2001"), ("19", "2005")]),
    ("From 2000 to 2009, the Monitor identified 212 mine/ERW casualties in Atlantis (61 killed, 140 injured, and 11 "
     "unknown) with most casualties reported in 2007–2009.", [("212", "2000"), ("61", "2000"), ("140", "2000"), ("11", "2000")]),
    ("Casualties\n\nThe police reported 4,102 casualties (1,350 killed; 2,752 injured) between 1961 and 1990.",
     [("4102", "1961"), ("1350", "1961"), ("2752", "1961")]),
    # the year before the sentence's
    ("In 2013, 14 deaths and 9 injuries were reported, an increase from one death and three injuries in the previous "
     "year.", [("14", "2013"), ("9", "2013"), ("1", "2012"), ("3", "2012")]),
    ("Nine casualties were recorded in 2015, with five recorded the year before.", [("9", "2015"), ("5", "2014")]),
    ("In 2019, 31 casualties were recorded, up from 12 the year before.", [("31", "2019"), ("12", "2018")]),
    # (not a count compared across the year before)
    ("In 2019, 31 casualties were recorded compared to the previous year.", [("31", "2019")]),
    # a sentence that refers back takes the year of the count before it
    ("From April to June 2011, the survey identified 21 new casualties. Of these, two people were killed and 19 were "
     "injured.", [("21", "2011"), ("2", "2011"), ("19", "2011")]),
    ("In 2014, teams cleared 40 fields. Of these, 12 casualties were recorded.", [("12", "")]),
    # every count in a bracket after a year takes it
    ("The centre recorded 950 casualties between 1999 and 2014, including 402 from 2008–2012 (97 killed, 305 injured).",
     [("950", "1999"), ("402", "2008"), ("97", "2008"), ("305", "2008")]),
    # a summary cell that opens with a qualifier takes its label's year; prose that opens with one does not
    ("Casualties\n\nCasualties in 2019\n\nAge and gender\n\n6 adults\n\nAt least 2 boys\n",
     [("6", "2019"), ("2", "2019")]),
    ("Casualties\n\nCasualties in 2019\n\nAge and gender\n\nAt least 61 cluster munition casualties have been reported in "
     "Atlantis. Another nine casualties were recorded.\n", [("61", ""), ("9", "")]),
    # a later year in a later clause is no count's year when none stands before it
    ("Casualties\n\nA total of 31 casualties were reported; most occurred in 2003.", [("31", "")]),
    # a "when" clause's year is its counts'
    ("Before the accident in 2019, the last incident was recorded in 2011, when a mine caused four casualties (one killed "
     "and three injured).", [("4", "2011"), ("1", "2011"), ("3", "2011")]),
    ("The 120 casualties of 2016 are a sharp rise from 2015 when only 14 casualties were recorded.",
     [("120", "2016"), ("14", "2015")]),
    # a summary table's device lines without a comparison take the label's year; "Unknown status:" is unknown
    ("Casualties\n\nMine/ERW casualties in 2009\n\nTotal: 40 (2008: 31)\n\nMines: 25\n\nOther ERW: 15\n\n"
     "Unknown status: 3 (2008: 1)\n", [("40", "2009"), ("31", "2008"), ("25", "2009"), ("15", "2009"), ("3", "2009"),
                                       ("1", "2008")]),
    # ... not lines of other tables ("Initially: 1,000" mines retained)
    ("Mine Ban Policy\n\nArticle 3 (mines retained)\n\nInitially: 1,000\n\nMines: 950\n", []),
    # the date that ends a lead's label is no count's year
    ("Key developments since May 2009: As of May 2010, the survey had recorded 312 casualties in two years.",
     [("312", "2010")]),
    # a list of years right after "respectively" pairs with the counts in order
    ("It was lower than the 6,100 and 8,200 casualties recorded respectively in 2020 and 2016.",
     [("6100", "2020"), ("8200", "2016")]),
    # "a year earlier" is the year before the sentence's
    ("In 2014, 12 casualties were recorded, compared to 20 casualties a year earlier.", [("12", "2014"), ("20", "2013")]),
    ("In 2014, 12 casualties were recorded, up from eight a year earlier.", [("12", "2014"), ("8", "2013")]),
    # (two years' totals "per year" are counts)
    ("In 2011 and 2012, annual totals stayed near 500, at 496 and 549 casualties per year.",
     [("496", "2011"), ("549", "2011")]),
])
def test_the_year_of_a_count(text, expected):
    assert rows(pipeline.extract(text)["casualties"], "count", "year") == expected


def test_a_force_named_before_its_soldiers_is_no_count_noun():
    text = "In March 2023, two Arakan Army soldiers were killed by a landmine."
    assert rows(pipeline.extract(text)["casualties"], "text", "group") == [("two Arakan Army soldiers", "military")]


@pytest.mark.parametrize("text, expected", CASES)
def test_casualties(text, expected):
    assert rows(pipeline.extract(text)["casualties"], *COLS) == expected


@pytest.mark.parametrize("text, expected", [
    # the device said right after the count's words, when it names one ("with none caused by ..." is another clause)
    ("In 2020, all seven casualties resulted from mines, with none caused by cluster munition remnants.", [("7", "mine")]),
    # ... a list of devices after it leaves the count the sentence's cause (mines and ERW named: mines/ERW)
    ("The Monitor recorded 900 casualties due to mines, including improvised mines (IEDs), and ERW.", [("900", "mine/erw")]),
    ("The Monitor recorded 900 casualties due to improvised mines and cluster munitions.", [("900", "cluster_munition")]),
])
def test_the_device_said_after_a_count_is_its_cause(text, expected):
    assert rows(pipeline.extract(text)["casualties"], "count", "cause") == expected


def test_cause_and_year():
    c = pipeline.extract("In 2017, 197 cluster munition remnant casualties were reported.")["casualties"]
    assert rows(c, "count", "cause", "year") == [("197", "cluster_munition", "2017")]


@pytest.mark.parametrize("text, expected", [
    # the device a rule matched before the count is its cause, not the sentence's first
    ("In 2022, unexploded ordnance caused 12 casualties, and antipersonnel mines caused eight.", [("12", "erw"), ("8", "mine")]),
    ("In 2018, the highest number of casualties was caused by improvised mines (3,789).", [("3789", "improvised_mine")]),
    ("Three farmers were injured by a victim-activated IED.", [("3", "improvised_mine")]),
    ("In 2022, mines and ERW killed or injured 35 deminers, eight of them fatally.", [("35", "mine/erw"), ("8", "mine/erw")]),
    # the cause after the count in its rule's own match
    ("Of the casualties, 10 were caused by mines and two by ERW.", [("10", "mine"), ("2", "erw")]),
    # names with a device's word name no cause
    ("In 2016, Landmine Monitor recorded 45 casualties.", [("45", "")]),
    ("The Landmine and Cluster Munition Monitor identified 674 casualties, all caused by antipersonnel mines.", [("674", "mine")]),
    ("The Mine Action Centre recorded 30 casualties from unexploded submunitions.", [("30", "cluster_munition")]),
    # "mines and unexploded remnants" are mines and ERW
    ("In 2015, 48 civilians were killed or wounded by landmines and unexploded remnants of war.", [("48", "mine/erw")]),
    # "mine/ ERW" with a stray space is still mines and ERW
    ("The agency recorded 22 mine/ ERW casualties for 2014.", [("22", "mine/erw")]),
    # a list that names mines and ERW among other devices is mines/ERW, not the first device in the rule file's order
    ("In 2008, the Monitor identified 5,100 casualties caused by mines, ERW, and victim-activated IEDs.", [("5100", "mine/erw")]),
    ("In 2009, it recorded 3,900 casualties from mines, cluster munition remnants, and other ERW.", [("3900", "mine/erw")]),
    # the device right after an outcome's "by" is its cause, clause by clause
    ("In May, a girl was injured by an antipersonnel mine, and a boy and his father were killed by an ERW grenade.",
     [("1", "mine"), ("1", "erw"), ("1", "erw")]),
    # the count after the comma takes the device of its own clause
    ("Of the casualties, 10, were caused by ERW, two were caused by antipersonnel mines.", [("10", "erw"), ("2", "mine")]),
    # each cell of a flattened summary line, and its comparison, takes the device of its own label; "Total" and
    # "Unknown device" name none (the other cells' labels are not theirs)
    ("Casualties\n\nMine/ERW casualties in 2007\n\nTotal: 36 (2006: 24) Mines: 23 (2006: 13) Submunitions: 4 (2006: 2) "
     "Unknown device: 9 (2006: 7)\n",
     [("36", ""), ("24", ""), ("23", "mine"), ("13", "mine"), ("4", "cluster_munition"), ("2", "cluster_munition"),
      ("9", ""), ("7", "")]),
    # ... not an area in such a line
    ("Casualties\n\nMine/ERW casualties in 2007\n\nTotal: 36 (2006: 24)\n\nBattle area clearance: 14 km2 (2006: 18 km2)\n",
     [("36", ""), ("24", "")]),
])
def test_the_cause_of_a_count(text, expected):
    assert rows(pipeline.extract(text)["casualties"], "count", "cause") == expected


@pytest.mark.parametrize("text, expected", [
    ("Casualties in 2006\n\nKilled: 30 (2005: 19)\n\nInjured: 66 (2005: 74)\n",
     [("30", "killed"), ("19", "killed"), ("66", "injured"), ("74", "injured")]),
    ("Casualties included six deminers, two of whom were killed and four injured.",
     [("6", "casualties"), ("2", "killed"), ("4", "injured")]),
    ("Phase 3 of the survey showed significant unrecorded casualties.", []),
    ("Mine/ERW casualties in 2007\n\nKilled: 12 (2006: 9) Injured: 24 (2006: 11) |\n",
     [("12", "killed"), ("9", "killed"), ("24", "injured"), ("11", "injured")]),
    # Labels without a colon where the count ends its cell; the next line's label is no noun of a count;
    # a table of counts by year
    ("Casualties\n\nCasualties by outcome (2017): Killed 12; Injured 21\nCasualties by group (2017): Civilian 30\n",
     [("12", "killed"), ("21", "injured"), ("30", "casualties")]),
    ("Casualties\n\nAnnual casualties 2013–2015\n2013: 45\n2014: 38\n2015: 51\n",
     [("45", "casualties"), ("38", "casualties"), ("51", "casualties")]),
    ("Mine Action\n\nLand released per year\n2013: 45\n2014: 38\n", []),
])
def test_summary_labels_and_split_clauses(text, expected):
    assert rows(pipeline.extract(text)["casualties"], "count", "outcome") == expected


SUMMARY_TABLE = ("Casualties\n\nLast updated: 12 November 2019\n\nAll known casualties (since 1990)\n\n"
                 "1,912 (634 killed; 1,278 injured)\n\nCasualties in 2018\n\n27 (2017: 33)\n\n"
                 "2018 casualties by outcome\n\n9 killed; 18 injured (2017: 12 killed; 21 injured)\n\n"
                 "Mine/ERW casualties in 2006\n\nTotal: 96 (2005: 93)\n\nCasualty analysis\n\nKilled: 30 (2005: 19)\n")


def test_a_summary_cell_takes_the_year_of_its_label_and_not_of_its_comparison():
    # The year of a cell is its label's (past the labels and values of its block without a year); the
    # bracket's year is the comparison's; a period is no year; the breakdown in brackets is no cell label.
    assert rows(pipeline.extract(SUMMARY_TABLE)["casualties"], "count", "outcome", "year") == [
        ("1912", "casualties", ""), ("634", "killed", ""), ("1278", "injured", ""),
        ("27", "casualties", "2018"), ("33", "casualties", "2017"),
        ("9", "killed", "2018"), ("18", "injured", "2018"), ("12", "killed", "2017"), ("21", "injured", "2017"),
        ("96", "casualties", "2006"), ("93", "casualties", "2005"), ("30", "killed", "2006"), ("19", "killed", "2005")]


@pytest.mark.parametrize("text, expected", [
    # The only casualty context is the title inferred for an untitled section ("incidents" -> Casualties):
    # rules that need context must still run although no casualty word occurs in the text.
    ("Atlantis\n\nMine Ban Policy\n\nLast updated: 4 May 2022\n\nAtlantis has not acceded to the Mine Ban Treaty.\n\n"
     "Last updated: 4 May 2022\n\nThe Monitor recorded 41 incidents in 2021. People affected numbered 65 (2020: 33). "
     "Most incidents occurred near the border.\n", [("33", "2020", "year_count")]),
    # No casualty word and no casualty section: a comparison in brackets is not a count of people.
    ("Atlantis\n\nMine Action\n\nLast updated: 4 May 2022\n\nAtlantis cleared 41 hazardous areas in 2021 (2020: 33).\n",
     []),    # In a casualty section, a bare count of people is a summary table's cell, not prose about other people
    ("Atlantis\n\nCasualties\n\nLast updated: 4 May 2022\n\nCasualties by group\n\n4 women; 36 men\n\n"
     "More than 100 soldiers took part in the clearance exercise in 2021.\n",
     [("4", "", "number_group"), ("36", "", "number_group")]),
])
def test_context_from_the_section_title_alone(text, expected):
    assert rows(pipeline.extract(text)["casualties"], "count", "year", "rule") == expected


@pytest.mark.parametrize("age_nouns, expected", [
    ("[boy, teenager]", [("1", "injured")]),
    # The age nouns are data: without "boy", "a boy of 14" reads as fourteen boys again.
    ("[girl, child, man, woman, teenager]", [("14", "injured")]),
])
def test_age_nouns_come_from_the_rule_file(tmp_path, age_nouns, expected):
    cfg = config_with_rules(tmp_path, "casualties", lambda y: y.replace(
        "age_nouns: [boy, girl, child, man, woman, teenager]", f"age_nouns: {age_nouns}"))
    text = "On 4 July 2005, a boy of 14 lost both legs when he stepped on a mine."
    assert rows(pipeline.extract(text, cfg)["casualties"], "count", "outcome") == expected


def test_an_age_noun_that_is_no_plain_word_is_a_rule_error(tmp_path):
    from pipeline.config import ConfigError
    from pipeline.extractors import validate_rules

    cfg = config_with_rules(tmp_path, "casualties", lambda y: y.replace("age_nouns: [boy,", "age_nouns: ['boys?',"))
    with pytest.raises(ConfigError, match="age_nouns: 'boys\\?' is not a plain word"):
        validate_rules(cfg)
