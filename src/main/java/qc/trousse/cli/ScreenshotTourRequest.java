package qc.trousse.cli;

import java.nio.file.Path;

/** `--screenshots DIR --size WxH`: open every screen in the real window at that size and write one PNG each. */
public record ScreenshotTourRequest(Path folder, int width, int height) {
    /** The common office laptop every screen is judged on. */
    public static final String LAPTOP = "1280x800";

    static ScreenshotTourRequest of(Path folder, String size) throws UsageException {
        String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int width = Integer.parseInt(parts[0].trim());
                int height = Integer.parseInt(parts[1].trim());
                if (width >= 800 && height >= 600 && width <= 7680 && height <= 4320) {
                    return new ScreenshotTourRequest(folder, width, height);
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the one message for every malformed size
        }
        throw new UsageException("cli.badSize", size);
    }
}
