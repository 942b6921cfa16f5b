#!/usr/bin/env python3
"""Checks the GitHub Action (action.yml) and the workflow that `lsk init --ci github`
writes (src/cli/templates/github-workflow.yml) by running them here.

actionlint lints workflows but not an action's own metadata and steps, and neither can
run on GitHub from here. So this script:
- checks action.yml's structure: a composite action; every input and output described;
  every `uses:` pinned to a commit with its version in a comment; every `run:` step has
  a shell and no `${{ }}` in its script (values come in through env); every
  `inputs.X` and `steps.ID` it refers to exists;
- shellchecks every `run:` script;
- runs the steps as the runner would, in order, with the files GITHUB_OUTPUT, GITHUB_ENV,
  GITHUB_PATH and GITHUB_STEP_SUMMARY, on examples/omsorg (passes) and examples/trasig
  (fails, with the summary and the outputs filled in). `uses:` steps are stood in for:
  setup-python gives this Python, the cache does nothing, upload-sarif checks that its
  condition holds and its file is SARIF 2.1.0. pip installs lsk from the wheel folder
  given (PIP_NO_INDEX), not from PyPI;
- runs the workflow template's `run:` steps the same way.

    check-github.py WHEEL_DIR WORK_DIR
"""

import json
import os
import re
import shutil
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", re.S)
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


class Failure(Exception):
    pass


def cargo_version():
    with open(os.path.join(ROOT, "Cargo.toml"), encoding="utf-8") as f:
        return re.search(r'^version = "(.+)"$', f.read(), re.M).group(1)


# ---------------------------------------------------------------------------- structure


def check_structure(action, text):
    problems = []
    for key in ("name", "description", "runs"):
        if key not in action:
            problems.append("no `{}`".format(key))
    runs = action.get("runs", {})
    if runs.get("using") != "composite":
        problems.append("runs.using is not composite")
    inputs = action.get("inputs", {})
    for name, spec in inputs.items():
        if not spec.get("description"):
            problems.append("input {} has no description".format(name))
        if "default" in spec and not isinstance(spec["default"], str):
            problems.append("input {}: the default is not a string".format(name))
    steps = runs.get("steps", [])
    ids = [s.get("id") for s in steps if s.get("id")]
    if len(ids) != len(set(ids)):
        problems.append("step ids repeat")
    for name, spec in action.get("outputs", {}).items():
        if not spec.get("description") or "value" not in spec:
            problems.append("output {} needs a description and a value".format(name))
    for i, step in enumerate(steps):
        label = step.get("name", "step {}".format(i + 1))
        if ("uses" in step) == ("run" in step):
            problems.append("{}: one of uses and run".format(label))
        if "run" in step:
            if "shell" not in step:
                problems.append("{}: a run step needs shell".format(label))
            if "${{" in step["run"]:
                problems.append("{}: ${{{{ }}}} in the script; pass it through env".format(label))
        if "uses" in step and not PINNED.match(step["uses"]):
            problems.append("{}: `{}` is not pinned to a commit".format(label, step["uses"]))
    for line in text.splitlines():
        if re.search(r"uses: \S+@[0-9a-f]{40}", line) and not re.search(r"# v\d", line):
            problems.append("no version comment: " + line.strip())
    for ref in re.findall(r"inputs\.([\w-]+)", text):
        if ref not in inputs:
            problems.append("inputs.{} is not declared".format(ref))
    for ref in re.findall(r"steps\.([\w-]+)\.", text):
        if ref not in ids:
            problems.append("steps.{} does not exist".format(ref))
    if problems:
        raise Failure("action.yml: " + "; ".join(problems))


def shellcheck(steps, where):
    for step in steps:
        if "run" not in step:
            continue
        result = subprocess.run(
            ["shellcheck", "--shell=bash", "-"], input=step["run"], text=True, capture_output=True
        )
        if result.returncode != 0:
            raise Failure("{}, step {!r}:\n{}".format(where, step.get("name"), result.stdout))


# ---------------------------------------------------------------------------- running


