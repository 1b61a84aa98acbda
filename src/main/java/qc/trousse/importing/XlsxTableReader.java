package qc.trousse.importing;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import qc.trousse.work.Progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * An .xlsx read by streaming (POI's SAX reader): one row at a time, only the cells that have text kept, so
 * memory follows what the sheet holds, not how far right its last cell is. The first sheet with a row is read.
 * A formula gives the value Excel last computed, never its text; date cells become ISO dates (2020-02-18)
 * whatever their display format; numbers read as Excel shows them.
 */
final class XlsxTableReader {
    private XlsxTableReader() {
    }

    static RawTable read(Path file, Progress progress) throws ImportException, Progress.CancelledException {
        TableLimits limits = new TableLimits(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = sharedStrings(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    Rows rows = new Rows(limits, progress);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new CellTextGuard(
                            new XSSFSheetXMLHandler(styles, strings, rows, new IsoDates(), false), limits));
                    xml.parse(new InputSource(sheet));
                    if (!rows.all.isEmpty()) {
                        return TableReader.assemble(file, TableFormat.XLSX, null, null, rows.all);
                    }
                }
            }
            throw new ImportException(file, Problem.of("import.file.empty", file.getFileName()));
        } catch (Stop stop) {
            throw stop.cancelled;
        } catch (TableLimits.Exceeded e) {
            throw e.refusal(file);
        } catch (ImportException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new ImportException(file, Problem.of("import.file.encrypted", file.getFileName()), e);
        } catch (Exception e) {
            throw WorkbookProblems.refusal(file, e);
        }
    }

    /** The workbook's shared texts, read at most up to the text limit (a few megabytes for any real list). */
    private static SharedStrings sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pkg, false);
        }
        try (InputStream in = new BoundedInput(parts.get(0).getInputStream(), 2 * TableLimits.MAX_CHARS)) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    /** Cancel seen inside the SAX callbacks, which cannot throw a checked exception. */
    private static final class Stop extends RuntimeException {
        private final Progress.CancelledException cancelled;

        Stop(Progress.CancelledException cancelled) {
            super(null, null, false, false);
            this.cancelled = cancelled;
        }
    }

    /** Collects the rows, each with only its cells that have text, and counts them against the limits. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<RawRow> all = new ArrayList<>();
        private final TableLimits limits;
        private final Progress progress;
        private SparseCells.Builder row;
        private int line;

        Rows(TableLimits limits, Progress progress) {
            this.limits = limits;
            this.progress = progress;
        }

        @Override
        public void startRow(int rowNum) {
            line = rowNum + 1;
            row = new SparseCells.Builder();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null || value.isEmpty() || reference == null) {
                return;
            }
            int column = new CellReference(reference).getCol();
            limits.cell(line, column, value);
            row.put(column, value);
        }

        @Override
        public void endRow(int rowNum) {
            all.add(new RawRow(line, row.build()));
            limits.row(all.size());
            if (all.size() % 1000 == 0) {
                try {
                    progress.throwIfCancelled();
                } catch (Progress.CancelledException e) {
                    throw new Stop(e);
                }
                progress.update(all.size(), -1);
            }
        }
    }

    /** Excel's formatting for numbers, but a date is always the ISO date, whatever format shows it. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.CANADA_FRENCH);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
