package qc.trousse.ui.posts;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.Network;

import java.util.Locale;

/** « Réseaux du bureau », folded under its summary: a box per network and the Mastodon server's limit. */
final class NetworksPane extends TitledPane {
    NetworksPane(NetworksModel model) {
        setId("posts-networks");
        setExpanded(false);
        textProperty().bind(model.summary());
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(model.summary()); // the title is cut in a narrow window
        setTooltip(whole);
        Label hint = new Label(I18n.tr("posts.networks.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        javafx.scene.Node[] boxes = new javafx.scene.Node[Network.values().length];
        for (Network n : Network.values()) {
            CheckBox box = new CheckBox(n.label());
            box.setId("posts-networks-" + n.name().toLowerCase(Locale.ROOT));
            box.selectedProperty().bindBidirectional(model.uses(n));
            boxes[n.ordinal()] = box;
        }
        TextField limit = new TextField();
        limit.setId("posts-networks-mastodon-limit");
        limit.setPrefColumnCount(8);
        limit.setPromptText("500");
        limit.textProperty().bindBidirectional(model.mastodonLimit());
        limit.setOnAction(e -> model.commitMastodonLimit());
        limit.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                model.commitMastodonLimit();
            }
        });
        Label limitHint = new Label(I18n.tr("posts.networks.mastodonHint"));
        limitHint.getStyleClass().add("text-muted");
        Label problem = new Label();
        problem.setId("posts-networks-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("counter-over");
        problem.textProperty().bind(model.problem());
        problem.visibleProperty().bind(model.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox content = new VBox(8, hint, DraftEditorPane.row(boxes),
                DraftEditorPane.row(new Label(I18n.tr("posts.networks.mastodon")), limit, limitHint), problem);
        // folded, the boxes leave the screen altogether, so « LinkedIn » there is never taken for the draft's
        expandedProperty().addListener((o, a, open) -> setContent(open ? content : null));
    }
}
