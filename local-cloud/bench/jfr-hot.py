#!/usr/bin/env python3
"""Hot frames of a JFR recording: the methods the execution samples were in (self) and the methods on
the sampled stacks (inclusive, each counted once per sample), as a share of all samples.

usage: local-cloud/bench/jfr-hot.py RECORDING.jfr [TOP] [--thread NAME] [--only PREFIX]
(needs `jfr` from the JDK on PATH; reads `jfr print --stack-depth 256 --events jdk.ExecutionSample`)"""
import collections
import re
import subprocess
import sys

args = sys.argv[1:]
recording = args.pop(0)
top = int(args.pop(0)) if args and args[0].isdigit() else 25
thread = only = None
while args:
    flag = args.pop(0)
    if flag == "--thread":
        thread = args.pop(0)
    elif flag == "--only":
        only = args.pop(0)

text = subprocess.run(["jfr", "print", "--stack-depth", "256", "--events", "jdk.ExecutionSample", recording],
                      check=True, capture_output=True, text=True).stdout
samples = 0
self_counts = collections.Counter()
inclusive = collections.Counter()
for event in text.split("jdk.ExecutionSample {")[1:]:
    name = re.search(r'sampledThread = "([^"]*)"', event)
    if thread and (not name or thread not in name.group(1)):
        continue
    frames = [re.sub(r"\s+line:.*$", "", line.strip()) for line in event.split("stackTrace = [", 1)[-1].split("]\n", 1)[0].splitlines()]
    frames = [f for f in frames if f and f != "..."]
    if not frames:
        continue
    samples += 1
    self_counts[frames[0]] += 1
    for frame in set(frames):
        if not only or frame.startswith(only):
            inclusive[frame] += 1

print(f"{samples} execution samples{' on threads matching ' + thread if thread else ''}")
print(f"\nself (top {top}):")
for frame, n in self_counts.most_common(top):
    print(f"  {100 * n / samples:5.1f} %  {frame}")
print(f"\ninclusive (top {top}{', ' + only + '*' if only else ''}):")
for frame, n in inclusive.most_common(top):
    print(f"  {100 * n / samples:5.1f} %  {frame}")
