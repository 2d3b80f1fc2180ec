package org.treatywatch.store;

import java.util.List;

/**
 * One page of a keyset-paged list. {@code nextCursor} is null on the last page; passing it back
 * gives the rows after this page, unaffected by rows added meanwhile (a stable cursor).
 */
public record Page<T>(List<T> items, String nextCursor) {
    public Page {
        items = List.copyOf(items);
    }
}
