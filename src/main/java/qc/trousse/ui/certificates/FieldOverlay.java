package qc.trousse.ui.certificates;

import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import qc.trousse.certificates.render.CertificateDesign;
import qc.trousse.certificates.render.FieldId;
import qc.trousse.certificates.render.FieldStyle;
import qc.trousse.i18n.I18n;

/** The field boxes drawn over the preview; dragging one moves its field on the certificate. */
final class FieldOverlay extends Pane {
    private final DesignViewModel model;
    private double pressX;
    private double pressY;

    FieldOverlay(DesignViewModel model, double width, double height) {
        this.model = model;
        setId("design-overlay");
        setPrefSize(width, height);
        setMinSize(width, height);
        setMaxSize(width, height);
        model.design().addListener((o, a, b) -> draw());
        model.selected().addListener((o, a, b) -> draw());
        draw();
    }

    private void draw() {
        getChildren().clear();
        CertificateDesign design = model.design().get();
        double w = getPrefWidth();
        double h = getPrefHeight();
        for (FieldId id : FieldId.values()) {
            FieldStyle s = design.style(id);
            Rectangle box = new Rectangle(s.x() * w, s.y() * h, s.width() * w, s.height() * h);
            box.setId("design-box-" + id.name());
            boolean chosen = id == model.selected().get();
            box.setFill(chosen ? Color.rgb(31, 122, 58, 0.12) : Color.TRANSPARENT);
            box.setStroke(chosen ? Color.rgb(31, 122, 58) : Color.rgb(120, 120, 120, 0.6));
            box.getStrokeDashArray().setAll(s.visible() ? new Double[]{} : new Double[]{4.0, 4.0});
            box.setStrokeWidth(chosen ? 2 : 1);
            box.setCursor(Cursor.MOVE);
            Tooltip.install(box, new Tooltip(I18n.tr("certificates.field." + id.name())));
            box.setOnMousePressed(e -> {
                model.selected().set(id);
                pressX = e.getX() - box.getX();
                pressY = e.getY() - box.getY();
                e.consume();
            });
            box.setOnMouseDragged(e -> {
                box.setX(Math.max(0, Math.min(w - box.getWidth(), e.getX() - pressX)));
                box.setY(Math.max(0, Math.min(h - box.getHeight(), e.getY() - pressY)));
                e.consume();
            });
            box.setOnMouseReleased(e -> {
                model.move(id, box.getX() / w, box.getY() / h);
                e.consume();
            });
            getChildren().add(box);
        }
    }
}