class Runner:
    """Runs steps as GitHub's runner does, far enough for these files."""

    def __init__(self, work, example, inputs, env):
        """`work` gets the runner's files and `work/workspace`, a copy of the example
        repository as a checkout would leave it."""
        os.makedirs(work)
        self.workspace = os.path.join(work, "workspace")
        shutil.copytree(os.path.join(ROOT, "examples", example), self.workspace)
        self.temp = os.path.join(work, "runner-temp")
        os.makedirs(self.temp)
        self.summary = os.path.join(work, "summary.md")
        open(self.summary, "w").close()
        self.inputs = inputs
        self.env = env
        self.outputs = {}
        self.path_prefix = []
        self.failed = False
        self.status = 0
        self.log = []
        self.stdout = ""

    def value(self, expression):
        expression = expression.strip()
        m = re.fullmatch(r"inputs\.([\w-]+)", expression)
        if m:
            return self.inputs[m.group(1)]
        m = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expression)
        if m:
            return self.outputs.get(m.group(1), {}).get(m.group(2), "")
        known = {"runner.temp": self.temp, "runner.os": "Linux", "runner.arch": "X64", "github.action_path": ROOT}
        if expression in known:
            return known[expression]
        raise Failure("no stand-in for the expression `{}`".format(expression))

    def expand(self, text):
        return EXPRESSION.sub(lambda m: str(self.value(m.group(1))), str(text))

    def condition(self, text):
        if text is None:
            return not self.failed
        text = EXPRESSION.sub(lambda m: m.group(1), str(text)).strip()
        python = text.replace("&&", " and ").replace("||", " or ")
        python = re.sub(r"!(?!=)", " not ", python)
        python = python.replace("always()", "True").replace("cancelled()", "False")
        python = python.replace("failure()", repr(self.failed)).replace("success()", repr(not self.failed))
        python = re.sub(
            r"\b(inputs\.[\w-]+|steps\.[\w-]+\.outputs\.[\w-]+)",
            lambda m: repr(self.value(m.group(1))),
            python,
        )
        return bool(eval(python, {"__builtins__": {}}, {"True": True, "False": False}))

    def run(self, steps):
        for step in steps:
            label = self.expand(step.get("name", step.get("uses", "run")))
            if not self.condition(step.get("if")):
                self.log.append("skipped: " + label)
                continue
            if "uses" in step:
                self.stand_in(step, label)
            else:
                self.shell(step, label)

    def stand_in(self, step, label):
        uses, given = step["uses"], {k: self.expand(v) for k, v in step.get("with", {}).items()}
        outputs = self.outputs.setdefault(step.get("id", ""), {})
        if uses.startswith("actions/setup-python@"):
            outputs["python-path"] = sys.executable
        elif uses.startswith("actions/cache@") or uses.startswith("actions/checkout@"):
            pass
        elif uses.startswith("github/codeql-action/upload-sarif@"):
            with open(given["sarif_file"], encoding="utf-8") as f:
                sarif = json.load(f)
            if sarif.get("version") != "2.1.0" or not sarif.get("runs"):
                raise Failure("{}: {} is not SARIF 2.1.0".format(label, given["sarif_file"]))
            self.log.append("would upload: " + given["sarif_file"])
            return
        else:
            raise Failure("no stand-in for " + uses)
        self.log.append("stood in: " + label)

    def shell(self, step, label):
        files = {n: os.path.join(self.temp, n.lower()) for n in ("GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH")}
        for path in files.values():
            open(path, "w").close()
        env = dict(os.environ)
        env.update(self.env)
        env.update({k: self.expand(v) for k, v in step.get("env", {}).items()})
        env.update(files)
        env.update({"RUNNER_TEMP": self.temp, "GITHUB_STEP_SUMMARY": self.summary, "GITHUB_ACTIONS": "true"})
        env["PATH"] = os.pathsep.join(self.path_prefix + [env["PATH"]])
        script = os.path.join(self.temp, "step.sh")
        with open(script, "w", encoding="utf-8") as f:
            f.write(step["run"])
        result = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", script],
            cwd=os.path.join(self.workspace, step.get("working-directory", ".")),
            env=env,
            capture_output=True,
            text=True,
        )
        self.log.append("{}: exit {}".format(label, result.returncode))
        self.stdout += result.stdout + result.stderr
        with open(files["GITHUB_OUTPUT"], encoding="utf-8") as f:
            outputs = dict(line.split("=", 1) for line in f.read().splitlines() if "=" in line)
        self.outputs.setdefault(step.get("id", ""), {}).update(outputs)
        with open(files["GITHUB_ENV"], encoding="utf-8") as f:
            self.env.update(dict(line.split("=", 1) for line in f.read().splitlines() if "=" in line))
        with open(files["GITHUB_PATH"], encoding="utf-8") as f:
            self.path_prefix = [line for line in f.read().splitlines() if line] + self.path_prefix
        if result.returncode != 0:
            self.failed = True
            self.status = result.returncode


def expect(condition, message, runner):
    if not condition:
        raise Failure(
            "{}\n--- steps\n{}\n--- output\n{}\n--- summary\n{}".format(
                message, "\n".join(runner.log), runner.stdout, open(runner.summary, encoding="utf-8").read()
            )
        )


