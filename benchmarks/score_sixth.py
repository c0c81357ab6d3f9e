#!/usr/bin/env python3
"""Scores ipap's reuse output against the sixth generator's ground truth.

Usage: score_sixth.py [--misses FILE] [--markdown] RUNDIR...
Each RUNDIR holds corpus/ (written by gen_sixth_corpus.py, with truth.json) and analysis.json
(`ipap analyze --corpus RUNDIR/corpus --format json`). Several RUNDIRs are summed.

Per category of planted copy:
  plants        how many
  recall        share of the plants' target content characters covered by a non-formula passage of the
                plant's pair (source id, target id)
  whole         share of plants found whole: one non-formula passage of the pair whose four ends lie within
                2 content characters of the plant's ends
  whole (g)     the same over the plants that fall within the guarantee as docs/indicators.md states it
  runs (g)      identical runs of >= 30 content characters (the guarantee's runs) inside one non-formula
                passage of the pair, on both sides
  formula only  share of the target content characters covered by formula passages of the pair only
Content characters: letters, digits, ideographs after NFKC (docs/indicators.md), page furniture left out.

Precision: every content character of the target side of a reported copy (non-formula) passage is
  planted         inside a plant's target range of that pair
  constructed     text both documents hold by construction (both copied it from a third, or the target
                  carries the source's own text through a chain)
  citation        the quoted title of a central document that the source is (or also quotes)
  stock / template / chance / other: stock formulae, template text (headings, frames, table headers),
                  identical text that no construction shares (in a passage without edits: chance), and the
                  rest (an edited passage reaching past a copy or across replaced text)
precision = (planted + constructed) / all; also with the citations counted as shared, and over the documents'
bodies only (the head: title, number, addressee, transmitting notice and opening, before the first 一、).
"""
import argparse
import bisect
import collections
import json
import os
import sys
import unicodedata


def is_content(ch):
    ch = unicodedata.normalize("NFKC", ch)
    return len(ch) > 0 and all(c.isalnum() for c in ch)


class DocInfo:
    def __init__(self, text, orig):
        self.text = text
        n = len(text)
        furn = [False] * n
        for a, b in orig["furniture"]:
            for i in range(a, b):
                furn[i] = True
        self.content = [is_content(text[i]) and not furn[i] for i in range(n)]
        self.prefix = [0]
        for c in self.content:
            self.prefix.append(self.prefix[-1] + (1 if c else 0))
        self.origin = [None] * n
        self.kind = [None] * n
        for a, b, o, k in orig["runs"]:
            for i in range(a, b):
                self.origin[i] = (o + (i - a)) if (o >= 0 or k == 2) else o
                self.kind[i] = k
        self.origin_set = None
        self.cidx = None
        # the document's head: title, number, addressee, transmitting notice and opening (before 一、)
        h = text.find("\n一、")
        self.head_end = h if h >= 0 else 0

    def cchar(self, k):
        """The k-th content character, normalised."""
        if self.cidx is None:
            self.cidx = [i for i in range(len(self.text)) if self.content[i]]
        return unicodedata.normalize("NFKC", self.text[self.cidx[k]]).lower()

    def clen(self):
        return self.prefix[-1]

    def cpos(self, i):
        """Content characters before offset i."""
        return self.prefix[max(0, min(i, len(self.prefix) - 1))]

    def origins(self):
        if self.origin_set is None:
            self.origin_set = set(o for o in self.origin if o is not None and o >= 0)
        return self.origin_set


def load_run(rundir):
    corpus = os.path.join(rundir, "corpus")
    truth = json.load(open(os.path.join(corpus, "truth.json"), encoding="utf-8"))
    analysis = json.load(open(os.path.join(rundir, "analysis.json"), encoding="utf-8"))
    docs = {}
    for did in truth["ids"]:
        rec = json.load(open(os.path.join(corpus, "documents", did + ".json"), encoding="utf-8"))
        docs[did] = DocInfo(rec["text"], truth["origins"][did])
    return truth, analysis, docs


