package org.treatywatch.extract.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;

/**
 * Scores predicted claims against gold exactly as CODEBOOK.md "Scoring" and the reference scorer
 * {@code ../shared/tools/score-claims.py} do; a test runs both on the same inputs and compares
 * their printed tables.
 *
 * <ol>
 *   <li>A claim is matched to its document by the basename of its {@code doc}; claims for other
 *       documents are set aside as unknown.
 *   <li>A claim whose evidence is not exactly the slice {@code [start, end)} of its document is
 *       bad evidence and dropped: "a claim that fails this is wrong whatever else it says".
 *   <li>Only treaty-type claims and {@code AP_MINE} claims are scored; a claim whose key gold marks
 *       optional is neither counted right nor wrong.
 *   <li>Key P/R/F1 compare the set of predicted keys {@code (doc, type, actor, treaty, recipient)}
 *       with the gold keys; strict precision counts predicted {@code (key, modality)} pairs whose
 *       modality gold accepts, strict recall counts gold keys with at least one such pair.
 *   <li>An empty selection scores like the reference: precision 1 when gold is empty too, else 0;
 *       recall 1 when gold is empty.
 * </ol>
 *
 * Pure and thread-safe.
 */
public final class Scorer {
    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    /** Sorts keys like the reference scorer sorts its tuples (types by name, not by declaration). */
    static final Comparator<Claim.Key> KEY_ORDER = Comparator.comparing(Claim.Key::doc)
            .thenComparing(k -> k.type().name())
            .thenComparing(Claim.Key::actor)
            .thenComparing(Claim.Key::treaty, NULLS_FIRST)
            .thenComparing(Claim.Key::recipient, NULLS_FIRST);

    private Scorer() {}

    /** Scores {@code predictions} against the gold of {@code corpus}. */
    public static Score score(List<EvalDocument> corpus, Collection<Claim> predictions) {
        Map<String, EvalDocument> byBase = new LinkedHashMap<>();
        corpus.forEach(d -> byBase.put(d.basename(), d));
        Map<Claim.Key, Set<Modality>> gold = new HashMap<>();
        Set<Claim.Key> optional = new HashSet<>();
        for (EvalDocument d : byBase.values()) {
            for (GoldClaim g : d.gold()) {
                if (g.optional()) {
                    optional.add(g.key(d.basename()));
                } else {
                    gold.put(g.key(d.basename()), g.acceptable());
                }
            }
        }

        Map<Claim.Key, List<Claim>> predicted = new LinkedHashMap<>();
        List<EvalError> badEvidence = new ArrayList<>();
        Set<String> unknownDocs = new TreeSet<>();
        for (Claim c : predictions) {
            String base = EvalDocument.basename(c.doc());
            EvalDocument d = byBase.get(base);
            if (d == null) {
                unknownDocs.add(base);
                continue;
            }
            Claim.Key key = keyOf(c, base);
            if (!c.evidence().matches(d.document().text())) {
                badEvidence.add(new EvalError.BadEvidence(key, c));
                continue;
            }
            if (!scored(c) || optional.contains(key)) {
                continue;
            }
            predicted.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }

        // The reference sorts type names as strings: PROCUREMENT before PRODUCTION.
        TreeSet<ClaimType> types = new TreeSet<>(Comparator.comparing(ClaimType::name));
        gold.keySet().forEach(k -> types.add(k.type()));
        predicted.keySet().forEach(k -> types.add(k.type()));
        List<TypeScore> byType = new ArrayList<>();
        for (ClaimType type : types) {
            byType.add(new TypeScore(type, metrics(gold, predicted, k -> k.type() == type)));
        }
        Metrics overall = metrics(gold, predicted, k -> true);

        List<Claim.Key> missed = gold.keySet().stream().filter(k -> !predicted.containsKey(k)).sorted(KEY_ORDER).toList();
        List<Claim.Key> extra = predicted.keySet().stream().filter(k -> !gold.containsKey(k)).sorted(KEY_ORDER).toList();
        List<EvalError> errors = new ArrayList<>(group(gold, predicted, missed, extra));
        errors.addAll(badEvidence);
        return new Score(byType, overall, missed, extra, badEvidence.size(), List.copyOf(unknownDocs), errors);
    }

    /** The scoring key: the treaty only for treaty types, the recipient only for TRANSFER. */
    static Claim.Key keyOf(Claim c, String docBase) {
        String treaty = c.type().isTreatyType() ? c.treaty() : null;
        String recipient = c.type() == ClaimType.TRANSFER ? c.recipient() : null;
        return new Claim.Key(docBase, c.type(), c.actor(), treaty, recipient);
    }

