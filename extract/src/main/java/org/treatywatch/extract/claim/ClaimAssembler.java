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
import org.treatywatch.core.claim.Weapon;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layer;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.syntax.GrammarRules;

/**
 * The last stage: finds each act word ({@link ActLexicon}) and assembles its claims from the layers
 * before it (CODEBOOK.md, "A claim"): who did it, on which weapon or treaty, to whom, how certain,
 * when, said by whom, on what evidence. Each question has its own class, over the same per-document
 * {@link DocLayers}:
 * <ul>
 *   <li>the act: {@link ActLexicon} (act words), {@link ActChecks} (questions, stockpiles that are
 *       objects, ceasing to be a party);</li>
 *   <li>what it is about: {@link TreatyFinder}, {@link WeaponFinder};</li>
 *   <li>who: {@link SubjectFinder} and {@link SubjectPositions}; the other parties (recipients,
 *       givers, companions): {@link Parties};</li>
 *   <li>how certain: {@link ModalityFinder} (with {@link ModalityClassifier});</li>
 *   <li>whose word: {@link Attribution} (speakers, accusations, denials);</li>
 *   <li>the document: {@link ProFormResolver} ("do so", "did the same");</li>
 *   <li>stage, time, quantities and evidence: {@link ClaimDetails};</li>
 *   <li>last, the states that lists, tables and appositions give by their standing with a treaty ("States Parties,
 *       including X", "| X | not party |"): {@link Memberships}.</li>
 * </ul>
 * This class only joins their answers into claims, one per state (CODEBOOK.md, "One claim per state
 * per act").
 *
 * <p><b>On what evidence.</b> The act's sentence, widened back to the sentence that names the actor
 * when a pronoun or "the two countries" points there, and to the sentence of the act a pro-form
 * repeats: the sentences that support the claim (CODEBOOK.md, "evidence").
 */
