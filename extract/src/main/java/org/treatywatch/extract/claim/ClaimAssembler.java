package org.treatywatch.extract.claim;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatywatch.core.claim.Amount;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Quantity;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layer;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Measure;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Mention.WeaponSense;
import org.treatywatch.extract.pipeline.Quote;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.TimeExpression;
import org.treatywatch.extract.pipeline.Token;

/**
 * The last stage: finds each act word ({@link ActLexicon}) and assembles its claims from the layers
 * before it (CODEBOOK.md, "A claim"): who did it, on which weapon or treaty, to whom, how certain,
 * when, said by whom, on what evidence.
 *
 * <p><b>Who.</b> The subject is the nearest {@link ActorRef} to the left of the act word that can be a
 * subject: not the object of a preposition or a verb ("threat from Russia", "which border Russia"),
 * not inside a relative clause or brackets the act is outside of, an adjective or possessive only
 * when it modifies an agent ("Finnish officials", "Russia's army") or the act noun ("Lithuania's
 * withdrawal"). A passive takes its "by" agent; "X accused Y of using" makes Y the actor, ALLEGED,
 * alleged by X; a clause opened by "Once"/"If" takes the main clause's subject; an act with no
 * subject in the text ("... will be ordered, he said") is the speaker's state. One claim per state.
 * A pro-form ("do so", "did the same", "follow suit", {@link ProForms}) repeats the last act before it
 * for its own subject and with its own modality.
 *
 * <p><b>Accusations and denials.</b> A state that reports another state's use, production or transfer ("Baku said
 * Armenian troops had planted the mines") accuses it: ALLEGED, alleged by the reporter; a state's report of its own act
 * and a report by a body that is no state stay FACT. A state that rejects or denies the claim, accusation or allegation
 * made against it in the two sentences before gets a NEGATED twin of each ALLEGED claim about it (CODEBOOK.md, ALLEGED
 * and NEGATED; dev corpus README). A negation of a detail of an act ("did not give a timetable for the shipments")
 * is no claim of the act.
 *
 * <p><b>On what evidence.</b> The act's sentence, widened back to the sentence that names the actor
 * when a pronoun or "the two countries" points there, and to the sentence of the act a pro-form
 * repeats: the sentences that support the claim (CODEBOOK.md, "evidence").
 *
 * <p><b>What the treaty says is no claim.</b> An act governed by a prohibiting or permitting verb whose
 * subject is a treaty or a withdrawal ("the Ottawa Convention banning the use", "the withdrawal
 * allows the three states to produce") yields nothing; a state's own ban ("South Africa banned the
 * manufacture") is NEGATED.
 *
 * <p><b>Which weapon.</b> Non-treaty acts need a weapon: near the act for general verbs ("make these",
 * "use mines"), anywhere in the sentence (or the one before) for mine-specific ones ("production
 * could be launched"). Only anti-personnel mines are {@code AP_MINE}; anti-tank mines give
 * {@code AT_MINE} claims (unscored), naval and non-weapon mines none (CODEBOOK.md, rules of thumb).
 *
 * <p><b>Which treaty.</b> Treaty acts need a treaty named right after the verb ("pull out of the Ottawa
 * Convention"); "the treaty" is the last treaty named, and a treaty outside the codebook (the Vienna
 * Convention) yields nothing. "X, which is not a party" is ACCESSION NEGATED.
 */
public final class ClaimAssembler implements org.treatywatch.extract.pipeline.Stage {
    private static final Set<String> OBJECT_PREPOSITIONS = ClaimWords.get("object-prepositions");
    private static final Set<String> CLAUSE_OPENERS = ClaimWords.get("clause-openers");
    private static final Set<String> DETERMINERS = ClaimWords.get("determiners");
    private static final Set<String> AGENT_NOUNS = ClaimWords.get("agent-nouns");
    private static final Set<String> RULE_VERBS = ClaimWords.get("rule-verbs");
    private static final Set<String> OWN_BAN_VERBS = ClaimWords.get("own-ban-verbs");
    private static final Set<String> FORMER = Set.of("SUN", "YUG", "CSK", "DDR", "SCG");
    private static final Set<String> BE = ClaimWords.get("be");
    private static final Set<String> AUXILIARIES = ClaimWords.get("auxiliaries");
    private static final Set<String> SUBORDINATORS = ClaimWords.get("subordinators");
    private static final Set<String> ACCUSE = ClaimWords.get("accuse-verbs");
    private static final Set<String> ANAPHORS = ClaimWords.get("weapon-anaphors");
    /** Quantifiers that stand alone for the weapon just named when no noun follows ("buy some from abroad"). */
    private static final Set<String> QUANTIFIERS = ClaimWords.get("weapon-quantifiers");

