package org.treatywatch.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Token;

/**
 * The other parties of an act: the recipients of a transfer ("to Ukraine", "for its neighbours Latvia and
 * Estonia"), the givers of a receipt ("received mines from X"), companions ("together with Latvia") and the states
 * followed ("following Poland out of the treaty").
 */
final class Parties extends DocRules {
    final SubjectFinder subjects;

    Parties(DocLayers d, SubjectFinder subjects) {
        super(d);
        this.subjects = subjects;
    }

    /** "Estonia left the treaty together with Latvia and Lithuania": the companions act too. */
    List<String> companions(Sentence s, int t) {
        for (int k = t + 1; k < Math.min(s.endToken(), t + 14); k++) {
            Token tok = tokens.get(k);
            if (isHardBarrier(tok, k, s) || tok.is(",")) {
                return List.of();
            }
            boolean together = (tok.is("together") || tok.is("along")) && k + 1 < s.endToken() && tokens.get(k + 1).is("with");
            if (together && k + 2 < s.endToken() && refAt[k + 2] != null && refAt[k + 2].kind() == ActorRef.Kind.NAMED) {
                return refAt[k + 2].states();
            }
        }
        return List.of();
    }


    List<String> followedOutOf(Sentence s, int t) {
        List<String> out = new ArrayList<>();
        for (int k = t - 1; k >= Math.max(s.firstToken(), t - 8); k--) {
            String n = tokens.get(k).norm();
            if (n.equals("following") || n.equals("follow") || n.equals("followed") || n.equals("follows")) {
                for (int j = k + 1; j < t; j++) {
                    if (refAt[j] != null && refAt[j].kind() == ActorRef.Kind.NAMED) {
                        for (String st : refAt[j].states()) {
                            if (!out.contains(st)) {
                                out.add(st);
                            }
                        }
                    }
                }
                return out;
            }
        }
        return out;
    }

    /** Recipients named in an earlier sentence, and the first token of that sentence. */
    record Recipients(List<String> states, int fromToken) {
        static final Recipients NONE = new Recipients(List.of(), -1);
    }

    /** The recipients of the last transfer reported in the two sentences before: "The weapons, supplied by the United States". */
    Recipients recentRecipients(Sentence s, int t, List<String> actors) {
        int sentence = tokens.get(t).sentence();
        for (int si = sentence - 1; si >= Math.max(0, sentence - 2); si--) {
            Sentence prev = sentences.get(si);
            for (int k = prev.endToken() - 1; k >= prev.firstToken(); k--) {
                ActLexicon.Act a = actAt[k];
                if (a != null && a.type() == ClaimType.TRANSFER && !a.receive()) {
                    List<String> r = recipientsAfter(prev, k, actors);
                    if (!r.isEmpty()) {
                        return new Recipients(r, prev.firstToken());
                    }
                }
                if (a != null && a.type() == ClaimType.TRANSFER && a.receive() && !giversAfter(prev, k).isEmpty()) {
                    // "Ukraine received mines from the United States. Washington approved the transfer.": the receiver
                    SubjectFinder.Subject receiver = subjects.subjectOf(prev, k, a);
                    if (receiver != null && !receiver.states().isEmpty() && !actors.containsAll(receiver.states())) {
                        return new Recipients(receiver.states().stream().filter(st -> !actors.contains(st)).toList(),
                                prev.firstToken());
                    }
                }
            }
        }
        return Recipients.NONE;
    }


    /** The state that is the subject of a passive transfer verb ("Ukraine was supplied with mines by ..."), if any. */
    ActorRef passiveReceiver(Sentence s, int t) {
        if (!isPassive(t)) {
            return null;
        }
        int k = t - 1;
        while (k >= s.firstToken() && refAt[k] == null && (AUXILIARIES.contains(tokens.get(k).norm())
                || BE.contains(tokens.get(k).norm()) || ADVERBS.contains(tokens.get(k).norm()))) {
            k--;
        }
        ActorRef ref = k >= s.firstToken() ? refAt[k] : null;
        return ref == null || ref.form() == Mention.Form.POSSESSIVE || ref.form() == Mention.Form.ADJECTIVE ? null : ref;
    }


