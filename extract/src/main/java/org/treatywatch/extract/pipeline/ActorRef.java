package org.treatywatch.extract.pipeline;

import java.util.List;

/**
 * A phrase that refers to one or more states, resolved: "Lithuania" is [LTU], "the two countries"
 * after "Lithuania and Finland" is [LTU, FIN], "those three countries", "the Baltic states",
 * "it", "we" (in a quote: the speaker's state). A list "Poland, Latvia and Estonia" is one ref.
 * Open groups ("NATO members") never become refs. {@code states} is empty when the phrase could
 * not be resolved; such refs still block a wrong, more distant subject.
 *
 * <p>{@code namedFrom} is the first token of the earliest mention that names the states this ref
 * resolves to: {@code firstToken} for a name, the antecedent's for "they" or "the two countries"
 * (followed through chains of references), {@code -1} when no single mention names them (a
 * speaker's "we"). A claim whose actor is named in an earlier sentence takes its evidence from
 * there (CODEBOOK.md, "evidence": the sentence(s) that support the claim).
 */
public record ActorRef(Span span, int firstToken, int endToken, Kind kind, List<String> states, Mention.Form form,
        int namedFrom) implements Spanned {

    public ActorRef {
        states = List.copyOf(states);
        if (states.isEmpty() || namedFrom > firstToken) {
            namedFrom = -1;
        }
    }

    /** A ref that names its states itself, or whose antecedent is unknown. */
    public ActorRef(Span span, int firstToken, int endToken, Kind kind, List<String> states, Mention.Form form) {
        this(span, firstToken, endToken, kind, states, form, kind == Kind.NAMED ? firstToken : -1);
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
