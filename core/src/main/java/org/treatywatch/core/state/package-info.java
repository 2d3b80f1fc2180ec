/**
 * States: {@link org.treatywatch.core.state.State} and the {@link org.treatywatch.core.state.StateRegistry}
 * every module resolves state names and codes with (the extractor's gazetteer included).
 */
package org.treatywatch.core.state;
