#!/usr/bin/env python3
"""Writes Sources/GlasshousePresent/Templates/TemplateFields.swift (run by `make generate`).

Every view model (`struct NAME: … ViewModel …`) in GlasshousePresent hands its stored properties to
the templates through `templateFields`, one reader per property, so that rendering never reflects
on a Swift value. The list is the declaration read again, so it is generated from it rather than
kept by hand; TemplateFieldsCoverageTests fails when this file is out of date.
"""
import os
import re

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
present = os.path.join(root, "Sources", "GlasshousePresent")
target = os.path.join(present, "Templates", "TemplateFields.swift")

# The same two patterns TemplateFieldsCoverageTests reads the declarations with.
STRUCT = re.compile(r"^(?:public )?struct (\w+): ([^{]*)\{")
PROPERTY = re.compile(r"^    (?:public )?(?:var|let) (\w+): [^{]+$")

models = []
for folder, folders, names in os.walk(present):
    folders.sort()
    for name in sorted(names):
        path = os.path.join(folder, name)
        if not name.endswith(".swift") or os.path.abspath(path) == os.path.abspath(target):
            continue
        lines = open(path, encoding="utf-8").read().split("\n")
        index = 0
        while index < len(lines):
            match = STRUCT.match(lines[index])
            index += 1
            if not match or "ViewModel" not in match.group(2):
                continue
            fields = []
            while index < len(lines) and lines[index] != "}":
                property = PROPERTY.match(lines[index])
                if property:
                    fields.append(property.group(1))
                index += 1
            models.append((match.group(1), fields))

out = [
    "// Generated from the view-model declarations by `make generate` (Tools/template_fields.py); do not edit.",
    "// TemplateFieldsCoverageTests fails when this file is out of date.",
]
for model, fields in models:
    out += ["", f"extension {model} {{", f"    public static let templateFields = TemplateFields<{model}>("]
    out += [f'        .init("{field}") {{ $0.{field} }}' + ("," if i < len(fields) - 1 else "") for i, field in enumerate(fields)]
    out += ["    )", "}"]
with open(target, "w", encoding="utf-8") as handle:
    handle.write("\n".join(out) + "\n")
print(f"wrote {os.path.relpath(target, root)} ({len(models)} view models)")
