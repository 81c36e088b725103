"""``python3 -m bifrost run MODULE:FUNCTION [--org ORG] [--arg KEY=VALUE ...]``."""

from __future__ import annotations

import sys

from ._runner import main

if __name__ == "__main__":
    sys.exit(main())
