package org.treatywatch.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Token;
import org.treatywatch.extract.time.TimeResolver;

/**
 * Who acts when the state stands after the act (for {@link SubjectFinder}): a passive's or an act noun's by-agent
 * ("use by Russian forces ..., and by the armed forces of Myanmar"), the state after a treaty act noun's "of"
 * ("the withdrawals of Estonia, Latvia and Lithuania"), and the states of gapped clauses ("Estonia joined in 2004,
 * Latvia in 2005").
 */
final class AgentFinder extends DocRules {
    /** "funded by", "paid for by": a funder of someone else's act, not its agent. */
    private static final Set<String> FUNDED = ClaimWords.get("funded-words");

    AgentFinder(DocLayers d) {
        super(d);
    }

    /** "by Russia", "by Russian forces" after the act word. */
    ActorRef byAgent(Sentence s, int t) {
        for (int k = t + 1; k < Math.min(s.endToken(), t + 8); k++) {
            Token tok = tokens.get(k);
            if (isHardBarrier(tok, k, s) || tok.is(",")) {
                return null;
            }
            if (tok.is("by")) {
                if (k - 1 > t && FUNDED.contains(tokens.get(k - 1).norm())) {
                    return null; // "a destruction project funded by Germany": the funder does not destroy (CODEBOOK.md)
                }
                ActorRef first = agentAfterBy(s, k);
                ActorRef second = first == null ? null : secondAgent(s, first.endToken());
                return second == null ? first : withStatesOf(first, second);
            }
        }
        return null;
    }

    /** The agent after the "by" at {@code k}: its first ref, or the state named after a generic one's "of" or "in". */
    private ActorRef agentAfterBy(Sentence s, int k) {
        for (int j = k + 1; j < Math.min(s.endToken(), k + 4); j++) {
            if (refAt[j] != null) {
                ActorRef named = refAt[j].kind() == ActorRef.Kind.NAMED ? null : namedAfterOf(s, refAt[j].endToken());
                return named != null ? named : refAt[j];
            }
        }
        return namedAfterOf(s, k + 1); // "by the armed forces of Myanmar", "by government forces in Syria"
    }

    /** "by Russian forces and by Myanmar's military", "by Russian forces in Ukraine, and by the armed forces of Myanmar". */
    private ActorRef secondAgent(Sentence s, int from) {
        for (int k = from; k < Math.min(s.endToken() - 1, from + 10); k++) {
            Token tok = tokens.get(k);
            if (tok.is("and") && tokens.get(k + 1).is("by")) {
                ActorRef r = agentAfterBy(s, k + 1);
                return r != null && !r.states().isEmpty() ? r : null;
            }
            boolean place = refAt[k] != null && refAt[k].firstToken() > 0 && tokens.get(refAt[k].firstToken() - 1).is("in");
            if (tok.is(";") || actAt[k] != null || refAt[k] != null && !place) {
                return null;
            }
        }
        return null;
    }

    private static ActorRef withStatesOf(ActorRef first, ActorRef second) {
        return new ActorRef(first.span(), first.firstToken(), first.endToken(), first.kind(),
                union(first.states(), second.states()), first.form(), first.namedFrom());
    }

    /**
     * "the withdrawal of Estonia", "the withdrawals of Estonia, Latvia and Lithuania", "the accession of Oman":
     * a state right after the treaty act noun's "of" is who acts.
     */
    ActorRef ofAgent(Sentence s, int t) {
        int k = t + 1;
        if (k + 1 >= s.endToken() || !tokens.get(k).is("of")) {
            return null;
        }
        k++;
        if (tokens.get(k).is("the") && k + 1 < s.endToken()) {
            k++;
        }
        ActorRef r = refAt[k];
        return r != null && r.firstToken() == k && !r.states().isEmpty() && treatyAt[k] == null ? r : null;
    }

    /**
     * "by the government forces of Syria", "by the forces of one state: Syria", "by government forces in Myanmar":
     * a state named after the "of" (or a government's "in") that follows a generic or plural agent ({@code from},
     * the token after it) is the agent itself.
     */
    private ActorRef namedAfterOf(Sentence s, int from) {
        for (int skipped = 0; from < s.endToken() && skipped < 3 && !tokens.get(from).is("of") && !tokens.get(from).is("in")
                && tokens.get(from).isWord() && (refAt[from] == null || refAt[from].kind() != ActorRef.Kind.NAMED)
                && actAt[from] == null; skipped++) {
            from++; // "the government forces of Syria": the head noun after the generic ref
        }
        // "government forces in Myanmar", "the government in Damascus": a government's "in" names its state
        boolean in = from >= 2 && from < s.endToken() && tokens.get(from).is("in") && (tokens.get(from - 1).is("government")
                || tokens.get(from - 1).is("forces") && tokens.get(from - 2).is("government"));
        if (from >= s.endToken() || !tokens.get(from).is("of") && !in) {
            return null;
        }
        for (int j = from + 1; j < Math.min(s.endToken(), from + 6); j++) {
            ActorRef r = refAt[j];
            if (r != null && r.kind() == ActorRef.Kind.NAMED && !r.states().isEmpty()) {
                return r;
            }
            if (tokens.get(j).is(",") || tokens.get(j).is(";") || actAt[j] != null) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> GAP_PREPOSITIONS = ClaimWords.get("gap-prepositions");

    /**
     * The states of a gapped clause after the act ("Estonia joined the convention in 2004, Latvia in 2005 and
     * Lithuania, which had signed in 1999, in 2003"): a state after a comma or "and" followed, past any relative
     * clause, by a preposition and a date, with no verb of its own.
     */
    List<String> gappedStates(Sentence s, int t) {
        List<String> out = new ArrayList<>();
        for (int k = t + 1; k < s.endToken() - 1; k++) {
            Token tok = tokens.get(k);
            if (tok.is(";") || actAt[k] != null && !actAt[k].nominal()) {
                break;
            }
            if (!(tok.is(",") || tok.is("and")) || maskId[k] != 0) {
                continue;
            }
            int r = tokens.get(k + 1).is("and") ? k + 2 : k + 1;
            ActorRef ref = r < s.endToken() ? refAt[r] : null;
            if (ref == null || ref.firstToken() != r || ref.kind() != ActorRef.Kind.NAMED || ref.states().isEmpty()) {
                continue;
            }
            int p = ref.endToken();
            while (p < s.endToken() && maskId[p] != 0) {
                p++;
            }
            if (p < s.endToken() && tokens.get(p).is(",") && p > ref.endToken()) {
                p++; // the comma closing ", which ..."
            }
            if (p + 1 < s.endToken() && GAP_PREPOSITIONS.contains(tokens.get(p).norm()) && isDateStart(tokens.get(p + 1))) {
                out.addAll(ref.states());
                k = p;
            }
        }
        return out;
    }

    private static boolean isDateStart(Token tok) {
        return tok.kind() == Token.Kind.NUMBER || TimeResolver.isMonthName(tok.norm());
    }
}
