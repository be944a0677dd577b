"""Scores a production batch with the trained model, as the serving system would log it.

Run from examples/churn: python3 scripts/score.py production/batch-drifted.csv
Writes production/<name>-scored.csv (the inputs, the prediction and its score; no label) and
production/<name>-ground-truth.csv (customer_id, churned: the labels that arrive later).
"""
import csv
import json
import sys

sys.path.insert(0, "scripts")
from train import features, load_params, sigmoid  # noqa: E402


def main(path):
    model = json.load(open("models/churn/model.json"))
    threshold = load_params()["threshold"]
    rows = list(csv.DictReader(open(path)))
    stem = path[: -len(".csv")]
    scored, truth = [], []
    for r in rows:
        x = [(v - m) / s for v, m, s in zip(features(r), model["means"], model["stds"])]
        score = sigmoid(sum(w * v for w, v in zip(model["weights"], x)) + model["bias"])
        inputs = {k: v for k, v in r.items() if k != "churned"}
        scored.append({**inputs, "prediction": int(score >= threshold), "score": round(score, 6)})
        truth.append({"customer_id": r["customer_id"], "churned": r["churned"]})
    for suffix, out in (("-scored.csv", scored), ("-ground-truth.csv", truth)):
        with open(stem + suffix, "w", newline="") as f:
            wr = csv.DictWriter(f, fieldnames=list(out[0]), lineterminator="\n")
            wr.writeheader()
            wr.writerows(out)


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        main(arg)
