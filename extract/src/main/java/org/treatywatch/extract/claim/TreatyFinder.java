package org.treatywatch.extract.claim;

import java.util.Set;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Token;

/**
 * Which treaty a treaty act is about (CODEBOOK.md, "treaty"): one named right after the verb ("pull out of the
 * Ottawa Convention"); "the treaty" is the last treaty named, and a treaty outside the codebook yields nothing.
 */
final class TreatyFinder extends DocRules {
    private static final Set<String> CLAUSE_END_WORDS = ClaimWords.get("clause-end-words");

    TreatyFinder(DocLayers d) {
        super(d);
    }

    // ---- treaty and weapon ------------------------------------------------------------

    String treatyOf(Sentence s, int t, ActLexicon.Act act) {
        String norm = tokens.get(t).norm();
        boolean party = norm.startsWith("part") || norm.startsWith("signator");
        int end = s.endToken();
        String next = t + 1 < end ? tokens.get(t + 1).norm() : ".";
        if (act.inverted()) {
            return treatyOfStaying(s, t, act, next);
        }
        if (act.nominal() && !party) {
            return treatyOfNoun(s, t, next);
        }
        int from = t + 1;
        if (norm.equals("pull") || norm.equals("pulls") || norm.equals("pulling") || norm.equals("pulled")
                || norm.equals("out")) {
            from = norm.equals("out") ? t + 1 : t + 2;
        }
        String found = treatyWithin(from, Math.min(end, t + (party ? 5 : 7)), s, party);
        if (found != null) {
            return found;
        }
        if (party && t > s.firstToken() && (tokens.get(t - 1).is("a") || tokens.get(t - 1).is("state")
                || tokens.get(t - 1).is("states")) && defaultTreaty != null) {
            if (!tokens.get(t + 1 < end ? t + 1 : t).isWord() || next.equals("to") || next.equals("since")
                    || next.equals("and")) {
                return lastTreatyBefore(t);
            }
            return null;
        }
        if (norm.startsWith("belong")) {
            // "the Ottawa Convention, to which both countries belong"
            for (int k = t - 1; k >= Math.max(s.firstToken(), t - 6); k--) {
                if (tokens.get(k).is("which") && k - 2 >= s.firstToken() && tokens.get(k - 1).is("to")) {
                    int c = tokens.get(k - 2).is(",") ? k - 3 : k - 2;
                    return c >= s.firstToken() && treatyAt[c] != null ? resolvedTreaty(c) : null;
                }
            }
            return null;
        }
        if (party || norm.equals("out")) {
            return null;
        }
        if (t - 2 >= s.firstToken() && (tokens.get(t - 1).is("or") || tokens.get(t - 1).is("and"))
                && tokens.get(t - 2).norm().endsWith("ed") && norm.endsWith("ed")) {
            return null; // "captured or abandoned": coordinated participles describing things, no treaty act
        }
        // "signed it", "will join in the coming months", "we have no intention of withdrawing."
        if (next.equals("it") && isClauseEnd(t + 2, s) || isClauseEnd(t + 1, s)) {
            return recentTreaty(t, 2);
        }
        return null;
    }

    /** "remains outside the treaty", "will remain in the convention", "they will stay." */
    private String treatyOfStaying(Sentence s, int t, ActLexicon.Act act, String next) {
        int end = s.endToken();
        if (next.equals("outside")) {
            return null; // the "outside" word is the trigger
        }
        if (next.equals("a") || next.equals("parties") || next.equals("party")) {
            // "would remain parties", "remains a party to the Ottawa Convention": no withdrawal (the "party" word
            // gives the membership)
            int p = next.equals("a") ? t + 2 : t + 1;
            if (p < end && tokens.get(p).is("state")) {
                p++;
            }
            if (p >= end || !tokens.get(p).norm().startsWith("part")) {
                return null;
            }
            String named = treatyWithin(p + 1, Math.min(end, p + 6), s, false);
            return named != null ? named : isClauseEnd(p + 1, s) ? lastTreatyBefore(t) : null;
        }
        if (act.type() == ClaimType.WITHDRAWAL && !(next.equals("in") || next.equals("within")
                || next.equals("part") || next.equals("members") || next.equals("committed"))) {
            return isClauseEnd(t + 1, s) ? recentTreaty(t, 2) : null;
        }
        String named = treatyWithin(t + 1, Math.min(end, t + 5), s, true);
        if (named == null && act.type() == ClaimType.ACCESSION && isClauseEnd(t + 1, s)) {
            return outsideTreaty(s, t); // "the 35 states outside.", "also stayed out, as did Finland"
        }
        return named;
    }

