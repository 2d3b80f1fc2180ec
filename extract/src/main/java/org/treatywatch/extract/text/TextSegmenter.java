package org.treatywatch.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layer;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Span;
import org.treatywatch.extract.pipeline.Stage;
import org.treatywatch.extract.pipeline.Token;

/**
 * The first stage: sentences ({@link SentenceSplitter}), tokens ({@link Tokenizer}) and datelines
 * ({@link DatelineFinder}), all from the raw text. Each sentence records the range of its tokens.
 */
public final class TextSegmenter implements Stage {

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.DATELINES);
    }

    @Override
    public AnnotatedText apply(AnnotatedText in) {
        String text = in.text();
        List<Span> spans = SentenceSplitter.split(text);
        List<Sentence> sentences = new ArrayList<>(spans.size());
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            int first = tokens.size();
            Tokenizer.tokenize(text, span.start(), span.end(), s, tokens);
            sentences.add(new Sentence(span, first, tokens.size()));
        }
        return in.with(Layers.SENTENCES, sentences)
                .with(Layers.TOKENS, tokens)
                .with(Layers.DATELINES, DatelineFinder.find(text));
    }
}
