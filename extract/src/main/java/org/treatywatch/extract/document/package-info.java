/**
 * The document layer (issue 15 point 4): what a whole article is about, for the references inside it that lean
 * on it ({@link org.treatywatch.extract.pipeline.Focus}: the main treaty, the focal state).
 */
package org.treatywatch.extract.document;
