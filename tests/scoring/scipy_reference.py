"""Reference figures for the scoring library, from scipy and statsmodels.

Reads cases as JSON on stdin and writes the same figures as JSON on stdout,
each computed from the raw data by the Python libraries docs/design.md names
(section 4: every published figure agrees with scipy/statsmodels to 1e-6).
"""
import json
import sys

import numpy as np
from scipy import stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint, proportions_ztest
from statsmodels.stats.weightstats import DescrStatsW


def wilson(case):
    low, high = proportion_confint(case["favorable"], case["n"], alpha=0.05, method="wilson")
    return {"low": 100 * low, "high": 100 * high}


def mean_interval(case):
    values = np.array(case["values"], dtype=float)
    low, high = DescrStatsW(values).tconfint_mean(alpha=0.05)
    return {"mean": 100 * values.mean(), "low": 100 * max(0.0, low), "high": 100 * min(1.0, high)}


def change(case):
    f1, n1, f2, n2 = case["f1"], case["n1"], case["f2"], case["n2"]
    total, favorable = n1 + n2, f1 + f2
    # Every expected count at least 5, in integers: min(n) * min(F, N - F) >= 5 N.
    if min(n1, n2) * min(favorable, total - favorable) >= 5 * total:
        z, p = proportions_ztest([f1, f2], [n1, n2])
        return {"test": "z", "delta": 100 * (f1 / n1 - f2 / n2), "z": float(z), "p": float(p)}
    p = stats.fisher_exact([[f1, n1 - f1], [f2, n2 - f2]])[1]
    return {"test": "fisher", "delta": 100 * (f1 / n1 - f2 / n2), "z": None, "p": float(p)}


def alpha(case):
    items = np.array(case["items"], dtype=float)  # respondents x items, complete respondents only
    k = items.shape[1]
    item_variances = items.var(axis=0, ddof=1).sum()
    total_variance = items.sum(axis=1).var(ddof=1)
    return {"alpha": float(k / (k - 1) * (1 - item_variances / total_variance))}


def bh(case):
    tested = [(i, p) for i, p in enumerate(case["p"]) if p is not None]
    reject = multipletests([p for _, p in tested], alpha=0.05, method="fdr_bh")[0] if tested else []
    significant = [False] * len(case["p"])
    for (i, _), r in zip(tested, reject):
        significant[i] = bool(r)
    return {"significant": significant}


KINDS = {"wilson": wilson, "mean": mean_interval, "change": change, "alpha": alpha, "bh": bh}

cases = json.load(sys.stdin)
json.dump({kind: [KINDS[kind](case) for case in cases[kind]] for kind in cases}, sys.stdout)
