package org.treatywatch.spark;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.util.AccumulatorV2;

/**
 * A Spark accumulator counting failures by {@link FailureReason} and keeping the first example of
 * each (file and record), so that the report says not only how many pages failed but where to look.
 * Examples are bounded in length; counts are exact for a run without task retries (Spark may apply
 * a retried task's updates twice, as it does for every accumulator updated in a transformation).
 */
public final class FailureTally extends AccumulatorV2<FailureTally.Failure, Map<FailureReason, FailureTally.Count>> {

    private static final int MAX_EXAMPLE_CHARS = 300;

    /** One failure: why, and where (file, record or document id). */
    public record Failure(FailureReason reason, String where) implements Serializable {}

    /** How many failures one reason had, and the first one seen. */
    public record Count(long count, String example) implements Serializable {
        Count plus(Count other) {
            return new Count(count + other.count, example != null ? example : other.example);
        }
    }

    private final EnumMap<FailureReason, Count> counts = new EnumMap<>(FailureReason.class);

    @Override
    public boolean isZero() {
        return counts.isEmpty();
    }

    @Override
    public FailureTally copy() {
        FailureTally copy = new FailureTally();
        copy.counts.putAll(counts);
        return copy;
    }

    @Override
    public void reset() {
        counts.clear();
    }

    @Override
    public void add(Failure failure) {
        String where = failure.where() == null ? null : bounded(failure.where());
        counts.merge(failure.reason(), new Count(1, where), Count::plus);
    }

    @Override
    public void merge(AccumulatorV2<Failure, Map<FailureReason, Count>> other) {
        other.value().forEach((reason, count) -> counts.merge(reason, count, Count::plus));
    }

    @Override
    public Map<FailureReason, Count> value() {
        return Map.copyOf(counts);
    }

    private static String bounded(String text) {
        return text.length() <= MAX_EXAMPLE_CHARS ? text : text.substring(0, MAX_EXAMPLE_CHARS) + "...";
    }
}
