"""The destination countries the fake knows: the keys of a protect configuration's country rule set, and which
country an E.164 number belongs to.

Not from the model (it has no such data), and AWS publishes no machine-readable list. The countries are the
ISO 3166-1 alpha-2 codes assigned today (as Debian's iso-codes 4.15 lists them), less the five AWS documents
it cannot send SMS to (Cuba, Iran, North Korea, Sudan, Syria: "Country capabilities and limitations" of the
Amazon Pinpoint user guide), plus Kosovo (``XK``), which AWS's "Supported countries and regions (SMS
channel)" table lists: 245 countries and regions, near the "240" AWS's messaging blog quotes, and within the
300 the model allows a rule set.

Each country has the E.164 prefixes (without ``+``) of its numbers: its ITU-T E.164 calling code; where
several countries share a code, the code's principal country has the code itself and the others the longer
prefixes that tell them apart (NANPA area codes for the members of the North American Numbering Plan, the
Canadian Numbering Administrator's area codes for Canada, Kazakhstan's ``76``/``77`` under ``7``, the Crown
dependencies' geographic codes under ``44``, ...). A few territories share their code with no prefix of
their own (Saint Barthelemy and Saint Martin under ``590``, say), and a few have no numbers at all (Bouvet
Island): they have no prefixes, and a number is never theirs.

Each country also has its English name, what CarrierLookup and Notify answer as ``Country``/``CountryName``:
the user guide's where it gives one (``US Virgin Islands``), else iso-codes' common name, else its ISO name.
This is the fake's one table of countries: what a send, a price, a protect rule and a lookup call a number's
country all come from ``country_of``.
"""

from __future__ import annotations

from functools import cache

from .phone_ranges import e164

# ISO 3166-1 alpha-2 -> E.164 prefixes ("-": none of its own). One country per line.
_PREFIXES = """
AD 376
AE 971
AF 93
AG 1268
AI 1264
AL 355
AM 374
AO 244
AQ 6721
AR 54
AS 1684
AT 43
AU 61
AW 297
AX 35818
AZ 994
BA 387
BB 1246
BD 880
BE 32
BF 226
BG 359
BH 973
BI 257
BJ 229
BL -
BM 1441
BN 673
BO 591
BQ 5993 5994 5997
BR 55
BS 1242
BT 975
BV -
BW 267
BY 375
BZ 501
CA 1204 1226 1236 1249 1250 1263 1289 1306 1343 1354 1365 1367 1368 1382 1403 1416 1418 1428 1431 1437
CA 1438 1450 1468 1474 1506 1514 1519 1548 1579 1581 1584 1587 1604 1613 1639 1647 1672 1683 1705 1709
CA 1742 1753 1778 1780 1782 1807 1819 1825 1867 1873 1879 1902 1905
CC 6189162
CD 243
CF 236
CG 242
CH 41
CI 225
CK 682
CL 56
CM 237
CN 86
CO 57
CR 506
CV 238
CW 5999
CX 6189164
CY 357
CZ 420
DE 49
DJ 253
DK 45
DM 1767
DO 1809 1829 1849
DZ 213
EC 593
EE 372
EG 20
EH 2125288 2125289
ER 291
ES 34
ET 251
FI 358
FJ 679
FK 500
FM 691
FO 298
FR 33
GA 241
GB 44
GD 1473
GE 995
GF 594
GG 441481
GH 233
GI 350
GL 299
GM 220
GN 224
GP 590
GQ 240
GR 30
GS -
GT 502
GU 1671
GW 245
GY 592
HK 852
HM -
HN 504
HR 385
HT 509
HU 36
ID 62
IE 353
IL 972
IM 441624
IN 91
IO 246
IQ 964
IS 354
IT 39
JE 441534
JM 1876 1658
JO 962
JP 81
KE 254
KG 996
KH 855
KI 686
KM 269
KN 1869
KR 82
KW 965
KY 1345
KZ 76 77
LA 856
LB 961
LC 1758
LI 423
LK 94
LR 231
LS 266
LT 370
LU 352
LV 371
LY 218
MA 212
MC 377
MD 373
ME 382
MF -
MG 261
MH 692
MK 389
ML 223
MM 95
MN 976
MO 853
MP 1670
MQ 596
MR 222
MS 1664
MT 356
MU 230
MV 960
MW 265
MX 52
MY 60
MZ 258
NA 264
NC 687
NE 227
NF 6723
NG 234
NI 505
NL 31
NO 47
NP 977
NR 674
NU 683
NZ 64
OM 968
PA 507
PE 51
PF 689
PG 675
PH 63
PK 92
PL 48
PM 508
PN -
PR 1787 1939
PS 970
PT 351
PW 680
PY 595
QA 974
RE 262
RO 40
RS 381
RU 7
RW 250
SA 966
SB 677
SC 248
SE 46
SG 65
SH 290
SI 386
SJ 4779
SK 421
SL 232
SM 378
SN 221
SO 252
SR 597
SS 211
ST 239
SV 503
SX 1721
SZ 268
TC 1649
TD 235
TF -
TG 228
TH 66
TJ 992
TK 690
TL 670
TM 993
TN 216
TO 676
TR 90
TT 1868
TV 688
TW 886
TZ 255
UA 380
UG 256
UM -
US 1
UY 598
UZ 998
VA 3906698
VC 1784
VE 58
VG 1284
VI 1340
VN 84
VU 678
WF 681
WS 685
XK 383
YE 967
YT 262269 262639
ZA 27
ZM 260
ZW 263
"""

