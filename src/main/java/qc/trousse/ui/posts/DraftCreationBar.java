package qc.trousse.ui.posts;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.feather.Feather;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.Draft;
import qc.trousse.posts.Network;
import qc.trousse.posts.PostTemplate;
import qc.trousse.ui.ShownAs;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Making a draft: a template, a network, a day and time, the names it speaks of; the suggested week; keeping a
 * draft's text as the office's own template.
 */
final class DraftCreationBar {
    private DraftCreationBar() {
    }

    static FlowPane of(PostsViewModel model, Consumer<Draft> select) {
        ComboBox<PostTemplate> template = new ComboBox<>();
        template.setId("posts-template");
        template.getItems().setAll(model.templates());
        template.setConverter(ShownAs.text(t -> t.title().current()));
        template.valueProperty().bindBidirectional(model.template());
        template.setOnShowing(e -> template.getItems().setAll(model.templates()));
        ComboBox<Network> network = new ComboBox<>();
        network.setId("posts-network");
        network.setItems(model.networks().choices());
        network.setConverter(PostsFormats.networkNames());
        network.valueProperty().bindBidirectional(model.network());
        ComboBox<LocalDate> day = new ComboBox<>();
        day.setId("posts-day");
        day.getItems().setAll(model.days());
        day.setConverter(PostsFormats.dayNames());
        day.valueProperty().bindBidirectional(model.day());
        TextField time = field("posts-time", model.time(), "09:00", 5);
        ComboBox<String> person = names("posts-person", model.plan().people(), model.person(),
                I18n.tr("posts.person"));
        ComboBox<String> organisation = names("posts-organisation", model.plan().organisations(),
                model.organisation(), I18n.tr("posts.organisation"));
        CheckBox bilingual = new CheckBox(I18n.tr("posts.bilingual"));
        bilingual.setId("posts-bilingual");
        bilingual.selectedProperty().bindBidirectional(model.bilingual());
        Button create = DraftEditorPane.button("posts-create", "posts.create", Feather.PLUS, () ->
                model.create().ifPresent(select));
        create.getStyleClass().add(Styles.ACCENT);
        TextField templateName = field("posts-template-name", model.newTemplateName(),
                I18n.tr("posts.keepTemplate.name"), 14);
        Button keep = DraftEditorPane.button("posts-keep-template", "posts.keepTemplate", Feather.BOOKMARK,
                () -> model.saveAsTemplate().ifPresent(t -> template.getItems().setAll(model.templates())));
        keep.disableProperty().bind(model.editor().selected().isNull().or(model.newTemplateName().isEmpty()));
        Button drop = DraftEditorPane.button("posts-drop-template", "posts.dropTemplate", Feather.X,
                () -> {
                    model.deleteTemplate();
                    template.getItems().setAll(model.templates());
                });
        drop.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.template().get() == null || !model.template().get().custom(), model.template()));
        Button week = DraftEditorPane.button("posts-prepare-week", "posts.prepareWeek", Feather.CALENDAR,
                model::prepareWeek);
        FlowPane pane = new FlowPane(8, 8, template, network, day, time, person, organisation, bilingual, create, week,
                templateName, keep, drop);
        pane.setId("posts-creation");
        return pane;
    }

    /** A name picked from those the recipients offer, or typed; what shows in the box is what is used. */
    private static ComboBox<String> names(String id, javafx.collections.ObservableList<String> offered,
                                          javafx.beans.property.StringProperty value, String prompt) {
        ComboBox<String> box = new ComboBox<>(offered);
        box.setId(id);
        box.setEditable(true);
        box.setPromptText(prompt);
        box.setPrefWidth(190);
        box.getEditor().textProperty().bindBidirectional(value);
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt, int cols) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(cols);
        f.textProperty().bindBidirectional(value);
        return f;
    }

}
