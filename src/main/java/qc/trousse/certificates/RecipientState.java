package qc.trousse.certificates;

/** Where a certificate is: still to print, printed (when is kept on the recipient), handed over. */
public enum RecipientState {
    TO_PRINT, PRINTED, PRESENTED;

    public String labelKey() {
        return "recipients.state." + name().toLowerCase();
    }
}
