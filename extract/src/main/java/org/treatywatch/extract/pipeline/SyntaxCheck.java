package org.treatywatch.extract.pipeline;

import java.util.List;

/**
 * The invariants of a {@link ParsedSentence}, checked by {@link ValidatingStage}: the sentence
 * exists and has the same span; every word lies inside its token, and the tokens are the
 * sentence's own, in order; the basic tree has exactly one root and every head is a word of the
 * sentence; every enhanced++ edge joins words of the sentence. An unparsed sentence has no words.
 */
final class SyntaxCheck {
    private SyntaxCheck() {}

    static void check(String id, String stageName, AnnotatedText text, ParsedSentence p) {
        String where = id + ": sentence " + p.sentence() + " (stage " + stageName + "): ";
        List<Sentence> sentences = text.get(Layers.SENTENCES);
        if (p.sentence() < 0 || p.sentence() >= sentences.size() || !sentences.get(p.sentence()).span().equals(p.span())) {
            throw new IllegalStateException(where + "the parse's span " + p.span() + " is not that sentence's");
        }
        if (!p.parsed()) {
            if (!p.words().isEmpty() || !p.enhanced().isEmpty()) {
                throw new IllegalStateException(where + p.status() + " but has words");
            }
            return;
        }
        Sentence sentence = sentences.get(p.sentence());
        List<Token> tokens = text.get(Layers.TOKENS);
        List<SyntaxWord> words = p.words();
        int roots = 0;
        int lastToken = sentence.firstToken() - 1;
        for (int w = 0; w < words.size(); w++) {
            SyntaxWord word = words.get(w);
            if (word.token() < sentence.firstToken() || word.token() >= sentence.endToken() || word.token() < lastToken
                    || !tokens.get(word.token()).span().covers(word.span())) {
                throw new IllegalStateException(where + "word " + w + " '" + word.form() + "' at " + word.span()
                        + " is not inside token " + word.token() + " of the sentence, in order");
            }
            lastToken = word.token();
            if (word.head() < -1 || word.head() >= words.size() || word.head() == w) {
                throw new IllegalStateException(where + "word " + w + " has head " + word.head());
            }
            roots += word.head() == -1 ? 1 : 0;
        }
        if (roots != 1) {
            throw new IllegalStateException(where + roots + " roots in the basic tree");
        }
        for (Dependency d : p.enhanced()) {
            if (d.governor() < -1 || d.governor() >= words.size() || d.dependent() < 0 || d.dependent() >= words.size()) {
                throw new IllegalStateException(where + "enhanced edge " + d + " leaves the sentence's words");
            }
        }
    }
}
