package org.casus.brief;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A briefing as PDF, rendered from its XHTML page by openhtmltopdf (charts drawn by Batik). */
public final class PdfRenderer {
    /** Held so that the levels stick: PDFBox reports font fallbacks as warnings a user cannot act on. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"), Logger.getLogger("com.openhtmltopdf"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private PdfRenderer() {
    }

    public static void pdf(Briefing briefing, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(HtmlRenderer.xhtml(briefing), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
