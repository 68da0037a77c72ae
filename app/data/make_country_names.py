#!/usr/bin/env python3
"""Generate app/data/country_names.json: country names in ITU's six languages.

Usage (Babel is the only dependency; any scratch virtual environment will do):

    python3 -m venv /tmp/babel-venv
    /tmp/babel-venv/bin/pip install Babel
    /tmp/babel-venv/bin/python app/data/make_country_names.py

Run it from anywhere; it reads app/data/countries.json next to this script and
overwrites app/data/country_names.json there. Re-run it whenever a country is added
to countries.json or when Babel (and so CLDR) is upgraded, then review the diff.

Why CLDR: the names come from the Unicode Common Locale Data Repository, as bundled
in the PyPI package Babel (`babel.Locale.parse(code).territories[alpha2]`). CLDR's
territory names are short, everyday names close to the short names the UN uses in
its six official languages, which are also ITU's: Arabic, Chinese (Simplified),
English, French, Russian and Spanish. They are not the UN terminology database
(UNTERM) names, so ITU reviews them before publication; corrections belong in a
reviewed override, not in hand edits to the generated file.

English: the generated file carries CLDR's English name (e.g. "Bolivia"), used when
the interface is in English. countries.json keeps its own English "name" field,
which may be the UN's official short name (e.g. "Bolivia (Plurinational State
of)"); this script never modifies countries.json.

The output is {"source": "Unicode CLDR via Babel <version>", "names": {alpha2:
{"ar", "zh", "en", "fr", "ru", "es"}}}, one entry per country of countries.json in
the same (alphabetical) order, the languages in ITU's order. The script exits 1,
naming the code and language, if CLDR lacks any name.
"""
import json
import os
import sys

try:
    import babel
    from babel import Locale
except ImportError:
    sys.exit("make_country_names.py needs Babel: pip install Babel (see the docstring)")

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRIES = os.path.join(HERE, "countries.json")
OUTPUT = os.path.join(HERE, "country_names.json")

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


def main() -> int:
    with open(COUNTRIES, encoding="utf-8") as f:
        codes = [c["alpha2"] for c in json.load(f)["countries"]]
    if codes != sorted(codes):
        print("countries.json is not in alphabetical order of alpha2", file=sys.stderr)
        return 1

    locales = {lang: Locale.parse(cldr) for lang, cldr in LANGUAGES}
    problems = []
    names = {}
    for code in codes:
        entry = {}
        for lang, cldr in LANGUAGES:
            name = locales[lang].territories.get(code, "").strip()
            if not name:
                problems.append(f"{code}: no {lang} ({cldr}) name in CLDR")
            entry[lang] = name
        names[code] = entry

    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1

    doc = {
        "source": f"Unicode CLDR via Babel {babel.__version__}",
        "names": names,
    }
    with open(OUTPUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(names)} countries x {len(LANGUAGES)} languages to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
