# The commands from the README and CONTRIBUTING.md. Each installs whatever is missing first.
.PHONY: serve test check build setup bench scorm

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

# The quiz settings and the title the LMS shows, chosen when packaging, e.g.
#   make scorm SETTINGS="mode=exam&count=20&pass=80" TITLE="PMO Leader check"
SETTINGS ?=
TITLE ?=
export SETTINGS TITLE
scorm: ## SCORM 1.2 and 2004 packages into dist-lms/ (see docs/LMS.md)
	tools/quiz.sh scorm

bench: ## size, Lighthouse, latency and memory benchmark; writes docs/BENCHMARKS.md
	bench/run.sh
