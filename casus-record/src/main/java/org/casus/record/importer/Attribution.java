package org.casus.record.importer;

/**
 * The speaker a quotation is attributed to and the cue that gave it. The speaker is
 * {@link Speaker#UNKNOWN} when a cue names someone the registry does not know.
 */
record Attribution(Speaker speaker, String cue) {
}
