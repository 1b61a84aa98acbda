package qc.trousse.posts;

/**
 * The card image sizes the networks show best: square for Instagram's feed, 16:9 landscape for X, Bluesky,
 * Mastodon (and the link-card shape of Facebook and LinkedIn), 4:5 portrait for Threads and Instagram.
 */
public enum CardSize {
    SQUARE(1080, 1080),
    LANDSCAPE(1200, 675),
    PORTRAIT(1080, 1350);

    private final int width;
    private final int height;

    CardSize(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** "1200 × 675". */
    public String label() {
        return width + " × " + height;
    }
}
