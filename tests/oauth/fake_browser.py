"""``$BROWSER`` for subprocess tests: fetch the address and follow the redirect with urllib.

``webbrowser`` waits for a ``$BROWSER`` command to exit, as it does for a console browser.
"""

from __future__ import annotations

import sys
import urllib.request

if __name__ == "__main__":
    with urllib.request.urlopen(sys.argv[1], timeout=10) as response:
        page = response.read().decode()
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w", encoding="utf-8") as out:
            out.write(page)
