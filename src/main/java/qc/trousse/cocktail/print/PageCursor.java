package qc.trousse.cocktail.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;

/**
 * Letter pages written top to bottom, the one way every printed document here is laid out: a cursor that starts
 * a new page when a block does not fit, and lets the document draw what heads each page. Closing it closes the
 * last page's content stream.
 */
public abstract class PageCursor implements AutoCloseable {
    public static final float MARGIN = 54;
    private final PDDocument doc;
    /** How low a block may reach before it goes to the next page. */
    private final float bottom;
    private PDPageContentStream cs;
    private float y;

    protected PageCursor(PDDocument doc, float bottom) {
        this.doc = doc;
        this.bottom = bottom;
    }

    /** What heads a page just started, written from the top margin down (moving the cursor under it). */
    protected abstract void started(PDPageContentStream page, int number) throws IOException;

    /** The page being written, started if none is. */
    public PDPageContentStream page() throws IOException {
        if (cs == null) {
            newPage();
        }
        return cs;
    }

    public float y() {
        return y;
    }

    public void down(float by) {
        y -= by;
    }

    public static float width() {
        return PDRectangle.LETTER.getWidth() - 2 * MARGIN;
    }

    /** Makes room for a block of the given height, on a new page if need be; true when a page was started. */
    public boolean need(float height) throws IOException {
        if (cs == null || y - height < bottom) {
            newPage();
            return true;
        }
        return false;
    }

    protected PDDocument document() {
        return doc;
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PDRectangle.LETTER.getHeight() - MARGIN;
        started(cs, doc.getNumberOfPages());
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }
}
