/** Resolution of state references: lists, plural and reciprocal phrases, pronouns, relatives (CODEBOOK.md, "Resolve the actor"). */
package org.treatywatch.extract.actor;
