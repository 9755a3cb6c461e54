#!/usr/bin/env python3
"""`make bench`: Glasshouse on three org sizes, and DuckDB and Hugo on the same data, same machine.

Generates S, M and L once with `glasshouse sample` (cached in .bench/, outside git), times several
full builds of each (median wall time, user+sys CPU and peak RSS from /usr/bin/time -v, the
per-stage times of --timings), then runs the peers and prints one table with the ratios.
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build/release/glasshouse")
CACHE = os.path.join(ROOT, ".bench")
SIZES = {"S": (50, 12), "M": (300, 24), "L": (1000, 24)}
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
GENERATOR = "sample-v3"  # bump when the generator's output changes
LARGE_MB = int(os.environ.get("BENCH_LARGE_MB", "400"))  # the "large file" row: one deployments.csv of this size


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def folder_mb(path):
    total = 0
    for root, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(root, name)) for name in files)
    return total / 1e6


def generate(size):
    teams, months = SIZES[size]
    folder = os.path.join(CACHE, size)
    stamp = os.path.join(CACHE, f"{size}.stamp")
    key = f"{GENERATOR} {teams} {months} seed 1"
    if os.path.exists(stamp) and open(stamp).read() == key and os.path.isdir(folder):
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    started = time.time()
    run([BIN, "sample", "--output", folder, "--teams", str(teams), "--months", str(months), "--seed", "1"])
    print(f"generated {size}: {teams} teams × {months} months in {time.time() - started:.1f} s", flush=True)
    open(stamp, "w").write(key)
    return folder


def build(content, output):
    """One full build: wall, cpu, peak RSS (MB), stage times."""
    result = subprocess.run(["/usr/bin/time", "-v", BIN, "build", "--content", content, "--output", output, "--quiet", "--timings"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"build of {content} failed:\n{result.stderr}")
    err = result.stderr
    def field(name):
        return re.search(re.escape(name) + r": (.*)", err).group(1).strip()
    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    parts = [float(p) for p in wall.split(":")]
    seconds = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) > 2 else 0)
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    rss = int(field("Maximum resident set size (kbytes)")) / 1024
    stages = {name: float(value) for name, value in re.findall(r"(load|compute|present|write) ([0-9.]+) s", err)}
    return seconds, cpu, rss, stages


def large_file():
    """One build of a team whose deployments.csv is LARGE_MB: file size, peak RSS, their ratio (target ≤ 1.5)."""
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    import large_file as generator
    folder = os.path.join(CACHE, f"large-{LARGE_MB}")
    stamp = folder + ".stamp"
    if not (os.path.exists(stamp) and os.path.isdir(folder)):
        shutil.rmtree(folder, ignore_errors=True)
        generator.write(folder, LARGE_MB)
        open(stamp, "w").write("large-file-v1")
    size = os.path.getsize(os.path.join(folder, "teams/big/deployments.csv"))
    seconds, _, rss, _ = build(folder, os.path.join(CACHE, "large-site"))
    return size / 1e6, rss * 1024 * 1024 / 1e6, seconds


def median_build(size, content):
    output = os.path.join(CACHE, f"{size}-site")
    runs = [build(content, output) for _ in range(RUNS)]
    pages = sum(1 for root, _, files in os.walk(output) for name in files if name.endswith(".html"))
    stages = {name: statistics.median(r[3][name] for r in runs) for name in ("load", "compute", "present", "write")}
    return {
        "wall": statistics.median(r[0] for r in runs), "cpu": statistics.median(r[1] for r in runs),
        "rss": max(r[2] for r in runs), "stages": stages, "pages": pages, "input": folder_mb(content), "output": output,
    }


def ensure_pip(module, package):
    try:
        __import__(module)
    except ImportError:
        run([sys.executable, "-m", "pip", "install", "-q", package])


def duckdb_time(content, site):
    ensure_pip("duckdb", "duckdb")
    import duckdb
    sql = open(os.path.join(ROOT, "bench/dora.sql")).read().replace("{root}", content)
    times, rows = [], None
    for _ in range(RUNS):
        connection = duckdb.connect()
        started = time.time()
        rows = connection.execute(sql).fetchall()
        times.append(time.time() - started)
        connection.close()
    # Cross-check: DuckDB's figures equal Glasshouse's export.
    mismatches = 0
    for team, deployments, cfr, p50, p90, n in rows:
        window = json.load(open(os.path.join(site, "data/teams", team + ".json")))["dora"]["window"]
        same = window["deployments"] == deployments and abs((window["change_failure_rate"] or 0) - (cfr or 0)) < 1e-9
        same = same and window["lead_time_hours"]["n"] == n
        if n:
            same = same and abs(window["lead_time_hours"]["p50"] - p50) < 1e-6 and abs(window["lead_time_hours"]["p90"] - p90) < 1e-6
        mismatches += 0 if same else 1
    return statistics.median(times), len(rows), mismatches


def hugo_time(content, site):
    if not shutil.which("hugo"):
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "hugo"], check=True, capture_output=True)
    work = os.path.join(CACHE, "hugo")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "bench/hugo"), work)
    os.makedirs(os.path.join(work, "content/teams"))
    os.makedirs(os.path.join(work, "data/teams"))
    teams = sorted(os.listdir(os.path.join(content, "teams")))
    for team in teams:
        narrative = os.path.join(content, "teams", team, "index.md")
        body = open(narrative).read() if os.path.exists(narrative) else ""
        with open(os.path.join(work, "content/teams", team + ".md"), "w") as page:
            page.write(f'---\ntitle: "{team}"\n---\n{body}')
        shutil.copy(os.path.join(site, "data/teams", team + ".json"), os.path.join(work, "data/teams", team + ".json"))
    times = []
    for _ in range(RUNS):
        shutil.rmtree(os.path.join(work, "public"), ignore_errors=True)
        started = time.time()
        run(["hugo", "--quiet", "--source", work, "--destination", os.path.join(work, "public")])
        times.append(time.time() - started)
    pages = sum(1 for root, _, files in os.walk(os.path.join(work, "public")) for name in files if name.endswith(".html"))
    version = run(["hugo", "version"]).stdout.split()[1] if run(["hugo", "version"]).stdout else "?"
    return statistics.median(times), pages, version


def serve_latency(content):
    """Time from saving a file to the preview's status endpoint reporting the new build, for three
    edits on L: a team's note, the same team's deployments.csv (rows appended), a theme template."""
    port = 18765
    output = os.path.join(CACHE, "L-serve")
    themes = os.path.join(CACHE, "themes")
    shutil.rmtree(themes, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "Themes"), themes)
    teams = sorted(os.listdir(os.path.join(content, "teams")))
    team = next(t for t in teams if os.path.exists(os.path.join(content, "teams", t, "deployments.csv")))
    note = os.path.join(content, "teams", team, "notes", "2026-11-02-bench.md")
    os.makedirs(os.path.dirname(note), exist_ok=True)
    with open(note, "w") as handle:
        handle.write("---\ntitle: Benchmark note\ndate: 2026-11-02\n---\nA note the benchmark edits.\n")
    deployments = os.path.join(content, "teams", team, "deployments.csv")
    original_deployments = open(deployments).read()
    template = os.path.join(themes, "default", "templates", "team.mustache")
    original_template = open(template).read()
    process = subprocess.Popen([BIN, "serve", "--content", content, "--output", output, "--themes", themes, "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/__glasshouse/status"
    def version():
        try:
            return json.load(urllib.request.urlopen(url, timeout=2))["version"]
        except Exception:
            return None
    def timed(path, text):
        before = version()
        started = time.time()
        with open(path, "w") as handle:
            handle.write(text)
        while version() == before and time.time() - started < 300:
            time.sleep(0.005)
        return time.time() - started
    service = original_deployments.rstrip("\n").split("\n")[-1].split(",")[2]
    try:
        deadline = time.time() + 600
        while version() != 1 and time.time() < deadline:
            time.sleep(0.2)
        time.sleep(1)
        results = {"note": [], "deployments": [], "template": []}
        for attempt in range(max(RUNS, 3)):
            results["note"].append(timed(note, f"---\ntitle: Benchmark note\ndate: 2026-11-02\n---\nEdited for the benchmark, pass {attempt}.\n"))
            time.sleep(0.5)
            rows = "".join(f"bench-{attempt}-{i},2026-11-1{i}T08:30:00Z,{service},production,success,false\n" for i in range(3))
            results["deployments"].append(timed(deployments, original_deployments + rows))
            time.sleep(0.5)
        for attempt in range(2):
            results["template"].append(timed(template, original_template + f"<!-- bench {attempt} -->\n"))
            time.sleep(0.5)
        return {kind: statistics.median(samples) for kind, samples in results.items()}
    finally:
        process.terminate()
        process.wait()
        os.remove(note)
        with open(deployments, "w") as handle:
            handle.write(original_deployments)


def machine():
    cpu = re.search(r"model name\s*: (.*)", open("/proc/cpuinfo").read())
    cores = os.cpu_count()
    memory = int(re.search(r"MemTotal:\s*(\d+)", open("/proc/meminfo").read()).group(1)) / 1024 / 1024
    return f"{cpu.group(1) if cpu else 'unknown CPU'}, {cores} cores, {memory:.0f} GiB"


def main():
    os.makedirs(CACHE, exist_ok=True)
    results = {}
    for size in SIZES:
        content = generate(size)
        results[size] = median_build(size, content)
        r = results[size]
        print(f"{size}: {r['wall']:.2f} s wall", flush=True)
    large = results["L"]
    duck, duck_teams, mismatches = duckdb_time(os.path.join(CACHE, "L"), large["output"])
    hugo, hugo_pages, hugo_version = hugo_time(os.path.join(CACHE, "L"), large["output"])
    latency = serve_latency(os.path.join(CACHE, "L"))
    large_mb, large_rss, large_wall = large_file()

    print(f"\nGlasshouse benchmark on {machine()}; median of {RUNS} runs\n")
    print("| size | teams × months | input MB | pages | wall s | CPU s | MB/s | peak RSS MB | load | compute | present | write |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for size, r in results.items():
        teams, months = SIZES[size]
        s = r["stages"]
        print(f"| {size} | {teams} × {months} | {r['input']:.0f} | {r['pages']} | {r['wall']:.2f} | {r['cpu']:.2f} | {r['input'] / r['wall']:.1f} | {r['rss']:.0f} "
              f"| {s['load']:.2f} | {s['compute']:.2f} | {s['present']:.2f} | {s['write']:.2f} |")
    per_page = (large["stages"]["present"] + large["stages"]["write"]) / large["pages"]
    hugo_per_page = hugo / hugo_pages
    growth = (large["wall"] / results["M"]["wall"]) / (large["input"] / results["M"]["input"])
    print("\n| target | measured | met |")
    print("|---|---|---|")
    print(f"| L full build ≤ 1.0 × DuckDB's DORA query ({duck:.2f} s, {duck_teams} teams, {mismatches} mismatching) | {large['wall'] / duck:.2f} × | {'yes' if large['wall'] <= duck else 'no'} |")
    print(f"| present+write per page ≤ 1.0 × Hugo {hugo_version} ({hugo_per_page * 1000:.2f} ms/page over {hugo_pages} pages) | {per_page * 1000:.2f} ms/page = {per_page / hugo_per_page:.2f} × | {'yes' if per_page <= hugo_per_page else 'no'} |")
    print(f"| peak RSS on L ≤ 1 GB | {large['rss']:.0f} MB | {'yes' if large['rss'] <= 1024 else 'no'} |")
    print(f"| L/M time ≤ 1.1 × L/M input | {growth:.2f} × | {'yes' if growth <= 1.1 else 'no'} |")
    print(f"| serve on L: a team's note edited → new build reported ≤ 300 ms | {latency['note'] * 1000:.0f} ms | {'yes' if latency['note'] <= 0.3 else 'no'} |")
    print(f"| serve on L: a team's deployments.csv edited → new build reported ≤ 1 s | {latency['deployments'] * 1000:.0f} ms | {'yes' if latency['deployments'] <= 1 else 'no'} |")
    print(f"| serve on L: a theme template edited → every page re-rendered, no data reloaded | {latency['template'] * 1000:.0f} ms | (no target) |")
    ratio = large_rss / large_mb
    print(f"| large file: peak RSS ≤ 1.5 × a {large_mb:.0f} MB deployments.csv (one build, {large_wall:.1f} s) | {large_rss:.0f} MB = {ratio:.2f} × | {'yes' if ratio <= 1.5 else 'no'} |")


if __name__ == "__main__":
    main()
