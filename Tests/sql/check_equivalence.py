#!/usr/bin/env python3
"""The warehouse SQL equals Glasshouse (docs/scale.md): `glasshouse sql` run on DuckDB or Spark
over sample orgs' CSV files gives every team's weekly and monthly figures of the JSON export.

For each case (a seed and a site time zone) it writes a sample org with `glasshouse sample`, sets
its time zone, builds it, runs the printed query for weeks and for months and compares every figure
of every event team with data/teams/ID.json `dora.weeks` / `dora.months`: counts equal, p50s equal to
1e-9. Figures the export leaves null (periods outside a team's observed span, metrics.md §2.10)
are not compared: the SQL gives raw per-period figures, the site applies the observed span.
Prints one line per case and a closing `sql-equivalence[ENGINE]: N passed, M failed`; exits 1 on any mismatch.

    check_equivalence.py BINARY WORKDIR [--engine duckdb|spark]
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import time

# Seeds and site time zones: a DST zone on each side of the Atlantic, +05:30 and UTC.
CASES = [(11, "Europe/Berlin"), (12, "America/New_York"), (13, "Asia/Kolkata"), (14, "UTC"), (15, "Europe/Berlin"), (16, "Australia/Adelaide")]
TEAMS, MONTHS = 12, 6
TABLES = ("deployments", "changes", "incidents")
THEMES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "Themes")


def sample(binary, folder, seed, zone):
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run([binary, "sample", "--output", folder, "--teams", str(TEAMS), "--months", str(MONTHS), "--seed", str(seed)],
                   check=True, capture_output=True)
    site = os.path.join(folder, "site.yaml")
    text = re.sub(r"^timezone: .*$", f"timezone: {zone}", open(site).read(), flags=re.M)
    open(site, "w").write(text)
    subprocess.run([binary, "build", "--content", folder, "--output", os.path.join(folder, "_site"), "--themes", THEMES, "--quiet"], check=True)


# A hand-written org for the rules a sample org may not reach (metrics.md §1–2, content.md §2):
# the Europe/Berlin spring-forward day as D, every timestamp shape, status and environment spellings,
# the as-of cut, failure by cause, recovery by latest restore / next later success (a tie is not
# later), open incidents and restores after D, negative lead and recovery times, the default service.
EDGE = {
    "site.yaml": "title: Edge\ntimezone: Europe/Berlin\nas_of: 2026-03-29\nhistory_weeks: 6\nhistory_months: 3\n",
    "teams/edge/team.yaml": "name: Edge\n",
    "teams/edge/deployments.csv": """id,finished_at,service,environment,status,rework
d1,2026-03-28T23:30:00Z,a,PROD,Failed,yes
d2,2026-03-29T00:30:00.123456789+01:00,,production,success,1
d3,2026-03-29 12:00:00+0200,a,Production,ROLLBACK,No
d4,2026-03-29t13:00z,a,production,success,0
d5,2026-03-29T15:00:00+02,a,production,rolled_back,
d6,2026-03-29T21:59:59-00:00,a,production,failure,
d7,2026-03-29T22:00:00Z,a,production,success,
d8,"2026-03-20T10:00:00,5+01:00",a,staging,failed,
d9,2026-03-21T10:00:00+01:00,a,production,aborted,
d10,2026-03-22T10:00:00+01:00,b,production,Skipped,
d11,2026-03-01T22:30:00-09:30,b,production,success,
d12,2026-02-27T08:00:00+01:00,b,prod,failed,TRUE
d13,2026-03-25T08:00:00+01:00,b,production,success,
""",
    "teams/edge/changes.csv": """id,committed_at,deployment
c1,2026-03-28T20:00:00+01:00,d1
c2,2026-03-29T02:00:00Z,d1
c3,2026-03-29T12:00:00+02:00,d3
c4,2026-03-27T12:00:00+01:00,d4
c5,2026-03-30T09:00:00+02:00,d6
c6,2026-03-29T10:00:00+02:00,d7
c7,2026-03-01T10:00:00+01:00,d11
c8,2026-03-01T11:00:00+01:00,d11
c9,2026-02-26T11:00:00+01:00,d12
c10,2026-03-28T10:00:00+01:00,
""",
    "teams/edge/incidents.csv": """id,opened_at,restored_at,service,severity,cause,summary
