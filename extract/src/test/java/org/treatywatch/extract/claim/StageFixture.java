package org.treatywatch.extract.claim;

import org.treatywatch.extract.TestPipelines;
import org.treatywatch.extract.pipeline.Sentence;

/**
 * One text run through the validating standard pipeline, and the claim stages' view of it: the tests of
 * each stage ask it about one word of a sentence written for the test.
 */
final class StageFixture {
    final DocLayers layers;

    StageFixture(String text) {
        this.layers = new DocLayers(TestPipelines.analyze(text));
    }

    /** The token of the {@code nth} (from 1) occurrence of {@code word} (normalised, lower case). */
    int token(String word, int nth) {
        int seen = 0;
        for (int k = 0; k < layers.tokens.size(); k++) {
            if (layers.tokens.get(k).is(word) && ++seen == nth) {
                return k;
            }
        }
        throw new AssertionError("no " + word + " #" + nth + " in the text");
    }

    int token(String word) {
        return token(word, 1);
    }

    Sentence sentenceOf(int t) {
        return layers.sentences.get(layers.tokens.get(t).sentence());
    }

    int sentenceIndex(int t) {
        return layers.tokens.get(t).sentence();
    }

    /** The act word at {@code t}; fails the test when the lexicon finds none there. */
    ActLexicon.Act act(int t) {
        ActLexicon.Act act = layers.actAt[t];
        if (act == null) {
            throw new AssertionError("no act word at " + layers.tokens.get(t).norm());
        }
        return act;
    }
}
