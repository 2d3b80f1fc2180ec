package org.treatywatch.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsTest {
    @Test
    void cut_marksOverlappingSpansWithEveryClaimCoveringThem() {
        String text = "Alpha beta gamma delta.";
        List<Segments.Piece> pieces = Segments.cut(text, List.of(new Segments.Span(0, 10, 1), new Segments.Span(6, 16, 2)));
        assertThat(pieces).extracting(Segments.Piece::text).containsExactly("Alpha ", "beta", " gamma", " delta.");
        assertThat(pieces).extracting(Segments.Piece::ids).containsExactly(List.of(1L), List.of(1L, 2L), List.of(2L), List.of());
        assertThat(String.join("", pieces.stream().map(Segments.Piece::text).toList())).isEqualTo(text);
    }

    @Test
    void cut_keepsSurrogatePairsAndMarkupAsPlainTextAndClipsSpansPastTheEnd() {
        String text = "<b>\uD83D\uDCA3 mines</b>";
        List<Segments.Piece> pieces = Segments.cut(text, List.of(new Segments.Span(3, 5, 7), new Segments.Span(10, 99, 8), new Segments.Span(-4, -1, 9)));
        assertThat(String.join("", pieces.stream().map(Segments.Piece::text).toList())).isEqualTo(text);
        assertThat(pieces.get(1).text()).isEqualTo("\uD83D\uDCA3");
        assertThat(pieces.get(pieces.size() - 1).ids()).containsExactly(8L);
    }

    @Test
    void cut_ofEmptyTextIsEmpty() {
        assertThat(Segments.cut("", List.of(new Segments.Span(0, 3, 1)))).isEmpty();
    }
}
