package qc.trousse.ui.certificates;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientState;
import qc.trousse.i18n.DateStyle;
import qc.trousse.i18n.I18n;

import java.text.Collator;
import java.util.Comparator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.function.Function;

/** The columns of the recipients table: text, a date that sorts as a date, the state with its print time. */
final class RecipientTableColumns {
    private RecipientTableColumns() {
    }

    static TableColumn<Recipient, String> text(String titleKey, Function<Recipient, String> value, double width) {
        TableColumn<Recipient, String> c = new TableColumn<>(I18n.tr(titleKey));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /**
     * A long text shortened by design in the row (the whole of it is in the form beside the table), and whole in
     * the cell's tooltip for a person comparing rows.
     */
    static TableColumn<Recipient, String> elided(String titleKey, Function<Recipient, String> value, double width) {
        TableColumn<Recipient, String> c = text(titleKey, value, width);
        c.setCellFactory(col -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean none = empty || item == null || item.isEmpty();
                setText(none ? null : item);
                tip.setText(none ? "" : item);
                setTooltip(none ? null : tip);
            }
        });
        return c;
    }

    /**
     * The name with a person or organisation icon before it (the word is in the tooltip), so the narrow
     * table gives its width to the names. Sorts by name, in the language's alphabetical order.
     */
    static TableColumn<Recipient, Recipient> name(String titleKey) {
        TableColumn<Recipient, Recipient> c = new TableColumn<>(I18n.tr(titleKey));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        Comparator<String> alphabetical = alphabetical();
        c.setComparator((a, b) -> alphabetical.compare(a.name(), b.name()));
        c.setCellFactory(col -> new TableCell<>() {
            // One of each per cell, not per update: every key typed in the search updates every visible row.
            private final FontIcon person = new FontIcon(Feather.USER);
            private final FontIcon organisation = new FontIcon(Feather.BRIEFCASE);
            private final Tooltip tip = new Tooltip();

            {
                // A long organisation's name goes on a second line: the name is what staff look for in the list.
                setWrapText(true);
            }

            @Override
            protected double computePrefHeight(double width) {
                // The row asks its cells' height for no width, which wraps nothing: wrap at the column's width.
                return super.computePrefHeight(width < 0 && getTableColumn() != null ? getTableColumn().getWidth()
                        : width);
            }

            @Override
            protected void updateItem(Recipient item, boolean empty) {
                super.updateItem(item, empty);
                boolean none = empty || item == null;
                setText(none ? null : item.name());
                setGraphic(none ? null : item.kind() == RecipientKind.PERSON ? person : organisation);
                if (!none) {
                    tip.setText(I18n.tr(item.kind().labelKey()) + " — " + item.name());
                }
                setTooltip(none ? null : tip);
            }
        });

        c.setPrefWidth(260);
        c.setMinWidth(240);
        return c;
    }

    /**
     * The language's alphabetical order through each text's collation key, made once: sorting 5,000 rows anew at
     * every key typed in the search (the filtered rows come back one by one into the sorted list) with the
     * collator's own compare took longer than a frame. For the FX thread only, as the table is.
     */
    static Comparator<String> alphabetical() {
        Collator collator = Collator.getInstance(I18n.language().locale());
        java.util.Map<String, java.text.CollationKey> keys = new java.util.HashMap<>();
        return (a, b) -> keys.computeIfAbsent(a, collator::getCollationKey)
                .compareTo(keys.computeIfAbsent(b, collator::getCollationKey));
    }

    static TableColumn<Recipient, LocalDate> date(String titleKey) {
        // « 17 févr. 2020 »: the app's one date style in a tight place (ISO is for files programs read).
        TableColumn<Recipient, LocalDate> c = new TableColumn<>(I18n.tr(titleKey));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().date()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : qc.trousse.i18n.DateStyle.brief(item));
            }
        });
        // « 21 févr. 2020 » whole at 1280×800, in the app's font (96 cut its year)
        c.setPrefWidth(120);
        c.setMinWidth(116);
        return c;
    }

    static TableColumn<Recipient, String> state(String titleKey, ZoneId zone) {
        // « Imprimé le 14 févr., 14 h 30 » and "Printed Feb. 14, 12:30 p.m." whole at 1280×800 (215 cut the English)
        TableColumn<Recipient, String> c = text(titleKey, r -> state(r, zone), 240);
        c.setMinWidth(236);
        return c;
    }

    /** « Imprimé le 18 févr., 14 h 30 » rather than a bare "Imprimé": when matters on the day of the event. */
    static String state(Recipient r, ZoneId zone) {
        if (r.state() == RecipientState.PRINTED && r.printedAt() != null) {
            return I18n.tr("recipients.state.printedOn",
                    DateStyle.moment(LocalDateTime.ofInstant(r.printedAt(), zone)));
        }
        return I18n.tr(r.state().labelKey());
    }
}
