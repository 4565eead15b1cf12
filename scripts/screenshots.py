"""Screenshots of the workbench's pages at 1280x800 and at a phone's 390x844, for a person's check.

    .venv/bin/python scripts/screenshots.py [OUTDIR]     # default: screenshots/

Serves the bundled graph with ``kg serve`` on a free port, opens each page in headless
Chromium (Debian's, or ``KG_CHROMIUM``; Playwright comes with the ``test`` extra) and writes
``<width>-<page>.png``: the first screenful, as a reader sees it, and ``...-full.png``, the
whole page. The automated part of the check (nothing wider than the screen, WCAG AA
contrast, every control reached from the keyboard) is in tests/test_server_browser.py.
Chinese names need a CJK font on this machine (Debian: ``fonts-wqy-microhei``); without one
they show as boxes in the screenshots, though not in a reader's browser that has one.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "home": "/",
    "entity": "/entity/beijing",
    "entity-depth-2": "/entity/huairou-science-city?depth=2",
    "measure": "/measure/rd-spending-share-of-gdp",
    "source-reader": "/source/peoples-daily-beijing-innovation-center",
    "query-results": "/sparql?query=SELECT%20%3Fc%20WHERE%20%7B%20%3Fc%20a%20kg%3AScienceCity%20%7D",
    "compare": "/compare?a=beijing&b=haidian-district",
    "search": "/search?q=science",
    "graph": "/graph",
    "review": "/review",
}
SIZES = ((1280, 800), (390, 844))


def main() -> None:
    browser_path = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
    try:
        import playwright.sync_api  # noqa: F401 - the test extra's
    except ImportError:
        sys.exit("error: Playwright is missing: pip install -e '.[test]'")
    if not Path(browser_path).is_file():
        sys.exit(f"error: no Chromium at {browser_path}: bash scripts/browser.sh, or set KG_CHROMIUM")
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    kg = [sys.executable, "-m", "kg"]
    server = subprocess.Popen([*kg, "serve", "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/favicon.ico", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=browser_path)
            for width, height in SIZES:
                page = browser.new_page(viewport={"width": width, "height": height})
                for name, path in PAGES.items():
                    page.goto(base + path)
                    page.wait_for_load_state("networkidle")
                    page.wait_for_timeout(500)  # the graphs settle
                    page.screenshot(path=str(out / f"{width}-{name}.png"))
                    page.screenshot(path=str(out / f"{width}-{name}-full.png"), full_page=True)
                page.close()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"{len(PAGES) * len(SIZES) * 2} screenshots in {out}/")


if __name__ == "__main__":
    main()
