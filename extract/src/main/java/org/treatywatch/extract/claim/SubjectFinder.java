package org.treatywatch.extract.claim;

import java.util.List;
import java.util.Set;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Quote;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Token;

/**
 * Who does the act (CODEBOOK.md, "Resolve the actor"): the nearest {@link ActorRef} to the left of the act word
 * that can be a subject ({@link SubjectPositions}); a passive takes its "by" agent; "X accused Y of using" makes Y
 * the actor, ALLEGED, alleged by X; a clause opened by "Once"/"If" takes the main clause's subject; an act with no
 * subject in the text is the speaker's state. An act governed by a rule verb whose subject is a treaty or a
 * withdrawal is a general rule, no claim; a state's own ban is NEGATED.
 */
final class SubjectFinder extends DocRules {
    private static final Set<String> ACCUSE = ClaimWords.get("accuse-verbs");
    private static final Set<String> SUBORDINATORS = ClaimWords.get("subordinators");
    private static final Set<String> EXPECTATION_VERBS = ClaimWords.get("expectation-verbs");
    private static final Set<String> IMPLICATION_VERBS = ClaimWords.get("implication-verbs");
    private static final Set<String> NOT_PLURAL_SUBJECTS = ClaimWords.get("not-plural-subjects");
    /** Verbs whose "that" clause is a proposal, not a report: "recommending that all four countries leave". */
    private static final Set<String> PROPOSE_THAT = ClaimWords.get("propose-that-verbs");

    /** A state's own mine programme: the acts an agentless passive gives the article's focal state. */
    private static final Set<ClaimType> PROGRAMME = java.util.EnumSet.of(ClaimType.PRODUCTION, ClaimType.PROCUREMENT,
            ClaimType.STOCKPILE, ClaimType.DESTRUCTION);

    SubjectFinder(DocLayers d) {
        super(d);
        this.positions = new SubjectPositions(d);
        this.agents = new AgentFinder(d);
    }

    private final SubjectPositions positions;
    private final AgentFinder agents;

    // ---- subject ------------------------------------------------------------------------

    /**
     * Who does the act: states (possibly empty), the window start for modality cues, flags, and the first
     * token of the mention that names the states ({@code -1}: in this sentence or unknown).
     */
    record Subject(List<String> states, int windowFrom, boolean generalRule, boolean ownBan, boolean alleged,
            String allegedBy, boolean denied, boolean fromSpeaker, int namedFrom) {
        Subject(List<String> states, int windowFrom, boolean generalRule, boolean ownBan, boolean alleged,
                String allegedBy, boolean denied) {
            this(states, windowFrom, generalRule, ownBan, alleged, allegedBy, denied, false, -1);
        }

        Subject(List<String> states, int windowFrom, boolean generalRule, boolean ownBan, boolean alleged,
                String allegedBy, boolean denied, boolean fromSpeaker) {
            this(states, windowFrom, generalRule, ownBan, alleged, allegedBy, denied, fromSpeaker, -1);
        }

        /** This subject, named where {@code ref}'s states are named ("They" → the sentence naming the list). */
        Subject namedBy(ActorRef ref) {
            return new Subject(states, windowFrom, generalRule, ownBan, alleged, allegedBy, denied, fromSpeaker,
                    ref.namedFrom());
        }
    }

    /** Verbs that urge someone else to act: "urged Kyiv to stop using", "called on Moscow to stop laying". */
    private static final Set<String> URGE = ClaimWords.get("urge-verbs");
    private static final Set<String> STOP = ClaimWords.get("stop-verbs");

    /**
     * "The rights group urged Kyiv to stop using the weapons", "called on Moscow to stop laying mines": the one urged
     * is the actor, and stopping an act says it goes on (FACT, no cue before it counts). Other urgings ("urged
     * Kyiv to buy mines") are a third party's wish, left to the general rules.
     */
    Subject urgedToStop(Sentence s, int t) {
        int stop = t - 1;
        if (stop - 2 < s.firstToken() || !STOP.contains(tokens.get(stop).norm()) || !tokens.get(stop - 1).is("to")) {
            return null;
        }
        ActorRef urged = refAt[stop - 2];
        if (urged == null || urged.states().isEmpty() || urged.form() == Mention.Form.ADJECTIVE
                || urged.firstToken() - 1 < s.firstToken()) {
            return null;
        }
        int v = urged.firstToken() - 1;
        boolean urging = URGE.contains(tokens.get(v).norm()) && (!tokens.get(v).is("on") || v - 1 >= s.firstToken()
                && tokens.get(v - 1).norm().startsWith("call"));
        return urging ? new Subject(urged.states(), t, false, false, false, null, false).namedBy(urged) : null;
    }

