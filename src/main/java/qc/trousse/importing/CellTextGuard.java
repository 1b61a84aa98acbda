package qc.trousse.importing;

import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Stands before POI's sheet handler and stops a cell whose text passes Excel's own length while it is still
 * being read: POI gathers a cell's whole text before handing it over, and a single cell could hold tens of
 * megabytes.
 */
final class CellTextGuard extends DefaultHandler {
    private final DefaultHandler sheet;
    private final TableLimits limits;
    private String reference;
    private int line;
    private long chars;

    CellTextGuard(DefaultHandler sheet, TableLimits limits) {
        this.sheet = sheet;
        this.limits = limits;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if ("row".equals(localName) && attributes.getValue("r") != null) {
            line = Integer.parseInt(attributes.getValue("r"));
        } else if ("c".equals(localName)) {
            reference = attributes.getValue("r");
            chars = 0;
        }
        sheet.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        sheet.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        chars += length;
        if (chars > TableLimits.MAX_CELL_CHARS) {
            int column = reference == null ? 0 : new CellReference(reference).getCol();
            throw limits.cellTooLong(reference == null ? line : new CellReference(reference).getRow() + 1, column);
        }
        sheet.characters(ch, start, length);
    }
}
