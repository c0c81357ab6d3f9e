#!/usr/bin/env python3
"""aggregate score.json of several runs: aggregate.py RUN..."""
import sys, json
cats = ["verbatim_long", "verbatim_short", "wrapped_copy", "edited_names", "edited_numbers", "clause_inserted", "clause_dropped", "horizontal"]
S = [json.load(open(f"{r}/score.json")) for r in sys.argv[1:]]
print("| category | plants | recall | found (any) | found whole | whole in guarantee's conditions (plants) | precision (per category) | only formula |")
print("|---|--:|--:|--:|--:|--:|--:|--:|")
tot = dict(n=0, chars=0, found=0, whole=0, g=0, gw=0)
for c in cats:
    n = sum(s[c]["plants"] for s in S); ch = sum(s[c]["raw"]["chars"] for s in S); f = sum(s[c]["raw"]["found"] for s in S)
    w = sum(s[c]["raw"]["whole"] for s in S); g = sum(s[c]["g_plants"] for s in S); gw = sum(s[c]["raw"]["g_whole"] for s in S)
    pi = sum(s[c]["raw"]["prec_in"] for s in S); pa = sum(s[c]["raw"]["prec_all"] for s in S)
    a = sum(s[c]["any"] for s in S); fo = sum(s[c]["formula_only"] for s in S)
    for k, v in zip(["n", "chars", "found", "whole", "g", "gw"], [n, ch, f, w, g, gw]): tot[k] += v
    print(f"| {c} | {n} | {f/ch:.3f} | {a} | {w/n:.3f} | {gw/g:.3f} ({g}) | {pi/pa:.3f} | {fo} |")
ra = sum(s["reported_copy_chars"] for s in S); rp = sum(s["reported_copy_planted_chars"] for s in S)
print(f"| **all** | {tot['n']} | {tot['found']/tot['chars']:.3f} | | {tot['whole']/tot['n']:.3f} | {tot['gw']/tot['g']:.3f} ({tot['g']}) | {rp/ra:.3f} (overall) | |")
print()
fp = [s["formula_pairs"] for s in S]
print(f"formula_only pairs: {sum(x['pairs'] for x in fp)} pairs; listed by ipap {sum(x['pairs_listed'] for x in fp)}; "
      f"with a copy passage {sum(x['pairs_with_copy'] for x in fp)}; copy chars {sum(x['reported_copy_chars'] for x in fp)}; "
      f"chars in formula passages {sum(x['reported_formula_chars'] for x in fp)}")
print(f"all pairs with no plant: {sum(s['unplanted_pairs_reported'] for s in S)} pairs listed with copy passages, "
      f"{sum(s['unplanted_pairs_reported_chars'] for s in S)} copy chars (of {ra} reported copy chars; planted {rp})")
cl = {}
for s in S:
    for k, v in s["unplanted_by_class"].items():
        cl.setdefault(k, [0, 0]); cl[k][0] += v[0]; cl[k][1] += v[1]
for k, v in sorted(cl.items()):
    print(f"  - {k}: {v[0]} passages, {v[1]} chars")
