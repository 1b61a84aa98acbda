package qc.trousse.ui.cocktail;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.i18n.I18n;

import java.util.Locale;
import java.util.function.Function;

/** The guest list: filter by answer, the count still waiting, the table, one-click answers, and the form. */
final class GuestsPane {
    private GuestsPane() {
    }

    /** @param importList opens the import of a guest list */
    static VBox build(GuestsModel model, VehiclesModel vehicles, Runnable importList) {
        HBox filters = filters(model);
        Label waiting = new Label();
        waiting.setId("cocktail-not-answered-list");
        waiting.textProperty().bind(model.notAnswered());
        waiting.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.WARNING);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox top = new HBox(8, filters, spring, waiting);
        TableView<Guest> table = table(model, vehicles);
        HBox answers = new HBox(6, Forms.label("cocktail.guest.setRsvp"));
        for (RsvpState state : RsvpState.values()) {
            Button b = new Button(I18n.tr(state.key()));
            b.setId("rsvp-" + state.name().toLowerCase(Locale.ROOT));
            b.disableProperty().bind(model.selected().isNull());
            b.setOnAction(e -> model.setRsvp(state));
            answers.getChildren().add(b);
        }
        Button fresh = new Button(I18n.tr("cocktail.guest.new"), new FontIcon(Feather.USER_PLUS));
        fresh.setId("guest-new");
        fresh.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            model.startNew();
        });
        Button importing = new Button(I18n.tr("cocktail.guests.import"), new FontIcon(Feather.UPLOAD));
        importing.setId("guest-import");
        importing.setOnAction(e -> importList.run());
        importing.setMinWidth(Region.USE_PREF_SIZE);
        fresh.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        answers.getChildren().addAll(gap, fresh, importing);
        answers.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return Forms.section("cocktail.section.guests", top, table, answers, GuestForm.build(model, vehicles));
    }

    private static HBox filters(GuestsModel model) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("segmented");
        ToggleButton all = new ToggleButton(I18n.tr("cocktail.filter.all"));
        all.setId("filter-all");
        all.setToggleGroup(group);
        all.setSelected(true);
        all.setOnAction(e -> model.filter().set(null));
        box.getChildren().add(all);
        for (RsvpState state : RsvpState.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("filter-" + state.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(group);
            b.setOnAction(e -> model.filter().set(b.isSelected() ? state : null));
            Runnable label = () -> b.setText(I18n.tr(state.key()) + " (" + model.counts().getOrDefault(state, 0L)
                    + ")");
            label.run();
            model.all().addListener((ListChangeListener<Guest>) c -> label.run());
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                all.setSelected(true);
            }
        });
        return box;
    }

    private static TableView<Guest> table(GuestsModel model, VehiclesModel vehicles) {
        // a sorted view over the filtered list, so a click on a column header sorts without touching the model
        SortedList<Guest> sorted = new SortedList<>(model.shown());
        TableView<Guest> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("cocktail-guests");
        table.setPlaceholder(new Label(I18n.tr("cocktail.guests.empty")));
        table.setPrefHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("cocktail.guest.name", Guest::name, 200));
        table.getColumns().add(column("cocktail.guest.organisation",
                g -> g.organisation().isEmpty() ? g.role() : g.organisation(), 200));
        // The answer and the party size are short: the widths they would get from the table go to the long texts.
        TableColumn<Guest, String> rsvp = column("cocktail.guest.rsvp", g -> I18n.tr(g.rsvp().key()), 90);
        rsvp.setMaxWidth(110);
        TableColumn<Guest, String> party = column("cocktail.print.party", g -> String.valueOf(g.partySize()), 60);
        party.setMaxWidth(64);
        table.getColumns().add(rsvp);
        table.getColumns().add(party);
        table.getColumns().add(column("cocktail.guest.vehicle", g -> vehicles.vehicles().stream()
                .filter(v -> v.id() == g.vehicleId()).map(v -> v.name()).findFirst().orElse(""), 180));
        table.getColumns().add(column("cocktail.print.notes", g -> (g.certificate() ? "★ " : "") + g.notes(), 160));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selected().set(b);
            }
        });
        model.selected().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                if (a != null && a.id() == b.id()) {
                    return; // the same guest, just saved field by field: the page stays on the form being typed in
                }
                // A guest just added is shown where it landed in the sorted table, and the table on the page.
                table.scrollTo(b);
                javafx.application.Platform.runLater(() -> qc.trousse.ui.ScrollIntoView.reveal(table));
            }
        });
        return table;
    }

    private static TableColumn<Guest, String> column(String key, Function<Guest, String> value, double width) {
        TableColumn<Guest, String> c = new TableColumn<>(I18n.tr(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        // A long organisation, vehicle or note goes on a second line rather than losing its end at 1280×800:
        // the door list and the seating are planned from these words.
        c.setCellFactory(col -> {
            javafx.scene.control.TableCell<Guest, String> cell = new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }

                @Override
                protected double computePrefHeight(double width) {
                    // The row asks its cells' height for no width, which wraps nothing: wrap at the column's width.
                    return super.computePrefHeight(width < 0 && getTableColumn() != null ? getTableColumn().getWidth()
                            : width);
                }
            };
            cell.setWrapText(true);
            return cell;
        });
        return c;
    }
}
