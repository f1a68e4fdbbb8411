package org.casus.record;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.casus.format.LibraryLoader;
import org.casus.model.Library;
import org.casus.record.store.RecordStore;

/**
 * A bulk import run in a process of its own by {@link CrashSafetyTest}, which kills it: writes
 * statements with two claims each, one transaction per statement, printing each id once its
 * transaction has committed.
 */
public final class BulkWriter {
    private BulkWriter() {
    }

    public static void main(String[] args) {
        Library library = LibraryLoader.load(Path.of(args[1]));
        RecordService record = new RecordService(RecordStore.open(args[0]), library, "bulk");
        long source = record.addSource("Bulk import", null, null, null, "C", 3);
        for (int i = 0; ; i++) {
            long id = record.addStatement(new Statement(0, "UA", null, LocalDate.parse("2022-03-29"), source,
                    "Statement number " + i + " of a long import.", null, null, false, 0), List.of(
                    new Claim(0, 0, "istanbul-2022-communique", "decision.consultation-days", Modality.DEMAND, "3", null,
                            false, 0),
                    new Claim(0, 0, "istanbul-2022-communique", "restrictions.neutrality", Modality.OFFER, "permanent",
                            null, false, 0)));
            System.out.println("committed " + id);
            System.out.flush();
        }
    }
}
