# cgrconsole: `make demo` to see it, `make test` to prove it. See README.md.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python

# Debian packages the console's window needs: every library PySide6's xcb platform plugin links
# (`ldd .venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so` and libQt6XcbQpa.so.6).
# A bare Debian lacks at least libxcb-cursor0, libxcb-icccm4 and libxcb-keysyms1; without them Qt says
# "could not load the Qt platform plugin xcb" and no window opens. Plus a font with Cyrillic letters.
GUI_PACKAGES := libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libx11-6 libx11-xcb1 \
	libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 \
	libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0 fonts-dejavu-core

# Debian packages the tests need: a real RTSP server (GStreamer), OpenSSH for SFTP (server and client),
# ffprobe, Debian chromium (the live stream in a browser), the second plate set's fonts, a real X
# server (Xvfb) for the test that opens the window, GNOME Keyring on a private D-Bus (the Secret Service
# for real), libvlc for the event player (playback at the event), and the window's own libraries.
SYSTEM_PACKAGES := gstreamer1.0-rtsp gir1.2-gst-rtsp-server-1.0 python3-gi gstreamer1.0-plugins-base \
	gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-plugins-ugly ffmpeg openssh-server \
	openssh-client xvfb chromium fonts-roboto-unhinted fonts-urw-base35 fonts-liberation fonts-freefont-ttf \
	fonts-noto-core gnome-keyring dbus-daemon libvlc5 vlc-plugin-base $(GUI_PACKAGES)

.PHONY: demo demo-headless test system-deps gui-deps venv translations ts lint bench screenshots clean package

# $(call apt_check,PACKAGES,OTHERWISE): the missing Debian PACKAGES are installed when run as root;
# otherwise the shell command OTHERWISE runs with $$missing set. Other systems: a note, nothing else.
define apt_check
	@if ! command -v dpkg-query >/dev/null; then echo "not Debian or Ubuntu: make sure the equivalents of these are installed: $(1)"; exit 0; fi; \
	missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	missing=$$(echo $$missing); \
	if [ -z "$$missing" ]; then echo "system packages: all present"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing system packages: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else $(2); fi
endef
TESTS_WITHOUT = echo "missing system packages (install as root, tests needing them will be skipped): $$missing"
NO_WINDOW_WITHOUT = echo; echo "The console's window needs Debian packages that are not installed: $$missing"; \
	echo "Install them (as root), then run make demo again:"; echo; echo "  sudo apt-get install $$missing"; echo; exit 1

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dev,easyocr,package]"
	touch $@

venv: $(VENV)/.installed

translations: venv
	@for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; done

# After changing UI text: refresh the .ts files (no line numbers, so merges stay clean), then translate.
# the configuration problems' templates (QT_TRANSLATE_NOOP("ConfigProblem", …) in these Qt-free files)
PROBLEM_SOURCES = cgrconsole/config.py cgrconsole/config_toml.py cgrconsole/core/camera/settings.py \
	cgrconsole/core/camera/url.py cgrconsole/core/reachability/settings.py cgrconsole/core/uplink/cgr/settings.py \
	cgrconsole/core/uplink/drvn/settings.py cgrconsole/core/archive/upload/settings.py cgrconsole/core/synthetic/source.py

ts: venv
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none cgrconsole/ui/*.py $(PROBLEM_SOURCES) \
		-ts resources/translations/cgrconsole_ru.ts resources/translations/cgrconsole_kk.ts

demo: gui-deps venv translations
	$(BIN)/cgrconsole --demo $(ARGS)

demo-headless: venv
	$(BIN)/cgrconsole --demo --headless --duration 30

system-deps:
	$(call apt_check,$(SYSTEM_PACKAGES),$(TESTS_WITHOUT))

# The window's libraries (make demo): installed as root, otherwise the exact command and a stop.
gui-deps:
	$(call apt_check,$(GUI_PACKAGES),$(NO_WINDOW_WITHOUT))

lint: venv
	$(BIN)/ruff check cgrconsole tests benchmarks training
	$(BIN)/ruff format --check cgrconsole tests benchmarks training
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
	$(PY) benchmarks/live_packager.py
	$(PY) benchmarks/live_reload.py
	$(PY) benchmarks/hls_latency.py
	$(PY) benchmarks/tile_latency.py
	$(PY) benchmarks/sftp.py

screenshots: venv translations
	CGR_SAVE_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/ui -k screenshot

# The installers' Linux half: the PyInstaller folder (dist/cgrconsole) and the .deb (dist/cgrconsole_*.deb).
# Compression chosen by measurement (docs/benchmarks.md): xz -6. The .deb's Depends come from the build
# (packaging/build_deb.py) plus the window's libraries above. Windows: .github/workflows/windows.yml.
DEB_COMPRESSION ?= xz
DEB_LEVEL ?= 6
package: venv translations
	nice -n 10 $(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/cgrconsole.spec
	$(PY) packaging/build_deb.py --dist dist/cgrconsole --system-depends build/pyinstaller/cgrconsole/system-depends.txt \
		--depends "$(GUI_PACKAGES)" --compression $(DEB_COMPRESSION) --level $(DEB_LEVEL) --out dist

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm
