package org.treatywatch.extract.actor;

import java.util.List;
import org.treatywatch.extract.pipeline.ActorRef;

/** What a reference resolved to, and the first token of the earliest mention naming those states ({@code -1}: none). */
record Resolved(List<String> states, int namedFrom) {
    static final Resolved NONE = new Resolved(List.of(), -1);

    static Resolved of(ActorRef ref) {
        return new Resolved(ref.states(), ref.namedFrom());
    }
}