    Subject subjectOf(Sentence s, int t, ActLexicon.Act act) {
        Subject found = leftSubjectOf(s, t, act);
        if (found == null || found.states().isEmpty() || act.nominal() || found.generalRule()) {
            return found;
        }
        List<String> gapped = agents.gappedStates(s, t);
        if (gapped.isEmpty()) {
            return found;
        }
        return new Subject(union(found.states(), gapped), found.windowFrom(), false, found.ownBan(), found.alleged(), found.allegedBy(),
                found.denied(), found.fromSpeaker(), found.namedFrom());
    }

    private Subject leftSubjectOf(Sentence s, int t, ActLexicon.Act act) {
        Subject urged = act.nominal() ? null : urgedToStop(s, t);
        if (urged != null) {
            return urged;
        }
        // passive with an agent: "mines were laid by Russian forces"
        if (isPassive(t) || act.nominal()) {
            ActorRef agent = agents.byAgent(s, t);
            if (agent != null && !agent.states().isEmpty()) {
                return new Subject(agent.states(), act.nominal() ? t : clauseStart(s, t), false, false, false, null, false)
                        .namedBy(agent);
            }
        }
        if (act.nominal() && act.type().isTreatyType()) {
            ActorRef of = agents.ofAgent(s, t);
            if (of != null) {
                return new Subject(of.states(), t, false, false, false, null, false).namedBy(of);
            }
        }
        Subject accused = accusation(s, t);
        if (accused != null) {
            return accused;
        }
        if (!act.nominal() && otherSubject(s, t)) {
            return null; // "when several European members were leaving": a subject that is no state
        }
        Scan scan = scanLeft(s, t, act);
        if (scan.done()) {
            return scan.subject();
        }
        if (scan.rule()) {
            return new Subject(List.of(), 0, true, false, false, null, false);
        }
        return mainClauseSubject(s, t, act);
    }

    /** The left scan's answer: {@code done} with its subject (null: none), else whether a rule verb was passed. */
    private record Scan(boolean done, Subject subject, boolean rule) {}

    /** The nearest acceptable mention to the left of the act, within its clause and outside relative clauses. */
    private Scan scanLeft(Sentence s, int t, ActLexicon.Act act) {
        int sf = s.firstToken();
        boolean rule = false;
        boolean ownBan = false;
        boolean elidedSubject = false;
        boolean definiteNoun = act.nominal() && t > sf && (tokens.get(t - 1).is("the") || tokens.get(t - 1).is("this")
                || tokens.get(t - 1).is("that"));
        for (int k = t - 1; k >= sf; k--) {
            if (maskId[k] != 0 && maskId[k] != maskId[t]) {
                continue;
            }
            Token tok = tokens.get(k);
            if (tok.is(";") || definiteNoun && (tok.is("said") || tok.is("says") || tok.is("told")
                    || tok.is("welcomed") || tok.is("condemned") || tok.is("criticised") || tok.is("criticized"))) {
                break;
            }
            if (RULE_VERBS.contains(tok.norm())) {
                rule = true;
                ownBan |= OWN_BAN_VERBS.contains(tok.norm());
            }
            if ((tok.is("but") || tok.is("and")) && k + 1 < t && (AUXILIARIES.contains(tokens.get(k + 1).norm())
                    || tokens.get(k + 1).is("not") || tokens.get(k + 1).is("never"))) {
                elidedSubject = true; // "X said it respected Y's decision but would not make mines": X's act
            }
            ActorRef ref = refAt[k];
            if (ref != null) {
                if (elidedSubject && ref.form() == Mention.Form.POSSESSIVE && !positions.previousAllowsSubject(ref.firstToken(), s)) {
                    k = ref.firstToken(); // the object of the first verb, not the subject of both
                    continue;
                }
                if (positions.acceptable(ref, t, s, act)) {
                    if (ref.states().isEmpty() && ref.kind() != ActorRef.Kind.PRONOUN) {
                        k = ref.firstToken();
                        continue;
                    }
                    return new Scan(true, subjectAt(ref, s, t, act, rule, ownBan), rule);
                }
                k = ref.firstToken();
                continue;
            }
            if (treatyAt[k] != null && rule) {
                return new Scan(true, new Subject(List.of(), 0, true, false, false, null, false), rule);
            }
        }
        return new Scan(false, null, rule);
    }

