package org.treatywatch.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layer;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Mention.Form;
import org.treatywatch.extract.pipeline.Mention.Kind;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Span;
import org.treatywatch.extract.pipeline.Stage;
import org.treatywatch.extract.pipeline.Token;

/**
 * Finds states (names, adjectives and demonyms, capitals, possessives), closed groups of states,
 * treaties and weapons in one left-to-right pass over the tokens, with one gazetteer compiled in
 * the constructor from the {@link StateLexicon} and {@link TreatyLexicon}.
 *
 * <p>Case matters where it disambiguates: a state's name must be capitalised ("Chad", not "chad"),
 * and names written in capitals in the lexicon ("US", "UK", "DRC") must match exactly, so "us"
 * is never the United States. A name shared by two states ("Congolese") names neither. Names in a
 * dateline ("VILNIUS (Reuters) -") are skipped: a capital there never makes a claim (CODEBOOK.md).
 * Open groups ("NATO members", "more than 160 countries") are deliberately absent: they yield no
 * per-state claim. Weapons are classified by {@link WeaponSenses}.
 */
public final class MentionFinder implements Stage {
    private final Gazetteer<Entry> gazetteer;

    /** What a gazetteer phrase names. {@code exactCase} is the only surface accepted, if set. */
    record Entry(Kind kind, String code, List<String> states, Form form, String exactCase) {}

    private static final Map<String, List<String>> CLOSED_GROUPS = Map.ofEntries(
            Map.entry("Baltic states", List.of("EST", "LVA", "LTU")),
            Map.entry("Baltic countries", List.of("EST", "LVA", "LTU")),
            Map.entry("Baltic nations", List.of("EST", "LVA", "LTU")),
            Map.entry("Baltic republics", List.of("EST", "LVA", "LTU")),
            Map.entry("Baltics", List.of("EST", "LVA", "LTU")),
            Map.entry("Nordic countries", List.of("DNK", "FIN", "ISL", "NOR", "SWE")),
            Map.entry("Nordic states", List.of("DNK", "FIN", "ISL", "NOR", "SWE")),
            Map.entry("Nordic nations", List.of("DNK", "FIN", "ISL", "NOR", "SWE")),
            Map.entry("Benelux countries", List.of("BEL", "LUX", "NLD")),
            // singular: the whole group only after "no", "every", "each" (ActorResolver); "a Baltic state" names none
            Map.entry("Baltic state", List.of("EST", "LVA", "LTU")),
            Map.entry("Baltic country", List.of("EST", "LVA", "LTU")),
            Map.entry("Baltic nation", List.of("EST", "LVA", "LTU")),
            Map.entry("Nordic country", List.of("DNK", "FIN", "ISL", "NOR", "SWE")),
            Map.entry("Nordic state", List.of("DNK", "FIN", "ISL", "NOR", "SWE")),
            Map.entry("both Koreas", List.of("KOR", "PRK")),
            // "the two Koreas"; "neither Korea" and "either Korea" are the pair too (a lone "Korea" names neither)
            Map.entry("Koreas", List.of("KOR", "PRK")),
            Map.entry("neither Korea", List.of("KOR", "PRK")),
            Map.entry("either Korea", List.of("KOR", "PRK")));

    public MentionFinder(StateLexicon states, TreatyLexicon treaties) {
        Gazetteer.Builder<Entry> b = Gazetteer.builder();
        Map<String, Set<String>> owners = new HashMap<>();
        for (StateLexicon.Entry e : states.entries()) {
            e.names().forEach(n -> owners.computeIfAbsent(key(n, Form.NAME), k -> new HashSet<>()).add(e.alpha3()));
            e.adjectives().forEach(n -> owners.computeIfAbsent(key(n, Form.ADJECTIVE), k -> new HashSet<>()).add(e.alpha3()));
            e.capitals().forEach(n -> owners.computeIfAbsent(key(n, Form.CAPITAL), k -> new HashSet<>()).add(e.alpha3()));
        }
        for (StateLexicon.Entry e : states.entries()) {
            addState(b, owners, e.alpha3(), e.names(), Form.NAME);
            addState(b, owners, e.alpha3(), e.adjectives(), Form.ADJECTIVE);
            addState(b, owners, e.alpha3(), e.capitals(), Form.CAPITAL);
        }
        CLOSED_GROUPS.forEach((phrase, members) -> {
            b.add(phrase, new Entry(Kind.STATE_GROUP, null, members, Form.NAME, null));
        });
        treaties.names().forEach((code, names) -> names.forEach(
                n -> b.add(n, new Entry(Kind.TREATY, code, List.of(), Form.NAME, isAcronym(n) ? n : null))));
        treaties.otherTreaties().forEach(n -> b.add(n, new Entry(Kind.TREATY, null, List.of(), Form.NAME, isAcronym(n) ? n : null)));
        this.gazetteer = b.build();
    }

