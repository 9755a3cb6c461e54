#!/usr/bin/env python3
"""`make bench`: Glasshouse on four org sizes, and DuckDB and Hugo on the same data, same machine.

Generates S, M, L and XL once with `glasshouse sample` (cached in .bench/, outside git, regenerated
when the generator's output changes), times several full builds of each (median wall time,
user+sys CPU and the per-stage times of --timings; peak RSS from /usr/bin/time -v, the maximum),
runs DuckDB's DORA query and a Hugo render of the same team pages on L (interleaved with L's
builds, so that a change in the machine's load hits both sides), times `glasshouse serve` on L,
builds one large file, and prints one table of issue 14's targets with the measured ratios, the
machine (with its load average, the machine is shared) and a linear extrapolation to 10,000 teams.

Environment:
  BENCH_SIZES=S,M,L,XL  the org sizes to build (default all four); the targets are measured on L
                        (else the largest size given), the scaling target on the two largest sizes
  BENCH_RUNS=3          runs per figure (each figure is the median; peak RSS the maximum)
  BENCH_LARGE_MB=400    size of the "large file" row's deployments.csv; 0 skips that row
  BENCH_DOC=1           also replace the generated block of docs/performance.md with the results

The markdown printed at the end (also kept in .bench/results.md) is the block between
`<!-- bench:begin -->` and `<!-- bench:end -->` in docs/performance.md.
"""
import hashlib
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.dont_write_bytecode = True  # importing bench/large_file.py must not leave bench/__pycache__ behind
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build/release/glasshouse")
CACHE = os.path.join(ROOT, ".bench")
DOC = os.path.join(ROOT, "docs/performance.md")
ALL_SIZES = {"S": (50, 12), "M": (300, 24), "L": (1000, 24), "XL": (3000, 36)}
SIZES = {name: ALL_SIZES[name] for name in ALL_SIZES
         if name in [s.strip().upper() for s in os.environ.get("BENCH_SIZES", ",".join(ALL_SIZES)).split(",")]}
RUNS = max(1, int(os.environ.get("BENCH_RUNS", "3")))
LARGE_MB = int(os.environ.get("BENCH_LARGE_MB", "400"))  # the "large file" row: one deployments.csv of this size
EXTRAPOLATE_TEAMS = 10_000
MEMORY_BUDGET_MB = 8 * 1024 ** 3 / 1e6  # "what would fit in 8 GiB", in MB (10^6 bytes) like every RSS here
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
LOADS = []  # (step, 1-minute load average) as the benchmark goes


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def load_average(step):
    value = float(open("/proc/loadavg").read().split()[0])
    LOADS.append((step, value))
    return value


def folder_mb(path):
    total = 0
    for root, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(root, name)) for name in files)
    return total / 1e6


