// The console's test player: 1-4 cameras, each in hls.js with the console's recommended settings
// (/player/settings.json) and a readout of its live latency. window.cgrPlayer holds each tile's
// numbers for tests and benchmarks. A camera that burns its capture time into the picture (the
// synthetic ones do; timecode.js reads it) also gets a glass-to-glass readout: every presented frame's
// {capture_ms, presented_ms, latency_ms} goes into tiles[name].samples (the newest MAX_SAMPLES).
(function () {
  "use strict";

  var params = new URLSearchParams(window.location.search);
  var token = params.get("token");
  // ?lowLatency=0: hls.js as a player that knows nothing of low latency (its defaults, no parts), to compare
  var lowLatency = params.get("lowLatency") !== "0";
  var grid = document.getElementById("grid");
  var choice = document.getElementById("choice");
  var message = document.getElementById("message");
  var MAX_SAMPLES = 20000; // 13 min at 25 fps: a benchmark's run, bounded for a page left open
  var state = { settings: null, cameras: [], tiles: {} };
  window.cgrPlayer = state;

  function withToken(url) {
    if (!token || /[?&]token=/.test(url)) return url;
    return url + (url.indexOf("?") < 0 ? "?" : "&") + "token=" + encodeURIComponent(token);
  }

  function fetchJson(url) {
    return fetch(withToken(url), { cache: "no-store" }).then(function (answer) {
      if (!answer.ok) throw new Error(url + ": HTTP " + answer.status);
      return answer.json();
    });
  }

  function say(text) {
    message.textContent = text;
    message.hidden = !text;
  }

  function chosenCameras() {
    var known = state.cameras.map(function (c) { return c.camera; });
    var max = state.settings.player.maxCameras;
    var asked = (params.get("cameras") || "").split(",").filter(function (name) {
      return known.indexOf(name) >= 0;
    });
    return (asked.length ? asked : known).slice(0, max);
  }

  function buildChoice(chosen) {
    choice.textContent = "";
    state.cameras.forEach(function (camera) {
      var label = document.createElement("label");
      var box = document.createElement("input");
      box.type = "checkbox";
      box.value = camera.camera;
      box.checked = chosen.indexOf(camera.camera) >= 0;
      box.addEventListener("change", onChoice);
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + camera.camera));
      choice.appendChild(label);
    });
  }

  function onChoice() {
    var boxes = choice.querySelectorAll("input:checked");
    var names = Array.prototype.map.call(boxes, function (b) { return b.value; });
    var max = state.settings.player.maxCameras;
    if (names.length > max) {
      this.checked = false;
      say("At most " + max + " cameras at once.");
      return;
    }
    say("");
    params.set("cameras", names.join(","));
    window.history.replaceState(null, "", "?" + params.toString());
    showGrid(names);
  }

  function showGrid(names) {
    Object.keys(state.tiles).forEach(function (name) {
      stop(state.tiles[name]);
      state.tiles[name].stopSampling();
    });
    state.tiles = {};
    grid.textContent = "";
    grid.style.setProperty("--columns", names.length > 1 ? "2" : "1");
    names.forEach(function (name) {
      var camera = state.cameras.filter(function (c) { return c.camera === name; })[0];
      var tile = document.createElement("div");
      tile.className = "tile";
      var video = document.createElement("video");
      video.muted = true;
      video.autoplay = true;
      video.playsInline = true;
      var title = document.createElement("div");
      title.className = "name";
      title.textContent = name;
      var readout = document.createElement("div");
      readout.className = "latency";
      readout.textContent = "connecting…";
      tile.appendChild(video);
      tile.appendChild(title);
      tile.appendChild(readout);
      grid.appendChild(tile);
      var entry = {
        camera: name, playlist: camera.playlist, video: video, readout: readout, hls: null,
        latency: null, sinceIngest: null, stalls: 0, resets: 0, jumps: 0, restarts: 0, playing: false, seekedAt: 0, lateSince: null, error: "",
        glassToGlass: null, samples: [], stopSampling: function () {}
      };
      if (window.cgrTimecode) {
        entry.stopSampling = window.cgrTimecode.sample(video, function (sample) {
          entry.samples.push(sample);
          if (entry.samples.length > MAX_SAMPLES) entry.samples.shift();
        });
      }
      // a stall: playback that ran out of video (not the start)
      video.addEventListener("playing", function () { entry.playing = true; });
      // a seek (the page's jump to the live edge at start or after a long stall, or hls.js's own) waits
      // for the decoder to reach the new position: that is not a stall
      video.addEventListener("seeking", function () { entry.seekedAt = Date.now(); });
      video.addEventListener("waiting", function () {
        if (entry.playing && !video.seeking && Date.now() - entry.seekedAt > 1000) entry.stalls += 1;
      });
      video.addEventListener("play", function () {
        var hls = entry.hls;
        if (state.settings.player.seekToLiveOnPlay && hls && hls.liveSyncPosition !== null) {
          video.currentTime = hls.liveSyncPosition;
        }
      });
      state.tiles[name] = entry;
      start(entry);
    });
  }

  function start(entry) {
    var video = entry.video;
    if (window.Hls && window.Hls.isSupported()) {
      var config = lowLatency ? Object.assign({}, state.settings.hls) : { lowLatencyMode: false };
      if (token) {
        config.xhrSetup = function (xhr, url) { xhr.open("GET", withToken(url), true); };
      }
      var hls = new window.Hls(config);
      entry.hls = hls;
      hls.on(window.Hls.Events.MANIFEST_PARSED, function () {
        video.play().catch(function () { /* autoplay refused: the viewer presses play */ });
      });
      hls.on(window.Hls.Events.ERROR, function (event, data) {
        if (!data.fatal) return;
        entry.error = data.details;
        entry.readout.textContent = "error (" + data.details + "), retrying…";
        stop(entry);
        entry.restarts += 1;
        entry.retry = window.setTimeout(function () { start(entry); }, state.settings.player.retryAfterFatalMs);
      });
      hls.loadSource(withToken(entry.playlist));
      hls.attachMedia(video);
    } else if (video.canPlayType("application/vnd.apple.mpegurl")) {
      video.src = withToken(entry.playlist); // Safari plays (LL-)HLS itself
    } else {
      say("This browser cannot play HLS: it has no Media Source Extensions.");
    }
  }

  function stop(entry) {
    window.clearTimeout(entry.retry);
    if (entry.hls) {
      entry.hls.destroy();
      entry.hls = null;
    }
  }

  function seconds(value) {
    return value === null || isNaN(value) ? "–" : value.toFixed(2) + " s";
  }

  // Catch-up, the page's own (hls.js's is off: it speeds up only with more than 1 s buffered, which a
  // player 0.6 s behind the edge never has): a little behind its target, play a little faster while
  // enough is buffered; far behind (a long stall), jump to the target when it is downloaded.
  function catchUp(entry, hls, player) {
    var video = entry.video;
    var rate = 1;
    if (lowLatency && entry.latency !== null && !video.paused && video.buffered.length) {
      var behind = entry.latency - hls.targetLatency;
      var end = video.buffered.end(video.buffered.length - 1);
      var target = hls.liveSyncPosition;
      if (behind > player.jumpBehindS && target !== null && target < end) {
        video.currentTime = target;
        entry.jumps += 1;
      } else if (behind > player.catchUpAboveS && end - video.currentTime > player.catchUpMinBufferS) {
        rate = behind > 2 * player.catchUpAboveS ? player.catchUpRate : 1 + (player.catchUpRate - 1) / 2;
      }
    }
    if (video.playbackRate !== rate) video.playbackRate = rate;
  }

  function readOut() {
    var player = state.settings.player;
    Object.keys(state.tiles).forEach(function (name) {
      var entry = state.tiles[name];
      var hls = entry.hls;
      if (!hls) return;
      var latency = hls.latency;
      entry.latency = latency > 0 ? latency : null;
      entry.sinceIngest = hls.playingDate ? (Date.now() - hls.playingDate.getTime()) / 1000 : null;
      var newest = entry.samples.length ? entry.samples[entry.samples.length - 1] : null;
      var fresh = newest !== null && Date.now() - newest.presented_ms < 2000;
      entry.glassToGlass = fresh ? newest.latency_ms / 1000 : null;
      // hls.js raises its target after every stall; once latency stays high, go back to the target
      if (lowLatency && entry.latency !== null && entry.latency > player.resetLatencyAboveS) {
        var now = Date.now();
        if (entry.lateSince === null) {
          entry.lateSince = now;
        } else if (now - entry.lateSince > player.resetLatencyAfterMs) {
          hls.targetLatency = state.settings.hls.liveSyncDuration;
          entry.resets += 1;
          entry.lateSince = null;
        }
      } else {
        entry.lateSince = null;
      }
      catchUp(entry, hls, player);
      entry.readout.textContent = "latency " + seconds(entry.latency) + " · since ingest " +
        seconds(entry.sinceIngest) +
        (entry.glassToGlass !== null ? " · glass to glass " + seconds(entry.glassToGlass) : "") +
        " · ×" + entry.video.playbackRate.toFixed(2) +
        (entry.stalls ? " · stalls " + entry.stalls : "");
      entry.readout.classList.toggle("late", entry.latency !== null && entry.latency > player.resetLatencyAboveS);
    });
  }

  Promise.all([fetchJson("/player/settings.json"), fetchJson("/player/cameras.json")])
    .then(function (answers) {
      state.settings = answers[0];
      state.cameras = answers[1];
      if (!state.cameras.length) {
        say("No camera is published by the console.");
        return;
      }
      var chosen = chosenCameras();
      buildChoice(chosen);
      showGrid(chosen);
      window.setInterval(readOut, 250);
    })
    .catch(function (error) { say("The player could not start: " + error.message); });
})();
