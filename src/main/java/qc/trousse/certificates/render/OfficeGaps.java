package qc.trousse.certificates.render;

import qc.trousse.i18n.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the office's profile has not given yet that the design shows on every certificate: the MNA's name, the
 * riding, the signature. A new file would otherwise print thousands of pages signed by nobody; this is said
 * before anything is written or printed, and the person chooses to fill the profile in or go on.
 */
public final class OfficeGaps {
    private OfficeGaps() {
    }

    /** The visible fields left blank because the profile lacks them, the same for every certificate of a batch. */
    public static List<FieldId> of(CertificateFields sample, CertificateDesign design) {
        List<FieldId> gaps = new ArrayList<>();
        addIf(gaps, design, FieldId.MNA_NAME, sample.mnaName().isBlank());
        addIf(gaps, design, FieldId.RIDING, sample.ridingName().isBlank());
        addIf(gaps, design, FieldId.SIGNATURE, sample.signature() == null);
        return gaps;
    }

    /** One sentence naming what is missing, or nothing when the profile gives all the design shows. */
    public static Optional<String> warning(List<CertificateFields> certificates, CertificateDesign design) {
        if (certificates.isEmpty()) {
            return Optional.empty();
        }
        List<FieldId> gaps = of(certificates.get(0), design);
        if (gaps.isEmpty()) {
            return Optional.empty();
        }
        String names = gaps.stream().map(f -> I18n.tr("certificates.gap." + f.name()))
                .collect(Collectors.joining(", "));
        return Optional.of(I18n.tr("certificates.gaps", names));
    }

    private static void addIf(List<FieldId> gaps, CertificateDesign design, FieldId id, boolean blank) {
        if (blank && design.style(id).visible()) {
            gaps.add(id);
        }
    }
}
