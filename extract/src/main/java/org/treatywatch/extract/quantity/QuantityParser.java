package org.treatywatch.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layer;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Measure;
import org.treatywatch.extract.pipeline.Span;
import org.treatywatch.extract.pipeline.Stage;
import org.treatywatch.extract.pipeline.Token;

/**
 * Reads counts and sums of money as ranges (CODEBOOK.md, {@code quantity} and {@code amount}):
 * "1 million" is [1e6, 1e6]; "tens of thousands of mines" is [10000, null] (core's {@code Quantity}
 * contract: a vague count is open-ended); "hundreds of millions of euros" is [1e8, 1e9] EUR (core's
 * {@code Amount} contract: a vague sum spans its order of magnitude); "more than 5,000" is
 * [5000, null]; "up to 3,000" is [null, 3000]; "or more" opens the top. The unit of a count is the
 * noun after it ("mines", "landmines"); of money, the ISO 4217 code of the currency word or sign.
 */
public final class QuantityParser implements Stage {
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12, "bn", 1e9, "mln", 1e6, "m", 1e6);
    private static final Map<String, Double> VAGUE = Map.of("dozens", 12.0, "tens", 10.0, "hundreds", 1e2,
            "thousands", 1e3, "millions", 1e6, "billions", 1e9, "scores", 20.0);
    private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("one", 1.0), Map.entry("a", 1.0),
            Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0),
            Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0),
            Map.entry("ten", 10.0), Map.entry("twenty", 20.0), Map.entry("fifty", 50.0), Map.entry("dozen", 12.0));
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("euros", "EUR"),
            Map.entry("euro", "EUR"), Map.entry("eur", "EUR"), Map.entry("dollars", "USD"), Map.entry("dollar", "USD"),
            Map.entry("usd", "USD"), Map.entry("pounds", "GBP"), Map.entry("gbp", "GBP"), Map.entry("zlotys", "PLN"),
            Map.entry("zloty", "PLN"), Map.entry("pln", "PLN"), Map.entry("hryvnias", "UAH"), Map.entry("hryvnia", "UAH"),
            Map.entry("uah", "UAH"), Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"), Map.entry("kronor", "SEK"),
            Map.entry("sek", "SEK"), Map.entry("nok", "NOK"), Map.entry("dkk", "DKK"), Map.entry("yen", "JPY"),
            Map.entry("won", "KRW"), Map.entry("francs", "CHF"), Map.entry("yuan", "CNY"));
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "us$", "USD");
    private static final Set<String> AT_LEAST = Set.of("more", "over", "least", "exceeding", "above");
    private static final Set<String> AT_MOST = Set.of("up", "fewer", "less", "under", "maximum");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.MEASURES);
    }

    @Override
    public AnnotatedText apply(AnnotatedText in) {
        return in.with(Layers.MEASURES, parse(in.text(), in.get(Layers.TOKENS)));
    }

    public static List<Measure> parse(String text, List<Token> tokens) {
        List<Measure> out = new ArrayList<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String w = t.norm();
            int start = i;
            String currency = null;
            if (CURRENCY_SIGNS.containsKey(w) && i + 1 < n && tokens.get(i + 1).kind() == Token.Kind.NUMBER) {
                currency = CURRENCY_SIGNS.get(w);
                i++;
                t = tokens.get(i);
                w = t.norm();
            }
            double min;
            Double max;
            int k;
            if (t.kind() == Token.Kind.NUMBER || WORDS.containsKey(w) && i + 1 < n && SCALES.containsKey(tokens.get(i + 1).norm())) {
                Double value = t.kind() == Token.Kind.NUMBER ? number(w) : WORDS.get(w);
                if (value == null) {
                    continue;
                }
                k = i + 1;
                while (k < n && SCALES.containsKey(tokens.get(k).norm()) && tokens.get(k).sentence() == t.sentence()) {
                    value *= SCALES.get(tokens.get(k).norm());
                    k++;
                }
                min = value;
                max = value;
            } else if (VAGUE.containsKey(w) && i + 1 < n && tokens.get(i + 1).is("of")) {
                // tens of thousands of ..., hundreds of millions of ...
                double base = VAGUE.get(w);
                k = i + 2;
                while (k + 1 < n && VAGUE.containsKey(tokens.get(k).norm()) && tokens.get(k + 1).is("of")) {
                    base *= VAGUE.get(tokens.get(k).norm());
                    k += 2;
                }
                min = base;
                max = base * 10;
                if (w.equals("dozens") || w.equals("scores")) {
                    max = 100.0 * (base / VAGUE.get(w));
                }
            } else {
                continue;
            }
            boolean vague = VAGUE.containsKey(tokens.get(start).norm());
            // "of" between a vague count and its noun
            int unitAt = k;
            if (unitAt < n && tokens.get(unitAt).is("of")) {
                unitAt++;
            }
            if (currency == null && unitAt < n && CURRENCY_WORDS.containsKey(tokens.get(unitAt).norm())) {
                currency = CURRENCY_WORDS.get(tokens.get(unitAt).norm());
                unitAt++;
            }
            Double lo = min;
            Double hi = currency == null && vague ? null : max;
            int before = start - 1;
            if (before >= 0 && (tokens.get(before).is("than") || tokens.get(before).is("least") || tokens.get(before).is("to"))) {
                before--;
            }
            if (before >= 0 && AT_LEAST.contains(tokens.get(before).norm())) {
                hi = null;
            } else if (before >= 0 && AT_MOST.contains(tokens.get(before).norm())) {
                lo = null;
                hi = max;
            }
            int end = currency != null ? unitAt : k;
            // "..., or more"
            int o = k;
            while (o < n && o < k + 8 && !tokens.get(o).is(".")) {
                if (tokens.get(o).is("or") && o + 1 < n && tokens.get(o + 1).is("more")) {
                    hi = null;
                    break;
                }
                o++;
            }
            String unit;
            if (currency != null) {
                unit = currency;
            } else {
                unit = unitNoun(tokens, unitAt, Math.min(n, unitAt + 4));
                if (unit == null) {
                    i = Math.max(i, k - 1);
                    continue;
                }
            }
            if (lo == null && hi == null || !plausible(lo) || !plausible(hi)) {
                continue; // no figure, or one beyond any real count or budget: none rather than a wrong one
            }
            Token first = tokens.get(start);
            Token last = tokens.get(Math.max(start, end - 1));
            out.add(new Measure(new Span(first.start(), last.end()), start, Math.max(start + 1, end), currency != null, lo, hi, unit));
            i = Math.max(i, end - 1);
        }
        return out;
    }

    /** The counted noun: the first word in the window that is not an adjective-like modifier. */
    private static String unitNoun(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                if (t.is(",") || t.is("-")) {
                    continue;
                }
                return null;
            }
            String n = t.norm();
            if (n.endsWith("mines") || n.endsWith("mine") || n.equals("munitions") || n.equals("bombs")) {
                return n.contains("landmine") ? "landmines" : n.equals("munitions") || n.equals("bombs") ? n : "mines";
            }
            if (n.startsWith("anti") || n.equals("such") || n.equals("more") || n.equals("new") || n.equals("additional")) {
                continue;
            }
            return n;
        }
        return null;
    }

    /**
     * The largest figure kept: 10^15 (a quadrillion). Larger counts and sums are typos, jokes or
     * attacks; kept, they would be stored saturated (a count of 2^63 - 1, an amount of Infinity).
     */
    static final double MAX_FIGURE = 1e15;

    private static boolean plausible(Double value) {
        return value == null || Double.isFinite(value) && value <= MAX_FIGURE;
    }

    private static Double number(String norm) {
        try {
            return Double.parseDouble(norm.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
