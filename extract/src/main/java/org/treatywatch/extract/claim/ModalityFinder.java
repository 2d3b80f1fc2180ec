package org.treatywatch.extract.claim;

import java.util.EnumSet;
import java.util.Set;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.TimeExpression;
import org.treatywatch.extract.pipeline.Token;

/**
 * How certain the act is (CODEBOOK.md, "Modality"): the cues of {@link ModalityClassifier} in the act's clause,
 * from its subject to the act and, for nouns and passives, a few words after; the subject's own ban or denial;
 * a withheld detail ("did not give a timetable for the shipments") that is no claim of the act.
 */
final class ModalityFinder extends DocRules {
    ModalityFinder(DocLayers d) {
        super(d);
    }

    // ---- modality -------------------------------------------------------------------------

    Modality modalityOf(Sentence s, int t, ActLexicon.Act act, SubjectFinder.Subject subject) {
        int from = cuesFrom(s, t, subject);
        // a gerund opening the clause is its subject: "Leaving the treaty is an option we cannot exclude"
        boolean gerundSubject = tokens.get(t).norm().endsWith("ing")
                && (t == s.firstToken() || !tokens.get(t - 1).isWord() && !tokens.get(t - 1).is(","));
        boolean lookAfter = act.nominal() || isPassive(t) || gerundSubject;
        int afterLimit = Math.min(s.endToken(), t + (gerundSubject ? 12 : lookAfter ? 7 : 9));
        int afterTo = afterEnd(s, t, lookAfter, act.nominal() && inApposition(s, t), afterLimit);
        boolean future = false;
        for (TimeExpression te : timesBySentence.get(tokens.get(t).sentence())) {
            if (te.firstToken() >= from && te.firstToken() < afterTo + 6 && tokens.get(te.firstToken()).sentence() == tokens.get(t).sentence()) {
                future |= te.future();
            }
        }
        boolean[] skip = new boolean[Math.max(0, t - from)];
        for (int k = from; k < t; k++) {
            skip[k - from] = maskId[k] != 0 && maskId[k] != maskId[t];
        }
        boolean reported = reportedSentence[tokens.get(t).sentence()];
        Modality m = ModalityClassifier.classify(tokens, from, t, t + 1, lookAfter ? afterTo : conditionalEnd(t, afterTo),
                future, skip, from, reported);
        return adjusted(s, t, act, subject, m, afterTo);
    }

    /** The end of the cues after the act: up to a clause break; past a quote mark only before "if" ("... mines \"if needed\""). */
    private int afterEnd(Sentence s, int t, boolean lookAfter, boolean apposition, int afterLimit) {
        int afterTo = t + 1;
        while (afterTo < afterLimit) {
            Token tok = tokens.get(afterTo);
            if (tok.kind() == Token.Kind.QUOTE && afterTo + 1 < afterLimit
                    && (tokens.get(afterTo + 1).is("if") || tokens.get(afterTo + 1).is("unless"))) {
                afterTo++; // would acquire mines "if needed": a quoted condition is still the act's
                continue;
            }
            if (isHardBarrier(tok, afterTo, s) || tok.is("and") || tok.is(",") && (!lookAfter || apposition)) {
                break;
            }
            afterTo++;
        }
        return afterTo;
    }

