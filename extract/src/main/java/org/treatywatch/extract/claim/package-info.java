/** Act words, modality and the assembly of claims (CODEBOOK.md, "A claim", "Types", "Modality"). */
package org.treatywatch.extract.claim;
