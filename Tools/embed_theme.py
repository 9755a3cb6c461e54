#!/usr/bin/env python3
"""Writes Sources/GlasshouseLoad/BundledTheme.swift from Themes/default (run by `make theme`).

The default theme is built into the binary so that a copied `glasshouse` works from any folder;
Themes/default stays the editable source. BundledThemeTests fails when the generated file is out
of date with Themes/default.
"""
import base64
import os
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
theme = os.path.join(root, "Themes", "default")
target = os.path.join(root, "Sources", "GlasshouseLoad", "BundledTheme.swift")

entries = []
for folder, folders, names in os.walk(theme):
    folders[:] = sorted(f for f in folders if not f.startswith("."))
    for name in sorted(names):
        if name.startswith("."):
            continue
        path = os.path.join(folder, name)
        relative = os.path.relpath(path, theme).replace(os.sep, "/")
        with open(path, "rb") as handle:
            entries.append((relative, base64.b64encode(handle.read()).decode("ascii")))
entries.sort()

lines = [
    "// Generated from Themes/default by `make theme` (Tools/embed_theme.py); do not edit.",
    "// BundledThemeTests fails when this file is out of date with Themes/default.",
    "",
    "/// The default theme built into the binary: each file's path below `Themes/default/` and its",
    "/// bytes in base64. `Themes/default/` on disk is the source and overrides any of these files.",
    "enum BundledTheme {",
    "    static let files: [String: String] = [",
]
lines += [f'        "{path}": "{data}",' for path, data in entries]
lines += ["    ]", "}", ""]
text = "\n".join(lines)
if len(sys.argv) > 1 and sys.argv[1] == "--check":
    with open(target, encoding="utf-8") as handle:
        sys.exit(0 if handle.read() == text else 1)
with open(target, "w", encoding="utf-8") as handle:
    handle.write(text)
print(f"wrote {os.path.relpath(target, root)} ({len(entries)} files)")