def score(rundirs, misses_out, fp_out):
    cat = collections.OrderedDict()
    prec = collections.Counter()
    head = collections.Counter()
    stock_only = collections.Counter()
    miss_lines, fp_lines, miss_json = [], [], []
    for rundir in rundirs:
        truth, analysis, docs = load_run(rundir)
        pairs = collections.defaultdict(list)
        by_target = collections.defaultdict(list)
        for pr in analysis["reuse"]:
            for ps in pr["passages"]:
                rec = (ps["source"][0], ps["source"][1], ps["target"][0], ps["target"][1],
                       bool(ps.get("formula", False)), bool(ps.get("edited", False)))
                pairs[(pr["source"], pr["target"])].append(rec)
                by_target[pr["target"]].append((pr["source"],) + rec)
        plants_by_pair = collections.defaultdict(list)
        for p in truth["plants"]:
            plants_by_pair[(p["sourceId"], p["targetId"])].append(p)
        # --- recall -------------------------------------------------------------------------
        for p in truth["plants"]:
            c = cat.setdefault(p["category"], collections.Counter())
            S, T = docs[p["sourceId"]], docs[p["targetId"]]
            ta, tb = p["target"]
            sa, sb = p["source"]
            pos = [i for i in range(ta, tb) if T.content[i]]
            ps = pairs.get((p["sourceId"], p["targetId"]), [])
            cov = [False] * len(pos)
            fcov = [False] * len(pos)
            for (a, b, x, y, f, e) in ps:
                for q, i in enumerate(pos):
                    if x <= i < y:
                        if f:
                            fcov[q] = True
                        else:
                            cov[q] = True
            n_cov = sum(cov)
            n_f = sum(1 for q in range(len(pos)) if fcov[q] and not cov[q])
            # identical characters that happen to precede or follow the copy in both texts may be taken in
            # (the guarantee's Ends): the plant's ends extended over them are accepted too
            csa, csb, cta, ctb = S.cpos(sa), S.cpos(sb), T.cpos(ta), T.cpos(tb)
            eb = 0
            while csa - eb > 0 and cta - eb > 0 and S.cchar(csa - eb - 1) == T.cchar(cta - eb - 1):
                eb += 1
            ea = 0
            while csb + ea < S.clen() and ctb + ea < T.clen() and S.cchar(csb + ea) == T.cchar(ctb + ea):
                ea += 1
            whole = False
            best, best_ov = None, 0
            for (a, b, x, y, f, e) in ps:
                if f:
                    continue
                ov = min(y, tb) - max(x, ta)
                if ov > best_ov:
                    best, best_ov = (a, b, x, y), ov
                if (csa - eb - 2 <= S.cpos(a) <= csa + 2 and csb - 2 <= S.cpos(b) <= csb + ea + 2 and
                        cta - eb - 2 <= T.cpos(x) <= cta + 2 and ctb - 2 <= T.cpos(y) <= ctb + ea + 2):
                    whole = True
            delta = None
            if best:
                a, b, x, y = best
                delta = (S.cpos(a) - csa, S.cpos(b) - csb, T.cpos(x) - cta, T.cpos(y) - ctb)
            runs = [r for r in p["pieces"] if S.cpos(r[1]) - S.cpos(r[0]) >= 30]
            runs_in = 0
            for r in runs:
                for (a, b, x, y, f, e) in ps:
                    if f:
                        continue
                    if (S.cpos(a) <= S.cpos(r[0]) and S.cpos(b) >= S.cpos(r[1]) and
                            T.cpos(x) <= T.cpos(r[2]) and T.cpos(y) >= T.cpos(r[3])):
                        runs_in += 1
                        break
            c["plants"] += 1
            c["chars"] += len(pos)
            c["covered"] += n_cov
            c["formulaOnly"] += n_f
            c["whole"] += whole
            c["guarantee"] += p["guarantee"]
            c["wholeG"] += whole and p["guarantee"]
            c["runs"] += len(runs)
            c["runsIn"] += runs_in
            if p.get("furnitureInside"):
                c["furniture"] += 1
            if n_cov < len(pos) or not whole or runs_in < len(runs):
                near = []
                for (a, b, x, y, f, e) in ps:
                    near.append(f"    pair passage S[{a},{b}) T[{x},{y}){' formula' if f else ''}{' edited' if e else ''}: "
                                f"T「{T.text[x:y][:60]}…」")
                for (src, a, b, x, y, f, e) in by_target.get(p["targetId"], []):
                    if src != p["sourceId"] and x < tb and y > ta:
                        near.append(f"    other source {src} S[{a},{b}) T[{x},{y}){' formula' if f else ''}: "
                                    f"T「{T.text[x:y][:60]}…」")
                rel = os.path.basename(os.path.normpath(rundir))
                miss_json.append({"run": rundir, "category": p["category"], "sourceId": p["sourceId"],
                                  "targetId": p["targetId"], "source": p["source"], "target": p["target"],
                                  "pieces": p["pieces"], "guarantee": p["guarantee"], "reason": p["reason"],
                                  "recall": [n_cov, len(pos)], "formulaOnly": n_f, "whole": whole,
                                  "runs": [runs_in, len(runs)], "delta": delta, "sameBefore": eb, "sameAfter": ea,
                                  "passages": [list(r) for r in ps],
                                  "others": [list(r) for r in by_target.get(p["targetId"], [])
                                             if r[0] != p["sourceId"] and r[3] < tb and r[4] > ta]})
                miss_lines.append(
                    f"[{rel}] {p['category']} {p['sourceId']}[{sa},{sb}) -> {p['targetId']}[{ta},{tb}) "
                    f"recall {n_cov}/{len(pos)} formulaOnly {n_f} whole {whole} runs>=30 {runs_in}/{len(runs)} "
                    f"ends(S start,S end,T start,T end; content chars, passage - plant) {delta} same before/after {eb}/{ea} "
                    f"guarantee {p['guarantee']} ({p['reason']}){' furniture inside' if p.get('furnitureInside') else ''}\n"
                    f"  source「{S.text[sa:sb]}」\n  target「{T.text[ta:tb]}」\n"
                    + ("\n".join(near) if near else "    nothing reported for the pair or over the target range") + "\n")
        # --- precision ------------------------------------------------------------------------
        free = set(truth["stockOnly"])
        for (sid, tid), ps in pairs.items():
            S, T = docs[sid], docs[tid]
            spans = [(p["target"][0], p["target"][1]) for p in plants_by_pair.get((sid, tid), [])]
            for (a, b, x, y, f, e) in ps:
                if f:
                    continue
                local = collections.Counter()
                for i in range(x, y):
                    if not T.content[i]:
                        continue
                    if any(u <= i < v for u, v in spans):
                        k = "planted"
                    else:
                        o, kd = T.origin[i], T.kind[i]
                        if o is not None and o >= 0 and o in S.origins():
                            k = "citation" if kd == 4 else "constructed"
                        elif kd == 2:
                            k = "stock"
                        elif kd == 3 or o == -1:
                            k = "template"
                        elif not e:
                            k = "chance"   # a passage of identical text that no construction shares
                        else:
                            k = "other"
                    local[k] += 1
                    if i < T.head_end:
                        head[k] += 1
                prec.update(local)
                if sid in free or tid in free:
                    stock_only.update(local)
                    stock_only["passages"] += 1
                bad = local["stock"] + local["template"] + local["chance"] + local["other"]
                if bad:
                    rel = os.path.basename(os.path.normpath(rundir))
                    fp_lines.append(f"[{rel}] {sid}[{a},{b}) -> {tid}[{x},{y}) {dict(local)}\n"
                                    f"  S「{S.text[a:b]}」\n  T「{T.text[x:y]}」\n")
    with open(misses_out, "w", encoding="utf-8") as f:
        f.write("".join(miss_lines))
    with open(os.path.splitext(misses_out)[0] + ".jsonl", "w", encoding="utf-8") as f:
        for m in miss_json:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(fp_out, "w", encoding="utf-8") as f:
        f.write("".join(fp_lines))
    return cat, prec, stock_only, len(miss_lines), len(fp_lines), head