i1,2026-03-29T01:00:00Z,2026-03-29T03:00:00Z,,,d1,
i2,2026-03-29T01:30:00Z,2026-03-29T05:00:00+02:00,,,d1,
i3,2026-03-29T12:30:00+02:00,,,,d2,
i4,2026-03-29T14:00:00+02:00,2026-03-30T10:00:00+02:00,,,d4,
i5,2026-03-30T08:00:00+02:00,,,,d5,
i6,2026-03-25T07:00:00+01:00,2026-03-25T07:30:00+01:00,,,d13,
i7,2026-03-10T07:00:00+01:00,2026-03-10T09:00:00+01:00,,,,
""",
    # dora_since: records dated (in the site zone) before it are ignored everywhere.
    "teams/late/team.yaml": "name: Late\ndora_since: 2026-03-25\n",
    "teams/late/deployments.csv": """id,finished_at,service,environment,status,rework
l1,2026-03-24T22:30:00Z,,,failed,
l2,2026-03-24T23:30:00Z,,,failed,
l3,2026-03-26T10:00:00Z,,,success,
""",
    "teams/late/changes.csv": "id,committed_at,deployment\nm1,2026-03-24T20:00:00Z,l2\nm2,2026-03-25T08:00:00+01:00,l3\n",
    "teams/late/incidents.csv": "id,opened_at,restored_at,service,severity,cause,summary\nj1,2026-03-24T22:45:00Z,2026-03-25T01:00:00Z,,,l2,\n",
}


def edge(binary, folder):
    shutil.rmtree(folder, ignore_errors=True)
    for path, text in EDGE.items():
        os.makedirs(os.path.dirname(os.path.join(folder, path)), exist_ok=True)
        open(os.path.join(folder, path), "w").write(text)
    subprocess.run([binary, "build", "--content", folder, "--output", os.path.join(folder, "_site"), "--themes", THEMES, "--quiet"], check=True)


def query(binary, folder, dialect, granularity):
    return subprocess.run([binary, "sql", "--dialect", dialect, "--content", folder, "--granularity", granularity],
                          check=True, capture_output=True, text=True).stdout


def csv_files(folder, table):
    return sorted(glob.glob(os.path.join(folder, "teams", "*", table + ".csv")))


class DuckDB:
    dialect = "duckdb"

    def __init__(self):
        import duckdb
        self.duckdb = duckdb

    def run(self, folder, sql):
        connection = self.duckdb.connect()
        for table in TABLES:
            files = csv_files(folder, table)
            connection.execute(
                f"CREATE TABLE {table} AS SELECT regexp_extract(filename, 'teams/([^/]+)/[^/]+$', 1) AS team, * EXCLUDE (filename) "
                f"FROM read_csv($files, filename = true, header = true, all_varchar = true, union_by_name = true)",
                {"files": files})
        rows = connection.execute(sql).fetchall()
        columns = [d[0] for d in connection.description]
        connection.close()
        return [dict(zip(columns, row)) for row in rows]


class Spark:
    dialect = "spark"

    def __init__(self):
        from pyspark.sql import SparkSession
        self.spark = (SparkSession.builder.master("local[2]").appName("glasshouse-sql")
                      .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "4")
                      .config("spark.sql.session.timeZone", "UTC").getOrCreate())
        self.spark.sparkContext.setLogLevel("ERROR")

    def run(self, folder, sql):
        from pyspark.sql import functions
        for table in TABLES:
            # One scan per distinct header (a CSV scan of several files takes the first one's header).
            groups = {}
            for path in csv_files(folder, table):
                groups.setdefault(open(path, encoding="utf-8").readline().strip(), []).append(path)
            frame = None
            for paths in groups.values():
                part = (self.spark.read.csv(paths, header=True, multiLine=True, escape='"')
                        .withColumn("team", functions.regexp_extract(functions.input_file_name(), r"teams/([^/]+)/[^/]+$", 1)))
                frame = part if frame is None else frame.unionByName(part, allowMissingColumns=True)
            frame.createOrReplaceTempView(table)
        return [row.asDict() for row in self.spark.sql(sql).collect()]

    def close(self):
        self.spark.stop()


def compare(rows, folder, key, label):
    """Mismatch descriptions between the SQL rows and the export's `dora.<key>` of every event team."""
    problems = []
    by_team = {}
    for row in rows:
        by_team.setdefault(row["team"], []).append(row)
    exported = {}
    for path in sorted(glob.glob(os.path.join(folder, "_site", "data", "teams", "*.json"))):
        dora = json.load(open(path)).get("dora")
        if dora and dora.get("source") == "events":
            exported[os.path.basename(path)[:-5]] = dora[key]
    if sorted(by_team) != sorted(exported):
        problems.append(f"{label}: teams differ: SQL {sorted(by_team)} export {sorted(exported)}")
    compared = 0
    for team, periods in exported.items():
        mine = {row["period"]: row for row in by_team.get(team, [])}
        if [p["period"] for p in periods] != [r["period"] for r in by_team.get(team, [])]:
            problems.append(f"{label} {team}: periods differ")
            continue
        for period in periods:
            row = mine[period["period"]]
            expected = {
                "deployments": period.get("deployments"), "failed_deployments": period.get("failed_deployments"),
                "deploy_days": period.get("deploy_days"),
                "changes": (period.get("lead_time_hours") or {}).get("n"), "recoveries": (period.get("recovery_hours") or {}).get("n"),
            }
            for name, value in expected.items():
                if value is None:
                    continue  # outside the team's observed span: the site shows no figure
                compared += 1
                if row[name] != value:
                    problems.append(f"{label} {team} {period['period']}: {name} SQL {row[name]} export {value}")
            rate = period.get("rework_rate")
            if rate is not None:
                compared += 1
                if not row["deployments"] or abs(row["rework_deployments"] / row["deployments"] - rate) > 1e-12:
                    problems.append(f"{label} {team} {period['period']}: rework SQL {row['rework_deployments']}/{row['deployments']} export rate {rate}")
            for name, figure in (("lead_time_p50_hours", "lead_time_hours"), ("recovery_p50_hours", "recovery_hours")):
                value = (period.get(figure) or {}).get("p50")
                if value is None and (period.get(figure) or {}).get("n") is None:
                    continue
                compared += 1
                if (value is None) != (row[name] is None) or (value is not None and abs(value - row[name]) > 1e-9):
                    problems.append(f"{label} {team} {period['period']}: {name} SQL {row[name]} export {value}")
    return problems, compared


