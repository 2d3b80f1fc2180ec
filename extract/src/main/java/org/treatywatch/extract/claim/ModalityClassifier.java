package org.treatywatch.extract.claim;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatywatch.extract.rules.RuleFile;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.extract.pipeline.Token;

/**
 * Decides how certain the text is about one act (CODEBOOK.md, "Modality") from the cue words in its
 * scope: the words between the act's subject and its verb or noun ("have not announced plans to
 * start producing"), plus, for a noun or a passive, the few words after it ("production could be
 * launched", "... if needed"). The caller bounds the scope at clause breaks ("but", ";",
 * "and" + auxiliary), so "X has not produced mines but could start" negates only the first act.
 *
 * <p>Strongest cue wins: NEGATED (not, never, cannot, no plans, denied, dismissed, refused, "ruled out" on its own) over ALLEGED (accused,
 * allegedly) over POSSIBLE (could, may, might, can, consider, option, if needed, in a position to;
 * also "not rule out" and the hedges "is believed / thought to") over PLANNED (will, going to, plan, intend, intention, look set to, decided
 * to, towards, next year) over FACT, the default: the codebook's cue lists, in order of how much
 * they change what the text asserts.
 */
final class ModalityClassifier {
    /** The cue words, from {@code rules/modality-cues.txt}. */
    private static final Map<String, Set<String>> MODALITY = RuleFile.load("modality-cues.txt")
            .wordLists("negation", "hedges", "be", "allegation", "possibility", "plan", "approval",
                    "before-a-month", "weigh-verbs", "weigh-particles");
    private static final Set<String> NEGATION = MODALITY.get("negation");
    /** "is believed to hold", "are thought to have": a hedge the writer does not vouch for (POSSIBLE). */
    private static final Set<String> HEDGES = MODALITY.get("hedges");
    private static final Set<String> BE = MODALITY.get("be");
    private static final Set<String> ALLEGATION = MODALITY.get("allegation");
    private static final Set<String> POSSIBILITY = MODALITY.get("possibility");
    private static final Set<String> PLAN = MODALITY.get("plan");
    /** "think about joining", "spoke of buying", "look at producing": weighing an act, before a {@link #WEIGH_PARTICLES} word. */
    private static final Set<String> WEIGH_VERBS = MODALITY.get("weigh-verbs");
    private static final Set<String> WEIGH_PARTICLES = MODALITY.get("weigh-particles");
    /** "approved the supply of mines": the approval of an act spelled out after it (see {@link ModalityFinder}). */
    static final Set<String> APPROVAL = MODALITY.get("approval");

    private ModalityClassifier() {}

    /** Words before the month, never before the modal: "in May", "since May", "early May". */
    private static final Set<String> BEFORE_A_MONTH = MODALITY.get("before-a-month");

    /** Is the "may" at {@code k} the month: after a date word or a day, or before a day or a year ("May 2025")? */
    private static boolean theMonth(List<Token> tokens, int k) {
        Token prev = k > 0 ? tokens.get(k - 1) : null;
        Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        return prev != null && (BEFORE_A_MONTH.contains(prev.norm()) || prev.kind() == Token.Kind.NUMBER)
                || next != null && next.kind() == Token.Kind.NUMBER;
    }

    /** The modality of the cues in {@code [from, to)} and {@code [afterFrom, afterTo)}; {@code future} adds a plan. */
    static Modality classify(List<Token> tokens, int from, int to, int afterFrom, int afterTo, boolean future) {
        return classify(tokens, from, to, afterFrom, afterTo, future, null, 0, true);
    }

