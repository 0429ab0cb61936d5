"""Run every benchmark with sizes that finish in minutes; `make bench` calls this.

Usage: python bench/run_all.py [--orders 1000] [--full]
--full runs the sizes the goals are stated for (10,000 orders per backend).
Then 200 parallel clients against `smarterp serve` (only 200s and 503s, never 500).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_import
import bench_orders
import bench_overload
import bench_trial_balance


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1000, help="orders per backend")
    parser.add_argument("--full", action="store_true", help="10,000 orders per backend")
    args = parser.parse_args()
    orders = 10_000 if args.full else args.orders
    bench_orders.main(["--n", str(orders)])
    bench_trial_balance.main([])
    bench_import.main()
    bench_overload.main([])


if __name__ == "__main__":
    main()