    /** The subject {@code ref} gives the act, with the cues around it; null for the subject of a passive. */
    private Subject subjectAt(ActorRef ref, Sentence s, int t, ActLexicon.Act act, boolean rule, boolean ownBan) {
        int sf = s.firstToken();
        if (subjectOfPassive(ref, t, act)) {
            // "They were produced in South Korea" after "Poland bought mines": what was made, not who
            // made it; "Ukraine was supplied with mines": the receiver
            return null;
        }
        int ruleVerb = objectOfRuleVerb(ref, s);
        if (ruleVerb >= 0) {
            // "the treaty bans signatories from ...": no claim; "the law barred the armed forces from ...": own ban
            if (treatyOrWithdrawalBefore(ref.firstToken(), s) || !OWN_BAN_VERBS.contains(tokens.get(ruleVerb).norm())) {
                return new Subject(List.of(), 0, true, false, false, null, false);
            }
            return new Subject(ref.states(), ref.endToken(), false, true, false, null, false).namedBy(ref);
        }
        int windowFrom = ref.endToken();
        if (ref.form() == Mention.Form.POSSESSIVE && !(ref.firstToken() > sf
                && tokens.get(ref.firstToken() - 1).is("that"))) {
            // "Poland's plans to ...": the cues before the possessive are the clause's; but after "that"
            // ("promised to study findings that its forces fired mines") a new clause begins
            windowFrom = clauseStart(s, ref.firstToken());
        }
        int that = ref.firstToken() - 1;
        if (that - 1 >= sf && tokens.get(that).is("that") && PROPOSE_THAT.contains(tokens.get(that - 1).norm())) {
            windowFrom = that - 1; // "recommending that all four countries leave the treaty": the recommendation governs
        }
        boolean[] pre = preSubjectCues(s, ref.firstToken());
        pre[1] |= tokens.get(ref.firstToken()).is("neither"); // "Neither has signed the treaty"
        List<String> states = ref.states();
        int and = ref.firstToken() - 1;
        if (and > sf && tokens.get(and).is("and") && ref.form() != Mention.Form.NAME) {
            for (int j = and - 1; j >= Math.max(sf, and - 3); j--) {
                ActorRef other = refAt[j];
                if (other != null && !other.states().isEmpty() && other.kind() == ActorRef.Kind.NAMED
                        && positions.agentNounAfter(other.endToken() + (other.form() == Mention.Form.POSSESSIVE ? 1 : 0), s)) {
                    states = union(other.states(), states);
                    break;
                }
            }
        }
        return new Subject(states, pre[2] ? ref.firstToken() - 1 : windowFrom, false, rule && ownBan, pre[0],
                null, pre[1]).namedBy(ref);
    }

    /** No subject before the act: the main clause's after "Once"/"If", a later by-agent, a maker, the speaker. */
    private Subject mainClauseSubject(Sentence s, int t, ActLexicon.Act act) {
        int sf = s.firstToken();
        // a clause opened by "Once", "If": the main clause's subject
        if (SUBORDINATORS.contains(tokens.get(sf).norm())) {
            int comma = -1;
            for (int k = sf; k < s.endToken(); k++) {
                if (tokens.get(k).is(",")) {
                    comma = k;
                    break;
                }
            }
            if (comma > t) {
                for (int k = comma + 1; k < Math.min(s.endToken(), comma + 6); k++) {
                    ActorRef ref = refAt[k];
                    if (ref != null && !ref.states().isEmpty()) {
                        return new Subject(ref.states(), sf, false, false, false, null, false).namedBy(ref);
                    }
                }
            }
        }
        ActorRef agent = agents.byAgent(s, t);
        if (agent != null && !agent.states().isEmpty()) {
            return new Subject(agent.states(), clauseStart(s, t), false, false, false, null, false).namedBy(agent);
        }
        if (act.type() == ClaimType.TRANSFER) {
            // "The first American anti-personnel mines have been delivered to Ukraine": the maker's adjective
            for (int k = Math.max(sf, t - 8); k < t; k++) {
                if (weaponAt[k] != null) {
                    for (int j = k - 1; j >= Math.max(sf, k - 2); j--) {
                        if (refAt[j] != null && refAt[j].form() == Mention.Form.ADJECTIVE && !refAt[j].states().isEmpty()) {
                            return new Subject(refAt[j].states(), clauseStart(s, t), false, false, false, null, false);
                        }
                    }
                }
            }
            return null;
        }
        Quote q = quoteAt(s, t);
        if (q != null && q.speakerActor() != null) {
            return new Subject(List.of(q.speakerActor()), clauseStart(s, t), false, false, false, null, false, true);
        }
        return null;
    }


