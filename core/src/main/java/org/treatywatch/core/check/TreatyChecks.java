package org.treatywatch.core.check;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.core.participation.Declaration;
import org.treatywatch.core.state.State;
import org.treatywatch.core.status.Deadline;
import org.treatywatch.core.status.StatusAnswer;
import org.treatywatch.core.status.StatusCode;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.core.status.TreatyStatus;
import org.treatywatch.core.treaty.Treaty;

/**
 * Checks a reported act against the treaty record, on the act's date, with the {@link StatusEngine}
 * (issue 11, point 3). Pure: the same act, engine and {@code asOf} give the same findings; immutable
 * and thread-safe.
 *
 * <h2>What each kind needs</h2>
 * <ul>
 *   <li>{@link FindingKind#PROHIBITED_ACT}: USE, PRODUCTION, PROCUREMENT or TRANSFER of the weapon a
 *       treaty bans ({@code bans.tsv}: AP_MINE for the APMBC, CLUSTER_MUNITION for the CCM), as
 *       {@code FACT} or {@code ALLEGED}, by a state that on the act's date is a party in force,
 *       withdrawing (bound until the withdrawal takes effect, its effect held by an armed conflict
 *       included), or has signed or deposited without the treaty yet in force for it (bound not to
 *       defeat the object, VCLT Art. 18). A TRANSFER also checks its recipient, who acquires. A
 *       {@code PLANNED}, {@code POSSIBLE} or {@code NEGATED} act is not an act: no finding until a
 *       report states it as fact or an accusation. A state that never joined, or whose withdrawal had
 *       taken effect, gives none.
 *   <li>{@link FindingKind#STOCKS_AFTER_DEADLINE}: STOCKPILE, {@code FACT} or {@code ALLEGED}, by a
 *       party in force (or withdrawing) after its stockpile deadline, extensions included as the
 *       engine gives them. Stocks planned or denied give none; so do stocks within the deadline.
 *       Mines retained under APMBC Art. 3 cannot be told apart from the claim alone: the reason says so.
 *   <li>{@link FindingKind#STATUS_CONTRADICTS_RECORD}: a WITHDRAWAL as {@code FACT} (stage none,
 *       NOTIFIED or EFFECTIVE) while the record holds no instrument of withdrawal received by then,
 *       or, for EFFECTIVE, a withdrawal not yet in effect; a WITHDRAWAL {@code NEGATED} while the
 *       record has it in effect; an ACCESSION as {@code FACT} while the record has the state
 *       withdrawn; an ACCESSION {@code NEGATED} ("not a party") while the record has it a party in
 *       force. A FACT with stage ANNOUNCED or APPROVED reports a step towards the act, not the act.
 *   <li>{@link FindingKind#WITHDRAWAL_NOT_DEPOSITED}: a WITHDRAWAL {@code PLANNED}, or {@code FACT}
 *       at stage ANNOUNCED or APPROVED, while the state was a party, when {@link #OVERDUE_AFTER}
 *       has passed by {@code asOf} since the later of the report and the planned date and the record
 *       on {@code asOf} still has no instrument of withdrawal. {@code POSSIBLE} (considered) is no
 *       announcement.
 *   <li>{@link FindingKind#JOINING_NOT_IN_RECORD}: an ACCESSION as {@code FACT} (stage none,
 *       NOTIFIED or EFFECTIVE) while the record on the act's date has no instrument deposited (the
 *       state never signed, or only signed). A parliament's approval (APPROVED) is a domestic step
 *       the depositary's record cannot hold: no finding.
 * </ul>
 * {@code ALLEGED} withdrawals and accessions, and DESTRUCTION, give none.
 */
public final class TreatyChecks {
    /** How long an announced withdrawal may go without an instrument before it is a finding: the withdrawal period itself. */
    public static final Period OVERDUE_AFTER = Period.ofMonths(6);

    private final StatusEngine engine;
    private final List<Ban> bans;

