package org.casus.record.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casus.design.RedLine;
import org.casus.design.Standing;
import org.casus.format.LibraryLoader;
import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.record.Claim;
import org.casus.record.Modality;
import org.casus.record.Statement;
import org.junit.jupiter.api.Test;

class RecordRedLinesTest {
    private static final Library LIBRARY = LibraryLoader.load(java.nio.file.Path.of(
            System.getProperty("casus.library", "../library")));
    private static final Arrangement DRAFT = LIBRARY.arrangements().get("istanbul-2022-draft-ru");
    private final List<Position> positions = new ArrayList<>();

    private void said(long id, String actor, String date, Modality modality, String value, boolean confirmed) {
        Statement s = new Statement(id, actor, null, LocalDate.parse(date), 1, "quote " + id, null, null, confirmed, 0);
        positions.add(new Position(new Claim(id, id, DRAFT.id(), "decision.rule", modality, value, null, confirmed, 0), s));
    }

    private RecordRedLines.Reading read() {
        return RecordRedLines.of(positions, DRAFT, LIBRARY.actors());
    }

    @Test
    void aDemandedVetoForANamedSet_keepsAVetoForEachOfThem() {
        said(1, "RU", "2025-08-20", Modality.CONDITION, "unanimity including {RU, CN}", true);
        assertThat(read().lines()).extracting(RedLine::side, RedLine::actor, RedLine::level, RedLine::atLeast)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RU", "RU", Standing.VETO, true),
                        org.assertj.core.groups.Tuple.tuple("RU", "CN", Standing.VETO, true));
        assertThat(read().lines().get(0).describe()).contains("record: statement 1, 2025-08-20");
    }

    @Test
    void aRejectedVeto_allowsTheNamedActorsOrTheThreats_atMostAVote() {
        said(1, "UA", "2025-08-21", Modality.REJECT, "a veto for {RU}", true);
        said(2, "GB", "2025-08-21", Modality.REJECT, "any veto", true);
        assertThat(read().lines()).extracting(RedLine::side, RedLine::actor, RedLine::level, RedLine::atLeast)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("UA", "RU", Standing.VOTE, false),
                        org.assertj.core.groups.Tuple.tuple("GB", "RU", Standing.VOTE, false));
    }

    @Test
    void unconfirmedClaimsAreIgnored_theLatestPositionCounts_andOthersAreUnreadWithTheReason() {
        said(1, "RU", "2022-04-15", Modality.DEMAND, "unanimity", true);
        said(2, "RU", "2025-08-20", Modality.ACCEPT, "two thirds of the guarantors", true);
        said(3, "CN", "2025-08-20", Modality.DEMAND, "unanimity", false);
        said(4, "UA", "2025-08-20", Modality.DEMAND, "a veto for {XX}", true);
        RecordRedLines.Reading reading = read();
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.unread()).hasSize(2);
        assertThat(reading.unread().get(0)).contains("names neither a veto nor unanimity");
        assertThat(String.join("\n", reading.unread())).contains("unknown actors XX");
    }
}
