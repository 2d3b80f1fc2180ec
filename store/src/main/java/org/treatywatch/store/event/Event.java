package org.treatywatch.store.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;

/**
 * An act reported across documents: the claims of one codebook key close together in time (see
 * {@link EventIndex}), summed up from the reports that count (every claim not rejected).
 *
 * @param first      the first counted report's date (null when no report counts)
 * @param latest     the latest counted report's date
 * @param weapon     the weapon of the first counted report that names one (null for treaty acts)
 * @param modality   FACT once a counted report says it happened, else the latest counted report's
 * @param timeline   the counted reports where the modality or stage changed, oldest first
 * @param sources    independent sources: counted documents, joined when they are copies (one story)
 *                   or come from one outlet, each group counted once
 * @param outlets    the outlets named by the counted documents, in alphabetical order
 * @param reports    every report, rejected ones included, oldest first
 */
public record Event(
        long id,
        ClaimType type,
        String actor,
        String treaty,
        String recipient,
        Weapon weapon,
        LocalDate first,
        LocalDate latest,
        Modality modality,
        List<Step> timeline,
        int counted,
        int documents,
        int stories,
        int sources,
        List<String> outlets,
        List<Speaker> speakers,
        List<EventReport> reports) {

    /** A change of modality or stage, with the report that brought it. */
    public record Step(LocalDate reported, Modality modality, Stage stage, long claimId) {}

    /** Sums up an event from all its reports (in any order). */
    public static Event of(long id, ClaimType type, String actor, String treaty, String recipient, List<EventReport> all) {
        List<EventReport> reports = new ArrayList<>(all);
        reports.sort(Comparator.comparing(EventReport::reported).thenComparingLong(EventReport::claimId));
        List<EventReport> counted = reports.stream().filter(EventReport::counted).toList();
        List<Step> timeline = new ArrayList<>();
        Modality modality = null;
        Weapon weapon = null;
        Set<Speaker> speakers = new LinkedHashSet<>();
        Set<String> outlets = new TreeSet<>();
        Set<Long> documents = new LinkedHashSet<>();
        Set<Long> stories = new LinkedHashSet<>();
        for (EventReport r : counted) {
            Step last = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
            if (last == null || last.modality() != r.modality() || last.stage() != r.stage()) {
                timeline.add(new Step(r.reported(), r.modality(), r.stage(), r.claimId()));
            }
            modality = modality == Modality.FACT ? modality : r.modality();
            weapon = weapon == null ? r.weapon() : weapon;
            if (r.speaker() != null) {
                speakers.add(r.speaker());
            }
            if (outlet(r) != null) {
                outlets.add(r.source().outlet().strip());
            }
            documents.add(r.documentId());
            stories.add(r.storyId());
        }
        LocalDate first = counted.isEmpty() ? null : counted.get(0).reported();
        LocalDate latest = counted.isEmpty() ? null : counted.get(counted.size() - 1).reported();
        return new Event(id, type, actor, treaty, recipient, weapon, first, latest, modality, List.copyOf(timeline),
                counted.size(), documents.size(), stories.size(), sources(counted), List.copyOf(outlets),
                List.copyOf(speakers), List.copyOf(reports));
    }

    /** The outlet a report's document names, trimmed, or null. */
    static String outlet(EventReport r) {
        String o = r.source().outlet();
        return o == null || o.isBlank() ? null : o.strip();
    }

    /** Groups of documents joined by a shared story or outlet (union-find), counted. */
    static int sources(List<EventReport> counted) {
        return new HashSet<>(groups(counted).values()).size();
    }

    /**
     * Each counted document's source group (documents joined by a shared story or outlet, union-find),
     * named by the smallest claim id of the group's reports.
     */
    static Map<Long, Long> groups(List<EventReport> counted) {
        Map<String, String> parent = new HashMap<>();
        for (EventReport r : counted) {
            String doc = "d" + r.documentId();
            union(parent, doc, "s" + r.storyId());
            String outlet = outlet(r);
            if (outlet != null) {
                union(parent, doc, "o" + outlet.toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Long> name = new HashMap<>();
        for (EventReport r : counted) {
            name.merge(find(parent, "d" + r.documentId()), r.claimId(), Math::min);
        }
        Map<Long, Long> out = new HashMap<>();
        for (EventReport r : counted) {
            out.put(r.documentId(), name.get(find(parent, "d" + r.documentId())));
        }
        return out;
    }

    /** The figures alone, as the store keeps them. */
    public EventFigures figures() {
        Long firstClaim = reports.stream().filter(EventReport::counted).findFirst().map(EventReport::claimId).orElse(null);
        return new EventFigures(id, type, actor, treaty, recipient, weapon, first, latest, modality, timeline, counted,
                documents, stories, sources, outlets, speakers, firstClaim);
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) {
            return x;
        }
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!Objects.equals(ra, rb)) {
            parent.put(ra, rb);
        }
    }
}
