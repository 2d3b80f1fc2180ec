package org.treatywatch.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.notice.Notice;
import org.treatywatch.core.notice.NoticeAction;

/** The notices of docs/examples/notices as text, HTML and PDF, read into the Notices they report. */
class NoticeReaderTest {
    static final Path EXAMPLES = Path.of("..", "docs", "examples", "notices");
    private final NoticeReader reader = NoticeReader.standard();

    static String example(String name) throws IOException {
        return Files.readString(EXAMPLES.resolve(name));
    }

    private Notice only(byte[] content, String source) {
        List<Notice> notices = reader.read(content, source);
        assertThat(notices).hasSize(1);
        return notices.get(0);
    }

    private Notice only(String name) throws IOException {
        return only(Files.readAllBytes(EXAMPLES.resolve(name)), name);
    }

    static final Notice WITHDRAWAL = new Notice("C.N.9001.2025.TREATIES-XXVI.5", LocalDate.of(2025, 7, 2), "APMBC", "LTU",
            NoticeAction.WITHDRAWAL, LocalDate.of(2025, 6, 27), LocalDate.of(2025, 12, 27), "", "withdrawal.txt");

    @Test
    void aWithdrawalWithTheDayItTakesEffect() throws IOException {
        assertThat(only("withdrawal.txt")).isEqualTo(WITHDRAWAL);
    }

    @Test
    void aRatificationWithItsEntryIntoForce() throws IOException {
        assertThat(only("ratification.txt")).isEqualTo(new Notice("C.N.9002.2025.TREATIES-XXVI.5", LocalDate.of(2025, 3, 14),
                "APMBC", "MHL", NoticeAction.RATIFICATION, LocalDate.of(2025, 3, 12), LocalDate.of(2025, 9, 1), "",
                "ratification.txt"));
    }

    @Test
    void anAccessionToTheCcmFromAnHtmlPage() throws IOException {
        // The reference in the page's <title> and script is not read; the one in its body is.
        assertThat(only("accession.html")).isEqualTo(new Notice("C.N.9003.2025.TREATIES-XXVI.6", LocalDate.of(2025, 9, 9),
                "CCM", "VUT", NoticeAction.ACCESSION, LocalDate.of(2025, 9, 5), LocalDate.of(2026, 3, 1), "",
                "accession.html"));
    }

    @Test
    void ukrainesSuspensionIsADeclarationWithItsText() throws IOException {
        Notice n = only("declaration.txt");
        assertThat(n.action()).isEqualTo(NoticeAction.DECLARATION);
        assertThat(n.state()).isEqualTo("UKR");
        assertThat(n.deposited()).isEqualTo(LocalDate.of(2025, 7, 18));
        assertThat(n.noticeDate()).isEqualTo(LocalDate.of(2025, 7, 23));
        assertThat(n.effective()).isNull();
        assertThat(n.text()).isEqualTo("\"Ukraine, invoking article 62 of the Vienna Convention on the Law of Treaties of 1969"
                + " (fundamental change of circumstances), suspends the operation of the Convention in its relations with the"
                + " other States Parties for as long as the armed aggression against Ukraine continues.\"");
    }

    @Test
    void aSuspensionHeadingIsADeclarationNeverAWithdrawal() throws IOException {
        String text = example("declaration.txt").replace("UKRAINE: DECLARATION", "UKRAINE: SUSPENSION OF THE OPERATION OF THE CONVENTION");
        assertThat(reader.readText(text, "s.txt").get(0).action()).isEqualTo(NoticeAction.DECLARATION);
    }

    @Test
    void anObjectionWithItsText() throws IOException {
        Notice n = only("objection.txt");
        assertThat(n.action()).isEqualTo(NoticeAction.OBJECTION);
        assertThat(n.state()).isEqualTo("AUT");
        assertThat(n.deposited()).isEqualTo(LocalDate.of(2099, 3, 3));
        assertThat(n.text()).startsWith("\"Austria considers that the Convention admits no suspension")
                .endsWith("between Austria and the declaring State.\"");
    }

    @Test
    void theWithdrawalOfAReservationIsNoWithdrawalFromTheTreaty() throws IOException {
        String text = example("withdrawal.txt").replace("LITHUANIA: WITHDRAWAL", "LITHUANIA: WITHDRAWAL OF RESERVATION");
        assertThat(reader.readText(text, "r.txt").get(0).action()).isEqualTo(NoticeAction.COMMUNICATION);
    }

    @Test
    void everyExampleReadsTheSameAsAPdf() throws IOException {
        for (String name : List.of("withdrawal.txt", "ratification.txt", "declaration.txt", "objection.txt")) {
            Notice fromText = only(name);
            Notice fromPdf = only(Pdfs.of(example(name)), name);
            assertThat(fromPdf).as(name).isEqualTo(fromText);
        }
    }

    @Test
    void theFormatIsToldByTheContentNotTheName() throws IOException {
        assertThat(only(Pdfs.of(example("withdrawal.txt")), "withdrawal.txt")).isEqualTo(WITHDRAWAL);
        byte[] html = Files.readAllBytes(EXAMPLES.resolve("accession.html"));
        assertThat(only(html, "notice.pdf").state()).isEqualTo("VUT");
    }

    @Test
    void theUnsOfficialNamesOfStates() throws IOException {
        String text = example("ratification.txt");
        assertThat(stateIn(text.replace("MARSHALL ISLANDS", "REPUBLIC OF MOLDOVA"))).isEqualTo("MDA");
        assertThat(stateIn(text.replace("MARSHALL ISLANDS", "TÜRKIYE"))).isEqualTo("TUR");
        assertThat(stateIn(text.replace("MARSHALL ISLANDS", "BOLIVIA (PLURINATIONAL STATE OF)"))).isEqualTo("BOL");
        assertThat(stateIn(text.replace("MARSHALL ISLANDS", "NETHERLANDS (KINGDOM OF THE)"))).isEqualTo("NLD");
        assertThat(stateIn(text.replace("MARSHALL ISLANDS", "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND"))).isEqualTo("GBR");
        assertThat(stateIn(text.replace("MARSHALL ISLANDS", "CÔTE D'IVOIRE"))).isEqualTo("CIV");
    }

    private String stateIn(String text) {
        return reader.readText(text, "t.txt").get(0).state();
    }

    @Test
    void severalNoticesInOneInput() throws IOException {
        String both = example("withdrawal.txt") + "\n\n" + example("ratification.txt");
        List<Notice> notices = reader.read(both.getBytes(StandardCharsets.UTF_8), "both.txt");
        assertThat(notices).extracting(Notice::state).containsExactly("LTU", "MHL");
        assertThat(notices.get(0)).isEqualTo(new Notice(WITHDRAWAL.reference(), WITHDRAWAL.noticeDate(), "APMBC", "LTU",
                NoticeAction.WITHDRAWAL, WITHDRAWAL.deposited(), WITHDRAWAL.effective(), "", "both.txt"));
    }

    @Test
    void aStreamIsReadNoFurtherThanTheLimit() {
        NoticeReader small = reader.withMaxBytes(100);
        byte[] big = new byte[10_000];
        java.util.Arrays.fill(big, (byte) 'a');
        ByteArrayInputStream in = new ByteArrayInputStream(big);
        assertThatThrownBy(() -> small.read(in, "big.txt"))
                .isInstanceOf(NoticeException.TooLarge.class)
                .hasMessage("big.txt: is larger than 100 bytes, far more than a depositary notification");
        assertThat(in.available()).isEqualTo(10_000 - 101);
    }
}
