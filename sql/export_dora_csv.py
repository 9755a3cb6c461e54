#!/usr/bin/env python3
"""The end-to-end path of docs/scale.md on one machine: what a scheduled warehouse job does.

Runs a query printed by `glasshouse sql --dialect duckdb` in DuckDB over the event files of a
content folder and writes a copy of that folder in which every event team gives its DORA data as
teams/ID/dora.csv instead (deployments.csv and changes.csv removed; incidents.csv kept without its
`cause` column, which names deployments that are no longer there). Periods before a team's first and
after its last deployment or change are left out, so that the site's observed span (metrics.md
§2.10) starts with the team's data and a feed that stopped shows as stale rather than as zeros.

    export_dora_csv.py QUERY.sql CONTENT OUTPUT
"""
import csv
import glob
import io
import os
import shutil
import sys

import duckdb

COLUMNS = ["period", "deployments", "failed_deployments", "deploy_days", "rework_deployments",
           "lead_time_p50_hours", "changes", "recovery_p50_hours", "recoveries"]


def main():
    query, content, output = sys.argv[1:4]
    connection = duckdb.connect()
    for table in ("deployments", "changes", "incidents"):
        files = sorted(glob.glob(os.path.join(content, "teams", "*", table + ".csv")))
        connection.execute(
            f"CREATE TABLE {table} AS SELECT regexp_extract(filename, 'teams/([^/]+)/[^/]+$', 1) AS team, * EXCLUDE (filename) "
            "FROM read_csv($files, filename = true, header = true, all_varchar = true, union_by_name = true)", {"files": files})
    cursor = connection.execute(open(query, encoding="utf-8").read())
    names = [column[0] for column in cursor.description]
    teams = {}
    for row in cursor.fetchall():
        record = dict(zip(names, row))
        teams.setdefault(record["team"], []).append(record)

    shutil.copytree(content, output)
    for team, rows in sorted(teams.items()):
        folder = os.path.join(output, "teams", team)
        while rows and rows[0]["deployments"] == 0 and rows[0]["changes"] == 0:
            rows = rows[1:]
        while rows and rows[-1]["deployments"] == 0 and rows[-1]["changes"] == 0:
            rows = rows[:-1]
        for name in ("deployments.csv", "changes.csv"):
            if os.path.exists(os.path.join(folder, name)):
                os.remove(os.path.join(folder, name))
        incidents = os.path.join(folder, "incidents.csv")
        if os.path.exists(incidents):
            table = list(csv.DictReader(open(incidents, encoding="utf-8", newline="")))
            fields = [field for field in csv.DictReader(open(incidents, encoding="utf-8", newline="")).fieldnames if field.strip().lower() != "cause"]
            text = io.StringIO()
            writer = csv.DictWriter(text, fields, extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
            writer.writerows(table)
            open(incidents, "w", encoding="utf-8").write(text.getvalue())
        with open(os.path.join(folder, "dora.csv"), "w", encoding="utf-8") as handle:
            handle.write(",".join(COLUMNS) + "\n")
            for row in rows:
                handle.write(",".join("" if row[column] is None else str(row[column]) for column in COLUMNS) + "\n")
    print(f"wrote dora.csv for {len(teams)} teams into {output}")


if __name__ == "__main__":
    main()
