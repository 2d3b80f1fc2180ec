/**
 * Reported acts checked against the treaty record (issue 11, point 3):
 * {@link org.treatywatch.core.check.TreatyChecks#check} takes a {@link org.treatywatch.core.check.ReportedAct}
 * (what the news says a state did) and answers the {@link org.treatywatch.core.check.Finding}s, each
 * with its {@link org.treatywatch.core.check.FindingKind}, reason, article, the status engine's answer
 * and the evidence. Pure and thread-safe; no store.
 */
package org.treatywatch.core.check;
