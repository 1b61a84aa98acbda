package qc.trousse.ui.certificates;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientState;
import qc.trousse.i18n.I18n;
import qc.trousse.importing.CellDates;
import qc.trousse.ui.ShownAs;

import java.time.LocalDate;
import java.util.function.Function;

/** The form beside the table: a new recipient added by "Ajouter", the one selected saved as it is changed. */
final class RecipientForm extends VBox {
    RecipientForm(RecipientsViewModel model) {
        super(6);
        RecipientFormModel form = model.form();
        setId("recipient-form");
        getStyleClass().add("card");
        setPadding(new Insets(16));
        setMinWidth(290);
        setPrefWidth(300);
        setMaxWidth(300);
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.when(form.id().isEqualTo(0))
                .then(I18n.tr("recipients.form.new")).otherwise(I18n.tr("recipients.form.edit")));

        ComboBox<RecipientKind> kind = combo("recipient-kind", RecipientKind.values(), k -> I18n.tr(k.labelKey()));
        kind.valueProperty().bindBidirectional(form.kind());
        TextField name = new TextField();
        name.setId("recipient-name");
        name.textProperty().bindBidirectional(form.name());
        name.setOnAction(e -> model.save());
        TextArea reason = new TextArea();
        reason.setId("recipient-reason");
        reason.setWrapText(true);
        reason.setPrefRowCount(2);
        reason.textProperty().bindBidirectional(form.reason());
        DatePicker date = new DatePicker();
        date.setId("recipient-date");
        date.setMaxWidth(Double.MAX_VALUE);
        date.valueProperty().bindBidirectional(form.date());
        // The app's one date style (« 18 févr. 2020 »), whatever the system's locale; typing 2020-02-18 or
        // 18/02/2020 works too.
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return qc.trousse.i18n.DateStyle.brief(d);
            }

            @Override
            public LocalDate fromString(String s) {
                LocalDate brief = qc.trousse.i18n.DateStyle.parseBrief(s);
                return brief != null ? brief : CellDates.parse(s).orElse(null);
            }
        });
        TextField gesture = new TextField();
        gesture.setId("recipient-gesture");
        gesture.textProperty().bindBidirectional(form.gesture());
        ComboBox<RecipientState> state = combo("recipient-state", RecipientState.values(), s -> I18n.tr(s.labelKey()));
        state.valueProperty().bindBidirectional(form.state());
        Label problem = new Label();
        problem.setId("recipient-problem");
        problem.setWrapText(true);
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.textProperty().bind(form.problemText());
        // An empty new form is not an error yet; the Add button stays off until a name is typed.
        problem.visibleProperty().bind(form.name().isNotEmpty().or(form.id().isNotEqualTo(0)));
        problem.managedProperty().bind(problem.visibleProperty());

        // One button that never changes its word: "Ajouter" for a new recipient; the one selected needs none, each
        // change being saved at once (and undoable), which the line in its place says.
        Button save = new Button(I18n.tr("recipients.form.add"), new FontIcon(Feather.CHECK));
        save.setId("recipient-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(form.problemText().isNotEmpty());
        save.visibleProperty().bind(form.id().isEqualTo(0));
        save.managedProperty().bind(save.visibleProperty());
        save.setOnAction(e -> model.save());
        Label saved = new Label(I18n.tr("recipients.form.savedAtOnce"));
        saved.setId("recipient-saved-at-once");
        saved.setWrapText(true);
        saved.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        saved.visibleProperty().bind(form.id().isNotEqualTo(0));
        saved.managedProperty().bind(saved.visibleProperty());
        Button clear = new Button(I18n.tr("recipients.form.clear"), new FontIcon(Feather.PLUS));
        clear.setId("recipient-new");
        clear.setOnAction(e -> model.newRecipient());
        getChildren().addAll(heading, label("recipients.form.kind"), kind, label("recipients.form.name"), name,
                label("recipients.form.reason"), reason, label("recipients.form.date"), date,
                label("recipients.form.gesture"), gesture, label("recipients.form.state"), state, problem,
                saved, new HBox(8, save, clear));
    }

    private static Label label(String key) {
        Label l = new Label(I18n.tr(key));
        l.getStyleClass().add(Styles.TEXT_SMALL);
        return l;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(ShownAs.text(text));
        return box;
    }
}
