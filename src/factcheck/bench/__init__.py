"""Benchmarks for factcheck: extraction throughput, hostile inputs, alignment.

Run ``python -m factcheck.bench --help``. The corpus is generated from
templates in :mod:`factcheck.bench.corpus`; no outside text is used.
"""
