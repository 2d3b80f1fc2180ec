package org.treatywatch.web.pages;

import java.util.Map;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.store.event.EventSummary;
import org.treatywatch.web.ClaimSentence;

/**
 * An event as the pages show it: the event with its sentence ("Lithuania plans to produce
 * anti-personnel mines") and its count line ("reported by 2 independent sources (3 documents, 2
 * outlets), first on 2025-05-02, latest 2025-05-09").
 */
public record EventView(EventSummary event, String sentence, String reported, String actorName) {

    static EventView of(EventSummary e, Map<String, String> names) {
        String sentence = ClaimSentence.of(e.type(), e.actor(), e.modality() == null ? Modality.FACT : e.modality(), e.treaty(),
                e.weapon(), e.recipient(), null, null, names::get);
        return new EventView(e, sentence, reported(e), names.getOrDefault(e.actor(), e.actor()));
    }

    /** "reported by 7 independent sources (9 documents, 7 outlets), first on 2025-03-04, latest on 2025-06-27". */
    static String reported(EventSummary e) {
        if (e.counted() == 0) {
            return "every report rejected by an analyst";
        }
        StringBuilder sb = new StringBuilder("reported by ").append(count(e.sources(), "independent source"))
                .append(" (").append(count(e.documents(), "document"));
        if (e.outlets() > 0) {
            sb.append(", ").append(count(e.outlets(), "outlet"));
        }
        sb.append(")");
        if (e.first().equals(e.latest())) {
            return sb.append(", on ").append(e.first()).toString();
        }
        return sb.append(", first on ").append(e.first()).append(", latest on ").append(e.latest()).toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
