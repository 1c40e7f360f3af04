#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""scripts/gazetteer.py - writes lexicons/gazetteer.yaml from Debian's data.

    python3 scripts/gazetteer.py [--diplomatic FILE] [-o OUT]   (make gazetteer)

Reads, and nothing else (no network):

  iso-codes           /usr/share/iso-codes/json/iso_3166-1.json and the Urdu
                      catalogue iso_3166-1.mo: the states and territories,
                      their English names and Urdu translations;
                      iso_3166-2.json: the subdivisions that are a state's
                      capital (capital city, capital district or territory,
                      federal district), whose city is the state's capital;
                      iso_3166-3.json: the states and territories of
                      formerly used names (no Urdu catalogue has them: their
                      Urdu names are the table HISTORIC's, "hand")
  unicode-cldr-core   common/main/en.xml, ur.xml: territory names, Urdu
                      exemplar cities of the time zones
  libgeonames0        the city table compiled into libgeonames.so.0 (read
                      with ctypes): name, country, population, time zone
  libgeonames-common  the Urdu catalogue geonames.mo: Urdu city names
  apertium-eng-spa,   the morphological analysers, run with lt-proc
  apertium-urd,       (lttoolbox): a city name that is also a common
  lttoolbox           English or Urdu word is not a city form
  python3-yaml        to read the hand lexicon (--diplomatic): its ids and
                      forms win, the gazetteer leaves them out

Demonyms and adjectival forms are in no Debian package (CLDR has none):
they come from the rules and the exception table below (source "rule",
"hand").  So do the international organisations (source "hand").  Every
term's note says where each of its forms comes from.
"""
import argparse
import ctypes
import gettext
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO2 = "/usr/share/iso-codes/json/iso_3166-2.json"
ISO3 = "/usr/share/iso-codes/json/iso_3166-3.json"
ISO_UR = "/usr/share/locale/ur/LC_MESSAGES/iso_3166-1.mo"
CLDR = "/usr/share/unicode/cldr/common/main/"
GEO_UR = "/usr/share/locale/ur/LC_MESSAGES/geonames.mo"
EN_MORF = "/usr/share/apertium/apertium-eng-spa/eng-spa.automorf.bin"
UR_MORF = "/usr/share/apertium/apertium-urd/urd.automorf.bin"

NEEDS = [
    (ISO, "iso-codes"), (ISO_UR, "iso-codes"), (ISO2, "iso-codes"),
    (ISO3, "iso-codes"),
    (CLDR + "en.xml", "unicode-cldr-core"), (CLDR + "ur.xml", "unicode-cldr-core"),
    (GEO_UR, "libgeonames-common"),
    (EN_MORF, "apertium-eng-spa"), (UR_MORF, "apertium-urd"),
]

# Cities below this population are left out unless the Urdu catalogue
# names them (see README.md, "The gazetteer": all 24,000 cities of
# libgeonames made start-up six times slower).
MIN_POPULATION = 100000

# ---------------------------------------------------------------- hand data

# English demonym / adjective by ISO alpha-2 where the rules below would be
# wrong or give nothing (source "hand").  A list: first is the usual one.
ADJ_EN = {
    "AF": ["Afghan"], "AL": ["Albanian"], "AD": ["Andorran"],
    "AE": ["Emirati"], "AR": ["Argentine", "Argentinian"], "AZ": ["Azerbaijani", "Azeri"],
    "BD": ["Bangladeshi"], "BE": ["Belgian"], "BH": ["Bahraini"],
    "BJ": ["Beninese"], "BN": ["Bruneian"], "BR": ["Brazilian"],
    "BS": ["Bahamian"], "BT": ["Bhutanese"], "BW": ["Botswanan"],
    "BY": ["Belarusian"], "BF": ["Burkinabe"], "BI": ["Burundian"],
    "CA": ["Canadian"], "CD": ["Congolese"], "CG": ["Congolese"],
    "CF": ["Central African"], "CH": ["Swiss"], "CI": ["Ivorian"],
    "CL": ["Chilean"], "CM": ["Cameroonian"], "CN": ["Chinese"],
    "CV": ["Cape Verdean"], "CY": ["Cypriot"], "CZ": ["Czech"],
    "DE": ["German"], "DJ": ["Djiboutian"], "DK": ["Danish"],
    "DO": ["Dominican"], "DM": ["Dominican"], "EC": ["Ecuadorian"],
    "EG": ["Egyptian"], "ES": ["Spanish"], "FI": ["Finnish"],
    "FJ": ["Fijian"], "FR": ["French"], "GA": ["Gabonese"],
    "GB": ["British"], "GH": ["Ghanaian"], "GR": ["Greek"],
    "GN": ["Guinean"], "GW": ["Bissau-Guinean"], "GQ": ["Equatorial Guinean"],
    "GY": ["Guyanese"], "HT": ["Haitian"], "HU": ["Hungarian"],
    "IE": ["Irish"], "IL": ["Israeli"], "IN": ["Indian"], "IQ": ["Iraqi"],
    "IR": ["Iranian"], "IS": ["Icelandic"], "JP": ["Japanese"],
    "KG": ["Kyrgyz"], "KH": ["Cambodian"], "KM": ["Comoran"],
    "KP": ["North Korean"], "KR": ["South Korean"], "KW": ["Kuwaiti"],
    "KZ": ["Kazakh"], "LA": ["Lao", "Laotian"], "LB": ["Lebanese"],
    "LK": ["Sri Lankan"], "LS": ["Basotho"], "LU": ["Luxembourgish"],
    "MA": ["Moroccan"], "MC": ["Monegasque"], "MD": ["Moldovan"],
    "ME": ["Montenegrin"], "MG": ["Malagasy"], "MH": ["Marshallese"],
    "ML": ["Malian"], "MM": ["Myanmar", "Burmese"], "MR": ["Mauritanian"],
    "MT": ["Maltese"], "MV": ["Maldivian"], "MW": ["Malawian"],
    "MX": ["Mexican"], "MZ": ["Mozambican"], "NE": ["Nigerien"],
    "NG": ["Nigerian"], "NL": ["Dutch"], "NO": ["Norwegian"],
    "NP": ["Nepali", "Nepalese"], "NZ": ["New Zealand"], "OM": ["Omani"],
    "PE": ["Peruvian"], "PG": ["Papua New Guinean"], "PH": ["Philippine", "Filipino"],
    "PK": ["Pakistani"], "PL": ["Polish"], "PS": ["Palestinian"],
    "PT": ["Portuguese"], "PY": ["Paraguayan"], "QA": ["Qatari"],
    "RU": ["Russian"], "SA": ["Saudi"], "SB": ["Solomon Islander"],
    "SC": ["Seychellois"], "SD": ["Sudanese"], "SE": ["Swedish"],
    "SG": ["Singaporean"], "SL": ["Sierra Leonean"], "SN": ["Senegalese"],
    "SO": ["Somali"], "SR": ["Surinamese"], "SS": ["South Sudanese"],
    "SV": ["Salvadoran"], "SZ": ["Swazi"], "TD": ["Chadian"],
    "TG": ["Togolese"], "TH": ["Thai"], "TJ": ["Tajik"],
    "TL": ["Timorese"], "TM": ["Turkmen"], "TR": ["Turkish"],
    "TW": ["Taiwanese"], "UA": ["Ukrainian"], "UG": ["Ugandan"],
    "US": ["American"], "UY": ["Uruguayan"], "UZ": ["Uzbek"],
    "VA": ["Vatican"], "VE": ["Venezuelan"], "VN": ["Vietnamese"],
    "VU": ["Ni-Vanuatu"], "WS": ["Samoan"], "YE": ["Yemeni"],
    "ZA": ["South African"], "ZM": ["Zambian"], "ZW": ["Zimbabwean"],
    "XK": ["Kosovar"], "BA": ["Bosnian"], "TT": ["Trinidadian"],
    "KN": ["Kittitian"], "LC": ["Saint Lucian"], "VC": ["Vincentian"],
    "AG": ["Antiguan"], "KI": ["I-Kiribati"], "NR": ["Nauruan"],
    "TV": ["Tuvaluan"], "PW": ["Palauan"], "FM": ["Micronesian"],
    "ST": ["Santomean"], "ER": ["Eritrean"], "ET": ["Ethiopian"],
    "JO": ["Jordanian"], "SY": ["Syrian"], "LY": ["Libyan"],
    "TN": ["Tunisian"], "DZ": ["Algerian"], "KE": ["Kenyan"],
    "TZ": ["Tanzanian"], "RW": ["Rwandan"], "AO": ["Angolan"],
    "NA": ["Namibian"], "LR": ["Liberian"], "GM": ["Gambian"],
    "MU": ["Mauritian"], "BB": ["Barbadian"], "JM": ["Jamaican"],
    "CU": ["Cuban"], "HN": ["Honduran"], "NI": ["Nicaraguan"],
    "CR": ["Costa Rican"], "PA": ["Panamanian"], "GT": ["Guatemalan"],
    "BZ": ["Belizean"], "CO": ["Colombian"], "BO": ["Bolivian"],
    "GD": ["Grenadian"], "TO": ["Tongan"], "AU": ["Australian"],
    "AT": ["Austrian"], "IT": ["Italian"], "SK": ["Slovak"],
    "SI": ["Slovenian", "Slovene"], "HR": ["Croatian"], "RS": ["Serbian"],
    "MK": ["North Macedonian", "Macedonian"], "BG": ["Bulgarian"],
    "RO": ["Romanian"], "EE": ["Estonian"], "LV": ["Latvian"],
    "LT": ["Lithuanian"], "GE": ["Georgian"], "AM": ["Armenian"],
    "MN": ["Mongolian"], "MY": ["Malaysian"], "ID": ["Indonesian"],
    "SM": ["Sammarinese"], "LI": ["Liechtensteiner"],
}

# Urdu demonyms the rule (name + ی, ا + ئی) gets wrong (source "hand").
ADJ_UR = {
    "AF": ["افغان"], "DE": ["جرمن"], "TR": ["ترک"], "SO": ["صومالی"],
    "GB": ["برطانوی"], "US": ["امریکی"], "FR": ["فرانسیسی"],
    "CN": ["چینی"], "IN": ["بھارتی", "ہندوستانی"], "CH": ["سوئس"],
    "SA": ["سعودی"], "RU": ["روسی"], "SY": ["شامی"], "JP": ["جاپانی"],
    "ES": ["ہسپانوی"], "IT": ["اطالوی"], "GR": ["یونانی"], "NL": ["ولندیزی"],
    "AE": ["اماراتی"], "TH": ["تھائی"], "EG": ["مصری"], "BD": ["بنگلہ دیشی"],
    "PS": ["فلسطینی"], "UA": ["یوکرینی"],
    # (recall32u) "سری لنکن صدر X" as news writes it, besides the rule's
    "LK": ["سری لنکائی", "سری لنکن"],
    # (recall53n, tester66 ur055) "تاجک صدر", "کرغیز حکام" as news writes
    # them, besides the rule's
    "TJ": ["تاجکستانی", "تاجک"], "KG": ["کرغزستانی", "کرغیزستانی", "کرغیز"],
}

# States and territories that iso-codes names in a form news does not use,
# or lacks (source "hand"): alpha-2 -> (English forms, Urdu forms).
STATE_EXTRA = {
    "XK": (["Kosovo"], ["کوسوو"]),
    "CI": (["Ivory Coast"], []),
    "CZ": (["Czech Republic"], []),
    # (mine49) and مقدونیہ, as Urdu papers named it before the Prespa
    # agreement (summary.yaml's historical names write it until 2019)
    "MK": (["Macedonia"], ["مقدونیہ"]),
    "SZ": (["Swaziland"], []),
    # (mine32) the spelling of Urdu papers beside CLDR's ال سلواڈور
    "SV": ([], ["ایل سلواڈور"]),
    # (recall53n, tester66 ur019) the spellings of Urdu papers beside
    # CLDR's ہسپانیہ, بوسنیا اور ہرزیگووینا, وینزوئیلا, نائجیریا and
    # نیدر لینڈز (ہالینڈ was Holland, Michigan's, a town of geonames; not
    # تیونس, Tunis as much as Tunisia)
    "ES": ([], ["اسپین", "سپین"]), "BA": ([], ["بوسنیا"]),
    "VE": ([], ["وینزویلا"]), "NG": ([], ["نائیجیریا"]),
    "NL": ([], ["ہالینڈ", "نیدرلینڈ"]),
    # (sides60) spellings of Urdu papers beside CLDR's ترکمانستان,
    # میانمار, تنزانیہ and بیلجیم
    "TM": ([], ["ترکمنستان"]), "MM": ([], ["میانمر"]),
    "TZ": ([], ["تنزانیا"]), "BE": ([], ["بیلجیئم"]),
}

# (lexicon59) The former states and territories of ISO 3166-3 that the
# hand lexicon does not already have (it has the Soviet Union, Yugoslavia,
# Czechoslovakia, the GDR, Zaire, Dahomey, Upper Volta, South Yemen, ...:
# any form of an entry in it and the entry is its), by alpha-4 code:
# (more English forms, Urdu forms), source "hand".  No Debian catalogue
# translates ISO 3166-3 into Urdu and CLDR has none of these codes, so an
# entry with no Urdu form here is left out (a state needs both names).
HISTORIC = {
    "BYAA": (["Byelorussian SSR", "Byelorussian Soviet Socialist Republic"],
             ["بیلاروسی سوویت جمہوریہ"]),
    "NHVU": ([], ["نیو ہیبرائڈز"]),
    "ANHH": ([], ["نیدرلینڈز انٹیلیز"]),
    "PZPA": ([], ["پاناما نہر زون"]),
    "GEHH": ([], ["جزائر گلبرٹ و ایلس"]),
}


# (shape60) The days a state holds its capital ("talks between Moscow
# and Washington" in 1985 are the Soviet Union's, in 2015 Russia's).
# ISO 3166-3 gives each former state's withdrawal date and, in its
# alpha-4 code's last two letters, the one state that took its code;
# "HH" and "XX" codes name none, and iso-codes does not carry the
# standard's list of new names: the successors of those, by alpha-2,
# here (source "hand", as the standard lists them).  A successor holds
# its capital from the withdrawal date (a year alone: from the next
# 1 January, the first day the code is surely gone); a state of two
# records, from the later.
SUCCESSORS = {
    "SUHH": ["AM", "AZ", "BY", "EE", "GE", "KG", "KZ", "LT", "LV", "MD",
             "RU", "TJ", "TM", "UA", "UZ"],
    "CSHH": ["CZ", "SK"],
    "CSXX": ["ME", "RS"],
    "GEHH": ["KI", "TV"],
    "PCHH": ["FM", "MH", "MP", "PW"],
}
# (shape60) Records whose withdrawal says nothing of when a state began:
# a part of a state's territory or a zone, given back to one that was
# there before ("France, Metropolitan" to France, the Canal Zone to
# Panama, the Neutral Zone to Saudi Arabia and Iraq, Sikkim to India).
NOT_SUCCESSIONS = {"FXFR", "PZPA", "NTHH", "SKIN"}
# (shape60) The former states of the hand lexicon that held a city that
# is a state's capital today, by alpha-4: (hand id, the city's id, since,
# until, source).  ISO 3166-3 gives the day a code was withdrawn, months
# after the state ended (the Soviet Union's on 30 August 1992): the days
# of the state itself are these (source "hand"), and between its end and
# its successor's code the city is no state's (no party rather than a
# wrong one).  The hand lexicon writes them (the gazetteer may not
# replace its terms): the script checks that it does.
FORMER_CAPITALS = {
    "SUHH": ("soviet_union", "moscow", "1922-12-30", "1991-12-26",
             "hand: the Union treaty of 30 December 1922 to its dissolution "
             "on 26 December 1991; ISO 3166-3 SUHH withdrawn %s"),
    "CSHH": ("czechoslovakia", "prague", "1918-10-28", "1993-01-01",
             "hand: independence on 28 October 1918 to the dissolution on "
             "1 January 1993; ISO 3166-3 CSHH withdrawn %s"),
    "YUCS": ("yugoslavia", "belgrade", "1918-12-01", "2003-02-04",
             "hand: the kingdom of 1 December 1918 to the Federal Republic's "
             "renaming on 4 February 2003; ISO 3166-3 YUCS withdrawn %s"),
    "CSXX": ("serbia_and_montenegro", "belgrade", "2003-07-23", "2006-06-03",
             "since: ISO 3166-3 YUCS withdrawn 2003-07-23 (its code CS); "
             "until: hand, Montenegro's independence on 3 June 2006; ISO "
             "3166-3 CSXX withdrawn %s"),
    # (shape61) Zaire and the GDR ("talks in Kinshasa" in 1985 are
    # Zaire's, "East Berlin" the GDR's)
    "ZRCD": ("zaire", "kinshasa", "1971-10-27", "1997-05-17",
             "hand: Mobutu's renaming of the country on 27 October 1971 to "
             "Kabila's Democratic Republic of the Congo on 17 May 1997; "
             "ISO 3166-3 ZRCD withdrawn %s"),
    "DDDE": ("east_germany", "east_berlin", "1949-10-07", "1990-10-03",
             "hand: the GDR's founding on 7 October 1949 to German unity on "
             "3 October 1990; ISO 3166-3 DDDE withdrawn %s"),
}
# (shape61) Former states of the hand lexicon with a capital and no ISO
# 3166-3 record (their code went on): hand id -> (the city's id, since,
# until, source), checked as FORMER_CAPITALS.
FORMER_CAPITALS_UNCODED = {
    "west_germany": ("bonn", "1949-05-23", "1990-10-03",
                     "hand: the Basic Law of 23 May 1949 (Bonn the seat) "
                     "to German unity on 3 October 1990; no ISO 3166-3 "
                     "record, DE went on"),
}
# (shape61) Hand states beside a gazetteer state of the same alpha-2
# (the DR Congo's drc beside congo_kinshasa): they hold their capital
# from the same day, ISO 3166-3's, checked.
HAND_SAME_STATE = {"CD": "drc"}


def first_sure_day(withdrawn):
    """ISO 3166-3's withdrawal date as the first day the code is surely
    gone: "1992-08-30" itself, a year alone ("1977") the next 1 January."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", withdrawn):
        return withdrawn
    if re.fullmatch(r"\d{4}", withdrawn):
        return "%d-01-01" % (int(withdrawn) + 1)
    die("ISO 3166-3 withdrawal date %r is no date" % withdrawn)


