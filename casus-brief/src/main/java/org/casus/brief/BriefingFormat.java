package org.casus.brief;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.casus.CasusException;

/**
 * The forms a briefing is rendered in, named as the CLI's {@code --format} and the server's {@code format=}
 * take them; one home for the name, the file extension, the media type and the renderer.
 */
public enum BriefingFormat {
    html("text/html; charset=utf-8"),
    md("text/markdown; charset=utf-8"),
    pdf("application/pdf");

    private final String mediaType;

    BriefingFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The HTTP media type of the rendered bytes. */
    public String mediaType() {
        return mediaType;
    }

    /** The whole briefing in this form (Markdown with its charts inline as SVG). */
    public byte[] render(Briefing briefing) {
        return switch (this) {
            case html -> HtmlRenderer.html(briefing).getBytes(StandardCharsets.UTF_8);
            case md -> MarkdownRenderer.markdown(briefing).getBytes(StandardCharsets.UTF_8);
            case pdf -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PdfRenderer.pdf(briefing, out);
                yield out.toByteArray();
            }
        };
    }

    /** The format named {@code name}, or a user error listing the names. */
    public static BriefingFormat named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst().orElseThrow(() ->
                new CasusException("format: expected html, md or pdf, got '" + name + "'"));
    }

    /** The format a file name's extension tells ({@code .htm} too), if any. */
    public static Optional<BriefingFormat> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".md") ? Optional.of(md) : name.endsWith(".pdf") ? Optional.of(pdf)
                : name.endsWith(".html") || name.endsWith(".htm") ? Optional.of(html) : Optional.empty();
    }
}
