package org.treatywatch.store.event;

import java.time.LocalDate;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.claim.Modality;
import org.treatywatch.core.claim.Stage;
import org.treatywatch.core.claim.Weapon;

/**
 * What the checks against the treaty record read of an event's kept figures: its key, weapon,
 * first and latest counted report, modality, the stage of its latest step and its first counted
 * report (whose evidence a flag cites; null when no report counts). Read in a few indexed rows,
 * whatever the event's size ({@link KeptFigures#acts}).
 */
public record EventAct(long id, ClaimType type, String actor, String treaty, String recipient, Weapon weapon,
        LocalDate first, LocalDate latest, Modality modality, Stage stage, Long firstClaim) {}
