"""Demand forecasting over long-format frames (unique_id, ds, y) built on statsforecast.

Import from the modules (`engine`, `books`, `frames`...): this package stays empty so that
loading the table definitions does not pay for importing statsforecast and numba.
"""
