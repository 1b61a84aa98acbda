package qc.trousse.certificates.render;

import qc.trousse.i18n.Lang;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything printed on one certificate. Built from the office profile and the campaign by
 * {@link CertificateFieldsFactory}; the images are the PNG or JPEG bytes as stored, or null when absent.
 */
public record CertificateFields(
        String recipientName,
        String reason,
        LocalDate date,
        String ridingName,
        String mnaName,
        String mnaTitle,
        byte[] signature,
        byte[] logo,
        String slogan,
        String hashtag,
        Lang language,
        String title,
        String presentedTo) {

    /** A certificate with the app's own words for its title and "décerné à". */
    public CertificateFields(String recipientName, String reason, LocalDate date, String ridingName, String mnaName,
                             String mnaTitle, byte[] signature, byte[] logo, String slogan, String hashtag,
                             Lang language) {
        this(recipientName, reason, date, ridingName, mnaName, mnaTitle, signature, logo, slogan, hashtag, language,
                "", "");
    }

    public CertificateFields {
        recipientName = Objects.requireNonNullElse(recipientName, "");
        reason = Objects.requireNonNullElse(reason, "");
        ridingName = Objects.requireNonNullElse(ridingName, "");
        mnaName = Objects.requireNonNullElse(mnaName, "");
        mnaTitle = Objects.requireNonNullElse(mnaTitle, "");
        slogan = Objects.requireNonNullElse(slogan, "");
        hashtag = Objects.requireNonNullElse(hashtag, "");
        language = Objects.requireNonNullElse(language, Lang.FR);
        title = Objects.requireNonNullElse(title, "");
        presentedTo = Objects.requireNonNullElse(presentedTo, "");
        Objects.requireNonNull(date, "date");
    }

    /** The same certificate for another person: what a batch and the on-site screen vary. */
    public CertificateFields forRecipient(String name, String newReason, LocalDate newDate) {
        return new CertificateFields(name, newReason, newDate, ridingName, mnaName, mnaTitle, signature, logo,
                slogan, hashtag, language, title, presentedTo);
    }

    @Override
    public String toString() {
        return "CertificateFields[" + recipientName + ", " + date + "]";
    }
}
