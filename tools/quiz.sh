#!/usr/bin/env bash
# One entry point for the Makefile: installs what is missing (skipping what is already
# there at the right version), then builds, serves or tests. See the README.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4
CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver
GECKODRIVER_VERSION=0.37.1
GECKODRIVER="$HOME/.cargo/bin/geckodriver"
export PATH="$root/tools/bin:$root/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly.
locked_wasm_bindgen() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# npm ci when node_modules is missing or older than the lockfile.
npm_install() {
  local dir=$1
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund)
  fi
}

# Installs run side by side, each logging to a file: on two cores a lone `cargo install`
# leaves one idle through its long final steps, and apt waits on the network meanwhile.
logs="$root/target/setup-logs"
pending=()
in_background() {
  local name=$1
  shift
  mkdir -p "$logs"
  say "$name (in the background, log: target/setup-logs/$name.log)"
  ("$@") >"$logs/$name.log" 2>&1 &
  pending+=("$!:$name")
}
wait_for_installs() {
  local job failed=0
  for job in "${pending[@]}"; do
    if ! wait "${job%%:*}"; then
      echo "setup: ${job#*:} failed; the end of its log:" >&2
      tail -n 40 "$logs/${job#*:}.log" >&2
      failed=1
    fi
  done
  pending=()
  return "$failed"
}

# Tools are built unoptimised, without the crates' own fat LTO and single codegen unit.
# On a fresh 2-core machine that cut the four builds from 21 to about 7 minutes, and
# they only drive the build: a release build took as long with them, byte for byte
# the same (see the README).
cargo_install() {
  CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@"
}

# Queues the cargo installs the build needs that are missing or at the wrong version.
queue_build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    # 0.22 needs a newer rustc than this machine has.
    in_background "trunk-$TRUNK_VERSION" cargo_install trunk --version "$TRUNK_VERSION" --locked
  fi
  local wb
  wb="$(locked_wasm_bindgen)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb" ]; then
    # --locked fails for this version: a locked dependency is gone from the registry.
    in_background "wasm-bindgen-cli-$wb" cargo_install wasm-bindgen-cli --version "$wb" --force
  fi
  if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    # Cuts the wasm at its #[wasm_split] points; tools/bin/wasm-bindgen runs it.
    in_background "wasm-split-cli-$WASM_SPLIT_VERSION" cargo_install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
  fi
}

setup_build() {
  queue_build_tools
  npm_install tools
  wait_for_installs
}

# Debian packages the tests need: Chromium for Playwright and the wasm tests; WebKitGTK's
# driver, Xvfb and Firefox ESR for the other engines; xmllint for the SCORM manifests.
APT_PACKAGES=(chromium chromium-driver webkit2gtk-driver xvfb firefox-esr libxml2-utils)
APT_PROVIDES=("$CHROMIUM" "$CHROMEDRIVER" /usr/bin/WebKitWebDriver /usr/bin/xvfb-run /usr/bin/firefox-esr /usr/bin/xmllint)

# Queues one apt install of whichever of the packages at these indexes are missing
# (all of them when none are given).
queue_apt() {
  local missing=() wanted=("$@") i
  [ "$#" -gt 0 ] || wanted=("${!APT_PACKAGES[@]}")
  for i in "${wanted[@]}"; do
    [ -x "${APT_PROVIDES[$i]}" ] || missing+=("${APT_PACKAGES[$i]}")
  done
  [ "${#missing[@]}" -eq 0 ] && return
  in_background "apt" as_root sh -c "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}"
}

setup_test() {
  queue_apt
  queue_build_tools
  queue_engine_tools
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
  npm_install tools
  npm_install tests/e2e
  npm_install tests/gift
  npm_install tests/engines
  wait_for_installs
}

# SCORM 1.2 and 2004 packages of the release build, with the provider's SETTINGS and TITLE.
scorm() {
  say "SCORM packages into dist-lms/"
  node tools/scorm-package.mjs --settings "${SETTINGS:-}" --title "${TITLE:-}"
}

scorm_checks() {
  say "SCORM packages: manifests against the official schemas (xmllint)"
  node tools/scorm-package.mjs --out target/scorm-check --settings "mode=exam&count=20&pass=80"
  node tools/scorm-validate.mjs target/scorm-check
}

# The other engines learners use: WebKit (every browser on iPhone and iPad) and Firefox.
queue_engine_tools() {
  if [ "$("$GECKODRIVER" --version 2>/dev/null | head -n1 | cut -d' ' -f1-2)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    in_background "geckodriver-$GECKODRIVER_VERSION" cargo_install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
}

setup_engines() {
  queue_apt
  queue_engine_tools
  npm_install tests/engines
  wait_for_installs
}

build() {
  say "release build into dist/"
  trunk build --release --offline
}

run_tests() {
  say "format"
  cargo fmt --check
  say "clippy (host and wasm)"
  cargo clippy --all-targets -- -D warnings
  cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
  say "module layers"
  node tools/deps-check.mjs
  say "native tests (the quiz-bank tool included)"
  cargo test
  say "quiz-bank's GIFT import against gift-pegjs"
  (cd tests/gift && node --test)
  say "wasm tests in headless Chromium"
  env -u GECKODRIVER CHROMEDRIVER="$CHROMEDRIVER" WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --target wasm32-unknown-unknown --test storage
  say "wasm tests in headless Firefox"
  env -u CHROMEDRIVER GECKODRIVER="$GECKODRIVER" WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --target wasm32-unknown-unknown --test storage
  build
  say "bytes of a first visit"
  node tools/size-check.mjs dist
  scorm_checks
  say "end-to-end tests (Playwright, Debian Chromium)"
  (cd tests/e2e && npx playwright test)
  engine_tests
}

engine_tests() {
  say "cross-engine tests: WebKit and Firefox through WebDriver"
  (cd tests/engines && GECKODRIVER="$GECKODRIVER" node --test --test-reporter=spec webkit.test.mjs firefox.test.mjs)
}

case "${1:-}" in
  setup) setup_test ;;
  build) setup_build && build ;;
  # libxml2-utils alone (index 5): xmllint checks the packages it writes.
  scorm) queue_apt 5 && setup_build && build && scorm && node tools/scorm-validate.mjs ;;
  serve)
    setup_build
    say "serving on http://127.0.0.1:8080/"
    trunk serve --release --offline
    ;;
  test) setup_test && run_tests ;;
  # Only the cross-engine suite, against the dist/ already built.
  engines) queue_build_tools && setup_engines && engine_tests ;;
  *)
    echo "usage: tools/quiz.sh setup|build|serve|test|engines|scorm" >&2
    exit 2
    ;;
esac