    private TreatyChecks(StatusEngine engine, List<Ban> bans) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.bans = List.copyOf(bans);
    }

    /** Checks against {@code engine}'s record, with the shipped bans. */
    public static TreatyChecks of(StatusEngine engine) {
        return new TreatyChecks(engine, Ban.standard());
    }

    private static final class Defaults {
        static final TreatyChecks INSTANCE = of(StatusEngine.defaults());
    }

    /** Checks against {@link StatusEngine#defaults()}. */
    public static TreatyChecks defaults() {
        return Defaults.INSTANCE;
    }

    public StatusEngine engine() {
        return engine;
    }

    /**
     * The findings for {@code act}, none when the record agrees with it. {@code asOf} is the day the
     * check runs (today, for a live record): only {@link FindingKind#WITHDRAWAL_NOT_DEPOSITED} reads
     * it. An actor, recipient or treaty the engine does not know gives no finding.
     */
    public List<Finding> check(ReportedAct act, LocalDate asOf) {
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(asOf, "asOf");
        List<Finding> out = new ArrayList<>();
        switch (act.type()) {
            case USE, PRODUCTION, PROCUREMENT -> prohibited(act, act.actor(), null, out);
            case TRANSFER -> {
                prohibited(act, act.actor(), null, out);
                if (act.recipient() != null) {
                    prohibited(act, act.recipient(), act.actor(), out);
                }
            }
            case STOCKPILE -> stocks(act, out);
            case WITHDRAWAL -> withdrawal(act, asOf, out);
            case ACCESSION -> accession(act, out);
            case DESTRUCTION -> { }
        }
        return List.copyOf(out);
    }

    private Optional<State> state(String alpha3) {
        return engine.data().states().byAlpha3(alpha3);
    }

    private Optional<Ban> ban(Weapon weapon) {
        return bans.stream().filter(b -> b.weapon() == weapon).findFirst();
    }

    private Optional<Treaty> treaty(String code) {
        return code == null ? Optional.empty() : engine.data().treaties().byCode(code);
    }

    private static boolean stated(Modality m) {
        return m == Modality.FACT || m == Modality.ALLEGED;
    }

    /** A treaty act the report says is done (not just announced or approved). */
    private static boolean done(ReportedAct act) {
        return act.modality() == Modality.FACT && act.stage() != Stage.ANNOUNCED && act.stage() != Stage.APPROVED;
    }

    /** {@code state} (the actor, or the recipient of {@code giver}'s transfer) against the ban on the act's weapon. */
    private void prohibited(ReportedAct act, String alpha3, String giver, List<Finding> out) {
        Optional<Ban> ban = ban(act.weapon());
        Optional<State> state = state(alpha3);
        if (!stated(act.modality()) || ban.isEmpty() || state.isEmpty()) {
            return;
        }
        Optional<Treaty> treaty = treaty(ban.get().treaty());
        if (treaty.isEmpty()) {
            return;
        }
        StatusAnswer a = engine.status(state.get(), treaty.get(), act.date());
        String bound = switch (a.status()) {
            case TreatyStatus.Party p -> "a State Party (in force for it since " + p.inForceSince() + "), bound by "
                    + treaty.get().cite(ban.get().article());
            case TreatyStatus.Withdrawing w -> "a State Party withdrawing (instrument received " + w.received()
                    + ", effective " + w.periodEnds() + " at the earliest), bound by " + treaty.get().cite(ban.get().article())
                    + " until the withdrawal takes effect";
            case TreatyStatus.WithdrawalSuspended w -> "a State Party whose withdrawal (instrument received "
                    + w.received() + ") is held while it is engaged in an armed conflict, bound by "
                    + treaty.get().cite(ban.get().article()) + " until it takes effect";
            case TreatyStatus.Joining j -> "a state that deposited its instrument on " + j.deposited()
                    + " (in force for it from " + j.entryIntoForce() + "), bound meanwhile not to defeat the treaty's object"
                    + " (VCLT Art. 18)";
            case TreatyStatus.Signatory s -> "a signatory (signed " + s.signed()
                    + "), bound not to defeat the treaty's object (VCLT Art. 18)";
            case TreatyStatus.NotSigned n -> null;
            case TreatyStatus.Withdrawn w -> null;
        };
        if (bound == null) {
            return;
        }
        String article = treaty.get().cite(ban.get().article())
                + (a.code() == StatusCode.SIGNATORY || a.code() == StatusCode.JOINING ? "; VCLT Art. 18" : "");
        String doing = giver != null
                ? "acquiring " + ban.get().words() + " delivered by " + name(giver)
                : verb(act.type()) + " " + ban.get().words()
                        + (act.type() == ClaimType.TRANSFER && act.recipient() != null ? " to " + name(act.recipient()) : "");
        String reason = name(alpha3) + " is " + reported(act) + " " + doing + " on or by " + act.date() + "; the "
                + treaty.get().code() + " record shows it then " + bound + ".";
        out.add(new Finding(FindingKind.PROHIBITED_ACT, alpha3, treaty.get().code(), reason, article, a, act.evidence()));
    }

    private void stocks(ReportedAct act, List<Finding> out) {
        Optional<Ban> ban = ban(act.weapon());
        Optional<State> state = state(act.actor());
        if (!stated(act.modality()) || ban.isEmpty() || state.isEmpty()) {
            return;
        }
        Optional<Treaty> treaty = treaty(ban.get().treaty());
        if (treaty.isEmpty()) {
            return;
        }
        StatusAnswer a = engine.status(state.get(), treaty.get(), act.date());
        boolean inForce = a.code() == StatusCode.PARTY || a.code() == StatusCode.WITHDRAWING
                || a.code() == StatusCode.WITHDRAWAL_SUSPENDED;
        Optional<Deadline> deadline = engine.deadlines(state.get(), treaty.get()).stream()
                .filter(d -> d.obligation().id().equals("stockpile")).findFirst();
        if (!inForce || deadline.isEmpty() || !deadline.get().due().isBefore(act.date())) {
            return;
        }
        Deadline d = deadline.get();
        String due = d.extension() == null ? "was due on " + d.due()
                : "was due on " + d.computed() + ", extended on " + d.extension().decided() + " to " + d.due();
        String reason = name(act.actor()) + " is " + reported(act) + " holding " + ban.get().words() + " on or by "
                + act.date() + ", while a State Party; the destruction of its stockpiles (" + d.citation() + ") " + due
                + (act.weapon() == Weapon.AP_MINE ? ". Mines retained for training under APMBC Art. 3 would be allowed:"
                        + " check what the evidence says they are for." : ".");
        out.add(new Finding(FindingKind.STOCKS_AFTER_DEADLINE, act.actor(), treaty.get().code(), reason, d.citation(), a,
                act.evidence()));
    }

    private void withdrawal(ReportedAct act, LocalDate asOf, List<Finding> out) {
        Optional<Treaty> treaty = treaty(act.treaty());
        Optional<State> state = state(act.actor());
        if (treaty.isEmpty() || state.isEmpty()) {
            return;
        }
        Treaty t = treaty.get();
        StatusAnswer a = engine.status(state.get(), t, act.date());
        String article = t.cite(t.withdrawalRule().citation());
        String who = name(act.actor());
        String reason = null;
        if (done(act)) {
            boolean effective = act.stage() == Stage.EFFECTIVE;
            reason = switch (a.status()) {
                case TreatyStatus.Withdrawn w -> null;
                case TreatyStatus.Withdrawing w -> effective ? who + " is reported to have left the " + t.code()
                        + " by " + act.date() + ", but the record has its instrument of withdrawal received on " + w.received()
                        + " and taking effect on " + w.periodEnds() + " at the earliest: it is still a State Party then." : null;
                case TreatyStatus.WithdrawalSuspended w -> effective ? who + " is reported to have left the "
                        + t.code() + " by " + act.date() + ", but the record has its withdrawal (instrument received "
                        + w.received() + ") held while it is engaged in an armed conflict: it is still a State Party then." : null;
                case TreatyStatus.Party p -> who + " is reported to have withdrawn from the " + t.code() + " by "
                        + act.date() + ", but the record shows no instrument of withdrawal received by then: it is a State"
                        + " Party (in force since " + p.inForceSince() + ")" + declarations(a) + ".";
                case TreatyStatus.Joining j -> who + " is reported to have withdrawn from the " + t.code() + " by "
                        + act.date() + ", but the record shows it joining (instrument deposited " + j.deposited()
                        + ") and no instrument of withdrawal" + declarations(a) + ".";
                case TreatyStatus.Signatory s -> who + " is reported to have withdrawn from the " + t.code()
                        + ", but the record shows it never became a party (signed " + s.signed() + ", no instrument deposited).";
                case TreatyStatus.NotSigned n -> who + " is reported to have withdrawn from the " + t.code()
                        + ", but the record shows it never signed or joined it.";
            };
        } else if (act.modality() == Modality.NEGATED && a.status() instanceof TreatyStatus.Withdrawn w) {
            reason = who + " is reported not to have left the " + t.code() + " on " + act.date()
                    + ", but the record has its withdrawal in effect since " + w.effective() + ".";
        }
        if (reason != null) {
            out.add(new Finding(FindingKind.STATUS_CONTRADICTS_RECORD, act.actor(), t.code(), reason, article, a,
                    act.evidence()));
            return;
        }
        boolean announced = act.modality() == Modality.PLANNED
                || act.modality() == Modality.FACT && (act.stage() == Stage.ANNOUNCED || act.stage() == Stage.APPROVED);
        LocalDate from = act.date().isAfter(act.reported()) ? act.date() : act.reported();
        if (!announced || from.plus(OVERDUE_AFTER).isAfter(asOf) || !inForceOrJoining(a.code())) {
            return;
        }
        StatusAnswer now = engine.status(state.get(), t, asOf);
        if (inForceOrJoining(now.code())) {
            out.add(new Finding(FindingKind.WITHDRAWAL_NOT_DEPOSITED, act.actor(), t.code(), who
                    + " was reported on " + act.reported() + " to be " + (act.stage() == Stage.APPROVED ? "decided on"
                            : "announcing") + " leaving the " + t.code() + (act.date().isAfter(act.reported())
                            ? " (planned for " + act.date() + ")" : "") + ", but by " + asOf
                    + " the record shows no instrument of withdrawal received; without one, the state remains a party ("
                    + article + ")" + declarations(now) + ".", article, a, act.evidence()));
        }
    }

    private static boolean inForceOrJoining(StatusCode code) {
        return code == StatusCode.PARTY || code == StatusCode.JOINING;
    }

    private void accession(ReportedAct act, List<Finding> out) {
        Optional<Treaty> treaty = treaty(act.treaty());
        Optional<State> state = state(act.actor());
        if (treaty.isEmpty() || state.isEmpty()) {
            return;
        }
        Treaty t = treaty.get();
        StatusAnswer a = engine.status(state.get(), t, act.date());
        String who = name(act.actor());
        if (done(act)) {
            switch (a.status()) {
                case TreatyStatus.Withdrawn w -> out.add(new Finding(FindingKind.STATUS_CONTRADICTS_RECORD, act.actor(),
                        t.code(), who + " is reported to be a party to the " + t.code() + " on " + act.date()
                                + ", but the record has its withdrawal in effect since " + w.effective() + ".",
                        t.cite(t.withdrawalRule().citation()), a, act.evidence()));
                case TreatyStatus.NotSigned n -> out.add(notInRecord(act, t, a, "it never signed the treaty"));
                case TreatyStatus.Signatory s -> out.add(notInRecord(act, t, a, "it signed on " + s.signed()
                        + " and has deposited no instrument of ratification"));
                case TreatyStatus.Joining j -> { }
                case TreatyStatus.Party p -> { }
                case TreatyStatus.Withdrawing w -> { }
                case TreatyStatus.WithdrawalSuspended w -> { }
            }
        } else if (act.modality() == Modality.NEGATED && a.status() instanceof TreatyStatus.Party p) {
            out.add(new Finding(FindingKind.STATUS_CONTRADICTS_RECORD, act.actor(), t.code(), who
                    + " is reported not to be a party to the " + t.code() + " on " + act.date()
                    + ", but the record shows it a State Party (instrument deposited " + p.deposited() + ", in force since "
                    + p.inForceSince() + ")" + declarations(a) + ".", a.rule().citation(), a, act.evidence()));
        }
    }

    private Finding notInRecord(ReportedAct act, Treaty t, StatusAnswer a, String record) {
        String article = t.cite(bans.stream().filter(b -> b.treaty().equals(t.code())).map(Ban::joiningArticle)
                .findFirst().orElse(t.entryIntoForceRule().citation()));
        return new Finding(FindingKind.JOINING_NOT_IN_RECORD, act.actor(), t.code(), name(act.actor())
                + " is reported to have joined the " + t.code() + " by " + act.date()
                + ", but the depositary record holds no instrument of it by then: " + record
                + ". If the deposit is new, the record needs it.", article, a, act.evidence());
    }

    /** ", though it declared a suspension on 2025-07-18, which the treaty does not provide for", or "". */
    private static String declarations(StatusAnswer a) {
        StringBuilder b = new StringBuilder();
        for (Declaration d : a.declarations()) {
            b.append("; it declared a ").append(d.kind()).append(" on ").append(d.date())
                    .append(", which the treaty does not provide for and which does not change its status");
        }
        return b.toString();
    }

    private String name(String alpha3) {
        return state(alpha3).map(State::name).orElse(alpha3);
    }

    private String reported(ReportedAct act) {
        return act.modality() == Modality.ALLEGED
                ? "accused" + (act.allegedBy() == null ? "" : " (by " + name(act.allegedBy()) + ")") + " of"
                : "reported";
    }

    private static String verb(ClaimType type) {
        return switch (type) {
            case USE -> "using";
            case PRODUCTION -> "producing";
            case PROCUREMENT -> "acquiring";
            case TRANSFER -> "transferring";
            case STOCKPILE -> "holding";
            case DESTRUCTION -> "destroying";
            case WITHDRAWAL, ACCESSION -> throw new IllegalArgumentException(type + " is a treaty act");
        };
    }
}
