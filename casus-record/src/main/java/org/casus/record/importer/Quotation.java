package org.casus.record.importer;

/**
 * A top-level quotation: its opening mark at {@code open}, its words from {@code start} to {@code end}.
 *
 * @param runsOn the quotation is left open at the end of its paragraph because the next paragraph opens
 *               with the same mark (the news convention for a quotation over several paragraphs)
 */
record Quotation(int open, int start, int end, boolean runsOn) {
    /** The offset just past the quotation, its closing mark included. */
    int after() {
        return runsOn ? end : end + 1;
    }
}
