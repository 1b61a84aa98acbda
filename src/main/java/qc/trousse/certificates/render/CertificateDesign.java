package qc.trousse.certificates.render;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A certificate layout: the page underneath (the built-in green-and-white design when there is no background,
 * or the office's official certificate) and where each field goes on it.
 */
public record CertificateDesign(Background background, Map<FieldId, FieldStyle> fields) {
    private static final int GREEN = 0x1f7a3a;
    private static final int INK = 0x1c2a21;
    private static final int GREY = 0x4a5a50;
    private static final int WHITE = 0xffffff;

    public CertificateDesign {
        EnumMap<FieldId, FieldStyle> copy = new EnumMap<>(FieldId.class);
        copy.putAll(builtInFields());
        copy.putAll(fields);
        fields = Collections.unmodifiableMap(copy);
    }

    /** The campaign's design: a green band with the ribbon on the left, the text centred on white. */
    public static CertificateDesign builtIn() {
        return new CertificateDesign(null, Map.of());
    }

    public Optional<Background> backgroundIfAny() {
        return Optional.ofNullable(background);
    }

    public FieldStyle style(FieldId id) {
        return fields.get(id);
    }

    public CertificateDesign with(FieldId id, FieldStyle style) {
        EnumMap<FieldId, FieldStyle> copy = new EnumMap<>(fields);
        copy.put(id, style);
        return new CertificateDesign(background, copy);
    }

    public CertificateDesign withBackground(Background newBackground) {
        return new CertificateDesign(newBackground, fields);
    }

    static Map<FieldId, FieldStyle> builtInFields() {
        Map<FieldId, FieldStyle> m = new EnumMap<>(FieldId.class);
        m.put(FieldId.TITLE, new FieldStyle(.29, .075, .64, .20, 33, GREEN, Align.CENTER, FontRole.TITLE, true));
        m.put(FieldId.PRESENTED_TO, new FieldStyle(.29, .30, .64, .045, 12, GREY, Align.CENTER, FontRole.TEXT, true));
        m.put(FieldId.NAME, new FieldStyle(.29, .35, .64, .16, 46, INK, Align.CENTER, FontRole.NAME, true));
        m.put(FieldId.REASON, new FieldStyle(.32, .545, .58, .13, 14, GREY, Align.CENTER, FontRole.TEXT_ITALIC, true));
        m.put(FieldId.DATE, new FieldStyle(.29, .77, .24, .05, 13, INK, Align.CENTER, FontRole.TEXT, true));
        m.put(FieldId.RIDING, new FieldStyle(.28, .835, .26, .04, 11, GREY, Align.CENTER, FontRole.TEXT, true));
        m.put(FieldId.LOGO, new FieldStyle(.555, .715, .11, .16, 12, INK, Align.CENTER, FontRole.TEXT, true));
        m.put(FieldId.SIGNATURE, new FieldStyle(.69, .69, .22, .13, 12, INK, Align.CENTER, FontRole.TEXT, true));
        m.put(FieldId.MNA_NAME, new FieldStyle(.67, .835, .26, .045, 13, INK, Align.CENTER, FontRole.TEXT_BOLD, true));
        m.put(FieldId.MNA_TITLE, new FieldStyle(.665, .877, .27, .04, 11, GREY, Align.CENTER, FontRole.TEXT, true));
        m.put(FieldId.SLOGAN, new FieldStyle(.055, .64, .17, .15, 15, WHITE, Align.CENTER, FontRole.TEXT_BOLD, true));
        m.put(FieldId.HASHTAG, new FieldStyle(.055, .82, .17, .06, 18, WHITE, Align.CENTER, FontRole.TEXT_BOLD, true));
        return m;
    }
}