def run_action(action, wheels, work, example, given, pip_env):
    inputs = {name: spec.get("default", "") for name, spec in action.get("inputs", {}).items()}
    inputs.update(given)
    runner = Runner(work, example, inputs, dict(pip_env))
    runner.run(action["runs"]["steps"])
    return runner


def main():
    wheels, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    pip_env = {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": wheels, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    version = cargo_version()

    with open(os.path.join(ROOT, "action.yml"), encoding="utf-8") as f:
        text = f.read()
    action = yaml.safe_load(text)
    check_structure(action, text)
    if action["inputs"]["version"]["default"] != version:
        raise Failure("action.yml pins lsk {}, Cargo.toml says {}".format(action["inputs"]["version"]["default"], version))
    shellcheck(action["runs"]["steps"], "action.yml")
    print("action.yml: structure, pins and shellcheck: ok")

    # The clean example, with SARIF: passes, nothing found, SARIF uploaded.
    clean = run_action(
        action, wheels, os.path.join(work, "clean"), "omsorg",
        {"args": "--today 2026-11-24", "sarif": "true"}, pip_env,
    )
    summary = open(clean.summary, encoding="utf-8").read()
    expect(not clean.failed, "the action failed on examples/omsorg", clean)
    expect(clean.outputs["check"].get("errors") == "0", "errors output is not 0", clean)
    expect("Inga fel eller varningar i 53 dokument." in summary, "no clean summary", clean)
    expect(any(line.startswith("would upload") for line in clean.log), "SARIF was not uploaded", clean)
    print("action.yml on examples/omsorg: passes; " + "; ".join(clean.log))

    # The broken example: fails, with the counts, the table and the errors in the summary.
    broken = run_action(
        action, wheels, os.path.join(work, "broken"), "trasig",
        {"args": "--today 2026-11-24", "sarif": "true"}, pip_env,
    )
    summary = open(broken.summary, encoding="utf-8").read()
    expect(broken.failed and broken.status == 1, "the action did not fail with status 1 on examples/trasig", broken)
    expect(broken.outputs["check"].get("errors") == "22", "errors output is not 22", broken)
    for needle in ("22 fel och 13 varningar i 26 dokument", "| LSK401 | personal-identity-number | 1 | 0 | 0 |", "### Fel"):
        expect(needle in summary, "the summary lacks {!r}".format(needle), broken)
    expect("::error file=" in broken.stdout, "no annotations in the log", broken)
    expect(any(line.startswith("would upload") for line in broken.log), "SARIF not uploaded after a failed check", broken)
    print("action.yml on examples/trasig: fails (status 1); " + "; ".join(broken.log))
    print("--- job summary (first lines)")
    print("\n".join(summary.splitlines()[:8]))

    # In English, without SARIF: no upload.
    english = run_action(
        action, wheels, os.path.join(work, "english"), "trasig",
        {"args": "--today 2026-11-24 --lang en"}, pip_env,
    )
    summary = open(english.summary, encoding="utf-8").read()
    expect(english.failed and "### Errors" in summary, "no English summary", english)
    expect(any(line == "skipped: Ladda upp SARIF" for line in english.log), "SARIF uploaded unasked", english)
    print("action.yml with --lang en and no SARIF: English summary, no upload")

    # The workflow `lsk init --ci github` writes, its steps run on both examples.
    with open(os.path.join(ROOT, "src/cli/templates/github-workflow.yml"), encoding="utf-8") as f:
        workflow = yaml.safe_load(f.read().replace("{version}", version))
    steps = workflow["jobs"]["check"]["steps"]
    shellcheck(steps, "github-workflow.yml")
    for example, status in (("omsorg", 0), ("trasig", 1)):
        where = os.path.join(work, "workflow-" + example)
        runner = Runner(where, example, {}, dict(pip_env, LSK_TODAY="2026-11-24"))
        # setup-python puts its Python first on PATH: a virtual environment stands in.
        venv = os.path.join(where, "python")
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        runner.path_prefix = [os.path.join(venv, "bin")]
        runner.run(steps)
        got = runner.status
        summary = open(runner.summary, encoding="utf-8").read()
        expect(got == status, "the workflow template gave {} on examples/{}, not {}".format(got, example, status), runner)
        expect("## lsk check" in summary, "the workflow template wrote no summary", runner)
        print("github-workflow.yml on examples/{}: status {}; {}".format(example, got, "; ".join(runner.log)))


if __name__ == "__main__":
    try:
        main()
    except Failure as e:
        print("check-github: " + str(e), file=sys.stderr)
        sys.exit(1)
