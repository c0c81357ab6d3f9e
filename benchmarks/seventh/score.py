#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Score ipap's reuse output against g7 ground truth.

usage: score.py RUNDIR   (RUNDIR holds truth.json, src/texts, corpus/documents, A.json)
writes RUNDIR/score.json, RUNDIR/misses.txt and prints a Markdown table.
"""
import sys, os, json, unicodedata
from collections import defaultdict

run = sys.argv[1]
truth = json.load(open(os.path.join(run, "truth.json"), encoding="utf-8"))
A = json.load(open(os.path.join(run, "A.json"), encoding="utf-8"))


def is_content(ch):
    return unicodedata.category(ch)[0] in "LN"


texts = {}
offmap = {}
mismatch = 0
for did in truth["documents"]:
    ft = open(os.path.join(run, "src", "texts", did + ".txt"), encoding="utf-8").read()
    st = json.load(open(os.path.join(run, "corpus", "documents", did + ".json"), encoding="utf-8"))["text"]
    texts[did] = ft
    if st != ft:
        mismatch += 1
        # map stored offsets to file offsets with difflib (rare: only if import normalised something)
        import difflib
        sm = difflib.SequenceMatcher(None, st, ft, autojunk=False)
        m = [None] * (len(st) + 1)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            for k in range(i1, i2 + 1):
                m[k] = j1 + min(k - i1, max(0, j2 - j1))
        offmap[did] = m
if mismatch:
    print(f"note: {mismatch} stored texts differ from the files; offsets mapped", file=sys.stderr)


def fmap(did, o):
    return offmap[did][o] if did in offmap else o


kinds = {}
for did in truth["documents"]:
    kp = os.path.join(run, "kinds", did + ".txt")
    kinds[did] = open(kp, encoding="utf-8").read() if os.path.exists(kp) else None


def kind_counts(did, a, b):
    k = kinds[did]
    c = defaultdict(int)
    if k is None:
        return c
    t = texts[did]
    for o in range(a, b):
        if is_content(t[o]):
            c[k[o]] += 1
    return dict(c)


# content prefix sums per document
cps = {}
for did, t in texts.items():
    c = [0]
    for ch in t:
        c.append(c[-1] + (1 if is_content(ch) else 0))
    cps[did] = c


def ccount(did, a, b):
    a = max(0, a); b = max(a, b)
    return cps[did][b] - cps[did][a]


# reported passages
copies = defaultdict(list)    # (src, tgt) -> [(s0,s1,t0,t1,edited)]
formulas = defaultdict(list)
relations = {}
for r in A.get("reuse", []):
    s, t = r["source"], r["target"]
    relations[(s, t)] = r.get("relation")
    for p in r.get("passages", []):
        s0, s1 = fmap(s, p["source"][0]), fmap(s, p["source"][1])
        t0, t1 = fmap(t, p["target"][0]), fmap(t, p["target"][1])
        (formulas if p.get("formula") else copies)[(s, t)].append((s0, s1, t0, t1, p.get("edited")))

plants = truth["plants"]
by_pair = defaultdict(list)
for p in plants:
    by_pair[(p["source"], p["target"])].append(p)

# planted target character sets per pair (content chars only) and per document
planted_t = defaultdict(set)   # (s,t) -> set of target offsets
planted_doc = defaultdict(set)  # t -> offsets planted from any source
for p in plants:
    t = p["target"]
    for a, b in p["tgt_ranges"]:
        for o in range(a, b):
            if is_content(texts[t][o]):
                planted_t[(p["source"], t)].add(o)
                planted_doc[t].add(o)


def covered(intervals, offs):
    n = 0
    for o in offs:
        for a, b in intervals:
            if a <= o < b:
                n += 1
                break
    return n


import difflib


def guarantee(src, tgt):
    def norm(x):
        return [unicodedata.normalize("NFKC", ch).lower() for ch in x if is_content(ch)]
    a, b = norm(src), norm(tgt)
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    # merge edits separated by fewer than 8 identical characters
    segs = []  # [tag, alen, blen]
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal" and (i2 - i1 >= 8 or not segs or (segs and segs[-1][0] == "equal")):
            segs.append(["equal", i2 - i1, j2 - j1])
        elif tag == "equal" and segs and segs[-1][0] == "edit":
            segs[-1][1] += i2 - i1; segs[-1][2] += j2 - j1
        elif segs and segs[-1][0] == "edit":
            segs[-1][1] += i2 - i1; segs[-1][2] += j2 - j1
        else:
            segs.append(["edit", i2 - i1, j2 - j1])
    # an edit merged with a short equal stretch at the very end: fine
    longest = max([x[1] for x in segs if x[0] == "equal"] or [0])
    if longest < 30:
        return False
    for k, x in enumerate(segs):
        if x[0] != "edit":
            continue
        el = max(x[1], x[2])
        before = segs[k - 1][1] if k > 0 and segs[k - 1][0] == "equal" else 0
        after = segs[k + 1][1] if k + 1 < len(segs) and segs[k + 1][0] == "equal" else 0
        if el > 30 or before < el or 2 * after < el:
            return False
    return True


for p in truth["plants"]:
    p["guarantee"] = guarantee(p["src_text"], p["tgt_text"])

cats = ["verbatim_long", "verbatim_short", "wrapped_copy", "edited_names", "edited_numbers", "clause_inserted",
        "clause_dropped", "horizontal"]
stat = {c: dict(plants=0, chars=0, found=0, whole=0, g_plants=0, g_whole=0, any=0, formula_only=0) for c in cats}
misses = []
per_plant = []
for p in plants:
    c = p["category"]; s, t = p["source"], p["target"]
    offs = [o for a, b in p["tgt_ranges"] for o in range(a, b) if is_content(texts[t][o])]
    cp = copies.get((s, t), [])
    f = covered([(x[2], x[3]) for x in cp], offs)
    fo = covered([(x[2], x[3]) for x in formulas.get((s, t), [])], offs)
    st = stat[c]
    st["plants"] += 1; st["chars"] += len(offs); st["found"] += f
    if f:
        st["any"] += 1
    if fo and not f:
        st["formula_only"] += 1
    ts0, ts1 = p["tgt_span"]; ss0, ss1 = p["src_span"]
    whole = False
    for (a0, a1, b0, b1, ed) in cp:
        lt = ccount(t, ts0, b0) if b0 > ts0 else 0
        rt = ccount(t, b1, ts1) if b1 < ts1 else 0
        ls = ccount(s, ss0, a0) if a0 > ss0 else 0
        rs = ccount(s, a1, ss1) if a1 < ss1 else 0
        if lt <= 2 and rt <= 2 and ls <= 2 and rs <= 2:
            whole = True
            break
    if whole:
        st["whole"] += 1
    if p["guarantee"]:
        st["g_plants"] += 1
        if whole:
            st["g_whole"] += 1
    rec = dict(id=p["id"], category=c, source=s, target=t, src_span=p["src_span"], tgt_span=p["tgt_span"],
               chars=len(offs), found=f, whole=whole, guarantee=p["guarantee"], edits=p["edits"],
               reported=[x for x in cp if x[3] > ts0 - 200 and x[2] < ts1 + 200],
               reported_formula=[x for x in formulas.get((s, t), []) if x[3] > ts0 and x[2] < ts1],
               relation=relations.get((s, t)))
    per_plant.append(rec)
    if f < len(offs) or not whole:
        misses.append(rec)

# precision per category and overall
prec = {c: [0, 0] for c in cats}   # planted chars, total chars of passages overlapping a plant of c
tot_pl = tot_all = 0
unplanted_pairs_chars = 0
unplanted_pairs = defaultdict(int)
fp_pairs = set(tuple(x) for x in truth["formula_pairs"])
fp_pair_chars = 0
fp_pair_reported = defaultdict(int)
fp_passages = []
fp_class = defaultdict(lambda: [0, 0])
extra_by_cat = defaultdict(list)
for (s, t), cp in copies.items():
    pl = planted_t.get((s, t), set())
    pls = by_pair.get((s, t), [])
    for (a0, a1, b0, b1, ed) in cp:
        kt = kinds.get(t)
        offs = [o for o in range(b0, b1) if is_content(texts[t][o]) and not (kt and kt[o] == "f")]
        inside = sum(1 for o in offs if o in pl)
        tot_all += len(offs); tot_pl += inside
        hit = set()
        for p in pls:
            x0, x1 = p["tgt_span"]
            if b0 < x1 and x0 < b1:
                hit.add(p["category"])
        for c in hit:
            prec[c][0] += inside; prec[c][1] += len(offs)
            if len(offs) - inside > 2:
                extra_by_cat[c].append(dict(source=s, target=t, passage=[a0, a1, b0, b1], extra=len(offs) - inside,
                                            text=texts[t][b0:b1]))
        if not pls:
            unplanted_pairs_chars += len(offs)
            unplanted_pairs[(s, t)] += len(offs)
            kc = kind_counts(t, b0, b1)
            cls = "stock+headings only" if not kc.get("o") and not kc.get("p") else (
                "holds own text" if kc.get("o") else "holds planted text of another pair")
            fp_class[cls][0] += 1; fp_class[cls][1] += len(offs)
            fp_passages.append(dict(source=s, target=t, passage=[a0, a1, b0, b1], chars=len(offs), edited=ed, kinds=kc, cls=cls,
                                    formula_pair=(s, t) in fp_pairs, text=texts[t][b0:b1]))
        if (s, t) in fp_pairs:
            fp_pair_chars += len(offs)
            fp_pair_reported[(s, t)] += len(offs)

# formula pairs: shared stock characters (upper bound of what could be misreported) -- count reported formula passages
fp_formula_chars = sum(sum(ccount(t, x[2], x[3]) for x in formulas.get((s, t), [])) for s, t in fp_pairs)

rows = []
out = {}
for c in cats:
    st = stat[c]
    rec = st["found"] / st["chars"] if st["chars"] else 0
    pr = prec[c][0] / prec[c][1] if prec[c][1] else float("nan")
    out[c] = dict(plants=st["plants"], recall=rec, any=st["any"], whole=st["whole"] / st["plants"],
                  whole_guarantee=(st["g_whole"] / st["g_plants"]) if st["g_plants"] else None,
                  g_plants=st["g_plants"], precision=pr, formula_only=st["formula_only"],
                  raw=dict(chars=st["chars"], found=st["found"], whole=st["whole"], g_whole=st["g_whole"],
                           prec_in=prec[c][0], prec_all=prec[c][1]))
allc = sum(stat[c]["chars"] for c in cats); allf = sum(stat[c]["found"] for c in cats)
allw = sum(stat[c]["whole"] for c in cats); alln = sum(stat[c]["plants"] for c in cats)
allgw = sum(stat[c]["g_whole"] for c in cats); allg = sum(stat[c]["g_plants"] for c in cats)
out["all"] = dict(plants=alln, recall=allf / allc, whole=allw / alln, whole_guarantee=allgw / allg, g_plants=allg,
                  precision=tot_pl / tot_all if tot_all else float("nan"))
out["unplanted_pairs_reported_chars"] = unplanted_pairs_chars
out["unplanted_pairs_reported"] = len(unplanted_pairs)
out["formula_pairs"] = dict(pairs=len(fp_pairs), reported_copy_chars=fp_pair_chars,
                            pairs_with_copy=len(fp_pair_reported), reported_formula_chars=fp_formula_chars,
                            pairs_listed=sum(1 for p in fp_pairs if p in relations))
out["reported_copy_chars"] = tot_all
out["reported_copy_planted_chars"] = tot_pl
out["unplanted_by_class"] = {k: v for k, v in fp_class.items()}
json.dump(out, open(os.path.join(run, "score.json"), "w"), ensure_ascii=False, indent=1)
with open(os.path.join(run, "misses.jsonl"), "w", encoding="utf-8") as f:
    for m in misses:
        f.write(json.dumps(m, ensure_ascii=False) + "\n")
with open(os.path.join(run, "fp_passages.jsonl"), "w", encoding="utf-8") as f:
    for m in sorted(fp_passages, key=lambda x: -x["chars"]):
        f.write(json.dumps(m, ensure_ascii=False) + "\n")
with open(os.path.join(run, "overreach.jsonl"), "w", encoding="utf-8") as f:
    for c, xs in extra_by_cat.items():
        for m in sorted(xs, key=lambda x: -x["extra"]):
            f.write(json.dumps(dict(category=c, **m), ensure_ascii=False) + "\n")

print("| category | plants | recall | found (any) | found whole | whole in guarantee's conditions (plants) | precision | only formula |")
print("|---|--:|--:|--:|--:|--:|--:|--:|")
for c in cats + ["all"]:
    o = out[c]
    wg = f"{o['whole_guarantee']:.3f} ({o['g_plants']})" if o.get("whole_guarantee") is not None else "-"
    print(f"| {c} | {o['plants']} | {o['recall']:.3f} | {o.get('any', '')} | {o['whole']:.3f} | {wg} | {o['precision']:.3f} | {o.get('formula_only', '')} |")
print()
print(f"formula_only pairs: {len(fp_pairs)} pairs, {out['formula_pairs']['pairs_listed']} listed, "
      f"{fp_pair_chars} content chars reported as copy in {len(fp_pair_reported)} pairs; "
      f"{fp_formula_chars} chars in formula passages")
print(f"all reported copy chars {tot_all}, planted {tot_pl}; pairs with no plant: {len(unplanted_pairs)} pairs, "
      f"{unplanted_pairs_chars} chars")
for k, v in sorted(fp_class.items()):
    print(f"  unplanted-pair passages, {k}: {v[0]} passages, {v[1]} chars")
