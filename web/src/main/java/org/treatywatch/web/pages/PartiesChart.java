package org.treatywatch.web.pages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The number of parties of each treaty over time, laid out as an SVG step chart on the server (no
 * script needed). Each series is a step line: the count holds until the next change. Series differ
 * by colour, by dash pattern and by a label at their end, so they read in greyscale too. Where
 * the marker (the date shown on the map) crosses each line, the line's count on that date is
 * written beside it: the chart is labelled at the selected date, not only at its end.
 *
 * @param series one line per treaty
 * @param xTicks one tick per few years
 * @param yTicks round counts
 */
public record PartiesChart(int width, int height, List<Series> series, List<Tick> xTicks, List<Tick> yTicks, Marker marker) {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 260;
    static final int LEFT = 44;
    static final int RIGHT = 84;
    static final int TOP = 12;
    static final int BOTTOM = 28;

    /** One change in a treaty's count of parties. */
    public record Step(LocalDate date, int parties) {}

    /**
     * One treaty's line.
     *
     * @param points SVG polyline points
     * @param dash   SVG stroke-dasharray, or "none"
     */
    public record Series(String treaty, String label, String colour, String dash, String points, int last, double lastY,
                         int marked, double markedY, String summary) {}

    public record Tick(double position, String label) {}

    /** The chosen date, drawn as a vertical line. */
    public record Marker(double x, String label) {}

    private static final String[] COLOURS = {"#0072B2", "#CC79A7", "#009E73", "#E69F00"};
    private static final String[] DASHES = {"none", "6 3", "2 3", "8 3 2 3"};

    /**
     * Lays out the series.
     *
     * @param steps  per treaty (in this order), the changes of its count, by date
     * @param labels per treaty, its short label
     */
    public static PartiesChart of(List<String> treaties, List<String> labels, List<List<Step>> steps, LocalDate from, LocalDate to, LocalDate marked) {
        int max = steps.stream().flatMap(List::stream).mapToInt(Step::parties).max().orElse(0);
        int yMax = Math.max(10, (int) Math.ceil(max / 50.0) * 50);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        java.util.function.ToDoubleFunction<LocalDate> x = d -> LEFT + plotW * Math.clamp(ChronoUnit.DAYS.between(from, d), 0, days) / days;
        java.util.function.IntToDoubleFunction y = n -> TOP + plotH * (1 - (double) n / yMax);

        List<Series> series = new ArrayList<>();
        for (int i = 0; i < treaties.size(); i++) {
            StringBuilder points = new StringBuilder();
            int count = 0;
            points.append(fmt(x.applyAsDouble(from))).append(',').append(fmt(y.applyAsDouble(0)));
            for (Step s : steps.get(i)) {
                if (s.date().isAfter(to)) {
                    break;
                }
                double sx = x.applyAsDouble(s.date());
                points.append(' ').append(fmt(sx)).append(',').append(fmt(y.applyAsDouble(count)));
                count = s.parties();
                points.append(' ').append(fmt(sx)).append(',').append(fmt(y.applyAsDouble(count)));
            }
            points.append(' ').append(fmt(x.applyAsDouble(to))).append(',').append(fmt(y.applyAsDouble(count)));
            int atMarked = countOn(steps.get(i), marked);
            series.add(new Series(treaties.get(i), labels.get(i), COLOURS[i % COLOURS.length], DASHES[i % DASHES.length],
                    points.toString(), count, y.applyAsDouble(count), atMarked, y.applyAsDouble(atMarked),
                    labels.get(i) + ": " + atMarked + " parties on " + marked + ", " + count + " on " + to));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            // every fourth year and the last one, but no regular tick so near the last that their labels overlap
            boolean regular = (year - from.getYear()) % 4 == 0 && to.getYear() - year >= 3;
            if (regular || year == to.getYear()) {
                LocalDate d = LocalDate.of(year, 1, 1);
                if (!d.isBefore(from)) {
                    xTicks.add(new Tick(x.applyAsDouble(d), Integer.toString(year)));
                }
            }
        }
        List<Tick> yTicks = new ArrayList<>();
        int stepY = yMax <= 50 ? 10 : 50;
        for (int n = 0; n <= yMax; n += stepY) {
            yTicks.add(new Tick(y.applyAsDouble(n), Integer.toString(n)));
        }
        Marker marker = new Marker(x.applyAsDouble(marked), marked.toString());
        return new PartiesChart(WIDTH, HEIGHT, series, xTicks, yTicks, marker);
    }

    /** The number of parties on {@code date}: the last step on or before it. */
    public static int countOn(List<Step> steps, LocalDate date) {
        int count = 0;
        for (Step s : steps) {
            if (s.date().isAfter(date)) {
                break;
            }
            count = s.parties();
        }
        return count;
    }

    /** True when the marker is too near the right edge for its counts to be written to its right. */
    public boolean markerLabelsLeft() {
        return marker.x() > plotRight() - 40;
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotTop() {
        return TOP;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