    /**
     * As above; {@code reported} says the sentence reports speech, where "would" is a reported future
     * ("said production would begin": PLANNED) rather than a hypothesis ("an exit would put pressure": POSSIBLE).
     */
    static Modality classify(List<Token> tokens, int from, int to, int afterFrom, int afterTo, boolean future, boolean[] skip,
            int skipOffset, boolean reported) {
        boolean neg = false, ruleOut = false, ruledOut = false, alleged = false, possible = false, plan = future,
                conditional = false, weighed = false;
        for (int pass = 0; pass < 2; pass++) {
            int a = pass == 0 ? from : afterFrom;
            int b = pass == 0 ? to : afterTo;
            for (int k = Math.max(0, a); k < b && k < tokens.size(); k++) {
                if (skip != null && k - skipOffset >= 0 && k - skipOffset < skip.length && skip[k - skipOffset]) {
                    continue;
                }
                String w = tokens.get(k).norm();
                String next = k + 1 < tokens.size() ? tokens.get(k + 1).norm() : "";
                String prev = k > 0 ? tokens.get(k - 1).norm() : "";
                if (NEGATION.contains(w) || w.endsWith("n't")) {
                    if (w.equals("not") && (next.equals("only") || prev.equals("or") || prev.equals("whether"))) {
                        continue;
                    }
                    if (w.equals("no") && (next.equals("doubt") || next.equals("matter"))) {
                        continue;
                    }
                    if (w.equals("without") && pass == 1) {
                        continue;
                    }
                    neg = true;
                    continue;
                }
                if ((w.equals("rule") || w.equals("ruled") || w.equals("rules") || w.equals("exclude") || w.equals("excluded"))) {
                    ruleOut = true;
                    // "ruled out sending", "excludes joining": on its own, a denial
                    ruledOut |= w.startsWith("rule") ? next.equals("out") : !next.equals("from");
                    continue;
                }
                if (w.equals("excludes") || w.equals("excluding")) {
                    ruleOut = true;
                    ruledOut |= !next.equals("from");
                    continue;
                }
                if (HEDGES.contains(w) && BE.contains(prev) && next.equals("to")) {
                    possible = true;
                    continue;
                }
                if (w.startsWith("miss") && deadlineWithin(tokens, k + 1, Math.min(tokens.size(), k + 5))) {
                    neg = true; // "has missed the deadline for destroying them": not done
                    continue;
                }
                if (w.equals("yet") && next.equals("to") || w.equals("failed") && next.equals("to")) {
                    neg = true;
                    continue;
                }
                if (ALLEGATION.contains(w)) {
                    alleged = true;
                    continue;
                }
                if (w.equals("would")) {
                    conditional = true;
                }
                if (w.equals("set") && next.equals("to") || w.equals("about") && next.equals("to")) {
                    plan = true;
                    continue;
                }
                if ((w.equals("is") || w.equals("are")) && next.equals("to")) {
                    plan = true;
                    continue;
                }
                if (w.equals("next") && (next.equals("year") || next.equals("month") || next.equals("week"))) {
                    plan = true;
                    continue;
                }
                if (WEIGH_VERBS.contains(w) && WEIGH_PARTICLES.contains(next)) {
                    weighed = true; // "they will think about joining", "have spoken of buying": weighed, not planned
                    continue;
                }
                if (w.equals("once") && formerly(prev)) {
                    continue; // "was once thought to hold", "had once produced": formerly, not a condition to come
                }
                if (w.equals("may") && theMonth(tokens, k)) {
                    continue; // "approved the transfer in May", "on 5 May"
                }
                if (POSSIBILITY.contains(w)) {
                    if (w.equals("if")) {
                        conditional = true;
                    }
                    possible = true;
                    continue;
                }
                if (PLAN.contains(w)) {
                    plan = true;
                }
            }
        }
        if (neg && ruleOut) {
            return Modality.POSSIBLE; // "has not ruled out producing"
        }
        if (neg || ruledOut) {
            return Modality.NEGATED;
        }
        if (alleged) {
            return Modality.ALLEGED;
        }
        if (weighed && future && !possible) {
            return Modality.PLANNED; // "have spoken of production beginning next year": a date makes it a plan
        }
        if (possible || weighed || conditional && plan && (hasIf(tokens, from, afterTo) || !reported)) {
            return Modality.POSSIBLE;
        }
        if (plan) {
            return Modality.PLANNED;
        }
        return Modality.FACT;
    }

    /** Is {@code word} a cue of a plan ("promised", "planned", "scheduled")? */
    static boolean isPlanWord(String word) {
        return PLAN.contains(word);
    }

    /** Is a "once" after {@code prev} the adverb "formerly" ("was once", "had once"), not the conjunction? */
    static boolean formerly(String prev) {
        return BE.contains(prev) || prev.equals("has") || prev.equals("had") || prev.equals("have");
    }

    private static boolean deadlineWithin(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is("deadline") || tokens.get(k).is("deadlines")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasIf(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < to && k < tokens.size(); k++) {
            if (tokens.get(k).is("if")) {
                return true;
            }
        }
        return false;
    }
}
