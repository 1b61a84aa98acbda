package qc.trousse.ui.office;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import qc.trousse.ui.FormLayout;
import qc.trousse.ui.ScreenLifecycle;
import qc.trousse.ui.ShownAs;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.MnaTitle;

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
        getChildren().addAll(title, hint, FormLayout.section("profile.section.mna", mnaForm()),
                FormLayout.section("profile.section.riding", new RidingPane(model.riding())),
                FormLayout.section("profile.section.contact", contactForm()),
                FormLayout.section("profile.section.images", new ImagesPane(model.images())),
                FormLayout.section("profile.section.staff", new TeamPane(model.team())));
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
        titles.setConverter(ShownAs.text(t -> I18n.language() == Lang.EN ? t.french() + " (" + t.english() + ")"
                : t.french()));
        titles.valueProperty().bindBidirectional(model.title());
        grid.addRow(2, FormLayout.label("profile.title"), titles);
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
        grid.addRow(row, FormLayout.label(labelKey), input);
        grid.add(problem, 1, row + 1);
    }

    static GridPane grid() {
        return FormLayout.grid(190, 6);
    }
}