# ISO 3166-1 alpha-2 -> English name. One country per line, the same countries as ``_PREFIXES``.
_NAMES = """
AD Andorra
AE United Arab Emirates
AF Afghanistan
AG Antigua and Barbuda
AI Anguilla
AL Albania
AM Armenia
AO Angola
AQ Antarctica
AR Argentina
AS American Samoa
AT Austria
AU Australia
AW Aruba
AX Åland Islands
AZ Azerbaijan
BA Bosnia and Herzegovina
BB Barbados
BD Bangladesh
BE Belgium
BF Burkina Faso
BG Bulgaria
BH Bahrain
BI Burundi
BJ Benin
BL Saint Barthélemy
BM Bermuda
BN Brunei
BO Bolivia
BQ Bonaire, Sint Eustatius and Saba
BR Brazil
BS Bahamas
BT Bhutan
BV Bouvet Island
BW Botswana
BY Belarus
BZ Belize
CA Canada
CC Cocos (Keeling) Islands
CD Democratic Republic of the Congo
CF Central African Republic
CG Republic of the Congo
CH Switzerland
CI Côte d'Ivoire
CK Cook Islands
CL Chile
CM Cameroon
CN China
CO Colombia
CR Costa Rica
CV Cabo Verde
CW Curaçao
CX Christmas Island
CY Cyprus
CZ Czechia
DE Germany
DJ Djibouti
DK Denmark
DM Dominica
DO Dominican Republic
DZ Algeria
EC Ecuador
EE Estonia
EG Egypt
EH Western Sahara
ER Eritrea
ES Spain
ET Ethiopia
FI Finland
FJ Fiji
FK Falkland Islands
FM Micronesia
FO Faroe Islands
FR France
GA Gabon
GB United Kingdom
GD Grenada
GE Georgia
GF French Guiana
GG Guernsey
GH Ghana
GI Gibraltar
GL Greenland
GM Gambia
GN Guinea
GP Guadeloupe
GQ Equatorial Guinea
GR Greece
GS South Georgia and the South Sandwich Islands
GT Guatemala
GU Guam
GW Guinea-Bissau
GY Guyana
HK Hong Kong
HM Heard Island and McDonald Islands
HN Honduras
HR Croatia
HT Haiti
HU Hungary
ID Indonesia
IE Ireland
IL Israel
IM Isle of Man
IN India
IO British Indian Ocean Territory
IQ Iraq
IS Iceland
IT Italy
JE Jersey
JM Jamaica
JO Jordan
JP Japan
KE Kenya
KG Kyrgyzstan
KH Cambodia
KI Kiribati
KM Comoros
KN Saint Kitts and Nevis
KR South Korea
KW Kuwait
KY Cayman Islands
KZ Kazakhstan
LA Laos
LB Lebanon
LC Saint Lucia
LI Liechtenstein
LK Sri Lanka
LR Liberia
LS Lesotho
LT Lithuania
LU Luxembourg
LV Latvia
LY Libya
MA Morocco
MC Monaco
MD Moldova
ME Montenegro
MF Saint Martin
MG Madagascar
MH Marshall Islands
MK North Macedonia
ML Mali
MM Myanmar
MN Mongolia
MO Macau
MP Northern Mariana Islands
MQ Martinique
MR Mauritania
MS Montserrat
MT Malta
MU Mauritius
MV Maldives
MW Malawi
MX Mexico
MY Malaysia
MZ Mozambique
NA Namibia
NC New Caledonia
NE Niger
NF Norfolk Island
NG Nigeria
NI Nicaragua
NL Netherlands
NO Norway
NP Nepal
NR Nauru
NU Niue
NZ New Zealand
OM Oman
PA Panama
PE Peru
PF French Polynesia
PG Papua New Guinea
PH Philippines
PK Pakistan
PL Poland
PM Saint Pierre and Miquelon
PN Pitcairn
PR Puerto Rico
PS Palestine
PT Portugal
PW Palau
PY Paraguay
QA Qatar
RE Réunion
RO Romania
RS Serbia
RU Russia
RW Rwanda
SA Saudi Arabia
SB Solomon Islands
SC Seychelles
SE Sweden
SG Singapore
SH Saint Helena, Ascension and Tristan da Cunha
SI Slovenia
SJ Svalbard and Jan Mayen
SK Slovakia
SL Sierra Leone
SM San Marino
SN Senegal
SO Somalia
SR Suriname
SS South Sudan
ST Sao Tome and Principe
SV El Salvador
SX Sint Maarten
SZ Eswatini
TC Turks and Caicos Islands
TD Chad
TF French Southern Territories
TG Togo
TH Thailand
TJ Tajikistan
TK Tokelau
TL Timor-Leste
TM Turkmenistan
TN Tunisia
TO Tonga
TR Türkiye
TT Trinidad and Tobago
TV Tuvalu
TW Taiwan
TZ Tanzania
UA Ukraine
UG Uganda
UM United States Minor Outlying Islands
US United States
UY Uruguay
UZ Uzbekistan
VA Vatican City
VC Saint Vincent and the Grenadines
VE Venezuela
VG British Virgin Islands
VI US Virgin Islands
VN Vietnam
VU Vanuatu
WF Wallis and Futuna
WS Samoa
XK Kosovo
YE Yemen
YT Mayotte
ZA South Africa
ZM Zambia
ZW Zimbabwe
"""