def historic_forms(name):
    """ISO 3166-3's name as forms: "Zaire, Republic of" -> "Zaire",
    "Republic of Zaire"; "USSR, Union of Soviet Socialist Republics" ->
    both parts; "(Socialist) Federal Republic of" with and without the
    bracketed word.  A middle part ("Yemen, Democratic, People's ...") is
    no name of its own."""
    parts = [p.strip() for p in name.split(", ")]
    out = [parts[0]]
    if len(parts) > 1:
        last = parts[-1]
        if last.endswith(" of"):
            last = last + " " + parts[0]
        m = re.fullmatch(r"(.*?)\((\w+)\) ?(.*)", last)
        if m:
            out += [m.group(1) + m.group(2) + " " + m.group(3),
                    m.group(1) + m.group(3)]
        else:
            out.append(last)
    return [re.sub(r"\s+", " ", f).strip() for f in out]


# (recall30v) The capitals of states that no ISO 3166-2 subdivision
# gives (source "hand"): alpha-2 -> the city's English name as geonames
# writes it; the city of that name in that country (the most populous)
# is the state's capital ("in the Zambian capital" = Lusaka).  Left
# out where news names two cities or the seat moved within living memory
# (Bolivia, Benin, Côte d'Ivoire, Myanmar, Tanzania, Nigeria's
# Lagos/Abuja is in iso-codes), and territories.
HAND_CAPITALS = {
    "AD": "Andorra la Vella", "AG": "Saint John's", "AL": "Tirana",
    "AO": "Luanda", "AR": "Buenos Aires", "AT": "Vienna",
    "BA": "Sarajevo", "BB": "Bridgetown", "BF": "Ouagadougou",
    "BG": "Sofia", "BI": "Gitega", "BN": "Bandar Seri Begawan",
    "BR": "Brasília", "BS": "Nassau", "BT": "Thimphu", "BW": "Gaborone",
    "BZ": "Belmopan", "CA": "Ottawa", "CD": "Kinshasa", "CF": "Bangui",
    "CL": "Santiago", "CM": "Yaoundé", "CR": "San José", "CU": "Havana",
    "CV": "Praia", "CY": "Nicosia", "CZ": "Prague", "DJ": "Djibouti",
    "DK": "Copenhagen", "DM": "Roseau", "DO": "Santo Domingo",
    "EC": "Quito", "EE": "Tallinn", "ES": "Madrid", "FI": "Helsinki",
    "FJ": "Suva", "GA": "Libreville", "GD": "Saint George's",
    "GE": "Tbilisi", "GH": "Accra", "GM": "Banjul", "GN": "Conakry",
    "GQ": "Malabo", "GR": "Athens", "GT": "Guatemala City",
    "GW": "Bissau", "GY": "Georgetown", "HN": "Tegucigalpa",
    "HR": "Zagreb", "HT": "Port-au-Prince", "IE": "Dublin",
    "IS": "Reykjavik", "JM": "Kingston", "JP": "Tokyo", "KG": "Bishkek",
    "KM": "Moroni", "KR": "Seoul", "LA": "Vientiane", "LK": "Colombo",
    "LR": "Monrovia", "LS": "Maseru", "LT": "Vilnius",
    "LU": "Luxembourg", "LV": "Riga", "MA": "Rabat", "MD": "Chisinau",
    "ME": "Podgorica", "MG": "Antananarivo", "MK": "Skopje",
    "ML": "Bamako", "MR": "Nouakchott", "MT": "Valletta",
    "MU": "Port Louis", "MV": "Male", "MW": "Lilongwe",
    "MX": "Mexico City", "MZ": "Maputo", "NA": "Windhoek",
    "NE": "Niamey", "NI": "Managua", "NL": "Amsterdam",
    "NP": "Kathmandu", "NZ": "Wellington", "PA": "Panama City",
    "PE": "Lima", "PH": "Manila", "PL": "Warsaw", "PT": "Lisbon",
    "RO": "Bucharest", "SB": "Honiara", "SC": "Victoria",
    "SE": "Stockholm", "SI": "Ljubljana", "SK": "Bratislava",
    "SL": "Freetown", "SN": "Dakar", "SR": "Paramaribo",
    "ST": "São Tomé", "SV": "San Salvador", "TD": "N'Djamena",
    "TG": "Lomé", "TL": "Dili", "TM": "Ashgabat", "TN": "Tunis",
    "TT": "Port of Spain", "TW": "Taipei", "UY": "Montevideo",
    "VE": "Caracas", "VN": "Hanoi", "VU": "Port Vila", "WS": "Apia",
    "ZM": "Lusaka", "ZW": "Harare",
}