public final class ClaimAssembler implements org.treatywatch.extract.pipeline.Stage {

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS, Layers.QUOTES, Layers.ACTORS, Layers.FOCUS,
                Layers.MEASURES, Layers.TIMES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.CLAIMS);
    }

    private final GrammarRules grammarRules;

    /** The claim rules with the standard {@link GrammarRules} (read only where the syntactic layer parsed). */
    public ClaimAssembler() {
        this(GrammarRules.standard());
    }

    /** The claim rules with these grammar rules (the per-rule ablation runs them with one rule left out). */
    public ClaimAssembler(GrammarRules grammarRules) {
        this.grammarRules = grammarRules;
    }

    @Override
    public AnnotatedText apply(AnnotatedText in) {
        return in.with(Layers.CLAIMS, new Run(new DocLayers(in), grammarRules).assemble());
    }

    /** Acts a state is accused of by others (CODEBOOK.md, ALLEGED): not joining or leaving a treaty. */
    private static final Set<ClaimType> ACCUSABLE = EnumSet.of(ClaimType.USE, ClaimType.PRODUCTION, ClaimType.TRANSFER);
    /**
     * Acts whose report by another state's speaker is an allegation (CODEBOOK.md, ANNOTATION.md convention 7: use,
     * production, transfers, stocks); another state's word that a state joined, left or destroyed its stocks is a fact.
     */
    /** "its existing stockpile", "the remaining stocks": a stock held now, whatever the clause says of other acts. */
    private static final Set<String> HELD_NOW = ClaimWords.get("held-now-adjectives");
    private static final Set<ClaimType> ALLEGEABLE = EnumSet.of(ClaimType.USE, ClaimType.PRODUCTION, ClaimType.TRANSFER,
            ClaimType.STOCKPILE);

    /** One act word's claim while it is assembled; the fields fill in step by step. */
    private static final class Draft {
        final int si;
        final Sentence s;
        final int t;
        final ProFormResolver.Antecedent ante;
        /** The act's own sentence and token: the antecedent's for a pro-form. */
        final int wsi;
        final Sentence ws;
        final int wt;
        ActLexicon.Act act;
        ClaimType type;
        boolean stockStillHeld;
        String treaty;
        EnumSet<Weapon> weapons = EnumSet.noneOf(Weapon.class);
        SubjectFinder.Subject subject;
        List<String> actors;
        List<String> recipients = List.of();
        int recipientsFrom = -1;
        Modality modality;
        Speaker speaker;
        String thirdParty;

        Draft(List<Sentence> sentences, int si, Sentence s, int t, ActLexicon.Act act, ProFormResolver.Antecedent ante) {
            this.si = si;
            this.s = s;
            this.t = t;
            this.act = act;
            this.ante = ante;
            this.wsi = ante == null ? si : ante.si();
            this.ws = ante == null ? s : sentences.get(ante.si());
            this.wt = ante == null ? t : ante.t();
        }
    }

    /** One document's assembly; never shared between threads. */
    private static final class Run extends DocRules {
        final TreatyFinder treaties;
        final WeaponFinder weapons;
        final SubjectFinder subjects;
        final Parties parties;
        final ModalityFinder modality;
        final ActChecks checks;
        final Attribution attribution;
        final ClaimDetails details;
        final ProFormResolver proForms;
        final GrammarFinder grammar;
        final Memberships memberships;

        Run(DocLayers d, GrammarRules grammarRules) {
            super(d);
            treaties = new TreatyFinder(d);
            weapons = new WeaponFinder(d);
            subjects = new SubjectFinder(d);
            parties = new Parties(d, subjects);
            modality = new ModalityFinder(d);
            checks = new ActChecks(d);
            attribution = new Attribution(d);
            details = new ClaimDetails(d);
            proForms = new ProFormResolver(d, treaties, this::claimsAt);
            grammar = new GrammarFinder(d, grammarRules);
            memberships = new Memberships(d, treaties, attribution);
        }

        List<Claim> assemble() {
            Map<String, Claim> out = new LinkedHashMap<>();
            for (int si = 0; si < sentences.size(); si++) {
                Sentence s = sentences.get(si);
                for (int t = s.firstToken(); t < s.endToken(); t++) {
                    ActLexicon.Act act = actAt[t];
                    List<Claim> found = act != null ? claimsAt(si, s, t, act, null)
                            : ProForms.lengthAt(tokens, t, s.endToken()) > 0 ? proForms.proFormClaims(si, s, t) : List.of();
                    found.forEach(c -> out.putIfAbsent(key(c), c));
                }
            }
            List<Claim> acts = List.copyOf(out.values());
            for (List<Claim> more : List.of(attribution.denials(acts), memberships.claims(acts))) {
                more.forEach(c -> out.putIfAbsent(key(c), c)); // denials; the states that lists, tables and appositions give
            }
            return List.copyOf(out.values());
        }

        private static String key(Claim c) {
            return c.type() + "|" + c.actor() + "|" + c.treaty() + "|" + c.recipient() + "|" + c.modality() + "|"
                    + c.weapon() + "|" + c.evidence().start() + "|" + c.evidence().end();
        }

        /**
         * The claims of the act word at {@code t}; for a pro-form ("do so") at {@code t}, {@code ante} is the act
         * it repeats: what was done (type, weapon or treaty, recipient) comes from there, who and how certain
         * from the pro-form's own clause.
         */
        List<Claim> claimsAt(int si, Sentence s, int t, ActLexicon.Act act, ProFormResolver.Antecedent ante) {
            Draft c = new Draft(sentences, si, s, t, act, ante);
            if (!actAndObject(c) || checks.inQuestionOrObjectClause(s, t) || !subject(c)) {
                return List.of();
            }
            if ((c.subject == null || c.subject.states().isEmpty()) && c.type == ClaimType.WITHDRAWAL
                    && tokens.get(t).is("out")) {
                return noAct(c) ? List.of() : followedOut(c);
            }
            if (c.subject == null || !otherParties(c) || c.actors.isEmpty() || !modality(c) || noAct(c)) {
                return List.of();
            }
            attribute(c);
            return build(c);
        }

        /**
         * A grammar rule says the act word is no act of a state ("a treaty which prohibits the use"). Asked last, once
         * the act would give claims, so that the syntactic layer parses only the sentences of such acts.
         */
        private boolean noAct(Draft c) {
            return c.ante == null && grammar.noAct(c.t);
        }

        /** The act's type and what it is about (a treaty or weapons); false when the act word reports no act. */
        private boolean actAndObject(Draft c) {
            if (c.act.type() == ClaimType.PROCUREMENT && (tokens.get(c.wt).is("delivery") || tokens.get(c.wt).is("deliveries"))
                    && !parties.giversAfter(c.ws, c.wt).isEmpty()) {
                if (c.ante != null) {
                    return false; // "took delivery from X; Y did the same": Y is a second receiver, X's giving is not repeated
                }
                c.act = new ActLexicon.Act(ClaimType.TRANSFER, false, false, true); // "took delivery of mines from X": X's transfer
            }
            c.type = c.act.type();
            if (c.type == ClaimType.STOCKPILE && c.act.nominal() && !stockpileHeld(c)) {
                return false;
            }
            if (c.type.isTreatyType()) {
                c.treaty = treaties.treatyOf(c.ws, c.wt, c.act);
                return c.treaty != null;
            }
            c.weapons = weapons.weaponsOf(c.wsi, c.ws, c.wt, c.act);
            return !c.weapons.isEmpty();
        }

        /** A stockpile noun names stocks someone holds, not the object of a destruction or an inheritance. */
        private boolean stockpileHeld(Draft c) {
            Sentence ws = c.ws;
            int wt = c.wt;
            int destruction = checks.nearDestruction(ws, wt);
            if (destruction >= 0 && !checks.failedBefore(ws, destruction) && !checks.destructionToCome(ws, destruction, wt)) {
                return false; // "destroyed its stockpile": the stockpile is the object of the act
            }
            // "failed to destroy their stockpiles"; "to replace its existing stockpiles": stocks held now
            c.stockStillHeld = destruction >= 0 || wt > ws.firstToken() && HELD_NOW.contains(tokens.get(wt - 1).norm());
            if (wt > ws.firstToken() && refAt[wt - 1] != null && refAt[wt - 1].states().stream().anyMatch(FORMER::contains)) {
                return false; // "old Soviet stocks": where the mines come from, not who holds them now
            }
            if (wt > ws.firstToken() + 1 && (tokens.get(wt - 2).is("from") || tokens.get(wt - 3 >= ws.firstToken() ? wt - 3 : wt - 2).is("from"))
                    && !checks.ownerRightBefore(wt)) {
                return false; // "inherited mines from the Soviet arsenal"
            }
            return true;
        }

        /** Who acts; false when no claim can follow (a repeated receipt, a treaty's general rule). */
        private boolean subject(Draft c) {
            if (c.ante != null) {
                if (c.act.receive()) {
                    return false; // "received mines from X; Y did the same": no new giver named
                }
                int there = proForms.existentialBefore(c.s, c.t);
                if (there >= 0) {
                    // "Asked whether the Baltic states would send mines, a spokesman said there were no plans to do
                    // so": the clause has no subject of its own, the act's doers are those of the act repeated
                    SubjectFinder.Subject doers = subjects.subjectOf(c.ws, c.wt, c.act);
                    c.subject = doers == null ? null : new SubjectFinder.Subject(doers.states(), there, doers.generalRule(),
                            false, false, null, false, false, doers.namedFrom());
                }
                // the pro-form is a verb in its own clause ("Finland is expected to do so too"), or a noun's
                // pronoun ("at the same time as those of Estonia"), whose state follows its "of"
                if (!ProForms.isThatOfAt(tokens, c.t, c.s.endToken())) {
                    c.act = new ActLexicon.Act(c.type, false, c.act.needsNearWeapon(), false, c.act.inverted());
                }
            }
            if (c.subject == null) {
                c.subject = subjects.subjectOf(c.s, c.t, c.act);
            }
            if (c.subject != null && c.subject.generalRule()) {
                return false;
            }
            if (c.ante == null && (c.subject == null || c.subject.states().isEmpty())) {
                SubjectFinder.Subject named = grammarSubject(c.s, c.t);
                c.subject = named != null ? named : subjects.focalSubject(c.s, c.t, c.type, c.act, c.subject);
            }
            return true;
        }

        /**
         * The actor the parse names when the token rules found none: the states a group's act excepts (its act
         * negated for them), else the grammatical actor ({@link GrammarFinder}).
         */
        private SubjectFinder.Subject grammarSubject(Sentence s, int t) {
            List<ActorRef> excepted = grammar.excepted(t);
            List<ActorRef> refs = excepted.isEmpty() ? grammar.actors(t) : excepted;
            if (refs.isEmpty()) {
                return null;
            }
            List<String> states = new ArrayList<>();
            refs.forEach(r -> r.states().stream().filter(st -> !states.contains(st)).forEach(states::add));
            return new SubjectFinder.Subject(states, clauseStart(s, t), false, false, false, null, !excepted.isEmpty())
                    .namedBy(refs.getFirst());
        }

        /** "other countries would follow Poland out of the convention": whoever follows, Poland has left. */
        private List<Claim> followedOut(Draft c) {
            List<Claim> followed = new ArrayList<>();
            for (String st : parties.followedOutOf(c.s, c.t)) {
                followed.add(new Claim(in.document().id(), c.type, st, Modality.FACT, c.treaty, null, null, null, null,
                        null, null, details.whenOf(c.s, c.t), attribution.speakerAt(c.s, c.t), details.evidenceFor(c.s, c.t, -1)));
            }
            return followed;
        }

        /** The actors with their companions, and for transfers the recipients; false when a transfer has nobody. */
        private boolean otherParties(Draft c) {
            Sentence s = c.s;
            int t = c.t;
            c.actors = new ArrayList<>(c.subject.states());
            for (String extra : parties.companions(s, t)) {
                if (!c.actors.contains(extra)) {
                    c.actors.add(extra);
                }
            }
            if (c.act.receive()) {
                List<String> givers = parties.giversAfter(s, t);
                if (givers.isEmpty()) {
                    return false;
                }
                c.recipients = c.actors;
                c.actors = givers;
                return true;
            }
            if (c.type != ClaimType.TRANSFER) {
                return true;
            }
            c.recipients = parties.recipientsAfter(s, t, c.actors);
            ActorRef receiver = c.recipients.isEmpty() && c.ante == null ? parties.passiveReceiver(s, t) : null;
            if (receiver != null) {
                // "It was supplied with them by South Korea": the subject of the passive receives
                List<String> givers = c.actors;
                c.recipients = receiver.states().stream().filter(st -> !givers.contains(st)).toList();
                c.recipientsFrom = c.recipients.isEmpty() ? -1 : receiver.namedFrom();
            }
            if (c.recipients.isEmpty() && c.ante != null) {
                c.recipients = parties.recipientsAfter(c.ws, c.wt, c.actors); // "send mines to Ukraine ... no plans to do so"
            }
            if (c.recipients.isEmpty()) {
                Parties.Recipients earlier = parties.recentRecipients(s, t, c.actors);
                c.recipients = earlier.states();
                c.recipientsFrom = earlier.fromToken();
            }
            if (c.recipients.isEmpty() && c.act.nominal()) {
                return false; // "the first known transfer of such weapons": nobody named
            }
            return !(c.subject.fromSpeaker() && !c.recipients.isEmpty() && c.recipients.containsAll(c.actors));
        }

        /** How certain; false when the sentence only presupposes the act or says a staying act did not happen. */
        private boolean modality(Draft c) {
            c.modality = modality.modalityOf(c.s, c.t, c.act, c.subject);
            Modality governed = c.ante == null ? grammar.governed(c.t) : null;
            if (governed != null && c.modality != Modality.ALLEGED && (c.modality != Modality.NEGATED || governed == Modality.NEGATED)) {
                // "refused to join", "considering leaving", "decided to withdraw": the governing word over the cue
                // words around it; a negation or an allegation in the clause stays
                c.modality = governed;
            }
            if (c.modality == Modality.NEGATED && c.ante == null && modality.negatedConsequence(c.s, c.t, c.act)) {
                return false; // "withdrawal would not alter this commitment": a consequence denied, the act only supposed
            }
            if (c.modality != Modality.PLANNED && c.modality != Modality.ALLEGED && modality.withheldDetailOf(c.s, c.t)) {
                // "did not give a timetable for the shipments", "declined to give figures for the deliveries": the
                // cue is about the details, not the act, which the sentence only presupposes
                return false;
            }
            if (c.stockStillHeld) {
                c.modality = Modality.FACT; // "failed to destroy their stockpiles": they hold them
            }
            if (c.act.inverted()) {
                // "will remain in the convention", "remains outside the treaty": the act does not happen
                if (c.modality == Modality.NEGATED) {
                    return false;
                }
                c.modality = Modality.NEGATED;
            }
            if (c.type == ClaimType.ACCESSION && checks.ceasedBefore(c.s, c.t)) {
                // "formally ceased to be a party", "is no longer a party": a withdrawal that took effect
                c.type = ClaimType.WITHDRAWAL;
                c.modality = Modality.FACT;
            }
            return true;
        }

        /** The speaker, and a third party's report of the act as an allegation. */
        private void attribute(Draft c) {
            c.speaker = attribution.speakerAt(c.s, c.t);
            Speaker speaker = c.speaker;
            boolean imputedPlan = c.modality == Modality.PLANNED && !attribution.ownCommitmentBefore(c.s, c.t);
            if ((c.modality == Modality.FACT || imputedPlan) && ALLEGEABLE.contains(c.type)
                    && speaker != null && speaker.actor() != null
                    && !c.actors.contains(speaker.actor())
                    && !c.recipients.contains(speaker.actor()) && !c.subject.fromSpeaker()) {
                // "North Korea has shipped mines to Russia, South Korea's intelligence service said": an allegation
                c.modality = Modality.ALLEGED;
                c.thirdParty = speaker.actor();
            }
            if (c.modality == Modality.FACT && c.thirdParty == null && ACCUSABLE.contains(c.type) && !c.subject.fromSpeaker()) {
                // "Baku said Armenian troops had planted the mines": one state reporting another's act accuses it
                String reporter = attribution.reportingState(c.s, c.t, c.actors, c.recipients);
                if (reporter != null) {
                    c.modality = Modality.ALLEGED;
                    c.thirdParty = reporter;
                }
            }
        }

        /** What every claim of one act word shares: the document, evidence, stage, time, amounts, accuser. */
        private record Shared(String doc, Evidence evidence, org.treatywatch.core.claim.Stage stage, String when,
                Quantity quantity, Amount amount, String allegedBy) {}

        /** One claim per actor (and weapon, and recipient), with its details and evidence. */
        private List<Claim> build(Draft c) {
            Shared sh = shared(c);
            List<Claim> claims = new ArrayList<>(followedOutBy(c, sh));
            for (String actor : c.actors) {
                claims.addAll(actorClaims(c, sh, actor));
            }
            return claims;
        }

        /** The details of the act at the draft's token, and evidence from where its actor or recipient is named. */
        private Shared shared(Draft c) {
            Sentence s = c.s;
            int t = c.t;
            int supportFrom = c.subject.namedFrom();
            for (int from : new int[] {c.ante == null ? -1 : c.ws.firstToken(), c.recipientsFrom}) {
                supportFrom = from < 0 ? supportFrom : supportFrom < 0 ? from : Math.min(supportFrom, from);
            }
            boolean treatyType = c.type.isTreatyType();
            org.treatywatch.core.claim.Stage stage = treatyType && c.modality != Modality.NEGATED
                    && c.modality != Modality.ALLEGED ? details.stageOf(s) : null;
            String allegedBy = c.modality == Modality.ALLEGED ? (c.thirdParty != null ? c.thirdParty : c.subject.allegedBy()) : null;
            return new Shared(in.document().id(), details.evidenceFor(s, t, supportFrom), stage, details.whenOf(s, t),
                    treatyType ? null : details.quantityOf(s, t), treatyType ? null : details.amountOf(s, t), allegedBy);
        }

        /**
         * "following Poland and Finland out of the treaty", "follow Finland in leaving the treaty": those followed
         * have left (FACT), besides the act of whoever follows.
         */
        private List<Claim> followedOutBy(Draft c, Shared sh) {
            Sentence s = c.s;
            int t = c.t;
            boolean followsOut = tokens.get(t).is("out") || c.type == ClaimType.WITHDRAWAL && !c.act.nominal()
                    && t > s.firstToken() && tokens.get(t - 1).is("in") && tokens.get(t).norm().endsWith("ing");
            if (!followsOut) {
                return List.of();
            }
            List<Claim> claims = new ArrayList<>();
            for (String followed : parties.followedOutOf(s, t)) {
                if (!c.actors.contains(followed)) {
                    claims.add(new Claim(sh.doc(), c.type, followed, Modality.FACT, c.treaty, null, null, null,
                            null, null, null, sh.when(), c.speaker, sh.evidence()));
                }
            }
            return claims;
        }

        /** One actor's claims: one for a treaty act, else one per weapon (and per recipient of a transfer). */
        private List<Claim> actorClaims(Draft c, Shared sh, String actor) {
            String by = safeAllegedBy(sh.allegedBy(), actor);
            if (c.type.isTreatyType()) {
                Claim claim = new Claim(sh.doc(), c.type, actor, c.modality, c.treaty, sh.stage(), null, null, by, null,
                        null, sh.when(), c.speaker, sh.evidence());
                boolean staysIn = c.type == ClaimType.WITHDRAWAL && c.act.inverted() && c.ante == null && checks.staysIn(c.s, c.t);
                return !staysIn ? List.of(claim) : List.of(claim, new Claim(sh.doc(), ClaimType.ACCESSION, actor,
                        Modality.FACT, c.treaty, null, null, null, null, null, null, null, c.speaker, sh.evidence()));
            }
            List<Claim> claims = new ArrayList<>();
            for (Weapon w : c.weapons) {
                if (c.type == ClaimType.TRANSFER && !c.recipients.isEmpty()) {
                    for (String r : c.recipients) {
                        if (!r.equals(actor)) {
                            claims.add(new Claim(sh.doc(), c.type, actor, c.modality, null, null, w, r, by, sh.quantity(),
                                    sh.amount(), sh.when(), c.speaker, sh.evidence()));
                        }
                    }
                } else {
                    claims.add(new Claim(sh.doc(), c.type, actor, c.modality, null, null, w, null, by, sh.quantity(),
                            sh.amount(), sh.when(), c.speaker, sh.evidence()));
                }
            }
            return claims;
        }

        private static String safeAllegedBy(String allegedBy, String actor) {
            return allegedBy == null || allegedBy.equals(actor) ? null : allegedBy;
        }
    }
}