def generator_fingerprint():
    """A hash of what `glasshouse sample` writes for a small org: a cached org whose stamp has another
    fingerprint was written by another generator and is generated again."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = os.path.join(scratch, "org")
        run([BIN, "sample", "--output", folder, "--teams", "16", "--months", "3", "--seed", "1"])
        digest = hashlib.sha256()
        for root, directories, files in os.walk(folder):
            directories.sort()
            for name in sorted(files):
                path = os.path.join(root, name)
                digest.update(os.path.relpath(path, folder).encode() + b"\0" + open(path, "rb").read() + b"\0")
        return digest.hexdigest()[:16]


def count_rows(folder):
    """Data rows of the DORA and SLI files (lines minus headers), summed over teams."""
    counts = {"deployments.csv": 0, "changes.csv": 0, "sli.csv": 0}
    for root, _, files in os.walk(os.path.join(folder, "teams")):
        for name in files:
            if name in counts:
                with open(os.path.join(root, name), "rb") as handle:
                    lines = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
                counts[name] += max(0, lines - 1)
    return counts


def generate(size, fingerprint):
    """The cached org of this size and its row counts; generated (and timed) when missing or stale."""
    teams, months = ALL_SIZES[size]
    folder = os.path.join(CACHE, size)
    stamp = os.path.join(CACHE, f"{size}.stamp")
    rows_file = os.path.join(CACHE, f"{size}.rows.json")
    key = f"sample {fingerprint} {teams} {months} seed 1"
    generated = None
    if not (os.path.exists(stamp) and open(stamp).read() == key and os.path.isdir(folder)):
        shutil.rmtree(folder, ignore_errors=True)
        if os.path.exists(rows_file):
            os.remove(rows_file)
        load_average(f"generate {size}")
        started = time.time()
        run([BIN, "sample", "--output", folder, "--teams", str(teams), "--months", str(months), "--seed", "1"])
        generated = time.time() - started
        print(f"generated {size}: {teams} teams × {months} months in {generated:.1f} s", flush=True)
        open(stamp, "w").write(key)
    if not os.path.exists(rows_file):
        json.dump(count_rows(folder), open(rows_file, "w"))
    return folder, json.load(open(rows_file)), generated


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
    rss = int(field("Maximum resident set size (kbytes)")) * 1024 / 1e6
    stages = {name: float(value) for name, value in re.findall(r"(load|compute|present|write) ([0-9.]+) s", err)}
    return seconds, cpu, rss, stages


def summarize(runs, content, output):
    pages = sum(1 for root, _, files in os.walk(output) for name in files if name.endswith(".html"))
    stages = {name: statistics.median(r[3][name] for r in runs) for name in ("load", "compute", "present", "write")}
    return {
        "wall": statistics.median(r[0] for r in runs), "cpu": statistics.median(r[1] for r in runs),
        "rss": max(r[2] for r in runs), "stages": stages, "pages": pages, "input": folder_mb(content), "output": output,
    }


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
    return size / 1e6, rss, seconds


def ensure_pip(module, package):
    try:
        __import__(module)
    except ImportError:
        run([sys.executable, "-m", "pip", "install", "-q", package])


class DuckDB:
    """bench/dora.sql on a content folder: each team's window deployments, change failure rate and
    lead-time p50/p90, checked against Glasshouse's export of the same folder."""

    def __init__(self, content):
        ensure_pip("duckdb", "duckdb")
        import duckdb
        self.module = duckdb
        self.sql = open(os.path.join(ROOT, "bench/dora.sql")).read().replace("{root}", content)
        self.times, self.rows = [], None

    def run(self):
        connection = self.module.connect()
        started = time.time()
        self.rows = connection.execute(self.sql).fetchall()
        self.times.append(time.time() - started)
        connection.close()

    def mismatches(self, site):
        count = 0
        for team, deployments, cfr, p50, p90, n in self.rows:
            window = json.load(open(os.path.join(site, "data/teams", team + ".json")))["dora"]["window"]
            same = window["deployments"] == deployments and abs((window["change_failure_rate"] or 0) - (cfr or 0)) < 1e-9
            same = same and window["lead_time_hours"]["n"] == n
            if n:
                same = same and abs(window["lead_time_hours"]["p50"] - p50) < 1e-6 and abs(window["lead_time_hours"]["p90"] - p90) < 1e-6
            count += 0 if same else 1
        return count


class Hugo:
    """A Hugo site of one page per team (bench/hugo): the team's narrative, with its Glasshouse JSON
    export as the data file, rendered through a template of the same shape as the team page."""

    def __init__(self, content, site):
        if not shutil.which("hugo"):
            sudo = [] if os.geteuid() == 0 else ["sudo"]
            subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "hugo"], check=True, capture_output=True)
        self.work = os.path.join(CACHE, "hugo")
        shutil.rmtree(self.work, ignore_errors=True)
        shutil.copytree(os.path.join(ROOT, "bench/hugo"), self.work)
        os.makedirs(os.path.join(self.work, "content/teams"))
        os.makedirs(os.path.join(self.work, "data/teams"))
        for team in sorted(os.listdir(os.path.join(content, "teams"))):
            narrative = os.path.join(content, "teams", team, "index.md")
            body = open(narrative).read() if os.path.exists(narrative) else ""
            with open(os.path.join(self.work, "content/teams", team + ".md"), "w") as page:
                page.write(f'---\ntitle: "{team}"\n---\n{body}')
            shutil.copy(os.path.join(site, "data/teams", team + ".json"), os.path.join(self.work, "data/teams", team + ".json"))
        self.times = []
        self.version = run(["hugo", "version"]).stdout.split()[1]

    def run(self):
        public = os.path.join(self.work, "public")
        shutil.rmtree(public, ignore_errors=True)
        started = time.time()
        run(["hugo", "--quiet", "--source", self.work, "--destination", public])
        self.times.append(time.time() - started)

    def pages(self):
        return sum(1 for _, _, files in os.walk(os.path.join(self.work, "public")) for name in files if name.endswith(".html"))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve_latency(size, content):
    """Time from saving a file to the preview's status endpoint reporting the new build, for three
    edits: a team's note, the same team's deployments.csv (rows appended), a theme template."""
    port = free_port()
    output = os.path.join(CACHE, f"{size}-serve")
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
        if process.poll() is not None:
            sys.exit(f"glasshouse serve on {size} exited with status {process.returncode}")
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
    memory = int(re.search(r"MemTotal:\s*(\d+)", open("/proc/meminfo").read()).group(1)) / 1024 / 1024
    system = re.search(r'PRETTY_NAME="(.*)"', open("/etc/os-release").read()) if os.path.exists("/etc/os-release") else None
    try:
        swift = run(["swift", "--version"]).stdout.strip().splitlines()[0]
        swift = re.search(r"Swift version (\S+)", swift).group(1)
    except Exception:
        swift = "?"
    commit = run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]).stdout.strip()
    dirty = run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"]).stdout.strip()
    return (f"{cpu.group(1).strip() if cpu else platform.processor() or 'unknown CPU'}, {os.cpu_count()} cores, {memory:.0f} GiB RAM, "
            f"{system.group(1) if system else platform.system()}, Swift {swift} (release build), commit {commit}{' + local changes' if dirty else ''}")


