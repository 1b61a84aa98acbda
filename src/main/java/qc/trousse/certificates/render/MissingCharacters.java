package qc.trousse.certificates.render;

import qc.trousse.i18n.I18n;

import java.util.List;

/** The warnings shown before printing, one sentence per recipient, field and character, in the user's language. */
public final class MissingCharacters {
    private MissingCharacters() {
    }

    public static List<String> describe(List<MissingCharacter> missing) {
        return missing.stream().map(MissingCharacters::describe).toList();
    }

    public static String describe(MissingCharacter m) {
        return I18n.tr("certificates.missing", m.recipient(), m.character(), m.code(),
                I18n.tr("certificates.field." + m.field().name()));
    }
}
