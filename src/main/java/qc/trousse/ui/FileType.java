package qc.trousse.ui;

import java.util.List;

/** A kind of file a chooser offers: its description key and patterns ("*.db"). */
public record FileType(String descriptionKey, List<String> patterns) {
    public static final FileType DATA = new FileType("file.type.data", List.of("*.db"));
    public static final FileType CAMPAIGN = new FileType("file.type.campaign", List.of("*.properties"));
    public static final FileType IMAGE = new FileType("file.type.image", List.of("*.png", "*.jpg", "*.jpeg"));
}
