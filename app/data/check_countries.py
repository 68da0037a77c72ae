#!/usr/bin/env python3
"""Validate app/data/countries.json (standard library only).

Usage:  python3 app/data/check_countries.py [path/to/countries.json]

It exits 0 and prints the totals if the file is valid. Otherwise it lists every
problem and exits 1. Run it after every edit, e.g. when a graduation date is set
or moved; update EXPECTED / KNOWN_ON below and "as_of" / "notes" in the file too.

Group membership ("ldc", "lldc", "sids") is a list of periods
{"from": date or null, "until": date or null}: "from" is the entry date (null =
since the list began / not recorded), "until" the exclusive exit date (null =
still a member). Counts and known groups are checked on fixed dates, so the
check gives the same answer whatever day it is run.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

# ---------------------------------------------------------------------------
# Expected totals. Update these together with the data when the UN lists change.
# ---------------------------------------------------------------------------
# The day before and the day of the 2026 graduations of Bangladesh, Lao PDR and Nepal.
BEFORE_2026 = datetime.date(2026, 11, 23)
AFTER_2026 = datetime.date(2026, 11, 24)

# UN-OHRLLS counts SIDS as "39 States and 18 associate members of UN regional
# commissions". The 39 States are 37 UN Member States plus Cook Islands and Niue,
# which are not UN members. Bahrain left the list in 2023.
SIDS_TOTALS = {
    "sids_un_members": 37,
    "sids_states": 39,          # the 37 above + Cook Islands + Niue
    "sids_associate_members": 18,
    "sids_total": 57,
}
EXPECTED = {
    BEFORE_2026: {"un_members": 193, "ldc": 44, "lldc": 32, **SIDS_TOTALS},
    AFTER_2026: {"un_members": 193, "ldc": 41, "lldc": 32, **SIDS_TOTALS},
}
SIDS_NON_UN_STATES = {"CK", "NU"}   # Cook Islands, Niue
NON_UN_NON_SIDS = {"VA", "PS"}      # Holy See, State of Palestine

REGIONS = {"africa", "americas", "arab_states", "asia_pacific", "cis", "europe"}
SOURCE_KEYS = {"ldc", "lldc", "sids", "itu_region", "iso", "as_of", "notes"}
COUNTRY_KEYS = {"alpha2", "alpha3", "name", "itu_region", "ldc", "lldc", "sids", "un_member"}
GROUPS = ("ldc", "lldc", "sids")
PERIOD_KEYS = {"from", "until"}

# alpha2 -> (ldc, lldc, sids) on BEFORE_2026
KNOWN_FLAGS = {
    "RW": (True, True, False),    # Rwanda: LDC + LLDC
    "ET": (True, True, False),    # Ethiopia: LDC + LLDC
    "HT": (True, False, True),    # Haiti: LDC + SIDS
    "KI": (True, False, True),    # Kiribati: LDC + SIDS
    "FJ": (False, False, True),   # Fiji: SIDS only
    "BO": (False, True, False),   # Bolivia: LLDC only
    "FR": (False, False, False),  # France: none
    "BT": (False, True, False),   # Bhutan: LLDC, graduated from LDC 13 Dec 2023
    "NP": (True, True, False),    # Nepal: LDC (until 24 Nov 2026) + LLDC
    "AF": (True, True, False),    # Afghanistan: LDC + LLDC
    "ST": (False, False, True),   # Sao Tome and Principe: graduated from LDC 13 Dec 2024, SIDS
    "BD": (True, False, False),   # Bangladesh: LDC until 24 Nov 2026
    "LA": (True, True, False),    # Lao PDR: LDC until 24 Nov 2026 + LLDC
    "SB": (True, False, True),    # Solomon Islands: LDC until 13 Dec 2027 + SIDS
    "BH": (False, False, False),  # Bahrain: left the SIDS list in April 2023
    "CK": (False, False, True),   # Cook Islands: SIDS, not a UN member
}

# (alpha2, group, date, member?) on both sides of the recorded entry and exit dates
KNOWN_ON = [
    ("BT", "ldc", "2023-12-12", True), ("BT", "ldc", "2023-12-13", False),
    ("ST", "ldc", "2024-12-12", True), ("ST", "ldc", "2024-12-13", False),
    ("BD", "ldc", "2026-11-23", True), ("BD", "ldc", "2026-11-24", False),
    ("LA", "ldc", "2026-11-24", False), ("NP", "ldc", "2026-11-24", False),
    ("NP", "lldc", "2026-11-24", True),
    ("SB", "ldc", "2027-12-12", True), ("SB", "ldc", "2027-12-13", False),
    ("BW", "ldc", "1990-01-01", True), ("BW", "ldc", "1995-01-01", False),
    ("MV", "ldc", "2010-12-31", True), ("MV", "ldc", "2011-01-01", False),
    ("AF", "ldc", "1971-11-17", False), ("AF", "ldc", "1971-11-18", True),
    ("SS", "ldc", "2011-12-31", False), ("SS", "ldc", "2030-01-01", True),
    ("BH", "sids", "2023-03-31", True), ("BH", "sids", "2023-04-01", False),
    ("FJ", "sids", "1990-01-01", True), ("FR", "ldc", "1990-01-01", False),
]

# alpha2 -> itu_region
KNOWN_REGIONS = {
    "RW": "africa", "NG": "africa", "ZA": "africa", "CV": "africa",
    "EG": "arab_states", "SD": "arab_states", "MA": "arab_states", "DZ": "arab_states",
    "TN": "arab_states", "LY": "arab_states", "MR": "arab_states", "SO": "arab_states",
    "DJ": "arab_states", "KM": "arab_states", "PS": "arab_states",
    "US": "americas", "BR": "americas", "PR": "americas", "AW": "americas",
    "AU": "asia_pacific", "IR": "asia_pacific", "AF": "asia_pacific", "CK": "asia_pacific",
    "RU": "cis", "KZ": "cis", "AM": "cis", "AZ": "cis", "BY": "cis", "KG": "cis",
    "MD": "cis", "TJ": "cis", "TM": "cis", "UZ": "cis",
    # Decision recorded in source.notes: Georgia and Ukraine follow ITU/BDT statistics (CIS).
    "GE": "cis", "UA": "cis",
    "FR": "europe", "IL": "europe", "TR": "europe", "CY": "europe", "VA": "europe",
}

errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)
    return cond


def parse_date(value):
    """A YYYY-MM-DD string as a date; None if it is anything else."""
    if not isinstance(value, str) or re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def check_periods(where, periods):
    """Checks one group's periods; returns them as (from, until) date pairs, or None."""
    if not check(isinstance(periods, list), "%s must be a list of periods" % where):
        return None
    parsed = []
    for j, p in enumerate(periods):
        at = "%s[%d]" % (where, j)
        if not check(isinstance(p, dict) and set(p) == PERIOD_KEYS,
                     "%s must be an object with exactly 'from' and 'until'" % at):
            return None
        bounds = []
        for k in ("from", "until"):
            d = None if p[k] is None else parse_date(p[k])
            if not check(p[k] is None or d is not None, "%s.%s is not null or a YYYY-MM-DD date: %r" % (at, k, p[k])):
                return None
            bounds.append(d)
        start, end = bounds
        if not check(start is None or end is None or start < end,
                     "%s: from %s is not before until %s" % (at, start, end)):
            return None
        parsed.append((start, end))
    # None sorts first as "since the list began"; neighbours must not overlap.
    ordered = sorted(parsed, key=lambda p: (p[0] is not None, p[0] or datetime.date.min))
    for (s1, e1), (s2, e2) in zip(ordered, ordered[1:]):
        if not check(e1 is not None and s2 is not None and e1 <= s2,
                     "%s: periods %s..%s and %s..%s overlap" % (where, s1, e1, s2, e2)):
            return None
    return parsed


