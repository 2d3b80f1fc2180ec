package org.treatywatch.extract.syntax;

import java.util.List;

/**
 * One row of {@code rules/grammar-rules.txt}: a Semgrex pattern over a sentence's enhanced++ graph
 * that binds the act word as {@code act} (and, for {@link Kind#ACTOR} and {@link Kind#EXCEPTED}, the
 * actor's word as {@code actor}), the sentence that motivated it and the claims that sentence must give.
 *
 * @param claims every AP-mine and treaty claim {@code example} gives, as {@code TYPE ACTOR[/TREATY] MODALITY}
 *               (empty: none)
 * @param line   the row's line in the file, for messages
 */
public record GrammarRule(String name, Kind kind, String pattern, String example, List<String> claims, int line) {

    /** What a match says about the act (the file's sections, one per kind). */
    public enum Kind {
        /** who does the act: the subject, the passive's agent, the possessor or adjective of an act noun */
        ACTOR("actor"),
        /** a state excepted from a group's act ("every member except X has joined"): the act negated for it */
        EXCEPTED("excepted"),
        /** the governing word makes the act a plan ("plan to", "recommend withdrawing", "the goal of joining") */
        PLANNED("planned"),
        /** the governing word makes it a possibility ("consider leaving") */
        POSSIBLE("possible"),
        /** the governing word negates it ("refused to join") */
        NEGATED("negated"),
        /** the act word reports no act of a state ("a treaty which prohibits the use ...", "urged X to join") */
        NO_ACT("no-act");

        final String section;

        Kind(String section) {
            this.section = section;
        }

        boolean bindsActor() {
            return this == ACTOR || this == EXCEPTED;
        }
    }

    public GrammarRule {
        claims = List.copyOf(claims);
    }
}
