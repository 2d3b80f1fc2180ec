package org.treatywatch.extract.syntax;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.Properties;

/**
 * CoreNLP's part-of-speech tagger ({@code english-left3words-distsim}) and neural dependency
 * parser ({@code english_UD}), loaded from the classpath ({@code treatywatch-syntax-models}) once
 * per JVM on first use (27 MB of model files; a few seconds). Both are read-only after loading and
 * safe to share between threads (CoreNLP's server shares them the same way); nothing here is
 * serialised: a Spark executor, or any JVM, loads its own copy the first time a sentence needs it.
 */
public final class SyntaxModels {
    static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    static final String PARSER = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /** Identifies the models in the extractor's version. */
    public static final String ID = "corenlp-4.5.10-left3words-nndep-UD";

    private static volatile SyntaxModels shared;
    /** Why loading failed, so that each later document fails at once with the same reason. */
    private static volatile IllegalStateException failure;

    private final MaxentTagger tagger;
    private final DependencyParser parser;

    private SyntaxModels(MaxentTagger tagger, DependencyParser parser) {
        this.tagger = tagger;
        this.parser = parser;
    }

    /**
     * The JVM's models, loaded by the first caller while the others wait. A failure (the models jar
     * missing from the classpath, too small a heap) is remembered and thrown to every caller.
     */
    public static SyntaxModels shared() {
        SyntaxModels m = shared;
        if (m == null) {
            synchronized (SyntaxModels.class) {
                m = shared;
                if (m == null) {
                    if (failure != null) {
                        throw new IllegalStateException(failure.getMessage(), failure);
                    }
                    try {
                        m = load();
                    } catch (IllegalStateException e) {
                        failure = e;
                        throw e;
                    } catch (OutOfMemoryError e) {
                        // the parser precomputes its hidden layer for 20,000 words while loading: about
                        // 300 MB of heap at once; what it had allocated is garbage once this returns
                        failure = new IllegalStateException("not enough memory to load the syntax models: they need"
                                + " about 400 MB of heap (give the JVM more, e.g. TREATYWATCH_JAVA_OPTS=-Xmx1g)", e);
                        throw failure;
                    }
                    shared = m;
                }
            }
        }
        return m;
    }

    private static SyntaxModels load() {
        if (SyntaxModels.class.getClassLoader().getResource(TAGGER) == null
                || SyntaxModels.class.getClassLoader().getResource(PARSER) == null) {
            throw new IllegalStateException("the syntax models (" + TAGGER + ", " + PARSER
                    + ") are not on the classpath: add the treatywatch-syntax-models jar");
        }
        MaxentTagger tagger = new MaxentTagger(TAGGER, new Properties(), false);
        Properties quiet = new Properties();
        quiet.setProperty("printLoading", "false");
        DependencyParser parser = DependencyParser.loadFromModelFile(PARSER, quiet);
        return new SyntaxModels(tagger, parser);
    }

    MaxentTagger tagger() {
        return tagger;
    }

    DependencyParser parser() {
        return parser;
    }
}
