"""The form at / of `biaslens serve`, driven in headless Chromium: its script runs under the page's
Content-Security-Policy, posts to /v1/analyze and shows the HTML report, the JSON or the error.

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON messages
ending in NUL on file descriptors 3 and 4), so no extra package is needed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from test_service import live

from biaslens.service import create_app

ROOT = Path(__file__).resolve().parent.parent
BROWSER = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="headless chromium is not installed (Debian: apt-get "
                                                        "install chromium; .ci/run installs it where it can)")


class Browser:
    """A headless Chromium with one page, spoken to over the DevTools pipe."""

    def __init__(self, tmp: Path) -> None:
        to_browser, self._out = os.pipe()
        self._in, from_browser = os.pipe()

        def wire():  # the browser reads commands on fd 3 and writes answers on fd 4
            a, b = os.dup(to_browser), os.dup(from_browser)
            os.dup2(a, 3)
            os.dup2(b, 4)

        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-extensions", "--remote-debugging-pipe",
                 "--disable-site-isolation-trials", "--disable-features=IsolateSandboxedIframes",
                 f"--user-data-dir={tmp / 'profile'}", "about:blank"]
        self.proc = subprocess.Popen([BROWSER, *flags], preexec_fn=wire, close_fds=False,  # noqa: PLW1509
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     env={**os.environ, "HOME": str(tmp)})
        os.close(to_browser)
        os.close(from_browser)
        self._n, self._buf, self.events = 0, b"", []
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Runtime", "Log", "Page"):
            self.send(f"{domain}.enable", session=True)

    def send(self, method: str, *, session: bool = False, **params) -> dict:
        self._n += 1
        message = {"id": self._n, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self._buf:
                chunk = os.read(self._in, 1 << 16)
                assert chunk, "chromium closed the DevTools pipe"
                self._buf += chunk
            raw, self._buf = self._buf.split(b"\0", 1)
            answer = json.loads(raw)
            if answer.get("id") == self._n:
                assert "error" not in answer, answer["error"]
                return answer["result"]
            self.events.append(answer)

    def js(self, expression: str):
        result = self.send("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def wait_for(self, expression: str, seconds: float = 30):
        deadline = time.monotonic() + seconds
        while not (value := self.js(expression)):
            assert time.monotonic() < deadline, f"timed out waiting for {expression}"
            time.sleep(0.1)
        return value

    def wait_for_frame_document(self, seconds: float = 30) -> str:
        """The DOM of the report frame's own document (not its srcdoc attribute), once it has a body."""
        deadline = time.monotonic() + seconds
        while True:
            root = self.send("DOM.getDocument", session=True, depth=-1, pierce=True)["root"]
            frames = [n for n in walk(root) if n.get("nodeName") == "IFRAME" and "contentDocument" in n]
            content = json.dumps(frames[0]["contentDocument"]) if frames else ""
            if '"nodeName": "BODY"' in content and '"nodeName": "MAIN"' in content:
                return content
            assert time.monotonic() < deadline, "the report frame never rendered"
            time.sleep(0.1)

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait(10)
        os.close(self._out)
        os.close(self._in)


def walk(node: dict):
    yield node
    for child in node.get("children", ()):
        yield from walk(child)


@pytest.fixture(scope="module")
def page(analyzer, tmp_path_factory):
    browser = Browser(tmp_path_factory.mktemp("chromium"))
    with live(create_app(analyzer)) as base:
        browser.send("Page.navigate", session=True, url=base + "/")
        browser.wait_for("document.readyState === 'complete' && !!document.getElementById('go')")
        yield browser
    browser.close()


FILL = """(function (text, title, as) {
  document.getElementById('text').value = text; document.getElementById('title').value = title;
  document.querySelector('input[name=as][value=' + as + ']').checked = true;
  document.getElementById('report').hidden = document.getElementById('json').hidden = true;
  document.getElementById('status').textContent = 'waiting';
  document.getElementById('go').click(); return true;
})(%s, %s, %s)"""


def submit(page, text: str, title: str = "", as_: str = "html") -> None:
    page.js(FILL % (json.dumps(text), json.dumps(title), json.dumps(as_)))


def test_form_shows_the_html_report(page):
    submit(page, "The council approved the plan, the mayor said. Critics called it a reckless giveaway.",
           "Harbor plan")
    page.wait_for("!document.getElementById('report').hidden")
    assert page.js("document.getElementById('status').textContent") == ""
    frame = page.wait_for_frame_document()
    assert "giveaway" in frame and '"nodeName": "MARK"' in frame  # the report rendered inside the frame
    refused = [e for e in page.events if "Refused" in json.dumps(e)]
    assert not refused, refused  # the page's own script ran under its policy, and nothing was blocked
    shots = ROOT / "artifacts"  # ignored by git: a picture to look at, never committed
    shots.mkdir(exist_ok=True)
    shot = page.send("Page.captureScreenshot", session=True)["data"]
    (shots / "serve-form.png").write_bytes(__import__("base64").b64decode(shot))


def test_form_shows_json_and_errors(page):
    submit(page, "The mayor said the plan was fine.", as_="json")
    text = page.wait_for("!document.getElementById('json').hidden && document.getElementById('json').textContent")
    assert json.loads(text)["schema_version"]
    submit(page, "   ")
    status = page.wait_for("(s => /^[0-9]{3}: /.test(s) && s)(document.getElementById('status').textContent)")
    assert status.startswith("422: ") and "empty" in status
    assert page.js("document.getElementById('status').className") == "error"
