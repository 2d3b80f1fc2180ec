package org.treatywatch.notice;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatywatch.core.notice.Notice;
import org.treatywatch.core.notice.NoticeAction;
import org.treatywatch.core.state.State;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.core.treaty.Treaty;
import org.treatywatch.core.treaty.TreatyRegistry;

/**
 * Reads the text of depositary notifications in the UN Treaty Section's layout: the reference
 * line ({@code Reference: C.N.360.2025.TREATIES-XXVI.5 (Depositary Notification)}), the treaty's
 * title in capitals, the heading {@code STATE: ACTION}, the body ("The above action was effected
 * on 27 June 2025.", the date it takes effect, the text of a declaration) and the notice's date
 * on a line of its own at the end. A text may hold several notices, each from its reference line.
 */
final class NoticeParser {
    static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTHS + ")\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE =
            Pattern.compile("C\\.N\\.\\d+\\.\\d{4}\\.TREATIES-([IVXL]+)\\.(\\d+)(?:\\.[a-z])?");
    /** A line that starts a notice: an optional "Reference:" and the C.N. reference. */
    private static final Pattern REFERENCE_LINE = Pattern.compile("(?m)^[ \\t]*(?:Reference\\s*:\\s*)?(" + REFERENCE.pattern() + ")");
    /** "LITHUANIA: WITHDRAWAL": capitals (and the UN's parentheses, apostrophes, commas) either side of a colon. */
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]*([^\\p{Ll}:\\n]{2,120}?)\\s*:\\s*([^\\p{Ll}\\n]{3,200}?)[ \\t]*$");
    private static final Pattern DATE_LINE = Pattern.compile("(?m)^[ \\t]*(?:Date\\s*:\\s*)?(\\d{1,2}\\s+(?:" + MONTHS
            + ")\\s+\\d{4})[ \\t.]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHAPTER_OF = Pattern.compile("chapter\\s+([IVXL]+)-(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEPOSITED = Pattern.compile("(?im)(?:action was effected on|deposited (?:with the Secretary-General )?on"
            + "|was received (?:by the Secretary-General )?on|^\\s*On(?=\\s+\\d))");
    private static final Pattern EFFECTIVE = Pattern.compile("(?i)(?:enter(?:s|ed)? into force for|take(?:s)? effect|with effect from|effective (?:on|from))");
    private static final Pattern TEXT_START = Pattern.compile("(?i)(?:the\\s+following(?:\\s+declarations?|\\s+objections?|\\s+communications?)?[^:.]{0,80}|reads?\\s+as\\s+follows\\s*):");
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)\\b(?:The above action was effected|The Convention will enter into force"
            + "|The withdrawal (?:will|shall) take effect)");
    /** "The Secretary-General ..., acting in his capacity as depositary, communicates the following:" */
    private static final Pattern OPENING =
            Pattern.compile("(?is)^.*?acting\\s+in\\s+(?:his|her)\\s+capacity\\s+as\\s+depositary,?\\s+communicates\\s+the\\s+following\\s*:");
    private static final Map<String, NoticeAction> WORDS = Map.ofEntries(
            Map.entry("SIGNATURE", NoticeAction.SIGNATURE), Map.entry("RATIFICATION", NoticeAction.RATIFICATION),
            Map.entry("ACCEPTANCE", NoticeAction.ACCEPTANCE), Map.entry("APPROVAL", NoticeAction.APPROVAL),
            Map.entry("ACCESSION", NoticeAction.ACCESSION), Map.entry("SUCCESSION", NoticeAction.SUCCESSION),
            Map.entry("WITHDRAWAL", NoticeAction.WITHDRAWAL), Map.entry("DECLARATION", NoticeAction.DECLARATION),
            Map.entry("DECLARATIONS", NoticeAction.DECLARATION), Map.entry("OBJECTION", NoticeAction.OBJECTION),
            Map.entry("OBJECTIONS", NoticeAction.OBJECTION), Map.entry("COMMUNICATION", NoticeAction.COMMUNICATION),
            Map.entry("COMMUNICATIONS", NoticeAction.COMMUNICATION), Map.entry("NOTIFICATION", NoticeAction.COMMUNICATION),
            // A "suspension" is a statement the treaties do not provide for: a declaration, never a withdrawal.
            Map.entry("SUSPENSION", NoticeAction.DECLARATION));

    private final StateRegistry states;
    private final Map<String, Treaty> byChapter;

    NoticeParser(StateRegistry states, TreatyRegistry treaties) {
        this.states = states;
        java.util.HashMap<String, Treaty> chapters = new java.util.HashMap<>();
        for (Treaty t : treaties.all()) {
            Matcher m = CHAPTER_OF.matcher(t.depositaryReference() == null ? "" : t.depositaryReference());
            if (m.find()) {
                chapters.put(m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2), t);
            }
        }
        this.byChapter = Map.copyOf(chapters);
    }

    /** Every notice in {@code text}; at least one, or an exception saying why there is none. */
    List<Notice> parse(String text, String source) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        List<Integer> starts = new ArrayList<>();
        Matcher lines = REFERENCE_LINE.matcher(normal);
        while (lines.find()) {
            starts.add(lines.start(1));
        }
        if (starts.isEmpty()) {
            Matcher any = REFERENCE.matcher(normal);
            if (!any.find()) {
                throw new NoticeException.NotANotice(source, "holds no depositary notification"
                        + " (no C.N. reference such as C.N.360.2025.TREATIES-XXVI.5)");
            }
            starts.add(any.start());
        }
        List<Notice> notices = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : normal.length();
            notices.add(one(normal.substring(starts.get(i), end), source));
        }
        return notices;
    }

    private Notice one(String text, String source) {
        Matcher ref = REFERENCE.matcher(text);
        ref.lookingAt();
        String reference = ref.group();
        String chapter = ref.group(1) + "-" + ref.group(2);
        Treaty treaty = byChapter.get(chapter);
        if (treaty == null) {
            throw new NoticeException.OtherTreaty(source, chapter, "notice " + reference + " is about chapter " + chapter
                    + title(text, ref.end()).map(t -> " (" + t + ")").orElse("") + ", a treaty Treatywatch does not follow ("
                    + followed() + ")");
        }
        Matcher heading = HEADING.matcher(text);
        if (!heading.find(ref.end())) {
            throw new NoticeException.NotANotice(source, "notice " + reference
                    + " has no heading 'STATE: ACTION' (such as 'LITHUANIA: WITHDRAWAL')");
        }
        State state = state(heading.group(1).strip(), source, reference);
        NoticeAction action = action(heading.group(2).strip(), source, reference);
        String body = text.substring(heading.end());
        DateLine dateLine = lastDateLine(body);
        if (dateLine == null) {
            throw new NoticeException.BadDate(source, "notice " + reference
                    + " has no date (a line such as '4 July 2025' after its text)");
        }
        LocalDate noticeDate = date(dateLine.date(), source, reference);
        String content = body.substring(0, dateLine.start());
        LocalDate deposited = dateAfter(DEPOSITED, content, 60, source, reference);
        LocalDate effective = dateAfter(EFFECTIVE, content, 200, source, reference);
        return new Notice(reference, noticeDate, treaty.code(), state.alpha3(), action, deposited, effective,
                statementText(content, action), source);
    }

    private String followed() {
        return byChapter.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().code() + ": " + e.getKey()).reduce((a, b) -> a + ", " + b).orElse("none");
    }

    /** The treaty's title as the notice prints it: the capital lines after the reference, joined. */
    private static Optional<String> title(String text, int from) {
        StringBuilder title = new StringBuilder();
        for (String line : text.substring(from).split("\n")) {
            String s = line.strip();
            if (title.isEmpty() && (s.isEmpty() || s.startsWith("("))) {
                continue;
            }
            if (s.isEmpty() || s.contains(":") || DATE.matcher(s).find() || !s.equals(s.toUpperCase(Locale.ROOT))) {
                break;
            }
            title.append(title.isEmpty() ? "" : " ").append(s);
        }
        String t = title.toString().strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(t.length() > 240 ? t.substring(0, 240) + "..." : t);
    }

    /**
     * The state the heading names, in the UN's forms as well: "REPUBLIC OF MOLDOVA", "TÜRKIYE",
     * "BOLIVIA (PLURINATIONAL STATE OF)" (tried as written, then as "PLURINATIONAL STATE OF BOLIVIA",
     * then as "BOLIVIA").
     */
    private State state(String name, String source, String reference) {
        Optional<State> found = states.find(name);
        Matcher paren = Pattern.compile("(.+?)\\s*\\((.+)\\)").matcher(name);
        if (found.isEmpty() && paren.matches()) {
            found = states.find(paren.group(2) + " " + paren.group(1));
            if (found.isEmpty()) {
                found = states.find(paren.group(1));
            }
        }
        return found.orElseThrow(() -> new NoticeException.UnknownState(source, "notice " + reference + ": "
                + states.unknownMessage(name)));
    }

    private static NoticeAction action(String phrase, String source, String reference) {
        String p = phrase.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        // "WITHDRAWAL OF RESERVATION" (of a declaration, of an objection) leaves the treaty in force for the state.
        if (p.startsWith("WITHDRAWAL OF ") || p.startsWith("PARTIAL WITHDRAWAL")) {
            return NoticeAction.COMMUNICATION;
        }
        if (p.startsWith("NOTIFICATION OF WITHDRAWAL") || p.startsWith("NOTIFICATION OF DENUNCIATION")) {
            return NoticeAction.WITHDRAWAL;
        }
        String first = p.split("[ (,]", 2)[0];
        NoticeAction action = WORDS.get(first);
        if (action == null) {
            throw new NoticeException.UnknownAction(source, "notice " + reference + ": '" + phrase
                    + "' is not an action Treatywatch reads (signature, ratification, acceptance, approval, accession,"
                    + " succession, withdrawal, declaration, objection, communication)");
        }
        return action;
    }

    /** A line that holds only a date, and where it starts. */
    private record DateLine(int start, String date) {}

    /** The last line of {@code body} that holds only a date: the notice's own date. */
    private static DateLine lastDateLine(String body) {
        Matcher m = DATE_LINE.matcher(body);
        DateLine last = null;
        while (m.find()) {
            last = new DateLine(m.start(), m.group(1));
        }
        return last;
    }

    /** The first date within {@code window} characters after the first match of {@code cue}, or null. */
    private static LocalDate dateAfter(Pattern cue, String text, int window, String source, String reference) {
        Matcher c = cue.matcher(text);
        if (!c.find()) {
            return null;
        }
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + window));
        Matcher d = DATE.matcher(after);
        return d.find() ? date(d.group(), source, reference) : null;
    }

    static LocalDate date(String text, String source, String reference) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            throw new NoticeException.BadDate(source, "notice " + reference + ": '" + text + "' is not a date");
        }
        int month = List.of(MONTHS.split("\\|")).indexOf(capitalised(m.group(2))) + 1;
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            if (d.getYear() < 1900 || d.getYear() > 2200) {
                throw new DateTimeException("out of range");
            }
            return d;
        } catch (DateTimeException e) {
            throw new NoticeException.BadDate(source, "notice " + reference + ": the date '" + m.group()
                    + "' does not exist or is outside 1900-2200");
        }
    }

    private static String capitalised(String month) {
        return month.substring(0, 1).toUpperCase(Locale.ROOT) + month.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * For a declaration, objection or communication, its text: what follows "the following ...:"
     * (else the whole body), without the Secretary-General's opening sentence, white space made
     * single spaces. For an instrument, the text of a declaration made with it, else empty.
     */
    private static String statementText(String content, NoticeAction action) {
        String body = OPENING.matcher(content).replaceFirst("");
        Matcher start = TEXT_START.matcher(body);
        String text;
        if (start.find()) {
            text = body.substring(start.end());
        } else if (action.isStatement()) {
            text = body;
        } else {
            return "";
        }
        Matcher tail = BOILERPLATE.matcher(text);
        if (tail.find() && tail.start() > 0) {
            text = text.substring(0, tail.start());
        } else if (tail.find(0) && tail.start() == 0 && !action.isStatement()) {
            return "";
        }
        return text.replaceAll("\\s+", " ").strip();
    }
}
