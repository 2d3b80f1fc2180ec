package org.treatywatch.web.pages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A state's history under one treaty, drawn as a horizontal SVG strip and listed as text. Items
 * are dated events (signature, deposit, entry into force, withdrawal, a declaration such as
 * Ukraine's 2025 "suspension") and obligation deadlines (stockpile destruction, clearance, the
 * first transparency report); periods are spans such as an armed conflict.
 */
public record Timeline(LocalDate from, LocalDate to, List<Item> items, List<Period> periods) {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 74;
    static final int PAD = 16;

    /**
     * @param kind one of signature, deposit, entry-into-force, withdrawal, withdrawal-effective,
     *             declaration, deadline, extension (the CSS class {@code kind-...})
     * @param rule the rule or article behind the date, or null
     */
    public record Item(LocalDate date, String kind, String label, String rule) {}

    /** @param end null while it goes on */
    public record Period(LocalDate start, LocalDate end, String kind, String label) {}

    public Timeline {
        items = items.stream().sorted(Comparator.comparing(Item::date)).toList();
        periods = List.copyOf(periods);
    }

    /** A timeline spanning its items and periods, from the year of the first to a year after the last. */
    public static Timeline of(List<Item> items, List<Period> periods, LocalDate min, LocalDate today) {
        LocalDate first = min;
        LocalDate last = today;
        for (Item i : items) {
            if (i.date().isBefore(first)) {
                first = i.date();
            }
            if (i.date().isAfter(last)) {
                last = i.date();
            }
        }
        for (Period p : periods) {
            if (p.start().isBefore(first)) {
                first = p.start();
            }
        }
        return new Timeline(first.withDayOfYear(1), last.plusYears(1).withDayOfYear(1), new ArrayList<>(items), periods);
    }

    public double x(LocalDate date) {
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        long at = Math.clamp(ChronoUnit.DAYS.between(from, date), 0L, span);
        return PAD + (WIDTH - 2.0 * PAD) * at / span;
    }

    public double periodEnd(Period p) {
        return x(p.end() == null ? to : p.end());
    }

    /** Year ticks, about every five years. */
    public List<PartiesChart.Tick> ticks() {
        List<PartiesChart.Tick> ticks = new ArrayList<>();
        int years = to.getYear() - from.getYear();
        int step = years > 20 ? 5 : years > 8 ? 2 : 1;
        for (int y = from.getYear(); y <= to.getYear(); y += step) {
            ticks.add(new PartiesChart.Tick(x(LocalDate.of(y, 1, 1)), Integer.toString(y)));
        }
        return ticks;
    }

    public boolean isDeadline(Item item) {
        return "deadline".equals(item.kind());
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
