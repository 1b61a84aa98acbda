package qc.trousse.office;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form each profile field must have. Each check returns the message key of what is wrong, or empty.
 * Empty optional fields are fine: an office may have no LinkedIn page.
 */
public final class ProfileRules {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern X = Pattern.compile("@?[A-Za-z0-9_]{1,15}");
    private static final Pattern INSTAGRAM = Pattern.compile("@?[A-Za-z0-9._]{1,30}");
    private static final Pattern FACEBOOK = Pattern.compile(
            "((https?://)?(www\\.)?facebook\\.com/)?[A-Za-z0-9.\\-]{5,50}/?");
    private static final Pattern LINKEDIN = Pattern.compile(
            "((https?://)?([a-z]{2,3}\\.)?linkedin\\.com/(in|company)/)?[A-Za-z0-9\\-_%]{3,100}/?");

    private ProfileRules() {
    }

    public static Optional<String> mnaName(String v) {
        return v == null || v.isBlank() ? Optional.of("validation.required") : Optional.empty();
    }

    public static Optional<String> email(String v) {
        return check(v, EMAIL, "validation.email");
    }

    /** A North American number: ten digits, or eleven starting with 1, with any spacing; an extension may follow. */
    public static Optional<String> phone(String v) {
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        String main = v.split("(?i)\\s*(poste|ext\\.?|x)\\s*\\d*$")[0];
        if (!main.matches("[0-9 ()+.\\-]+")) {
            return Optional.of("validation.phone");
        }
        String digits = main.replaceAll("\\D", "");
        boolean ok = digits.length() == 10 || digits.length() == 11 && digits.startsWith("1");
        return ok ? Optional.empty() : Optional.of("validation.phone");
    }

    public static Optional<String> x(String v) {
        return check(v, X, "validation.x");
    }

    public static Optional<String> instagram(String v) {
        return check(v, INSTAGRAM, "validation.instagram");
    }

    public static Optional<String> facebook(String v) {
        return check(v, FACEBOOK, "validation.facebook");
    }

    public static Optional<String> linkedin(String v) {
        return check(v, LINKEDIN, "validation.linkedin");
    }

    private static Optional<String> check(String v, Pattern p, String key) {
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        return p.matcher(v.trim()).matches() ? Optional.empty() : Optional.of(key);
    }
}