# International organisations that mediate, guarantee or observe (source
# "hand"): id, English forms, abbreviations (capitals), Urdu forms, roles.
ORGANISATIONS = [
    ("igad", ["Intergovernmental Authority on Development"], ["IGAD"],
     # (mediators6) "ایگاد": the spelling with دال many papers use
     ["ایگاڈ", "بین الحکومتی اتھارٹی برائے ترقی", "ایگاد"], ["mediator", "observer"]),
    ("osce", ["Organization for Security and Co-operation in Europe",
              "Organisation for Security and Co-operation in Europe"], ["OSCE"],
     ["یورپ میں سلامتی و تعاون کی تنظیم", "او ایس سی ای"], ["mediator", "observer"]),
    ("sadc", ["Southern African Development Community"], ["SADC"],
     ["جنوبی افریقی ترقیاتی برادری", "سیڈک"], ["mediator", "observer"]),
    ("ecowas", ["Economic Community of West African States"], ["ECOWAS"],
     ["مغربی افریقی ریاستوں کی اقتصادی برادری", "ایکوواس"], ["mediator", "observer"]),
    ("eac", ["East African Community"], ["EAC"],
     ["مشرقی افریقی برادری"], ["mediator", "observer"]),
    ("eccas", ["Economic Community of Central African States"], ["ECCAS"],
     ["وسطی افریقی ریاستوں کی اقتصادی برادری"], ["mediator", "observer"]),
    ("oas", ["Organization of American States", "Organisation of American States"], ["OAS"],
     ["امریکی ریاستوں کی تنظیم"], ["mediator", "observer"]),
    ("celac", ["Community of Latin American and Caribbean States"], ["CELAC"],
     ["سیلاک"], ["observer"]),
    ("caricom", ["Caribbean Community"], ["CARICOM"],
     ["کیریکوم"], ["mediator", "observer"]),
    ("council_of_europe", ["Council of Europe"], [],
     ["کونسل آف یورپ", "یورپی کونسل برائے انسانی حقوق"], ["observer"]),
    ("commonwealth", ["Commonwealth of Nations"], [],
     ["دولت مشترکہ"], ["observer"]),
    ("csto", ["Collective Security Treaty Organization"], ["CSTO"],
     ["اجتماعی سلامتی معاہدے کی تنظیم"], ["guarantor", "observer"]),
    ("cis", ["Commonwealth of Independent States"], [],
     ["آزاد ریاستوں کی دولت مشترکہ"], ["observer"]),
    ("brics", ["BRICS"], [], ["برکس"], ["observer"]),
    ("g7", ["Group of Seven"], ["G7"], ["جی سیون", "جی 7"], ["observer"]),
    ("g20", ["Group of Twenty"], ["G20"], ["جی ٹوئنٹی", "جی 20"], ["observer"]),
    ("eco", ["Economic Cooperation Organization"], [],
     ["اقتصادی تعاون تنظیم"], ["observer"]),
    ("unama", ["United Nations Assistance Mission in Afghanistan"], ["UNAMA"],
     ["یوناما"], ["observer", "mediator"]),
    ("monusco", ["United Nations Organization Stabilization Mission in the DR Congo"],
     ["MONUSCO"], ["مونوسکو"], ["observer"]),
    ("unmiss", ["United Nations Mission in South Sudan"], ["UNMISS"],
     ["انمس"], ["observer"]),
    ("msf", ["Doctors Without Borders", "Médecins Sans Frontières"], ["MSF"],
     ["ڈاکٹرز ودآؤٹ بارڈرز"], ["observer"]),
    ("sant_egidio", ["Community of Sant'Egidio", "Sant'Egidio"], [],
     ["سانت ایجیدیو"], ["mediator"]),
    ("hd_centre", ["Centre for Humanitarian Dialogue"], [],
     ["مرکز برائے انسانی مکالمہ"], ["mediator"]),
]