    /** Only treaty-type and AP_MINE claims are scored (CODEBOOK.md, "Scoring"). */
    static boolean scored(Claim c) {
        return c.type().isTreatyType() || c.weapon() == null || c.weapon() == Weapon.AP_MINE;
    }

    private static Metrics metrics(
            Map<Claim.Key, Set<Modality>> gold, Map<Claim.Key, List<Claim>> predicted, Predicate<Claim.Key> sel) {
        int goldCount = 0;
        int predCount = 0;
        int keyHits = 0;
        int pairs = 0;
        int rightPairs = 0;
        int found = 0;
        for (Claim.Key k : gold.keySet()) {
            if (sel.test(k)) {
                goldCount++;
            }
        }
        for (Map.Entry<Claim.Key, List<Claim>> e : predicted.entrySet()) {
            Claim.Key k = e.getKey();
            if (!sel.test(k)) {
                continue;
            }
            predCount++;
            Set<Modality> acceptable = gold.get(k);
            if (acceptable != null) {
                keyHits++;
            }
            Set<Modality> modalities = EnumSet.noneOf(Modality.class);
            e.getValue().forEach(c -> modalities.add(c.modality()));
            pairs += modalities.size();
            int right = 0;
            for (Modality m : modalities) {
                if (acceptable != null && acceptable.contains(m)) {
                    right++;
                }
            }
            rightPairs += right;
            if (right > 0) {
                found++;
            }
        }
        double kp = predCount > 0 ? (double) keyHits / predCount : (goldCount == 0 ? 1.0 : 0.0);
        double kr = goldCount > 0 ? (double) keyHits / goldCount : 1.0;
        double sp = pairs > 0 ? (double) rightPairs / pairs : (goldCount == 0 ? 1.0 : 0.0);
        double sr = goldCount > 0 ? (double) found / goldCount : 1.0;
        return new Metrics(goldCount, predCount, kp, kr, Metrics.f1(kp, kr), sp, sr, Metrics.f1(sp, sr));
    }

    /**
     * Sorts the scored mistakes by cause. A spurious key and a missed key that differ only in the
     * actor (same document, type, treaty, recipient) are reported once, as a wrong actor; pairs
     * are made in key order, so the report is deterministic.
     */
    private static List<EvalError> group(
            Map<Claim.Key, Set<Modality>> gold, Map<Claim.Key, List<Claim>> predicted,
            List<Claim.Key> missed, List<Claim.Key> extra) {
        List<EvalError> wrongActor = new ArrayList<>();
        List<EvalError> wrongModality = new ArrayList<>();
        List<EvalError> missedErrors = new ArrayList<>();
        List<EvalError> spurious = new ArrayList<>();
        List<Claim.Key> unpaired = new ArrayList<>(missed);
        for (Claim.Key p : extra) {
            Claim.Key partner = unpaired.stream().filter(g -> sameSlot(g, p)).findFirst().orElse(null);
            Claim example = predicted.get(p).get(0);
            if (partner != null) {
                unpaired.remove(partner);
                wrongActor.add(new EvalError.WrongActor(p, partner, example));
            } else {
                spurious.add(new EvalError.Spurious(p, example));
            }
        }
        for (Claim.Key g : unpaired) {
            missedErrors.add(new EvalError.Missed(g, gold.get(g)));
        }
        predicted.keySet().stream().filter(gold::containsKey).sorted(KEY_ORDER).forEach(k -> {
            Set<Modality> seen = EnumSet.noneOf(Modality.class);
            for (Claim c : predicted.get(k)) {
                if (!gold.get(k).contains(c.modality()) && seen.add(c.modality())) {
                    wrongModality.add(new EvalError.WrongModality(k, c.modality(), gold.get(k), c));
                }
            }
        });
        List<EvalError> all = new ArrayList<>(wrongActor);
        all.addAll(wrongModality);
        all.addAll(missedErrors);
        all.addAll(spurious);
        return all;
    }

    private static boolean sameSlot(Claim.Key gold, Claim.Key predicted) {
        return gold.doc().equals(predicted.doc())
                && gold.type() == predicted.type()
                && Objects.equals(gold.treaty(), predicted.treaty())
                && Objects.equals(gold.recipient(), predicted.recipient())
                && !gold.actor().equals(predicted.actor());
    }
}
