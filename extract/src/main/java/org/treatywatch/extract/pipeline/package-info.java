/** The document model and the machinery of the extraction pipeline: {@link org.treatywatch.extract.pipeline.AnnotatedText} (an immutable document with typed span layers, offsets in UTF-16 code units), {@link org.treatywatch.extract.pipeline.Stage} and {@link org.treatywatch.extract.pipeline.Pipeline}, checked when built (STYLE.md, "Text pipeline"). */
package org.treatywatch.extract.pipeline;
