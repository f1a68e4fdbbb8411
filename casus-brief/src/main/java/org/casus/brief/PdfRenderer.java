package org.casus.brief;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A briefing as PDF, rendered from its XHTML page by openhtmltopdf (charts drawn by Batik). The
 * text is set in DejaVu Sans and DejaVu Sans Mono, embedded from the jasperreports-fonts jar:
 * the PDF standard fonts have no Polish, Cyrillic or Greek letters ("Było" printed as "By#o").
 */
public final class PdfRenderer {
    /** Held so that the levels stick: PDFBox reports font fallbacks as warnings a user cannot act on. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.SEVERE));
    }

    private PdfRenderer() {
    }

    public static void pdf(Briefing briefing, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC);
            font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL);
            builder.withHtmlContent(HtmlRenderer.xhtml(briefing), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers one face, subset to the letters used; fails at once when the font jar is not on the class path. */
    private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        if (PdfRenderer.class.getResource(FONTS + file) == null) {
            throw new IllegalStateException("the font " + FONTS + file + " is not on the class path: the briefing's "
                    + "PDF needs net.sf.jasperreports:jasperreports-fonts");
        }
        builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONTS + file), family, weight, style, true);
    }
}