def pct(a, b):
    return "-" if b == 0 else f"{a / b:.3f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("rundirs", nargs="+")
    ap.add_argument("--misses", default=None)
    ap.add_argument("--false-positives", default=None)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    base = args.rundirs[0].rstrip("/")
    misses = args.misses or os.path.join(os.path.dirname(base) or ".", "misses.txt")
    fps = args.false_positives or os.path.join(os.path.dirname(base) or ".", "false-positives.txt")
    cat, prec, stock_only, nm, nf, hd = score(args.rundirs, misses, fps)
    head = ["category", "plants", "recall", "whole", "in guarantee", "whole (g)", "runs>=30 in one passage",
            "formula only"]
    rows = []
    tot = collections.Counter()
    for k, c in sorted(cat.items()):
        tot.update(c)
        rows.append([k, str(c["plants"]), pct(c["covered"], c["chars"]), pct(c["whole"], c["plants"]),
                     str(c["guarantee"]), pct(c["wholeG"], c["guarantee"]),
                     f"{c['runsIn']}/{c['runs']}", pct(c["formulaOnly"], c["chars"])])
    rows.append(["all", str(tot["plants"]), pct(tot["covered"], tot["chars"]), pct(tot["whole"], tot["plants"]),
                 str(tot["guarantee"]), pct(tot["wholeG"], tot["guarantee"]), f"{tot['runsIn']}/{tot['runs']}",
                 pct(tot["formulaOnly"], tot["chars"])])
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("| " + " | ".join("---" for _ in head) + " |")
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        w = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
        print("  ".join(h.ljust(w[i]) for i, h in enumerate(head)))
        for r in rows:
            print("  ".join(x.ljust(w[i]) for i, x in enumerate(r)))
    allc = sum(prec[k] for k in ("planted", "constructed", "citation", "stock", "template", "chance", "other"))
    good = prec["planted"] + prec["constructed"]
    hall = sum(hd[k] for k in ("planted", "constructed", "citation", "stock", "template", "chance", "other"))
    hgood = hd["planted"] + hd["constructed"]
    print(f"\nprecision {pct(good, allc)} (with the quoted central titles {pct(good + prec['citation'], allc)}; "
          f"in the documents' bodies, after their heads, {pct(good - hgood, allc - hall)}) "
          f"of {allc} reported copy characters: planted {prec['planted']}, "
          f"constructed {prec['constructed']}, citation {prec['citation']}, stock formulae {prec['stock']}, "
          f"template {prec['template']}, chance-identical (a passage without edits) {prec['chance']}, "
          f"other (an edited passage past a copy or across replaced text) {prec['other']}")
    print(f"  of which in the documents' heads (title, number, addressee, transmitting notice, opening, before 一、): "
          f"planted {hd['planted']}, constructed {hd['constructed']}, citation {hd['citation']}, "
          f"stock {hd['stock']}, template {hd['template']}, chance {hd['chance']}, other {hd['other']}")
    print(f"stock-only documents: {stock_only['passages']} copy passages touching them "
          f"(chars: constructed {stock_only['constructed']}, citation {stock_only['citation']}, "
          f"stock {stock_only['stock']}, template {stock_only['template']}, chance {stock_only['chance']}, "
          f"other {stock_only['other']})")
    print(f"{nm} plants missed in part (written to {misses}); {nf} passages with unexplained characters ({fps})")


if __name__ == "__main__":
    main()
