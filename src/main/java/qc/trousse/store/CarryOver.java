package qc.trousse.store;

import java.util.List;

/** What a new edition's file may take from the current one; never the old week's state (done, printed, sent). */
public enum CarryOver {
    PROFILE("edition.carry.profile", List.of()),
    TEAM("edition.carry.team", List.of("INSERT INTO staff SELECT * FROM old.staff")),
    /** The accounts (in the profile row) and the networks the office chose, with its Mastodon server's limit. */
    SOCIAL("edition.carry.social", List.of("""
            INSERT OR REPLACE INTO setting(key, value) SELECT key, value FROM old.setting
            WHERE key IN ('posts.networks', 'posts.mastodonLimit')""")),
    IMAGES("edition.carry.images", List.of("INSERT INTO office_image SELECT * FROM old.office_image")),
    DESIGN("edition.carry.design", List.of("INSERT INTO certificate_background SELECT * FROM old.certificate_background",
            "INSERT INTO certificate_field SELECT * FROM old.certificate_field")),
    GESTURES("edition.carry.gestures", List.of("INSERT INTO gesture_custom SELECT * FROM old.gesture_custom")),
    /** Guests become the invitation list: every answer, party size, seat and certificate mark reset. */
    GUESTS("edition.carry.guests", List.of("""
            INSERT INTO cocktail_guest(id, kind, name, organisation, role, email, phone, reason, rsvp, party_size,
              dietary, accessibility, certificate, vehicle_id)
            SELECT id, kind, name, organisation, role, email, phone, '', 'INVITED', 1, dietary, accessibility, 0, 0
            FROM old.cocktail_guest""")),
    /** Recipients become past recipients, with the year they were honoured: for reference, not to print. */
    RECIPIENTS("edition.carry.recipients", List.of("""
            INSERT INTO past_recipient(year, kind, name, reason)
            SELECT (SELECT year FROM old.edition), kind, name, reason FROM old.recipient ORDER BY id"""));

    private final String key;
    private final List<String> sql;

    CarryOver(String key, List<String> sql) {
        this.key = key;
        this.sql = sql;
    }

    /** Its name for the user. */
    public String key() {
        return key;
    }

    List<String> sql() {
        return sql;
    }

    /** The profile row: the office's identity, its social accounts, or both; empty strings for what is left. */
    static String profileSql(boolean identity, boolean social) {
        String who = identity ? "mna_name, title, riding_code, region, address, phone, email"
                : "'', '', '', '', '', '', ''";
        String accounts = social ? "x, facebook, instagram, linkedin" : "'', '', '', ''";
        return "INSERT INTO office_profile(id, mna_name, title, riding_code, region, address, phone, email, x, "
                + "facebook, instagram, linkedin) SELECT id, " + who + ", " + accounts + " FROM old.office_profile";
    }
}