# English city names that are also given names, months or words of news
# copy that the analyser does not know as common words (source "hand").
CITY_STOP_EN = {
    "Nancy", "Charlotte", "Austin", "Victoria",
    "Lincoln", "Jackson", "Marion", "Clifton", "Chester", "Douglas",
    "Eugene",
    "Mercedes", "Trinidad", "Concordia", "Independence",
    "Liberty", "Union", "Progreso", "Esperanza", "Paz",
    "Bar", "Police", "Gaza City", "March", "May", "August", "Salem",
    "Mandela", "Bush", "Trump", "Kennedy", "Washington", "Obama",
    "Hamilton", "Stanley", "Franklin", "Henderson",
    "Dayton", "Irving", "Carson", "Madison", "Jefferson", "Clinton",
    "Norman", "Boulder", "Cicero", "Marietta", "Sabha",
    "Gao", "Bo", "Kabwe", "Abu", "Ali", "Khan", "Mohammed", "Muhammad",
    "Hassan", "Hussein", "Ahmed", "Al", "Sadr", "Khalid", "Imam",
}

# (kinds60) Urdu city names that are a common word of news copy, which
# the analyser does not know as one (or knows only as a form of another
# word), left out whatever the city's size: تھانے (Thane, Maharashtra) is
# the oblique and plural of تھانہ, a police station ("مذاکرات تھانے میں
# ہوئے" was a venue in Thane).  Rome's روم stays: it is also the English
# "room" of Urdu loans ("کمیٹی روم"), which diplomatic.yaml's
# room_compounds keeps from it.
CITY_STOP_UR = {"تھانے"}

# An ISO 3166-2 subdivision that is a state's capital, by its type or its
# name ("Capital city", "Federal capital territory", "Brussels
# Hoofdstedelijk Gewest"; source "iso-codes 3166-2").
CAPITAL_SUBDIVISION = re.compile(r"capital|hoofdsted|federal district", re.I)

# Urdu forms shorter than this many letters are left out: too many short
# Urdu words and syllables equal a short city name.
UR_MIN_LETTERS = 3


def die(msg):
    sys.stderr.write("gazetteer.py: %s\n" % msg)
    sys.exit(1)


def check_inputs():
    for path, pkg in NEEDS:
        if not os.path.exists(path):
            die("%s is missing: install the Debian package %s "
                "(sh scripts/deps.sh test)" % (path, pkg))
    if not shutil.which("lt-proc"):
        die("lt-proc is missing: install the Debian package lttoolbox")


# ------------------------------------------------------------------ sources

def catalogue(path):
    with open(path, "rb") as f:
        return gettext.GNUTranslations(f)._catalog


def cldr(lang):
    root = ET.parse(CLDR + lang + ".xml").getroot()
    terr, alt = {}, {}
    for t in root.iter("territory"):
        code, a = t.get("type"), t.get("alt")
        if not re.fullmatch(r"[A-Z]{2}", code or "") or not t.text:
            continue
        if a is None:
            terr[code] = t.text
        elif a in ("short", "variant"):
            alt.setdefault(code, []).append(t.text)
    cities = {}
    for z in root.iter("zone"):
        e = z.find("exemplarCity")
        if e is not None and e.text and e.get("alt") is None:
            cities[z.get("type")] = e.text
    return terr, alt, cities


class GeoCity:
    __slots__ = ("gid", "name", "state", "cc", "country", "tz", "pop")


def geonames_cities():
    try:
        g = ctypes.CDLL("libgeonames.so.0")
        gl = ctypes.CDLL("libglib-2.0.so.0")
    except OSError:
        die("libgeonames.so.0 is missing: install the Debian package libgeonames0")
    g.geonames_get_n_cities.restype = ctypes.c_int
    g.geonames_get_city.restype = ctypes.c_void_p
    g.geonames_get_city.argtypes = [ctypes.c_int]
    g.geonames_city_free.argtypes = [ctypes.c_void_p]
    gl.g_variant_get_child_value.restype = ctypes.c_void_p
    gl.g_variant_get_child_value.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    gl.g_variant_get_string.restype = ctypes.c_char_p
    gl.g_variant_get_string.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    gl.g_variant_get_uint32.restype = ctypes.c_uint32
    gl.g_variant_get_uint32.argtypes = [ctypes.c_void_p]
    gl.g_variant_get_type_string.restype = ctypes.c_char_p
    gl.g_variant_get_type_string.argtypes = [ctypes.c_void_p]
    gl.g_variant_unref.argtypes = [ctypes.c_void_p]
    out = []
    for i in range(g.geonames_get_n_cities()):
        v = g.geonames_get_city(i)
        if not v or gl.g_variant_get_type_string(v) != b"(sssssssudd)":
            die("libgeonames: city %d is not (sssssssudd): another version?" % i)

        def child(k, s=True):
            c = gl.g_variant_get_child_value(v, k)
            r = (gl.g_variant_get_string(c, None).decode("utf-8") if s
                 else gl.g_variant_get_uint32(c))
            gl.g_variant_unref(c)
            return r
        c = GeoCity()
        c.gid, c.name, c.state = child(0), child(1), child(3)
        c.cc, c.country, c.tz, c.pop = child(4), child(5), child(6), child(7, False)
        g.geonames_city_free(v)
        out.append(c)
    return out


def analyse(words, morf):
    """The lt-proc analyses of each word: a list of readings per word."""
    esc = [re.sub(r"([\[\]^$/\\@<>{}*#+])", r"\\\1", w.replace("\n", " "))
           for w in words]
    p = subprocess.run(["lt-proc", morf], input="".join(
        w + "\n" for w in esc).encode(), stdout=subprocess.PIPE, check=True)
    lines = p.stdout.decode("utf-8").split("\n")
    out = []
    for line in lines[:len(words)]:
        out.append(re.findall(r"\^([^$]*)\$", line))
    return out


def common_word(units):
    """Whether the analyses say the text is a common word: one unit, with
    a reading that is not a proper noun and none that is."""
    if len(units) != 1:
        return False
    readings = units[0].split("/")[1:]
    return (any(not r.startswith("*") and "<np>" not in r for r in readings)
            and not any("<np>" in r for r in readings))


# A city this big keeps a name that is also a common word ("Berlin", a
# carriage; "قم"): news means the city.
BIG_CITY = 1000000


# -------------------------------------------------------------------- rules

def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s or "x"


def key(s):
    """An approximation of dipsum's match key, to find shared forms."""
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    # (mine49) as dipsum's key, never the madda and hamza of آ, أ, ؤ, ئ, ۓ
    # (U+0653..0655): پاپوآ and پاپوا are two forms
    s = "".join(ch for ch in s
                if not unicodedata.combining(ch) or "\u0653" <= ch <= "\u0655")
    s = unicodedata.normalize("NFC", s).casefold()
    s = s.replace("ي", "ی").replace("ك", "ک").replace("ھ", "ہ").replace("ة", "ہ")
    s = s.replace("\u200c", "")
    s = re.sub(r"['’ʼ`.]", "", s)
    s = "".join(ch if ch.isalnum() else " " for ch in s)
    return re.sub(r"\s+", " ", s).strip()