    /**
     * {@code ref} is the grammatical subject of the passive act verb at {@code t} (only auxiliaries and adverbs
     * between): for acts on weapons that subject is the weapon or the receiver, never the one who acts.
     * Treaty acts are left out ("Finland is bound by the treaty" is Finland's).
     */
    boolean subjectOfPassive(ActorRef ref, int t, ActLexicon.Act act) {
        if (act.nominal() || act.type().isTreatyType() || !isPassive(t) || ref.form() == Mention.Form.POSSESSIVE) {
            return false;
        }
        for (int k = ref.endToken(); k < t; k++) {
            String n = tokens.get(k).norm();
            if (!AUXILIARIES.contains(n) && !BE.contains(n) && !ADVERBS.contains(n) && !n.endsWith("n't")) {
                return false;
            }
        }
        return true;
    }


    /** The verb group before the act has a plain noun for subject ("members were leaving", "mines were laid"). */
    boolean otherSubject(Sentence s, int t) {
        int k = t - 1;
        while (k >= s.firstToken() && (AUXILIARIES.contains(tokens.get(k).norm()) || BE.contains(tokens.get(k).norm())
                || ADVERBS.contains(tokens.get(k).norm()) || tokens.get(k).norm().endsWith("n't"))) {
            k--;
        }
        if (k == t - 1 || k < s.firstToken()) {
            return false; // no auxiliary: "Lithuania produces", or the sentence starts here
        }
        Token head = tokens.get(k);
        if (!head.isWord() || refAt[k] != null || weaponAt[k] != null || treatyAt[k] != null
                || AGENT_NOUNS.contains(head.norm()) || Character.isUpperCase(text.charAt(head.start()))) {
            return false;
        }
        String n = head.norm();
        if (NOT_PLURAL_SUBJECTS.contains(n)) {
            return false;
        }
        // a plural noun ending in s right before the verb group: "members", "groups", "rebels"
        return n.endsWith("s") && !n.endsWith("ss") && n.length() > 3;
    }

    /** "X accused Y of using mines", "Each side has accused the other of using", "Y was accused of". */
    Subject accusation(Sentence s, int t) {
        int of = t - 1;
        if (of > s.firstToken() && (tokens.get(of).is("allegedly") || tokens.get(of).is("again"))) {
            of--;
        }
        if (of <= s.firstToken() || !(tokens.get(of).is("of") || tokens.get(of).is("for"))) {
            return null;
        }
        for (int v = of - 1; v >= Math.max(s.firstToken(), of - 8); v--) {
            if (!ACCUSE.contains(tokens.get(v).norm())) {
                continue;
            }
            ActorRef accused = null;
            for (int k = v + 1; k < of; k++) {
                // "was accused by Kyiv and by Western governments of ...": agents are the accusers
                boolean agent = k > v + 1 && tokens.get(k - 1).is("by");
                if (agent && refAt[k] != null) {
                    k = refAt[k].endToken() - 1;
                    continue;
                }
                if (refAt[k] != null && !refAt[k].states().isEmpty()) {
                    accused = refAt[k];
                }
            }
            if (accused != null) {
                String accuser = null;
                for (int k = v - 1; k >= s.firstToken(); k--) {
                    ActorRef r = refAt[k];
                    if (r != null && r.kind() != ActorRef.Kind.RECIPROCAL && r.states().size() == 1) {
                        accuser = r.states().get(0);
                        break;
                    }
                }
                return new Subject(accused.states(), of, false, false, true, accuser, false).namedBy(accused);
            }
            // passive: "Russia has been accused of laying mines"
            for (int k = v - 1; k >= s.firstToken(); k--) {
                ActorRef r = refAt[k];
                if (r != null && !r.states().isEmpty()) {
                    return new Subject(r.states(), of, false, false, true, null, false).namedBy(r);
                }
            }
            return null;
        }
        return null;
    }

