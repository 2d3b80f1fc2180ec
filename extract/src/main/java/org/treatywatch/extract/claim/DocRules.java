package org.treatywatch.extract.claim;

import java.util.List;
import java.util.Set;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Measure;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Quote;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.TimeExpression;
import org.treatywatch.extract.pipeline.Token;

/**
 * The base of the claim stages: the {@link DocLayers} of one document under short names, the word lists more
 * than one stage reads, and the clause boundaries they share (hard barriers, modality barriers, passives).
 */
abstract class DocRules {
    static final Set<String> FORMER = Set.of("SUN", "YUG", "CSK", "DDR", "SCG");
    static final Set<String> OBJECT_PREPOSITIONS = ClaimWords.get("object-prepositions");
    static final Set<String> DETERMINERS = ClaimWords.get("determiners");
    static final Set<String> AGENT_NOUNS = ClaimWords.get("agent-nouns");
    static final Set<String> BE = ClaimWords.get("be");
    static final Set<String> AUXILIARIES = ClaimWords.get("auxiliaries");
    static final Set<String> ADVERBS = ClaimWords.get("adverbs");
    static final Set<String> RULE_VERBS = ClaimWords.get("rule-verbs");
    static final Set<String> OWN_BAN_VERBS = ClaimWords.get("own-ban-verbs");
    static final Set<String> CLAUSE_OPENERS = ClaimWords.get("clause-openers");
    static final Set<String> QUANTIFIER_SUBJECTS = ClaimWords.get("quantifier-subjects");
    /** Nouns that stand before a name in apposition: "its neighbours Latvia and Estonia", "ally Poland". */
    static final Set<String> APPOSITIVE_HEADS = ClaimWords.get("appositive-heads");

    final DocLayers d;
    final AnnotatedText in;
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final ActorRef[] refAt;
    final Mention[] treatyAt;
    final Mention[] weaponAt;
    final int[] maskId;
    final String[] treatyCodeAt;
    final String defaultTreaty;
    final boolean[] reportedSentence;
    final ActLexicon.Act[] actAt;
    final List<List<TimeExpression>> timesBySentence;
    final List<List<Measure>> measuresBySentence;
    final List<List<Quote>> quotesBySentence;

    /** The states of {@code first}, then those of {@code more} it lacks, in order: "Russia" and "Myanmar" are both actors. */
    static List<String> union(List<String> first, List<String> more) {
        List<String> out = new java.util.ArrayList<>(first);
        more.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return out;
    }

    DocRules(DocLayers d) {
        this.d = d;
        this.in = d.in;
        this.text = d.text;
        this.tokens = d.tokens;
        this.sentences = d.sentences;
        this.refAt = d.refAt;
        this.treatyAt = d.treatyAt;
        this.weaponAt = d.weaponAt;
        this.maskId = d.maskId;
        this.treatyCodeAt = d.treatyCodeAt;
        this.defaultTreaty = d.defaultTreaty;
        this.reportedSentence = d.reportedSentence;
        this.actAt = d.actAt;
        this.timesBySentence = d.timesBySentence;
        this.measuresBySentence = d.measuresBySentence;
        this.quotesBySentence = d.quotesBySentence;
    }

    /** "were laid", "is established"; not the progressive "are buying". */
    boolean isPassive(int t) {
        return t > 0 && BE.contains(tokens.get(t - 1).norm()) && !tokens.get(t).norm().endsWith("ing");
    }

    boolean isHardBarrier(Token tok, int k, Sentence s) {
        if (tok.is(";") || tok.is(".") || tok.is("|") || tok.is("because") || tok.is("which") || tok.is("while")
                || tok.is("whereas") || tok.is("although") || tok.kind() == Token.Kind.QUOTE) {
            return true;
        }
        return tok.is("but") && !(k + 1 < s.endToken() && tokens.get(k + 1).is("also"));
    }

    int clauseStart(Sentence s, int t) {
        for (int k = t - 1; k >= s.firstToken(); k--) {
            if (isModalityBarrier(k, s)) {
                return k + 1;
            }
        }
        return s.firstToken();
    }

    boolean isModalityBarrier(int k, Sentence s) {
        Token tok = tokens.get(k);
        if (tok.is(";") || tok.is(":") || tok.is("|") || tok.is("while") || tok.is("whereas") || tok.is("although")
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

    Quote quoteAt(Sentence s, int t) {
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
}
