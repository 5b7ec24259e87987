// Reads the capture time a synthetic camera burns into its frames (cgrconsole/core/synthetic/timecode.py:
// the same layout, keep them in step) from a playing <video>, for glass-to-glass latency.
//
// window.cgrTimecode.read(video) -> ms since the epoch, or null (no code, or its CRC fails)
// window.cgrTimecode.sample(video, onSample) -> stop(); calls onSample({capture_ms, presented_ms,
//   latency_ms}) for every presented frame that carries the code; presented_ms is
//   performance.timeOrigin + the frame's presentationTime from requestVideoFrameCallback.
(function () {
  "use strict";

  var GRID = 80; // cells across the frame's width
  var COLUMNS = 3;
  var ROWS = 24;
  var TOP = 2 / 9; // of the frame's height
  var DATA_BITS = 48;
  var CRC_BITS = 16;
  var MIN_WIDTH = 160;
  var MIN_CONTRAST = 48;
  var GUARDS = { 0: 1, 1: 0, 2: 1, 67: 1, 68: 0, 69: 0, 70: 1, 71: 0 }; // cell index -> colour (1 = white)
  var canvas = null;
  var context = null;

  function crc16(bytes) {
    // CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF
    var crc = 0xffff;
    for (var i = 0; i < bytes.length; i++) {
      crc ^= bytes[i] << 8;
      for (var bit = 0; bit < 8; bit++) {
        crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
      }
    }
    return crc;
  }

  function fits(width, height) {
    return width >= MIN_WIDTH && TOP * height + (ROWS * width) / GRID <= height;
  }

  function cellBox(width, height, index) {
    var size = width / GRID;
    var row = Math.floor(index / COLUMNS);
    var column = index % COLUMNS;
    var x0 = width - COLUMNS * size;
    var y0 = TOP * height;
    return [
      Math.round(x0 + column * size),
      Math.round(y0 + row * size),
      Math.round(x0 + (column + 1) * size),
      Math.round(y0 + (row + 1) * size)
    ];
  }

  // Mean grey of every cell's central half; pixels hold the strip from (left, top).
  function levels(pixels, stripWidth, left, top, width, height) {
    var result = [];
    for (var index = 0; index < COLUMNS * ROWS; index++) {
      var box = cellBox(width, height, index);
      var dx = Math.floor((box[2] - box[0]) / 4);
      var dy = Math.floor((box[3] - box[1]) / 4);
      var sum = 0;
      var count = 0;
      for (var y = box[1] + dy; y < box[3] - dy; y++) {
        for (var x = box[0] + dx; x < box[2] - dx; x++) {
          var at = ((y - top) * stripWidth + (x - left)) * 4;
          sum += pixels[at] + pixels[at + 1] + pixels[at + 2];
          count += 3;
        }
      }
      result.push(count ? sum / count : 0);
    }
    return result;
  }

  function decode(cells) {
    var white = Infinity;
    var black = -Infinity;
    Object.keys(GUARDS).forEach(function (key) {
      var level = cells[Number(key)];
      if (GUARDS[key]) white = Math.min(white, level);
      else black = Math.max(black, level);
    });
    if (white - black < MIN_CONTRAST) return null;
    var threshold = (white + black) / 2;
    var value = 0;
    var check = 0;
    for (var i = 0; i < DATA_BITS + CRC_BITS; i++) {
      var bit = cells[3 + i] > threshold ? 1 : 0;
      if (i < DATA_BITS) value = value * 2 + bit; // 48 bits: exact in a double, not in an int32
      else check = check * 2 + bit;
    }
    var bytes = [];
    for (var b = DATA_BITS / 8 - 1; b >= 0; b--) bytes.push(Math.floor(value / Math.pow(2, 8 * b)) % 256);
    return crc16(bytes) === check ? value : null;
  }

  function read(video) {
    var width = video.videoWidth;
    var height = video.videoHeight;
    if (!width || !height || !fits(width, height) || video.readyState < 2) return null;
    var first = cellBox(width, height, 0);
    var last = cellBox(width, height, COLUMNS * ROWS - 1);
    var stripWidth = last[2] - first[0];
    var stripHeight = last[3] - first[1];
    if (canvas === null) {
      canvas = document.createElement("canvas");
      context = canvas.getContext("2d", { willReadFrequently: true });
    }
    if (canvas.width !== stripWidth || canvas.height !== stripHeight) {
      canvas.width = stripWidth;
      canvas.height = stripHeight;
    }
    // only the strip, at the video's own resolution: no scaling, and little to read back
    context.drawImage(video, first[0], first[1], stripWidth, stripHeight, 0, 0, stripWidth, stripHeight);
    var pixels = context.getImageData(0, 0, stripWidth, stripHeight).data;
    return decode(levels(pixels, stripWidth, first[0], first[1], width, height));
  }

  function sample(video, onSample) {
    var stopped = false;
    if (typeof video.requestVideoFrameCallback !== "function") return function () {};
    function onFrame(now, metadata) {
      if (stopped) return;
      var capture = read(video);
      if (capture !== null) {
        var presented = performance.timeOrigin + metadata.presentationTime;
        onSample({ capture_ms: capture, presented_ms: presented, latency_ms: presented - capture });
      }
      video.requestVideoFrameCallback(onFrame);
    }
    video.requestVideoFrameCallback(onFrame);
    return function stop() { stopped = true; };
  }

  window.cgrTimecode = { read: read, sample: sample, cellBox: cellBox, crc16: crc16 };
})();
