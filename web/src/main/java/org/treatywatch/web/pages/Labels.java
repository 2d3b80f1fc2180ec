package org.treatywatch.web.pages;

import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Weapon;

/** Plain-English words for the codebook's codes (CODEBOOK.md, "Types" and "Modality"). */
public final class Labels {
    private Labels() {}

    public static String type(ClaimType type) {
        return switch (type) {
            case WITHDRAWAL -> "Withdrawal";
            case ACCESSION -> "Accession";
            case PRODUCTION -> "Production";
            case PROCUREMENT -> "Procurement";
            case TRANSFER -> "Transfer";
            case STOCKPILE -> "Stockpile";
            case DESTRUCTION -> "Destruction";
            case USE -> "Use";
        };
    }

    public static String modality(Modality modality) {
        return switch (modality) {
            case FACT -> "fact";
            case PLANNED -> "planned";
            case POSSIBLE -> "possible";
            case NEGATED -> "negated";
            case ALLEGED -> "alleged";
        };
    }

    /** What a flag of this kind says, in a few words. */
    public static String kind(org.treatywatch.core.check.FindingKind kind) {
        return switch (kind) {
            case PROHIBITED_ACT -> "prohibited act";
            case STOCKS_AFTER_DEADLINE -> "stocks after the deadline";
            case STATUS_CONTRADICTS_RECORD -> "status the record contradicts";
            case WITHDRAWAL_NOT_DEPOSITED -> "withdrawal not deposited";
            case JOINING_NOT_IN_RECORD -> "joining not in the record";
        };
    }

    public static String weapon(Weapon weapon) {
        return weapon == null ? "" : org.treatywatch.web.ClaimSentence.weapon(weapon);
    }
}
