#!/usr/bin/env python3
"""Generate app/data/currencies.json: ISO 4217 currencies with their names in ITU's six languages.

Usage (Babel is the only dependency; any scratch virtual environment will do):

    python3 -m venv /tmp/babel-venv
    /tmp/babel-venv/bin/pip install Babel
    /tmp/babel-venv/bin/python app/data/make_currencies.py

Run it from anywhere; it overwrites app/data/currencies.json next to this script.
Re-run it when ISO 4217 is amended (edit ISO_TABLE, WITHDRAWN and ISO_AS_OF below)
or when Babel (and so CLDR) is upgraded, then review the diff.

What is in the file: every currency of ISO 4217 List One that is legal tender
somewhere. Pledge amounts are stored as integer minor units, so each currency
carries its ISO numeric code and its minor-unit exponent, ISO's column "E"
(JPY 0, USD 2, BHD 3). Left out: funds and units of account (BOV, CHE, CHW, CLF,
COU, MXV, USN, UYI, UYW, XDR, XSU, XUA, XBA..XBD), precious metals (XAU, XAG,
XPT, XPD), the testing and "no currency" codes (XTS, XXX), and the currencies
ISO has withdrawn or that stopped being legal tender (WITHDRAWN below).

Why the exponent is typed in here and not taken from CLDR: CLDR's "digits" are
display conventions, and for some currencies they differ from ISO (CLDR shows 0
digits for IQD, IRR, LAK, LBP, MMK, RSD, SOS, SYP, YER... where ISO has 2 or 3).
Stored amounts must follow ISO, so ISO_TABLE is the authority; the script prints
where CLDR differs, for information only.

Where ISO_TABLE comes from: ISO 4217 List One as published by its maintenance
agency (SIX Financial Information), as the compiler knows it up to ISO_AS_OF; it
was not fetched live. If the Debian/Ubuntu `iso-codes` package is installed, the
script cross-checks codes and numeric codes against its iso_4217.json and exits
1 on a disagreement that is not explained by WITHDRAWN or NOT_LEGAL_TENDER (a
newer iso-codes may list a new currency: add it to ISO_TABLE).

Names: CLDR's currency display names (`babel.Locale.parse(locale).currencies`),
in Arabic, Chinese (Simplified), English, French, Russian and Spanish, ITU's six
languages. CLDR lacks some names of recent currencies; those are in SUPPLEMENT,
written by hand by the compiler and to be reviewed by ITU like the rest. The
script exits 1, naming the code and language, if any name is missing.

The output is {"source": ..., "currencies": [{"code", "numeric", "exponent",
"names": {"ar", "zh", "en", "fr", "ru", "es"}}]}, sorted by code, one currency a
line so that a change shows as a one-line diff.
"""
import json
import os
import sys

try:
    import babel
    from babel import Locale
    from babel.core import get_cldr_version
    from babel.numbers import get_currency_precision
except ImportError:
    sys.exit("make_currencies.py needs Babel: pip install Babel (see the docstring)")

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "currencies.json")
ISO_CODES_FILE = "/usr/share/iso-codes/json/iso_4217.json"

# The day ISO_TABLE and WITHDRAWN were last reviewed against ISO 4217 amendments.
ISO_AS_OF = "2026-11-23"

