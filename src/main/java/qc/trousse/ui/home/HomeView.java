package qc.trousse.ui.home;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import qc.trousse.i18n.I18n;

/** Accueil: the campaign, its week, and the office it is for. */
public final class HomeView extends VBox {
    public HomeView(HomeViewModel model) {
        super(14);
        setId("home-view");
        setPadding(new Insets(24));
        getStyleClass().add("screen");

        Label edition = styled(new Label(model.edition()), "title-1");
        Label slogan = styled(new Label(model.slogan()), "slogan");
        slogan.setId("home-slogan");
        Label greeting = styled(new Label(model.greeting()), model.profileComplete() ? "text-muted" : "warning");
        greeting.setId("home-greeting");
        Label call = styled(new Label(model.call()), "title-4");
        Label countdown = styled(new Label(model.countdown()), "countdown");
        countdown.setId("home-countdown");

        FlowPane days = new FlowPane(8, 8);
        days.setId("home-days");
        for (String day : model.days()) {
            days.getChildren().add(styled(new Label(day), "day-chip"));
        }

        VBox messages = new VBox(8);
        messages.getChildren().add(styled(new Label(I18n.tr("home.keyMessages")), "title-3"));
        for (String message : model.keyMessages()) {
            Label text = styled(new Label("+  " + message), "key-message");
            text.setWrapText(true);
            messages.getChildren().add(text);
        }

        Label tag = styled(new Label(model.hashtagAndSite()), "hashtag");
        Label spokesperson = styled(new Label(model.spokesperson()), "text-muted");
        getChildren().addAll(edition, slogan, greeting, call, days, countdown, tag, spokesperson, messages);
    }

    private static Label styled(Label label, String style) {
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }
}
