#!/usr/bin/env bash
# Reruns every benchmark of BENCHMARKS.md and writes the raw results to benchmarks/results/ (one folder per run).
#
#   benchmarks/run.sh [all|california|exam|coldstart|audit]...
#
# Needs the two jars (build them first, module by module, as in BENCHMARKS.md):
#   BENCH_JAR   default benchmarks/target/benchmarks.jar   (JMH, the plain-Java limit, ColdStart)
#   EMPLAW_JAR  default examples/target/emplaw.jar     (the emplaw command line: generate, audit)
# Options (environment): REPEAT (audit and cold-start repetitions, default 3 and 7), AUDIT_SIZES (employee-weeks,
# default "10000 100000 1000000"), REPEAT_LARGE (runs of the 1M audit, default REPEAT), AUDIT_XMX (default 512m), AUDIT_ARGS
# (extra audit arguments, e.g. "--requests pay_period"; the default is one request per employee), JMH_ARGS (extra JMH arguments, e.g. "-f 1 -wi 2 -i 3").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
BENCH_JAR="${BENCH_JAR:-$here/target/benchmarks.jar}"
EMPLAW_JAR="${EMPLAW_JAR:-$root/examples/target/emplaw.jar}"
REPEAT="${REPEAT:-3}"
COLD_REPEAT="${COLD_REPEAT:-7}"
AUDIT_SIZES="${AUDIT_SIZES:-10000 100000 1000000}"
AUDIT_XMX="${AUDIT_XMX:-512m}"
JMH_ARGS="${JMH_ARGS:-}"
out="$here/results/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
what=("$@")
[ ${#what[@]} -eq 0 ] && what=(all)
want() { for w in "${what[@]}"; do [ "$w" = all ] || [ "$w" = "$1" ] && return 0; done; return 1; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { python3 -c 'import sys,statistics; v=[float(x) for x in sys.stdin.read().split()]; print(statistics.median(v) if v else "n/a")'; }

{
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "started: $(date -Is), load $(load)"
} | tee "$out/machine.txt"

if want california; then
  echo "== California module vs plain Java (JMH), load $(load)" | tee -a "$out/summary.txt"
  java -jar "$BENCH_JAR" CaliforniaBenchmark $JMH_ARGS -rf json -rff "$out/california.json" | tee "$out/california.txt" | tail -15
  echo "   load after: $(load)" | tee -a "$out/summary.txt"
  # the figures against the targets of issue 7: medians of the fork medians, ratios against plain Java in the same run
  python3 - "$out/california.json" <<'PY' | tee -a "$out/summary.txt"
import json, statistics, sys
runs = {}  # benchmark -> (ms per pass or us p50 per call, employee-weeks per pass or call)
for b in json.load(open(sys.argv[1])):
    name = b["benchmark"].rsplit(".", 1)[1]
    m = b["primaryMetric"]
    if "rawData" in m:
        runs[name] = (statistics.median(statistics.median(f) for f in m["rawData"]), int(b["params"]["employees"]) * 52)
    else:
        runs[name] = (m["scorePercentiles"]["50.0"], 2)  # sample mode: one pay period of two weeks per call
plain = runs.get("plainJava", (None,))[0]
# the targets are measured on whole-company requests (per employee-year); per pay period is shown beside them
for name, label, target in (("batchByEmployee", "a request per employee-year", True),
                            ("batch", "a request per pay period (beside the targets)", False)):
    if name in runs and plain:
        ms, weeks = runs[name]
        rate, ratio = weeks / ms * 1000, ms / plain
        verdict = (f" (targets 300,000/s: {'met' if rate >= 300000 else 'not met'}; 5x: {'met' if ratio <= 5 else 'not met'})"
                   if target else "")
        print(f"   batch, {label}: {ms:.1f} ms per pass, {rate:,.0f} employee-weeks/s, {ratio:.1f}x plain Java"
              f" ({plain:.1f} ms){verdict}")
if "single" in runs:
    us, weeks = runs["single"]
    print(f"   single evaluation: {us:.1f} us p50 per pay period = {us / weeks:.1f} us per employee-week"
          f" (target 20: {'met' if us / weeks < 20 else 'not met'})")
PY
fi

if want exam; then
  echo "== LA exam scoring and ranking (JMH), load $(load)" | tee -a "$out/summary.txt"
  java -jar "$BENCH_JAR" ExamBenchmark $JMH_ARGS -rf json -rff "$out/exam.json" | tee "$out/exam.txt" | tail -6
fi

if want coldstart; then
  echo "== Cold start, fresh JVM per sample, $COLD_REPEAT samples per module, load $(load)" | tee -a "$out/summary.txt"
  for m in us-ca-wage us-ca-la-civil-service; do
    for i in $(seq "$COLD_REPEAT"); do
      java -Xmx512m -cp "$BENCH_JAR" org.emplaw.benchmarks.ColdStart "$m" 2>/dev/null
    done | tee "$out/coldstart-$m.txt"
    printf '%s: JVM start to first finding median %s ms, load %s ms, heap after loading %s MB (load %s)\n' "$m" \
      "$(sed -n 's/.*jvm_to_first_finding_ms=\([0-9]*\).*/\1/p' "$out/coldstart-$m.txt" | median)" \
      "$(sed -n 's/.*load_ms=\([0-9]*\).*/\1/p' "$out/coldstart-$m.txt" | median)" \
      "$(sed -n 's/.*heap_mb=\([0-9]*\).*/\1/p' "$out/coldstart-$m.txt" | median)" "$(load)" | tee -a "$out/summary.txt"
    # a deployment option of the embedding application, not a library change: a class-data archive (AppCDS) of the
    # classes one cold start loads, written by one run and mapped by the next ones
    java -XX:ArchiveClassesAtExit="$out/cds-$m.jsa" -Xmx512m -cp "$BENCH_JAR" org.emplaw.benchmarks.ColdStart "$m" >/dev/null 2>&1
    for i in $(seq "$COLD_REPEAT"); do
      java -XX:SharedArchiveFile="$out/cds-$m.jsa" -Xmx512m -cp "$BENCH_JAR" org.emplaw.benchmarks.ColdStart "$m" 2>/dev/null
    done | tee "$out/coldstart-cds-$m.txt"
    printf '%s with an AppCDS archive: JVM start to first finding median %s ms (load %s)\n' "$m" \
      "$(sed -n 's/.*jvm_to_first_finding_ms=\([0-9]*\).*/\1/p' "$out/coldstart-cds-$m.txt" | median)" "$(load)" \
      | tee -a "$out/summary.txt"
  done
fi

if want audit; then
  echo "== emplaw audit, -Xmx$AUDIT_XMX, $REPEAT runs per size" | tee -a "$out/summary.txt"
  data="${AUDIT_DATA:-/tmp/emplaw-bench-data}"
  for weeks in $AUDIT_SIZES; do
    employees=$(( (weeks + 51) / 52 ))   # 26 biweekly pay periods = 52 employee-weeks per employee
    dir="$data/company-$weeks"
    if [ ! -f "$dir/expected.yaml" ]; then
      java -Xmx512m -jar "$EMPLAW_JAR" generate --employees "$employees" --seed 42 --out "$dir" >/dev/null
    fi
    n="$REPEAT"
    [ "$weeks" -ge 1000000 ] && n="${REPEAT_LARGE:-$REPEAT}"
    for i in $(seq "$n"); do
      rm -rf "$out/audit-out"
      before="$(load)"
      /usr/bin/time -v java -Xmx"$AUDIT_XMX" -jar "$EMPLAW_JAR" audit --data "$dir" --out "$out/audit-out" --quiet \
        --expect "$dir/expected.yaml" ${AUDIT_ARGS:-} > "$out/audit-$weeks-$i.log" 2> "$out/audit-$weeks-$i.time" || true
      wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/audit-$weeks-$i.time" \
        | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
      rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/audit-$weeks-$i.time")
      periods=$(python3 -c "import json;print(json.load(open('$out/audit-out/summary.json'))['pay_periods_evaluated'])")
      echo "$weeks $wall $rss $periods $before" >> "$out/audit.tsv"
      rm -f "$out/audit-out/findings.csv" "$out/audit-out/findings.jsonl"   # about 31 KB per employee-week
    done
    awk -v w="$weeks" '$1==w {print $2}' "$out/audit.tsv" | median > "$out/audit-$weeks.median"
    med=$(cat "$out/audit-$weeks.median")
    rss=$(awk -v w="$weeks" '$1==w {print $3}' "$out/audit.tsv" | median)
    python3 -c "w=$weeks; s=$med; r=$rss; print(f'{w:>9,} employee-weeks: median wall {s:.1f} s, {w/s:,.0f} weeks/s, peak RSS {r/1024:.0f} MB')" \
      | tee -a "$out/summary.txt"
  done
  if [ -f "$out/audit-100000.median" ] && [ -f "$out/audit-1000000.median" ]; then
    python3 -c "a=float(open('$out/audit-100000.median').read()); b=float(open('$out/audit-1000000.median').read()); print(f'1M / (10 x 100k) = {b/(10*a):.2f} (target <= 1.2)')" \
      | tee -a "$out/summary.txt"
  fi
fi
echo "finished: $(date -Is), load $(load); results in $out" | tee -a "$out/summary.txt"
