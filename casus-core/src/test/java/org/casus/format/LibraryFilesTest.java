package org.casus.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.casus.model.Arrangement;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

class LibraryFilesTest {

    @Test
    void every_library_file_loads() {
        assertThat(TestLibrary.get().arrangements()).isNotEmpty();
        assertThat(TestLibrary.get().councils()).containsKey("un-security-council");
    }

    @Test
    void every_provision_cites_a_source_of_its_file() {
        for (Arrangement arrangement : TestLibrary.get().arrangements().values()) {
            assertThat(arrangement.sources()).as(arrangement.id()).isNotEmpty();
            assertThat(arrangement.parties().cite().sources()).as(arrangement.id() + " parties").isNotEmpty();
            assertThat(arrangement.decision().cite().sources()).as(arrangement.id() + " decision").isNotEmpty();
            arrangement.obligations().forEach(o ->
                    assertThat(o.cite().sources()).as(arrangement.id() + " obligation").isNotEmpty());
        }
    }
}
