#!/usr/bin/env python3
"""Scores ipap's text-reuse analysis against the ground truth of benchmarks/gen_fifth_corpus.py (SYNTHETIC corpora).

Written without reading the analysis or the project's other scorers; it reads only the analysis JSON contract
(docs/data-format.md: reuse[].source/target, reuse[].passages[].source/target as [start, end) Unicode scalar
offsets into the stored texts, "formula": true on a passage listed as a stock formula, not a copy).

Usage:
    python3 benchmarks/score_fifth.py [--misses FILE] [--json FILE] RUN [RUN ...]

where each RUN is a directory holding truth.json, corpus/ and analysis.json (as benchmarks/fifth.sh makes them).
Prints a table per category and per relation; --misses writes every plant not found whole, with its text and
what was reported nearby.

Measures (content characters: letters, digits, ideographs; punctuation and spaces do not count):
  recall      planted content characters of the target span covered by a copy passage (not formula) of the
              plant's pair whose source range overlaps the planted source span
  whole       share of plants (of segments, for sentence_swap all segments) with one such passage whose four
              ends (target and source) are within 2 content characters of the planted ends; identical text
              that happens to continue the copy on both sides may be taken in (the guarantee says so)
  whole(g)    the same over plants meeting the guarantee's conditions (docs/indicators.md, "The guarantee")
  one, over   share of plants covered by one passage whose ends may run past the copy, and by how many content
              characters on average (the spec allows a passage to take in stock text just past a copy's end)
  formula     planted content characters covered only by passages of the pair flagged formula
  precision   share of the content characters of reported copy passages that the two documents share by
              construction: the target character descends (was copied, directly or through other documents)
              from the same original character as a character of the passage's source range, or lies inside a
              planted copy from that source (an edit the passage bridges); up to 2 content characters at a
              passage's ends are tolerated. "strict" counts only characters whose pair is the planted pair or
              whose text originated in the source itself (S wrote it first), or a province -> own city pair
              (which the spec's rule 5 keeps); sharing explained only through a common earlier source (two
              provinces that both copied the centre) counts in "precision" but not in "strict".
              The rest is split: fp_stock (stock formulae or frame text, identical in both over 10+ characters),
              fp_chance (the documents' own generated text, identical by chance over 25+ characters: the
              guarantee obliges the analysis to report such runs unless it judges them formulae) and fp_bridged
              (differing text, or identical pieces under 10 characters, taken in across an edit).
Every plant's category, relation and text come from truth.json; the generator's piece kinds (formula, stock,
frame, own text) are used only to break the false positives down, never to decide what counts as a copy.
"""

import argparse
import bisect
import difflib
import hashlib
import json
import os
import sys
from collections import defaultdict

CATS = ["verbatim_long", "verbatim_short", "substituted", "clause_inserted", "clause_dropped", "sentence_swap",
        "stock_heavy", "table_renumbered", "punctuation_changed", "digits_fullwidth", "items_renumbered", "horizontal",
        "mass_vertical", "ministry_ministry", "prov_to_city"]
TOL = 2


def is_content(c):
    return c.isalnum()


