#!/usr/bin/env python3
"""print the misses of runs (RUNDIR ...): planted text, and what ipap reported near it"""
import sys, json
for run in sys.argv[1:]:
    T = json.load(open(f"{run}/truth.json"))
    P = {p["id"]: p for p in T["plants"]}
    for l in open(f"{run}/misses.jsonl"):
        m = json.loads(l)
        p = P[m["id"]]
        s = open(f"{run}/src/texts/{m['source']}.txt").read(); t = open(f"{run}/src/texts/{m['target']}.txt").read()
        print(f"## {run} {m['id']} {m['category']} {m['source']}{m['src_span']} -> {m['target']}{m['tgt_span']} "
              f"found {m['found']}/{m['chars']} whole={m['whole']} guarantee={m['guarantee']} relation={m['relation']} edits={m['edits']}")
        print("  SRC:", s[p['src_span'][0]:p['src_span'][1]].replace("\n", "⏎"))
        print("  TGT:", t[p['tgt_span'][0]:p['tgt_span'][1]].replace("\n", "⏎"))
        for x in m["reported"]:
            print(f"  copy passage S[{x[0]},{x[1]}) T[{x[2]},{x[3]}) edited={x[4]}: T=", t[x[2]:x[3]].replace("\n", "⏎")[:200])
        for x in m["reported_formula"]:
            print(f"  FORMULA passage S[{x[0]},{x[1]}) T[{x[2]},{x[3]}): T=", t[x[2]:x[3]].replace("\n", "⏎")[:200])
