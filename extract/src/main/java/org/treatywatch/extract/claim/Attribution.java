package org.treatywatch.extract.claim;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.Quote;
import org.treatywatch.extract.pipeline.Sentence;

/**
 * Whose word the claim is (CODEBOOK.md, ALLEGED): the speaker of a quotation or reported speech; a state that
 * reports another state's use, production or transfer accuses it (ALLEGED, alleged by the reporter), while a state's
 * report of its own act and a report by a body that is no state stay FACT; a state that rejects an accusation
 * against it denies the act (a NEGATED twin).
 */
final class Attribution extends DocRules {
    Attribution(DocLayers d) {
        super(d);
    }

    private static final Set<String> DENY_VERBS = ClaimWords.get("deny-verbs");
    private static final Set<String> ACCUSATION_NOUNS = ClaimWords.get("accusation-nouns");

    /**
     * "Armenia accused Azerbaijan of planting mines. Baku rejected the claim.": a state that rejects an accusation
     * made against it in its sentence or the two before denies the act, so each ALLEGED claim about it there gets a
     * NEGATED twin whose evidence runs to the denial (dev corpus README: "a denial of an accusation adds NEGATED
     * to ALLEGED"). "Each side denies the other's allegations" is a denial by both states of the pair.
     */
    List<Claim> denials(List<Claim> found) {
        List<Claim> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
                if (!DENY_VERBS.contains(tokens.get(k).norm()) || !accusationAfter(s, k)) {
                    continue;
                }
                ActorRef denier = null;
                for (int j = k - 1; j >= Math.max(s.firstToken(), k - 4) && denier == null; j--) {
                    denier = refAt[j] != null && !refAt[j].states().isEmpty() ? refAt[j] : null;
                }
                if (denier == null) {
                    continue;
                }
                int from = sentences.get(Math.max(0, si - 2)).start();
                for (Claim c : found) {
                    if (c.modality() == Modality.ALLEGED && denier.states().contains(c.actor())
                            && c.evidence().start() >= from && c.evidence().end() <= s.end()) {
                        out.add(new Claim(c.doc(), c.type(), c.actor(), Modality.NEGATED, c.treaty(), c.stage(),
                                c.weapon(), c.recipient(), null, c.quantity(), c.amount(), c.when(), null,
                                Evidence.of(text, c.evidence().start(), s.end())));
                    }
                }
            }
        }
        return out;
    }

    /** "rejected the claim", "denies the other's allegations": an accusation noun a few words after. */
    boolean accusationAfter(Sentence s, int k) {
        for (int j = k + 1; j < Math.min(s.endToken(), k + 5); j++) {
            if (ACCUSATION_NOUNS.contains(tokens.get(j).norm())) {
                return true;
            }
        }
        return false;
    }


    /** Acts a state is accused of by others (CODEBOOK.md, ALLEGED): not joining or leaving a treaty. */
    private static final Set<ClaimType> ACCUSABLE = EnumSet.of(ClaimType.USE, ClaimType.PRODUCTION, ClaimType.TRANSFER);
    private static final Set<String> REPORT_VERBS = ClaimWords.get("report-verbs");

    /**
     * The state that reports an act of another in the act's sentence ("Baku rejected the claim and said Armenian
     * troops had planted the mines"): a state named before a verb of saying that comes before the act's subject,
     * none of whose states is among the actors or recipients; else null. A state's report of its own act ("Estonia
     * said it had laid mines") and a report by a body that is no state (the UN, monitors) stay FACT.
     */
    String reportingState(Sentence s, int t, List<String> actors, List<String> recipients) {
        int subject = -1;
        for (int k = t - 1; k >= Math.max(s.firstToken(), t - 12); k--) {
            if (refAt[k] != null && refAt[k].states().stream().anyMatch(actors::contains)) {
                subject = refAt[k].firstToken();
                break;
            }
        }
        if (subject < 0) {
            return null;
        }
        int verb = -1;
        for (int k = subject - 1; k >= Math.max(s.firstToken(), subject - 3); k--) {
            if (REPORT_VERBS.contains(tokens.get(k).norm())) {
                verb = k;
                break;
            }
            if (!tokens.get(k).is("that")) {
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        for (int k = verb - 1; k >= s.firstToken(); k--) {
            ActorRef r = refAt[k];
            if (r == null || r.firstToken() != k) {
                continue;
            }
            if (k > s.firstToken() && OBJECT_PREPOSITIONS.contains(tokens.get(k - 1).norm())) {
                continue; // "met with Russia": an object, not the one reporting
            }
            if (r.kind() == ActorRef.Kind.RECIPROCAL || r.states().size() != 1
                    || actors.contains(r.states().get(0)) || recipients.contains(r.states().get(0))) {
                return null;
            }
            return r.states().get(0);
        }
        return null;
    }


    private static final Set<String> COMMITMENTS = ClaimWords.get("commitment-verbs");

    /**
     * "Ukrainian officials have pledged to lay the mines only inside the country, a Pentagon spokesperson said": a
     * commitment of the actor's own before the act in its clause, which another state's speaker only passes on; a
     * plan the speaker imputes ("their real purpose was to supply mines to Kyiv") is an allegation.
     */
    boolean ownCommitmentBefore(Sentence s, int t) {
        for (int k = t - 1; k >= Math.max(s.firstToken(), t - 6); k--) {
            if (COMMITMENTS.contains(tokens.get(k).norm())) {
                return true;
            }
            if (isModalityBarrier(k, s) || tokens.get(k).is(",")) {
                return false;
            }
        }
        return false;
    }

    Speaker speakerAt(Sentence s, int t) {
        Quote q = quoteAt(s, t);
        if (q == null || !q.hasSpeaker()) {
            return null;
        }
        String role = q.speakerRole();
        if (role != null && role.length() > 120) {
            role = role.substring(0, 120);
        }
        return new Speaker(q.speakerName(), role, q.speakerActor());
    }
}
