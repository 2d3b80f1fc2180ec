package org.treatywatch.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatywatch.store.Page;

/** The exports' one paging loop: every page from the first cursor to the last, each once, in order. */
class EveryPageTest {
    @Test
    void everyPageIsWrittenOnce_inOrder_untilThereIsNoNextCursor() throws Exception {
        List<String> asked = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        long n = Exports.everyPage(cursor -> {
            asked.add(String.valueOf(cursor));
            return switch (String.valueOf(cursor)) {
                case "null" -> new Page<>(List.of(1, 2), "b");
                case "b" -> new Page<>(List.of(3, 4), "c");
                default -> new Page<>(List.of(5), null);
            };
        }, items -> {
            written.addAll(items);
            return items.size() * 2; // two rows an item, as a story writes one per document
        });
        assertThat(asked).containsExactly("null", "b", "c");
        assertThat(written).containsExactly(1, 2, 3, 4, 5);
        assertThat(n).isEqualTo(10);
    }
}
