package qc.trousse.importing;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import qc.trousse.work.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An Excel workbook (.xlsx, or the older .xls) read with Apache POI: the first sheet that has anything in
 * it. Date cells become ISO dates (2020-02-18) whatever their display format; numbers read as Excel shows them.
 */
final class WorkbookTableReader {
    private WorkbookTableReader() {
    }

    static RawTable read(Path file, TableFormat format, Progress progress)
            throws ImportException, Progress.CancelledException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = firstUsedSheet(workbook);
            if (sheet == null) {
                throw new ImportException(file, Problem.of("import.file.empty", file.getFileName()));
            }
            DataFormatter formatter = new DataFormatter(Locale.CANADA_FRENCH);
            int last = sheet.getLastRowNum();
            if (last - sheet.getFirstRowNum() > TableReader.MAX_ROWS + 1) {
                throw new ImportException(file, Problem.of("import.file.tooManyRows", file.getFileName(),
                        last - sheet.getFirstRowNum(), TableReader.MAX_ROWS));
            }
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                rows.add(new RawRow(row.getRowNum() + 1, cells(row, formatter)));
                if (rows.size() % 1000 == 0) {
                    progress.throwIfCancelled();
                    progress.update(row.getRowNum(), last);
                }
            }
            progress.update(last, last);
            return TableReader.assemble(file, format, null, null, rows);
        } catch (EncryptedDocumentException e) {
            throw new ImportException(file, Problem.of("import.file.encrypted", file.getFileName()), e);
        } catch (ImportException | Progress.CancelledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A zip that is not a workbook (a .docx, a damaged download): POI refuses it in several ways.
            throw new ImportException(file, Problem.of("import.file.notTable", file.getFileName()), e);
        }
    }

    private static Sheet firstUsedSheet(Workbook workbook) {
        for (Sheet sheet : workbook) {
            if (sheet.getPhysicalNumberOfRows() > 0) {
                return sheet;
            }
        }
        return null;
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        int width = Math.max(0, row.getLastCellNum());
        List<String> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            Cell cell = row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
            cells.add(cell == null ? "" : text(cell, formatter));
        }
        return cells;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? isoDate(cell) : number(cell, formatter);
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String isoDate(Cell cell) {
        LocalDateTime value = cell.getLocalDateTimeCellValue();
        return value == null ? "" : value.toLocalDate().toString();
    }

    /** A number as typed: 12 stays "12", not "12.0"; a formula's cached result is read the same way. */
    private static String number(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.FORMULA) {
            double v = cell.getNumericCellValue();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
        }
        return formatter.formatCellValue(cell);
    }
}
