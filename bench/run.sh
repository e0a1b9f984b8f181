#!/usr/bin/env bash
# One command for the benchmark: installs bench/'s npm packages when missing or stale,
# builds the release (unless --no-build), then runs bench/run.mjs, which prints the report
# and writes docs/BENCHMARKS.md. Other arguments go to run.mjs (--quick, --dist DIR, --no-write).
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
CHROMIUM=/usr/bin/chromium

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

build=1
args=()
for arg in "$@"; do
  if [ "$arg" = --no-build ]; then build=0; else args+=("$arg"); fi
done

if [ ! -f "$bench/node_modules/.package-lock.json" ] || [ "$bench/package-lock.json" -nt "$bench/node_modules/.package-lock.json" ]; then
  say "npm ci in bench/"
  (cd "$bench" && npm ci --no-audit --no-fund)
fi

if [ ! -x "$CHROMIUM" ]; then
  say "installing Debian's chromium"
  sudo_=""
  [ "$(id -u)" -eq 0 ] || sudo_=sudo
  $sudo_ apt-get update
  $sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

if [ "$build" -eq 1 ]; then
  "$root/tools/quiz.sh" build
fi

exec node "$bench/run.mjs" "${args[@]}"