def thousands(value):
    return f"{value:,.0f}"


def rows_text(count):
    return f"{count / 1e6:.2f} M" if count >= 1e6 else f"{count / 1e3:.0f} k"


def mismatch_text(count):
    return f"{count} mismatch{'' if count == 1 else 'es'}"


def verdict(ok):
    return "**yes**" if ok else "**no**"


def extrapolation(low, high):
    """Straight lines through the two largest sizes (input MB → wall, CPU, RSS), evaluated at
    10,000 teams; input MB per team-month from the same two sizes."""
    (low_name, a), (high_name, b) = low, high
    work = lambda name: ALL_SIZES[name][0] * ALL_SIZES[name][1]
    input_per_unit = (b["input"] - a["input"]) / (work(high_name) - work(low_name))
    lines = {}
    for key in ("wall", "cpu", "rss"):
        slope = (b[key] - a[key]) / (b["input"] - a["input"])
        lines[key] = (slope, b[key] - slope * b["input"])
    out = []
    for months in (24, 36):
        mb = b["input"] + input_per_unit * (EXTRAPOLATE_TEAMS * months - work(high_name))
        out.append((months, mb, *(lines[k][0] * mb + lines[k][1] for k in ("wall", "cpu", "rss"))))
    slope, intercept = lines["rss"]
    fits_mb = (MEMORY_BUDGET_MB - intercept) / slope if slope > 0 else float("inf")
    fits_work = work(high_name) + (fits_mb - b["input"]) / input_per_unit
    fits_teams = {months: fits_work / months for months in (24, 36)}
    return lines, input_per_unit, out, fits_mb, fits_teams


