package org.treatywatch.extract.pipeline;

import java.util.List;

/**
 * A phrase that refers to one or more states, resolved: "Lithuania" is [LTU], "the two countries"
 * after "Lithuania and Finland" is [LTU, FIN], "those three countries", "the Baltic states",
 * "it", "we" (in a quote: the speaker's state). A list "Poland, Latvia and Estonia" is one ref.
 * Open groups ("NATO members") never become refs. {@code states} is empty when the phrase could
 * not be resolved; such refs still block a wrong, more distant subject.
 */
public record ActorRef(Span span, int firstToken, int endToken, Kind kind, List<String> states, Mention.Form form)
        implements Spanned {

    public ActorRef {
        states = List.copyOf(states);
    }

    public enum Kind {
        /** names, adjectives, capitals, possessives, and lists of them */
        NAMED,
        /** "the two countries", "those three countries", "both states" */
        PLURAL,
        /** "each side", "the other", "each other" */
        RECIPROCAL,
        /** it, its, they, their, we, our */
        PRONOUN,
        /** "which" or "who" opening a relative clause: its antecedent */
        RELATIVE,
        /** officials, the government, the ministry, the army: the current topic's states */
        GENERIC
    }
}
