package org.treatywatch.extract.syntax;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatywatch.extract.pipeline.Dependency;
import org.treatywatch.extract.pipeline.ParsedSentence;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Span;
import org.treatywatch.extract.pipeline.SyntaxWord;
import org.treatywatch.extract.pipeline.Token;
import org.treatywatch.extract.text.Tokenizer;

/**
 * Tags, lemmatises and parses one sentence given as the project's tokens: CoreNLP's tokenizer and
 * sentence splitter never run, so the parse has exactly the project's segmentation and every word
 * maps back to its UTF-16 span. The words are the tokens, except that a contraction is cut where
 * CoreNLP's English models expect it ("didn't" is "did" + "n't", "they'll" is "they" + "'ll"), and
 * typographic apostrophes and quotes are folded to ASCII as in the treebanks the models learnt from.
 */
final class SentenceParser {
    private static final String[] CLITICS = {"n't", "'ll", "'re", "'ve", "'d", "'m"};

    private final SyntaxModels models;
    private final int maxWords;

    SentenceParser(SyntaxModels models, int maxWords) {
        this.models = models;
        this.maxWords = maxWords;
    }

    ParsedSentence parse(String text, List<Token> tokens, int sentenceIndex, Sentence sentence) {
        List<SyntaxWord> words = words(text, tokens, sentence);
        if (words.size() > maxWords) {
            return new ParsedSentence(sentence.span(), sentenceIndex, ParsedSentence.Status.TOO_LONG, List.of(), List.of());
        }
        List<CoreLabel> labels = new ArrayList<>(words.size());
        for (int w = 0; w < words.size(); w++) {
            CoreLabel label = new CoreLabel();
            label.setWord(words.get(w).form());
            label.setValue(words.get(w).form());
            label.setIndex(w + 1);
            labels.add(label);
        }
        List<TaggedWord> tagged = models.tagger().tagSentence(labels);
        Morphology morphology = new Morphology(); // holds lexer state: one per sentence, never shared
        for (int w = 0; w < labels.size(); w++) {
            String tag = tagged.get(w).tag();
            labels.get(w).setTag(tag);
            labels.get(w).setLemma(morphology.lemma(labels.get(w).word(), tag));
        }
        GrammaticalStructure gs = models.parser().predict(labels);
        int[] head = new int[words.size()];
        String[] relation = new String[words.size()];
        for (TypedDependency d : gs.typedDependencies()) {
            int dep = d.dep().index() - 1;
            head[dep] = d.gov().index() - 1;
            relation[dep] = d.reln().toString();
        }
        List<SyntaxWord> out = new ArrayList<>(words.size());
        for (int w = 0; w < words.size(); w++) {
            SyntaxWord word = words.get(w);
            CoreLabel label = labels.get(w);
            out.add(new SyntaxWord(word.span(), word.token(), word.form(), label.tag(), label.lemma(), head[w],
                    relation[w] == null ? "dep" : relation[w]));
        }
        List<Dependency> enhanced = new ArrayList<>();
        for (TypedDependency d : gs.typedDependenciesEnhancedPlusPlus()) {
            IndexedWord gov = d.gov();
            IndexedWord dep = d.dep();
            enhanced.add(new Dependency(gov.index() - 1, gov.copyCount(), d.reln().toString(), dep.index() - 1,
                    dep.copyCount()));
        }
        return new ParsedSentence(sentence.span(), sentenceIndex, ParsedSentence.Status.PARSED, out, enhanced);
    }

    /** The sentence's words before tagging: pos, lemma, head and relation are blank. */
    static List<SyntaxWord> words(String text, List<Token> tokens, Sentence sentence) {
        List<SyntaxWord> words = new ArrayList<>(sentence.endToken() - sentence.firstToken() + 2);
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Token token = tokens.get(t);
            String form = Tokenizer.foldQuotes(token.span().of(text));
            int cut = clitic(form);
            if (cut > 0) {
                Span s = token.span();
                words.add(new SyntaxWord(new Span(s.start(), s.start() + cut), t, form.substring(0, cut), "", "", -1, ""));
                words.add(new SyntaxWord(new Span(s.start() + cut, s.end()), t, form.substring(cut), "", "", -1, ""));
            } else {
                words.add(new SyntaxWord(token.span(), t, form, "", "", -1, ""));
            }
        }
        return words;
    }

    /** Where a clitic starts in {@code form}, or 0: "didn't" gives 3, "can't" 2 ("ca" + "n't"), "they'll" 4. */
    private static int clitic(String form) {
        String lower = form.toLowerCase(Locale.ROOT);
        for (String c : CLITICS) {
            if (lower.length() > c.length() && lower.endsWith(c)) {
                return form.length() - c.length();
            }
        }
        return 0;
    }
}
