package org.treatywatch.extract.syntax;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.international.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.treatywatch.extract.pipeline.Dependency;
import org.treatywatch.extract.pipeline.ParsedSentence;
import org.treatywatch.extract.pipeline.SyntaxWord;
import org.treatywatch.extract.rules.RuleFile;

/**
 * The dependency patterns of the claim rules ({@code rules/grammar-rules.txt}), compiled once, and
 * their matches on a sentence of the {@code SYNTAX} layer. The file has one section per
 * {@link GrammarRule.Kind} and one rule a row, {@code name | Semgrex pattern | example | claims}
 * (claims separated by {@code ;}, {@code none} for none); a duplicate name, an unknown section, a
 * pattern that does not compile or does not bind {@code act} (and {@code actor} where the kind
 * needs it) stop the extractor at start with {@code file:line}. Semgrex is CoreNLP's own pattern
 * language over dependency graphs ({@code {lemma:plan} >xcomp {}=act}); this class builds the
 * graph from the layer's enhanced++ edges, so rules see what the layer stores and nothing else.
 * Compiled patterns are shared by every thread; each match makes its own matcher.
 */
public final class GrammarRules {
    static final String FILE = "grammar-rules.txt";
    private static final String SEPARATOR = " | ";

    private record Compiled(GrammarRule rule, SemgrexPattern pattern) {}

    private static final class Standard {
        static final GrammarRules INSTANCE = parse(RuleFile.load(FILE));
    }

    private final List<Compiled> rules;

    private GrammarRules(List<Compiled> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of the extractor's own file (loaded once). */
    public static GrammarRules standard() {
        return Standard.INSTANCE;
    }

    /** Rules from {@code content} as the file {@code name} (tests give content of their own). */
    public static GrammarRules parse(String name, String content) {
        return parse(RuleFile.parse(name, content));
    }

    private static GrammarRules parse(RuleFile file) {
        Map<String, GrammarRule.Kind> kinds = new HashMap<>();
        for (GrammarRule.Kind k : GrammarRule.Kind.values()) {
            kinds.put(k.section, k);
        }
        Map<String, Integer> names = new HashMap<>();
        List<Compiled> out = new ArrayList<>();
        for (RuleFile.Section s : file.optionalSections(kinds.keySet()).values()) {
            for (RuleFile.Row row : s.rows()) {
                Compiled c = compile(file, kinds.get(s.name()), row);
                Integer first = names.putIfAbsent(c.rule().name(), row.line());
                if (first != null) {
                    throw file.error(row.line(), "duplicate rule '" + c.rule().name() + "' (first at line " + first + ")");
                }
                out.add(c);
            }
        }
        return new GrammarRules(out);
    }

    private static Compiled compile(RuleFile file, GrammarRule.Kind kind, RuleFile.Row row) {
        String[] cols = String.join(" ", row.columns()).split(" \\| ", -1);
        if (cols.length != 4) {
            throw file.error(row.line(), "a rule is 'name" + SEPARATOR + "pattern" + SEPARATOR + "example" + SEPARATOR
                    + "claims', got " + cols.length + " columns");
        }
        String name = cols[0].strip();
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw file.error(row.line(), "rule name '" + name + "' is not lower-case-with-dashes");
        }
        SemgrexPattern pattern;
        try {
            pattern = SemgrexPattern.compile(cols[1].strip());
        } catch (SemgrexParseException | IllegalArgumentException e) {
            throw file.error(row.line(), "pattern of '" + name + "' does not compile: " + firstLine(e.getMessage()));
        }
        if (!binds(cols[1], "act") || kind.bindsActor() != binds(cols[1], "actor")) {
            throw file.error(row.line(), "pattern of '" + name + "' must name the act word {}=act"
                    + (kind.bindsActor() ? " and the actor's word {}=actor" : ", and no {}=actor"));
        }
        String claimsText = cols[3].strip();
        List<String> claims = claimsText.equals("none") ? List.of()
                : Arrays.stream(claimsText.split(";")).map(String::strip).toList();
        if (claims.stream().anyMatch(c -> c.split(" ").length != 3)) {
            throw file.error(row.line(), "claims of '" + name + "' are 'TYPE ACTOR MODALITY; ...' or 'none'");
        }
        return new Compiled(new GrammarRule(name, kind, cols[1].strip(), cols[2].strip(), claims, row.line()), pattern);
    }

