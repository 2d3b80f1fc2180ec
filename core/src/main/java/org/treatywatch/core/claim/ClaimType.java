package org.treatywatch.core.claim;

/** The kinds of act a claim reports (CODEBOOK.md, "Types"). */
public enum ClaimType {
    WITHDRAWAL,
    ACCESSION,
    PRODUCTION,
    PROCUREMENT,
    TRANSFER,
    STOCKPILE,
    DESTRUCTION,
    USE;

    /** The treaty types carry a treaty code and no weapon; the others carry a weapon and no treaty. */
    public boolean isTreatyType() {
        return this == WITHDRAWAL || this == ACCESSION;
    }
}