# code, numeric code, minor-unit exponent (ISO column "E").
ISO_TABLE = """
    AED 784 2   AFN 971 2   ALL 008 2   AMD 051 2   AOA 973 2   ARS 032 2
    AUD 036 2   AWG 533 2   AZN 944 2   BAM 977 2   BBD 052 2   BDT 050 2
    BHD 048 3   BIF 108 0   BMD 060 2   BND 096 2   BOB 068 2   BRL 986 2
    BSD 044 2   BTN 064 2   BWP 072 2   BYN 933 2   BZD 084 2   CAD 124 2
    CDF 976 2   CHF 756 2   CLP 152 0   CNY 156 2   COP 170 2   CRC 188 2
    CUP 192 2   CVE 132 2   CZK 203 2   DJF 262 0   DKK 208 2   DOP 214 2
    DZD 012 2   EGP 818 2   ERN 232 2   ETB 230 2   EUR 978 2   FJD 242 2
    FKP 238 2   GBP 826 2   GEL 981 2   GHS 936 2   GIP 292 2   GMD 270 2
    GNF 324 0   GTQ 320 2   GYD 328 2   HKD 344 2   HNL 340 2   HTG 332 2
    HUF 348 2   IDR 360 2   ILS 376 2   INR 356 2   IQD 368 3   IRR 364 2
    ISK 352 0   JMD 388 2   JOD 400 3   JPY 392 0   KES 404 2   KGS 417 2
    KHR 116 2   KMF 174 0   KPW 408 2   KRW 410 0   KWD 414 3   KYD 136 2
    KZT 398 2   LAK 418 2   LBP 422 2   LKR 144 2   LRD 430 2   LSL 426 2
    LYD 434 3   MAD 504 2   MDL 498 2   MGA 969 2   MKD 807 2   MMK 104 2
    MNT 496 2   MOP 446 2   MRU 929 2   MUR 480 2   MVR 462 2   MWK 454 2
    MXN 484 2   MYR 458 2   MZN 943 2   NAD 516 2   NGN 566 2   NIO 558 2
    NOK 578 2   NPR 524 2   NZD 554 2   OMR 512 3   PAB 590 2   PEN 604 2
    PGK 598 2   PHP 608 2   PKR 586 2   PLN 985 2   PYG 600 0   QAR 634 2
    RON 946 2   RSD 941 2   RUB 643 2   RWF 646 0   SAR 682 2   SBD 090 2
    SCR 690 2   SDG 938 2   SEK 752 2   SGD 702 2   SHP 654 2   SLE 925 2
    SOS 706 2   SRD 968 2   SSP 728 2   STN 930 2   SVC 222 2   SYP 760 2
    SZL 748 2   THB 764 2   TJS 972 2   TMT 934 2   TND 788 3   TOP 776 2
    TRY 949 2   TTD 780 2   TWD 901 2   TZS 834 2   UAH 980 2   UGX 800 0
    USD 840 2   UYU 858 2   UZS 860 2   VED 926 2   VES 928 2   VND 704 0
    VUV 548 0   WST 882 2   XAF 950 0   XCD 951 2   XCG 532 2   XOF 952 0
    XPF 953 0   YER 886 2   ZAR 710 2   ZMW 967 2   ZWG 924 2
"""

# In ISO 4217 List One (or in older iso-codes releases) but not legal tender, so not offered.
NOT_LEGAL_TENDER = {
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW",  # funds, units of account
    "XDR", "XSU", "XUA", "XBA", "XBB", "XBC", "XBD", "XAD",  # supranational units
    "XAU", "XAG", "XPT", "XPD",  # precious metals
    "XTS", "XXX",  # testing, no currency
}

# Currencies that were legal tender and no longer are, with the reason. The dates are
# the compiler's knowledge, not checked against the ISO amendment notices.
WITHDRAWN = {
    "ANG": "replaced by the Caribbean guilder (XCG) from 31 Mar 2025; not legal tender after Jun 2025",
    "BGN": "Bulgaria adopted the euro on 1 Jan 2026; dual circulation ended Jan 2026",
    "CUC": "Cuba's convertible peso was withdrawn from circulation in 2021",
    "HRK": "Croatia adopted the euro on 1 Jan 2023",
    "SLL": "replaced by the redenominated leone (SLE) from Jul 2022",
    "ZWL": "replaced by Zimbabwe Gold (ZWG) in 2024",
}

# ITU's six languages, in ITU's order, with the CLDR locale used for each.
# Chinese is Simplified Chinese, the UN's written form.
LANGUAGES = [
    ("ar", "ar"),
    ("zh", "zh_Hans"),
    ("en", "en"),
    ("fr", "fr"),
    ("ru", "ru"),
    ("es", "es"),
]

# Names CLDR does not have yet; written by hand, for review.
SUPPLEMENT = {
    "VED": {"ar": "بوليفار سيادي فنزويلي", "fr": "bolivar souverain", "ru": "суверенный боливар",
            "es": "bolívar soberano"},
    "XCG": {"ar": "غيلدر كاريبي", "zh": "加勒比盾", "ru": "карибский гульден"},
    "ZWG": {"ar": "ذهب زمبابوي", "zh": "津巴布韦金", "fr": "or zimbabwéen", "ru": "зимбабвийское золото",
            "es": "oro zimbabuense"},
}


