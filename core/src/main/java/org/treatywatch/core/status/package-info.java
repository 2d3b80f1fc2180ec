/**
 * The treaty-status engine: {@link org.treatywatch.core.status.StatusEngine} answers where a state
 * stands with a treaty on a date ({@link org.treatywatch.core.status.TreatyStatus}), with the rule
 * and events behind it, timelines, obligation deadlines and party counts.
 */
package org.treatywatch.core.status;
