# cgrconsole: `make demo` to see it, `make test` to prove it. See README.md.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python

# Debian packages the tests need: a real RTSP server (GStreamer), OpenSSH for SFTP, ffprobe.
SYSTEM_PACKAGES := gstreamer1.0-rtsp gir1.2-gst-rtsp-server-1.0 python3-gi gstreamer1.0-plugins-base \
	gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-plugins-ugly ffmpeg openssh-server \
	fonts-dejavu-core

.PHONY: demo demo-headless test system-deps venv translations ts lint bench screenshots clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dev,easyocr]"
	touch $@

venv: $(VENV)/.installed

translations: venv
	@for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; done

# After changing UI text: refresh the .ts files (no line numbers, so merges stay clean), then translate.
ts: venv
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none cgrconsole/ui/*.py \
		-ts resources/translations/cgrconsole_ru.ts resources/translations/cgrconsole_kk.ts

demo: venv translations
	$(BIN)/cgrconsole --demo $(ARGS)

demo-headless: venv
	$(BIN)/cgrconsole --demo --headless --duration 30

system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then echo "system packages: all present"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing system packages: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else echo "missing system packages (install as root, tests needing them will be skipped): $$missing"; fi

lint: venv
	$(BIN)/ruff check cgrconsole tests benchmarks
	$(BIN)/ruff format --check cgrconsole tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

test: system-deps venv translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: venv
	$(PY) benchmarks/ingest.py
	$(PY) benchmarks/startup.py
	$(PY) benchmarks/recording.py
	$(PY) benchmarks/synthetic_clock.py
	test -d benchmarks/out/anpr_eval || $(PY) benchmarks/anpr_dataset.py --out benchmarks/out/anpr_eval --count 1200 --seed 7
	$(PY) benchmarks/anpr.py
	$(PY) benchmarks/anpr.py --engine easyocr
	$(PY) benchmarks/anpr_video.py
	$(PY) benchmarks/anpr_live.py
	$(PY) benchmarks/uplink.py

screenshots: venv translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/ui -k screenshot

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm
