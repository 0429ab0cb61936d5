"""The detectors, one module per area of the books; `registry` lists them all."""