def member_on(periods, day):
    return any((start is None or start <= day) and (end is None or day < end) for start, end in periods)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "countries.json")
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("FAIL: %s is not valid UTF-8: %s" % (path, e))
        return 1
    check(not text.startswith("\ufeff"), "file starts with a UTF-8 BOM")
    check(text.endswith("\n"), "file does not end with a newline")
    data = json.loads(text)

    # --- top level / source ---------------------------------------------------
    if not check(isinstance(data, dict) and set(data) == {"source", "countries"},
                 "top level must be an object with exactly the keys 'source' and 'countries'"):
        return report()
    src = data["source"]
    if check(isinstance(src, dict), "'source' must be an object"):
        check(set(src) == SOURCE_KEYS,
              "source keys differ: missing %s, extra %s"
              % (sorted(SOURCE_KEYS - set(src)), sorted(set(src) - SOURCE_KEYS)))
        for k in SOURCE_KEYS & set(src):
            check(isinstance(src[k], str) and src[k].strip(), "source.%s must be a non-empty string" % k)
        check(src.get("iso") == "ISO 3166-1", "source.iso must be 'ISO 3166-1'")
        try:
            datetime.date.fromisoformat(str(src.get("as_of")))
            check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(src.get("as_of"))) is not None,
                  "source.as_of must be YYYY-MM-DD")
        except ValueError:
            errors.append("source.as_of is not a valid YYYY-MM-DD date: %r" % src.get("as_of"))

    countries = data["countries"]
    if not check(isinstance(countries, list) and countries, "'countries' must be a non-empty list"):
        return report()

    # --- per-row schema -------------------------------------------------------
    good = []
    for i, c in enumerate(countries):
        where = "countries[%d]" % i
        if not check(isinstance(c, dict), "%s is not an object" % where):
            continue
        where = "%s (%s)" % (where, c.get("alpha2"))
        ok = check(set(c) == COUNTRY_KEYS,
                   "%s keys differ: missing %s, extra %s"
                   % (where, sorted(COUNTRY_KEYS - set(c)), sorted(set(c) - COUNTRY_KEYS)))
        for k in ("alpha2", "alpha3", "name", "itu_region"):
            ok &= check(isinstance(c.get(k), str), "%s.%s must be a string" % (where, k))
        ok &= check(type(c.get("un_member")) is bool, "%s.un_member must be true/false" % where)
        periods = {}
        for g in GROUPS:
            periods[g] = check_periods("%s.%s" % (where, g), c.get(g))
            ok &= periods[g] is not None
        if not ok:
            continue
        c = dict(c, **periods)
        check(re.fullmatch(r"[A-Z]{2}", c["alpha2"]) is not None, "%s: bad alpha2 %r" % (where, c["alpha2"]))
        check(re.fullmatch(r"[A-Z]{3}", c["alpha3"]) is not None, "%s: bad alpha3 %r" % (where, c["alpha3"]))
        check(c["name"].strip() == c["name"] and c["name"], "%s: empty name or stray whitespace" % where)
        check(c["itu_region"] in REGIONS, "%s: invalid itu_region %r" % (where, c["itu_region"]))
        if not c["un_member"]:
            check(not c["ldc"] and not c["lldc"], "%s: LDC/LLDC periods are only for UN Member States" % where)
            check(c["sids"] or c["alpha2"] in NON_UN_NON_SIDS,
                  "%s: non-UN entries must be SIDS territories, the Holy See or Palestine" % where)
        good.append(c)

    # --- uniqueness / ordering ------------------------------------------------
    for key in ("alpha2", "alpha3", "name"):
        dup = [v for v, n in Counter(c[key] for c in good).items() if n > 1]
        check(not dup, "duplicate %s: %s" % (key, dup))
    codes = [c["alpha2"] for c in good]
    check(codes == sorted(codes), "countries are not sorted by alpha2")
    by = {c["alpha2"]: c for c in good}

    # --- counts, on each date of EXPECTED ----------------------------------------
    un = [c for c in good if c["un_member"]]
    totals = {}
    for day, expected in EXPECTED.items():
        sids = [c for c in good if member_on(c["sids"], day)]
        totals[day] = {
            "un_members": len(un),
            "ldc": sum(member_on(c["ldc"], day) for c in good),
            "lldc": sum(member_on(c["lldc"], day) for c in good),
            "sids_un_members": sum(1 for c in sids if c["un_member"]),
            "sids_states": sum(1 for c in sids if c["un_member"] or c["alpha2"] in SIDS_NON_UN_STATES),
            "sids_associate_members": sum(1 for c in sids if not c["un_member"] and c["alpha2"] not in SIDS_NON_UN_STATES),
            "sids_total": len(sids),
        }
        for k, want in expected.items():
            check(totals[day][k] == want, "on %s: count %s = %d, expected %d" % (day, k, totals[day][k], want))

    # --- required non-UN entries and known members ------------------------------
    for a2, name in (("VA", "Holy See"), ("PS", "State of Palestine")):
        if check(a2 in by, "missing %s (%s)" % (name, a2)):
            check(not by[a2]["un_member"], "%s must have un_member=false" % name)
    for a2, want in KNOWN_FLAGS.items():
        if check(a2 in by, "missing known country %s" % a2):
            c = by[a2]
            got = tuple(member_on(c[g], BEFORE_2026) for g in GROUPS)
            check(got == want,
                  "%s (%s) on %s: (ldc, lldc, sids) = %s, expected %s" % (c["name"], a2, BEFORE_2026, got, want))
    for a2, group, day, want in KNOWN_ON:
        if check(a2 in by, "missing known country %s" % a2):
            got = member_on(by[a2][group], datetime.date.fromisoformat(day))
            check(got == want, "%s %s on %s: member = %s, expected %s" % (a2, group, day, got, want))
    for a2, reg in KNOWN_REGIONS.items():
        if check(a2 in by, "missing known country %s" % a2):
            check(by[a2]["itu_region"] == reg,
                  "%s: itu_region %r, expected %r" % (a2, by[a2]["itu_region"], reg))

    # --- optional: compare alpha2/alpha3 with the system's ISO list, if it has one ---
    iso_file = "/usr/share/iso-codes/json/iso_3166-1.json"
    iso_note = "skipped (no %s)" % iso_file
    if os.path.exists(iso_file):
        with open(iso_file, encoding="utf-8") as f:
            iso = {e["alpha_2"]: e["alpha_3"] for e in json.load(f)["3166-1"]}
        for c in good:
            check(iso.get(c["alpha2"]) == c["alpha3"],
                  "%s: alpha3 %s does not match ISO 3166-1 (%s)" % (c["alpha2"], c["alpha3"], iso.get(c["alpha2"])))
        iso_note = "checked against %s" % iso_file

    # --- report ---------------------------------------------------------------
    print("countries.json: %d entries (as_of %s)" % (len(good), src.get("as_of")))
    for day, expected in EXPECTED.items():
        print("  on %s:" % day)
        for k, want in expected.items():
            print("    %-22s %3d (expected %d)" % (k, totals[day][k], want))
    print("  %-24s %3d" % ("non-UN entries", len(good) - len(un)))
    regions = Counter(c["itu_region"] for c in good)
    regions_un = Counter(c["itu_region"] for c in un)
    for r in sorted(REGIONS):
        print("  region %-17s %3d (UN members %d)" % (r, regions[r], regions_un[r]))
    print("  ISO cross-check: %s" % iso_note)
    return report()


def report():
    if errors:
        print("FAIL: %d problem(s):" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
