/**
 * The web app's HTML pages (issue 5): the map ({@link org.treatywatch.web.pages.MapView}), state
 * pages ({@link org.treatywatch.web.pages.StateView}), claims, documents, the review queue and the
 * ingest page, all routed in {@link org.treatywatch.web.pages.WebPages}. Templates are JTE
 * ({@code src/main/jte}), precompiled and escaping by default; assets live in
 * {@code src/main/resources/web/assets} and are served by the app itself.
 */
package org.treatywatch.web.pages;
