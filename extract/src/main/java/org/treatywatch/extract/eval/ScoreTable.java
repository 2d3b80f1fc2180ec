package org.treatywatch.extract.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.Modality;

/**
 * Prints a {@link Score} in the layout of {@code score-claims.py}, line for line and digit for
 * digit, so the two can be compared by eye or by {@code diff}:
 *
 * <pre>
 * type         gold pred  keyP  keyR  keyF1  strP  strR  strF1
 * WITHDRAWAL      6    6  1.00  1.00  1.00   1.00  1.00  1.00
 * ALL            17   17  1.00  1.00  1.00   1.00  1.00  1.00
 * missed=0 extra=0
 * strict_f1=1.000 key_f1=1.000 evidence_bad=0
 * </pre>
 *
 * Numbers are rounded like Python's {@code format(x, ".2f")}: the exact binary value of the
 * double, ties to even (so 0.125 prints as 0.12, where {@code String.format} would print 0.13).
 */
public final class ScoreTable {
    /** The longest evidence excerpt shown per mistake; longer evidence is cut with an ellipsis. */
    static final int EXCERPT_CHARS = 160;

    private ScoreTable() {}

    /** The table, the missed/extra counts and the summary line, each line ending in {@code \n}. */
    public static String format(Score score) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-12s %4s %4s  keyP  keyR  keyF1  strP  strR  strF1\n", "type", "gold", "pred"));
        for (TypeScore row : score.byType()) {
            out.append(row(row.type().name(), row.metrics()));
        }
        out.append(row("ALL", score.overall()));
        if (!score.unknownDocs().isEmpty()) {
            out.append("claims for unknown docs: ")
                    .append(score.unknownDocs().stream().limit(5).map(d -> "'" + d + "'").collect(Collectors.joining(", ", "[", "]")))
                    .append('\n');
        }
        out.append("missed=").append(score.missed().size()).append(" extra=").append(score.extra().size()).append('\n');
        out.append("strict_f1=").append(fixed(score.overall().strictF1(), 3))
                .append(" key_f1=").append(fixed(score.overall().keyF1(), 3))
                .append(" evidence_bad=").append(score.evidenceBad()).append('\n');
        return out.toString();
    }

    /**
     * The mistakes grouped by cause, one heading per non-empty group with its count, one line per
     * mistake with the evidence it came from (cut to {@value #EXCERPT_CHARS} characters).
     */
    public static String formatErrors(Score score) {
        Map<String, List<EvalError>> groups = new LinkedHashMap<>();
        for (String cause : List.of("wrong actor", "wrong recipient", "wrong modality", "missed", "spurious", "bad evidence")) {
            groups.put(cause, new ArrayList<>());
        }
        score.errors().forEach(e -> groups.get(e.cause()).add(e));
        StringBuilder out = new StringBuilder();
        groups.forEach((cause, errors) -> {
            if (errors.isEmpty()) {
                return;
            }
            out.append(cause).append(" (").append(errors.size()).append("):\n");
            for (EvalError e : errors) {
                out.append("  ").append(describe(e)).append('\n');
            }
        });
        return out.isEmpty() ? "no errors\n" : out.toString();
    }

    static String describe(EvalError error) {
        return switch (error) {
            case EvalError.WrongActor w -> key(w.key()) + " (gold has " + w.gold().actor() + ")" + excerpt(w.example());
            case EvalError.WrongRecipient w -> key(w.key()) + (w.key().recipient() == null ? " -> null" : "")
                    + " (gold has -> " + w.gold().recipient() + ")" + excerpt(w.example());
            case EvalError.WrongModality w -> key(w.key()) + " " + w.predicted() + " (gold accepts "
                    + modalities(w.acceptable()) + ")" + excerpt(w.example());
            case EvalError.Missed m -> key(m.key()) + " " + modalities(m.acceptable());
            case EvalError.Spurious s -> key(s.key()) + " " + s.example().modality() + excerpt(s.example());
            case EvalError.BadEvidence b -> key(b.key()) + " evidence " + b.claim().evidence().start() + ".."
                    + b.claim().evidence().end() + " does not match the text" + excerpt(b.claim());
        };
    }

    private static String key(Claim.Key k) {
        StringBuilder s = new StringBuilder(k.doc()).append("  ").append(k.type()).append(' ').append(k.actor());
        if (k.treaty() != null) {
            s.append(' ').append(k.treaty());
        }
        if (k.recipient() != null) {
            s.append(" -> ").append(k.recipient());
        }
        return s.toString();
    }

    private static String modalities(java.util.Set<Modality> set) {
        return set.stream().sorted().map(Modality::name).collect(Collectors.joining("|"));
    }

    private static String excerpt(Claim c) {
        String text = c.evidence().text().replaceAll("\\s+", " ").strip();
        if (text.length() > EXCERPT_CHARS) {
            int cut = EXCERPT_CHARS - 1;
            if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
            text = text.substring(0, cut) + "\u2026";
        }
        return "  \"" + text + "\"";
    }

    private static String row(String name, Metrics m) {
        return String.format(Locale.ROOT, "%-12s %4d %4d  %s  %s  %s   %s  %s  %s\n", name, m.gold(), m.predicted(),
                fixed(m.keyPrecision(), 2), fixed(m.keyRecall(), 2), fixed(m.keyF1(), 2),
                fixed(m.strictPrecision(), 2), fixed(m.strictRecall(), 2), fixed(m.strictF1(), 2));
    }

    /** Python's {@code format(value, "." + places + "f")}: the exact double, rounded half to even. */
    static String fixed(double value, int places) {
        return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }
}
