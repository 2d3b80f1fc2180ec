package org.treatywatch.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.treatywatch.extract.pipeline.ActorRef;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Focus;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Measure;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.ParsedSentence;
import org.treatywatch.extract.pipeline.Mention.WeaponSense;
import org.treatywatch.extract.pipeline.Quote;
import org.treatywatch.extract.pipeline.SentenceParses;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.TimeExpression;
import org.treatywatch.extract.pipeline.Token;

/**
 * The layers {@link ClaimAssembler} reads, indexed by token for one document: the actor, treaty and weapon mention
 * at each token, the act word at each token, relative-clause and bracket masks, and times, measures and quotes by
 * sentence. Built once per document; never shared between threads.
 */
final class DocLayers {
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
    /** The syntactic layer's parse of each sentence, null where there is none (no layer, or not gated in). */
    private final IntFunction<ParsedSentence> parses;
    final String defaultTreaty;
    /** The article's main treaty and focal state (the document layer; {@link Focus#NONE} without it). */
    final Focus focus;
    /** Times, measures and quotes by sentence index, so each act looks only at its own sentence. */
    final List<List<TimeExpression>> timesBySentence;
    final List<List<Measure>> measuresBySentence;
    final List<List<Quote>> quotesBySentence;

    DocLayers(AnnotatedText in) {
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
        focus = in.has(Layers.FOCUS) ? in.get(Layers.FOCUS).getFirst() : Focus.NONE;
        String lastTreaty = null;
        int lastTreatySentence = -1;
        boolean seenTreaty = false;
        int ap = 0, cluster = 0;
        for (Mention m : in.get(Layers.MENTIONS)) {
            if (m.kind() == Mention.Kind.TREATY || m.kind() == Mention.Kind.TREATY_REF) {
                int sentence = tokens.get(m.firstToken()).sentence();
                if (m.kind() == Mention.Kind.TREATY) {
                    lastTreaty = m.code();
                    lastTreatySentence = sentence;
                    seenTreaty = true;
                }
                String code = m.kind() == Mention.Kind.TREATY ? m.code() : refersTo(seenTreaty, lastTreaty, sentence - lastTreatySentence);
                for (int k = m.firstToken(); k < m.endToken(); k++) {
                    treatyAt[k] = m;
                    treatyCodeAt[k] = code;
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
                // a word of a treaty's name is no act ("the Convention on the Prohibition of the Use, ... and on their
                // Destruction")
                boolean inTreatyName = treatyAt[k] != null && treatyAt[k].kind() == Mention.Kind.TREATY
                        && treatyAt[k].endToken() - treatyAt[k].firstToken() > 3;
                actAt[k] = inTreatyName ? null : ActLexicon.at(tokens, k, s.endToken());
                reportedSentence[si] |= REPORTING.contains(tokens.get(k).norm()) || tokens.get(k).kind() == Token.Kind.QUOTE;
            }
        }
        timesBySentence = bySentence(times, TimeExpression::firstToken);
        measuresBySentence = bySentence(measures, Measure::firstToken);
        quotesBySentence = quotesBySentence();
        for (int si = 1; si < sentences.size(); si++) {
            reportedSentence[si] |= continuesReport(si);
        }
        parses = parses(in, sentences.size());
    }

    /** The parse of sentence {@code si}, null where there is none; the syntax stage's layer parses it now if not yet. */
    ParsedSentence parseOf(int si) {
        return parses.apply(si);
    }

    private static IntFunction<ParsedSentence> parses(AnnotatedText in, int sentenceCount) {
        if (!in.has(Layers.SYNTAX)) {
            return si -> null;
        }
        List<ParsedSentence> layer = in.get(Layers.SYNTAX);
        if (layer instanceof SentenceParses onDemand) {
            return onDemand::ofSentence;
        }
        ParsedSentence[] bySentence = new ParsedSentence[sentenceCount];
        for (ParsedSentence p : layer) {
            bySentence[p.sentence()] = p;
        }
        return si -> bySentence[si];
    }

    /**
     * The treaty "the treaty" stands for: one named in its own sentence or the one before, else the article's main
     * treaty ({@link Focus}), else the last one named ("?" before any).
     */
    private String refersTo(boolean seenTreaty, String lastTreaty, int sentencesSinceNamed) {
        if (seenTreaty && sentencesSinceNamed <= 1 || focus.mainTreaty() == null) {
            return seenTreaty ? lastTreaty : "?";
        }
        return focus.mainTreaty();
    }

    /** Each quote under every sentence it overlaps. */
    /** Verbs that make a sentence reported speech, where "would" is a reported future ("confirmed it would accede"). */
    private static final Set<String> REPORTING = ClaimWords.get("reporting-words");
    private static final Set<String> CONTINUING_PRONOUNS = ClaimWords.get("continuing-pronouns");

    /**
     * "The representative of Turkey said his country had completed the destruction. It would retain a number of
     * mines.": a sentence after a state's reported speech that opens with a pronoun or that state goes on reporting it.
     */
    private boolean continuesReport(int si) {
        if (!reportedSentence[si - 1]) {
            return false;
        }
        int first = sentences.get(si).firstToken();
        if (CONTINUING_PRONOUNS.contains(tokens.get(first).norm())) {
            return true;
        }
        ActorRef opener = refAt[first];
        if (opener == null || opener.states().size() != 1) {
            return false;
        }
        for (Quote q : quotesBySentence.get(si - 1)) {
            if (q.kind() == Quote.Kind.REPORTED && opener.states().get(0).equals(q.speakerActor())) {
                return true;
            }
        }
        return false;
    }

    private List<List<Quote>> quotesBySentence() {
        List<List<Quote>> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            out.add(new ArrayList<>(1));
        }
        int si = 0;
        for (Quote q : quotes) {
            while (si < sentences.size() && sentences.get(si).end() <= q.start()) {
                si++;
            }
            for (int k = si; k < sentences.size() && sentences.get(k).start() < q.end(); k++) {
                out.get(k).add(q);
            }
        }
        return out;
    }

    <T> List<List<T>> bySentence(List<T> items, java.util.function.ToIntFunction<T> firstToken) {
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
    int[] masks() {
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
}
