package qc.trousse.ui.importing;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.importing.ColumnMapping;
import qc.trousse.importing.HeaderNames;
import qc.trousse.importing.ImportPreview;
import qc.trousse.importing.ImportSchema;
import qc.trousse.importing.TableImport;
import qc.trousse.importing.TargetField;
import qc.trousse.ui.WriteBack;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The preview of a read list: one column choice per field (changing one recomputes the preview), the good
 * rows, the bad rows in words, and whether anything can be imported. The same for every kind of list.
 */
public final class ImportPreviewModel<T> {
    /** Rows shown in the preview table; all of them are imported. */
    public static final int PREVIEW_ROWS = 500;
    private final ObjectProperty<ImportPreview<T>> preview = new SimpleObjectProperty<>();
    private final ObservableList<ImportPreview.Good<T>> goodRows = FXCollections.observableArrayList();
    private final ObservableList<String> badRows = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<ColumnChoice> choices = FXCollections.observableArrayList();
    private final Map<String, ObjectProperty<ColumnChoice>> mapping = new LinkedHashMap<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty already = new SimpleStringProperty("");
    private final StringProperty importText = new SimpleStringProperty("");
    private final BooleanProperty canImport = new SimpleBooleanProperty();
    private final List<TargetField> fields;
    private final Function<T, String> nameOf;
    private final ImportWords words;
    private ImportSchema<T> schema;
    private Set<String> existing = Set.of();

    /**
     * @param allFields every field of the schema
     * @param order     field ids in the order the form shows them
     * @param nameOf    the name a row is known by
     * @param words     the wording of what is imported
     */
    ImportPreviewModel(List<TargetField> allFields, List<String> order, Function<T, String> nameOf,
                       ImportWords words) {
        this.words = words;
        this.fields = allFields.stream().sorted(Comparator.comparingInt(f -> rank(order, f.id()))).toList();
        this.nameOf = nameOf;
        for (TargetField f : fields) {
            ObjectProperty<ColumnChoice> choice = new SimpleObjectProperty<>();
            WriteBack.of(choice, () -> held(f.id()), b -> remap(f.id(), b));
            mapping.put(f.id(), choice);
        }
        clear();
    }

    /** The fields in the order the form shows them: the name first, however the header is matched. */
    public List<TargetField> fields() {
        return fields;
    }

    private static int rank(List<String> order, String id) {
        int at = order.indexOf(id);
        return at < 0 ? order.size() : at;
    }

    /**
     * Shows a freshly read list: its columns become the choices. The names already in the file are
     * counted, so importing the same list twice does not go unnoticed.
     */
    void show(ImportPreview<T> read, ImportSchema<T> readWith, Collection<String> namesInFile) {
        schema = readWith;
        existing = namesInFile.stream().map(HeaderNames::normalize).collect(Collectors.toSet());
        List<String> headers = read.table().headers();
        choices.setAll(ColumnChoice.none(words));
        for (int c : read.table().usedColumns()) {
            choices.add(ColumnChoice.of(c, headers, words));
        }
        display(read);
    }

    void clear() {
        preview.set(null);
        goodRows.clear();
        badRows.clear();
        warnings.clear();
        choices.clear();
        mapping.values().forEach(c -> c.set(null));
        problem.set("");
        summary.set("");
        already.set("");
        importText.set(words.tr("go", 0));
        canImport.set(false);
    }

    private void remap(String fieldId, ColumnChoice choice) {
        ImportPreview<T> p = preview.get();
        if (p == null) {
            return;
        }
        OptionalInt column = choice.index() < 0 ? OptionalInt.empty() : OptionalInt.of(choice.index());
        ColumnMapping next = p.mapping().with(fieldId, column);
        display(TableImport.preview(p.table(), schema, next));
    }

    /** The preview's column for a field, as its entry in the list: showing it is never read as a new choice. */
    private ColumnChoice held(String fieldId) {
        ImportPreview<T> p = preview.get();
        if (p == null || choices.isEmpty()) {
            return null;
        }
        OptionalInt c = p.mapping().column(fieldId);
        return choices.stream().filter(x -> c.isPresent() && x.index() == c.getAsInt()).findFirst()
                .orElse(choices.get(0));
    }

    /** Shows a preview; the choices follow it (a column taken by one field leaves the other). */
    private void display(ImportPreview<T> p) {
        preview.set(p);
        mapping.forEach((field, choice) -> choice.set(held(field)));
        problem.set(p.mappingProblem().map(x -> x.message() + "\n" + words.tr("chooseName"))
                .orElse(""));
        goodRows.setAll(p.good().subList(0, Math.min(PREVIEW_ROWS, p.good().size())));
        badRows.setAll(p.bad().stream().map(b -> words.tr("badLine", b.line(), b.message())).toList());
        warnings.setAll(p.warnings().stream().map(b -> words.tr("badLine", b.line(), b.message()))
                .toList());
        long count = p.good().stream().filter(g -> existing.contains(HeaderNames.normalize(nameOf.apply(g.value()))))
                .count();
        summary.set(p.mappingProblem().isPresent() ? ""
                : words.summary(p.good().size(), p.bad().size()));
        already.set(count == 0 ? "" : words.tr("already", count));
        importText.set(words.tr("go", p.good().size()));
        canImport.set(p.canImport());
    }

    public ObjectProperty<ImportPreview<T>> preview() {
        return preview;
    }

    public ObservableList<ImportPreview.Good<T>> goodRows() {
        return goodRows;
    }

    public ObservableList<String> badRows() {
        return badRows;
    }

    /** The good rows to look at (a name with an invisible character, shown marked), with their line. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    public ObservableList<ColumnChoice> choices() {
        return choices;
    }

    public ObjectProperty<ColumnChoice> choice(String fieldId) {
        return mapping.get(fieldId);
    }

    public StringProperty problem() {
        return problem;
    }

    public StringProperty summary() {
        return summary;
    }

    /** How many of the good rows name someone already in the list, in words; empty when none. */
    public StringProperty already() {
        return already;
    }

    public StringProperty importText() {
        return importText;
    }

    public BooleanProperty canImport() {
        return canImport;
    }

    public ImportWords words() {
        return words;
    }
}
