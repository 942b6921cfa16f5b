"""The job summary of the lsk GitHub Action ($GITHUB_STEP_SUMMARY), in Markdown.

Reads what `lsk check --format json` wrote and prints: a heading with the counts, a table
of counts per rule (errors, warnings, silenced), and the errors with file and line (linked
to the commit when run in GitHub Actions); the warnings in a folded list. Standard library
only, Python 3.8 or later.

    python github-summary.py CHECK_JSON EXIT_STATUS [--lang sv|en] [--outputs FILE]

--outputs appends `errors=N` and `warnings=N` to FILE (the step's $GITHUB_OUTPUT).
"""

import argparse
import json
import os
import posixpath
import sys

# At most this many findings of each severity are listed; the rest are counted.
LIMIT = 200

TEXTS = {
    "sv": {
        "title": "lsk check",
        "clean": "Inga fel eller varningar i {documents} dokument.",
        "counts": "{errors} fel och {warnings} varningar i {documents} dokument.",
        "failed": "`lsk check` kunde inte köras (slutkod {status}); se jobbets logg.",
        "rule": "regel",
        "name": "namn",
        "errors": "fel",
        "warnings": "varningar",
        "silenced": "tystade",
        "errors_heading": "Fel",
        "warnings_heading": "Varningar",
        "more": "… och {n} till: kör `lsk check` för alla.",
    },
    "en": {
        "title": "lsk check",
        "clean": "No errors or warnings in {documents} documents.",
        "counts": "{errors} errors and {warnings} warnings in {documents} documents.",
        "failed": "`lsk check` could not run (exit status {status}); see the job's log.",
        "rule": "rule",
        "name": "name",
        "errors": "errors",
        "warnings": "warnings",
        "silenced": "silenced",
        "errors_heading": "Errors",
        "warnings_heading": "Warnings",
        "more": "… and {n} more: run `lsk check` for all of them.",
    },
}


def one_line(text):
    """A message on one line, with nothing that would end a table cell or a list item."""
    return " ".join(str(text).split()).replace("|", "\\|")


def repository_path(root, file):
    """The finding's file relative to the checkout, or None if that cannot be said."""
    path = posixpath.normpath(posixpath.join(root.replace("\\", "/"), file))
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if posixpath.isabs(path) or os.path.isabs(path):
        if not workspace:
            return None
        try:
            path = os.path.relpath(path, workspace).replace("\\", "/")
        except ValueError:
            return None
    return None if path.startswith("../") else path


def location(diagnostic, root):
    """`file:line`, linked to the file at the commit when in GitHub Actions."""
    file, line = diagnostic.get("file", ""), diagnostic.get("line")
    label = "{}:{}".format(file, line) if line else file
    server, repo, sha = (
        os.environ.get("GITHUB_SERVER_URL"),
        os.environ.get("GITHUB_REPOSITORY"),
        os.environ.get("GITHUB_SHA"),
    )
    path = repository_path(root, file) if file else None
    if server and repo and sha and path:
        anchor = "#L{}".format(line) if line else ""
        return "[`{}`]({}/{}/blob/{}/{}{})".format(label, server, repo, sha, path, anchor)
    return "`{}`".format(label)


def findings(out, diagnostics, root, t):
    for d in diagnostics[:LIMIT]:
        out.append(
            "- {} **{}** {}".format(location(d, root), d.get("code", ""), one_line(d.get("message", "")))
        )
    if len(diagnostics) > LIMIT:
        out.append("- " + t["more"].format(n=len(diagnostics) - LIMIT))


def summary(report, status, t):
    """The Markdown lines for one `lsk check --format json` report."""
    diagnostics = report.get("diagnostics", [])
    counts = report.get("summary", {})
    errors, warnings = counts.get("errors", 0), counts.get("warnings", 0)
    documents = report.get("documents", 0)
    root = report.get("root", ".")
    out = ["## " + t["title"], ""]
    if errors == 0 and warnings == 0:
        out.append(":white_check_mark: " + t["clean"].format(documents=documents))
    else:
        mark = ":x:" if errors else ":warning:"
        out.append(mark + " " + t["counts"].format(errors=errors, warnings=warnings, documents=documents))
    if status not in (0, 1):
        out += ["", t["failed"].format(status=status)]

    per_rule = {}
    for d in diagnostics:
        rule = per_rule.setdefault(d.get("code", ""), {"name": d.get("name", ""), "error": 0, "warning": 0})
        if d.get("severity") in ("error", "warning"):
            rule[d["severity"]] += 1
    silenced = report.get("suppressed", {}) or {}
    for code in silenced:
        per_rule.setdefault(code, {"name": "", "error": 0, "warning": 0})
    if per_rule:
        out += [
            "",
            "| {} | {} | {} | {} | {} |".format(t["rule"], t["name"], t["errors"], t["warnings"], t["silenced"]),
            "| --- | --- | ---: | ---: | ---: |",
        ]
        for code in sorted(per_rule):
            rule = per_rule[code]
            out.append(
                "| {} | {} | {} | {} | {} |".format(
                    code, rule["name"], rule["error"], rule["warning"], silenced.get(code, 0)
                )
            )

    errors_list = [d for d in diagnostics if d.get("severity") == "error"]
    warnings_list = [d for d in diagnostics if d.get("severity") == "warning"]
    if errors_list:
        out += ["", "### " + t["errors_heading"], ""]
        findings(out, errors_list, root, t)
    if warnings_list:
        out += ["", "<details><summary>{} ({})</summary>".format(t["warnings_heading"], len(warnings_list)), ""]
        findings(out, warnings_list, root, t)
        out += ["", "</details>"]
    return out, errors, warnings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", help="the output of lsk check --format json")
    parser.add_argument("status", type=int, help="the exit status of lsk check")
    parser.add_argument("--lang", choices=sorted(TEXTS), default="sv")
    parser.add_argument("--outputs", help="append errors= and warnings= to this file")
    args = parser.parse_args()
    t = TEXTS[args.lang]
    try:
        with open(args.report, encoding="utf-8") as f:
            report = json.load(f)
    except (OSError, ValueError):
        report = None
    if not isinstance(report, dict):
        lines, errors, warnings = ["## " + t["title"], "", ":x: " + t["failed"].format(status=args.status)], "", ""
    else:
        lines, errors, warnings = summary(report, args.status, t)
    # UTF-8 whatever the console's code page (Windows runners).
    sys.stdout.buffer.write(("\n".join(lines) + "\n").encode("utf-8"))
    if args.outputs:
        with open(args.outputs, "a", encoding="utf-8") as f:
            f.write("errors={}\nwarnings={}\n".format(errors, warnings))


if __name__ == "__main__":
    main()
