"""Derives the large specs of the SDK benchmark (scripts/bench-sdk) from a real one, deterministically.

  sdkspecs.py big SRC.json OUT.json [--copies 9]
      SRC's paths replicated COPIES times under the prefixes /v1 ... /vN, every operationId
      suffixed "-v1" ... "-vN", with the components shared. `example` and `examples` members and
      components/examples are dropped, and so are webhooks (x-webhooks, webhooks): they add bytes
      the generator skips without reading. Written as compact JSON. From GitHub's REST spec
      (1,223 operations, 969 schemas) 9 copies give 11,007 operations in about 21 MB, the size of
      Microsoft Graph-class specs.
  sdkspecs.py yaml SRC.json OUT.yaml
      The same document as YAML (block style, key order kept, libyaml's emitter when available).
  sdkspecs.py stats SPEC
      Prints "BYTES bytes, N operations, M schemas" (JSON or YAML).

Run with Debian's /usr/bin/python3 (python3-yaml).
"""

import argparse
import json
import sys
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def strip_examples(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: strip_examples(v) for k, v in node.items() if k not in ("example", "examples")}
    if isinstance(node, list):
        return [strip_examples(v) for v in node]
    return node


def big(src: str, out: str, copies: int) -> None:
    with open(src, encoding="utf-8") as f:
        spec = json.load(f)
    paths: dict[str, Any] = {}
    for copy in range(1, copies + 1):
        for path, item in spec.get("paths", {}).items():
            item = strip_examples(item)
            for method in METHODS:
                op = item.get(method)
                if isinstance(op, dict) and isinstance(op.get("operationId"), str):
                    op["operationId"] = f"{op['operationId']}-v{copy}"
            paths[f"/v{copy}{path}"] = item
    spec["paths"] = paths
    spec.pop("x-webhooks", None)
    spec.pop("webhooks", None)
    components = spec.get("components")
    if isinstance(components, dict):
        components.pop("examples", None)
        spec["components"] = strip_examples(components)
    info = spec.setdefault("info", {})
    info["title"] = f"{info.get('title', 'API')} x{copies}"
    with open(out, "w", encoding="utf-8") as f:
        json.dump(spec, f, separators=(",", ":"), ensure_ascii=False)
        f.write("\n")


def to_yaml(src: str, out: str) -> None:
    import yaml

    with open(src, encoding="utf-8") as f:
        spec = json.load(f)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with open(out, "w", encoding="utf-8") as f:
        yaml.dump(spec, f, Dumper=dumper, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)


def load_any(path: str) -> Any:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.lstrip()[:1] in ("{", "["):
        return json.loads(text)
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def stats(path: str) -> None:
    import os

    spec = load_any(path)
    ops = sum(1 for item in spec.get("paths", {}).values() for m in METHODS if isinstance(item.get(m), dict))
    schemas = len(spec.get("components", {}).get("schemas", {}) or spec.get("definitions", {}))
    print(f"{os.path.getsize(path)} bytes, {ops} operations, {schemas} schemas")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("big")
    b.add_argument("src")
    b.add_argument("out")
    b.add_argument("--copies", type=int, default=9)
    y = sub.add_parser("yaml")
    y.add_argument("src")
    y.add_argument("out")
    s = sub.add_parser("stats")
    s.add_argument("spec")
    args = parser.parse_args()
    if args.command == "big":
        big(args.src, args.out, args.copies)
    elif args.command == "yaml":
        to_yaml(args.src, args.out)
    else:
        stats(args.spec)
    return 0


if __name__ == "__main__":
    sys.exit(main())
