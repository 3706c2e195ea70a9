#!/usr/bin/env bash
# SLURM integration test of the sweep sharding (run as root on Debian; .ci/run calls it).
#
# 1. installs slurm-wlm and munge when missing (apt-get);
# 2. starts a private single-node cluster on this host: munged, slurmctld and slurmd with their own key,
#    socket, ports (16817/16818), configuration and state under $STATE (default /tmp/conflictsim-slurm-test);
#    nothing under /etc is changed and no system service is touched;
# 3. generates the array and merge scripts of a small island sweep with 'conflictsim slurm --shards 2',
#    submits them (the merge job depends on the array with afterok) and waits for both;
# 4. runs the same sweep locally without shards, exports both stores and requires the same runs, outcomes,
#    points and series (wall time and finish timestamps aside);
# 5. stops the daemons it started (by their PIDs), whatever happened.
# Idempotent: a rerun stops daemons left by an earlier run of this script (PIDs recorded under $STATE)
# and starts from a clean state. Exits non-zero with a message naming the failed step.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
STATE="${CONFLICTSIM_SLURM_STATE:-/tmp/conflictsim-slurm-test}"
TIMEOUT="${CONFLICTSIM_SLURM_TIMEOUT:-900}"
started=()

say() { echo "[slurm-test] $*"; }
fail() {
  echo "[slurm-test] FAILED: $*" >&2
  for f in "$STATE"/log/*.log "$STATE"/work/cluster/*/slurm/logs/*.out; do
    [ -f "$f" ] || continue
    echo "----- last lines of $f" >&2
    tail -n 25 "$f" >&2 || true
  done
  exit 1
}

# Stops a process we started, by PID, if it is still the daemon we started.
stop_pid() {
  local pid="$1" name="$2"
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$name" ]; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

stop_recorded() {
  [ -d "$STATE/pids" ] || return 0
  for f in "$STATE"/pids/*.pid; do
    [ -f "$f" ] || continue
    stop_pid "$(cat "$f")" "$(basename "$f" .pid)"
    rm -f "$f"
  done
}

cleanup() {
  local rc=$?
  stop_recorded
  if [ "$rc" = 0 ]; then say "stopped the daemons this test started"; fi
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || fail "must run as root: it installs packages and starts munged, slurmctld and slurmd"

# ------------------------------------------------------------------------------------------- packages
if ! command -v sbatch >/dev/null || ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null \
   || ! command -v munged >/dev/null; then
  command -v apt-get >/dev/null || fail "slurm-wlm and munge are not installed and apt-get is not available"
  say "installing slurm-wlm and munge"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || true
  apt-get install -y -qq slurm-wlm munge >/dev/null || fail "apt-get install -y slurm-wlm munge failed"
fi
command -v java >/dev/null || fail "java is not on the PATH"

# ------------------------------------------------------------------------------------- private cluster
stop_recorded
rm -rf "$STATE"
mkdir -p "$STATE"/{pids,log,munge,ctld,spool,work}
chmod 0755 "$STATE" "$STATE/munge"
host="$(hostname -s)"
mem_mb=$(free -m | awk '/^Mem:/ {print $2}')
real_mem=$(( mem_mb > 1024 ? mem_mb - 512 : mem_mb / 2 ))
conf="$STATE/slurm.conf"
cat > "$conf" <<CONF
ClusterName=cstest
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
SlurmctldPort=16817
SlurmdPort=16818
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$STATE/munge/munge.socket
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/spool
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/log/slurmctld.log
SlurmdLogFile=$STATE/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
SlurmdParameters=config_overrides
SchedulerParameters=kill_invalid_depend
MinJobAge=600
NodeName=$host CPUs=2 RealMemory=$real_mem State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$conf"

say "starting munged with a new key"
if command -v mungekey >/dev/null; then
  mungekey --create --keyfile="$STATE/munge/munge.key" >/dev/null 2>&1 || fail "mungekey could not create a key"
else
  dd if=/dev/urandom of="$STATE/munge/munge.key" bs=1024 count=1 status=none
fi
chmod 0400 "$STATE/munge/munge.key"
munged --foreground --key-file="$STATE/munge/munge.key" --socket="$STATE/munge/munge.socket" \
  --pid-file="$STATE/munge/munged.pid" --log-file="$STATE/log/munged.log" --seed-file="$STATE/munge/munged.seed" \
  >"$STATE/log/munged.out.log" 2>&1 &
echo $! > "$STATE/pids/munged.pid"
for _ in $(seq 50); do [ -S "$STATE/munge/munge.socket" ] && break; sleep 0.1; done
[ -S "$STATE/munge/munge.socket" ] || fail "munged did not create its socket"
munge --socket="$STATE/munge/munge.socket" -n </dev/null | unmunge --socket="$STATE/munge/munge.socket" >/dev/null \
  || fail "munge cannot encode and decode a credential"

say "starting slurmctld and slurmd (node $host, 2 CPUs, ${real_mem} MB)"
slurmctld -D -f "$conf" >"$STATE/log/slurmctld.out.log" 2>&1 &
echo $! > "$STATE/pids/slurmctld.pid"
slurmd -D -f "$conf" >"$STATE/log/slurmd.out.log" 2>&1 &
echo $! > "$STATE/pids/slurmd.pid"

state=""
for _ in $(seq 120); do
  state="$(sinfo -h -N -n "$host" -o '%t' 2>/dev/null | head -n 1 || true)"
  case "$state" in
    idle) break ;;
    down*|drain*|drng*|fail*) scontrol update nodename="$host" state=resume >/dev/null 2>&1 || true ;;
  esac
  kill -0 "$(cat "$STATE/pids/slurmctld.pid")" 2>/dev/null || fail "slurmctld exited"
  kill -0 "$(cat "$STATE/pids/slurmd.pid")" 2>/dev/null || fail "slurmd exited"
  sleep 0.5
done
[ "$state" = idle ] || fail "the node did not become idle within 60 s (sinfo says '${state:-nothing}')"
say "node $host is idle"

# ------------------------------------------------------------------------------------------- the jar
jar="$root/target/conflictsim.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  say "building $jar"
  (cd "$root" && { mvn -q -B -o -DskipTests package || mvn -q -B -DskipTests package; }) >"$STATE/log/build.log" 2>&1 \
    || fail "could not build the jar (see $STATE/log/build.log)"
fi
cs() { java -Xmx1g -jar "$jar" "$@"; }

# ------------------------------------------------------------------------------------------- the sweep
work="$STATE/work"
cat > "$work/island-slurm.yaml" <<SWEEP
scenario: $root/scenarios/island.yaml
days: 90
seed: 2024
replications: 3
design:
  type: latin-hypercube
  samples: 6
parameters:
  - path: factions[REB].fighters
    min: 1500
    max: 5000
    integer: true
  - path: factions[GOV].posture
    levels: [offensive, defensive]
outcomes: [final_share.*, capture_day.*, captured_by.*, casualties.*, civilian_deaths]
series: [territory_share]
SWEEP

say "generating the batch scripts (2 shards)"
(cd "$work" && cs slurm island-slurm.yaml --shards 2 --out "$work/cluster" >"$STATE/log/slurm-command.log" 2>&1) \
  || fail "conflictsim slurm failed: $(cat "$STATE/log/slurm-command.log")"
scripts="$work/cluster/island-slurm/slurm"
[ -x "$scripts/submit.sh" ] || fail "conflictsim slurm wrote no submit.sh"
say "submitting"
bash "$scripts/submit.sh" || fail "submitting the array and merge jobs failed"
# shellcheck disable=SC1091
. "$scripts/jobs"
[ -n "${array:-}" ] && [ -n "${merge:-}" ] || fail "no job ids in $scripts/jobs"
say "array job $array, merge job $merge; waiting (at most ${TIMEOUT} s)"
waited=0
while [ -n "$(squeue -h -j "$array,$merge" 2>/dev/null || true)" ]; do
  [ "$waited" -lt "$TIMEOUT" ] || { scancel "$array" "$merge" 2>/dev/null || true; fail "the jobs did not finish within ${TIMEOUT} s"; }
  sleep 2
  waited=$((waited + 2))
done
merge_state="$(scontrol show job "$merge" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | awk "NR == 1")"
[ "$merge_state" = COMPLETED ] || fail "the merge job ended as ${merge_state:-unknown}, not COMPLETED"
for task in 0 1; do
  grep -q "the store holds" "$scripts/logs/shard-$task.out" || fail "shard $task did not finish its runs"
done
grep -q "no run is missing" "$scripts/logs/merge.out" || fail "the merge reports missing runs"
merged_csv="$work/cluster/island-slurm/island-slurm-csv"
[ -f "$merged_csv/runs.csv" ] || fail "the merge job did not export the merged store"
say "cluster run done: $(grep -h 'merged' "$scripts/logs/merge.out")"

say "running the same sweep locally without shards"
(cd "$work" && cs sweep island-slurm.yaml --out "$work/local" --threads 2 >"$STATE/log/local.log" 2>&1) \
  || fail "the local sweep failed (see $STATE/log/local.log)"
cs export "$work/local/island-slurm/sweep.sqlite" >>"$STATE/log/local.log" 2>&1 || fail "exporting the local store failed"
local_csv="$work/local/island-slurm/island-slurm-csv"

# runs.csv: columns 6 and 7 are wall_ms and finished_at; all columns before any quoted field
same() { cmp -s <(eval "$1" < "$2") <(eval "$1" < "$3"); }
same "cut -d, -f1-5,8-" "$merged_csv/runs.csv" "$local_csv/runs.csv" \
  || { diff <(cut -d, -f1-5,8- "$merged_csv/runs.csv") <(cut -d, -f1-5,8- "$local_csv/runs.csv") | head -n 20 >&2;
       fail "runs.csv of the merged cluster store differs from the local run"; }
for f in points.csv series.csv; do
  cmp -s "$merged_csv/$f" "$local_csv/$f" || fail "$f of the merged cluster store differs from the local run"
done
runs=$(( $(wc -l < "$local_csv/runs.csv") - 1 ))
[ "$runs" = 18 ] || fail "expected 18 runs, the local store has $runs"
say "PASSED: the merged store of 2 SLURM shards equals the local run ($runs runs, outcomes, points and series)"
