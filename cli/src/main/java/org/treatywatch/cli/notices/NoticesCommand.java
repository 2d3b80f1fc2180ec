package org.treatywatch.cli.notices;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatywatch.cli.ExitCodes;
import org.treatywatch.cli.OutputException;
import org.treatywatch.cli.StoreOption;
import org.treatywatch.cli.UsageException;
import org.treatywatch.cli.status.Text;
import org.treatywatch.core.notice.Notice;
import org.treatywatch.extract.input.Sizes;
import org.treatywatch.notice.NoticeException;
import org.treatywatch.notice.NoticeJson;
import org.treatywatch.notice.NoticeReader;
import org.treatywatch.store.Store;
import org.treatywatch.store.reference.RecordChanges;
import org.treatywatch.store.reference.ReferenceDataException;
import org.treatywatch.store.reference.StoredReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treatywatch notices}: the depositary notifications (C.N.s) in text, HTML and PDF files,
 * as a table or JSON Lines. Each input that holds no notice Treatywatch can read correctly (another
 * treaty's, an unknown state, a damaged PDF, a page that is no notice) is one line on stderr with
 * the reason; the others go through (exit 1), and when none does the exit code is 2.
 */
@Command(
        name = "notices",
        mixinStandardHelpOptions = true,
        description = {
            "Read the UN's depositary notifications (C.N.s) about the APMBC and the CCM.",
            "",
            "For each notice about chapter XXVI-5 (APMBC) or XXVI-6 (CCM): reference, date,",
            "treaty, state, action, the day of deposit, the day it takes effect and the text",
            "of any declaration.",
            "",
            "Inputs: plain text, HTML or PDF, told by their content (not their name)."
        },
        footer = {
            "",
            "Examples:",
            "  treatywatch notices docs/examples/notices/withdrawal.txt",
            "  treatywatch notices --format json downloads/*.pdf",
            "  curl -s https://example.org/cn.pdf | treatywatch notices -",
            "  treatywatch notices --db treatywatch.db --by alice downloads/*.pdf",
            "",
            "Exit codes: 0 every input read, 1 some inputs failed, 2 usage error or every",
            "input failed, 3 internal error."
        })
public final class NoticesCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read; - reads standard input.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (JSON Lines, one notice a line; default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "5MB",
            description = "Largest input accepted, e.g. 5MB, 500KB (default: ${DEFAULT-VALUE}). Larger ones are"
                    + " reported and skipped without being read.")
    String maxSize;

    @Option(names = "--db", paramLabel = "DB",
            description = "Propose each notice as a change of this store's record (an analyst confirms it on the web"
                    + " app's /record page); each notice's outcome is one line: proposed, seen before, already in the"
                    + " record, or why it cannot apply. Without it, the notices are only printed.")
    String db;

    @Option(names = "--by", paramLabel = "NAME", defaultValue = "cli",
            description = "With --db: who is recorded as proposing (default: ${DEFAULT-VALUE}).")
    String by;

    @Spec
    CommandSpec spec;

    /** Standard input; tests replace it. */
    InputStream stdin = System.in;
    /** Where relative paths are read from; sources keep the path as given. */
    Path workingDirectory = Path.of("");

    private final List<Notice> found = new ArrayList<>();
    private final List<Notice> read = new ArrayList<>();

    @Override
    public Integer call() {
        NoticeReader reader = NoticeReader.standard().withMaxBytes(parseSize(maxSize));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (String input : inputs) {
            try {
                for (Notice notice : read(reader, input)) {
                    found(notice);
                }
            } catch (NoticeException e) {
                failed++;
                err.println("treatywatch: " + e.getMessage());
            } catch (InvalidPathException e) {
                failed++;
                err.println("treatywatch: " + input.replaceAll("\\p{Cntrl}", "?") + ": is not a valid path: " + e.getReason());
            }
            err.flush();
        }
        if (format == Format.table && !found.isEmpty()) {
            out.print(table(found));
        }
        if (db != null && !read.isEmpty()) {
            propose(out);
        }
        out.flush();
        if (out.checkError()) {
            throw OutputException.stdout();
        }
        return failed == 0 ? ExitCodes.OK : failed < inputs.size() ? ExitCodes.SOME_FAILED : ExitCodes.USAGE;
    }

    /**
     * One notice read: printed, and with {@code --db} proposed to the record once all are read
     * (issue 12, point 2).
     */
    void found(Notice notice) {
        read.add(notice);
        if (format == Format.json) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(NoticeJson.toJson(notice));
            if (out.checkError()) {
                throw OutputException.stdout();
            }
        } else {
            found.add(notice);
        }
    }

    /** Proposes every notice read to the store's record ({@link RecordChanges#propose}), one line each. */
    private void propose(PrintWriter out) {
        try (Store store = StoreOption.of(db).open()) {
            StoredReferenceData.sync(store);
            for (Notice n : read) {
                out.println(RecordChanges.propose(store, n, by, java.time.Instant.now()).message());
            }
        } catch (ReferenceDataException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private List<Notice> read(NoticeReader reader, String input) {
        if (input.equals("-")) {
            return reader.read(stdin, "<stdin>");
        }
        return reader.read(workingDirectory.resolve(input), input);
    }

    static String table(List<Notice> notices) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"reference", "date", "treaty", "state", "action", "deposited", "effective", "text"});
        for (Notice n : notices) {
            rows.add(new String[] {n.reference(), n.noticeDate().toString(), n.treaty(), n.state(), n.action().name(),
                date(n.deposited()), date(n.effective()), cut(n.text())});
        }
        return Text.table(rows) + "(" + notices.size() + (notices.size() == 1 ? " notice)" : " notices)") + "\n";
    }

    private static String date(java.time.LocalDate d) {
        return d == null ? "-" : d.toString();
    }

    private static String cut(String text) {
        if (text.isEmpty()) {
            return "-";
        }
        String visible = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() <= 60 ? visible : visible.substring(0, 59) + "…";
    }

    private static long parseSize(String value) {
        try {
            return Sizes.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--max-size: " + e.getMessage());
        }
    }
}
