/** Dates and relative times resolved against the document's published date (CODEBOOK.md, when). */
package org.treatywatch.extract.time;
