package org.casus.brief;

import java.util.List;

/** One numbered section of a briefing. */
public record Section(String title, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }
}
