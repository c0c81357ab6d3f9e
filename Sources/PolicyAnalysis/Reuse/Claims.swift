/// The runs of one pair that are a passage's length on their own: each says where in the source a stretch
/// of the target came from. An alignment does not bridge an edit whose text one of them explains from another
/// place of the source, nor re-anchor on a stretch one of them has placed elsewhere (since analysis version 35):
/// sentences copied in another order ("A。C。B。" from "A。B。C。") were one "edited" passage over A to C with the
/// moved sentence taken for an inserted clause, or began with the end of the sentence copied next to them
/// ("形成工作合力。" of another sentence, over an item marker the copy added).
struct Claims {
    private var runs: [PassageChainer.Run] = []
    private var target = 0
    private var context: ChainContext?
    /// A passage's length (`minPassageLength`) and how near "beside" is (`formulaNeighbourGap`).
    private var length = 0, beside = 0

    /// The runs of a passage's length or more identical characters among those worth joining (`anchored`, by index).
    /// Only those that are not stock phrases alone claim text (`ChainContext.isFormulaOnly` in `target`): stock
    /// phrases stand anywhere and place nothing ("推动互联网与经济社会各领域深度融合。" in the source's preamble too).
    /// That is asked of a run only where it would refuse an edit or a stretch: most pairs never ask.
    mutating func collect(_ all: [PassageChainer.Run], anchored: [Bool], target: Int, context: ChainContext) {
        runs.removeAll(keepingCapacity: true)
        self.target = target
        self.context = context
        length = context.params.minPassageLength
        beside = context.params.formulaNeighbourGap
        for (i, r) in all.enumerated() where anchored[i] && r.tEnd - r.t >= length { runs.append(r) }
    }

    /// Whether run `c` claims its text: not stock phrases alone.
    private func claims(_ c: PassageChainer.Run) -> Bool {
        !(context?.isFormulaOnly(target, c.t..<c.tEnd) ?? false)
    }

    /// Whether the edit between passage `p` and run `r` is mostly text a run on another diagonal aligns: at
    /// least half of it and half a passage's length, in the target (text taken from another place of the
    /// source, not a clause the copy inserted), or in the source with that run's target text beside `p` or `r`
    /// (within `formulaNeighbourGap` characters: a sentence the copy put after the next one, not a clause it
    /// dropped; a dropped clause the target holds somewhere else, as a stock one may be, is still bridged).
    func holdEdit(between p: PassageChainer.Run, and r: PassageChainer.Run) -> Bool {
        let tGap = p.tEnd..<max(p.tEnd, r.t), sGap = p.sEnd..<max(p.sEnd, r.s)
        guard tGap.count * 2 >= length || sGap.count * 2 >= length else { return false }
        return runs.contains { c in
            let diagonal = c.t - c.s
            guard diagonal != r.t - r.s, diagonal != p.tEnd - p.sEnd else { return false }
            let inTarget = Claims.overlap(c.t..<c.tEnd, tGap)
            if inTarget * 2 >= tGap.count && inTarget * 2 >= length { return claims(c) }
            let inSource = Claims.overlap(c.s..<c.sEnd, sGap)
            let besideThem = (c.t >= r.tEnd && c.t - r.tEnd <= beside) || (c.tEnd <= p.t && p.t - c.tEnd <= beside)
            return besideThem && inSource * 2 >= sGap.count && inSource * 2 >= length && claims(c)
        }
    }

    /// Whether re-anchoring passage `p` on `hop`, a stretch found past an edit after its end, is refused: the
    /// edit held (`holdEdit`) or the stretch placed elsewhere (`holdStretch`).
    func refuse(_ hop: (s: Int, t: Int, length: Int), after p: PassageChainer.Run) -> Bool {
        holdEdit(between: p, and: Claims.run(hop)) || holdStretch(hop, outside: p)
    }

    /// The same for a stretch found past an edit before the start of `p`.
    func refuse(_ hop: (s: Int, t: Int, length: Int), before p: PassageChainer.Run) -> Bool {
        holdEdit(between: Claims.run(hop), and: p) || holdStretch(hop, outside: p)
    }

    private static func run(_ hop: (s: Int, t: Int, length: Int)) -> PassageChainer.Run {
        PassageChainer.Run(s: hop.s, t: hop.t, sEnd: hop.s + hop.length, tEnd: hop.t + hop.length, identical: hop.length,
                           longest: hop.length, anchor: hop.t)
    }

    /// Whether a re-anchoring stretch (`hop`, found past an edit of passage `p`) lies for half its length or
    /// more, in either text, on a run of another diagonal that aligns none of `p`'s text: the sentence copied
    /// next to it. (A run over `p`'s own text too is a sentence the target holds twice, which places nothing.)
    private func holdStretch(_ hop: (s: Int, t: Int, length: Int), outside p: PassageChainer.Run) -> Bool {
        let half = (hop.length + 1) / 2
        let s = hop.s..<(hop.s + hop.length), t = hop.t..<(hop.t + hop.length)
        return runs.contains { c in
            guard c.t - c.s != hop.t - hop.s else { return false }
            guard Claims.overlap(c.s..<c.sEnd, p.s..<p.sEnd) == 0, Claims.overlap(c.t..<c.tEnd, p.t..<p.tEnd) == 0 else { return false }
            return (Claims.overlap(c.s..<c.sEnd, s) >= half || Claims.overlap(c.t..<c.tEnd, t) >= half) && claims(c)
        }
    }

    private static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }
}
