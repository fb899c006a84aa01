# Two commands for a fresh clone (see README.md):
#   make release   install, then build a release from raw/ into output/
#   make test      install with the test extra, then run the test suite
# Everything installs into .venv (uv from PyPI, pinned by requirements.lock).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: release test install lint bench clean

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv

$(VENV)/.installed: pyproject.toml requirements.lock | $(BIN)/uv
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -c requirements.lock -e ".[test]"
	touch $@

install: $(VENV)/.installed

release: install
	$(BIN)/python -m pipeline build --raw raw --output output

test: install
	$(BIN)/ruff check pipeline tests bench
	$(BIN)/ruff format --check pipeline tests bench
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check --fix pipeline tests bench
	$(BIN)/ruff format pipeline tests bench

bench: install
	$(BIN)/python bench/bench.py --articles 2000

clean:
	rm -rf $(VENV) output/releases output/latest output/.prefect
