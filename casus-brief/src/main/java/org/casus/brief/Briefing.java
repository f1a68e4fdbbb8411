package org.casus.brief;

import java.util.List;

/**
 * A negotiator's briefing on one arrangement: what a team reads the night before a meeting.
 * Built by {@link BriefingBuilder}, rendered by {@link HtmlRenderer}, {@link MarkdownRenderer}
 * and {@link PdfRenderer}.
 */
public record Briefing(String title, String subtitle, List<Section> sections, String footer) {
    public Briefing {
        sections = List.copyOf(sections);
    }
}