def report(info, results, rows, reference, peers, latency, large, generated):
    lines = []
    say = lines.append
    low_load, high_load = min(v for _, v in LOADS), max(v for _, v in LOADS)
    say(f"Measured {info['date']} by `make bench` (median of {RUNS} run{'s' if RUNS > 1 else ''} per figure, peak RSS the maximum).")
    say("")
    say(f"Machine: {info['machine']}; DuckDB {peers['duckdb_version']} (PyPI), Hugo {peers['hugo_version']}. "
        f"Load average (1 min) {info['load_start']:.2f} at the start, {info['load_end']:.2f} at the end, "
        f"{low_load:.2f}–{high_load:.2f} between steps (the machine is shared: a load above the core count slows every figure).")
    say("")
    say("| size | teams × months | deployment rows | change rows | SLI rows | input MB | pages | wall s | CPU s | MB/s | peak RSS MB | load | compute | present | write |")
    say("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for size, r in results.items():
        teams, months = ALL_SIZES[size]
        s, n = r["stages"], rows[size]
        say(f"| {size} | {thousands(teams)} × {months} | {rows_text(n['deployments.csv'])} | {rows_text(n['changes.csv'])} | {rows_text(n['sli.csv'])} "
            f"| {r['input']:.0f} | {thousands(r['pages'])} | {r['wall']:.2f} | {r['cpu']:.2f} | {r['input'] / r['wall']:.1f} | {r['rss']:.0f} "
            f"| {s['load']:.2f} | {s['compute']:.2f} | {s['present']:.2f} | {s['write']:.2f} |")
    if generated:
        say("")
        say("Generated in this run with `glasshouse sample`: " + ", ".join(f"{size} in {seconds:.0f} s" for size, seconds in generated.items()) + ".")
    ref = results[reference]
    duck, hugo = peers["duckdb"], peers["hugo"]
    say("")
    say(f"Peers on {reference} (same files, same run, interleaved with {reference}'s builds): DuckDB's DORA query (`bench/dora.sql`) "
        f"{duck:.2f} s over {peers['duckdb_teams']} teams with **{mismatch_text(peers['mismatches'])}** against Glasshouse's export; "
        f"Hugo {hugo:.2f} s for {thousands(peers['hugo_pages'])} pages ({hugo / peers['hugo_pages'] * 1000:.2f} ms/page).")
    for size, (seconds, teams, mismatches) in peers.get("duckdb_more", {}).items():
        say(f"DuckDB on {size}: {seconds:.2f} s over {teams} teams, {mismatch_text(mismatches)} "
            f"({seconds / duck:.2f} × its {reference} time for {results[size]['input'] / ref['input']:.2f} × the input).")
    say("")
    say("| target (issue 14) | limit | measured | ratio | met |")
    say("|---|---|---|---|---|")
    def row(name, limit, measured, ratio, ok):
        say(f"| {name} | {limit} | {measured} | {ratio} | {ok} |")
    if latency:
        row(f"(a) serve on {reference}: a team's note edited → status reports the new build", "≤ 300 ms",
            f"{latency['note'] * 1000:,.0f} ms", f"{latency['note'] / 0.3:.2f} × limit", verdict(latency["note"] <= 0.3))
        row(f"(b) serve on {reference}: the team's deployments.csv edited (3 rows appended)", "≤ 1 s",
            f"{latency['deployments'] * 1000:,.0f} ms", f"{latency['deployments'] / 1:.2f} × limit", verdict(latency["deployments"] <= 1))
        row(f"(c) serve on {reference}: a theme template edited → every page re-rendered, no data reloaded", "report the time",
            f"{latency['template'] * 1000:,.0f} ms", "—", "—")
    per_page = (ref["stages"]["present"] + ref["stages"]["write"]) / ref["pages"]
    hugo_page = hugo / peers["hugo_pages"]
    row(f"(d) present+write per page on {reference} vs Hugo's per page", "≤ 0.7 × Hugo",
        f"{per_page * 1000:.2f} vs {hugo_page * 1000:.2f} ms/page", f"{per_page / hugo_page:.2f} × Hugo", verdict(per_page <= 0.7 * hugo_page))
    load_compute = ref["stages"]["load"] + ref["stages"]["compute"]
    row(f"(e) load+compute of {reference} vs DuckDB's DORA query", "≤ 0.7 × DuckDB",
        f"{load_compute:.2f} vs {duck:.2f} s", f"{load_compute / duck:.2f} × DuckDB", verdict(load_compute <= 0.7 * duck))
    row(f"(f) full build of {reference} vs DuckDB + Hugo", "≤ 0.7 × (DuckDB + Hugo)",
        f"{ref['wall']:.2f} vs {duck:.2f} + {hugo:.2f} s", f"{ref['wall'] / (duck + hugo):.2f} × (DuckDB + Hugo)", verdict(ref["wall"] <= 0.7 * (duck + hugo)))
    row(f"(g) peak RSS of {reference}'s full build", "≤ 400 MB", f"{ref['rss']:.0f} MB", f"{ref['rss'] / 400:.2f} × limit", verdict(ref["rss"] <= 400))
    names = list(results)
    if len(names) >= 2:
        low, high = names[-2], names[-1]
        a, b = results[low], results[high]
        input_ratio = b["input"] / a["input"]
        for label, key in (("time", "wall"), ("peak RSS", "rss")):
            ratio = b[key] / a[key]
            row(f"(h) scaling {high}/{low}: {label}", f"≤ 1.1 × input ratio ({input_ratio:.2f})",
                f"{ratio:.2f} ({b[key]:.{1 if key == 'rss' else 2}f} ÷ {a[key]:.{1 if key == 'rss' else 2}f})",
                f"{ratio / input_ratio:.2f} × input ratio", verdict(ratio <= 1.1 * input_ratio))
    if large:
        mb, rss, seconds = large
        row(f"large file (issue 11): one {mb:.0f} MB deployments.csv ({seconds:.1f} s)", "≤ 1.5 × file size",
            f"{rss:.0f} MB", f"{rss / mb:.2f} × file size", verdict(rss <= 1.5 * mb))
    if len(names) >= 2 and results[names[-1]]["input"] > results[names[-2]]["input"]:
        low, high = names[-2], names[-1]
        lines_, per_unit, out, fits_mb, fits_teams = extrapolation((low, results[low]), (high, results[high]))
        say("")
        say(f"Extrapolated to {EXTRAPOLATE_TEAMS:,} teams along the straight lines through {low} and {high} "
            f"(input {per_unit * 1000:.1f} kB per team-month; wall {lines_['wall'][0]:.3f} s, CPU {lines_['cpu'][0]:.3f} s "
            f"and peak RSS {lines_['rss'][0]:.2f} MB per input MB):")
        say("")
        say("| teams × months | input | wall | CPU | peak RSS |")
        say("|---|---|---|---|---|")
        for months, mb, wall, cpu, rss in out:
            say(f"| {EXTRAPOLATE_TEAMS:,} × {months} | {mb / 1000:.1f} GB | {wall / 60:.1f} min | {cpu / 60:.1f} min | {rss / 1000:.1f} GB |")
        say("")
        say(f"At that RSS slope, 8 GiB of memory holds about {fits_mb / 1000:.1f} GB of input: "
            f"{thousands(fits_teams[24])} teams × 24 months or {thousands(fits_teams[36])} teams × 36 months.")
    return "\n".join(lines)


def update_doc(block):
    text = open(DOC).read()
    if BEGIN not in text or END not in text:
        sys.exit(f"{DOC} has no {BEGIN} … {END} block to replace")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    open(DOC, "w").write(text[:start] + "\n" + block + "\n" + text[end:])
    print(f"\nreplaced the results block of {os.path.relpath(DOC, ROOT)}")


def main():
    if not SIZES:
        sys.exit(f"BENCH_SIZES names none of {', '.join(ALL_SIZES)}")
    os.makedirs(CACHE, exist_ok=True)
    info = {"date": time.strftime("%d %b %Y %H:%M UTC", time.gmtime()), "load_start": load_average("start"), "machine": machine()}
    print(f"Machine: {info['machine']}; load average {open('/proc/loadavg').read().split()[:3]}", flush=True)
    fingerprint = generator_fingerprint()
    reference = "L" if "L" in SIZES else list(SIZES)[-1]
    contents, rows, generated = {}, {}, {}
    for size in SIZES:
        contents[size], rows[size], seconds = generate(size, fingerprint)
        if seconds is not None:
            generated[size] = seconds
    results, peers = {}, {}
    for size in SIZES:
        content, output = contents[size], os.path.join(CACHE, f"{size}-site")
        runs = []
        load_average(f"build {size}")
        if size != reference:
            runs = [build(content, output) for _ in range(RUNS)]
        else:
            # Interleaved: build, DuckDB's query, Hugo's render, RUNS times (Hugo's data is the first build's export).
            duck, hugo = DuckDB(content), None
            for _ in range(RUNS):
                runs.append(build(content, output))
                hugo = hugo or Hugo(content, output)
                duck.run()
                hugo.run()
            peers.update(duckdb=statistics.median(duck.times), duckdb_teams=len(duck.rows), mismatches=duck.mismatches(output),
                         duckdb_version=duck.module.__version__, hugo=statistics.median(hugo.times), hugo_pages=hugo.pages(),
                         hugo_version=hugo.version)
        results[size] = summarize(runs, content, output)
        print(f"{size}: {results[size]['wall']:.2f} s wall, {results[size]['rss']:.0f} MB peak RSS", flush=True)
    if "XL" in SIZES and reference == "L":  # DuckDB's scaling too: cheap next to the XL builds
        load_average("DuckDB XL")
        duck = DuckDB(contents["XL"])
        for _ in range(RUNS):
            duck.run()
        peers["duckdb_more"] = {"XL": (statistics.median(duck.times), len(duck.rows), duck.mismatches(results["XL"]["output"]))}
    load_average(f"serve {reference}")
    latency = serve_latency(reference, contents[reference])
    print(f"serve on {reference}: " + ", ".join(f"{kind} {seconds * 1000:.0f} ms" for kind, seconds in latency.items()), flush=True)
    large = None
    if LARGE_MB > 0:
        load_average("large file")
        large = large_file()
    info["load_end"] = load_average("end")
    block = report(info, results, rows, reference, peers, latency, large, generated)
    open(os.path.join(CACHE, "results.md"), "w").write(block + "\n")
    print("\n" + block)
    print("\n(the block above is kept in .bench/results.md; `BENCH_DOC=1 make bench` puts it into docs/performance.md)")
    if os.environ.get("BENCH_DOC") == "1":
        if set(SIZES) != set(ALL_SIZES):
            print(f"\nnot updating {os.path.relpath(DOC, ROOT)}: it keeps results of all sizes (BENCH_SIZES={','.join(SIZES)})")
        else:
            update_doc(block)


if __name__ == "__main__":
    main()