class Run:
    def __init__(self, path):
        self.path = path
        with open(os.path.join(path, "truth.json"), encoding="utf-8") as f:
            self.truth = json.load(f)
        with open(os.path.join(path, "analysis.json"), encoding="utf-8") as f:
            self.analysis = json.load(f)
        self.docs = {}
        self.text = {}
        self.cum = {}
        self.orig = {}
        self.kind = {}
        for d in self.truth["documents"]:
            self.docs[d["id"]] = d
            with open(os.path.join(path, "corpus", "documents", d["id"] + ".json"), encoding="utf-8") as f:
                t = json.load(f)["text"]
            if hashlib.sha1(t.encode("utf-8")).hexdigest() != d["sha1"]:
                sys.exit(f"{path}: the stored text of {d['id']} is not the generated one")
            self.text[d["id"]] = t
            cum = [0] * (len(t) + 1)
            n = 0
            for i, c in enumerate(t):
                if is_content(c):
                    n += 1
                cum[i + 1] = n
            self.cum[d["id"]] = cum
            o = [0] * len(t)
            for s, ln, first in d["origins"]:
                o[s:s + ln] = range(first, first + ln)
            self.orig[d["id"]] = o
            k = ["frame"] * len(t)
            for a, b, kind in d["kinds"]:
                k[a:b] = [kind] * (b - a)
            self.kind[d["id"]] = k
        # origin id -> the document whose writing made it (the text originated there)
        spans = sorted((d["originIds"][0], d["id"]) for d in self.truth["documents"])
        self.owner_starts = [x[0] for x in spans]
        self.owner_ids = [x[1] for x in spans]
        self.plants = self.truth["plants"]
        self.by_target = defaultdict(list)
        for p in self.plants:
            self.by_target[p["target"]].append(p)
            p["srcorig"] = set()
            for sg in p["segments"]:
                a, b = sg["source"]
                p["srcorig"].update(self.orig[p["source"]][a:b])
        self.pairs = defaultdict(list)   # (source, target) -> passages
        self.into = defaultdict(list)    # target -> [(source, passage)]
        for r in self.analysis["reuse"]:
            for ps in r["passages"]:
                self.pairs[(r["source"], r["target"])].append(ps)
                self.into[r["target"]].append((r["source"], ps))

    def owner(self, oid):
        i = bisect.bisect_right(self.owner_starts, oid) - 1
        return self.owner_ids[i] if i >= 0 else None

    def ccount(self, did, a, b):
        c = self.cum[did]
        a = max(0, min(a, len(c) - 1))
        b = max(0, min(b, len(c) - 1))
        return c[b] - c[a] if b >= a else -(c[a] - c[b])


def ident_ext(tt, ts, te, st, ss, se):
    """How far identical text continues the copy before its start and after its end in both texts."""
    b = 0
    while ts - b - 1 >= 0 and ss - b - 1 >= 0 and tt[ts - b - 1] == st[ss - b - 1]:
        b += 1
    a = 0
    while te + a < len(tt) and se + a < len(st) and tt[te + a] == st[se + a]:
        a += 1
    return b, a


def end_ok(run, did, pos, planted_lo, planted_hi):
    """pos within TOL content characters of the interval [planted_lo, planted_hi] (identical extension)."""
    if pos < planted_lo:
        return run.ccount(did, pos, planted_lo) <= TOL
    if pos > planted_hi:
        return run.ccount(did, planted_hi, pos) <= TOL
    return True


def seg_whole(run, p, sg, passages):
    s, t = p["source"], p["target"]
    ts, te = sg["target"]
    ss, se = sg["source"]
    b, a = ident_ext(run.text[t], ts, te, run.text[s], ss, se)
    for ps in passages:
        pt0, pt1 = ps["target"]
        ps0, ps1 = ps["source"]
        if (end_ok(run, t, pt0, ts - b, ts) and end_ok(run, t, pt1, te, te + a)
                and end_ok(run, s, ps0, ss - b, ss) and end_ok(run, s, ps1, se, se + a)):
            return True
    return False


