package org.treatywatch.core.claim;

/** How certain the text is that the act happens (CODEBOOK.md, "Modality"). */
public enum Modality {
    /** The act happened or is under way, as the text states it. */
    FACT,
    /** An announced intention, decision or schedule for the future. */
    PLANNED,
    /** Considered, conditional or capable, not decided. */
    POSSIBLE,
    /** The text says it did not, does not or will not happen. */
    NEGATED,
    /** Someone accuses the state of the act. */
    ALLEGED
}
