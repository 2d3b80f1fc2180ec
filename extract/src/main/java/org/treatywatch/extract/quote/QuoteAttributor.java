package org.treatywatch.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layer;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.Mention;
import org.treatywatch.extract.pipeline.Quote;
import org.treatywatch.extract.pipeline.Sentence;
import org.treatywatch.extract.pipeline.Span;
import org.treatywatch.extract.pipeline.Stage;
import org.treatywatch.extract.pipeline.Token;

/**
 * Finds quotations and reported speech and who said them (CODEBOOK.md: reported speech counts, the
 * claim is the speaker's; "he said" is the last named speaker).
 *
 * <p>Quotations are paired double quote marks (straight or curly) within a paragraph. Their speaker
 * is named right after the closing mark ({@code ," Lithuanian Deputy Defence Minister Karolis
 * Aleksa told Reuters}, {@code ", said Aleksa}), else right before the opening one ({@code He
 * said: "...}), else it is the speaker of the quotation just before (news continues a quote in the
 * next paragraph without naming the speaker again). Sentences outside quotations are reported
 * speech when a speech verb names a speaker ({@code ..., he said.}, {@code ..., said Vincas
 * Jurgutis, head of Lithuania's defence industry association.}, {@code Officials said ...}).
 *
 * <p>A speaker phrase splits into the speaker's state (the first state it names: "Lithuanian",
 * "Lithuania's"), role (the words between the state and the name, or the apposition after the
 * name) and name (the last run of capitalised words that are neither roles nor states). A surname
 * alone ("said Aleksa") is completed from earlier speakers; "he"/"she" is the last named speaker.
 */
public final class QuoteAttributor implements Stage {
    static final Set<String> SPEECH_VERBS = QuoteWords.get("speech-verbs");
    static final Set<String> ROLE_WORDS = QuoteWords.get("role-words");
    /** Auxiliaries and adverbs between a speaker and the speech verb: "have said", "also said", "had repeatedly said". */
    private static final Set<String> VERB_GROUP = QuoteWords.get("verb-group");
    private static final Set<String> NOT_NAMES = QuoteWords.get("not-names");

    /** Who spoke: any part may be null. */
    record Speaker(String name, String role, String actor) {
        Speaker {
            if (role != null) {
                // a dateline's dash left before the role ("MOSCOW - Russian state television claimed")
                int k = 0;
                while (k < role.length() && !Character.isLetterOrDigit(role.charAt(k))) {
                    k++;
                }
                role = k == role.length() ? null : role.substring(k);
            }
        }

