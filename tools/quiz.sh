#!/usr/bin/env bash
# One entry point for the Makefile: installs what is missing (skipping what is already
# there at the right version), then builds, serves or tests. See the README and CONTRIBUTING.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4
CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver
GECKODRIVER_VERSION=0.37.1
GECKODRIVER="$HOME/.cargo/bin/geckodriver"
# The wasm is built with this nightly, which rebuilds std for it with panics as bare traps:
# 12.5 KB brotli off the main module (bench/leads.md). Pinned by the commit it was tested
# with; when it cannot be had, the stable build is used, which make test also checks.
NIGHTLY=nightly-2026-05-20
NIGHTLY_COMMIT=e50aa6fba4e63ab34c72bf9acfd2c307c1155d1a
# Names the toolchain the setup chose for the wasm; absent means stable.
WASM_TOOLCHAIN_MARK=target/wasm-toolchain
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
# the same (see docs/PERFORMANCE.md).
cargo_install() {
  CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@"
}

# Queues the cargo installs the build needs that are missing or at the wrong version.
queue_build_tools() {
  if ! rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then
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
  if ! cargo install --list | grep -x "wasm_split_cli_support v$WASM_SPLIT_VERSION:" >/dev/null; then
    # Cuts the wasm at its #[wasm_split] points; tools/bin/wasm-bindgen runs it.
    in_background "wasm-split-cli-$WASM_SPLIT_VERSION" cargo_install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
  fi
}

# The installed toolchain that is the pinned nightly (the image's `nightly` may be it), or nothing.
# (Here and below, `grep >/dev/null` rather than `grep -q`: -q exits at the first match, and
# under pipefail the writer's SIGPIPE then fails the test now and then.)
pinned_nightly() {
  local tc
  for tc in "$NIGHTLY" nightly; do
    if RUSTUP_AUTO_INSTALL=0 rustc "+$tc" -vV 2>/dev/null | grep -x "commit-hash: $NIGHTLY_COMMIT" >/dev/null; then
      echo "$tc"
      return
    fi
  done
}

# Gets the pinned nightly ready for the wasm: std's source and its crates, and the target.
# Any failure leaves the stable build in charge, with the reason said.
setup_nightly() {
  local tc
  tc="$(pinned_nightly)"
  if [ -z "$tc" ]; then
    say "installing $NIGHTLY (minimal) for the wasm build"
    rustup toolchain install "$NIGHTLY" --profile minimal || return 1
    tc="$NIGHTLY"
  fi
  rustup component list --toolchain "$tc" --installed | grep '^rust-src' >/dev/null || rustup component add rust-src --toolchain "$tc" || return 1
  rustup target list --toolchain "$tc" --installed | grep -x wasm32-unknown-unknown >/dev/null ||
    rustup target add wasm32-unknown-unknown --toolchain "$tc" || return 1
  # The crates std is built from, so the build itself can stay --offline.
  cargo "+$tc" fetch --quiet --manifest-path "$(rustc "+$tc" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml" || return 1
  mkdir -p target
  echo "$tc" >"$WASM_TOOLCHAIN_MARK"
}

# The nightly the setup chose for the wasm, or nothing when the build is stable.
chosen_nightly() {
  if [ -f "$WASM_TOOLCHAIN_MARK" ]; then cat "$WASM_TOOLCHAIN_MARK"; fi
}

# Runs a trunk command with the toolchain setup_nightly left ready, else with stable.
# QUIZ_STABLE=1 asks for the stable build.
with_wasm_toolchain() {
  local tc=""
  [ -n "${QUIZ_STABLE:-}" ] || tc="$(chosen_nightly)"
  if [ -z "$tc" ]; then
    say "(stable rustc for the wasm)"
    "$@"
    return
  fi
  say "($tc for the wasm: std rebuilt, panics as bare traps)"
  # Only the nightly's own flags: cargo appends them to the wasm target's rustflags in
  # .cargo/config.toml, which stay the one place for the flags both builds share.
  RUSTUP_TOOLCHAIN="$tc" CARGO_TARGET_DIR=target/nightly CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    "$@"
}

# Chooses the wasm's toolchain for the builds that follow: the pinned nightly, else stable.
choose_wasm_toolchain() {
  rm -f "$WASM_TOOLCHAIN_MARK"
  [ -n "${QUIZ_STABLE:-}" ] || setup_nightly || say "$NIGHTLY could not be set up: the wasm is built with stable rustc"
}

setup_build() {
  queue_build_tools
  choose_wasm_toolchain
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
  choose_wasm_toolchain
  rustup component list --installed | grep '^clippy' >/dev/null || rustup component add clippy
  rustup component list --installed | grep '^rustfmt' >/dev/null || rustup component add rustfmt
  npm_install tools
  npm_install tests/e2e
  npm_install tests/gift
  npm_install tests/engines
  wait_for_installs
}