def score_plant(run, p):
    s, t = p["source"], p["target"]
    tt = run.text[t]
    right = [ps for ps in run.pairs.get((s, t), []) if not ps.get("formula")]
    form = [ps for ps in run.pairs.get((s, t), []) if ps.get("formula")]
    others = [(src, ps) for src, ps in run.into.get(t, []) if src != s and not ps.get("formula")]
    total = cov = fcov = ocov = 0
    whole = True
    one = True
    overrun = 0
    covering = []
    for sg in p["segments"]:
        ts, te = sg["target"]
        ss, se = sg["source"]
        mine = [ps for ps in right if ps["source"][0] < se and ps["source"][1] > ss
                and ps["target"][0] < te and ps["target"][1] > ts]
        misaligned = [ps for ps in right if ps not in mine and ps["target"][0] < te and ps["target"][1] > ts]
        covering += mine
        fm = [ps for ps in form if ps["target"][0] < te and ps["target"][1] > ts]
        for j in range(ts, te):
            if not is_content(tt[j]):
                continue
            total += 1
            if any(ps["target"][0] <= j < ps["target"][1] for ps in mine):
                cov += 1
            elif any(ps["target"][0] <= j < ps["target"][1] for ps in fm):
                fcov += 1
            elif any(ps["target"][0] <= j < ps["target"][1] for _, ps in others) or \
                    any(ps["target"][0] <= j < ps["target"][1] for ps in misaligned):
                ocov += 1
        if not seg_whole(run, p, sg, mine):
            whole = False
        # one passage covering the whole segment (its ends may run past the copy): how far past the plant (the
        # segments of a reordered copy lie side by side in the target: one passage over two is not past it)
        b, a = ident_ext(tt, ts, te, run.text[s], ss, se)
        if len(p["segments"]) > 1:
            lo_t = min(x["target"][0] for x in p["segments"])
            hi_t = max(x["target"][1] for x in p["segments"])
            b = max(b, ts - lo_t)
            a = max(a, hi_t - te)
        best = None
        for ps in mine:
            pt0, pt1 = ps["target"]
            if run.ccount(t, max(pt0, ts), min(pt1, te)) >= run.ccount(t, ts, te) - TOL:
                over = max(0, run.ccount(t, pt0, ts - b)) + max(0, run.ccount(t, te + a, pt1))
                best = over if best is None else min(best, over)
        if best is None:
            one = False
        else:
            overrun += best
    return {"total": total, "covered": cov, "formula": fcov, "other": ocov, "whole": whole, "one": one,
            "overrun": overrun, "passages": len({(tuple(ps["target"])) for ps in covering})}


def classify_miss(run, p, sc):
    if sc["whole"]:
        return None
    if sc["covered"] == 0:
        if sc["formula"] > 0:
            return "taken for a formula"
        if sc["other"] > 0:
            return "only another source (or another place of the source) reported"
        return "nothing reported"
    if sc["covered"] < sc["total"]:
        if sc["formula"] > 0:
            return "partly copy, partly formula"
        if sc["passages"] >= 2:
            return "split into several passages"
        return "partly found (ends short)"
    if sc["passages"] >= 2:
        return "split into several passages"
    return "covered, but an end off by more than 2 (over-extended or misaligned source)"


def passage_precision(run, s, t, ps):
    """Classifies the target's content characters of one copy passage."""
    ot, os_ = run.orig[t], run.orig[s]
    s0, s1 = ps["source"]
    t0, t1 = ps["target"]
    sset = set(os_[max(0, s0 - 5):s1 + 5])
    tt = run.text[t]
    plants = [p for p in run.by_target.get(t, []) if any(sg["target"][0] < t1 and sg["target"][1] > t0
                                                        for sg in p["segments"])]
    docs = run.docs
    prov_city = (docs[s]["level"] == "provincial" and docs[t]["level"] == "municipal"
                 and docs[s]["region"] == docs[t]["region"])
    labels = []
    for j in range(t0, min(t1, len(tt))):
        if not is_content(tt[j]):
            continue
        lab = None
        for p in plants:
            inside = any(sg["target"][0] <= j < sg["target"][1] for sg in p["segments"])
            if not inside:
                continue
            if p["source"] == s and any(sg["source"][0] < s1 and sg["source"][1] > s0 for sg in p["segments"]):
                lab = "direct"
                break
            if p["srcorig"] & sset:
                lab = "sibling"
        if lab is None and ot[j] in sset:
            own = run.owner(ot[j])
            lab = "origin" if own == s else "sibling"
        if lab == "sibling":
            own = run.owner(ot[j])
            if own == s:
                lab = "origin"
            elif prov_city:
                lab = "prov_city"
        labels.append((j, lab))
    # tolerate up to TOL unexplained content characters at either end
    for seq in (labels, labels[::-1]):
        k = 0
        while k < len(seq) and seq[k][1] is None:
            k += 1
        if 0 < k <= TOL:
            for m in range(k):
                seq[m] = (seq[m][0], "tolerated")
    # unexplained characters: in an identical run the two ranges hold (how long), and of which kind of text
    out = defaultdict(int)
    kinds = defaultdict(int)
    if any(lab is None for _, lab in labels):
        tcont = "".join(tt[j] for j, _ in labels)
        scont = "".join(c for c in run.text[s][s0:s1] if is_content(c))
        runlen = [0] * len(tcont)
        for blk in difflib.SequenceMatcher(None, tcont, scont, autojunk=False).get_matching_blocks():
            for m in range(blk.a, blk.a + blk.size):
                runlen[m] = blk.size
    for m, (j, lab) in enumerate(labels):
        if lab is not None:
            out[lab] += 1
            continue
        kind = run.kind[t][j]
        stock = kind in ("formula", "stock", "stockheavy", "other", "frame")
        if runlen[m] >= 25 and not stock:
            cls = "fp_chance"       # own text two documents hold identically by chance (25+): the guarantee reports it
        elif runlen[m] >= 10 and stock:
            cls = "fp_stock"        # stock or frame text both hold word for word
        else:
            cls = "fp_bridged"      # differing text, or identical pieces under 10, taken in across an edit
        out[cls] += 1
        kinds[(cls, kind)] += 1
    return out, plants, kinds


