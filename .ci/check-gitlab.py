#!/usr/bin/env python3
"""Runs the GitLab CI job of the two GitLab files here, as a runner would run its script:
src/cli/templates/gitlab-ci.yml (what `lsk init --ci gitlab` writes, `{version}` filled
in) and packaging/gitlab/lsk.gitlab-ci.yml (for `include:`).

For each, on a copy of examples/omsorg and of examples/trasig: the job `lsk` (with what
it `extends`) gets its variables, a fresh virtual environment stands in for the Python
image, pip installs lsk from the wheel folder given (PIP_NO_INDEX) instead of PyPI, and
the script's lines run in one bash with -eo pipefail, as GitLab's runner does. The job
must pass on omsorg and fail on trasig, and leave gl-code-quality-report.json as the
Code Quality report: a JSON list, empty for omsorg, with check_name, fingerprint,
location.path and severity in each entry for trasig. The file's pinned version must be
Cargo.toml's.

    check-gitlab.py WHEEL_DIR WORK_DIR
"""

import json
import os
import re
import shutil
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cargo_version():
    with open(os.path.join(ROOT, "Cargo.toml"), encoding="utf-8") as f:
        return re.search(r'^version = "(.+)"$', f.read(), re.M).group(1)


def job(config, name):
    """The job with what it extends merged in (variables merged, other keys replaced)."""
    spec = dict(config[name])
    parent = spec.pop("extends", None)
    if parent:
        base = job(config, parent)
        variables = dict(base.get("variables", {}))
        variables.update(spec.get("variables", {}))
        base.update(spec)
        base["variables"] = variables
        spec = base
    return spec


def run_job(spec, wheels, work, example):
    workspace = os.path.join(work, "project")
    shutil.copytree(os.path.join(ROOT, "examples", example), workspace)
    venv = os.path.join(work, "image-python")
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    env = dict(os.environ)
    env.update({"CI": "true", "GITLAB_CI": "true", "CI_PROJECT_DIR": workspace, "LSK_TODAY": "2026-11-24"})
    env.update({"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": wheels})
    env["PATH"] = os.path.join(venv, "bin") + os.pathsep + env["PATH"]
    for key, value in spec.get("variables", {}).items():
        env[key] = re.sub(r"\$\{?(\w+)\}?", lambda m: env.get(m.group(1), ""), str(value))
    script = "\n".join(spec["script"]) + "\n"
    result = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=workspace, env=env, capture_output=True, text=True,
    )
    report = os.path.join(workspace, spec["artifacts"]["reports"]["codequality"])
    return result, report


def check(path, text, wheels, work):
    version = cargo_version()
    config = yaml.safe_load(text)
    spec = job(config, "lsk")
    if spec["artifacts"].get("when") != "always":
        raise SystemExit("{}: the report must be kept when the job fails (artifacts: when: always)".format(path))
    pinned = spec.get("variables", {}).get("LSK_VERSION")
    if pinned is not None and pinned != version:
        raise SystemExit("{}: LSK_VERSION {} is not Cargo.toml's {}".format(path, pinned, version))
    if "cargo" in text:
        raise SystemExit("{}: mentions cargo".format(path))
    for example, status in (("omsorg", 0), ("trasig", 1)):
        where = os.path.join(work, example)
        result, report = run_job(spec, wheels, where, example)
        if result.returncode != status:
            raise SystemExit(
                "{} on examples/{}: status {}, not {}\n{}{}".format(
                    path, example, result.returncode, status, result.stdout, result.stderr
                )
            )
        with open(report, encoding="utf-8") as f:
            issues = json.load(f)
        if not isinstance(issues, list) or (status == 0) != (issues == []):
            raise SystemExit("{} on examples/{}: the report is not as it should be".format(path, example))
        for issue in issues:
            if not (issue.get("check_name") and issue.get("fingerprint") and issue.get("severity")
                    and issue.get("location", {}).get("path")):
                raise SystemExit("{}: a Code Quality entry lacks a field: {}".format(path, issue))
        print("{} on examples/{}: status {}, Code Quality report with {} entries".format(
            path, example, result.returncode, len(issues)))


def main():
    wheels, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    shutil.rmtree(work, ignore_errors=True)
    version = cargo_version()
    template = "src/cli/templates/gitlab-ci.yml"
    with open(os.path.join(ROOT, template), encoding="utf-8") as f:
        check(template, f.read().replace("{version}", version), wheels, os.path.join(work, "init"))
    include = "packaging/gitlab/lsk.gitlab-ci.yml"
    with open(os.path.join(ROOT, include), encoding="utf-8") as f:
        check(include, f.read(), wheels, os.path.join(work, "include"))


if __name__ == "__main__":
    main()
