/** Sentences, tokens and datelines from raw text, rule-based and linear (see {@link org.treatywatch.extract.text.SentenceSplitter} for why not OpenNLP). */
package org.treatywatch.extract.text;
