/** Gazetteer mentions of states, closed groups, treaties and weapons, compiled once from core's reference data; the sense of every "mine" (CODEBOOK.md, rules of thumb). */
package org.treatywatch.extract.mention;