    /** "to" or "for" opens the noun phrase that ends before {@code k}, within a few words after the act at {@code t}. */
    boolean toBefore(int k, int t) {
        for (int j = k - 1; j > t && j >= k - 4; j--) {
            if (tokens.get(j).is("to") || tokens.get(j).is("for")) {
                return true;
            }
        }
        return false;
    }


    // ---- recipients and givers ------------------------------------------------------------

    List<String> recipientsAfter(Sentence s, int t, List<String> actors) {
        List<String> out = new ArrayList<>();
        int limit = Math.min(s.endToken(), t + 14);
        for (int k = t + 1; k < limit; k++) {
            Token tok = tokens.get(k);
            if (isHardBarrier(tok, k, s) || tok.is("so") || tok.is("said") || tok.is("says")) {
                break;
            }
            if (k > t + 1 && actAt[k] != null && !tokens.get(k - 1).is("to")) {
                break;
            }
            ActorRef ref = refAt[k];
            if (ref == null || ref.firstToken() != k) {
                continue;
            }
            String prev = tokens.get(k - 1).norm();
            if ((prev.equals("and") || prev.equals(",")) && subjectOfNextClause(ref, s)) {
                break; // "deliver mines to Moldova, and Sweden said it would ...": Sweden opens a clause of its own
            }
            boolean ok = k - 1 == t || prev.equals("to") || prev.equals("for") || prev.equals("including")
                    || prev.equals("and") || prev.equals(",") || prev.equals("or") || prev.equals("as")
                    || prev.equals("like") || prev.equals("namely") || weaponAt[k - 1] != null
                    || (k - 2 > t && tokens.get(k - 2).is("to") && DETERMINERS.contains(prev))
                    || APPOSITIVE_HEADS.contains(prev) && toBefore(k - 1, t); // "to its neighbours Latvia and Estonia"
            String first = tokens.get(k).norm();
            if (ok && ref.kind() != ActorRef.Kind.RECIPROCAL && !first.equals("themselves") && !first.equals("itself")
                    && !first.equals("ourselves") && ref.form() != Mention.Form.POSSESSIVE) {
                for (String st : ref.states()) {
                    if (!actors.contains(st) && !out.contains(st)) {
                        out.add(st);
                    }
                }
            }
            k = ref.endToken() - 1;
        }
        return out;
    }

    /** Verbs after a state that make it the subject of a new clause: "and Sweden said", "and Denmark pledged". */
    private static final Set<String> CLAUSE_VERBS = ClaimWords.get("clause-verbs");

    /** Is {@code ref} followed by a verb of its own ("..., and Sweden said"), so a subject, not a recipient? */
    boolean subjectOfNextClause(ActorRef ref, Sentence s) {
        int after = ref.endToken();
        if (after < s.endToken() && tokens.get(after).is("also")) {
            after++;
        }
        return after < s.endToken() && (CLAUSE_VERBS.contains(tokens.get(after).norm())
                || actAt[after] != null && !actAt[after].nominal());
    }

    List<String> giversAfter(Sentence s, int t) {
        for (int k = t + 1; k < Math.min(s.endToken(), t + 12); k++) {
            if (isHardBarrier(tokens.get(k), k, s)) {
                break;
            }
            if (tokens.get(k).is("from")) {
                for (int j = k + 1; j < Math.min(s.endToken(), k + 4); j++) {
                    if (refAt[j] != null) {
                        // "got them from old Soviet stocks": an inheritance from a state that is gone, no transfer
                        return refAt[j].states().stream().anyMatch(FORMER::contains) ? List.of() : refAt[j].states();
                    }
                }
            }
        }
        return List.of();
    }
}
