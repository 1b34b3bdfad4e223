"""Official Government of Canada symbols and location data in pictures (the `images` extra).

`footprint.images.scan.scan_image(data)` is the entry point. Nothing here imports OpenCV,
numpy or Pillow at module import: they load on the first scan, so `footprint --help` stays fast
and the default install (without the extra) still runs.
"""
