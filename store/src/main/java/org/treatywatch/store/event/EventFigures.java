package org.treatywatch.store.event;

import java.time.LocalDate;
import java.util.List;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Weapon;

/**
 * What an event's counted reports add up to, without the reports: as the store keeps it
 * ({@link KeptFigures}, brought up to date report by report) or as {@link Event#figures()} sums it
 * from all of them; the two are equal.
 *
 * @param firstClaim the first counted report (by date, then claim id), whose evidence a flag cites;
 *                   null when no report counts
 * @param outlets    the outlets named, in alphabetical order
 * @param speakers   the speakers, in the order of their first report
 */
public record EventFigures(
        long id,
        ClaimType type,
        String actor,
        String treaty,
        String recipient,
        Weapon weapon,
        LocalDate first,
        LocalDate latest,
        Modality modality,
        List<Event.Step> timeline,
        int counted,
        int documents,
        int stories,
        int sources,
        List<String> outlets,
        List<Speaker> speakers,
        Long firstClaim) {

    public EventFigures {
        timeline = List.copyOf(timeline);
        outlets = List.copyOf(outlets);
        speakers = List.copyOf(speakers);
    }
}
