package org.treatywatch.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.status.Parties;
import org.treatywatch.core.status.StatusAnswer;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.core.treaty.Treaty;

/**
 * The whole-world status table for one date (197 states, each answer with its rule, events and
 * declarations) and the depositary's party count, from the shipped reference data.
 *
 * <p>Run: {@code ./mvnw -q package -DskipTests -pl bench -am && java -jar bench/target/benchmarks.jar
 * StatusTable -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StatusTableBenchmark {
    @Param({"APMBC", "CCM"})
    String treatyCode;

    @Param({"2026-03-01"})
    String date;

    StatusEngine engine;
    Treaty treaty;
    LocalDate on;

    @Setup
    public void setUp() {
        engine = StatusEngine.of(ReferenceData.defaults());
        treaty = engine.data().treaties().byCode(treatyCode).orElseThrow();
        on = LocalDate.parse(date);
    }

    @Benchmark
    public List<StatusAnswer> worldTable() {
        return engine.statusOfAll(treaty, on);
    }

    @Benchmark
    public Parties partyCount() {
        return engine.parties(treaty, on);
    }

    /** Building the engine from loaded reference data: what a data edit costs. */
    @Benchmark
    public StatusEngine buildEngine() {
        return StatusEngine.of(engine.data());
    }
}
