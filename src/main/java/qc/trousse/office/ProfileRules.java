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

    /** A Bluesky handle is a domain name: name.bsky.social, or the office's own domain. */
    private static final Pattern BLUESKY = Pattern.compile(
            "@?(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    /** Threads accounts are Instagram accounts: the same user names. */
    private static final Pattern THREADS = INSTAGRAM;
    /** Mastodon needs the server too: @name@server, else a mention reaches someone else's account. */
    private static final Pattern MASTODON = Pattern.compile(
            "@?[A-Za-z0-9_]+([.-]+[A-Za-z0-9_]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

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

    public static Optional<String> bluesky(String v) {
        return check(v, BLUESKY, "validation.bluesky");
    }

    public static Optional<String> threads(String v) {
        return check(v, THREADS, "validation.threads");
    }

    public static Optional<String> mastodon(String v) {
        return check(v, MASTODON, "validation.mastodon");
    }

    private static Optional<String> check(String v, Pattern p, String key) {
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        return p.matcher(v.trim()).matches() ? Optional.empty() : Optional.of(key);
    }
}
