#!/usr/bin/env python3
"""Writes a content folder with one team whose deployments.csv is about SIZE megabytes.

Usage: bench/large_file.py FOLDER [SIZE_MB]. Deterministic: the same size gives the same bytes.
Used by `make bench` (the "large file" row) to measure peak memory against the file's size.
"""
import os
import sys


def write(folder, size_mb):
    os.makedirs(os.path.join(folder, "teams", "big"), exist_ok=True)
    with open(os.path.join(folder, "site.yaml"), "w") as f:
        f.write("title: Large file\ntimezone: UTC\nas_of: 2026-11-20\ncurrency: EUR\n")
    with open(os.path.join(folder, "teams", "big", "team.yaml"), "w") as f:
        f.write("name: Big\nservices: [api]\n")
    target = size_mb * 1_000_000
    statuses = ["success"] * 17 + ["failed", "rollback", "aborted"]
    environments = ["production"] * 3 + ["staging"]
    start = 1_700_000_000  # 2023-11-14; rows step 9 s, so 400 MB spans about two years
    path = os.path.join(folder, "teams", "big", "deployments.csv")
    with open(path, "w", newline="") as f:
        f.write("id,finished_at,service,environment,status,rework\n")
        written, row, chunk = 0, 0, []
        while written < target:
            seconds = start + row * 9
            days, rest = divmod(seconds, 86400)
            line = "big-%08d,%s,api-%d,%s,%s,%s\n" % (
                row, stamp(days, rest), row % 7, environments[row % 4], statuses[row % 20], "true" if row % 13 == 0 else "false")
            chunk.append(line)
            written += len(line)
            row += 1
            if len(chunk) == 10000:
                f.write("".join(chunk))
                chunk = []
        f.write("".join(chunk))
    return path


def stamp(days, rest):
    # Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    y += m <= 2
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, rest // 3600, rest // 60 % 60, rest % 60)


if __name__ == "__main__":
    print(write(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 400))
