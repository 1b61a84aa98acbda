package qc.trousse.certificates.render;

/** The faces a certificate field can be set in; each falls back to the same shipped fonts for what it lacks. */
public enum FontRole {
    NAME("NotoSerifDisplay-Italic.ttf"),
    TITLE("NotoSerifDisplay-Bold.ttf"),
    TEXT("NotoSans-Regular.ttf"),
    TEXT_BOLD("NotoSans-Bold.ttf"),
    TEXT_ITALIC("NotoSans-Italic.ttf");

    private final String file;

    FontRole(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }
}
