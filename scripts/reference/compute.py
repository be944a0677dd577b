#!/usr/bin/python3
"""Reference values for the data statistics, computed with scipy / scikit-learn / numpy.

Writes fixture data (deterministic, seeded) and the expected values as JSON under
test/fixtures/reference/. The TypeScript tests compare against these files; they never run Python.
Run with Debian's interpreter (apt-get install python3-scipy python3-sklearn python3-pandas):

    /usr/bin/python3 scripts/reference/compute.py

Drift tests follow Evidently's definitions (evidently.calculations.stattests), re-stated here with
the scipy/numpy calls Evidently makes; fairness follows Fairlearn's metric definitions
(selection_rate, true/false positive rate, demographic parity / equalized odds difference and ratio),
re-stated with scikit-learn and pandas because Fairlearn is not packaged by Debian.
"""
import json
import os
import sys
from collections import Counter

import numpy as np
import pandas as pd
import scipy
import sklearn
from scipy import stats
from scipy.spatial import distance
from sklearn import metrics

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'test', 'fixtures', 'reference')


def write_json(name, value, indent=1):
    with open(os.path.join(ROOT, name), 'w') as f:
        json.dump(value, f, indent=indent, sort_keys=True, allow_nan=False)
        f.write('\n')


# ---------------------------------------------------------------- drift (Evidently's stattests)

def keys_of(ref, cur):
    return sorted(set(ref) | set(cur), key=str)


def binned(ref, cur, numerical, fill_zeroes):
    """evidently.calculations.stattests.utils.get_binned_data."""
    ref = np.asarray(ref)
    cur = np.asarray(cur)
    if numerical:
        bins = np.histogram_bin_edges(np.concatenate([ref, cur]), bins='sturges')
        rp = np.histogram(ref, bins)[0] / len(ref)
        cp = np.histogram(cur, bins)[0] / len(cur)
    else:
        keys = keys_of(ref.tolist(), cur.tolist())
        rc, cc = Counter(ref.tolist()), Counter(cur.tolist())
        rp = np.array([rc[k] for k in keys]) / len(ref)
        cp = np.array([cc[k] for k in keys]) / len(cur)
    if fill_zeroes:
        for p in (rp, cp):
            m = min(p[p != 0])
            np.place(p, p == 0, m / 10**6 if m <= 0.0001 else 0.0001)
    return rp, cp


def chi_p(ref, cur):
    keys = keys_of(ref, cur)
    rc, cc = Counter(ref), Counter(cur)
    k = len(cur) / len(ref)
    with np.errstate(divide='ignore', invalid='ignore'):
        p = float(stats.chisquare([cc[x] for x in keys], [rc[x] * k for x in keys])[1])
    # A category absent from the reference has expected count 0: scipy returns NaN (and Evidently
    # then reports no drift). We report p = 0 instead; null here marks that documented exception.
    return None if np.isnan(p) else p


def z_p(ref, cur):
    keys = keys_of(ref, cur)
    if len(set(ref)) == 1 and len(set(cur)) == 1 and ref[0] == cur[0]:
        return 1.0
    r = np.array([1 if x == keys[0] else 0 for x in ref])
    c = np.array([1 if x == keys[0] else 0 for x in cur])
    n1, n2 = len(r), len(c)
    p1, p2 = r.sum() / n1, c.sum() / n2
    p = (p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(p * (1 - p) * (1.0 / n1 + 1.0 / n2))
    return float(2 * (1 - stats.norm.cdf(np.abs(z))))


def drift_values(ref, cur, numerical):
    out = {}
    if numerical:
        ks = stats.ks_2samp(ref, cur)
        out['ks'] = {'statistic': float(ks.statistic), 'p_value': float(ks.pvalue)}
        out['wasserstein'] = float(stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001))
    else:
        out['chisquare'] = chi_p(ref, cur)
        if len(set(ref) | set(cur)) <= 2:
            out['z'] = z_p(ref, cur)
    rp, cp = binned(ref, cur, numerical, False)
    out['jensenshannon'] = float(distance.jensenshannon(rp, cp))
    out['hellinger'] = float(np.sqrt(max(0.0, 1 - np.sum(np.sqrt(rp * cp)))))
    rp, cp = binned(ref, cur, numerical, True)
    out['psi'] = float(np.sum((rp - cp) * np.log(rp / cp)))
    out['kl_div'] = float(stats.entropy(rp, cp))
    return out


