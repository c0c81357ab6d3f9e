#!/usr/bin/env python3
"""which stock formulae make up the copy passages reported between pairs with no plant; their document shares"""
import sys, os, json, re, collections
sys.argv += [] ; run = sys.argv[1]
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bank
T = json.load(open(f"{run}/truth.json"))
man = {l.split(",")[0]: l.split(",")[3] for l in open(f"{run}/src/manifest.csv")}
def clean(x): return re.sub(r"\s|[－—-]\s?\d+\s?[－—-]|第\d+页", "", x)
texts = {d: clean(open(f"{run}/src/texts/{d}.txt").read()) for d in T["documents"]}
items = []
for lst in [bank.STOCK_PREAMBLE, bank.STOCK_IDEOLOGY, bank.STOCK_GOAL_LEAD, bank.STOCK_TASK, bank.STOCK_CLOSING]:
    items += lst
for h, b in bank.STOCK_PRINCIPLES: items.append(h + b)
for h, vs in bank.STOCK_SAFEGUARDS: items += vs
keys = []
for it in items:
    parts = [p for p in re.split(r"\{[A-Z_]+\}", it) if len(p) >= 12]
    if parts: keys.append((max(parts, key=len)[:14], it))
central = {d for d, v in T["documents"].items() if v["level"] in ("national", "ministerial")}
holders = {k: [d for d, t in texts.items() if k in t] for k, it in keys}
xs = [json.loads(l) for l in open(f"{run}/fp_passages.jsonl")]
ys = [x for x in xs if x["cls"] == "stock+headings only"]
use = collections.Counter(); chars = collections.Counter()
nst = collections.Counter()
for x in ys:
    t = clean(x["text"])
    found = [k for k, it in keys if k in t]
    nst[len(found)] += 1
    for k in found:
        use[k] += 1; chars[k] += x["chars"]
print("stock items per stock-only FP passage:", sorted(nst.items()))
print("| stock formula (first 14 chars) | holders (share of docs) | central holders (issuers) | FP passages |")
print("|---|--:|--:|--:|")
for k, n in use.most_common(25):
    h = holders[k]; ch = [d for d in h if d in central]
    print(f"| {k} | {len(h)} ({len(h)/len(texts):.2f}) | {len(ch)} ({len(set(man[d] for d in ch))}) | {n} |")
# share buckets over all stock items
print()
b = collections.defaultdict(lambda: [0, 0])
for k, it in keys:
    sh = len(holders[k]) / len(texts)
    bb = "<0.10" if sh < .1 else "0.10-0.20" if sh < .2 else "0.20-0.30" if sh < .3 else ">=0.30"
    b[bb][0] += 1; b[bb][1] += use.get(k, 0)
print("holder share of stock items: bucket -> items, FP passages containing them", dict(b))