        boolean isEmpty() {
            return name == null && role == null;
        }
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.QUOTES);
    }

    @Override
    public AnnotatedText apply(AnnotatedText in) {
        return in.with(Layers.QUOTES, attribute(in.text(), in.get(Layers.SENTENCES), in.get(Layers.TOKENS), in.get(Layers.MENTIONS)));
    }

    List<Quote> attribute(String text, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions) {
        return new Run(text, sentences, tokens, mentions).quotes();
    }

    /** The token index of each mention, for the tokens a mention covers. */
    private static Mention[] mentionIndex(List<Token> tokens, List<Mention> mentions) {
        Mention[] mentionAt = new Mention[tokens.size()];
        for (Mention m : mentions) {
            for (int k = m.firstToken(); k < m.endToken() && k < mentionAt.length; k++) {
                mentionAt[k] = m;
            }
        }
        return mentionAt;
    }

    /** The state of the document's dateline ("HELSINKI -": a minister quoted here speaks for Finland), or null. */
    private static String datelineState(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.form() == Mention.Form.DATELINE) {
                return m.code();
            }
        }
        return null;
    }

    /** One document's quotes, sentence by sentence; never shared between threads. */
    private final class Run {
        final String text;
        final List<Sentence> sentences;
        final List<Token> tokens;
        final Mention[] mentionAt;
        final SpeakerMemory memory = new SpeakerMemory();
        final List<int[]> pairs;
        final List<Quote> out = new ArrayList<>();
        int pairIndex;
        /** The speaker of the last quotation that had one, and its sentence: a next quote may continue it. */
        Speaker previousQuoteSpeaker;
        int previousQuoteSentence = -10;

        Run(String text, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions) {
            this.text = text;
            this.sentences = sentences;
            this.tokens = tokens;
            this.mentionAt = mentionIndex(tokens, mentions);
            this.memory.datelineState = datelineState(mentions);
            this.pairs = SpeakerPhrases.pairQuotes(text, tokens);
        }

        List<Quote> quotes() {
            String previousGovernment = null;
            for (int s = 0; s < sentences.size(); s++) {
                Sentence sentence = sentences.get(s);
                String hereGovernment = governmentState(tokens, mentionAt, sentence);
                memory.recentGovernmentState = hereGovernment != null ? hereGovernment : previousGovernment;
                previousGovernment = hereGovernment;
                boolean hadQuote = quotationsOpenedBy(s);
                rememberNamedPerson(text, tokens, mentionAt, sentence, memory);
                if (!hadQuote && !insideQuote(out, sentence.span())) {
                    Speaker sp = reported(text, tokens, mentionAt, sentence, memory);
                    if (sp != null) {
                        out.add(new Quote(sentence.span(), sentence.span(), Quote.Kind.REPORTED, sp.name(), sp.role(), sp.actor()));
                    }
                }
            }
            out.sort(java.util.Comparator.comparingInt(Quote::start));
            return out;
        }

        /** Adds the quotations that open in or before sentence {@code s}; true when there was one. */
        private boolean quotationsOpenedBy(int s) {
            boolean hadQuote = false;
            while (pairIndex < pairs.size() && tokens.get(pairs.get(pairIndex)[0]).sentence() <= s) {
                int[] p = pairs.get(pairIndex++);
                hadQuote |= quotation(s, p[0], p[1]);
            }
            return hadQuote;
        }

        /**
         * The quotation between the marks at {@code open} and {@code close}, met at sentence {@code s}, with its speaker: named after the closing
         * mark, else before the opening one, else the speaker of a quotation just before. False for a scare quote.
         */
        private boolean quotation(int s, int open, int close) {
            Sentence closeSentence = sentences.get(tokens.get(close).sentence());
            Speaker sp = after(text, tokens, mentionAt, close + 1, closeSentence.endToken(), memory);
            Span attribution = closeSentence.span();
            if (sp == null) {
                Sentence openSentence = sentences.get(tokens.get(open).sentence());
                sp = before(text, tokens, mentionAt, openSentence.firstToken(), open, memory);
                attribution = openSentence.span();
            }
            if (sp == null && previousQuoteSpeaker != null && s - previousQuoteSentence <= 3) {
                sp = previousQuoteSpeaker;
                attribution = null;
            }
            Span span = new Span(tokens.get(open).start(), tokens.get(close).end());
            if (close - open <= 5 && (sp == null || attribution == null)) {
                return false; // a scare quote ("within months"), not speech
            }
            out.add(new Quote(span, attribution == null ? span : attribution, Quote.Kind.QUOTED,
                    sp == null ? null : sp.name(), sp == null ? null : sp.role(), sp == null ? null : sp.actor()));
            if (sp != null && !sp.isEmpty()) {
                previousQuoteSpeaker = sp;
                previousQuoteSentence = tokens.get(close).sentence();
            }
            return true;
        }
    }

    /**
     * "Andris Sprūds, the Latvian minister, took a different line": a person named as a sentence's
     * subject with an apposition becomes the one a later "he said" refers to.
     */
    private void rememberNamedPerson(String text, List<Token> tokens, Mention[] mentionAt, Sentence s, SpeakerMemory memory) {
        int k = s.firstToken();
        while (k < s.endToken() && isNameWord(text, tokens.get(k), mentionAt[k])) {
            k++;
        }
        if (k - s.firstToken() < 2 || k - s.firstToken() > 4 || k >= s.endToken() || !tokens.get(k).is(",")) {
            return;
        }
        int a = k + 1;
        int aEnd = a;
        while (aEnd < s.endToken() && !tokens.get(aEnd).is(",") && aEnd - a < 10) {
            aEnd++;
        }
        boolean role = false;
        for (int j = a; j < aEnd; j++) {
            role |= ROLE_WORDS.contains(tokens.get(j).norm());
        }
        if (!role || aEnd >= s.endToken()) {
            return;
        }
        String name = text.substring(tokens.get(s.firstToken()).start(), tokens.get(k - 1).end());
        int roleFrom = a;
        while (roleFrom < aEnd && (tokens.get(roleFrom).is("the") || tokens.get(roleFrom).is("a")
                || mentionAt[roleFrom] != null && mentionAt[roleFrom].kind() == Mention.Kind.STATE)) {
            roleFrom++;
        }
        String roleText = roleFrom < aEnd ? text.substring(tokens.get(roleFrom).start(), tokens.get(aEnd - 1).end()) : null;
        memory.remember(new Speaker(name, roleText, stateIn(mentionAt, a, aEnd)));
    }

    private static boolean insideQuote(List<Quote> quotes, Span sentence) {
        for (int k = quotes.size() - 1; k >= 0 && k >= quotes.size() - 3; k--) {
            if (quotes.get(k).span().covers(sentence)) {
                return true;
            }
        }
        return false;
    }

    /** {@code ," X said}, {@code ", said X, head of ...}, {@code ," he said}. */
    private Speaker after(String text, List<Token> tokens, Mention[] mentionAt, int from, int end, SpeakerMemory memory) {
        int k = from;
        while (k < end && (tokens.get(k).is(",") || tokens.get(k).is("-"))) {
            k++;
        }
        if (k >= end) {
            return null;
        }
        if (isSpeechVerb(tokens.get(k))) {
            return memory.remember(parseAfterVerb(text, tokens, mentionAt, k + 1, end, memory));
        }
        int limit = Math.min(end, k + 9);
        for (int v = k; v < limit; v++) {
            Token t = tokens.get(v);
            if (t.kind() == Token.Kind.QUOTE || t.is(".") || t.is(";") || t.is(",") && v > k) {
                return null;
            }
            if (isSpeechVerb(t) && v > k) {
                return memory.remember(parsePhrase(text, tokens, mentionAt, k, v, memory));
            }
        }
        return null;
    }

    /** {@code He said: "...}, {@code Lithuania's minister told reporters: "...}. */
    private Speaker before(String text, List<Token> tokens, Mention[] mentionAt, int sentenceStart, int open, SpeakerMemory memory) {
        int v = open - 1;
        while (v >= sentenceStart && (tokens.get(v).is(":") || tokens.get(v).is(",") || tokens.get(v).is("that"))) {
            v--;
        }
        for (int back = 0; back < 3 && v >= sentenceStart; back++, v--) {
            if (isSpeechVerb(tokens.get(v))) {
                int start = v - 1;
                while (start >= sentenceStart && !tokens.get(start).is(",") && tokens.get(start).kind() != Token.Kind.QUOTE
                        && v - start < 14) {
                    start--;
                }
                if (start + 1 < v) {
                    return memory.remember(parsePhrase(text, tokens, mentionAt, start + 1, v, memory));
                }
                return null;
            }
        }
        return null;
    }

    /** Reported speech: {@code ..., he said.} / {@code ..., said X, role.} / {@code X said (that) ...}. */
    private Speaker reported(String text, List<Token> tokens, Mention[] mentionAt, Sentence s, SpeakerMemory memory) {
        int first = s.firstToken();
        int end = s.endToken();
        for (int v = first; v < end; v++) {
            Token t = tokens.get(v);
            if (t.is("according") && v + 1 < end && tokens.get(v + 1).is("to")) {
                int stop = v + 2;
                while (stop < end && !tokens.get(stop).is(",") && !tokens.get(stop).is(".") && stop - v < 14) {
                    stop++;
                }
                return memory.remember(parsePhrase(text, tokens, mentionAt, v + 2, stop, memory));
            }
            if (!isSpeechVerb(t)) {
                continue;
            }
            boolean afterComma = v > first && (tokens.get(v - 1).is(",") || tokens.get(v - 1).is("\""));
            if (afterComma) {
                Speaker sp = parseAfterVerb(text, tokens, mentionAt, v + 1, end, memory);
                return memory.remember(sp != null ? sp : beforeParticiple(text, tokens, mentionAt, first, v, memory));
            }
            // subject before the verb: from the last comma (or the sentence start) to the verb
            int start = v - 1;
            while (start >= first && !tokens.get(start).is(",") && v - start <= 12) {
                start--;
            }
            int phraseEnd = v;
            while (phraseEnd - 1 > start + 1 && VERB_GROUP.contains(tokens.get(phraseEnd - 1).norm())) {
                phraseEnd--; // "Russian officials have said", "the ministry also said": the speaker ends before the verb group
            }
            if (start + 1 < v && v - start <= 12) {
                Speaker sp = parsePhrase(text, tokens, mentionAt, start + 1, phraseEnd, memory);
                if (sp == null) {
                    sp = beforeParticiple(text, tokens, mentionAt, first, v, memory);
                }
                if (sp != null) {
                    return memory.remember(sp);
                }
            }
        }
        return null;
    }

    /**
     * "The representative of Ukraine, responding, said", "The representative of Norway, speaking also on behalf of
     * Denmark, Iceland and Sweden, said": the speaker phrase before a participle's apposition that ends at the speech
     * verb {@code v} ({@link SpeakerPhrases#beforeParticiple}); null when none.
     */
    private Speaker beforeParticiple(String text, List<Token> tokens, Mention[] mentionAt, int first, int v, SpeakerMemory memory) {
        int[] phrase = SpeakerPhrases.beforeParticiple(text, tokens, first, v);
        return phrase == null ? null : parsePhrase(text, tokens, mentionAt, phrase[0], phrase[1], memory);
    }

    private Speaker parseAfterVerb(String text, List<Token> tokens, Mention[] mentionAt, int from, int end, SpeakerMemory memory) {
        if (from < end && tokens.get(from).is("that")) {
            return null; // ", responding, said that Russian forces ...": what was said, not who said it
        }
        int stop = from;
        while (stop < end && !tokens.get(stop).is(",") && !tokens.get(stop).is(".") && !tokens.get(stop).is(";")
                && stop - from < 10) {
            stop++;
        }
        Speaker head = parsePhrase(text, tokens, mentionAt, from, stop, memory);
        if (head == null || stop >= end || !tokens.get(stop).is(",")) {
            return head;
        }
        // apposition: ", head of Lithuania's defence industry association"
        int a = stop + 1;
        int aEnd = a;
        while (aEnd < end && !tokens.get(aEnd).is(",") && !tokens.get(aEnd).is(".") && aEnd - a < 12) {
            aEnd++;
        }
        if (a < aEnd && (ROLE_WORDS.contains(tokens.get(a).norm())
                || (a + 1 < aEnd && (tokens.get(a).is("a") || tokens.get(a).is("the")) && ROLE_WORDS.contains(tokens.get(a + 1).norm())))) {
            String role = text.substring(tokens.get(a).start(), tokens.get(aEnd - 1).end());
            String actor = head.actor() != null ? head.actor() : stateIn(mentionAt, a, aEnd);
            return new Speaker(head.name(), head.role() != null ? head.role() : role, actor);
        }
        return head;
    }

    /** Splits a speaker phrase into state, role and name. Null when it names nobody. */
    Speaker parsePhrase(String text, List<Token> tokens, Mention[] mentionAt, int from, int to, SpeakerMemory memory) {
        if (from >= to) {
            return null;
        }
        if (to - from == 1 && (tokens.get(from).is("he") || tokens.get(from).is("she"))) {
            return memory.last;
        }
        // the name: the last run of capitalised words that are neither roles nor states
        int nameEnd = to;
        while (nameEnd > from && !tokens.get(nameEnd - 1).isWord()) {
            nameEnd--;
        }
        int nameStart = nameEnd;
        while (nameStart > from && isNameWord(text, tokens.get(nameStart - 1), mentionAt[nameStart - 1])) {
            nameStart--;
        }
        String name = nameStart < nameEnd && nameEnd - nameStart <= 4
                ? text.substring(tokens.get(nameStart).start(), tokens.get(nameEnd - 1).end()) : null;
        if (name == null) {
            // a leading name: "Vincas Jurgutis" when the role came first in an apposition
            int k = from;
            while (k < to && isNameWord(text, tokens.get(k), mentionAt[k])) {
                k++;
            }
            if (k > from && k - from <= 4 && k == to) {
                name = text.substring(tokens.get(from).start(), tokens.get(k - 1).end());
                nameStart = from;
                nameEnd = k;
            }
        }
        String actor = stateIn(mentionAt, from, to);
        int roleFrom = from;
        for (int k = from; k < nameStart; k++) {
            if (mentionAt[k] != null && mentionAt[k].kind() == Mention.Kind.STATE) {
                roleFrom = mentionAt[k].endToken();
                if (roleFrom < to && tokens.get(roleFrom).is("'s")) {
                    roleFrom++;
                }
                break;
            }
        }
        while (roleFrom < nameStart && Set.of("the", "a", "an", "and", "but", "while", "other").contains(tokens.get(roleFrom).norm())) {
            roleFrom++;
        }
        String role = null;
        if (roleFrom < nameStart) {
            boolean hasRoleWord = false;
            for (int k = roleFrom; k < nameStart; k++) {
                hasRoleWord |= ROLE_WORDS.contains(tokens.get(k).norm());
            }
            if (hasRoleWord && nameStart - roleFrom <= 8) {
                role = text.substring(tokens.get(roleFrom).start(), tokens.get(nameStart - 1).end());
            }
        }
        if (name == null && role == null) {
            role = SpeakerPhrases.roleBeforeState(text, tokens, mentionAt, from, to);
        }
        if (name == null && role == null) {
            return null;
        }
        if (name != null) {
            Speaker known = memory.byName(name);
            if (known != null) {
                return new Speaker(known.name(), role != null ? role : known.role(), actor != null ? actor : known.actor());
            }
        }
        return new Speaker(name, role, actor);
    }

    private static boolean isNameWord(String text, Token t, Mention m) {
        if (!t.isWord() || m != null || ROLE_WORDS.contains(t.norm()) || NOT_NAMES.contains(t.norm())) {
            return false;
        }
        char c = text.charAt(t.start());
        if (!Character.isUpperCase(c)) {
            return false;
        }
        // acronyms (NATO, EU) are organisations, not people
        for (int k = t.start() + 1; k < t.end(); k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return t.end() - t.start() == 1;
    }

    private static String stateIn(Mention[] mentionAt, int from, int to) {
        String found = null;
        for (int k = from; k < to; k++) {
            Mention m = mentionAt[k];
            if (m != null && m.kind() == Mention.Kind.STATE) {
                if (found != null && !found.equals(m.code())) {
                    return null; // two states: the phrase is not one state's
                }
                found = m.code();
            }
        }
        return found;
    }

    private static final Set<String> RESPONSE_VERBS = QuoteWords.get("response-verbs");
    private static final Set<String> GOVERNMENT_NOUNS = QuoteWords.get("government-nouns");

    /** The state named as the owner of a government body in the sentence ("Ukraine's defence ministry"), else null. */
    private static String governmentState(List<Token> tokens, Mention[] mentionAt, Sentence sentence) {
        String found = null;
        for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
            Mention m = mentionAt[k];
            if (m == null || m.kind() != Mention.Kind.STATE || k != m.firstToken()) {
                continue;
            }
            if (k == sentence.firstToken() && m.endToken() < sentence.endToken()
                    && RESPONSE_VERBS.contains(tokens.get(m.endToken()).norm())) {
                found = m.code(); // "Kyiv rejected the accusation." then a spokesperson's quote
                continue;
            }
            if (m.form() != Mention.Form.POSSESSIVE && m.form() != Mention.Form.ADJECTIVE) {
                continue;
            }
            for (int j = m.endToken(); j < Math.min(sentence.endToken(), m.endToken() + 4); j++) {
                if (GOVERNMENT_NOUNS.contains(tokens.get(j).norm())) {
                    found = m.code();
                    break;
                }
                if (!tokens.get(j).isWord() && !tokens.get(j).is("'s")) {
                    break;
                }
            }
        }
        return found;
    }

    private static boolean isSpeechVerb(Token t) {
        return SPEECH_VERBS.contains(t.norm());
    }
}