    private static boolean binds(String pattern, String name) {
        return java.util.regex.Pattern.compile("=" + name + "(?![A-Za-z0-9_])").matcher(pattern).find();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** These rules without the one named {@code name} (the per-rule ablation); fails for an unknown name. */
    public GrammarRules without(String name) {
        List<Compiled> kept = rules.stream().filter(c -> !c.rule().name().equals(name)).toList();
        if (kept.size() == rules.size()) {
            throw new IllegalArgumentException("no grammar rule named '" + name + "'");
        }
        return new GrammarRules(kept);
    }

    public List<GrammarRule> rules() {
        return rules.stream().map(Compiled::rule).toList();
    }

    /** Every match of every rule on {@code sentence}; none when it was not parsed. */
    public List<GrammarMatch> matches(ParsedSentence sentence) {
        if (!sentence.parsed() || sentence.words().isEmpty()) {
            return List.of();
        }
        SemanticGraph graph = graph(sentence);
        List<GrammarMatch> out = new ArrayList<>();
        for (Compiled c : rules) {
            SemgrexMatcher m = c.pattern().matcher(graph);
            Set<String> seen = new LinkedHashSet<>();
            while (m.find()) {
                IndexedWord act = m.getNode("act");
                IndexedWord actor = c.rule().kind().bindsActor() ? m.getNode("actor") : null;
                if (act == null || c.rule().kind().bindsActor() && actor == null) {
                    continue;
                }
                int actToken = sentence.words().get(act.index() - 1).token();
                int actorToken = actor == null ? -1 : sentence.words().get(actor.index() - 1).token();
                if (seen.add(actToken + ":" + actorToken)) {
                    out.add(new GrammarMatch(c.rule(), actToken, actorToken));
                }
            }
        }
        return out;
    }

    /** The sentence's enhanced++ graph as CoreNLP's {@link SemanticGraph}: word, lemma and tag on every node. */
    static SemanticGraph graph(ParsedSentence sentence) {
        SemanticGraph g = new SemanticGraph();
        Map<String, IndexedWord> nodes = new HashMap<>();
        List<SyntaxWord> words = sentence.words();
        for (Dependency d : sentence.enhanced()) {
            IndexedWord dep = node(nodes, g, words, d.dependent(), d.dependentCopy());
            if (d.isRoot()) {
                g.addRoot(dep);
            } else {
                IndexedWord gov = node(nodes, g, words, d.governor(), d.governorCopy());
                g.addEdge(gov, dep, GrammaticalRelation.valueOf(Language.UniversalEnglish, d.relation()), 1.0, false);
            }
        }
        return g;
    }

    private static IndexedWord node(Map<String, IndexedWord> nodes, SemanticGraph g, List<SyntaxWord> words, int w, int copy) {
        return nodes.computeIfAbsent(w + "." + copy, k -> {
            SyntaxWord word = words.get(w);
            CoreLabel label = new CoreLabel();
            label.setWord(word.form());
            label.setValue(word.form());
            label.setOriginalText(word.form());
            label.setTag(word.pos());
            label.setLemma(word.lemma());
            label.setIndex(w + 1);
            label.setSentIndex(0);
            IndexedWord node = new IndexedWord(label);
            if (copy > 0) {
                node.setCopyCount(copy);
            }
            g.addVertex(node);
            return node;
        });
    }

    @Override
    public String toString() {
        return rules.stream().map(c -> c.rule().name()).collect(Collectors.joining(", ", "GrammarRules[", "]"));
    }
}