# Packages of the release build by quiz-bank (quiz_core::package): BANK (a bank .json, or
# a .gift file; the built-in bank when empty), SETTINGS, TITLE, MOVE_ON (cmi5) and ONLY
# (some of scorm12,scorm2004,cmi5,web) as make passes them. Into dist-lms/.
package() {
  say "packages into dist-lms/"
  local args=(package --quiz dist --out dist-lms --settings "${SETTINGS:-}")
  [ -z "${BANK:-}" ] || args+=("$BANK")
  [ -z "${TITLE:-}" ] || args+=(--title "$TITLE")
  [ -z "${MOVE_ON:-}" ] || args+=(--move-on "$MOVE_ON")
  [ -z "${ONLY:-}" ] || args+=(--only "$ONLY")
  [ -z "${MEDIA:-}" ] || args+=(--media "$MEDIA")
  cargo run --quiet -p quiz-bank -- "${args[@]}"
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
  with_wasm_toolchain trunk build --release --offline
}

# The crash screen (src/web/crash.js) against a real panic, on a test build: the test-panic
# feature makes ?test-panic=1 panic on the first click (src/main.rs). Built as dist/ is (the
# nightly's bare trap is the case to prove), into a folder of its own, so no release build
# carries the trigger. Only the app's crate is rebuilt: 40 to 80 s here.
crash_checks() {
  say "the crash screen, on a test build with a panic trigger, in target/dist-crash/"
  with_wasm_toolchain trunk build --release --offline --features test-panic --dist target/dist-crash
  (cd tests/e2e && QUIZ_E2E_DIST=../../target/dist-crash QUIZ_E2E_TEST_PANIC=1 npx playwright test crash.spec.mjs --project chromium)
}

# The builds only tests use: the crash screen's, then the fallback, the stable build, with
# the sizes checked and the core specs run on it.
stable_checks() {
  crash_checks
  [ -n "$(chosen_nightly)" ] || return 0
  say "the stable build, the fallback when the nightly cannot be had, into target/dist-stable/"
  QUIZ_STABLE=1 with_wasm_toolchain trunk build --release --offline --dist target/dist-stable
  node tools/size-check.mjs target/dist-stable --stable
  (cd tests/e2e && QUIZ_E2E_DIST=../../target/dist-stable npx playwright test quiz.spec.mjs chunks.spec.mjs crash.spec.mjs --project chromium)
}

# The fast loop (make check): formatting, lints for host and wasm, the module layers,
# the docs' links and paths, and every host test. No browser, no release build.
fast_checks() {
  say "format"
  cargo fmt --all --check
  say "clippy (host and wasm)"
  cargo clippy --workspace --all-targets -- -D warnings
  cargo clippy -p pmo-leader-quiz -p quiz-core --all-targets --target wasm32-unknown-unknown -- -D warnings
  # The packager too, as a page in the browser will run it.
  cargo clippy -p quiz-core --features package --all-targets --target wasm32-unknown-unknown -- -D warnings
  say "module layers and import cycles"
  node tools/deps-check.mjs
  say "docs: links and named paths"
  node tools/docs-check.mjs
  say "native tests (the core, the app's host tests and the quiz-bank tool, its packages included)"
  cargo test --workspace
}

# What make check needs: the wasm target and the lint and format components.
setup_check() {
  rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null || rustup target add wasm32-unknown-unknown
  rustup component list --installed | grep '^clippy' >/dev/null || rustup component add clippy
  rustup component list --installed | grep '^rustfmt' >/dev/null || rustup component add rustfmt
}

run_tests() {
  # setup_test installed xmllint: the packages' manifests are checked against their schemas.
  export QUIZ_REQUIRE_XMLLINT=1
  fast_checks
  say "quiz-bank's GIFT import against gift-pegjs"
  (cd tests/gift && node --test)
  say "wasm tests in headless Chromium"
  env -u GECKODRIVER CHROMEDRIVER="$CHROMEDRIVER" WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test -p pmo-leader-quiz --target wasm32-unknown-unknown --test storage
  say "wasm tests in headless Firefox"
  env -u CHROMEDRIVER GECKODRIVER="$GECKODRIVER" WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test -p pmo-leader-quiz --target wasm32-unknown-unknown --test storage
  build
  say "bytes of a first visit"
  if [ -n "$(chosen_nightly)" ]; then node tools/size-check.mjs dist; else node tools/size-check.mjs dist --stable; fi
  say "end-to-end tests (Playwright, Debian Chromium)"
  (cd tests/e2e && npx playwright test)
  engine_tests
  stable_checks
}

engine_tests() {
  say "cross-engine tests: WebKit and Firefox through WebDriver"
  (cd tests/engines && GECKODRIVER="$GECKODRIVER" node --test --test-reporter=spec webkit.test.mjs firefox.test.mjs)
}

case "${1:-}" in
  setup) setup_test ;;
  build) setup_build && build ;;
  # make scorm and make package: a release build, then quiz-bank's packages of it.
  scorm) setup_build && build && ONLY="${ONLY:-scorm12,scorm2004}" package ;;
  package) setup_build && build && package ;;
  serve)
    setup_build
    say "serving on http://127.0.0.1:8080/"
    with_wasm_toolchain trunk serve --release --offline
    ;;
  test) setup_test && run_tests ;;
  check) setup_check && fast_checks ;;
  # Only the stable fallback's build and checks (part of test).
  fallback) setup_build && stable_checks ;;
  # Only the cross-engine suite, against the dist/ already built.
  engines) queue_build_tools && setup_engines && engine_tests ;;
  *)
    echo "usage: tools/quiz.sh setup|build|serve|check|test|engines|fallback|scorm|package" >&2
    exit 2
    ;;
esac
