/**
 * Treaties as data: {@link org.treatywatch.core.treaty.Treaty} with its entry-into-force,
 * withdrawal and obligation rules, and the {@link org.treatywatch.core.treaty.TreatyRegistry}
 * that reads them from resource files.
 */
package org.treatywatch.core.treaty;
