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
 * An Excel 97-2003 workbook (.xls) read with Apache POI: the first sheet that has anything in it. Such a file
 * has at most 256 columns and 65,536 rows, so it is read whole; only the cells that have text are kept, under
 * the same limits as the other formats. Date cells become ISO dates (2020-02-18) whatever their display format;
 * numbers read as Excel shows them; a formula gives its last computed value, never its text.
 */
final class WorkbookTableReader {
    private WorkbookTableReader() {
    }

    static RawTable read(Path file, Progress progress)
            throws ImportException, Progress.CancelledException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = firstUsedSheet(workbook);
            if (sheet == null) {
                throw new ImportException(file, Problem.of("import.file.empty", file.getFileName()));
            }
            DataFormatter formatter = new DataFormatter(Locale.CANADA_FRENCH);
            int last = sheet.getLastRowNum();
            TableLimits limits = new TableLimits(file);
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                rows.add(new RawRow(row.getRowNum() + 1, cells(row, formatter, limits)));
                limits.row(rows.size());
                if (rows.size() % 1000 == 0) {
                    progress.throwIfCancelled();
                    progress.update(row.getRowNum(), last);
                }
            }
            progress.update(last, last);
            return TableReader.assemble(file, TableFormat.XLS, null, null, rows);
        } catch (EncryptedDocumentException e) {
            throw new ImportException(file, Problem.of("import.file.encrypted", file.getFileName()), e);
        } catch (TableLimits.Exceeded e) {
            throw e.refusal(file);
        } catch (ImportException | Progress.CancelledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw WorkbookProblems.refusal(file, e);
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

    private static List<String> cells(Row row, DataFormatter formatter, TableLimits limits) {
        SparseCells.Builder cells = new SparseCells.Builder();
        for (Cell cell : row) {
            String text = text(cell, formatter);
            if (!text.isEmpty()) {
                limits.cell(row.getRowNum() + 1, cell.getColumnIndex(), text);
                cells.put(cell.getColumnIndex(), text);
            }
        }
        return cells.build();
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