    /** The cues' modality {@code m} adjusted by the act's own shape: a ban, a denial, a hypothesis, a condition ... */
    private Modality adjusted(Sentence s, int t, ActLexicon.Act act, SubjectFinder.Subject subject, Modality m, int afterTo) {
        if (subject.ownBan() || subject.denied()) {
            return Modality.NEGATED;
        }
        if (m == Modality.PLANNED && act.nominal() && indefiniteBefore(t, s) && wordIn(t + 1, afterTo, "would")) {
            return Modality.POSSIBLE; // "a Romanian exit would put pressure on the treaty": a hypothesis, not a plan
        }
        if (!act.nominal() && t + 1 < s.endToken() && (tokens.get(t + 1).is("no") || tokens.get(t + 1).is("none")
                || t + 2 < s.endToken() && tokens.get(t + 2).is("no") && !tokens.get(t + 1).isWord())) {
            return Modality.NEGATED; // "now hold no anti-personnel mines"
        }
        if (subject.alleged() && m != Modality.NEGATED) {
            return Modality.ALLEGED;
        }
        if (m != Modality.NEGATED && ALLEGEABLE.contains(act.type()) && inAllegationThat(s, t)) {
            return Modality.ALLEGED; // "rejects the allegations that Cambodia has laid mines", "reports that X supplied Russia"
        }
        if (m == Modality.PLANNED && act.type() == ClaimType.ACCESSION && afterStay(s, t)) {
            return Modality.FACT; // "Norway would remain a party": a membership that holds now
        }
        if (underMoratorium(s, t)) {
            return Modality.NEGATED; // "observed a moratorium on exports", "export moratoriums": the act is renounced
        }
        if (act.type() == ClaimType.DESTRUCTION && missedDeadlineFor(s, t)) {
            return Modality.NEGATED; // "remain in breach of their deadlines for destroying their stockpiles"
        }
        if (m == Modality.FACT && approvedAct(s, t, act)) {
            return Modality.PLANNED; // "approved the supply of anti-personnel mines to Ukraine"
        }
        if ((m == Modality.FACT || m == Modality.PLANNED) && inConditionalClause(s, t)) {
            // "could supply mines if it produces them": a condition, not an act; "if Warsaw ratifies as promised": a plan
            return asPlanned(s, t) ? Modality.PLANNED : Modality.POSSIBLE;
        }
        return m == Modality.FACT && untilBefore(s, t) ? Modality.PLANNED : m; // "until its own production begins"
    }

    /** "until its own production begins", "once it leaves": a time to come just before the act; not "was once". */
    private boolean untilBefore(Sentence s, int t) {
        for (int k = Math.max(s.firstToken(), t - 4); k < t; k++) {
            if (tokens.get(k).is("until") || tokens.get(k).is("once")
                    && !(k > s.firstToken() && ModalityClassifier.formerly(tokens.get(k - 1).norm()))) {
                return true;
            }
        }
        return false;
    }


    private static final Set<String> MODALS = ClaimWords.get("negated-consequence-modals");
    private static final Set<String> HAPPENING = ClaimWords.get("happening-verbs");

