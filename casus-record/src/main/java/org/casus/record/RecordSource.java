package org.casus.record;

import java.time.LocalDate;

/**
 * Where a statement was reported, graded on the Admiralty scale: reliability of the source A
 * (completely reliable) to F (cannot be judged), credibility of the information 1 (confirmed) to 6
 * (cannot be judged).
 */
public record RecordSource(long id, String title, String publisher, String url, LocalDate published,
                           String reliability, int credibility, int version) {
}
