#!/usr/bin/env bash
# Runs CI (`bash .ci/run`) on fresh clones of HEAD, one after another, while stress-ng keeps the
# machine's CPUs busy: the suite must hold on a busy 2-core CI machine, not only on a quiet one.
#   scripts/ci-under-load.sh [runs=3] [stress workers=2]
# Prints each run's closing line (`N passed, M failed`) and its duration; exits non-zero if any run
# failed. The full logs stay in the printed directory. WTR_PORT / WEBKIT_DRIVER_PORT pass through.
set -uo pipefail
runs=${1:-3}
workers=${2:-2}
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
command -v stress-ng >/dev/null || { echo "stress-ng is missing (Debian: apt-get install stress-ng)" >&2; exit 2; }
out=$(mktemp -d /tmp/kreis-wetter-under-load.XXXXXX)
echo "HEAD $(git -C "$repo" rev-parse --short HEAD), $runs run(s) under stress-ng --cpu $workers, logs in $out"
failed=0
for run in $(seq 1 "$runs"); do
  clone="$out/clone-$run"
  git clone -q "$repo" "$clone"
  stress-ng --cpu "$workers" --timeout 3600s --quiet &
  stress=$!
  start=$(date +%s)
  (cd "$clone" && bash .ci/run) >"$out/run-$run.log" 2>&1
  status=$?
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  kill "$stress" 2>/dev/null
  wait "$stress" 2>/dev/null
  summary=$(grep -aE '^[0-9]+ passed, [0-9]+ failed$' "$out/run-$run.log" | tail -1)
  echo "run $run: ${summary:-no summary} (exit $status, $(( $(date +%s) - start )) s, load average at its end: $load)"
  [ "$status" -eq 0 ] || failed=1
  rm -rf "$clone"
done
exit "$failed"
