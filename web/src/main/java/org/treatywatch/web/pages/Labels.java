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

    public static String weapon(Weapon weapon) {
        return weapon == null ? "" : org.treatywatch.web.ClaimSentence.weapon(weapon);
    }
}