def adj_en_rule(name):
    if " " in name or "," in name:
        return None
    if name.endswith("ia"):
        return name + "n"
    if name.endswith("a"):
        return name + "n"
    return None


def adj_ur_rule(name):
    last = name.split(" ")[-1]
    head = name[:len(name) - len(last)]
    if last.endswith(("ی", "ہ", "ے", "و", "ئی")):
        return None
    if last.endswith("ا"):
        return head + last + "ئی"
    return head + last + "ی"


def split_paren(s):
    """"Myanmar (Burma)" -> ["Myanmar", "Burma"]."""
    m = re.fullmatch(r"(.*?)\s*\((.*)\)", s)
    return [m.group(1), m.group(2)] if m else [s]


# ------------------------------------------------------------------- build

class Term:
    def __init__(self, tid, category):
        self.id, self.category = tid, category
        self.en, self.ur, self.ven, self.vur = [], [], [], []
        self.aen, self.aur = [], []
        self.src = []          # (form, source) in order
        self.roles, self.weight, self.proper, self.extra = [], None, False, ""
        self.capital = None    # (term id, source) of a state's capital
        self.since = None      # (shape60) (YYYY-MM-DD, source): from when
                               # it holds its capital


# Urdu writes ھ (do-chashmi he) only as the second letter of an
# aspirated consonant (بھ، تھ، کھ …); the catalogues sometimes type it for
# ہ after a vowel letter or a consonant Urdu does not aspirate (geonames
# ur.mo: لاھور, جوھر بھرو, خرمشھر), as Arabic keyboards do.  Such a form
# is given first with ہ, the spelling Urdu papers use and the one written
# (لاہور), and then as the catalogue has it, so that updates typed either
# way still match.
ASPIRABLE = "بپتٹجچدڈرڑکگلمن"


# (review50, tester61) The catalogues also spell some Urdu names with
# the Arabic letters yeh, alef maksura, kaf and heh (CLDR's جمہوریہ
# ڈومينيکن, geonames' كوريتيبا, هاگاتنا), which an Urdu summary then
# shows as foreign letters.  dipsum's Urdu normalization folds them in the
# text before any match, so the form kept is the one with Urdu's ی, ک and
# ہ alone (add).
ARABIC_LETTERS = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc",
                                "\u0643": "\u06a9", "\u0647": "\u06c1"})


def urdu_spelling(form):
    return re.sub("(?<![" + ASPIRABLE + "])\u06be", "\u06c1", form)


# (facts49) A final آ after و (CLDR's پاپوآ نیو گنی, ساموآ, geonames'
# مناگوآ) is as often written with a bare alef in the press (پاپوا نیو گنی
# کی حکومت): that form too, after the catalogue's, so that updates typed
# either way match.  Not inside a word, where آ opens a syllable of its
# own, nor after ی, where the bare form is a common word (رچ گیآ: گیا).
FINAL_MADDA = re.compile("(?<=\u0648)\u0622(?=\\s|$)")


def madda_dropped(form):
    return FINAL_MADDA.sub("\u0627", form)


# (sides63) A state's army: the nouns after its adjective ("Malian
# army", "Ethiopian forces") or its name's possessive ("Mali's army");
# Urdu after its adjective (مالی فوج) or its name and کی (مالی کی فوج).
# The first of ARMY_EN after the first adjective is the name written.
ARMY_EN = ["army", "military", "armed forces", "forces"]
ARMY_UR = ["فوج", "افواج", "مسلح افواج", "فورسز"]
ARMY_UR_OF = ["فوج", "افواج", "مسلح افواج"]
# places of the data that keep no army of their own
ARMY_NONE = {"antarctica"}


def army_term(st, taken, shared):
    """The army Term of state st (a hand term's dict or a Term), or None:
    forms from the state's names and adjectives that are its own (taken
    by it, shared by no other), none of them another term's."""
    if isinstance(st, dict):
        sid = st["id"]
        names = {}
        for lang in ("en", "ur"):
            f = st.get(lang) or []
            f = [f] if isinstance(f, str) else list(f)
            names[lang] = f + list((st.get("variants") or {}).get(lang, []))
        adjs = {lang: list((st.get("adjectives") or {}).get(lang, []))
                for lang in ("en", "ur")}
    else:
        sid = st.id
        names = {"en": st.en + st.ven, "ur": st.ur + st.vur}
        adjs = {"en": st.aen, "ur": st.aur}

    # (main() has added the hand term's variants and adjectives to its
    # en and ur lists: the adjectives are no names here)
    names = {lang: [n for n in names[lang] if n not in adjs[lang]]
             for lang in names}

    def own(lang, form):
        return (taken.get((lang, key(form))) == sid and
                (lang, key(form)) not in shared)

    if sid in ARMY_NONE:
        return None
    adj = {lang: [a for a in adjs[lang] if own(lang, a)] for lang in adjs}
    if not adj["en"] or not adj["ur"]:
        return None
    name = {lang: [n for n in names[lang] if own(lang, n) and
                   "," not in n and len(n.split()) <= 3 and
                   (lang == "en" or not re.search(r"[A-Za-z]", n))]
            for lang in names}
    cand = {"en": [], "ur": []}
    # (after an adjective "military" mostly says what kind a noun after
    # it is: "Ethiopian military delegations" are Ethiopia's)
    for a in adj["en"]:
        cand["en"] += [(a + " " + w, "en rule: adjective " + a)
                       for w in ARMY_EN if w != "military"]
    # an abbreviation stands before the noun as an adjective does ("US
    # forces", "UAE army"); a name of capitalised words takes the
    # possessive, one that ends in s none ("the United States' army" is
    # left: "States's" is no form), and a name with a lower-case word
    # ("Washington administration") is no owner of an army
    for n in name["en"]:
        if re.fullmatch(r"[A-Z]{2,4}", n):
            cand["en"] += [(n + " " + w, "en rule: abbreviation " + n)
                           for w in ARMY_EN if w != "military"]
    for n in name["en"]:
        if n.endswith("s") or not all(w[:1].isupper() for w in n.split()):
            continue
        cand["en"] += [(n + "'s " + w, "en rule: possessive of " + n)
                       for w in ARMY_EN[:3]]
    for a in adj["ur"]:
        cand["ur"] += [(a + " " + w, "ur rule: adjective " + a) for w in ARMY_UR]
    for n in name["ur"]:
        cand["ur"] += [(n + " کی " + w, "ur rule: genitive of " + n)
                       for w in ARMY_UR_OF]
    if any(taken.get((lang, key(f))) is not None
           for lang in cand for f, _ in cand[lang]):
        return None   # the hand lexicon's army, or another term's form
    t = Term(sid + "_army", "office")
    for lang, first, rest in (("en", t.en, t.ven), ("ur", t.ur, t.vur)):
        seen = set()
        for f, src in cand[lang]:
            add(t, first if not first else rest, f, src, seen)
    t.roles = ["party"]
    t.oblique = True
    t.extra = "the armed forces of the state %s, a side of their own" % sid
    return t