    /** "withdrawal from the treaty"; "the Ottawa withdrawal"; "Poland's withdrawal bill", "their withdrawal notices". */
    private String treatyOfNoun(Sentence s, int t, String next) {
        int end = s.endToken();
        if (next.equals("from") || next.equals("of") || next.equals("to")) {
            String named = treatyWithin(t + 1, Math.min(end, t + 7), s, false);
            return named != null || !next.equals("of") ? named : recentTreaty(t, 3);
        }
        if (next.equals("by")) {
            return recentTreaty(t, 3);
        }
        if (t > s.firstToken() && treatyAt[t - 1] != null) {
            return resolvedTreaty(t - 1);
        }
        int o = t - 1 > s.firstToken() && tokens.get(t - 1).is("own") ? t - 2 : t - 1; // "its own notice"
        ActorRef owner = o >= s.firstToken() ? refAt[o] : null;
        if (owner != null && (owner.form() == Mention.Form.POSSESSIVE || owner.form() == Mention.Form.ADJECTIVE)) {
            String recent = recentTreaty(t, 3);
            // "vote on its own exit": "own" says the same act as the article's, whose treaty may be further back
            return recent != null || o == t - 1 ? recent : lastTreatyBefore(t);
        }
        return null;
    }

    /**
     * The treaty of a clause-final "outside" or "stayed out": the last one named, when a treaty is referred to in the
     * three sentences before or the sentence before reports joining one ("Russia and China could not sign for now.
     * India and Iran also stayed out"); none when that is a treaty outside the codebook ("the Arms Trade Treaty ...
     * Russia and China have stayed outside").
     */
    private String outsideTreaty(Sentence s, int t) {
        if (recentTreaty(t, 3) != null) {
            return lastTreatyBefore(t);
        }
        int si = tokens.get(t).sentence();
        int from = sentences.get(Math.max(0, si - 1)).firstToken();
        for (int k = from; k < t; k++) {
            if (actAt[k] != null && actAt[k].type() == ClaimType.ACCESSION && !actAt[k].inverted()) {
                return lastTreatyBefore(t);
            }
        }
        return null;
    }

    String treatyWithin(int from, int limit, Sentence s, boolean commaAllowed) {
        for (int k = from; k < limit; k++) {
            if (treatyAt[k] != null) {
                return resolvedTreaty(k);
            }
            Token tok = tokens.get(k);
            if (tok.is("it") && k <= from + 1) {
                return recentTreaty(k, 2);
            }
            if (tok.is(",") && !commaAllowed || tok.is(";") || tok.is("decree") || tok.is("law") || tok.is("bill")
                    || tok.is("agreement") || tok.is("deal") || tok.is("contract") || tok.is("order")
                    || tok.is("talks") || tok.is("alliance") || tok.is("nato") || tok.is("union")
                    || actAt[k] != null) {
                return null;
            }
        }
        return null;
    }

    /** True when the act word ends its clause: "... will join in the coming months", "... withdrawing." */
    boolean isClauseEnd(int k, Sentence s) {
        if (k >= s.endToken()) {
            return true;
        }
        Token tok = tokens.get(k);
        if (!tok.isWord()) {
            return !tok.is("(") && !tok.is("-");
        }
        return CLAUSE_END_WORDS
                .contains(tok.norm()) && !(k + 1 < s.endToken() && treatyAt[k + 1] != null);
    }

    /** The last treaty named in this sentence or the {@code sentencesBack} before it, else none. */
    /**
     * The treaty an act without one of its own is about ("signed it"): the last one named in its sentence or the
     * {@code sentencesBack} before; the article's main treaty if it is among them, as a treaty named in passing
     * ("a faster start than the 1997 Mine Ban Treaty") is seldom what "it" stands for.
     */
    String recentTreaty(int t, int sentencesBack) {
        int sentence = tokens.get(t).sentence();
        int stop = sentences.get(Math.max(0, sentence - sentencesBack)).firstToken();
        String main = d.focus.mainTreaty();
        String last = null;
        for (int k = t - 1; k >= stop; k--) {
            if (treatyAt[k] != null) {
                String code = resolvedTreaty(k);
                if (last == null) {
                    last = code;
                }
                if (main == null || main.equals(code)) {
                    return main == null ? last : main;
                }
            }
        }
        return last;
    }

    String resolvedTreaty(int k) {
        String code = treatyCodeAt[k];
        if ("?".equals(code)) {
            return defaultTreaty;
        }
        return code;
    }

    String lastTreatyBefore(int t) {
        for (int k = t - 1; k >= Math.max(0, t - 3000); k--) {
            if (treatyAt[k] != null && treatyAt[k].kind() == Mention.Kind.TREATY) {
                return treatyAt[k].code();
            }
        }
        return defaultTreaty;
    }
}
