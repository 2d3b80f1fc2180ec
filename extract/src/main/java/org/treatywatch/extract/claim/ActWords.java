package org.treatywatch.extract.claim;

/** The act words of {@link ClaimAssembler}, for stages that need to know where an act may be. */
public final class ActWords {
    private ActWords() {}

    /** True when a token of this norm ("produce", "withdrawal", "remain") may report an act in some context. */
    public static boolean mayReportAct(String norm) {
        return ActLexicon.mayReport(norm);
    }
}