    private static final Set<String> CLAUSE_END_WORDS = ClaimWords.get("clause-end-words");
    private static final Set<String> NOT_PLURAL_SUBJECTS = ClaimWords.get("not-plural-subjects");
    private static final Set<String> CLAUSE_CONJUNCTIONS = ClaimWords.get("clause-conjunctions");
    private static final Set<String> QUANTIFIER_SUBJECTS = ClaimWords.get("quantifier-subjects");
    private static final Set<String> EXPECTATION_VERBS = ClaimWords.get("expectation-verbs");
    private static final Set<String> IMPLICATION_VERBS = ClaimWords.get("implication-verbs");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS, Layers.QUOTES, Layers.ACTORS, Layers.MEASURES,
                Layers.TIMES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.CLAIMS);
    }

    @Override
    public AnnotatedText apply(AnnotatedText in) {
        return in.with(Layers.CLAIMS, new Doc(in).assemble());
    }

    /** Per-document lookups, built once per call; never shared between threads. */
    private static final class Doc {
        final AnnotatedText in;
        final String text;
        final List<Token> tokens;
        final List<Sentence> sentences;
        final List<Quote> quotes;
        final List<Measure> measures;
        final List<TimeExpression> times;
        final ActorRef[] refAt;
        final Mention[] treatyAt;
        final Mention[] weaponAt;
        final int[] maskId;
        final String[] treatyCodeAt;
        /** The act word at each token, looked up once per document. */
        final ActLexicon.Act[] actAt;
        /** Per sentence: does it report speech (said, told, a quotation)? */
        final boolean[] reportedSentence;
        final String defaultTreaty;
        /** Times, measures and quotes by sentence index, so each act looks only at its own sentence. */
        final List<List<TimeExpression>> timesBySentence;
        final List<List<Measure>> measuresBySentence;
        final List<List<Quote>> quotesBySentence;

        Doc(AnnotatedText in) {
            this.in = in;
            this.text = in.text();
            this.tokens = in.get(Layers.TOKENS);
            this.sentences = in.get(Layers.SENTENCES);
            this.quotes = in.get(Layers.QUOTES);
            this.measures = in.get(Layers.MEASURES);
            this.times = in.get(Layers.TIMES);
            int n = tokens.size();
            refAt = new ActorRef[n];
            for (ActorRef r : in.get(Layers.ACTORS)) {
                for (int k = r.firstToken(); k < r.endToken() && k < n; k++) {
                    refAt[k] = r;
                }
            }
            treatyAt = new Mention[n];
            weaponAt = new Mention[n];
            treatyCodeAt = new String[n];
            String lastTreaty = null;
            boolean seenTreaty = false;
            int ap = 0, cluster = 0;
            for (Mention m : in.get(Layers.MENTIONS)) {
                if (m.kind() == Mention.Kind.TREATY || m.kind() == Mention.Kind.TREATY_REF) {
                    if (m.kind() == Mention.Kind.TREATY) {
                        lastTreaty = m.code();
                        seenTreaty = true;
                    }
                    for (int k = m.firstToken(); k < m.endToken(); k++) {
                        treatyAt[k] = m;
                        treatyCodeAt[k] = m.kind() == Mention.Kind.TREATY ? m.code() : seenTreaty ? lastTreaty : "?";
                    }
                } else if (m.kind() == Mention.Kind.WEAPON) {
                    if (weaponAt[m.firstToken()] == null || m.code().equals(WeaponSense.AP_MINE.name())) {
                        for (int k = m.firstToken(); k < m.endToken(); k++) {
                            weaponAt[k] = m;
                        }
                    }
                    ap += m.code().equals(WeaponSense.AP_MINE.name()) ? 1 : 0;
                    cluster += m.code().equals(WeaponSense.CLUSTER_MUNITION.name()) ? 1 : 0;
                }
            }
            defaultTreaty = ap >= cluster && ap > 0 ? "APMBC" : cluster > 0 ? "CCM" : null;
            maskId = masks();
            actAt = new ActLexicon.Act[n];
            reportedSentence = new boolean[sentences.size()];
            for (int si = 0; si < sentences.size(); si++) {
                Sentence s = sentences.get(si);
                for (int k = s.firstToken(); k < s.endToken(); k++) {
                    actAt[k] = ActLexicon.at(tokens, k, s.endToken());
                    String w = tokens.get(k).norm();
                    reportedSentence[si] |= w.equals("said") || w.equals("says") || w.equals("told") || w.equals("announced")
                            || w.equals("expected") || w.equals("stressed") || w.equals("insisted") || w.equals("added")
                            || tokens.get(k).kind() == Token.Kind.QUOTE;
                }
            }
            timesBySentence = bySentence(times, TimeExpression::firstToken);
            measuresBySentence = bySentence(measures, Measure::firstToken);
            quotesBySentence = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                quotesBySentence.add(new ArrayList<>(1));
            }
            int si = 0;
            for (Quote q : quotes) {
                while (si < sentences.size() && sentences.get(si).end() <= q.start()) {
                    si++;
                }
                for (int k = si; k < sentences.size() && sentences.get(k).start() < q.end(); k++) {
                    quotesBySentence.get(k).add(q);
                }
            }
        }

        private <T> List<List<T>> bySentence(List<T> items, java.util.function.ToIntFunction<T> firstToken) {
            List<List<T>> out = new ArrayList<>(sentences.size());
            for (int i = 0; i < sentences.size(); i++) {
                out.add(new ArrayList<>(0));
            }
            for (T item : items) {
                int k = firstToken.applyAsInt(item);
                if (k >= 0 && k < tokens.size()) {
                    out.get(tokens.get(k).sentence()).add(item);
                }
            }
            return out;
        }

        /** Relative clauses (", which ... ,") and brackets: a subject is not sought inside one from outside. */
        private int[] masks() {
            int[] mask = new int[tokens.size()];
            int id = 0;
            for (Sentence s : sentences) {
                for (int k = s.firstToken(); k < s.endToken(); k++) {
                    Token t = tokens.get(k);
                    if (t.is(",") && k + 1 < s.endToken()
                            && (tokens.get(k + 1).is("which") || tokens.get(k + 1).is("who") || tokens.get(k + 1).is("whose"))) {
                        id++;
                        int e = k + 1;
                        while (e < s.endToken() && !tokens.get(e).is(",") && !tokens.get(e).is(";")
                                && !tokens.get(e).is("-")) {
                            mask[e] = id;
                            e++;
                        }
                        mask[k] = id;
                        k = e - 1;
                    } else if (t.is("(")) {
                        id++;
                        int e = k;
                        while (e < s.endToken() && !tokens.get(e).is(")") && e - k < 30) {
                            mask[e] = id;
                            e++;
                        }
                        if (e < s.endToken()) {
                            mask[e] = id;
                        }
                        k = e;
                    }
                }
            }
            return mask;
        }

        List<Claim> assemble() {
            Map<String, Claim> out = new LinkedHashMap<>();
            for (int si = 0; si < sentences.size(); si++) {
                Sentence s = sentences.get(si);
                for (int t = s.firstToken(); t < s.endToken(); t++) {
                    ActLexicon.Act act = actAt[t];
                    List<Claim> found = act != null ? claimsAt(si, s, t, act, null)
                            : ProForms.lengthAt(tokens, t, s.endToken()) > 0 ? proFormClaims(si, s, t) : List.of();
                    for (Claim c : found) {
                        out.putIfAbsent(c.type() + "|" + c.actor() + "|" + c.treaty() + "|" + c.recipient() + "|"
                                + c.modality() + "|" + c.weapon() + "|" + c.evidence().start() + "|" + c.evidence().end(), c);
                    }
                }
            }
            for (Claim c : denials(List.copyOf(out.values()))) {
                out.putIfAbsent(c.type() + "|" + c.actor() + "|" + c.treaty() + "|" + c.recipient() + "|"
                        + c.modality() + "|" + c.weapon() + "|" + c.evidence().start() + "|" + c.evidence().end(), c);
            }
            return List.copyOf(out.values());
        }

        private static final Set<String> DENY_VERBS = ClaimWords.get("deny-verbs");
        private static final Set<String> ACCUSATION_NOUNS = ClaimWords.get("accusation-nouns");

        /**
         * "Armenia accused Azerbaijan of planting mines. Baku rejected the claim.": a state that rejects an accusation
         * made against it in its sentence or the two before denies the act, so each ALLEGED claim about it there gets a
         * NEGATED twin whose evidence runs to the denial (dev corpus README: "a denial of an accusation adds NEGATED
         * to ALLEGED"). "Each side denies the other's allegations" is a denial by both states of the pair.
         */
        private List<Claim> denials(List<Claim> found) {
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
        private boolean accusationAfter(Sentence s, int k) {
            for (int j = k + 1; j < Math.min(s.endToken(), k + 5); j++) {
                if (ACCUSATION_NOUNS.contains(tokens.get(j).norm())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The claims of the act word at {@code t}; for a pro-form ("do so") at {@code t}, {@code ante} is the act
         * it repeats: what was done (type, weapon or treaty, recipient) comes from there, who and how certain
         * from the pro-form's own clause.
         */
        private List<Claim> claimsAt(int si, Sentence s, int t, ActLexicon.Act act, Antecedent ante) {
            int wsi = ante == null ? si : ante.si();
            Sentence ws = ante == null ? s : sentences.get(ante.si());
            int wt = ante == null ? t : ante.t();
            if (act.type() == ClaimType.PROCUREMENT && (tokens.get(wt).is("delivery") || tokens.get(wt).is("deliveries"))
                    && !giversAfter(ws, wt).isEmpty()) {
                if (ante != null) {
                    return List.of(); // "took delivery from X; Y did the same": Y is a second receiver, X's giving is not repeated
                }
                act = new ActLexicon.Act(ClaimType.TRANSFER, false, false, true); // "took delivery of mines from X": X's transfer
            }
            ClaimType type = act.type();
            boolean stockStillHeld = false;
            if (type == ClaimType.STOCKPILE && act.nominal()) {
                int destruction = nearDestruction(ws, wt);
                if (destruction >= 0 && !failedBefore(ws, destruction)) {
                    return List.of(); // "destroyed its stockpile": the stockpile is the object of the act
                }
                stockStillHeld = destruction >= 0;
                if (wt > ws.firstToken() && refAt[wt - 1] != null && refAt[wt - 1].states().stream().anyMatch(FORMER::contains)) {
                    return List.of(); // "old Soviet stocks": where the mines come from, not who holds them now
                }
                if (wt > ws.firstToken() + 1 && (tokens.get(wt - 2).is("from") || tokens.get(wt - 3 >= ws.firstToken() ? wt - 3 : wt - 2).is("from"))
                        && !ownerRightBefore(wt)) {
                    return List.of(); // "inherited mines from the Soviet arsenal"
                }
            }
            // what it is about: a treaty, or a weapon
            String treaty = null;
            EnumSet<Weapon> weapons = EnumSet.noneOf(Weapon.class);
            if (type.isTreatyType()) {
                treaty = treatyOf(ws, wt, act);
                if (treaty == null) {
                    return List.of();
                }
            } else {
                weapons = weaponsOf(wsi, ws, wt, act);
                if (weapons.isEmpty()) {
                    return List.of();
                }
            }
            if (inQuestionOrObjectClause(s, t)) {
                return List.of();
            }
            Subject subject = null;
            if (ante != null) {
                if (act.receive()) {
                    return List.of(); // "received mines from X; Y did the same": no new giver named
                }
                int there = existentialBefore(s, t);
                if (there >= 0) {
                    // "Asked whether the Baltic states would send mines, a spokesman said there were no plans to do
                    // so": the clause has no subject of its own, the act's doers are those of the act repeated
                    Subject doers = subjectOf(ws, wt, act);
                    subject = doers == null ? null : new Subject(doers.states(), there, doers.generalRule(), false, false,
                            null, false, false, doers.namedFrom());
                }
                // the pro-form is a verb in its own clause: "Finland is expected to do so too"
                act = new ActLexicon.Act(type, false, act.needsNearWeapon(), false, act.inverted());
            }
            if (subject == null) {
                subject = subjectOf(s, t, act);
            }
            if (subject != null && subject.generalRule()) {
                return List.of();
            }
            if ((subject == null || subject.states().isEmpty()) && type == ClaimType.WITHDRAWAL && tokens.get(t).is("out")) {
                // "other countries would follow Poland out of the convention": whoever follows, Poland has left
                List<Claim> followed = new ArrayList<>();
                for (String st : followedOutOf(s, t)) {
                    followed.add(new Claim(in.document().id(), type, st, Modality.FACT, treaty, null, null, null, null,
                            null, null, whenOf(s, t), speakerAt(s, t), evidenceFor(s, t, -1)));
                }
                return followed;
            }
            if (subject == null) {
                return List.of();
            }
            List<String> actors = new ArrayList<>(subject.states());
            for (String extra : companions(s, t)) {
                if (!actors.contains(extra)) {
                    actors.add(extra);
                }
            }
            List<String> recipients = List.of();
            int recipientsFrom = -1;
            if (act.receive()) {
                List<String> givers = giversAfter(s, t);
                if (givers.isEmpty()) {
                    return List.of();
                }
                recipients = actors;
                actors = givers;
            } else if (type == ClaimType.TRANSFER) {
                recipients = recipientsAfter(s, t, actors);
                ActorRef receiver = recipients.isEmpty() && ante == null ? passiveReceiver(s, t) : null;
                if (receiver != null) {
                    // "It was supplied with them by South Korea": the subject of the passive receives
                    List<String> givers = actors;
                    recipients = receiver.states().stream().filter(st -> !givers.contains(st)).toList();
                    recipientsFrom = recipients.isEmpty() ? -1 : receiver.namedFrom();
                }
                if (recipients.isEmpty() && ante != null) {
                    recipients = recipientsAfter(ws, wt, actors); // "send mines to Ukraine ... no plans to do so"
                }
                if (recipients.isEmpty()) {
                    Recipients earlier = recentRecipients(s, t, actors);
                    recipients = earlier.states();
                    recipientsFrom = earlier.fromToken();
                }
                if (recipients.isEmpty() && act.nominal()) {
                    return List.of(); // "the first known transfer of such weapons": nobody named
                }
                if (subject.fromSpeaker() && !recipients.isEmpty() && recipients.containsAll(actors)) {
                    return List.of();
                }
            }
            if (actors.isEmpty()) {
                return List.of();
            }
            Modality modality = modalityOf(s, t, act, subject);
            if (modality != Modality.PLANNED && modality != Modality.ALLEGED && withheldDetailOf(s, t)) {
                // "did not give a timetable for the shipments", "declined to give figures for the deliveries": the
                // cue is about the details, not the act, which the sentence only presupposes
                return List.of();
            }
            if (stockStillHeld) {
                modality = Modality.FACT; // "failed to destroy their stockpiles": they hold them
            }
            if (act.inverted()) {
                // "will remain in the convention", "remains outside the treaty": the act does not happen
                if (modality == Modality.NEGATED) {
                    return List.of();
                }
                modality = Modality.NEGATED;
            }
            if (type == ClaimType.ACCESSION && ceasedBefore(s, t)) {
                // "formally ceased to be a party", "is no longer a party": a withdrawal that took effect
                type = ClaimType.WITHDRAWAL;
                modality = Modality.FACT;
            }
            Speaker speaker = speakerAt(s, t);
            String thirdParty = null;
            if (modality == Modality.FACT && speaker != null && speaker.actor() != null && !actors.contains(speaker.actor())
                    && !recipients.contains(speaker.actor()) && !subject.fromSpeaker()) {
                // "North Korea has shipped mines to Russia, South Korea's intelligence service said": an allegation
                modality = Modality.ALLEGED;
                thirdParty = speaker.actor();
            }
            if (modality == Modality.FACT && thirdParty == null && ACCUSABLE.contains(type) && !subject.fromSpeaker()) {
                // "Baku said Armenian troops had planted the mines": one state reporting another's act accuses it
                String reporter = reportingState(s, t, actors, recipients);
                if (reporter != null) {
                    modality = Modality.ALLEGED;
                    thirdParty = reporter;
                }
            }
            int supportFrom = subject.namedFrom();
            for (int from : new int[] {ante == null ? -1 : ws.firstToken(), recipientsFrom}) {
                supportFrom = from < 0 ? supportFrom : supportFrom < 0 ? from : Math.min(supportFrom, from);
            }
            Evidence evidence = evidenceFor(s, t, supportFrom);
            org.treatywatch.core.claim.Stage stage = type.isTreatyType() && modality != Modality.NEGATED
                    && modality != Modality.ALLEGED ? stageOf(s) : null;
            String when = whenOf(s, t);
            Quantity quantity = type.isTreatyType() ? null : quantityOf(s, t);
            Amount amount = type.isTreatyType() ? null : amountOf(s, t);
            String allegedBy = modality == Modality.ALLEGED ? (thirdParty != null ? thirdParty : subject.allegedBy()) : null;
            List<Claim> claims = new ArrayList<>();
            if (tokens.get(t).is("out") || type == ClaimType.WITHDRAWAL && !act.nominal() && t > s.firstToken()
                    && tokens.get(t - 1).is("in") && tokens.get(t).norm().endsWith("ing")) {
                // "following Poland and Finland out of the treaty", "follow Finland in leaving the treaty": those have left
                for (String followed : followedOutOf(s, t)) {
                    if (!actors.contains(followed)) {
                        claims.add(new Claim(in.document().id(), type, followed, Modality.FACT, treaty, null, null, null,
                                null, null, null, when, speaker, evidence));
                    }
                }
            }
            for (String actor : actors) {
                if (type.isTreatyType()) {
                    claims.add(new Claim(in.document().id(), type, actor, modality, treaty, stage, null, null,
                            safeAllegedBy(allegedBy, actor), null, null, when, speaker, evidence));
                    continue;
                }
                for (Weapon w : weapons) {
                    if (type == ClaimType.TRANSFER && !recipients.isEmpty()) {
                        for (String r : recipients) {
                            if (!r.equals(actor)) {
                                claims.add(new Claim(in.document().id(), type, actor, modality, null, null, w, r,
                                        safeAllegedBy(allegedBy, actor), quantity, amount, when, speaker, evidence));
                            }
                        }
                    } else {
                        claims.add(new Claim(in.document().id(), type, actor, modality, null, null, w, null,
                                safeAllegedBy(allegedBy, actor), quantity, amount, when, speaker, evidence));
                    }
                }
            }
            return claims;
        }

        /** "drawn from existing American stocks": a current state's adjective or possessive names the holder. */
        private boolean ownerRightBefore(int t) {
            int o = t > 0 && tokens.get(t - 1).is("own") ? t - 2 : t - 1; // "from its own stockpile"
            ActorRef r = o >= 0 ? refAt[o] : null;
            return r != null && (r.kind() == ActorRef.Kind.NAMED || r.kind() == ActorRef.Kind.PRONOUN) && !r.states().isEmpty()
                    && (r.form() == Mention.Form.ADJECTIVE || r.form() == Mention.Form.POSSESSIVE)
                    && r.states().stream().noneMatch(FORMER::contains);
        }

        private static String safeAllegedBy(String allegedBy, String actor) {
            return allegedBy == null || allegedBy.equals(actor) ? null : allegedBy;
        }

        // ---- treaty and weapon ------------------------------------------------------------

        private String treatyOf(Sentence s, int t, ActLexicon.Act act) {
            String norm = tokens.get(t).norm();
            boolean party = norm.startsWith("part") || norm.startsWith("signator");
            int end = s.endToken();
            String next = t + 1 < end ? tokens.get(t + 1).norm() : ".";
            if (act.inverted()) {
                // "remains outside the treaty", "will remain in the convention", "they will stay."
                if (next.equals("outside") || next.equals("a") || next.equals("parties") || next.equals("party")) {
                    return null; // the "outside" or "party" word is the trigger
                }
                if (act.type() == ClaimType.WITHDRAWAL && !(next.equals("in") || next.equals("within")
                        || next.equals("part") || next.equals("members") || next.equals("committed"))) {
                    return isClauseEnd(t + 1, s) ? recentTreaty(t, 2) : null;
                }
                return treatyWithin(t + 1, Math.min(end, t + 5), s, true);
            }
            if (act.nominal() && !party) {
                // "withdrawal from the treaty"; "the Ottawa withdrawal"; "Poland's withdrawal bill", "their withdrawal notices"
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

        private String treatyWithin(int from, int limit, Sentence s, boolean commaAllowed) {
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
        private boolean isClauseEnd(int k, Sentence s) {
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
        private String recentTreaty(int t, int sentencesBack) {
            int sentence = tokens.get(t).sentence();
            int stop = sentences.get(Math.max(0, sentence - sentencesBack)).firstToken();
            for (int k = t - 1; k >= stop; k--) {
                if (treatyAt[k] != null) {
                    return resolvedTreaty(k);
                }
            }
            return null;
        }

        private String resolvedTreaty(int k) {
            String code = treatyCodeAt[k];
            if ("?".equals(code)) {
                return defaultTreaty;
            }
            return code;
        }

        private String lastTreatyBefore(int t) {
            for (int k = t - 1; k >= Math.max(0, t - 3000); k--) {
                if (treatyAt[k] != null && treatyAt[k].kind() == Mention.Kind.TREATY) {
                    return treatyAt[k].code();
                }
            }
            return defaultTreaty;
        }

        private EnumSet<Weapon> weaponsOf(int si, Sentence s, int t, ActLexicon.Act act) {
            EnumSet<WeaponSense> found = EnumSet.noneOf(WeaponSense.class);
            int limit = Math.min(s.endToken(), t + (act.needsNearWeapon() ? 10 : 16));
            for (int k = t + 1; k < limit; k++) {
                Token tok = tokens.get(k);
                if (isHardBarrier(tok, k, s)) {
                    break;
                }
                if (k > t + 1 && actAt[k] != null) {
                    String before = tokens.get(k - 1).norm();
                    if (!found.isEmpty() || act.needsNearWeapon() && !(before.equals(",") || before.equals("or") || before.equals("and"))) {
                        break; // "the maps it holds and accuses ... of laying new mines": another act's weapon
                    }
                }
                if (weaponAt[k] != null) {
                    found.add(WeaponSense.valueOf(weaponAt[k].code()));
                    if (k + 2 < s.endToken() && tokens.get(k + 1).is(",") && tokens.get(k + 2).is("but")) {
                        limit = Math.min(s.endToken(), k + 9); // "on anti-tank mines, but also on anti-personnel mines"
                    }
                }
            }
            if (found.isEmpty() && act.needsNearWeapon()) {
                Mention fronted = relativeObject(s, t);
                if (fronted != null) {
                    found.add(WeaponSense.valueOf(fronted.code())); // "the first mines it has bought"
                }
            }
            boolean moreOfThem = t + 1 < s.endToken() && tokens.get(t + 1).is("more")
                    && (t + 2 >= s.endToken() || !tokens.get(t + 2).isWord() || tokens.get(t + 2).is("than")
                            || tokens.get(t + 2).is("if") || tokens.get(t + 2).is("and")); // "the capacity to make more."
            boolean someOfThem = t + 2 < s.endToken() && QUANTIFIERS.contains(tokens.get(t + 1).norm())
                    && (!tokens.get(t + 2).isWord() || OBJECT_PREPOSITIONS.contains(tokens.get(t + 2).norm())
                    || tokens.get(t + 2).is("abroad")); // "buying some from foreign producers"
            if (found.isEmpty() && (moreOfThem || someOfThem || t + 1 < s.endToken() && ANAPHORS.contains(tokens.get(t + 1).norm())
                    || t + 2 < s.endToken() && ANAPHORS.contains(tokens.get(t + 2).norm()) || weaponNounAhead(s, t))) {
                Mention last = lastWeaponBefore(t, si, 2);
                if (last != null) {
                    found.add(WeaponSense.valueOf(last.code()));
                }
            }
            if (found.isEmpty()) {
                // a passive or a fronted object: "Tens of thousands of landmines ... will be ordered"
                int from = Math.max(s.firstToken(), t - 14);
                for (int k = t - 1; k >= from; k--) {
                    if (tokens.get(k).is(";") || (act.needsNearWeapon() && refAt[k] != null && !isPassive(t))) {
                        break;
                    }
                    if (weaponAt[k] != null) {
                        found.add(WeaponSense.valueOf(weaponAt[k].code()));
                        if (act.needsNearWeapon()) {
                            break;
                        }
                    }
                }
                if (act.needsNearWeapon() && !isPassive(t) && !act.nominal()) {
                    found.clear();
                }
            }
            if (found.isEmpty() && !act.needsNearWeapon()) {
                for (int k = s.firstToken(); k < s.endToken(); k++) {
                    if (weaponAt[k] != null) {
                        found.add(WeaponSense.valueOf(weaponAt[k].code()));
                    }
                }
                if (found.isEmpty()) {
                    // the topic of the last few sentences: "Once production is established, ..."
                    Mention last = lastWeaponBefore(s.firstToken(), si, 3);
                    if (last != null) {
                        found.add(WeaponSense.valueOf(last.code()));
                    }
                }
            }
            EnumSet<Weapon> weapons = EnumSet.noneOf(Weapon.class);
            if (found.contains(WeaponSense.AP_MINE)) {
                weapons.add(Weapon.AP_MINE);
            }
            if (found.contains(WeaponSense.AT_MINE)) {
                weapons.add(Weapon.AT_MINE);
            }
            if (found.contains(WeaponSense.CLUSTER_MUNITION)) {
                weapons.add(Weapon.CLUSTER_MUNITION);
            }
            return weapons;
        }

        /**
         * A relative clause whose object is the weapon right before its subject: "the mines (that) it has bought",
         * "anti-personnel mines Poland will make": the weapon mention, else null.
         */
        private Mention relativeObject(Sentence s, int t) {
            int k = t - 1;
            while (k >= s.firstToken() && (AUXILIARIES.contains(tokens.get(k).norm()) || BE.contains(tokens.get(k).norm())
                    || ADVERBS.contains(tokens.get(k).norm()))) {
                k--;
            }
            if (k < s.firstToken() || refAt[k] == null || refAt[k].states().isEmpty()
                    || refAt[k].form() == Mention.Form.POSSESSIVE || refAt[k].form() == Mention.Form.ADJECTIVE) {
                return null;
            }
            int j = refAt[k].firstToken() - 1;
            if (j >= s.firstToken() && (tokens.get(j).is("that") || tokens.get(j).is("which"))) {
                j--;
            }
            return j >= s.firstToken() && weaponAt[j] != null ? weaponAt[j] : null;
        }

        /** "using, producing, buying, selling or transferring the weapons": a plain noun for the weapon named before. */
        private boolean weaponNounAhead(Sentence s, int t) {
            for (int k = t + 1; k < Math.min(s.endToken(), t + 12); k++) {
                Token tok = tokens.get(k);
                if (isHardBarrier(tok, k, s)) {
                    return false;
                }
                if ((tok.is("weapons") || tok.is("weapon") || tok.is("devices") || tok.is("munitions") || tok.is("them"))
                        && k > t + 1 && (tokens.get(k - 1).is("the") || tokens.get(k - 1).is("such") || tokens.get(k - 1).is("these")
                        || tok.is("them"))) {
                    return true;
                }
                ActLexicon.Act a = actAt[k];
                boolean listed = tokens.get(k - 1).is(",") || tokens.get(k - 1).is("or") || tokens.get(k - 1).is("and");
                if (a != null && !listed) {
                    return false;
                }
            }
            return false;
        }

        private Mention lastWeaponBefore(int t, int si, int sentencesBack) {
            int stop = sentences.get(Math.max(0, si - sentencesBack)).firstToken();
            for (int k = t - 1; k >= stop; k--) {
                if (weaponAt[k] != null) {
                    return weaponAt[k];
                }
            }
            return null;
        }

        /** "were laid", "is established"; not the progressive "are buying". */
        private boolean isPassive(int t) {
            return t > 0 && BE.contains(tokens.get(t - 1).norm()) && !tokens.get(t).norm().endsWith("ing");
        }

        private boolean isHardBarrier(Token tok, int k, Sentence s) {
            if (tok.is(";") || tok.is(".") || tok.is("because") || tok.is("which") || tok.is("while")
                    || tok.is("whereas") || tok.is("although") || tok.kind() == Token.Kind.QUOTE) {
                return true;
            }
            return tok.is("but") && !(k + 1 < s.endToken() && tokens.get(k + 1).is("also"));
        }

        /** "Estonia left the treaty together with Latvia and Lithuania": the companions act too. */
        private List<String> companions(Sentence s, int t) {
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

        /**
         * "Asked whether either country would send mines": a question, not a claim; "a reserve ..., which
         * would be kept in storage": a relative clause about a thing, whose act the main clause already reports.
         */
        private boolean inQuestionOrObjectClause(Sentence s, int t) {
            for (int k = t - 1; k >= Math.max(s.firstToken(), t - 10); k--) {
                if ((tokens.get(k).is("whether") || tokens.get(k).is("if")) && k > s.firstToken()
                        && (tokens.get(k - 1).is("asked") || tokens.get(k - 1).is("asking") || tokens.get(k - 1).is("ask"))) {
                    return true;
                }
                if (tokens.get(k).is(",") || tokens.get(k).is(";")) {
                    break;
                }
            }
            if (maskId[t] != 0) {
                int k = t;
                while (k > s.firstToken() && maskId[k - 1] == maskId[t]) {
                    k--;
                }
                // k is the comma opening ", which ..."; is there an actor for "which"?
                if (k + 1 < s.endToken() && tokens.get(k).is(",") && tokens.get(k + 1).is("which")
                        && (refAt[k + 1] == null || refAt[k + 1].states().isEmpty())) {
                    return true;
                }
            }
            return false;
        }

        private boolean ceasedBefore(Sentence s, int t) {
            for (int k = t - 1; k >= Math.max(s.firstToken(), t - 5); k--) {
                String n = tokens.get(k).norm();
                if (n.equals("ceased") || n.equals("ceases") || n.equals("cease")
                        || n.equals("longer") && k > s.firstToken() && tokens.get(k - 1).is("no")) {
                    return true;
                }
            }
            return false;
        }

        private int nearDestruction(Sentence s, int t) {
            for (int k = Math.max(s.firstToken(), t - 6); k < Math.min(s.endToken(), t + 7); k++) {
                ActLexicon.Act other = k == t ? null : actAt[k];
                if (other != null && other.type() == ClaimType.DESTRUCTION) {
                    return k;
                }
            }
            return -1;
        }

        /** "have failed to destroy their stockpiles": the stockpile is still there. */
        private boolean failedBefore(Sentence s, int k) {
            for (int j = Math.max(s.firstToken(), k - 4); j < k; j++) {
                String n = tokens.get(j).norm();
                if (n.equals("failed") || n.equals("not") || n.endsWith("n't") || n.equals("missed") || n.equals("yet")) {
                    return true;
                }
            }
            return false;
        }

        private List<String> followedOutOf(Sentence s, int t) {
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
        private Recipients recentRecipients(Sentence s, int t, List<String> actors) {
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
                        Subject receiver = subjectOf(prev, k, a);
                        if (receiver != null && !receiver.states().isEmpty() && !actors.containsAll(receiver.states())) {
                            return new Recipients(receiver.states().stream().filter(st -> !actors.contains(st)).toList(),
                                    prev.firstToken());
                        }
                    }
                }
            }
            return Recipients.NONE;
        }

        // ---- pro-forms: "do so", "did the same", "follow suit" -----------------------------------

        /** Who else may do an act: "help anyone (to) do so", "allow others to do the same". */
        private static final Set<String> ANYONE = ClaimWords.get("anyone");

        /** The act a pro-form repeats: the sentence and token of its act word. */
        record Antecedent(int si, int t) {}

        /**
         * "there were no plans to do so", "there is no intention to follow suit": a clause with no subject of its own;
         * the token of "there", else -1.
         */
        private int existentialBefore(Sentence s, int t) {
            for (int k = t - 1; k >= Math.max(s.firstToken(), t - 8); k--) {
                Token tok = tokens.get(k);
                if (tok.is(",") || tok.is(";") || tok.is("said") || tok.is("says") || tok.kind() == Token.Kind.QUOTE) {
                    return -1;
                }
                if (tok.is("there") && k + 1 < t && BE.contains(tokens.get(k + 1).norm())) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * "Poland said it would produce mines. Finland is expected to do so too.": the last act word before the
         * pro-form ({@link ProForms}), in its sentence or the two before, is the act repeated, with its weapon or
         * treaty and its recipient; the subject and the modality are the pro-form's own. Only the last act: when
         * it has no weapon or treaty of the codebook ("Poland will buy drones. Finland will do so too.") nothing
         * is repeated, rather than an older act the pro-form does not point to. A pro-form stands for a verb:
         * nouns of acts on the way ("destroyed its stocks", "could send mines once their own production starts")
         * count only when no verb reports an act in reach ("Poland's withdrawal took effect; Latvia did the same").
         */
        private List<Claim> proFormClaims(int si, Sentence s, int t) {
            int before = t - 1 > s.firstToken() && tokens.get(t - 1).is("to") ? t - 2 : t - 1;
            if (before >= s.firstToken() && ANYONE.contains(tokens.get(before).norm())) {
                return List.of(); // "nor will we help anyone do so": someone else's act, and no state's
            }
            int stop = sentences.get(Math.max(0, si - 2)).firstToken();
            int nominal = -1;
            for (int k = t - 1; k >= stop; k--) {
                ActLexicon.Act act = actAt[k];
                if (act == null || maskId[k] != 0 && maskId[k] != maskId[t]) {
                    continue; // "Sweden, which remains in the treaty, has ruled out doing so": not the relative clause's act
                }
                if (act.nominal()) {
                    nominal = nominal < 0 ? k : nominal;
                    continue;
                }
                if (act.inverted() && treatyOf(sentences.get(tokens.get(k).sentence()), k, act) == null) {
                    continue; // "the rest remains": "remain" is an act only of staying in a treaty
                }
                return claimsAt(si, s, t, act, new Antecedent(tokens.get(k).sentence(), k));
            }
            return nominal < 0 ? List.of() : claimsAt(si, s, t, actAt[nominal], new Antecedent(tokens.get(nominal).sentence(), nominal));
        }

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
        private Subject urgedToStop(Sentence s, int t) {
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

        private Subject subjectOf(Sentence s, int t, ActLexicon.Act act) {
            int sf = s.firstToken();
            Subject urged = act.nominal() ? null : urgedToStop(s, t);
            if (urged != null) {
                return urged;
            }
            // passive with an agent: "mines were laid by Russian forces"
            if (isPassive(t) || act.nominal()) {
                ActorRef agent = byAgent(s, t);
                if (agent != null && !agent.states().isEmpty()) {
                    return new Subject(agent.states(), act.nominal() ? t : clauseStart(s, t), false, false, false, null, false)
                            .namedBy(agent);
                }
            }
            Subject accused = accusation(s, t);
            if (accused != null) {
                return accused;
            }
            if (!act.nominal() && otherSubject(s, t)) {
                return null; // "when several European members were leaving": a subject that is no state
            }
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
                    if (elidedSubject && ref.form() == Mention.Form.POSSESSIVE && !previousAllowsSubject(ref.firstToken(), s)) {
                        k = ref.firstToken(); // the object of the first verb, not the subject of both
                        continue;
                    }
                    if (acceptable(ref, t, s, act)) {
                        if (ref.states().isEmpty() && ref.kind() != ActorRef.Kind.PRONOUN) {
                            k = ref.firstToken();
                            continue;
                        }
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
                        boolean[] pre = preSubjectCues(s, ref.firstToken());
                        pre[1] |= tokens.get(ref.firstToken()).is("neither"); // "Neither has signed the treaty"
                        List<String> states = ref.states();
                        int and = ref.firstToken() - 1;
                        if (and > sf && tokens.get(and).is("and") && ref.form() != Mention.Form.NAME) {
                            for (int j = and - 1; j >= Math.max(sf, and - 3); j--) {
                                ActorRef other = refAt[j];
                                if (other != null && !other.states().isEmpty() && other.kind() == ActorRef.Kind.NAMED
                                        && agentNounAfter(other.endToken() + (other.form() == Mention.Form.POSSESSIVE ? 1 : 0), s)) {
                                    List<String> both = new ArrayList<>(other.states());
                                    states.stream().filter(x -> !both.contains(x)).forEach(both::add);
                                    states = both;
                                    break;
                                }
                            }
                        }
                        return new Subject(states, pre[2] ? ref.firstToken() - 1 : windowFrom, false, rule && ownBan, pre[0],
                                null, pre[1]).namedBy(ref);
                    }
                    k = ref.firstToken();
                    continue;
                }
                if (treatyAt[k] != null && rule) {
                    return new Subject(List.of(), 0, true, false, false, null, false);
                }
            }
            if (rule) {
                return new Subject(List.of(), 0, true, false, false, null, false);
            }
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
            ActorRef agent = byAgent(s, t);
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

        private static final Set<String> ADVERBS = ClaimWords.get("adverbs");

        /**
         * {@code ref} is the grammatical subject of the passive act verb at {@code t} (only auxiliaries and adverbs
         * between): for acts on weapons that subject is the weapon or the receiver, never the one who acts.
         * Treaty acts are left out ("Finland is bound by the treaty" is Finland's).
         */
        private boolean subjectOfPassive(ActorRef ref, int t, ActLexicon.Act act) {
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

        /** The state that is the subject of a passive transfer verb ("Ukraine was supplied with mines by ..."), if any. */
        private ActorRef passiveReceiver(Sentence s, int t) {
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

        /** The verb group before the act has a plain noun for subject ("members were leaving", "mines were laid"). */
        private boolean otherSubject(Sentence s, int t) {
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
        private Subject accusation(Sentence s, int t) {
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

        /** "by Russia", "by Russian forces" after the act word. */
        private ActorRef byAgent(Sentence s, int t) {
            for (int k = t + 1; k < Math.min(s.endToken(), t + 8); k++) {
                Token tok = tokens.get(k);
                if (isHardBarrier(tok, k, s) || tok.is(",")) {
                    return null;
                }
                if (tok.is("by")) {
                    for (int j = k + 1; j < Math.min(s.endToken(), k + 4); j++) {
                        if (refAt[j] != null) {
                            return refAt[j];
                        }
                    }
                    return null;
                }
            }
            return null;
        }

        private boolean acceptable(ActorRef ref, int t, Sentence s, ActLexicon.Act act) {
            String first = tokens.get(ref.firstToken()).norm();
            switch (ref.kind()) {
                case RECIPROCAL, RELATIVE -> {
                    return !first.equals("the") || ref.firstToken() == s.firstToken();
                }
                case GENERIC -> {
                    // "The island nation", "the Lithuanian government": look past adjectives to the determiner
                    int p = ref.firstToken() - 1;
                    int words = 0;
                    while (p >= s.firstToken() && words < 2 && tokens.get(p).isWord()
                            && Character.isLowerCase(text.charAt(tokens.get(p).start()))
                            && !DETERMINERS.contains(tokens.get(p).norm()) && !OBJECT_PREPOSITIONS.contains(tokens.get(p).norm())
                            && !CLAUSE_OPENERS.contains(tokens.get(p).norm())) {
                        p--;
                        words++;
                    }
                    if (words > 0 && (p < s.firstToken() || !DETERMINERS.contains(tokens.get(p).norm()))) {
                        return false;
                    }
                    int q = p;
                    while (q >= s.firstToken() && DETERMINERS.contains(tokens.get(q).norm())) {
                        q--;
                    }
                    return previousAllowsSubject(p + 1, s) || q >= s.firstToken() && RULE_VERBS.contains(tokens.get(q).norm());
                }
                case PRONOUN -> {
                    return switch (first) {
                        case "they", "we" -> true;
                        // "Each of them will", "all of them have": the quantifier is the subject
                        case "them" -> ref.firstToken() - 2 >= s.firstToken() && tokens.get(ref.firstToken() - 1).is("of")
                                && QUANTIFIER_SUBJECTS.contains(tokens.get(ref.firstToken() - 2).norm())
                                && previousAllowsSubject(ref.firstToken(), s);
                        case "it" -> {
                            int next = ref.endToken();
                            yield next < s.endToken() && (AUXILIARIES.contains(tokens.get(next).norm()) || next == t
                                    || tokens.get(next).norm().endsWith("s") && !tokens.get(next).is("as"));
                        }
                        case "its", "their", "our" -> possessiveOk(ref, t, s, act);
                        default -> false;
                    };
                }
                default -> { }
            }
            if (ref.form() == Mention.Form.ADJECTIVE && ref.states().stream().anyMatch(FORMER::contains)) {
                return false; // "Soviet-era mines", "the Soviet arsenal": where they come from, not who acts
            }
            if (ref.form() == Mention.Form.ADJECTIVE) {
                return agentNounAfter(ref.endToken(), s) || act.nominal() && t - ref.endToken() <= 2 && t >= ref.endToken();
            }
            if (ref.form() == Mention.Form.POSSESSIVE) {
                return possessiveOk(ref, t, s, act);
            }
            return previousAllowsSubject(ref.firstToken(), s) || conjunctionBefore(ref, s);
        }

        /** "a year after Lithuania became ...": after, before, since, as, than open a clause when a verb follows. */
        private boolean conjunctionBefore(ActorRef ref, Sentence s) {
            int p = ref.firstToken() - 1;
            if (p < s.firstToken() || !CLAUSE_CONJUNCTIONS.contains(tokens.get(p).norm())) {
                return false;
            }
            int next = ref.endToken();
            if (next >= s.endToken()) {
                return false;
            }
            Token n = tokens.get(next);
            return n.isWord() && Character.isLowerCase(text.charAt(n.start())) && !OBJECT_PREPOSITIONS.contains(n.norm())
                    && !DETERMINERS.contains(n.norm()) && !n.is("each") && !n.is("and") && !n.is("or") && !n.is("'s");
        }

        private boolean possessiveOk(ActorRef ref, int t, Sentence s, ActLexicon.Act act) {
            int after = ref.endToken();
            if (after < s.endToken() && tokens.get(after).is("'s")) {
                after++;
            }
            return agentNounAfter(after, s) || act.nominal() && t - after <= 5 && t >= after;
        }

        private boolean agentNounAfter(int from, Sentence s) {
            for (int k = from; k < Math.min(s.endToken(), from + 3); k++) {
                if (AGENT_NOUNS.contains(tokens.get(k).norm())) {
                    return true;
                }
                if (!tokens.get(k).isWord()) {
                    return false;
                }
            }
            return false;
        }

        private boolean previousAllowsSubject(int firstToken, Sentence s) {
            int p = firstToken - 1;
            while (p >= s.firstToken() && DETERMINERS.contains(tokens.get(p).norm())) {
                p--;
            }
            if (p < s.firstToken()) {
                return true;
            }
            Token prev = tokens.get(p);
            String n = prev.norm();
            if (n.equals("of") && p - 1 >= s.firstToken() && QUANTIFIER_SUBJECTS.contains(tokens.get(p - 1).norm())) {
                return previousAllowsSubject(p - 1, s); // "All of these states"
            }
            if (OBJECT_PREPOSITIONS.contains(n)) {
                if ((n.equals("in") || n.equals("from") || n.equals("of")) && p - 1 >= s.firstToken()
                        && AGENT_NOUNS.contains(tokens.get(p - 1).norm())) {
                    return true; // "officials in Poland", "the moves in Finland"
                }
                return false;
            }
            if (!prev.isWord() || prev.kind() == Token.Kind.NUMBER) {
                return true;
            }
            if (CLAUSE_OPENERS.contains(n)) {
                return true;
            }
            if (Character.isUpperCase(text.charAt(prev.start()))) {
                return true;
            }
            if (APPOSITIVE_HEADS.contains(n)) {
                // "Its neighbours Latvia and Estonia will ...": an apposition, a subject if its noun phrase is one
                // (not "follow its Nordic neighbour Finland")
                int q = p - 1;
                while (q >= s.firstToken() && (POSSESSIVE_DETERMINERS.contains(tokens.get(q).norm())
                        || DETERMINERS.contains(tokens.get(q).norm())
                        || tokens.get(q).isWord() && Character.isUpperCase(text.charAt(tokens.get(q).start())))) {
                    q--;
                }
                return q < s.firstToken() || previousAllowsSubject(q + 1, s);
            }
            return refAt[p] != null;
        }

        private static final Set<String> POSSESSIVE_DETERMINERS = ClaimWords.get("possessive-determiners");

        /** "to" or "for" opens the noun phrase that ends before {@code k}, within a few words after the act at {@code t}. */
        private boolean toBefore(int k, int t) {
            for (int j = k - 1; j > t && j >= k - 4; j--) {
                if (tokens.get(j).is("to") || tokens.get(j).is("for")) {
                    return true;
                }
            }
            return false;
        }

        /** Nouns that stand before a name in apposition: "its neighbours Latvia and Estonia", "ally Poland". */
        private static final Set<String> APPOSITIVE_HEADS = ClaimWords.get("appositive-heads");

        private boolean treatyOrWithdrawalBefore(int k, Sentence s) {
            for (int j = k - 1; j >= s.firstToken(); j--) {
                if (treatyAt[j] != null || tokens.get(j).is("withdrawal") || tokens.get(j).is("withdrawals")
                        || tokens.get(j).is("exit")) {
                    return true;
                }
            }
            return false;
        }

        private int objectOfRuleVerb(ActorRef ref, Sentence s) {
            int p = ref.firstToken() - 1;
            while (p >= s.firstToken() && (DETERMINERS.contains(tokens.get(p).norm())
                    || ref.kind() == ActorRef.Kind.GENERIC && p >= ref.firstToken() - 2 && tokens.get(p).isWord()
                    && !RULE_VERBS.contains(tokens.get(p).norm()))) {
                p--;
            }
            return p >= s.firstToken() && RULE_VERBS.contains(tokens.get(p).norm()) ? p : -1;
        }

        /** [alleged, denied] from the few words before the subject: "accusations that Russia ...". */
        private boolean[] preSubjectCues(Sentence s, int subjectStart) {
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
            return new boolean[] {alleged, denied, expected};
        }

        private int clauseStart(Sentence s, int t) {
            for (int k = t - 1; k >= s.firstToken(); k--) {
                if (isModalityBarrier(k, s)) {
                    return k + 1;
                }
            }
            return s.firstToken();
        }

        // ---- recipients and givers ------------------------------------------------------------

        private List<String> recipientsAfter(Sentence s, int t, List<String> actors) {
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
        private boolean subjectOfNextClause(ActorRef ref, Sentence s) {
            int after = ref.endToken();
            if (after < s.endToken() && tokens.get(after).is("also")) {
                after++;
            }
            return after < s.endToken() && (CLAUSE_VERBS.contains(tokens.get(after).norm())
                    || actAt[after] != null && !actAt[after].nominal());
        }

        private List<String> giversAfter(Sentence s, int t) {
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

        // ---- modality -------------------------------------------------------------------------

        private Modality modalityOf(Sentence s, int t, ActLexicon.Act act, Subject subject) {
            int from = Math.max(subject.windowFrom(), s.firstToken());
            for (int k = t - 1; k >= from; k--) {
                if (isModalityBarrier(k, s)) {
                    from = k + 1;
                    break;
                }
            }
            int afterTo = t + 1;
            // a gerund opening the clause is its subject: "Leaving the treaty is an option we cannot exclude"
            boolean gerundSubject = tokens.get(t).norm().endsWith("ing")
                    && (t == s.firstToken() || !tokens.get(t - 1).isWord() && !tokens.get(t - 1).is(","));
            boolean lookAfter = act.nominal() || isPassive(t) || gerundSubject;
            int afterLimit = Math.min(s.endToken(), t + (gerundSubject ? 12 : lookAfter ? 7 : 9));
            while (afterTo < afterLimit) {
                Token tok = tokens.get(afterTo);
                if (isHardBarrier(tok, afterTo, s) || tok.is("and") || tok.is(",") && !lookAfter) {
                    break;
                }
                if (!lookAfter && !(tok.is("if") || tok.is("unless"))) {
                    afterTo++;
                    continue;
                }
                afterTo++;
            }
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
            Modality m;
            if (lookAfter) {
                m = ModalityClassifier.classify(tokens, from, t, t + 1, afterTo, future, skip, from, reported);
            } else {
                m = ModalityClassifier.classify(tokens, from, t, t + 1, conditionalEnd(t, afterTo), future, skip, from, reported);
            }
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
            if (m == Modality.FACT) {
                for (int k = Math.max(s.firstToken(), t - 4); k < t; k++) {
                    if (tokens.get(k).is("until") || tokens.get(k).is("once")) {
                        return Modality.PLANNED; // "until its own production begins"
                    }
                }
            }
            return m;
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
        private String reportingState(Sentence s, int t, List<String> actors, List<String> recipients) {
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

        /** Nouns for information about an act: "no timetable for the shipments", "no details of the production". */
        private static final Set<String> DETAIL_NOUNS = ClaimWords.get("detail-nouns");
        private static final Set<String> DETAIL_PREPOSITIONS = ClaimWords.get("detail-prepositions");

        /**
         * Is the act noun at {@code t} what a withheld detail is about ("did not give a timetable for the shipments",
         * "gave no figures on the deliveries", "no date for the purchase")? The negation is the detail's, not the act's.
         */
        private boolean withheldDetailOf(Sentence s, int t) {
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
        private boolean withholding(Sentence s, int d) {
            for (int k = d - 1; k >= Math.max(s.firstToken(), d - 6); k--) {
                if (WITHHOLD.contains(tokens.get(k).norm())) {
                    return true;
                }
            }
            return false;
        }

        /** "a Chilean exit", "an exit": an indefinite noun, a hypothetical act rather than a known one. */
        private boolean indefiniteBefore(int t, Sentence s) {
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

        private boolean wordIn(int from, int to, String word) {
            for (int k = from; k < to && k < tokens.size(); k++) {
                if (tokens.get(k).is(word)) {
                    return true;
                }
            }
            return false;
        }

        /** After a verb only "if"/"unless" counts ("could start production quickly if needed"). */
        private int conditionalEnd(int t, int afterTo) {
            for (int k = t + 1; k < afterTo; k++) {
                if (tokens.get(k).is("if") || tokens.get(k).is("unless")) {
                    return k + 1;
                }
            }
            return t + 1;
        }

        private boolean isModalityBarrier(int k, Sentence s) {
            Token tok = tokens.get(k);
            if (tok.is(";") || tok.is(":") || tok.is("while") || tok.is("whereas") || tok.is("although")
                    || tok.is("though") || tok.is("however") || tok.is("since") || tok.is("because") || tok.is("after")
                    || tok.is("before")) {
                return true;
            }
            if (tok.is("but")) {
                return !(k + 1 < s.endToken() && tokens.get(k + 1).is("also"));
            }
            if ((tok.is("and") || tok.is("or")) && k + 1 < s.endToken()) {
                String next = tokens.get(k + 1).norm();
                return AUXILIARIES.contains(next) && !next.equals("'s")
                        || refAt[k + 1] != null && refAt[k + 1].firstToken() == k + 1;
            }
            return false;
        }

        // ---- stage, time, measures, speaker, evidence --------------------------------------------

        private org.treatywatch.core.claim.Stage stageOf(Sentence s) {
            boolean effective = false, notified = false, approved = false, announced = false;
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                String n = tokens.get(k).norm();
                String next = k + 1 < s.endToken() ? tokens.get(k + 1).norm() : "";
                switch (n) {
                    case "effective" -> effective = true;
                    case "took", "takes", "take", "taking", "came", "comes", "entered", "enters" ->
                            effective |= next.equals("effect") || next.equals("into");
                    case "deposited", "deposit", "depositing", "notified", "notification", "instrument", "submitted" -> notified = true;
                    case "approved", "approve", "approves", "voted", "vote", "votes", "passed", "endorsed", "decree",
                            "adopted", "ratified" -> approved = true;
                    case "announced", "announces", "intention", "intends", "plans", "plan", "decided" -> announced = true;
                    default -> { }
                }
            }
            return effective ? org.treatywatch.core.claim.Stage.EFFECTIVE
                    : notified ? org.treatywatch.core.claim.Stage.NOTIFIED
                    : approved ? org.treatywatch.core.claim.Stage.APPROVED
                    : announced ? org.treatywatch.core.claim.Stage.ANNOUNCED : null;
        }

        private String whenOf(Sentence s, int t) {
            TimeExpression best = null;
            for (TimeExpression te : timesBySentence.get(tokens.get(t).sentence())) {
                if (te.value() != null && te.start() >= s.start() && te.end() <= s.end()
                        && (best == null || Math.abs(te.firstToken() - t) < Math.abs(best.firstToken() - t))) {
                    best = te;
                }
            }
            return best == null ? null : best.value();
        }

        private Quantity quantityOf(Sentence s, int t) {
            Measure best = nearestMeasure(s, t, false);
            if (best == null) {
                return null;
            }
            return new Quantity(best.min() == null ? null : Math.round(best.min()),
                    best.max() == null ? null : Math.round(best.max()), best.unit());
        }

        private Amount amountOf(Sentence s, int t) {
            Measure best = nearestMeasure(s, t, true);
            return best == null ? null : new Amount(best.min(), best.max(), best.unit());
        }

        private Measure nearestMeasure(Sentence s, int t, boolean money) {
            Measure best = null;
            for (Measure m : measuresBySentence.get(tokens.get(t).sentence())) {
                if (m.money() != money || m.start() < s.start() || m.end() > s.end()) {
                    continue;
                }
                if (!money && !(m.unit().endsWith("mines") || m.unit().equals("munitions") || m.unit().equals("bombs"))) {
                    continue;
                }
                if (best == null || Math.abs(m.firstToken() - t) < Math.abs(best.firstToken() - t)) {
                    best = m;
                }
            }
            if (best != null && (best.min() == null && best.max() == null)) {
                return null;
            }
            return best;
        }

        private Quote quoteAt(Sentence s, int t) {
            Quote reported = null;
            for (Quote q : quotesBySentence.get(tokens.get(t).sentence())) {
                if (q.kind() == Quote.Kind.QUOTED && q.span().contains(tokens.get(t).start())) {
                    return q;
                }
                if (q.kind() == Quote.Kind.REPORTED && q.span().covers(s.span())) {
                    reported = q;
                }
            }
            return reported;
        }

        private Speaker speakerAt(Sentence s, int t) {
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

        /**
         * The sentence; for words inside a quotation attributed in a neighbouring sentence, both; when the actor is
         * named (or the repeated act reported) in an earlier sentence ({@code supportFrom}, a token, or {@code -1}),
         * everything from that sentence on, since those are the sentences that support the claim (CODEBOOK.md,
         * "evidence"): "Lithuania and Finland will leave the treaty. They will also produce mines."
         */
        private Evidence evidenceFor(Sentence s, int t, int supportFrom) {
            int start = s.start();
            int end = s.end();
            if (supportFrom >= 0 && supportFrom < s.firstToken()) {
                start = sentences.get(tokens.get(supportFrom).sentence()).start();
            }
            Quote q = quoteAt(s, t);
            if (q != null && q.kind() == Quote.Kind.QUOTED && q.attribution() != null) {
                int gapBefore = s.start() - q.attribution().end();
                int gapAfter = q.attribution().start() - s.end();
                if (gapBefore < 400 && gapAfter < 400) {
                    start = Math.min(start, q.attribution().start());
                    end = Math.max(end, q.attribution().end());
                }
            }
            return Evidence.of(text, start, end);
        }
    }
}