    /**
     * Is the act noun or opening gerund at {@code t} the subject of a negated verb about its consequences ("withdrawal
     * from the Convention would not alter this commitment", "Leaving the treaty does not by itself put a mine in the
     * ground")? The negation is that verb's; a verb of the act's own happening ("will not take effect", "is not an
     * option") negates the act.
     */
    boolean negatedConsequence(Sentence s, int t, ActLexicon.Act act) {
        boolean gerundSubject = tokens.get(t).norm().endsWith("ing") && (t == s.firstToken() || !tokens.get(t - 1).isWord());
        if (!act.nominal() && !gerundSubject) {
            return false;
        }
        for (int k = t + 1; k + 2 < s.endToken() && k < t + 8; k++) {
            Token tok = tokens.get(k);
            if (tok.is(",") || isHardBarrier(tok, k, s) || refAt[k] != null && !refAt[k].states().isEmpty()) {
                return false;
            }
            if (MODALS.contains(tok.norm()) && (tokens.get(k + 1).is("not") || tokens.get(k + 1).norm().endsWith("n't"))) {
                for (int j = k + 2; j < Math.min(s.endToken(), k + 5); j++) {
                    if (HAPPENING.contains(tokens.get(j).norm())) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Acts one can be accused of (CODEBOOK.md, ALLEGED; ANNOTATION.md convention 7). */
    private static final Set<ClaimType> ALLEGEABLE = EnumSet.of(ClaimType.USE, ClaimType.PRODUCTION,
            ClaimType.TRANSFER, ClaimType.STOCKPILE);
    private static final Set<String> ALLEGATION_NOUNS = ClaimWords.get("allegation-that-nouns");

    /**
     * Is the act at {@code t} in the "that" clause of an allegation or report noun before it ("rejects the allegations
     * made by the Thai side that Cambodia has laid mines", "allegations that mines were used by Turkish forces",
     * "notes reports that North Korea has supplied Russia")? What the clause says is someone's charge, not the text's.
     */
    private boolean inAllegationThat(Sentence s, int t) {
        for (int k = t - 1; k > s.firstToken() && k >= t - 12; k--) {
            Token tok = tokens.get(k);
            if (isHardBarrier(tok, k, s) || actAt[k] != null) {
                return false;
            }
            if (tok.is("that")) {
                for (int j = k - 1; j >= Math.max(s.firstToken(), k - 7); j--) {
                    if (ALLEGATION_NOUNS.contains(tokens.get(j).norm())) {
                        return true;
                    }
                    if (tokens.get(j).is(",") || isHardBarrier(tokens.get(j), j, s)) {
                        return false;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final Set<String> CONDITIONALS = ClaimWords.get("conditional-openers");

    /**
     * Is the act at {@code t} the verb of a clause that "if" or "unless" opens ("if it produces them", "If the armed
     * forces order mines, ...")? Looks back a few words, up to a comma or a clause break.
     */
    private boolean inConditionalClause(Sentence s, int t) {
        for (int k = t - 1; k >= Math.max(s.firstToken(), t - 8); k--) {
            Token tok = tokens.get(k);
            if (CONDITIONALS.contains(tok.norm())) {
                return !(k > s.firstToken() && tokens.get(k - 1).is("as")); // not "as if"
            }
            if (tok.is(",") || isModalityBarrier(k, s) || tok.is("that") || actAt[k] != null) {
                return false;
            }
        }
        return false;
    }

    /** "ratifies as promised", "leaves as planned": "as" and a plan word right after the act, up to a comma. */
    private boolean asPlanned(Sentence s, int t) {
        for (int k = t + 1; k + 1 < Math.min(s.endToken(), t + 6); k++) {
            if (tokens.get(k).is(",") || isHardBarrier(tokens.get(k), k, s)) {
                return false;
            }
            if (tokens.get(k).is("as") && ModalityClassifier.isPlanWord(tokens.get(k + 1).norm())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MORATORIUM = ClaimWords.get("moratorium-words");

    /** "a moratorium on exports", "a moratorium on the export of", "export moratoriums": the act noun under a moratorium. */
    private boolean underMoratorium(Sentence s, int t) {
        if (t + 1 < s.endToken() && MORATORIUM.contains(tokens.get(t + 1).norm())) {
            return true;
        }
        int k = t - 1;
        if (k > s.firstToken() && tokens.get(k).is("the")) {
            k--;
        }
        return k > s.firstToken() && tokens.get(k).is("on") && MORATORIUM.contains(tokens.get(k - 1).norm());
    }

    private static final Set<String> MISSED = ClaimWords.get("missed-deadline-words");

    /**
     * "in breach of their deadlines for destroying", "missed the deadline for the destruction of": the act named as
     * what a missed deadline was for has not been done.
     */
    private boolean missedDeadlineFor(Sentence s, int t) {
        int k = t - 1; // the "for" or "to" before the act, past a "the"
        if (k > s.firstToken() && tokens.get(k).is("the")) {
            k--;
        }
        boolean bare = k == t - 1;
        if (k <= s.firstToken() || !(tokens.get(k).is("for") || bare && tokens.get(k).is("to"))) {
            return false;
        }
        k--; // the deadline noun
        if (!tokens.get(k).norm().startsWith("deadline")) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - 5); j--) {
            if (MISSED.contains(tokens.get(j).norm())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> STAY_WORDS = ClaimWords.get("stay-before-party");

    /** "would remain a party", "will stay a State Party", "would remain parties": the party word after a stay verb. */
    private boolean afterStay(Sentence s, int t) {
        for (int k = t - 1; k >= Math.max(s.firstToken(), t - 3); k--) {
            String n = tokens.get(k).norm();
            if (STAY_WORDS.contains(n)) {
                return true;
            }
            if (!n.equals("a") && !n.equals("state") && !n.equals("states")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> APPOSITION_OPENERS = ClaimWords.get("apposition-openers");

    /**
     * Is the act noun at {@code t} inside an apposition to a state ("Russia and China, the holders of the
     * world's largest stockpiles, have said they will not sign")? Its modality is the apposition's own: the
     * main clause after the closing comma is another act.
     */
    private boolean inApposition(Sentence s, int t) {
        for (int k = t - 1; k > s.firstToken() && k >= t - 8; k--) {
            Token tok = tokens.get(k);
            if (tok.is(",")) {
                return k + 1 < t && APPOSITION_OPENERS.contains(tokens.get(k + 1).norm()) && refAt[k - 1] != null
                        && !refAt[k - 1].states().isEmpty();
            }
            if (!tok.isWord() && !tok.is("'s") || actAt[k] != null) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> APPROVED_ACT_LINKS = ClaimWords.get("approved-act-links");
    private static final Set<String> ACT_NOUN_COMPLEMENTS = ClaimWords.get("act-noun-complements");

    /**
     * Is the act at {@code t} the object of an approval ({@link ModalityClassifier#APPROVAL}), spelled out
     * after it: a noun with its complement ("approved the supply of mines", "approve the country's withdrawal
     * from the treaty") or a gerund with its object ("approved sending mines")? A bare noun ("approved the
     * transfer in November") names an act already told, and keeps its own modality.
     */
    private boolean approvedAct(Sentence s, int t, ActLexicon.Act act) {
        if (t + 1 >= s.endToken()) {
            return false;
        }
        Token next = tokens.get(t + 1);
        boolean spelledOut = act.nominal() ? ACT_NOUN_COMPLEMENTS.contains(next.norm())
                : tokens.get(t).norm().endsWith("ing") && next.isWord() && !ACT_NOUN_COMPLEMENTS.contains(next.norm());
        if (!spelledOut) {
            return false;
        }
        for (int k = t - 1; k >= Math.max(s.firstToken(), t - 5); k--) {
            String n = tokens.get(k).norm();
            if (ModalityClassifier.APPROVAL.contains(n)) {
                return true;
            }
            if (!APPROVED_ACT_LINKS.contains(n) && refAt[k] == null) {
                return false;
            }
        }
        return false;
    }

    /** The first token whose cues count: the subject's window, cut at the last modality barrier before the act. */
    private int cuesFrom(Sentence s, int t, SubjectFinder.Subject subject) {
        int from = Math.max(subject.windowFrom(), s.firstToken());
        if (t - 2 >= from && tokens.get(t - 1).is("and") && tokens.get(t - 2).is(",") && tokens.get(t).norm().endsWith("ed")
                && actAt[t] != null && !actAt[t].nominal()) {
            // "Finland joined the treaty in 2012, after a long debate, and destroyed its stockpile": a finite verb of
            // its own clause, which the first clause's cues do not govern
            return t;
        }
        for (int k = t - 1; k >= from; k--) {
            if (isModalityBarrier(k, s)) {
                return k + 1;
            }
        }
        return from;
    }

    /** Nouns for information about an act: "no timetable for the shipments", "no details of the production". */
    private static final Set<String> DETAIL_NOUNS = ClaimWords.get("detail-nouns");
    private static final Set<String> DETAIL_PREPOSITIONS = ClaimWords.get("detail-prepositions");

    /**
     * Is the act noun at {@code t} what a withheld detail is about ("did not give a timetable for the shipments",
     * "gave no figures on the deliveries", "no date for the purchase")? The negation is the detail's, not the act's.
     */
    boolean withheldDetailOf(Sentence s, int t) {
        for (int k = t - 1; k >= Math.max(s.firstToken() + 1, t - 4); k--) {
            String n = tokens.get(k).norm();
            if (DETAIL_PREPOSITIONS.contains(n)) {
                return DETAIL_NOUNS.contains(tokens.get(k - 1).norm()) && withholding(s, k - 1);
            }
            if (!tokens.get(k).isWord() && !tokens.get(k).is("'s") || refAt[k] != null && refAt[k].form() != Mention.Form.POSSESSIVE
                    && refAt[k].form() != Mention.Form.ADJECTIVE) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> WITHHOLD = ClaimWords.get("withhold-words");

    /** "did not give a timetable", "gave no figures", "declined to give a date": the detail at {@code d} is withheld. */
    boolean withholding(Sentence s, int d) {
        for (int k = d - 1; k >= Math.max(s.firstToken(), d - 6); k--) {
            if (WITHHOLD.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "a Chilean exit", "an exit": an indefinite noun, a hypothetical act rather than a known one. */
    boolean indefiniteBefore(int t, Sentence s) {
        for (int k = t - 1; k >= Math.max(s.firstToken(), t - 3); k--) {
            Token tok = tokens.get(k);
            if (tok.is("a") || tok.is("an") || tok.is("any")) {
                return true;
            }
            if (!tok.isWord() || refAt[k] == null && Character.isLowerCase(text.charAt(tok.start())) && k < t - 1) {
                return false;
            }
        }
        return false;
    }

    boolean wordIn(int from, int to, String word) {
        for (int k = from; k < to && k < tokens.size(); k++) {
            if (tokens.get(k).is(word)) {
                return true;
            }
        }
        return false;
    }

    /** After a verb only "if"/"unless" counts ("could start production quickly if needed"). */
    int conditionalEnd(int t, int afterTo) {
        for (int k = t + 1; k < afterTo; k++) {
            if (tokens.get(k).is("if") || tokens.get(k).is("unless")) {
                return k + 1;
            }
        }
        return t + 1;
    }
}
