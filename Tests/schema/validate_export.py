#!/usr/bin/env python3
"""Validates every JSON export file of built Glasshouse sites against the JSON Schemas (2020-12)
the sites publish under data/schema/ (site.md §4), then proves that the check catches a broken
file: a missing key, a misspelt key, a wrong type and a bad status must each fail.

Usage: validate_export.py SITE [SITE ...]   (exit 1 on any failure)
"""
import copy
import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match


def schemas(site):
    found = {}
    for name in ("index", "team", "unit"):
        schema = json.loads((site / "data" / "schema" / f"{name}.json").read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        found[name] = Draft202012Validator(schema)
    return found


def export_files(site):
    data = site / "data"
    yield data / "index.json", "index"
    yield data / "org.json", "unit"
    for path in sorted((data / "units").glob("*.json")):
        yield path, "unit"
    for path in sorted((data / "teams").glob("*.json")):
        yield path, "team"


def errors(validator, document):
    return sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))


def validate_site(site):
    validators = schemas(site)
    failures = 0
    count = 0
    documents = {}
    for path, kind in export_files(site):
        document = json.loads(path.read_text(encoding="utf-8"))
        documents.setdefault(kind, []).append(document)
        count += 1
        for error in errors(validators[kind], document)[:5]:
            failures += 1
            # Inside anyOf (null, withheld or figures), name the deepest reason.
            while error.context:
                error = best_match(error.context)
            where = "/".join(str(part) for part in error.absolute_path)
            print(f"{path}: {where}: {error.message[:300]}")
    index = json.loads((site / "data" / "index.json").read_text(encoding="utf-8"))
    missing = [i for i in index["teams"] + index["units"] if i not in index["names"]]
    if missing:
        failures += 1
        print(f"{site}/data/index.json: names lacks {missing}")
    print(f"{site}: {count} export files checked against data/schema/, {failures} problems")
    return failures, validators, documents


def negative(validators, documents):
    """Each broken copy must fail; returns the number of breakages that went unnoticed."""
    team = documents["team"][0]
    unit = documents["unit"][0]
    index = documents["index"][0]
    cases = []

    def broken(kind, document, label, change):
        copied = copy.deepcopy(document)
        change(copied)
        cases.append((kind, copied, label))

    broken("index", index, "index without names", lambda d: d.pop("names"))
    broken("index", index, "index with a misspelt key", lambda d: d.__setitem__("unitz", d.pop("units")))
    broken("team", team, "team without as_of", lambda d: d.pop("as_of"))
    broken("team", team, "team with a misspelt team key", lambda d: d["team"].__setitem__("nmae", d["team"].pop("name")))
    broken("team", team, "team with a string as_of", lambda d: d.__setitem__("as_of", 20261120))
    broken("team", team, "team with an extra top-level key", lambda d: d.__setitem__("extra", 1))
    broken("unit", unit, "unit with an unknown SLO status", lambda d: d["slos"].__setitem__("sleeping", 0))
    broken("unit", unit, "unit without slos.not_enough_events", lambda d: d["slos"].pop("not_enough_events"))
    for document in documents["team"]:
        if isinstance(document.get("slos"), list) and document["slos"]:
            broken("team", document, "an SLO with a misspelt status", lambda d: d["slos"][0].__setitem__("status", "exhausted!"))
            broken("team", document, "an SLO without month_to_date", lambda d: d["slos"][0].pop("month_to_date"))
            break
    for document in documents["unit"]:
        costs = document.get("costs")
        if isinstance(costs, dict) and costs["months"]:
            broken("unit", document, "a cost month without budget_scope", lambda d: d["costs"]["months"][0].pop("budget_scope"))
            broken("unit", document, "a cost month with budget_scope 'team'", lambda d: d["costs"]["months"][0].__setitem__("budget_scope", "team"))
            break
    for document in documents["unit"]:
        if document["unit"]["id"] == "org" and isinstance(document.get("costs"), dict) and document["costs"]["months"]:
            broken("unit", document, "an org cost month without unallocated", lambda d: d["costs"]["months"][0].pop("unallocated"))
    for document in documents["team"]:
        if isinstance(document.get("dora"), dict):
            broken("team", document, "a team without dora.previous", lambda d: d["dora"].pop("previous"))
            broken("team", document, "a window without quick_check", lambda d: d["dora"]["window"].pop("quick_check"))
            broken("team", document, "a change with a misspelt direction", lambda d: d["dora"]["change"]["lead_time"].__setitem__("direction", "up"))
            broken("team", document, "a week without observed_days", lambda d: d["dora"]["weeks"][0].pop("observed_days"))
            break
    for document in documents["unit"]:
        if isinstance(document.get("dora"), dict):
            broken("unit", document, "team_tiers without stale", lambda d: d["dora"]["window"]["team_tiers"]["lead_time"].pop("stale"))
            broken("unit", document, "a unit without changes", lambda d: d.pop("changes"))
            break
    target = {"scope": team["team"]["id"], "metric": "slo:checkout", "value": 99.9, "since": "2026-10-01", "by": "2027-03-31",
              "baseline": None, "current": 99.5, "expected": None, "status": "off_track", "note": None}
    event = {"date": "2026-09-14", "title": "Pipeline rewrite", "scope": "org"}
    with_target = copy.deepcopy(team)
    with_target["targets"], with_target["events"] = [target], [event]
    unnoticed = 0
    for error in errors(validators["team"], with_target):
        unnoticed += 1
        print(f"a valid target or event was rejected: {error.message[:200]}")
    broken("team", with_target, "a target with status 'late'", lambda d: d["targets"][0].__setitem__("status", "late"))
    broken("team", with_target, "a target with metric 'speed'", lambda d: d["targets"][0].__setitem__("metric", "speed"))
    broken("team", with_target, "an event without scope", lambda d: d["events"][0].pop("scope"))
    for kind, document, label in cases:
        if not errors(validators[kind], document):
            unnoticed += 1
            print(f"negative test: {label} passed validation but must fail")
    print(f"negative test: {len(cases) - unnoticed} of {len(cases)} broken files rejected")
    return unnoticed


def main(arguments):
    if not arguments:
        print(__doc__)
        return 2
    failures = 0
    for argument in arguments:
        site = Path(argument)
        site_failures, validators, documents = validate_site(site)
        failures += site_failures + negative(validators, documents)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
