package qc.trousse.ui.certificates;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientState;
import qc.trousse.i18n.I18n;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    static TableColumn<Recipient, LocalDate> date(String titleKey) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(I18n.language().locale());
        TableColumn<Recipient, LocalDate> c = new TableColumn<>(I18n.tr(titleKey));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().date()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.format(item));
            }
        });
        c.setPrefWidth(110);
        return c;
    }

    static TableColumn<Recipient, String> state(String titleKey, ZoneId zone) {
        return text(titleKey, r -> state(r, zone), 120);
    }

    /** « Imprimé le 18 févr. 2020 14 h 30 » rather than a bare "Imprimé". */
    static String state(Recipient r, ZoneId zone) {
        if (r.state() == RecipientState.PRINTED && r.printedAt() != null) {
            DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(I18n.language().locale()).withZone(zone);
            return I18n.tr("recipients.state.printedOn", f.format(r.printedAt()));
        }
        return I18n.tr(r.state().labelKey());
    }
}
