package qc.trousse.ui;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

import java.util.function.Supplier;

/** One entry of the sidebar: its id, title key, icon, and how to build its view. */
public record Screen(String id, String titleKey, Ikon icon, Supplier<Node> view) {
}