    private static String key(String name, Form form) {
        return form + "|" + name.toLowerCase(java.util.Locale.ROOT);
    }

    private static void addState(Gazetteer.Builder<Entry> b, Map<String, Set<String>> owners, String alpha3,
            List<String> names, Form form) {
        for (String n : names) {
            if (n.isBlank() || owners.get(key(n, form)).size() > 1) {
                continue; // a name two states share ("Congolese") names neither
            }
            b.add(n, new Entry(Kind.STATE, alpha3, List.of(alpha3), form, isAcronym(n) ? n : null));
        }
    }

    /** "US", "UK", "DRC", "U.S.": all letters upper case, so "us" must not match. */
    private static boolean isAcronym(String name) {
        boolean letter = false;
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter && name.length() <= 6;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.DATELINES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.MENTIONS);
    }

    @Override
    public AnnotatedText apply(AnnotatedText in) {
        return in.with(Layers.MENTIONS, find(in.text(), in.get(Layers.SENTENCES), in.get(Layers.TOKENS), in.get(Layers.DATELINES)));
    }

    List<Mention> find(String text, List<Sentence> sentences, List<Token> tokens, List<Span> datelines) {
        List<Mention> out = new ArrayList<>();
        WeaponSenses senses = WeaponSenses.forDocument(tokens);
        boolean[] datelined = new boolean[tokens.size()];
        int d = 0;
        for (int k = 0; k < tokens.size() && d < datelines.size(); k++) {
            while (d < datelines.size() && datelines.get(d).end() <= tokens.get(k).start()) {
                d++;
            }
            datelined[k] = d < datelines.size() && datelines.get(d).contains(tokens.get(k).start());
        }
        for (Sentence s : sentences) {
            int i = s.firstToken();
            int end = s.endToken();
            while (i < end) {
                Token t = tokens.get(i);
                if (!t.isWord()) {
                    i++;
                    continue;
                }
                if (datelined[i]) {
                    Gazetteer.Match<Entry> m = gazetteer.longest(tokens, i, end);
                    if (m != null && m.values().get(0).kind() == Kind.STATE) {
                        Entry e = m.values().get(0);
                        out.add(new Mention(new Span(tokens.get(m.from()).start(), tokens.get(m.end() - 1).end()), m.from(),
                                m.end(), Kind.STATE, e.code(), e.states(), Form.DATELINE));
                        i = m.end();
                    } else {
                        i++;
                    }
                    continue;
                }
                Gazetteer.Match<Entry> m = gazetteer.longest(tokens, i, end);
                Entry entry = m == null ? null : accept(m, text, tokens);
                if (entry != null) {
                    Span span = new Span(tokens.get(m.from()).start(), tokens.get(m.end() - 1).end());
                    Form form = entry.form();
                    if (entry.kind() == Kind.STATE && m.end() < end && tokens.get(m.end()).is("'s")) {
                        form = Form.POSSESSIVE;
                    }
                    out.add(new Mention(span, m.from(), m.end(), entry.kind(), entry.code(), entry.states(), form));
                    i = m.end();
                    continue;
                }
                if (t.is("treaty") || t.is("convention") || t.is("pact") || t.is("accord")
                        || t.is("ban") && i > s.firstToken() && tokens.get(i - 1).is("the")) {
                    out.add(new Mention(t.span(), i, i + 1, Kind.TREATY_REF, null, List.of(), Form.OTHER));
                    i++;
                    continue;
                }
                senses.classify(text, tokens, i, s.firstToken(), end, out);
                i++;
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    /** The entry whose case rules the matched surface satisfies, if any. */
    private static Entry accept(Gazetteer.Match<Entry> m, String text, List<Token> tokens) {
        Token first = tokens.get(m.from());
        String surface = text.substring(first.start(), tokens.get(m.end() - 1).end());
        // a name beats an adjective spelled the same ("US"): names can be subjects on their own
        List<Entry> ordered = new ArrayList<>(m.values());
        ordered.sort(java.util.Comparator.comparingInt(e -> e.form() == Form.NAME ? 0 : 1));
        for (Entry e : ordered) {
            if (e.exactCase() != null) {
                if (surface.equals(e.exactCase()) || surface.replace(".", "").equals(e.exactCase().replace(".", ""))) {
                    return e;
                }
                continue;
            }
            if (e.kind() == Kind.STATE && !startsUpper(surface)) {
                continue;
            }
            return e;
        }
        return null;
    }

    private static boolean startsUpper(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }
}