def drift_cases():
    rng = np.random.RandomState(20261127)
    cases = []

    def num(name, ref, cur):
        cases.append({'name': name, 'kind': 'numerical', 'reference': [float(x) for x in ref],
                      'current': [float(x) for x in cur], 'expected': drift_values(ref, cur, True)})

    def cat(name, ref, cur):
        cases.append({'name': name, 'kind': 'categorical', 'reference': list(ref), 'current': list(cur),
                      'expected': drift_values(list(ref), list(cur), False)})

    num('normal equal sizes', rng.normal(0, 1, 300).round(3), rng.normal(0.2, 1, 300).round(3))
    num('normal unequal sizes', rng.normal(0, 1, 240).round(2), rng.normal(0.1, 1.2, 170).round(2))
    num('ties and integers', rng.randint(0, 20, 500), rng.randint(2, 22, 350))
    num('identical', np.arange(50.0), np.arange(50.0))
    num('tiny', [1.0, 2.0, 3.0], [2.5, 3.5])
    num('large exact 9000 vs 7000', rng.normal(0, 1, 9000).round(4), rng.normal(0.03, 1, 7000).round(4))
    num('asymptotic 12000 vs 11000', rng.normal(0, 1, 12000).round(4), rng.normal(0.02, 1, 11000).round(4))
    num('asymptotic clear drift', rng.normal(0, 1, 15000).round(4), rng.normal(0.1, 1, 15000).round(4))
    cat('three categories', rng.choice(['a', 'b', 'c'], 400, p=[0.5, 0.3, 0.2]),
        rng.choice(['a', 'b', 'c'], 300, p=[0.4, 0.35, 0.25]))
    cat('new category in current', rng.choice(['x', 'y'], 200), rng.choice(['x', 'y', 'z'], 150))
    cat('binary', rng.choice(['no', 'yes'], 500, p=[0.7, 0.3]), rng.choice(['no', 'yes'], 450, p=[0.6, 0.4]))
    cat('binary constant same', ['a'] * 20, ['a'] * 30)
    for c in cases:
        if c['kind'] == 'categorical':
            c['reference'] = [str(x) for x in c['reference']]
            c['current'] = [str(x) for x in c['current']]
    return cases


def drift_files():
    """A reference/current CSV pair for the DuckDB path, with Evidently's default test per column."""
    rng = np.random.RandomState(7)
    ref = pd.DataFrame({
        'amount': rng.normal(100, 15, 800).round(2),
        'items': rng.randint(0, 4, 800),
        'channel': rng.choice(['web', 'store', 'phone'], 800, p=[0.5, 0.3, 0.2]),
        'member': rng.choice(['no', 'yes'], 800),
    })
    cur = pd.DataFrame({
        'amount': rng.normal(108, 15, 600).round(2),
        'items': rng.randint(0, 4, 600),
        'channel': rng.choice(['web', 'store', 'phone'], 600, p=[0.6, 0.25, 0.15]),
        'member': rng.choice(['no', 'yes'], 600),
    })
    ref.loc[[3, 17], 'amount'] = np.nan  # nulls are dropped before testing, as Evidently does
    ref.to_csv(os.path.join(ROOT, 'drift-reference.csv'), index=False)
    cur.to_csv(os.path.join(ROOT, 'drift-current.csv'), index=False)
    expected = {}
    for col, numerical, test in [('amount', True, 'ks'), ('items', True, 'chisquare'),
                                 ('channel', False, 'chisquare'), ('member', False, 'z')]:
        r = ref[col].dropna().tolist()
        c = cur[col].dropna().tolist()
        if test == 'ks':
            score = float(stats.ks_2samp(r, c).pvalue)
        elif test == 'chisquare':
            score = chi_p(r, c)
        else:
            score = z_p(r, c)
        expected[col] = {'test': test, 'score': score}
    return expected


# ---------------------------------------------------------------- fairness (Fairlearn's definitions)

def fairness():
    rng = np.random.RandomState(11)
    n = 1000
    df = pd.DataFrame({
        'sex': rng.choice(['female', 'male'], n),
        'age_band': rng.choice(['<30', '30-50', '>50'], n, p=[0.3, 0.5, 0.2]),
    })
    df['y'] = rng.binomial(1, 0.4, n)
    bias = np.where(df['sex'] == 'male', 0.15, -0.05)
    df['yhat'] = (rng.uniform(0, 1, n) < 0.25 + 0.5 * df['y'] + bias).astype(int)
    df.to_csv(os.path.join(ROOT, 'fairness.csv'), index=False)

    def group_metrics(keys):
        groups = {}
        for g, part in df.groupby(keys):
            name = g if isinstance(g, str) else ','.join(g)
            y, p = part['y'].to_numpy(), part['yhat'].to_numpy()
            tn, fp, fn, tp = metrics.confusion_matrix(y, p, labels=[0, 1]).ravel()
            groups[name] = {'count': int(len(part)), 'selection_rate': float(p.mean()),
                            'tpr': float(metrics.recall_score(y, p, zero_division=0)),
                            'fpr': float(fp / (fp + tn))}
        sr = [v['selection_rate'] for v in groups.values()]
        tpr = [v['tpr'] for v in groups.values()]
        fpr = [v['fpr'] for v in groups.values()]
        return {
            'groups': groups,
            'demographic_parity_difference': max(sr) - min(sr),
            'demographic_parity_ratio': min(sr) / max(sr),
            'equalized_odds_difference': max(max(tpr) - min(tpr), max(fpr) - min(fpr)),
            'equalized_odds_ratio': min(min(tpr) / max(tpr), min(fpr) / max(fpr)),
            'equal_opportunity_difference': max(tpr) - min(tpr),
        }

    return {'sex': group_metrics('sex'), 'sex,age_band': group_metrics(['sex', 'age_band'])}


