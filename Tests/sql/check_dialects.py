#!/usr/bin/env python3
"""Every dialect of `glasshouse sql` parses back with sqlglot in its own dialect (docs/scale.md).

    check_dialects.py BINARY CONTENT
"""
import subprocess
import sys

import sqlglot
from sqlglot.errors import ErrorLevel

DIALECTS = ["duckdb", "bigquery", "spark", "snowflake", "trino"]


def main():
    binary, content = sys.argv[1], sys.argv[2]
    failed = []
    for dialect in DIALECTS:
        for granularity in ("week", "month"):
            text = subprocess.run([binary, "sql", "--dialect", dialect, "--content", content, "--granularity", granularity],
                                  check=True, capture_output=True, text=True).stdout
            try:
                statements = sqlglot.parse(text, read=dialect, error_level=ErrorLevel.RAISE)
                if len([s for s in statements if s is not None]) != 1:
                    raise ValueError(f"{len(statements)} statements, expected one query")
            except Exception as error:  # noqa: BLE001 - report any parse failure
                failed.append(f"{dialect} {granularity}: {str(error).splitlines()[0]}")
    for line in failed:
        print("FAIL " + line)
    print(f"sql-dialects: {2 * len(DIALECTS) - len(failed)} of {2 * len(DIALECTS)} queries parse back (sqlglot {sqlglot.__version__})")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