def add(term, lst, form, source, seen):
    form = re.sub(r"\s+", " ", form).strip()
    if not form:
        return False
    urdu = form.translate(ARABIC_LETTERS)
    if urdu != form:
        form, source = urdu, source + " (Urdu letters written)"
    k = key(form)
    if k in seen:
        return False
    seen.add(k)
    spelled = urdu_spelling(form)
    if spelled != form:
        # the Urdu spelling first (the form written), the catalogue's
        # after it (still matched as typed)
        lst.append(spelled)
        term.src.append((spelled, source + " (\u06be written \u06c1)"))
    lst.append(form)
    term.src.append((form, source))
    bare = madda_dropped(form)
    if bare != form and key(bare) not in seen:
        # (merge49) key() keeps the madda, as dipsum's match key does: a
        # form of its own, once (the catalogue may have it too)
        seen.add(key(bare))
        lst.append(bare)
        term.src.append((bare, source + " (final \u0622 written \u0627)"))
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--diplomatic", default="lexicons/diplomatic.yaml")
    ap.add_argument("-o", "--output", default="lexicons/gazetteer.yaml")
    args = ap.parse_args()
    check_inputs()
    try:
        import yaml
    except ImportError:
        die("python3-yaml is missing: install the Debian package python3-yaml")

    with open(args.diplomatic, encoding="utf-8") as f:
        hand = yaml.safe_load(f)["terms"]
    hand_ids = {t["id"] for t in hand}
    hand_by_id = {t["id"]: t for t in hand}
    hand_lacks = []   # (hand id, Urdu adjective the rule gives it)
    taken = {}   # match key -> owner id, per language
    hand_adjectives = {}   # lang -> key -> ids whose adjective it is
    for t in hand:
        for lang in ("en", "ur"):
            for form in (t.get("adjectives") or {}).get(lang, []):
                hand_adjectives.setdefault(lang, {}).setdefault(
                    key(form), set()).add(t["id"])
        for lang in ("en", "ur"):
            forms = t.get(lang) or []
            forms = [forms] if isinstance(forms, str) else forms
            forms += (t.get("variants") or {}).get(lang, [])
            forms += (t.get("adjectives") or {}).get(lang, [])
            for form in forms:
                taken.setdefault((lang, key(form)), t["id"])

    iso = json.load(open(ISO, encoding="utf-8"))["3166-1"]
    iso_ur = catalogue(ISO_UR)
    en_terr, en_alt, _ = cldr("en")
    ur_terr, ur_alt, ur_cities = cldr("ur")
    geo_ur = catalogue(GEO_UR)
    cities = geonames_cities()

    terms, ids = [], set(hand_ids)
    stats = {"states": 0, "states_hand": 0, "cities": 0, "cities_ur": 0,
             "adj_en": 0, "adj_ur": 0, "orgs": 0, "dropped_en": [],
             "dropped_ur": [], "dropped_small": 0, "dropped_shared": 0,
             "capitals": 0, "capitals_missing": []}

    def claim(term, lang, form):
        k = (lang, key(form))
        owner = taken.get(k)
        if owner is not None and owner != term.id:
            return False
        taken[k] = term.id
        return True

    # ---- states and territories
    state_ids, state_terms, hand_owner = {}, {}, {}
    pending = []     # (term, lang, adjective, source, seen): claimed after
    claimants = {}   # (lang, key) -> alpha-2 codes whose adjective it is
    shared = {}      # (lang, key) -> its claimants, when more than one
    for e in sorted(iso, key=lambda e: e["alpha_2"]):
        a2 = e["alpha_2"]
        common = e.get("common_name") or (e["name"] if "," not in e["name"] else None)
        name = common or en_terr.get(a2) or e["name"]
        tid = slug(name)
        state_ids[a2] = tid
        if tid in hand_ids or taken.get(("en", key(name)), tid) != tid:
            stats["states_hand"] += 1
            # (names50) its demonyms count as the hand term's that has
            # its name (Russia, the UAE); the tables' own sharing is
            # counted below (Congo-Brazzaville's "Congolese")
            owner = tid if tid in hand_ids else taken.get(("en", key(name)))
            hand_owner[a2] = owner
            who = "hand:" + owner if owner else a2
            for a in ADJ_EN.get(a2, []) or [adj_en_rule(name)]:
                if a:
                    claimants.setdefault(("en", key(a)), set()).add(who)
            for a in ADJ_UR.get(a2, []):
                claimants.setdefault(("ur", key(a)), set()).add(who)
            # (lexicon59) the Urdu adjective the table or rule gives a
            # state of the gazetteer, which the hand term lacks (قازقستانی
            # beside its قازق): named on stderr for the editors, as the
            # hand lexicon wins (its term is not written here)
            ht = hand_by_id.get(owner)
            if ht is not None:
                hur = ht.get("ur") or []
                hur = [hur] if isinstance(hur, str) else hur
                has = {key(f) for f in (ht.get("adjectives") or {}).get("ur", [])}
                for a in ADJ_UR.get(a2, []) or (
                        [adj_ur_rule(hur[0])] if hur and adj_ur_rule(hur[0]) else []):
                    if key(a) not in has:
                        hand_lacks.append((owner, a))
            continue
        t = Term(tid, "state")
        seen_en, seen_ur = set(), set()
        cand_en = [(name, "iso-codes")]
        if e.get("official_name"):
            cand_en.append((e["official_name"], "iso-codes official_name"))
        if "," not in e["name"]:
            cand_en.append((e["name"], "iso-codes"))
        for s in split_paren(en_terr.get(a2, "")):
            cand_en.append((s, "CLDR en.xml"))
        for a in en_alt.get(a2, []):
            cand_en.append((a, "CLDR en.xml alt"))
        for s in STATE_EXTRA.get(a2, ([], []))[0]:
            cand_en.append((s, "hand"))
        for form, src in cand_en:
            if form and claim(t, "en", form):
                add(t, t.en if not t.en else t.ven, form, "en " + src, seen_en)
        cand_ur = []
        for s in split_paren(ur_terr.get(a2, "")):
            cand_ur.append((s, "CLDR ur.xml"))
        for msgid in (e.get("common_name"), e["name"], e.get("official_name")):
            if msgid and iso_ur.get(msgid):
                cand_ur.append((iso_ur[msgid], "iso-codes ur.mo"))
        for a in ur_alt.get(a2, []):
            cand_ur.append((a, "CLDR ur.xml alt"))
        for s in STATE_EXTRA.get(a2, ([], []))[1]:
            cand_ur.append((s, "hand"))
        # (fixes40b) a form in Latin letters ("ہانگ کانگ SAR چین") is no
        # canonical Urdu name: an Urdu sentence would write it so; after
        # every other (the sort is stable)
        cand_ur.sort(key=lambda fs: bool(re.search(r"[A-Za-z]", fs[0])))
        for form, src in cand_ur:
            if form and "," not in form and claim(t, "ur", form):
                add(t, t.ur if not t.ur else t.vur, form, "ur " + src, seen_ur)
        if not t.en or not t.ur:
            die("state %s has no %s name" % (a2, "English" if not t.en else "Urdu"))
        adjs = [(a, "hand") for a in ADJ_EN.get(a2, [])]
        if not adjs and adj_en_rule(t.en[0]):
            adjs = [(adj_en_rule(t.en[0]), "rule")]
        for a, src in adjs:
            pending.append((t, "en", a, src, seen_en))
            claimants.setdefault(("en", key(a)), set()).add(a2)
        adjs = [(a, "hand") for a in ADJ_UR.get(a2, [])]
        if not adjs and adj_ur_rule(t.ur[0]):
            adjs = [(adj_ur_rule(t.ur[0]), "rule")]
        for a, src in adjs:
            pending.append((t, "ur", a, src, seen_ur))
            claimants.setdefault(("ur", key(a)), set()).add(a2)
        t.extra = "ISO 3166-1 %s %s" % (a2, e["alpha_3"])
        t.roles = ["party"]
        terms.append(t)
        ids.add(tid)
        state_terms[a2] = t
        stats["states"] += 1

    # ---- (lexicon59) former states and territories (ISO 3166-3): a term
    # of their own, as the hand lexicon keeps Zaire beside the DR Congo
    # (an old update's side is named as it was), but never with a name
    # that is another's today: a form a current state has ("Burma" stays
    # Myanmar's, "East Timor" Timor-Leste's, "Yemen" Yemen's), a current
    # subdivision's ("Sikkim", a state of India; "Wake Island"), two
    # names joined ("Serbia and Montenegro" would make one side of two),
    # or words that are all common English words ("Neutral Zone")
    iso2 = json.load(open(ISO2, encoding="utf-8"))["3166-2"]
    sub_keys = {key(sub["name"]) for sub in iso2}
    iso3 = json.load(open(ISO3, encoding="utf-8"))["3166-3"]
    stats["historic"], stats["historic_hand"] = 0, 0
    stats["historic_left"] = []
    cand3 = []
    for e in sorted(iso3, key=lambda e: e["alpha_4"]):
        forms = []
        # the table's forms first: the data's name is sometimes no name
        # news writes ("Byelorussian SSR Soviet Socialist Republic")
        for f in HISTORIC.get(e["alpha_4"], ([], []))[0] + historic_forms(e["name"]):
            forms += split_paren(f)
        cand3.append((e, forms))
    words3 = sorted({w.lower() for _, forms in cand3 for f in forms
                     for w in re.findall(r"[A-Za-z]+", f)})
    common3 = {w for w, a in zip(words3, analyse(words3, EN_MORF))
               if common_word(a)}
    for e, forms in cand3:
        a4 = e["alpha_4"]
        if any(taken.get(("en", key(f))) in hand_ids for f in forms):
            stats["historic_hand"] += 1
            continue
        keep = []
        for f in forms:
            k = key(f)
            m = re.fullmatch(r"(.+) and (.+)", f)
            if (taken.get(("en", k)) is not None or k in sub_keys or
                    all(w.lower() in common3 for w in re.findall(r"[A-Za-z]+", f)) or
                    (m and taken.get(("en", key(m.group(1)))) and
                     taken.get(("en", key(m.group(2)))))):
                continue
            keep.append(f)
        ur = HISTORIC.get(a4, ([], []))[1]
        if not keep or not ur:
            stats["historic_left"].append("%s (%s)" % (e["name"], a4))
            continue
        tid = slug(keep[0])
        if tid in ids:
            tid = "%s_%s" % (tid, a4.lower())
        t = Term(tid, "state")
        seen_en, seen_ur = set(), set()
        src = "iso-codes 3166-3"
        for f in keep:
            if claim(t, "en", f):
                add(t, t.en if not t.en else t.ven, f, "en " + (
                    "hand" if f in HISTORIC.get(a4, ([], []))[0] else src), seen_en)
        for f in ur:
            if claim(t, "ur", f):
                add(t, t.ur if not t.ur else t.vur, f, "ur hand", seen_ur)
        if not t.en or not t.ur:
            stats["historic_left"].append("%s (%s)" % (e["name"], a4))
            continue
        t.extra = "ISO 3166-3 %s %s, withdrawn %s" % (
            a4, e["alpha_3"], e["withdrawal_date"])
        t.roles = ["party"]
        terms.append(t)
        ids.add(tid)
        stats["historic"] += 1

    # ---- (names50) the adjectives: one that two states share (the
    # tables' or rule's, or a hand-lexicon adjective another state's
    # equals: "Dominican" for Dominica and the Dominican Republic,
    # "Congolese" for both Congos) names neither; the update's whole name
    # ("Dominican Republic") still does.  A shared one the hand lexicon
    # has is named on stderr: the hand lexicon wins, its editors decide.
    for lang, table in (("en", ADJ_EN), ("ur", ADJ_UR)):
        by_key = {}
        for a2, forms in table.items():
            for a in forms:
                by_key.setdefault(key(a), set()).add(a2)
        for k, codes in by_key.items():
            if len(codes) > 1:
                claimants.setdefault((lang, k), set()).update(codes)
    for lang, by_key in hand_adjectives.items():
        for k, owners in by_key.items():
            claimants.setdefault((lang, k), set()).update(
                "hand:" + o for o in owners)
    for (lang, k), who in sorted(claimants.items()):
        if len(who) > 1:
            shared[(lang, k)] = sorted(who)
    for t, lang, a, src, seen in pending:
        if (lang, key(a)) in shared:
            continue
        if claim(t, lang, a) and add(t, t.aen if lang == "en" else t.aur, a,
                                     "%s adjective %s" % (lang, src), seen):
            stats["adj_" + lang] += 1
    stats["shared"] = shared

    # ---- cities
    by_tz = {}
    for tz, name in ur_cities.items():
        by_tz[tz] = name
    cities = [c for c in cities if c.pop >= MIN_POPULATION or c.gid in geo_ur]
    cities.sort(key=lambda c: (-c.pop, c.gid))
    en_words = analyse([c.name.lower() for c in cities], EN_MORF)
    ur_names = {}
    for c in cities:
        u = geo_ur.get(c.gid)
        if u:
            u = u.split("،")[0].split(",")[0].strip()
            ur_names[c.gid] = [(u, "geonames ur.mo")]
        tzcity = c.tz.rsplit("/", 1)[-1].replace("_", " ")
        if c.tz in by_tz and key(tzcity) == key(c.name):
            ur_names.setdefault(c.gid, []).append((by_tz[c.tz], "CLDR ur.xml exemplarCity"))
    ur_list = sorted({u for v in ur_names.values() for u, _ in v})
    ur_common = {u for u, a in zip(ur_list, analyse(ur_list, UR_MORF))
                 if common_word(a)}
    city_term = {}   # geonames id -> the id of the term that names it
    for c, units in zip(cities, en_words):
        if c.name in CITY_STOP_EN or (common_word(units) and c.pop < BIG_CITY):
            stats["dropped_en"].append(c.name)
            continue
        tid = slug(c.name)
        if tid in ids:
            tid = "%s_%s" % (tid, c.cc.lower())
        if tid in ids:
            tid = "%s_%s" % (tid, c.gid)
        t = Term(tid, "place")
        seen_en, seen_ur = set(), set()
        if not claim(t, "en", c.name):
            stats["dropped_shared"] += 1
            # a place of the hand lexicon ("Brussels"): its id stands
            owner = taken.get(("en", key(c.name)))
            if owner in hand_ids:
                city_term[c.gid] = owner
            continue
        city_term[c.gid] = tid
        add(t, t.en, c.name, "en geonames", seen_en)
        for u, src in ur_names.get(c.gid, []):
            letters = sum(1 for ch in u if unicodedata.category(ch).startswith("L"))
            if u in CITY_STOP_UR or (
                    (letters < UR_MIN_LETTERS or u in ur_common) and c.pop < BIG_CITY):
                stats["dropped_ur"].append(u)
                continue
            if claim(t, "ur", u):
                add(t, t.ur if not t.ur else t.vur, u, "ur " + src, seen_ur)
        if t.ur:
            stats["cities_ur"] += 1
        t.proper = True
        t.extra = "geonames %s, %s, %s, population %d" % (
            c.gid, c.state, c.cc, c.pop)
        terms.append(t)
        ids.add(tid)
        stats["cities"] += 1

    # ---- capitals: the city of a subdivision that is a capital (ISO
    # 3166-2): the most populous city of its country whose name is in the
    # subdivision's ("Capital Territory (Honiara)", "Budapest"), else the
    # one city of 100000 people or more whose region it is ("Australian
    # Capital Territory": Canberra); none when that is not one city.
    for sub in sorted(iso2, key=lambda e: e["code"]):
        a2 = sub["code"][:2]
        st = state_terms.get(a2)
        if (st is None or st.capital is not None or
                not CAPITAL_SUBDIVISION.search(sub["type"] + " " + sub["name"])):
            continue
        named = " %s " % key(sub["name"])
        mine = [c for c in cities if c.cc == a2 and c.gid in city_term]
        cand = [c for c in mine if " %s " % key(c.name) in named]
        if not cand:
            cand = [c for c in mine if key(c.state) == key(sub["name"]) and
                    c.pop >= MIN_POPULATION]
            if len(cand) != 1:
                continue
        c = max(cand, key=lambda c: (c.pop, c.gid))
        st.capital = (city_term[c.gid], "iso-codes 3166-2 %s (%s), geonames %s" % (
            sub["code"], sub["type"], c.gid))
        stats["capitals"] += 1

    # ---- (recall30v) capitals no subdivision gives: HAND_CAPITALS, the
    # most populous city of that name in the state (or the hand
    # lexicon's place of that name)
    for a2, name in sorted(HAND_CAPITALS.items()):
        st = state_terms.get(a2)
        if st is None or st.capital is not None:
            continue
        cand = [c for c in cities if c.cc == a2 and c.gid in city_term and
                key(c.name) == key(name)]
        if not cand:
            stats["capitals_missing"].append(name)
            continue
        c = max(cand, key=lambda c: (c.pop, c.gid))
        st.capital = (city_term[c.gid], "hand, geonames %s" % c.gid)
        stats["capitals"] += 1

    # ---- (shape60) the days states hold their capitals (ISO 3166-3:
    # SUCCESSORS, FORMER_CAPITALS above); the hand lexicon's states are
    # checked, and listed with their sources in the header
    since = {}    # alpha-2 -> (first day, source)
    for e in sorted(iso3, key=lambda e: e["alpha_4"]):
        a4 = e["alpha_4"]
        if a4 in NOT_SUCCESSIONS:
            continue
        day = first_sure_day(e["withdrawal_date"])
        for a2 in SUCCESSORS.get(a4, [a4[2:]]):
            src = "iso-codes 3166-3 %s withdrawn %s" % (a4, e["withdrawal_date"])
            if a2 not in since or day > since[a2][0]:
                since[a2] = (day, src)
    hand_days, wrong = [], []
    for a2, (day, src) in sorted(since.items()):
        if a2 in state_terms:
            state_terms[a2].since = (day, src)
        elif hand_by_id.get(hand_owner.get(a2), {}).get("capital"):
            owner = hand_owner[a2]
            ht = hand_by_id[owner]
            hand_days.append("%s since %s: %s" % (owner, day, src))
            if str(ht.get("since")) != day:
                wrong.append("%s: since: %s (%s)" % (owner, day, src))
    for a2, hid in sorted(HAND_SAME_STATE.items()):
        ht = hand_by_id.get(hid, {})
        day, src = since[a2]
        hand_days.append("%s since %s: %s" % (hid, day, src))
        if not ht.get("capital") or str(ht.get("since")) != day:
            wrong.append("%s: since: %s (%s)" % (hid, day, src))
    withdrawn = {e["alpha_4"]: e["withdrawal_date"] for e in iso3}
    former = [(hid, city, d0, d1, src % withdrawn[a4]) for a4, (
        hid, city, d0, d1, src) in sorted(FORMER_CAPITALS.items())]
    former += [(hid,) + v for hid, v in sorted(FORMER_CAPITALS_UNCODED.items())]
    for hid, city, d0, d1, src in former:
        ht = hand_by_id.get(hid)
        hand_days.append("%s capital %s since %s until %s: %s" % (
            hid, city, d0, d1, src))
        if ht is None or ht.get("capital") != city or \
                str(ht.get("since")) != d0 or str(ht.get("until")) != d1:
            wrong.append("%s: capital: %s, since: %s, until: %s (%s)" % (
                hid, city, d0, d1, src))
    if wrong:
        die("the hand lexicon's states lack these days (ISO 3166-3): " +
            "; ".join(wrong))
    stats["hand_days"] = hand_days

    # ---- organisations
    for oid, en, abbr, ur, roles in ORGANISATIONS:
        if oid in ids:
            continue
        t = Term(oid, "organisation")
        seen_en, seen_ur = set(), set()
        for form in en + abbr:
            if claim(t, "en", form):
                add(t, t.en if not t.en else t.ven, form, "en hand", seen_en)
        for form in ur:
            if claim(t, "ur", form):
                add(t, t.ur if not t.ur else t.vur, form, "ur hand", seen_ur)
        if not t.en or not t.ur:
            continue
        t.roles = roles
        terms.append(t)
        ids.add(oid)
        stats["orgs"] += 1

    # ---- (sides63) each state's army, a side of its own (issue 9, item
    # 2: "the Yugoslav army and the Bosnian government agreed" names the
    # army, never the state alone; "Norwegian observers" stays no one):
    # its forms built from the state's own names and adjectives, the hand
    # lexicon's or this script's, with ARMY_EN and ARMY_UR.  A state
    # whose army the hand lexicon has (any such form taken: "Pakistani
    # army", "Sudan's army"), or with no adjective of its own in a
    # language, gets none.
    hand_states = [t for t in hand if t.get("category") == "state"]
    for st in hand_states + [t for t in terms if t.category == "state"]:
        army = army_term(st, taken, shared)
        if army is None or army.id in ids:
            continue
        terms.append(army)
        ids.add(army.id)
        for lang, lst in (("en", army.en + army.ven), ("ur", army.ur + army.vur)):
            for form in lst:
                taken[(lang, key(form))] = army.id
        stats["armies"] = stats.get("armies", 0) + 1

    # ---- (lexicon59) of those, the ones that are not a common Urdu word
    # (apertium-urd: ہندوستانی is also the noun "Hindustani") nor another
    # term's form
    if hand_lacks:
        forms = [a for _, a in hand_lacks]
        common = {a for a, u in zip(forms, analyse(forms, UR_MORF))
                  if common_word(u)}
        stats["hand_lacks"] = [
            (o, a) for o, a in hand_lacks
            if a not in common and taken.get(("ur", key(a)), o) == o]
    write(args.output, terms, stats)
    s = stats
    sys.stderr.write(
        "gazetteer.py: %s: %d states (%d left to the hand lexicon), %d cities "
        "(%d with Urdu names), %d capitals, %d English and %d Urdu "
        "adjectives, %d organisations; left out: %d English city names that are common "
        "words, %d Urdu city forms (short or common words), %d cities whose "
        "name another term has\n" % (
            args.output, s["states"], s["states_hand"], s["cities"],
            s["cities_ur"], s["capitals"], s["adj_en"], s["adj_ur"], s["orgs"],
            len(s["dropped_en"]), len(s["dropped_ur"]), s["dropped_shared"]))
    sys.stderr.write(
        "gazetteer.py: ISO 3166-3: %d former states and territories, %d the "
        "hand lexicon's; left out (a name another has today, or no Urdu "
        "name): %s\n" % (s["historic"], s["historic_hand"],
                         "; ".join(s["historic_left"])))
    for o, a in s.get("hand_lacks", []):
        sys.stderr.write("gazetteer.py: the hand lexicon's %s lacks the Urdu "
                         "adjective \"%s\" the script gives a state\n" % (o, a))
    if s["capitals_missing"]:
        sys.stderr.write("gazetteer.py: hand capitals with no city: %s\n" %
                         ", ".join(s["capitals_missing"]))
    # (names50) the adjectives two states share, left out (a hand
    # lexicon's one is the editors' to drop: "hand:" names its term)
    for (lang, k), who in sorted(s["shared"].items()):
        hand = [w for w in who if w.startswith("hand:")]
        sys.stderr.write("gazetteer.py: %s adjective \"%s\" is %s: %s\n" % (
            lang, k, ", ".join(who),
            "left out" if not hand else
            "left out here; the hand lexicon's %s still has it" % ", ".join(
                h[5:] for h in hand)))
    if os.environ.get("GAZETTEER_VERBOSE"):
        sys.stderr.write("English dropped: %s\n" % ", ".join(s["dropped_en"]))
        sys.stderr.write("Urdu dropped: %s\n" % "، ".join(s["dropped_ur"]))


