/** Counts and sums of money as ranges (CODEBOOK.md, quantity and amount). */
package org.treatywatch.extract.quantity;
