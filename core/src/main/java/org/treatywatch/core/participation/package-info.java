/**
 * Who did what, when: participation rows, armed-conflict periods, declarations and obligation
 * extensions, bundled with the state and treaty registries in
 * {@link org.treatywatch.core.participation.ReferenceData}, the one input of the status engine.
 */
package org.treatywatch.core.participation;
