"""Generates the example's customer data deterministically (standard library only).

Run from examples/churn: python3 scripts/make_data.py
Writes data/customers/train.csv, data/customers/test.csv and production/batch-*.csv.
"""
import csv
import math
import random

PLANS = ["basic", "standard", "premium"]
REGIONS = ["north", "south", "east", "west"]


def customer(rng, i, shift=0.0):
    tenure = max(1, int(rng.gauss(30 - 12 * shift, 14)))
    monthly = round(max(5.0, rng.gauss(55 + 25 * shift, 18)), 2)
    plan = rng.choices(PLANS, weights=[5 - 3 * shift, 3, 2 + 3 * shift])[0]
    region = rng.choice(REGIONS)
    gender = rng.choice(["female", "male"])
    age = min(90, max(18, int(rng.gauss(42, 13))))
    tickets = min(12, int(rng.expovariate(1 / (1.5 + 2 * shift))))
    z = -1.2 - 0.045 * tenure + 0.03 * monthly + 0.35 * tickets + (0.4 if plan == "basic" else 0.0)
    churned = 1 if rng.random() < 1 / (1 + math.exp(-z)) else 0
    return {
        "customer_id": f"C{i:05d}",
        "tenure_months": tenure,
        "monthly_charges": monthly,
        "plan": plan,
        "region": region,
        "gender": gender,
        "age": age,
        "support_tickets": tickets,
        "churned": churned,
    }


def write(path, rows):
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main():
    rng = random.Random(20260101)
    rows = [customer(rng, i) for i in range(2000)]
    write("data/customers/train.csv", rows[:1600])
    write("data/customers/test.csv", rows[1600:])
    healthy = random.Random(7)
    write("production/batch-healthy.csv", [customer(healthy, 10000 + i) for i in range(500)])
    drifted = random.Random(8)
    write("production/batch-drifted.csv", [customer(drifted, 20000 + i, shift=1.0) for i in range(500)])


if __name__ == "__main__":
    main()
