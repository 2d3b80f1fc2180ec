package org.treatywatch.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Inputs that are no notice, or no notice Treatywatch may read: each a typed exception, one line naming the input. */
class NoticeErrorsTest {
    private final NoticeReader reader = NoticeReader.standard();

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String example(String name) throws IOException {
        return NoticeReaderTest.example(name);
    }

    @Test
    void aNoticeAboutAnotherTreatySaysWhichTreatyItIsAbout() throws IOException {
        byte[] ccw = Files.readAllBytes(NoticeReaderTest.EXAMPLES.resolve("other-treaty.txt"));
        assertThatThrownBy(() -> reader.read(ccw, "ccw.txt"))
                .isInstanceOfSatisfying(NoticeException.OtherTreaty.class, e -> assertThat(e.chapter()).isEqualTo("XXVI-2"))
                .hasMessage("ccw.txt: notice C.N.9906.2099.TREATIES-XXVI.2 is about chapter XXVI-2 (CONVENTION ON PROHIBITIONS"
                        + " OR RESTRICTIONS ON THE USE OF CERTAIN CONVENTIONAL WEAPONS WHICH MAY BE DEEMED TO BE EXCESSIVELY"
                        + " INJURIOUS OR TO HAVE INDISCRIMINATE EFFECTS), a treaty Treatywatch does not follow"
                        + " (APMBC: XXVI-5, CCM: XXVI-6)");
    }

    @Test
    void anImageIsAnUnknownFormat() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> reader.read(png, "scan.png"))
                .isInstanceOf(NoticeException.UnknownFormat.class)
                .hasMessage("scan.png: is a PNG image, not a notice as text, HTML or PDF");
        byte[] binary = {1, 2, 0, 4, 5, 6, 7, 8};
        assertThatThrownBy(() -> reader.read(binary, "x.txt"))
                .isInstanceOf(NoticeException.UnknownFormat.class)
                .hasMessage("x.txt: is binary content, not a notice as text, HTML or PDF");
    }

    @Test
    void aGarbledPdf() {
        byte[] garbled = new byte[4000];
        new Random(12).nextBytes(garbled);
        System.arraycopy(bytes("%PDF-1.7\n"), 0, garbled, 0, 9);
        assertThatThrownBy(() -> reader.read(garbled, "cn.pdf"))
                .isInstanceOf(NoticeException.UnreadablePdf.class)
                .hasMessageStartingWith("cn.pdf: is a damaged PDF that cannot be read (")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aLockedPdfAndOneWithoutText() throws IOException {
        byte[] locked = Pdfs.locked(example("withdrawal.txt"));
        assertThatThrownBy(() -> reader.read(locked, "locked.pdf"))
                .isInstanceOf(NoticeException.UnreadablePdf.class)
                .hasMessage("locked.pdf: is a password-protected PDF; save it unlocked");
        assertThatThrownBy(() -> reader.read(Pdfs.blank(), "scan.pdf"))
                .isInstanceOf(NoticeException.UnreadablePdf.class)
                .hasMessage("scan.pdf: is a PDF without a text layer (a scan?); Treatywatch does not read images of text");
    }

    @Test
    void anHtmlPageThatIsNoNotice() {
        byte[] page = bytes("<!doctype html><html><head><title>Treaty Section</title></head><body>"
                + "<h1>Depositary notifications</h1><p>Search the notifications by date: LITHUANIA: WITHDRAWAL.</p></body></html>");
        assertThatThrownBy(() -> reader.read(page, "https://example.org/cn"))
                .isInstanceOf(NoticeException.NotANotice.class)
                .hasMessage("https://example.org/cn: holds no depositary notification"
                        + " (no C.N. reference such as C.N.360.2025.TREATIES-XXVI.5)");
    }

    @Test
    void aNoticeWithoutItsHeading() throws IOException {
        String text = example("withdrawal.txt").replace("LITHUANIA: WITHDRAWAL", "Lithuania withdraws");
        assertThatThrownBy(() -> reader.readText(text, "h.txt"))
                .isInstanceOf(NoticeException.NotANotice.class)
                .hasMessage("h.txt: notice C.N.9001.2025.TREATIES-XXVI.5 has no heading 'STATE: ACTION'"
                        + " (such as 'LITHUANIA: WITHDRAWAL')");
    }

    @Test
    void anUnknownStateName() throws IOException {
        String text = example("withdrawal.txt").replace("LITHUANIA: WITHDRAWAL", "LITHUNIA: WITHDRAWAL");
        assertThatThrownBy(() -> reader.read(bytes(text), "lt.txt"))
                .isInstanceOf(NoticeException.UnknownState.class)
                .hasMessage("lt.txt: notice C.N.9001.2025.TREATIES-XXVI.5: unknown state 'LITHUNIA' (did you mean Lithuania?)");
    }

    @Test
    void anActionNoNoticeReports() throws IOException {
        String text = example("withdrawal.txt").replace("LITHUANIA: WITHDRAWAL", "LITHUANIA: CORRECTION");
        assertThatThrownBy(() -> reader.readText(text, "c.txt"))
                .isInstanceOf(NoticeException.UnknownAction.class)
                .hasMessageStartingWith("c.txt: notice C.N.9001.2025.TREATIES-XXVI.5: 'CORRECTION' is not an action");
    }

    @Test
    void aNoticeWithNoDate() throws IOException {
        String text = example("withdrawal.txt").replace("2 July 2025", "");
        assertThatThrownBy(() -> reader.read(bytes(text), "nodate.txt"))
                .isInstanceOf(NoticeException.BadDate.class)
                .hasMessage("nodate.txt: notice C.N.9001.2025.TREATIES-XXVI.5 has no date (a line such as '4 July 2025' after its text)");
    }

    @Test
    void aDateThatDoesNotExist() throws IOException {
        String text = example("withdrawal.txt").replace("27 June 2025", "31 June 2025");
        assertThatThrownBy(() -> reader.readText(text, "d.txt"))
                .isInstanceOf(NoticeException.BadDate.class)
                .hasMessage("d.txt: notice C.N.9001.2025.TREATIES-XXVI.5: the date '31 June 2025' does not exist or is outside 1900-2200");
    }

    @Test
    void anEmptyInput() {
        assertThatThrownBy(() -> reader.read(new byte[0], "e.txt"))
                .isInstanceOf(NoticeException.NotANotice.class).hasMessage("e.txt: is empty");
    }

    @Test
    void controlCharactersOfTheInputStayOutOfTheMessage() throws IOException {
        String text = example("withdrawal.txt").replace("LITHUANIA: WITHDRAWAL", "LITHU\u001B[2JANIA: WITHDRAWAL");
        assertThatThrownBy(() -> reader.readText(text, "a\nb.txt"))
                .isInstanceOf(NoticeException.UnknownState.class)
                .hasMessageStartingWith("a\\u000Ab.txt: notice C.N.9001.2025.TREATIES-XXVI.5: unknown state 'LITHU\\u001B[2JANIA'");
    }
}