def category_of(run, s, t, plants):
    """The category of the plant a passage lies on (a plant of its own pair first), else negative or unplanted."""
    if plants:
        mine = [p for p in plants if p["source"] == s]
        return (mine or plants)[0]["category"]
    neg = run.docs[t]["negative"] or run.docs[s]["negative"]
    if neg:
        return "negative_" + neg
    return "unplanted"


def snippet(text, a, b, n=70):
    s = text[a:b].replace("\n", "⏎")
    return s if len(s) <= n else s[:n // 2] + "…" + s[-n // 2:]


def pct(x, y):
    return f"{100 * x / y:5.1f}" if y else "    -"


EXPLAINED = ("direct", "origin", "prov_city", "sibling", "tolerated")
STRICT = ("direct", "origin", "prov_city", "tolerated")
FP = ("fp_stock", "fp_chance", "fp_bridged")


def main():
    ap = argparse.ArgumentParser(description="Scores ipap's reuse analysis against gen_fifth_corpus.py truth.")
    ap.add_argument("runs", nargs="+")
    ap.add_argument("--misses", help="write every plant not found whole here")
    ap.add_argument("--json", help="write the figures as JSON here")
    a = ap.parse_args()

    agg = defaultdict(lambda: defaultdict(float))
    rel = defaultdict(lambda: defaultdict(float))
    prec = defaultdict(lambda: defaultdict(float))
    reasons = defaultdict(lambda: defaultdict(int))
    neg = defaultdict(float)
    fpkinds = defaultdict(int)
    misses = []
    fp_examples = []
    for path in a.runs:
        run = Run(path)
        for p in run.plants:
            sc = score_plant(run, p)
            keys = [p["category"], "ALL"]
            for key in keys:
                g = agg[key]
                g["plants"] += 1
                g["chars"] += sc["total"]
                g["covered"] += sc["covered"]
                g["formula"] += sc["formula"]
                g["other"] += sc["other"]
                g["whole"] += sc["whole"]
                g["one"] += sc["one"]
                if sc["one"]:
                    g["overrun"] += sc["overrun"]
                    g["overrun_plants"] += sc["overrun"] > TOL
                if p["inGuarantee"]:
                    g["g_plants"] += 1
                    g["g_whole"] += sc["whole"]
            for key in ("relation: " + p["relation"],
                        "wrapped target" if p.get("wrappedTarget") else "unwrapped target",
                        "edited" if p["edited"] else "verbatim"):
                r = rel[key]
                r["plants"] += 1
                r["chars"] += sc["total"]
                r["covered"] += sc["covered"]
                r["whole"] += sc["whole"]
                if p["inGuarantee"]:
                    r["g_plants"] += 1
                    r["g_whole"] += sc["whole"]
            why = classify_miss(run, p, sc)
            if why:
                reasons[p["category"]][why] += 1
                misses.append((path, run, p, sc, why))
        # precision over every reported copy passage
        for r in run.analysis["reuse"]:
            s, t = r["source"], r["target"]
            for ps in r["passages"]:
                negative = run.docs[s]["negative"] or run.docs[t]["negative"]
                if ps.get("formula"):
                    if negative:
                        neg["formula_passages"] += 1
                    continue
                counts, plants, kinds = passage_precision(run, s, t, ps)
                lvl = "central" if run.docs[s]["level"] in ("national", "ministerial") else "local"
                for (cls, kind), v in kinds.items():
                    fpkinds[(cls, kind, lvl)] += v
                cat = category_of(run, s, t, plants)
                n = sum(counts.values())
                for key in (cat, "ALL"):
                    g = prec[key]
                    g["passages"] += 1
                    g["chars"] += n
                    for k, v in counts.items():
                        g[k] += v
                if negative:
                    neg["copy_passages"] += 1
                    neg["copy_chars"] += n
                if sum(counts.get(k, 0) for k in FP) >= 10:
                    fp_examples.append((path, run, s, t, ps, counts, cat))
        for d in run.truth["documents"]:
            if d["negative"]:
                neg["documents"] += 1

    print("Per category. recall: planted content characters covered by a copy passage of the planted pair; whole:")
    print("plants found as one passage with all four ends within 2 content characters; g.pl/whole(g): plants in the")
    print("guarantee's conditions and the share of them found whole; one: covered by one passage whose ends may run")
    print("past the copy (over: mean content characters past it); formula: planted characters only a formula passage")
    print("covers; rep.chars: content characters of the copy passages lying on the category's plants;")
    print("prec: share of those the two documents share by construction (strict: not only through a common source)")
    hdr = (f"{'category':19} {'plants':>6} {'chars':>7} {'recall':>6} {'whole':>6} {'g.pl':>5} {'whole(g)':>8} "
           f"{'one':>6} {'over':>5} {'formula':>7} {'rep.chars':>9} {'prec':>6} {'strict':>6}")
    print(hdr)
    print("-" * len(hdr))
    for c in CATS + ["ALL"]:
        g = agg.get(c, {})
        q = prec.get(c, {})
        if c == "ALL":
            print("-" * len(hdr))
        over = g.get("overrun", 0) / g.get("one", 1) if g.get("one") else 0
        print(f"{c:19} {int(g.get('plants', 0)):6d} {int(g.get('chars', 0)):7d} "
              f"{pct(g.get('covered', 0), g.get('chars', 0)):>6} {pct(g.get('whole', 0), g.get('plants', 0)):>6} "
              f"{int(g.get('g_plants', 0)):5d} {pct(g.get('g_whole', 0), g.get('g_plants', 0)):>8} "
              f"{pct(g.get('one', 0), g.get('plants', 0)):>6} {over:5.1f} "
              f"{pct(g.get('formula', 0), g.get('chars', 0)):>7} {int(q.get('chars', 0)):9d} "
              f"{pct(sum(q.get(k, 0) for k in EXPLAINED), q.get('chars', 0)):>6} "
              f"{pct(sum(q.get(k, 0) for k in STRICT), q.get('chars', 0)):>6}")
    print()
    print("Copy passages lying on no plant (false positives by construction):")
    for c in ("negative_long", "negative_short", "unplanted"):
        q = prec.get(c, {})
        print(f"  {c:16} {int(q.get('passages', 0)):6d} passages {int(q.get('chars', 0)):8d} content characters")
    q = prec["ALL"]
    tot = q.get("chars", 0)
    print()
    print(f"All copy passages: {int(q.get('passages', 0))}, {int(tot)} content characters; precision "
          f"{pct(sum(q.get(k, 0) for k in EXPLAINED), tot).strip()}% (strict {pct(sum(q.get(k, 0) for k in STRICT), tot).strip()}%); "
          f"without the chance repeats of own text (fp_chance, which the guarantee obliges it to report) "
          f"{pct(sum(q.get(k, 0) for k in EXPLAINED), tot - q.get('fp_chance', 0)).strip()}%")
    print("  explained: " + ", ".join(f"{k} {int(q.get(k, 0))}" for k in EXPLAINED))
    print("  unexplained: " + ", ".join(f"{k} {int(q.get(k, 0))} ({pct(q.get(k, 0), tot).strip()}%)" for k in FP))
    print("    fp_stock: stock formulae or frame text (titles, addressees, openings, headings) both documents hold")
    print("    word for word (10+ characters); fp_chance: own text identical by chance over 25+ characters;")
    print("    fp_bridged: text that differs, or identical pieces under 10 characters, taken in across an edit")
    print(f"Negative documents: {int(neg['documents'])}; copy passages with one of them: {int(neg['copy_passages'])} "
          f"({int(neg['copy_chars'])} characters); formula passages with one of them: {int(neg['formula_passages'])}")
    print()
    print("Unexplained characters by class, the target text's kind (generator pieces: formula = fixed stock formula,")
    print("stock/stockheavy = stock clauses with nouns, other/frame = title, addressee, opening, marker, chapter;")
    print("content/target/heading/row = own text; plant = text planted from a third document) and the source's level:")
    for (cls, kind, lvl), v in sorted(fpkinds.items(), key=lambda x: -x[1])[:16]:
        print(f"  {v:7d}  {cls:11} {kind:11} {lvl} source")
    print()
    print("By relation, target layout and edit")
    for k in sorted(rel):
        r = rel[k]
        print(f"  {k:22} plants {int(r['plants']):5d}  recall {pct(r['covered'], r['chars'])}  whole "
              f"{pct(r['whole'], r['plants'])}  whole(g) {pct(r['g_whole'], r['g_plants'])}")
    print()
    print("Plants not found whole, by reason")
    for c in CATS:
        if reasons.get(c):
            print(f"  {c:19} " + "; ".join(f"{k}: {v}" for k, v in sorted(reasons[c].items(), key=lambda x: -x[1])))
    if a.misses:
        write_misses(a.misses, misses, fp_examples)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({"categories": agg, "precision": prec, "relations": rel, "reasons": reasons,
                       "negatives": neg, "unexplained": {" / ".join(k): v for k, v in fpkinds.items()}},
                      f, ensure_ascii=False, indent=1, default=dict)


def write_misses(path_out, misses, fp_examples):
    with open(path_out, "w", encoding="utf-8") as f:
        f.write("SYNTHETIC corpora (benchmarks/gen_fifth_corpus.py). Every plant not found whole, then every copy\n"
                "passage with 10 or more content characters the two documents do not share by construction.\n\n")
        for path, run, p, sc, why in misses:
            s, t = p["source"], p["target"]
            f.write(f"== {os.path.basename(path)} plant {p['id']} {p['category']} ({p['relation']}) {s} -> {t}"
                    f"  recall {sc['covered']}/{sc['total']}  formula {sc['formula']}  other {sc['other']}"
                    f"  in-guarantee {p['inGuarantee']}{'  wrapped target' if p.get('wrappedTarget') else ''}"
                    f"  reason: {why}\n")
            for sg in p["segments"]:
                f.write(f"   planted target {sg['target']} 「{sg['targetText']}」\n".replace("\n」", "⏎」"))
                if sg["sourceText"] != sg["targetText"]:
                    f.write(f"   planted source {sg['source']} 「{sg['sourceText']}」\n")
                else:
                    f.write(f"   planted source {sg['source']}\n")
            if p.get("edits"):
                f.write("   edits: " + "; ".join(f"「{x}」->「{y}」" for x, y in p["edits"]).replace("\n", "⏎") + "\n")
            lo = min(sg["target"][0] for sg in p["segments"]) - 30
            hi = max(sg["target"][1] for sg in p["segments"]) + 30
            near = [(src, ps) for src, ps in run.into.get(t, []) if ps["target"][0] < hi and ps["target"][1] > lo]
            if not near:
                f.write("   reported nearby: nothing\n")
            for src, ps in near:
                f.write(f"   reported {src} {ps['source']} -> {ps['target']}"
                        f"{' FORMULA' if ps.get('formula') else ''}{' edited' if ps.get('edited') else ''}"
                        f" 「{snippet(run.text[t], *ps['target'], n=90)}」\n")
            f.write("\n")
        f.write("\n######## copy passages with 10 or more unexplained characters\n\n")
        for path, run, s, t, ps, counts, cat in fp_examples:
            f.write(f"== {os.path.basename(path)} {s} {ps['source']} -> {t} {ps['target']} [{cat}] "
                    + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + "\n")
            f.write(f"   target 「{snippet(run.text[t], *ps['target'], n=240)}」\n")
            f.write(f"   source 「{snippet(run.text[s], *ps['source'], n=240)}」\n\n")


if __name__ == "__main__":
    main()
