/** Quotations, reported speech and their speakers (CODEBOOK.md: reported speech counts; "he said" is the last named speaker). */
package org.treatywatch.extract.quote;