    boolean treatyOrWithdrawalBefore(int k, Sentence s) {
        for (int j = k - 1; j >= s.firstToken(); j--) {
            if (treatyAt[j] != null || tokens.get(j).is("withdrawal") || tokens.get(j).is("withdrawals")
                    || tokens.get(j).is("exit")) {
                return true;
            }
        }
        return false;
    }

    int objectOfRuleVerb(ActorRef ref, Sentence s) {
        int p = ref.firstToken() - 1;
        while (p >= s.firstToken() && (DETERMINERS.contains(tokens.get(p).norm())
                || ref.kind() == ActorRef.Kind.GENERIC && p >= ref.firstToken() - 2 && tokens.get(p).isWord()
                && !RULE_VERBS.contains(tokens.get(p).norm()))) {
            p--;
        }
        return p >= s.firstToken() && RULE_VERBS.contains(tokens.get(p).norm()) ? p : -1;
    }

    /** [alleged, denied] from the few words before the subject: "accusations that Russia ...". */
    boolean[] preSubjectCues(Sentence s, int subjectStart) {
        boolean alleged = false, denied = false, expected = false;
        for (int k = subjectStart - 1; k >= Math.max(s.firstToken(), subjectStart - 4); k--) {
            String n = tokens.get(k).norm();
            if (n.equals(";") || n.equals(".")) {
                break;
            }
            alleged |= n.startsWith("accus") || n.startsWith("alleg");
            expected |= k == subjectStart - 1 && EXPECTATION_VERBS
                    .contains(n);
            String after = k + 1 < s.endToken() ? tokens.get(k + 1).norm() : "";
            denied |= (n.equals("not") || n.endsWith("n't")) && IMPLICATION_VERBS.contains(after);
            denied |= n.equals("denied") || n.equals("denies") || n.equals("deny") || n.equals("neither") || n.equals("nor")
                    || n.equals("dismissed") || n.equals("dismisses") || n.equals("rejected") || n.equals("rejects")
                    || n.equals("none") && (k == subjectStart - 1 || k == subjectStart - 2 && after.equals("of"))
                    || n.equals("no") && k == subjectStart - 1; // "No Baltic state has produced"
        }
        alleged |= allegationBeforeInsert(s, subjectStart);
        return new boolean[] {alleged, denied, expected};
    }

    /** "allegations, made by Russian officials and state media, that Ukraine has produced mines": the noun before an insert. */
    private boolean allegationBeforeInsert(Sentence s, int subjectStart) {
        int that = subjectStart - 1;
        if (that - 1 <= s.firstToken() || !tokens.get(that).is("that") || !tokens.get(that - 1).is(",")) {
            return false;
        }
        for (int k = that - 2; k > s.firstToken() && k >= that - 16; k--) {
            if (tokens.get(k).is(",")) {
                String head = tokens.get(k - 1).norm();
                return head.startsWith("alleg") || head.startsWith("accus");
            }
            if (tokens.get(k).is(";") || tokens.get(k).is(".")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "The last of the stockpile was destroyed in 2015.": an agentless passive of a state's own programme (making,
     * buying, holding, destroying its mines) in an article about one state is that state's act
     * ({@link org.treatywatch.extract.pipeline.Focus}); treaty acts ("the treaty was signed in 1997") and uses are
     * not, they are many states' or the enemy's. Else {@code current}.
     */
    Subject focalSubject(Sentence s, int t, ClaimType type, ActLexicon.Act act, Subject current) {
        String focal = d.focus.focalState();
        if (focal == null || !PROGRAMME.contains(type) || act.nominal() || !isPassive(t) || refBefore(s, t)) {
            return current;
        }
        return new Subject(List.of(focal), clauseStart(s, t), false, false, false, null, false);
    }

    /** A state named (or referred to) in the clause before the act word: it, not the article's focus, is meant. */
    private boolean refBefore(Sentence s, int t) {
        for (int k = clauseStart(s, t); k < t; k++) {
            if (refAt[k] != null) {
                return true;
            }
        }
        return false;
    }
}
