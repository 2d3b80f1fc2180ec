package org.treatywatch.extract.eval;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;

/**
 * One line of a gold file (CODEBOOK.md, "Scoring"): a claim key and every modality the text
 * supports for it. An {@code optional} key is one careful annotators disagree on: predicting it is
 * neither required nor penalised.
 *
 * <p>The compact constructor holds gold to the codebook's field rules, so that a typo in a gold
 * file fails loudly instead of silently lowering a score: a treaty for WITHDRAWAL and ACCESSION
 * only, a recipient for TRANSFER only, ISO alpha-3 codes, at least one acceptable modality.
 *
 * @param acceptable the modalities a predicted claim with this key may carry to count as right
 */
public record GoldClaim(
        ClaimType type, String actor, String treaty, String recipient, Set<Modality> acceptable, boolean optional) {

    public GoldClaim {
        Objects.requireNonNull(type, "type");
        if (actor == null || !actor.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("actor must be ISO alpha-3, got " + actor);
        }
        if (type.isTreatyType() && (treaty == null || treaty.isBlank())) {
            throw new IllegalArgumentException(type + " needs a treaty (APMBC or CCM)");
        }
        if (!type.isTreatyType() && treaty != null) {
            throw new IllegalArgumentException(type + " takes no treaty, got " + treaty);
        }
        if (recipient != null && (type != ClaimType.TRANSFER || !recipient.matches("[A-Z]{3}"))) {
            throw new IllegalArgumentException("recipient is for TRANSFER only, as ISO alpha-3, got " + recipient);
        }
        if (acceptable == null || acceptable.isEmpty()) {
            throw new IllegalArgumentException("a gold claim needs at least one acceptable modality");
        }
        acceptable = Set.copyOf(EnumSet.copyOf(acceptable));
    }

    /** The scoring key of this gold claim in the document whose basename is {@code doc}. */
    public Claim.Key key(String doc) {
        return new Claim.Key(doc, type, actor, treaty, recipient);
    }
}
