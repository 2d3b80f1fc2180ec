package org.treatywatch.store.event;

import java.util.List;

/**
 * An event and one page of its reports ({@code EventStore.eventPage}).
 *
 * @param event      the event's figures (dates, modality, timeline, counts, outlets, speakers), from
 *                   every report
 * @param reports    this page's reports with their evidence and source, oldest first
 * @param offset     how many reports come before this page
 * @param total      how many reports the event has, rejected ones included
 * @param nextCursor the cursor of the next page, null on the last
 */
public record EventReportPage(EventFigures event, List<EventReport> reports, long offset, int total, String nextCursor) {
    /** The most reports a page holds. */
    public static final int MAX_LIMIT = 1000;
    /** How many a page holds when not told. */
    public static final int DEFAULT_LIMIT = 100;
}