# ---------------------------------------------------------------- evaluation (scikit-learn)

def evaluation():
    rng = np.random.RandomState(5)
    n = 600
    y = rng.binomial(1, 0.35, n)
    score = np.clip(rng.normal(0.35 + 0.3 * y, 0.2), 0, 1).round(3)
    score[:3] = [0.0, 1.0, 1.0]  # exercise log loss clipping
    yhat = (score >= 0.5).astype(int)
    pd.DataFrame({'y': y, 'yhat': yhat, 'score': score}).to_csv(os.path.join(ROOT, 'binary.csv'), index=False)
    binary = {
        'accuracy': metrics.accuracy_score(y, yhat),
        'precision': metrics.precision_score(y, yhat), 'recall': metrics.recall_score(y, yhat),
        'f1': metrics.f1_score(y, yhat), 'roc_auc': metrics.roc_auc_score(y, score),
        'log_loss': metrics.log_loss(y, score),
        'confusion_matrix': metrics.confusion_matrix(y, yhat).tolist(),
    }
    labels = ['cat', 'dog', 'fox']
    yt = rng.choice(labels, 300, p=[0.5, 0.3, 0.2])
    yp = np.where(rng.uniform(0, 1, 300) < 0.7, yt, rng.choice(labels, 300))
    yp[yt == 'fox'] = np.where(rng.uniform(0, 1, (yt == 'fox').sum()) < 0.5, 'cat', 'fox')
    pd.DataFrame({'label': yt, 'predicted': yp}).to_csv(os.path.join(ROOT, 'multiclass.csv'), index=False)
    multi = {'accuracy': metrics.accuracy_score(yt, yp),
             'confusion_matrix': metrics.confusion_matrix(yt, yp, labels=labels).tolist(), 'labels': labels}
    for avg in ('macro', 'micro', 'weighted'):
        p, r, f, _ = metrics.precision_recall_fscore_support(yt, yp, average=avg, zero_division=0)
        multi[f'precision_{avg}'], multi[f'recall_{avg}'], multi[f'f1_{avg}'] = p, r, f
    yr = rng.normal(50, 10, 400).round(2)
    yr[0] = 0.0  # MAPE's epsilon guard
    pr = (yr + rng.normal(0, 4, 400)).round(2)
    pd.DataFrame({'y': yr, 'yhat': pr}).to_csv(os.path.join(ROOT, 'regression.csv'), index=False)
    regression = {
        'mae': metrics.mean_absolute_error(yr, pr), 'mse': metrics.mean_squared_error(yr, pr),
        'rmse': float(np.sqrt(metrics.mean_squared_error(yr, pr))), 'r2': metrics.r2_score(yr, pr),
        'mape': metrics.mean_absolute_percentage_error(yr, pr),
    }
    folds = pd.DataFrame({'fold': range(5), 'accuracy': rng.uniform(0.8, 0.9, 5).round(4),
                          'f1': rng.uniform(0.7, 0.8, 5).round(4)})
    folds.to_csv(os.path.join(ROOT, 'cv-folds.csv'), index=False)
    cv = {m: {'mean': float(np.mean(folds[m])), 'std': float(np.std(folds[m]))} for m in ('accuracy', 'f1')}
    to_float = lambda d: {k: (float(v) if isinstance(v, (float, np.floating)) else v) for k, v in d.items()}
    return {'binary': to_float(binary), 'multiclass': to_float(multi), 'regression': to_float(regression), 'cv': cv}


def main():
    os.makedirs(ROOT, exist_ok=True)
    versions = {'python': sys.version.split()[0], 'numpy': np.__version__, 'scipy': scipy.__version__,
                'sklearn': sklearn.__version__, 'pandas': pd.__version__}
    write_json('drift-cases.json', {'versions': versions, 'cases': drift_cases()}, indent=None)
    write_json('drift-files.json', {'versions': versions, 'columns': drift_files()})
    write_json('fairness.json', {'versions': versions, **fairness()})
    write_json('evaluation.json', {'versions': versions, **evaluation()})


if __name__ == '__main__':
    main()
