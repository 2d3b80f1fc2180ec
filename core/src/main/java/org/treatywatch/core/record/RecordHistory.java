package org.treatywatch.core.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatywatch.core.participation.ArmedConflict;
import org.treatywatch.core.participation.Declaration;
import org.treatywatch.core.participation.ObligationExtension;
import org.treatywatch.core.participation.Participation;
import org.treatywatch.core.participation.ReferenceData;

/**
 * The record with its transaction time: every version of every row, and the record as it stood on
 * any day (bitemporal: the rows' own dates say what happened when, the versions' times say when
 * the record learnt it).
 *
 * <p>The shipped tables are the record's first version. Each of their facts counts as recorded
 * on the day its source gives for it: a participation row's signature on the day of signature,
 * its instrument on the day the depositary received it, its withdrawal on the day the depositary
 * received the instrument of withdrawal (with the effective date the depositary's notice states);
 * an armed conflict on the day it began, a declaration on its date, an obligation extension on
 * the day it was decided. So a shipped row has one version per act, recorded by {@value #SEED}.
 */
public final class RecordHistory {
    /** Who recorded the shipped data. */
    public static final String SEED = "seed";

    private final List<RecordVersion> versions;

    /** @param versions oldest first; of two versions recorded at the same instant, the later in the list wins */
    public RecordHistory(List<RecordVersion> versions) {
        this.versions = versions.stream().sorted(Comparator.comparing(RecordVersion::recordedAt)).toList();
    }

    public List<RecordVersion> versions() {
        return versions;
    }

    /** The first instant after day {@code k} (UTC): what was recorded before it was known on {@code k}. */
    public static Instant endOf(LocalDate k) {
        return k.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The record as it stood at the end of day {@code k} (UTC), over the registries of {@code base}.
     *
     * @throws IllegalArgumentException when the rows known then do not make a consistent record
     */
    public ReferenceData asKnownOn(ReferenceData base, LocalDate k) {
        return asKnownAt(base, endOf(k));
    }

    /** The record as it stood just before {@code cutoff}. */
    public ReferenceData asKnownAt(ReferenceData base, Instant cutoff) {
        Map<String, RecordVersion> latest = new LinkedHashMap<>();
        for (RecordVersion v : versions) {
            if (v.recordedAt().isBefore(cutoff)) {
                latest.put(v.kind() + " " + v.key(), v);
            }
        }
        List<Participation> participation = new ArrayList<>();
        List<ArmedConflict> conflicts = new ArrayList<>();
        List<Declaration> declarations = new ArrayList<>();
        List<ObligationExtension> extensions = new ArrayList<>();
        for (RecordVersion v : latest.values()) {
            switch (v.row()) {
                case null -> { }
                case Participation p -> participation.add(p);
                case ArmedConflict c -> conflicts.add(c);
                case Declaration d -> declarations.add(d);
                case ObligationExtension e -> extensions.add(e);
                default -> throw new IllegalStateException("not a row of the record: " + v.row());
            }
        }
        return new ReferenceData(base.states(), base.treaties(), participation, conflicts, declarations, extensions);
    }

    /** The shipped data's versions, recorded on the days their sources give (see the class comment). */
    public static List<RecordVersion> shipped(ReferenceData data) {
        List<RecordVersion> out = new ArrayList<>();
        data.participation().forEach(p -> out.addAll(shipped(p)));
        data.conflicts().forEach(c -> out.add(RecordVersion.of(c, at(c.start()), SEED, "armed-conflicts.csv")));
        data.declarations().forEach(d -> out.add(RecordVersion.of(d, at(d.date()), SEED, "declarations.csv")));
        data.extensions().forEach(e -> out.add(RecordVersion.of(e, at(e.decided()), SEED, "obligation-extensions.csv")));
        return out;
    }

    /** A shipped participation row as the record learnt it: signature, then deposit, then withdrawal. */
    static List<RecordVersion> shipped(Participation p) {
        String file = p.treaty().toLowerCase(Locale.ROOT) + "-participants.csv";
        List<RecordVersion> out = new ArrayList<>();
        if (p.signed() != null && (p.deposited() == null || p.signed().isBefore(p.deposited()))
                && !(p.deposited() == null && p.withdrawalDeposited() == null)) {
            out.add(RecordVersion.of(new Participation(p.treaty(), p.state(), p.signed(), null, null, null, null, ""),
                    at(p.signed()), SEED, file));
        }
        if (p.withdrawalDeposited() != null) {
            out.add(RecordVersion.of(new Participation(p.treaty(), p.state(), p.signed(), p.instrument(), p.deposited(),
                    null, null, ""), at(p.deposited()), SEED, file));
        }
        LocalDate last = p.withdrawalDeposited() != null ? p.withdrawalDeposited()
                : p.deposited() != null ? p.deposited() : p.signed();
        out.add(RecordVersion.of(p, at(last), SEED, file));
        return out;
    }

    private static Instant at(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
