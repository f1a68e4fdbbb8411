package org.casus.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.casus.model.Arrangement;
import org.casus.model.Library;
import org.casus.testing.TestLibrary;
import org.junit.jupiter.api.Test;

class LibraryFilesTest {

    @Test
    void every_library_file_loads() {
        assertThat(TestLibrary.get().arrangements()).isNotEmpty();
        assertThat(TestLibrary.get().councils()).containsKey("un-security-council");
    }

    @Test
    void the_whole_library_read_after_its_context_is_the_library_read_at_once() {
        Library context = LibraryLoader.loadContext(TestLibrary.folder());
        assertThat(context.arrangements()).isEmpty();
        Library whole = LibraryLoader.load(TestLibrary.folder(), context);
        assertThat(whole.councils()).isSameAs(context.councils());
        Library atOnce = TestLibrary.get();
        assertThat(whole.arrangements()).isEqualTo(atOnce.arrangements());
        assertThat(whole.scenarios()).isEqualTo(atOnce.scenarios());
        assertThat(whole.councils()).isEqualTo(atOnce.councils());
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
