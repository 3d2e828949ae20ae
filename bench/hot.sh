#!/usr/bin/env bash
# The methods the portal spent most time in, from a JFR recording (bench/run.sh with BENCH_JFR=1): top frames of the
# execution samples, then the first frame of the portal's own code in each sample.
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: $0 recording.jfr [how many]" >&2; exit 2; }
jfr print --events jdk.ExecutionSample --stack-depth 64 "$1" | python3 -c '
import collections, re, sys
top, own, samples, stack = collections.Counter(), collections.Counter(), 0, []
def flush():
    global samples
    if stack:
        samples += 1
        top[stack[0]] += 1
        mine = next((f for f in stack if f.startswith("org.consultationregistry")), None)
        if mine: own[mine] += 1
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        flush(); stack = []
    m = re.match(r"\s+([\w.$<>]+)\(.*line:", line)
    if m: stack.append(m.group(1))
flush()
n = int(sys.argv[1])
print(f"{samples} samples\n\nTop frames:")
for f, c in top.most_common(n): print(f"{100*c/samples:5.1f}%  {f}")
print("\nPortal code on the stack (first frame of ours):")
for f, c in own.most_common(n): print(f"{100*c/samples:5.1f}%  {f}")
' "${2:-25}"
