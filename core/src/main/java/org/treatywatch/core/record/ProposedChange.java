package org.treatywatch.core.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.treatywatch.core.notice.Notice;
import org.treatywatch.core.notice.NoticeAction;
import org.treatywatch.core.participation.Declaration;
import org.treatywatch.core.participation.Instrument;
import org.treatywatch.core.participation.Participation;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.state.State;
import org.treatywatch.core.status.NextChange;
import org.treatywatch.core.status.StatusAnswer;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.core.treaty.Treaty;

/**
 * What a depositary notification would change in the record, and what the engine answers before
 * and after: "Lithuania: PARTY -> WITHDRAWING from 2025-06-27, WITHDRAWN on 2025-12-27".
 *
 * <p>Signature, the instruments of consent and withdrawal change the state's participation row;
 * a declaration, an objection or a communication adds a row to the declarations, never a
 * withdrawal (Ukraine's 2025 "suspension" is a declaration: the treaties provide for no
 * suspension).
 *
 * @param notice the notice
 * @param before the row the change replaces, or null when there is none
 * @param after  the row the record would hold
 * @param on     the day the act took place (the deposit, else the notice's date)
 * @param was    the engine's answer on {@code on} before the change
 * @param will   its answer on {@code on} after it
 */
public record ProposedChange(Notice notice, Object before, Object after, LocalDate on, StatusAnswer was, StatusAnswer will) {
    /** The longest declaration text kept in the record; longer ones are cut with an ellipsis. */
    public static final int MAX_TEXT = 4000;

    public ProposedChange {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(after, "after");
    }

    public RecordKind kind() {
        return RecordKind.of(after);
    }

    public String key() {
        return RecordKind.key(after);
    }

    /** True when the record already holds what the notice says. */
    public boolean changesNothing() {
        return after.equals(before);
    }

    /**
     * The change {@code notice} makes to {@code data}.
     *
     * @throws IllegalArgumentException with a message for people when the notice cannot apply: a
     *         treaty or state the record does not know, a withdrawal by a state with no instrument
     *         deposited, dates out of order
     */
    public static ProposedChange of(Notice notice, ReferenceData data) {
        Treaty treaty = data.treaties().byCode(notice.treaty())
                .orElseThrow(() -> new IllegalArgumentException(notice.reference() + ": treaty " + notice.treaty() + " is not followed"));
        State state = data.states().byAlpha3(notice.state())
                .orElseThrow(() -> new IllegalArgumentException(notice.reference() + ": unknown state " + notice.state()));
        LocalDate on = notice.deposited() != null ? notice.deposited() : notice.noticeDate();
        Object before;
        Object after;
        ReferenceData changed;
        try {
            if (notice.action().isStatement()) {
                Declaration d = declaration(notice, on);
                before = data.declarations().stream().filter(x -> RecordKind.key(x).equals(RecordKind.key(d))).findFirst().orElse(null);
                after = before != null ? before : d;
                List<Declaration> all = new ArrayList<>(data.declarations());
                if (before == null) {
                    all.add(d);
                }
                changed = new ReferenceData(data.states(), data.treaties(), data.participation(), data.conflicts(), all,
                        data.extensions());
            } else {
                Participation p = data.participation(treaty.code(), state.alpha3()).orElse(null);
                before = p;
                Participation next = participation(notice, p, on, state);
                after = next;
                List<Participation> rows = new ArrayList<>(data.participation());
                rows.remove(p);
                rows.add(next);
                changed = data.withParticipation(rows);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(notice.reference() + ": " + e.getMessage(), e);
        }
        StatusAnswer was = StatusEngine.of(data).status(state, treaty, on);
        StatusAnswer will = StatusEngine.of(changed).status(state, treaty, on);
        return new ProposedChange(notice, before, after, on, was, will);
    }

    private static Declaration declaration(Notice n, LocalDate on) {
        String text = n.text().strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1) + "\u2026";
        }
        String kind = n.action() == NoticeAction.DECLARATION && text.toLowerCase(Locale.ROOT).contains("suspend")
                ? "suspension" : n.action().word();
        return new Declaration(n.treaty(), n.state(), on, kind, text, n.reference());
    }

    private static Participation participation(Notice n, Participation p, LocalDate on, State state) {
        String note = "recorded from " + n.reference();
        NoticeAction a = n.action();
        if (a == NoticeAction.SIGNATURE) {
            if (p != null && p.signed() != null) {
                return p;
            }
            return p == null ? new Participation(n.treaty(), n.state(), on, null, null, null, null, note)
                    : new Participation(p.treaty(), p.state(), on, p.instrument(), p.deposited(), p.withdrawalDeposited(),
                            p.withdrawalEffective(), p.note());
        }
        if (a.isConsent()) {
            Instrument instrument = Instrument.parse(a.name());
            if (p != null && p.deposited() != null) {
                return p;
            }
            return new Participation(n.treaty(), n.state(), p == null ? null : p.signed(), instrument, on, null, null,
                    p == null || p.note().isEmpty() ? note : p.note());
        }
        if (a != NoticeAction.WITHDRAWAL) {
            throw new IllegalArgumentException("no participation change for " + a.word());
        }
        if (p == null || p.deposited() == null) {
            throw new IllegalArgumentException(state.name() + " has no instrument deposited in the record, so a withdrawal"
                    + " cannot apply; record its instrument first");
        }
        if (on.equals(p.withdrawalDeposited())) {
            return p;
        }
        return new Participation(p.treaty(), p.state(), p.signed(), p.instrument(), p.deposited(), on, n.effective(), note);
    }

    /** "Lithuania: PARTY -> WITHDRAWING from 2025-06-27, WITHDRAWN on 2025-12-27". */
    public String summary() {
        StringBuilder s = new StringBuilder(will.state().name()).append(": ").append(was.code()).append(" -> ")
                .append(will.code());
        if (will.since() != null) {
            s.append(" from ").append(will.since());
        }
        NextChange next = will.next();
        if (next != null) {
            s.append(", ").append(next.to()).append(next.on() == null ? " " + next.condition() : " on " + next.on());
        }
        if (kind() == RecordKind.DECLARATION) {
            Declaration d = (Declaration) after;
            s.append(" (declared ").append(d.kind()).append(' ').append(d.date()).append(')');
        }
        return s.toString();
    }
}
