# The two commands from the README. Both install whatever is missing first.
.PHONY: serve test build setup bench

serve: ## build and serve the quiz on http://127.0.0.1:8080/
	tools/quiz.sh serve

test: ## install what is missing, then run every check and test
	tools/quiz.sh test

build: ## release build into dist/
	tools/quiz.sh build

setup:
	tools/quiz.sh setup

bench: ## size, Lighthouse, latency and memory benchmark; writes docs/BENCHMARKS.md
	bench/run.sh
