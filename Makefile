# The commands from the README and CONTRIBUTING.md. Each installs whatever is missing first.
.PHONY: serve test check build setup bench scorm package

serve: ## build and serve the quiz on http://127.0.0.1:8080/
	tools/quiz.sh serve

test: ## install what is missing, then run every check and test
	tools/quiz.sh test

check: ## the fast loop: fmt, clippy (host and wasm), layers, docs links, host tests
	tools/quiz.sh check

build: ## release build into dist/
	tools/quiz.sh build

setup:
	tools/quiz.sh setup

# What to package, chosen when packaging (see docs/LMS.md), e.g.
#   make package BANK=my-bank.json SETTINGS="mode=exam&count=20&pass=80" TITLE="PMO Leader check"
# BANK is a bank .json or a .gift file (the built-in bank when empty); MEDIA is Moodle's
# files for a GIFT bank's pictures; MOVE_ON is cmi5's moveOn (CompletedOrPassed by default).
BANK ?=
SETTINGS ?=
TITLE ?=
MOVE_ON ?=
MEDIA ?=
export BANK SETTINGS TITLE MOVE_ON MEDIA
package: ## SCORM 1.2, SCORM 2004, cmi5 and web zips into dist-lms/ (see docs/LMS.md)
	tools/quiz.sh package

scorm: ## only the SCORM 1.2 and 2004 zips into dist-lms/
	tools/quiz.sh scorm

bench: ## size, Lighthouse, latency and memory benchmark; writes docs/BENCHMARKS.md
	bench/run.sh