def q(s):
    return json.dumps(s, ensure_ascii=False)


def flow(lst):
    return "[" + ", ".join(q(x) for x in lst) + "]"


HEADER = """\
# SPDX-FileCopyrightText: 2026 The dipsum authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# GENERATED by scripts/gazetteer.py (make gazetteer): do not edit; change
# the script or the hand lexicon (diplomatic.yaml), whose ids and forms win
# and are left out here.
#
# Sources: iso-codes (ISO 3166-1 names, Urdu catalogue), unicode-cldr-core
# (CLDR territory names and Urdu exemplar cities), libgeonames0 and
# libgeonames-common (cities of %d people or more, and those the Urdu
# catalogue names); the
# demonyms, adjectives and organisations are the script's rules ("rule")
# and tables ("hand").  Each term's note gives every form's source, and
# its capital's and the day from which it holds it (since: ISO 3166-3).
#
# The days the hand lexicon's states hold their capitals, as it writes
# them (the script checks them against the data; see README.md, "The
# gazetteer"):
%s
dipsum-lexicon: 1
name: gazetteer
description: >-
  States and territories, cities and international organisations, in English
  and Urdu, with demonyms and adjectives, generated from Debian's data.
terms:
"""


def write(path, terms, stats):
    days = "".join("#   %s\n" % d for d in stats["hand_days"])
    out = [HEADER % (MIN_POPULATION, days)]
    for t in terms:
        out.append("  - id: %s\n    category: %s\n" % (t.id, t.category))
        out.append("    en: %s\n" % flow(t.en))
        if t.ur:
            out.append("    ur: %s\n" % flow(t.ur))
        for key, en, ur in (("variants", t.ven, t.vur),
                             ("adjectives", t.aen, t.aur)):
            parts = [f"{lang}: {flow(v)}" for lang, v in (("en", en), ("ur", ur))
                     if v]
            if parts:
                out.append("    %s: {%s}\n" % (key, ", ".join(parts)))
        if getattr(t, "oblique", False):
            out.append("    oblique: true\n")
        if t.proper:
            out.append("    proper: true\n")
        if t.roles:
            out.append("    roles: [%s]\n" % ", ".join(t.roles))
        if t.capital:
            out.append("    capital: %s\n" % t.capital[0])
        if t.capital and t.since:
            out.append("    since: %s\n" % t.since[0])
        srcs = "; ".join("%s: %s" % (f, s) for f, s in t.src)
        if t.capital:
            srcs += "; capital %s: %s" % t.capital
        if t.capital and t.since:
            srcs += "; since %s: %s" % t.since
        out.append("    note: %s\n" % q("%s. %s" % (t.extra, srcs) if t.extra else srcs))
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("".join(out))
    os.replace(tmp, path)


if __name__ == "__main__":
    main()