# Calling codes that several countries share with none of them holding the code itself (Bonaire and Curacao
# under 599, Antarctica and Norfolk Island under 672): every other calling code is some country's prefix.
_SHARED_CODES = ("599", "672")


@cache
def prefixes() -> dict[str, tuple[str, ...]]:
    """Every country of the rule set (ISO 3166-1 alpha-2, sorted) -> the E.164 prefixes of its numbers."""
    table: dict[str, tuple[str, ...]] = {}
    for line in _PREFIXES.split("\n"):
        if line:
            country, *codes = line.split()
            table[country] = table.get(country, ()) + tuple(code for code in codes if code != "-")
    return dict(sorted(table.items()))


def countries() -> tuple[str, ...]:
    """The countries a protect configuration's country rule set lists, in ISO code order."""
    return tuple(prefixes())


@cache
def _by_prefix() -> dict[str, str]:
    return {code: country for country, codes in prefixes().items() for code in codes}


def country_of(number: str) -> str | None:
    """The country of an E.164 number (with or without its ``+``): the one whose longest prefix it starts
    with; None when no country's prefix fits."""
    digits = e164(number)[1:]
    by_prefix = _by_prefix()
    for length in range(min(len(digits), 7), 0, -1):
        country = by_prefix.get(digits[:length])
        if country is not None:
            return country
    return None


@cache
def _north_american() -> frozenset[str]:
    """The members of the North American Numbering Plan: the countries whose numbers start with ``1``."""
    return frozenset(
        country for country, codes in prefixes().items() if any(c.startswith("1") for c in codes)
    )


def takes_sender_id(iso_country_code: str) -> bool:
    """Whether a sender ID can reach the country: not in the North American Numbering Plan (AWS documents
    that the United States and Canada take none; the fake extends it to the whole plan)."""
    return iso_country_code not in _north_american()


@cache
def _names() -> dict[str, str]:
    return dict(line.split(" ", 1) for line in _NAMES.split("\n") if line)


def name(iso_country_code: str) -> str:
    """The English name of a country of the table (KeyError for any other code)."""
    return _names()[iso_country_code]


@cache
def _calling_codes() -> frozenset[str]:
    """The ITU-T calling codes of the table's countries: the prefixes of at most 3 digits (and the shared
    codes no country holds) that no shorter one starts (``7`` is Russia's and Kazakhstan's, ``76`` not)."""
    short = {code for codes in prefixes().values() for code in codes if len(code) <= 3} | set(_SHARED_CODES)
    return frozenset(
        code for code in short if not any(code != other and code.startswith(other) for other in short)
    )


def calling_code(number: str) -> str | None:
    """The calling code an E.164 number (with or without its ``+``) starts with, of a country of the table;
    None when it starts with none (ITU codes are prefix-free: at most one fits)."""
    digits = e164(number)[1:]
    codes = _calling_codes()
    return next((digits[:length] for length in (1, 2, 3) if digits[:length] in codes), None)