def self_test(rows, folder, key):
    """The comparison can fail: one deployment more and a p50 off by 1e-8 are both caught."""
    changed = [dict(row) for row in rows]
    counted = next(row for row in changed if row["deployments"])
    counted["deployments"] += 1
    timed = next(row for row in changed if row["lead_time_p50_hours"] is not None)
    timed["lead_time_p50_hours"] += 1e-8
    problems, _ = compare(changed, folder, key, "self-test")
    if len(problems) < 2:
        sys.exit(f"sql-equivalence: the comparison missed a changed figure: {problems}")


def main():
    binary, workdir = sys.argv[1], sys.argv[2]
    engine_name = sys.argv[sys.argv.index("--engine") + 1] if "--engine" in sys.argv else "duckdb"
    started = time.time()
    engine = Spark() if engine_name == "spark" else DuckDB()
    passed = failed = 0
    for seed, zone in [("edge", "Europe/Berlin")] + CASES:
        folder = os.path.join(workdir, f"seed{seed}")
        if seed == "edge":
            edge(binary, folder)
        else:
            sample(binary, folder, seed, zone)
        problems, compared, rows = [], 0, 0
        label = "edge cases" if seed == "edge" else f"seed {seed}"
        for granularity, key in (("week", "weeks"), ("month", "months")):
            result = engine.run(folder, query(binary, folder, engine.dialect, granularity))
            rows += len(result)
            if (seed, granularity) == (CASES[0][0], "week"):
                self_test(result, folder, key)
            found, count = compare(result, folder, key, f"{label} {zone} {key}")
            problems += found
            compared += count
        if problems or compared == 0:
            failed += 1
            print(f"FAIL {label} {zone}: {len(problems)} mismatches of {compared} figures", flush=True)
            for problem in problems[:20]:
                print("  " + problem)
        else:
            passed += 1
            print(f"ok   {label} {zone}: {rows} team periods, {compared} figures equal", flush=True)
        shutil.rmtree(folder, ignore_errors=True)
    if hasattr(engine, "close"):
        engine.close()
    print(f"sql-equivalence[{engine_name}]: {passed} passed, {failed} failed ({time.time() - started:.1f} s)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
