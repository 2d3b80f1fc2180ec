/**
 * Name lookup shared by the state and treaty registries: one normalization of names (case,
 * diacritics, punctuation) and a tiered index with "did you mean" suggestions.
 */
package org.treatywatch.core.names;
