package qc.trousse.ui.cocktail;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.ui.ScreenLifecycle;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.print.CocktailPrints;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.importing.ImportView;

import java.time.LocalDate;

/** Cocktail: the event at the Assemblée nationale, the trip, the guests and their answers, the files to make. */
public final class CocktailView extends VBox implements ScreenLifecycle {
    private final CocktailViewModel model;

    public CocktailView(CocktailViewModel model, LocalDate date) {
        super(16);
        this.model = model;
        setId("cocktail-view");
        setPadding(new Insets(24));
        getStyleClass().add("screen");
        Label title = new Label(model.title());
        title.getStyleClass().add(Styles.TITLE_2);
        String day = qc.trousse.i18n.DateStyle.full(date);
        Label sub = new Label(I18n.tr(model.dateConfirmed() ? "cocktail.subheading.edition"
                : "cocktail.subheading.proposed", day, model.place()));
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        Label summary = new Label();
        summary.setId("cocktail-summary");
        summary.textProperty().bind(model.guests().summary());
        Label waiting = new Label();
        waiting.setId("cocktail-not-answered");
        waiting.textProperty().bind(model.guests().notAnswered());
        waiting.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.WARNING);
        Label imported = new Label();
        imported.setId("cocktail-import-message");
        imported.getStyleClass().add(Styles.SUCCESS);
        imported.textProperty().bind(model.importMessage());
        imported.managedProperty().bind(imported.textProperty().isNotEmpty());
        imported.visibleProperty().bind(imported.managedProperty());
        VBox guests = GuestsPane.build(model.guests(), model.vehicles(), model.importer()::chooseFile);
        VBox body = new VBox(16, new HBox(16, summary, waiting), conflicts(),
                EventPane.event(model.event(), date, model.address(), model.dateConfirmed()),
                Forms.section("cocktail.section.transport", EventPane.trip(model.event()),
                        VehiclesPane.build(model.vehicles())),
                imported, guests, documents());
        // The import preview takes the screen's place while it is open, as on the recipients screen.
        ImportView<Guest> importView = new ImportView<>(model.importer(), GuestImportTarget.COLUMNS);
        body.visibleProperty().bind(model.importer().active().not());
        body.managedProperty().bind(body.visibleProperty());
        importView.visibleProperty().bind(model.importer().active());
        importView.managedProperty().bind(importView.visibleProperty());
        getChildren().addAll(new VBox(4, title, sub), body, importView);
        // The preview opens at its top; back from it, the outcome and the guest list are in view.
        model.importer().active().addListener((o, was, now) -> Platform.runLater(() -> scrollTo(now ? null : imported.isManaged() ? imported : guests)));
    }

    @Override
    public void disposed() {
        model.dispose();
    }

    /** Scrolls the screen's scroll pane to a node (null: to the top), once the layout has settled. */
    private void scrollTo(Node target) {
        Node p = getParent();
        while (p != null && !(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        if (!(p instanceof ScrollPane scroll)) {
            return;
        }
        scroll.layout();
        if (target == null) {
            scroll.setVvalue(0);
            return;
        }
        Bounds b = sceneToLocal(target.localToScene(target.getBoundsInLocal()));
        double room = getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (b.getMinY() - 16) / room)));
    }

    public CocktailViewModel model() {
        return model;
    }

    private VBox conflicts() {
        Label heading = new Label();
        heading.setId("cocktail-conflicts-title");
        heading.textProperty().bind(model.event().trip().conflictsTitle());
        heading.setGraphic(new FontIcon(Feather.CALENDAR));
        VBox list = new VBox(2);
        list.setId("cocktail-conflicts");
        Runnable fill = () -> list.getChildren().setAll(model.event().trip().conflicts().stream().map(text -> {
            Label l = new Label("• " + text);
            l.getStyleClass().add(Styles.DANGER);
            return l;
        }).toList());
        fill.run();
        model.event().trip().conflicts().addListener((ListChangeListener<String>) c -> fill.run());
        VBox box = new VBox(6, heading, list);
        box.getStyleClass().add("card");
        box.setPadding(new Insets(10, 16, 10, 16));
        Runnable style = () -> {
            boolean any = !model.event().trip().conflicts().isEmpty();
            heading.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            heading.getStyleClass().add(any ? Styles.DANGER : Styles.SUCCESS);
        };
        style.run();
        model.event().trip().conflicts().addListener((ListChangeListener<String>) c -> style.run());
        return box;
    }

    private VBox documents() {
        Button ics = new Button(I18n.tr("cocktail.ics.export"), new FontIcon(Feather.CALENDAR));
        ics.setId("cocktail-export-ics");
        ics.setOnAction(e -> model.exportIcs());
        CheckBox week = new CheckBox(I18n.tr("cocktail.ics.week"));
        week.setId("cocktail-ics-week");
        week.selectedProperty().bindBidirectional(model.week());
        FlowPane prints = new FlowPane(8, 8);
        for (CocktailPrints.What what : CocktailPrints.What.values()) {
            Button b = new Button(I18n.tr("cocktail.print." + what.name().toLowerCase()), new FontIcon(Feather.PRINTER));
            b.setId("cocktail-print-" + what.name().toLowerCase());
            b.setOnAction(e -> model.print(what));
            b.disableProperty().bind(model.working());
            prints.getChildren().add(b);
        }
        CheckBox confirmed = new CheckBox(I18n.tr("cocktail.print.confirmedOnly"));
        confirmed.setId("cocktail-print-confirmed");
        confirmed.selectedProperty().bindBidirectional(model.confirmedOnly());
        prints.getChildren().add(confirmed);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.working());
        Label status = new Label();
        status.setId("cocktail-document-status");
        status.textProperty().bind(model.documentStatus());
        status.setWrapText(true);
        ics.disableProperty().bind(Bindings.createBooleanBinding(() -> model.working().get(), model.working()));
        HBox calendar = new HBox(8, ics, week);
        calendar.setAlignment(Pos.CENTER_LEFT);
        prints.setAlignment(Pos.CENTER_LEFT);
        return Forms.section("cocktail.section.documents", calendar, prints, new HBox(8, busy, status));
    }
}
