#!/usr/bin/env bash
# Renders the example berättelser in this folder from examples/omsorg. The example lives
# inside lsk's own repository, so this script first gives a copy of it a history of its
# own, on fixed dates (the same as tests/report.rs): imported in December 2025, a routine
# revised in March 2026, a checklist moved in April, a routine added in June and repealed
# in September. Run from the repository root: bash docs/exempel/generera.sh
set -euo pipefail
repo=$(pwd)
out="$repo/docs/exempel"
lsk="cargo run --quiet --release --manifest-path $repo/Cargo.toml --"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$repo/examples/omsorg/." "$tmp"
cd "$tmp"
commit() { # author date message
  GIT_AUTHOR_NAME="$1" GIT_COMMITTER_NAME="$1" GIT_AUTHOR_EMAIL=kvalitet@example.invalid \
  GIT_COMMITTER_EMAIL=kvalitet@example.invalid GIT_AUTHOR_DATE="$2T09:00:00+01:00" \
  GIT_COMMITTER_DATE="$2T09:00:00+01:00" git -c init.defaultBranch=main commit -q -m "$3"
}
routine=rutiner/inflyttning-sarskilt-boende.md
sed -i 's/^fastställd: 2026-03-02$/fastställd: 2025-03-02/; s/^revideras_senast: 2027-03-01$/revideras_senast: 2026-03-01/' $routine
git init -q -b main && git add -A && commit Kvalitetsutvecklare 2025-12-15 "Ledningssystemet förs in i git"
sed -i 's/^fastställd: 2025-03-02$/fastställd: 2026-03-02/; s/^revideras_senast: 2026-03-01$/revideras_senast: 2027-03-01/' $routine
git add -A && commit Enhetschef 2026-03-02 "Inflyttningsrutinen reviderad och fastställd"
mkdir -p checklistor/sabo && git mv checklistor/valkomstsamtal.md checklistor/sabo/valkomstsamtal.md
commit Kvalitetsutvecklare 2026-04-15 "Checklistor för SÄBO i egen mapp"
printf -- '---\ntyp: rutin\nid: RUT-NATT\ntitel: Tillsyn nattetid\ndokumentägare: enhetschef\nbeslutad_av: avdelningschef\nfastställd: 2026-06-01\n---\n## Syfte\nTrygg natt.\n## Ansvar\nNattpersonal.\n## Tillvägagångssätt\n1. Tillsyn enligt plan.\n' > rutiner/nattillsyn.md
git add -A && commit Avdelningschef 2026-06-01 "Rutin för tillsyn nattetid"
sed -i 's/^typ: rutin$/typ: rutin\nstatus: upphävd/' rutiner/nattillsyn.md
git add -A && commit Avdelningschef 2026-09-01 "Rutinen för nattillsyn upphävs; ingår i P-SÄBO.6"
for kind in kvalitetsberattelse patientsakerhetsberattelse; do
  for format in md html; do
    $lsk report $kind --year 2026 --today 2026-11-24 --path "$tmp" --format $format -o "$out/$kind-2026.$format"
  done
  # The same report in English (`--lang en`, or `språk: en` in lsk.yaml).
  $lsk report $kind --year 2026 --today 2026-11-24 --path "$tmp" --lang en -o "$out/$kind-2026-en.html"
done
