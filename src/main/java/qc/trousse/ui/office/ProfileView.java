package qc.trousse.ui.office;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.ui.ScreenLifecycle;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.MnaTitle;
import qc.trousse.office.Riding;
import qc.trousse.office.RidingTexts;

/** Profil du bureau: who the MNA is, the riding, how to reach the office, its images and staff. */
public final class ProfileView extends VBox implements ScreenLifecycle {
    private final ProfileViewModel model;

    public ProfileView(ProfileViewModel model) {
        super(18);
        this.model = model;
        setId("profile-view");
        setPadding(new Insets(24));
        getStyleClass().add("screen");
        Label title = new Label(I18n.tr("profile.heading"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label(I18n.tr("profile.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        getChildren().addAll(title, hint, section("profile.section.mna", mnaForm()),
                section("profile.section.riding", ridingForm()),
                section("profile.section.contact", contactForm()),
                section("profile.section.images", new ImagesPane(model)),
                section("profile.section.staff", staffForm()));
    }

    @Override
    public void disposed() {
        model.dispose();
    }

    private Node mnaForm() {
        GridPane grid = grid();
        addText(grid, 0, "mnaName", "profile.mna");
        ComboBox<MnaTitle> titles = new ComboBox<>();
        titles.setId("field-title");
        titles.getItems().setAll(MnaTitle.values());
        titles.setConverter(new StringConverter<>() {
            @Override
            public String toString(MnaTitle t) {
                return t == null ? "" : I18n.language() == Lang.EN ? t.french() + " (" + t.english() + ")"
                        : t.french();
            }

            @Override
            public MnaTitle fromString(String s) {
                return null;
            }
        });
        titles.valueProperty().bindBidirectional(model.title());
        grid.addRow(2, label("profile.title"), titles);
        return grid;
    }

    private Node ridingForm() {
        TextField search = new TextField();
        search.setId("riding-search");
        search.setPromptText(I18n.tr("profile.riding.search"));
        search.textProperty().bindBidirectional(model.ridingQuery());
        ListView<Riding> matches = new ListView<>(model.ridingMatches());
        matches.setId("riding-matches");
        matches.setPrefHeight(150);
        matches.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Riding item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "  ·  " + item.region());
            }
        });
        matches.setOnMouseClicked(e -> model.chooseRiding(matches.getSelectionModel().getSelectedItem()));
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.chooseRiding(matches.getSelectionModel().getSelectedItem());
            }
        });
        search.setOnAction(e -> {
            if (model.ridingMatches().size() == 1) {
                model.chooseRiding(model.ridingMatches().get(0));
            }
        });
        // The chosen riding is shown selected in the list, so the list opens where the office is.
        Runnable showChosen = () -> {
            Riding r = model.riding().get();
            if (r != null && matches.getItems().contains(r)) {
                matches.getSelectionModel().select(r);
                matches.scrollTo(r);
            }
        };
        model.riding().addListener((o, a, b) -> showChosen.run());
        showChosen.run();
        Label chosen = new Label();
        chosen.setId("riding-chosen");
        chosen.getStyleClass().add(Styles.TEXT_BOLD);
        chosen.textProperty().bind(Bindings.createStringBinding(() -> model.riding().get() == null
                ? I18n.tr("profile.riding.none")
                : RidingTexts.label(model.riding().get()),
                model.riding()));
        ComboBox<String> region = new ComboBox<>();
        region.setId("field-region");
        region.getItems().setAll(model.regions());
        region.valueProperty().bindBidirectional(model.region());
        // Says "Aucun résultat" rather than an empty list, and why a former name is not in the list.
        Label note = new Label();
        note.setId("riding-note");
        note.setWrapText(true);
        note.textProperty().bind(model.ridingNote());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        Label map = new Label(model.ridingMap());
        map.setId("riding-map");
        map.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        GridPane grid = grid();
        grid.addRow(0, label("profile.riding"), chosen);
        grid.add(search, 1, 1);
        grid.add(note, 1, 2);
        grid.add(matches, 1, 3);
        grid.add(map, 1, 4);
        grid.addRow(5, label("profile.region"), region);
        Label regionHint = new Label(I18n.tr("profile.region.hint"));
        regionHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        grid.add(regionHint, 1, 6);
        return grid;
    }

    private Node contactForm() {
        GridPane grid = grid();
        int row = 0;
        for (String[] f : new String[][]{{"address", "profile.address"}, {"phone", "profile.phone"},
                {"email", "profile.email"}, {"x", "profile.x"}, {"facebook", "profile.facebook"},
                {"instagram", "profile.instagram"}, {"linkedin", "profile.linkedin"},
                {"bluesky", "profile.bluesky"}, {"threads", "profile.threads"}, {"mastodon", "profile.mastodon"}}) {
            addText(grid, row, f[0], f[1]);
            row += 2;
        }
        return grid;
    }

    private Node staffForm() {
        ListView<String> list = new ListView<>(model.staff());
        list.setId("staff-list");
        list.setPrefHeight(120);
        TextField name = new TextField();
        name.setId("staff-new");
        name.setPromptText(I18n.tr("profile.staff.prompt"));
        name.textProperty().bindBidirectional(model.newStaff());
        name.setOnAction(e -> model.addStaff());
        Button add = new Button(I18n.tr("profile.staff.add"), new FontIcon(Feather.PLUS));
        add.setId("staff-add");
        add.setOnAction(e -> model.addStaff());
        Button remove = new Button(I18n.tr("profile.staff.remove"), new FontIcon(Feather.TRASH_2));
        remove.setId("staff-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeStaff(list.getSelectionModel().getSelectedItem()));
        HBox.setHgrow(name, Priority.ALWAYS);
        return new VBox(8, list, new HBox(8, name, add, remove));
    }

    private void addText(GridPane grid, int row, String field, String labelKey) {
        TextField input = new TextField();
        input.setId("field-" + field);
        input.textProperty().bindBidirectional(model.text(field));
        Label problem = new Label();
        problem.setId("problem-" + field);
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.textProperty().bind(model.problem(field));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        model.problem(field).addListener((o, a, b) -> input.pseudoClassStateChanged(Styles.STATE_DANGER,
                !b.isEmpty()));
        input.pseudoClassStateChanged(Styles.STATE_DANGER, !model.problem(field).get().isEmpty());
        grid.addRow(row, label(labelKey), input);
        grid.add(problem, 1, row + 1);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints(190);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMaxWidth(560);
        grid.getColumnConstraints().addAll(labels, inputs);
        return grid;
    }

    private static Label label(String key) {
        Label label = new Label(I18n.tr(key));
        label.setWrapText(true);
        return label;
    }

    private static Node section(String titleKey, Node content) {
        Label heading = new Label(I18n.tr(titleKey));
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(10, heading, content);
        box.getStyleClass().add("card");
        box.setPadding(new Insets(16));
        return box;
    }
}
