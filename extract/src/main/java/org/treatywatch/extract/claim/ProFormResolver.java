package org.treatywatch.extract.claim;

import java.util.List;
import java.util.Set;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Token;

/**
 * The document layer's event anaphora: a pro-form ("do so", "did the same", "follow suit", {@link ProForms})
 * repeats the last act before it for its own subject and with its own modality.
 */
final class ProFormResolver extends DocRules {
    /** The claims of an act word, for a pro-form with the act it repeats ({@code ClaimAssembler}'s own rules). */
    interface ActClaims {
        List<Claim> claimsAt(int si, Sentence s, int t, ActLexicon.Act act, Antecedent ante);
    }

    private final TreatyFinder treaties;
    private final ActClaims acts;

    ProFormResolver(DocLayers d, TreatyFinder treaties, ActClaims acts) {
        super(d);
        this.treaties = treaties;
        this.acts = acts;
    }

    /** Who else may do an act: "help anyone (to) do so", "allow others to do the same". */
    private static final Set<String> ANYONE = ClaimWords.get("anyone");

    /** The act a pro-form repeats: the sentence and token of its act word. */
    record Antecedent(int si, int t) {}

    /** The sentences of an article's lede, where its main act is reported. */
    private static final int LEDE_SENTENCES = 3;

    /**
     * "Latvia intends to manufacture mines ... Riga will keep them in storage. Estonia is weighing the same step.": a
     * noun pro-form ("the same step", "a similar move", "such a decision") stands for the act the article is about,
     * the first verb of an act with its weapon or treaty in the lede (the first {@value #LEDE_SENTENCES} sentences),
     * not for the last act before it; null when the lede reports none (then the last act, as for "do so").
     */
    private List<Claim> mainActClaims(int si, Sentence s, int t) {
        int end = sentences.get(Math.min(sentences.size(), LEDE_SENTENCES) - 1).endToken();
        for (int k = 0; k < Math.min(end, t); k++) {
            ActLexicon.Act act = actAt[k];
            if (act == null || act.nominal() || maskId[k] != 0 || act.inverted()) {
                continue;
            }
            List<Claim> claims = acts.claimsAt(si, s, t, act, new Antecedent(tokens.get(k).sentence(), k));
            if (!claims.isEmpty()) {
                return claims;
            }
        }
        return null;
    }

    /** "those of Estonia and Lithuania": the treaty act noun before it in its sentence, for the states after "of". */
    private List<Claim> thatOfClaims(int si, Sentence s, int t) {
        for (int k = t - 1; k >= s.firstToken(); k--) {
            ActLexicon.Act act = actAt[k];
            if (act != null) {
                return act.nominal() && act.type().isTreatyType()
                        ? acts.claimsAt(si, s, t, act, new Antecedent(tokens.get(k).sentence(), k)) : List.of();
            }
        }
        return List.of();
    }

    /**
     * "there were no plans to do so", "there is no intention to follow suit": a clause with no subject of its own;
     * the token of "there", else -1.
     */
    int existentialBefore(Sentence s, int t) {
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
    List<Claim> proFormClaims(int si, Sentence s, int t) {
        int before = t - 1 > s.firstToken() && tokens.get(t - 1).is("to") ? t - 2 : t - 1;
        if (before >= s.firstToken() && ANYONE.contains(tokens.get(before).norm())) {
            return List.of(); // "nor will we help anyone do so": someone else's act, and no state's
        }
        if (ProForms.isNounAt(tokens, t, s.endToken())) {
            List<Claim> main = mainActClaims(si, s, t);
            if (main != null) {
                return main;
            }
        }
        if (ProForms.isThatOfAt(tokens, t, s.endToken())) {
            return thatOfClaims(si, s, t);
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
            if (act.inverted() && treaties.treatyOf(sentences.get(tokens.get(k).sentence()), k, act) == null) {
                continue; // "the rest remains": "remain" is an act only of staying in a treaty
            }
            return acts.claimsAt(si, s, t, act, new Antecedent(tokens.get(k).sentence(), k));
        }
        return nominal < 0 ? List.of() : acts.claimsAt(si, s, t, actAt[nominal], new Antecedent(tokens.get(nominal).sentence(), nominal));
    }
}
