package org.casus.model;

/**
 * A text an arrangement is encoded from: a treaty, a draft, a report of one.
 *
 * @param key       the name provisions cite it by
 * @param encodes   the article or paragraph encoded from it ("Art. 5", "para. 4")
 * @param kind      how close it is to the text: primary, secondary, partisan or aggregator
 * @param note      why it is weak, where it is
 * @param titleIsDescription whether {@code title} is the encoder's description of the page rather
 *                  than the page's own title
 */
public record Source(String key, String title, String publisher, String url, String date,
                     String encodes, SourceKind kind, String note, boolean titleIsDescription) {
}
