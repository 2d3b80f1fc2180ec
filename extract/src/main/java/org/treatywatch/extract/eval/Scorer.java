package org.treatywatch.extract.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
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
     * Sorts the scored mistakes by cause. A spurious key and a missed key of the same document,
     * type and treaty that differ only in the actor are reported once, as a wrong actor; those that
     * differ only in the recipient, as a wrong recipient. Pairs are made in key order, actors first,
     * so the report is deterministic.
     */
    private static List<EvalError> group(
            Map<Claim.Key, Set<Modality>> gold, Map<Claim.Key, List<Claim>> predicted,
            List<Claim.Key> missed, List<Claim.Key> extra) {
        List<Claim.Key> unpairedGold = new ArrayList<>(missed);
        List<Claim.Key> unpairedPredicted = new ArrayList<>(extra);
        List<EvalError> wrongActor = pair(unpairedPredicted, unpairedGold, Scorer::differOnlyInActor,
                (p, g) -> new EvalError.WrongActor(p, g, predicted.get(p).get(0)));
        List<EvalError> wrongRecipient = pair(unpairedPredicted, unpairedGold, Scorer::differOnlyInRecipient,
                (p, g) -> new EvalError.WrongRecipient(p, g, predicted.get(p).get(0)));
        List<EvalError> wrongModality = new ArrayList<>();
        predicted.keySet().stream().filter(gold::containsKey).sorted(KEY_ORDER).forEach(k -> {
            Set<Modality> seen = EnumSet.noneOf(Modality.class);
            for (Claim c : predicted.get(k)) {
                if (!gold.get(k).contains(c.modality()) && seen.add(c.modality())) {
                    wrongModality.add(new EvalError.WrongModality(k, c.modality(), gold.get(k), c));
                }
            }
        });
        List<EvalError> all = new ArrayList<>(wrongActor);
        all.addAll(wrongRecipient);
        all.addAll(wrongModality);
        unpairedGold.forEach(g -> all.add(new EvalError.Missed(g, gold.get(g))));
        unpairedPredicted.forEach(p -> all.add(new EvalError.Spurious(p, predicted.get(p).get(0))));
        return all;
    }

    /** Pairs each predicted key with the first gold key that {@code match}es; removes both from their lists. */
    private static List<EvalError> pair(List<Claim.Key> predicted, List<Claim.Key> gold,
            BiPredicate<Claim.Key, Claim.Key> match, BiFunction<Claim.Key, Claim.Key, EvalError> error) {
        List<EvalError> errors = new ArrayList<>();
        for (Iterator<Claim.Key> it = predicted.iterator(); it.hasNext(); ) {
            Claim.Key p = it.next();
            Claim.Key partner = gold.stream().filter(g -> match.test(p, g)).findFirst().orElse(null);
            if (partner != null) {
                gold.remove(partner);
                it.remove();
                errors.add(error.apply(p, partner));
            }
        }
        return errors;
    }

    private static boolean differOnlyInActor(Claim.Key predicted, Claim.Key gold) {
        return sameSlot(predicted, gold) && Objects.equals(predicted.recipient(), gold.recipient())
                && !predicted.actor().equals(gold.actor());
    }

    private static boolean differOnlyInRecipient(Claim.Key predicted, Claim.Key gold) {
        return sameSlot(predicted, gold) && predicted.actor().equals(gold.actor())
                && !Objects.equals(predicted.recipient(), gold.recipient());
    }

    private static boolean sameSlot(Claim.Key a, Claim.Key b) {
        return a.doc().equals(b.doc()) && a.type() == b.type() && Objects.equals(a.treaty(), b.treaty());
    }
}
