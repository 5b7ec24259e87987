"""plateset2: a second, independent ANPR evaluation set (issue 15).

Written without reading or importing the demo renderer (``cgrconsole.core.synthetic``): its own plate
layouts from the published standards (:mod:`.layouts`: KZ 2012, RU GOST R 50577, KG 2016, UZ 2008), its
own fonts (:mod:`.fonts`, real free fonts from Debian packages, none the demo's), stamped characters,
holders and bolts (:mod:`.plate`), a vehicle face (:mod:`.vehicle`) posed in 3-D (:mod:`.pose`: yaw
+-30, pitch +-15, roll +-8 degrees), plates 100-350 px wide in 1280x720 frames, and camera effects
(:mod:`.effects`): 40 % clean, 60 % with 1-3 of motion/focus blur, noise, night with headlight glare
and bloom, JPEG 25-60, dirt, overexposure, rain, shadow bands, partial occlusion (tow hook, bar).

Only the format table (which texts are valid plates) is shared with the product: it is the truth.

Parts (by index, each sample a pure function of its index):

* **tune** ``0 .. 99 999``: look at it, score on it, tune on it.
* **holdout** ``100 000 ..``: never looked at while changing the recognizer; score it once at the end.

``python -m benchmarks.plateset2 --out DIR --split tune --count 600`` writes the frames and a
``truth.jsonl`` that ``benchmarks/anpr.py --dataset DIR`` scores through ``cgrconsole anpr read``.
"""
