package org.treatywatch.extract.claim;

import org.treatywatch.core.claim.Amount;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Quantity;
import org.treatywatch.extract.pipeline.Measure;
import org.treatywatch.extract.pipeline.Quote;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.TimeExpression;

/** The optional fields of a claim (CODEBOOK.md, "A claim"): stage, when, quantity, amount, and its evidence. */
final class ClaimDetails extends DocRules {
    ClaimDetails(DocLayers d) {
        super(d);
    }

    org.treatywatch.core.claim.Stage stageOf(Sentence s) {
        boolean effective = false, notified = false, approved = false, announced = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String n = tokens.get(k).norm();
            String next = k + 1 < s.endToken() ? tokens.get(k + 1).norm() : "";
            switch (n) {
                case "effective" -> effective = true;
                case "took", "takes", "take", "taking", "came", "comes", "entered", "enters" ->
                        effective |= next.equals("effect") || next.equals("into");
                case "deposited", "deposit", "depositing", "notified", "notification", "instrument", "submitted" -> notified = true;
                case "approved", "approve", "approves", "voted", "vote", "votes", "passed", "endorsed", "decree",
                        "adopted", "ratified" -> approved = true;
                case "announced", "announces", "intention", "intends", "plans", "plan", "decided" -> announced = true;
                default -> { }
            }
        }
        return effective ? org.treatywatch.core.claim.Stage.EFFECTIVE
                : notified ? org.treatywatch.core.claim.Stage.NOTIFIED
                : approved ? org.treatywatch.core.claim.Stage.APPROVED
                : announced ? org.treatywatch.core.claim.Stage.ANNOUNCED : null;
    }

    String whenOf(Sentence s, int t) {
        TimeExpression best = null;
        for (TimeExpression te : timesBySentence.get(tokens.get(t).sentence())) {
            if (te.value() != null && te.start() >= s.start() && te.end() <= s.end()
                    && (best == null || Math.abs(te.firstToken() - t) < Math.abs(best.firstToken() - t))) {
                best = te;
            }
        }
        return best == null ? null : best.value();
    }

    Quantity quantityOf(Sentence s, int t) {
        Measure best = nearestMeasure(s, t, false);
        if (best == null) {
            return null;
        }
        return new Quantity(best.min() == null ? null : Math.round(best.min()),
                best.max() == null ? null : Math.round(best.max()), best.unit());
    }

    Amount amountOf(Sentence s, int t) {
        Measure best = nearestMeasure(s, t, true);
        return best == null ? null : new Amount(best.min(), best.max(), best.unit());
    }

    Measure nearestMeasure(Sentence s, int t, boolean money) {
        Measure best = null;
        for (Measure m : measuresBySentence.get(tokens.get(t).sentence())) {
            if (m.money() != money || m.start() < s.start() || m.end() > s.end()) {
                continue;
            }
            if (!money && !(m.unit().endsWith("mines") || m.unit().equals("munitions") || m.unit().equals("bombs"))) {
                continue;
            }
            if (best == null || Math.abs(m.firstToken() - t) < Math.abs(best.firstToken() - t)) {
                best = m;
            }
        }
        if (best != null && (best.min() == null && best.max() == null)) {
            return null;
        }
        return best;
    }


    /**
     * The sentence; for words inside a quotation attributed in a neighbouring sentence, both; when the actor is
     * named (or the repeated act reported) in an earlier sentence ({@code supportFrom}, a token, or {@code -1}),
     * everything from that sentence on, since those are the sentences that support the claim (CODEBOOK.md,
     * "evidence"): "Lithuania and Finland will leave the treaty. They will also produce mines."
     */
    Evidence evidenceFor(Sentence s, int t, int supportFrom) {
        int start = s.start();
        int end = s.end();
        if (supportFrom >= 0 && supportFrom < s.firstToken()) {
            start = sentences.get(tokens.get(supportFrom).sentence()).start();
        }
        Quote q = quoteAt(s, t);
        if (q != null && q.kind() == Quote.Kind.QUOTED && q.attribution() != null) {
            int gapBefore = s.start() - q.attribution().end();
            int gapAfter = q.attribution().start() - s.end();
            if (gapBefore < 400 && gapAfter < 400) {
                start = Math.min(start, q.attribution().start());
                end = Math.max(end, q.attribution().end());
            }
        }
        return Evidence.of(text, start, end);
    }
}