def iso_rows():
    cells = ISO_TABLE.split()
    return [(cells[i], int(cells[i + 1]), int(cells[i + 2])) for i in range(0, len(cells), 3)]


def check_table(rows, problems):
    codes = [code for code, _, _ in rows]
    if codes != sorted(codes):
        problems.append("ISO_TABLE is not sorted by code")
    for field, values in (("code", codes), ("numeric code", [n for _, n, _ in rows])):
        repeated = sorted({v for v in values if values.count(v) > 1})
        if repeated:
            problems.append(f"ISO_TABLE repeats the {field}(s) {repeated}")
    for code, numeric, exponent in rows:
        if len(code) != 3 or not code.isascii() or not code.isupper():
            problems.append(f"{code}: not a three-letter upper-case code")
        if not 0 < numeric < 1000 or exponent not in (0, 2, 3, 4):
            problems.append(f"{code}: numeric {numeric} or exponent {exponent} out of range")
        if code in NOT_LEGAL_TENDER or code in WITHDRAWN:
            problems.append(f"{code}: both in ISO_TABLE and excluded")


def cross_check_iso_codes(rows, problems):
    """Compares with the iso-codes package, if installed; returns a line for the report."""
    if not os.path.exists(ISO_CODES_FILE):
        return f"iso-codes cross-check skipped (no {ISO_CODES_FILE})"
    with open(ISO_CODES_FILE, encoding="utf-8") as f:
        listed = {e["alpha_3"]: int(e["numeric"]) for e in json.load(f)["4217"]}
    ours = {code: numeric for code, numeric, _ in rows}
    for code, numeric in ours.items():
        if code in listed and listed[code] != numeric:
            problems.append(f"{code}: numeric {numeric}, iso-codes says {listed[code]}")
    unexplained = sorted(set(listed) - set(ours) - NOT_LEGAL_TENDER - set(WITHDRAWN))
    if unexplained:
        problems.append(f"iso-codes lists {unexplained}: add to ISO_TABLE or explain the exclusion")
    newer = sorted(set(ours) - set(listed))
    return f"iso-codes cross-check done; codes newer than that list: {newer}"


def main() -> int:
    rows = iso_rows()
    problems = []
    check_table(rows, problems)
    cross_check = cross_check_iso_codes(rows, problems)

    locales = {lang: Locale.parse(cldr) for lang, cldr in LANGUAGES}
    currencies = []
    for code, numeric, exponent in rows:
        names = {}
        for lang, cldr in LANGUAGES:
            name = (locales[lang].currencies.get(code) or SUPPLEMENT.get(code, {}).get(lang, "")).strip()
            if not name:
                problems.append(f"{code}: no {lang} ({cldr}) name in CLDR or SUPPLEMENT")
            names[lang] = name
        currencies.append({"code": code, "numeric": numeric, "exponent": exponent, "names": names})

    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1

    cldr_differs = [
        f"{code} (ISO {exponent}, CLDR {get_currency_precision(code)})"
        for code, _, exponent in rows
        if get_currency_precision(code) != exponent
    ]
    supplemented = ", ".join(
        f"{code} ({', '.join(lang for lang, _ in LANGUAGES if lang in langs)})"
        for code, langs in sorted(SUPPLEMENT.items())
    )
    source = (
        f"Codes, numeric codes and minor-unit exponents: ISO 4217 List One (maintenance agency SIX "
        f"Financial Information) as known to the compiler on {ISO_AS_OF}, not fetched live, "
        f"cross-checked against Debian iso-codes; legal-tender currencies only (no funds, metals, "
        f"units of account or testing codes; withdrawn: {', '.join(sorted(WITHDRAWN))}). "
        f"Names: Unicode CLDR {get_cldr_version()} via Babel {babel.__version__}, "
        f"except hand-written names for {supplemented}."
    )
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write('{\n  "source": %s,\n  "currencies": [\n' % json.dumps(source, ensure_ascii=False))
        f.write(",\n".join(
            "    " + json.dumps(c, ensure_ascii=False, separators=(", ", ": ")) for c in currencies
        ))
        f.write("\n  ]\n}\n")
    print(f"wrote {len(currencies)} currencies x {len(LANGUAGES)} languages to {OUTPUT}")
    print(cross_check)
    print("ISO exponent differs from CLDR's display digits for: " + ", ".join(cldr_differs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
