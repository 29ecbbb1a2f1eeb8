#!/usr/bin/env python3
"""The Python peer of bench_crosssell: the same pairwise association rules with numpy and scipy.sparse.

Debian 12 packages no association-rule library for Python (mlxtend, efficient-apriori and pyfim are not in
Debian; `apt-cache search apriori` finds nothing), so the peer is the textbook sparse formulation written out:
a customer x product 0/1 matrix X, item counts from its column sums, the pair counts of the frequent items as
X_f^T X_f (one sparse matrix product), then support, confidence and lift for both directions of every pair.

    python3 bench/crosssell_peer.py DIR PRODUCTS [MIN_SUPPORT ...]

DIR holds offsets.u64 and items.u32 as `bench_crosssell synthetic N P DIR` writes them.
Needs python3-numpy and python3-scipy (apt-get install python3-scipy).
"""
import math
import os
import resource
import sys
import time

import numpy as np
import scipy.sparse as sp


def mine(x, baskets, min_support, min_confidence):
    counts = np.asarray(x.sum(axis=0)).ravel()
    min_count = max(1, math.ceil(min_support * baskets - 1e-9))
    frequent = np.flatnonzero(counts >= min_count)
    xf = x[:, frequent]
    pairs = sp.triu(xf.T @ xf, k=1).tocoo()
    keep = pairs.data >= min_count
    a = frequent[pairs.row[keep]]
    b = frequent[pairs.col[keep]]
    both = pairs.data[keep].astype(np.float64)
    ant = np.concatenate([a, b])
    con = np.concatenate([b, a])
    both2 = np.concatenate([both, both])
    confidence = both2 / counts[ant]
    lift = confidence / (counts[con] / baskets)
    strong = confidence >= min_confidence - 1e-12
    order = np.argsort(-lift[strong], kind="stable")
    return len(frequent), int(keep.sum()), int(strong.sum()), (lift[strong][order[0]] if order.size else 0.0)


def main():
    folder, products = sys.argv[1], int(sys.argv[2])
    supports = [float(s) for s in sys.argv[3:]] or [0.01, 0.001, 0.0001, 0.00001]
    offsets = np.fromfile(os.path.join(folder, "offsets.u64"), dtype=np.uint64).astype(np.int64)
    items = np.fromfile(os.path.join(folder, "items.u32"), dtype=np.uint32).astype(np.int32)
    start = time.perf_counter()
    n = len(offsets) - 1
    x = sp.csr_matrix((np.ones(len(items), dtype=np.int32), items, offsets), shape=(n, products))
    baskets = int(np.count_nonzero(np.diff(offsets)))
    built = time.perf_counter() - start
    print(f"matrix of {n} baskets, {len(items)} items built in {built:.2f} s")
    for support in supports:
        for run in (1, 2):
            t = time.perf_counter()
            cpu = time.process_time()
            frequent, pairs, rules, best = mine(x, baskets, support, 0.2)
            print(f"min support {support:g}, min confidence 0.2, run {run}: {time.perf_counter() - t:.3f} s wall, "
                  f"{time.process_time() - cpu:.3f} s CPU; "
                  f"{frequent} frequent products, {pairs} pairs, {rules} rules; best lift {best:.2f}")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
