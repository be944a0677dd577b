"""Trains the example churn model: logistic regression by gradient descent (standard library only).

Run from examples/churn: python3 scripts/train.py [--params params.yaml]
Reads data/customers/{train,test}.csv; writes models/churn/model.json, metrics.json and
predictions.csv (test rows with the prediction, the score and the sensitive feature).
"""
import csv
import json
import math
import random

FEATURES = ["tenure_months", "monthly_charges", "support_tickets", "age", "plan_basic", "plan_premium"]


def load_params(path="params.yaml"):
    params = {}
    with open(path) as f:
        for line in f:
            line = line.split("#")[0].strip()
            if line:
                key, value = (s.strip() for s in line.split(":", 1))
                params[key] = float(value) if "." in value else int(value)
    return params


def features(row):
    return [
        float(row["tenure_months"]),
        float(row["monthly_charges"]),
        float(row["support_tickets"]),
        float(row["age"]),
        1.0 if row["plan"] == "basic" else 0.0,
        1.0 if row["plan"] == "premium" else 0.0,
    ]


def read(path):
    with open(path) as f:
        return list(csv.DictReader(f))


def standardise(xs):
    cols = list(zip(*xs))
    means = [sum(c) / len(c) for c in cols]
    stds = [max(1e-9, math.sqrt(sum((v - m) ** 2 for v in c) / len(c))) for c, m in zip(cols, means)]
    return means, stds


def sigmoid(z):
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def train(xs, ys, params):
    rng = random.Random(params["seed"])
    w = [rng.uniform(-0.01, 0.01) for _ in xs[0]]
    b = 0.0
    lr, l2 = params["learning_rate"], params["l2"]
    for _ in range(params["epochs"]):
        gw = [0.0] * len(w)
        gb = 0.0
        for x, y in zip(xs, ys):
            err = sigmoid(sum(wi * xi for wi, xi in zip(w, x)) + b) - y
            gw = [g + err * xi for g, xi in zip(gw, x)]
            gb += err
        w = [wi - lr * (g / len(xs) + l2 * wi) for wi, g in zip(w, gw)]
        b -= lr * gb / len(xs)
    return w, b


def main():
    params = load_params()
    train_rows, test_rows = read("data/customers/train.csv"), read("data/customers/test.csv")
    raw = [features(r) for r in train_rows]
    means, stds = standardise(raw)
    scale = lambda x: [(v - m) / s for v, m, s in zip(x, means, stds)]
    w, b = train([scale(x) for x in raw], [int(r["churned"]) for r in train_rows], params)
    with open("models/churn/model.json", "w") as f:
        json.dump({"features": FEATURES, "means": means, "stds": stds, "weights": w, "bias": b}, f, indent=2)
        f.write("\n")
    preds = []
    for r in test_rows:
        score = sigmoid(sum(wi * xi for wi, xi in zip(w, scale(features(r)))) + b)
        preds.append({"customer_id": r["customer_id"], "gender": r["gender"], "region": r["region"],
                      "churned": int(r["churned"]), "prediction": int(score >= params["threshold"]),
                      "score": round(score, 6)})
    with open("predictions.csv", "w", newline="") as f:
        wr = csv.DictWriter(f, fieldnames=list(preds[0]), lineterminator="\n")
        wr.writeheader()
        wr.writerows(preds)
    tp = sum(1 for p in preds if p["prediction"] == 1 and p["churned"] == 1)
    fp = sum(1 for p in preds if p["prediction"] == 1 and p["churned"] == 0)
    fn = sum(1 for p in preds if p["prediction"] == 0 and p["churned"] == 1)
    acc = sum(1 for p in preds if p["prediction"] == p["churned"]) / len(preds)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    metrics = {"accuracy": round(acc, 6), "precision": round(precision, 6), "recall": round(recall, 6),
               "f1": round(f1, 6)}
    with open("metrics.json", "w") as f:
        json.dump(metrics, f, indent=2)
        f.write("\n")
    print(json.dumps(metrics))


if __name__ == "__main__":
    main()
