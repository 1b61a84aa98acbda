package qc.trousse.store;

import qc.trousse.office.MnaTitle;
import qc.trousse.office.OfficeImage;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.ProfileStore;
import qc.trousse.office.SocialHandles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads and writes the office profile; each save is one transaction. */
public final class ProfileRepository implements ProfileStore {
    private final Store file;
    private final RowVersions version = new RowVersions("office_profile", ProfileRepository::profile);

    public ProfileRepository(Store file) {
        this.file = file;
    }

    @Override
    public OfficeProfile load() {
        Connection c = file.connection();
        synchronized (file) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM office_profile WHERE id = 1")) {
                if (!rs.next()) {
                    return OfficeProfile.EMPTY;
                }
                version.saw(1L, rs.getLong("version"));
                return profile(c, rs);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** The profile with its staff and images: the profile row's version covers them all. */
    private static OfficeProfile profile(Connection c, ResultSet rs) throws SQLException {
        SocialHandles handles = new SocialHandles(rs.getString("x"), rs.getString("facebook"),
                rs.getString("instagram"), rs.getString("linkedin"), rs.getString("bluesky"),
                rs.getString("threads"), rs.getString("mastodon"));
        return new OfficeProfile(rs.getString("mna_name"), MnaTitle.valueOf(rs.getString("title")),
                rs.getString("riding_code"), rs.getString("region"), rs.getString("address"),
                rs.getString("phone"), rs.getString("email"), handles, image(c, "signature"),
                image(c, "logo"), staff(c));
    }

    /** Writes the new profile; the images are rewritten only when they changed, as they can weigh megabytes. */
    @Override
    public void save(OfficeProfile before, OfficeProfile after) {
        Connection c = file.connection();
        RowVersions.Written written = new RowVersions.Written();
        synchronized (file) {
            Transactions.run(c, () -> {
                version.wrote(c, 1L, writeFields(c, after, version.basis(1L)), written);
                if (!after.staff().equals(before.staff())) {
                    writeStaff(c, after.staff());
                }
                if (!Objects.equals(before.signature(), after.signature())) {
                    writeImage(c, "signature", after.signature());
                }
                if (!Objects.equals(before.logo(), after.logo())) {
                    writeImage(c, "logo", after.logo());
                }
            });
            version.record(written);
        }
    }

    private int writeFields(Connection c, OfficeProfile p, long basis) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO office_profile(id, mna_name, title, riding_code, region, address, phone,
                  email, x, facebook, instagram, linkedin, bluesky, threads, mastodon)
                  VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET mna_name = excluded.mna_name, title = excluded.title,
                  riding_code = excluded.riding_code, region = excluded.region, address = excluded.address,
                  phone = excluded.phone, email = excluded.email, x = excluded.x, facebook = excluded.facebook,
                  instagram = excluded.instagram, linkedin = excluded.linkedin, bluesky = excluded.bluesky,
                  threads = excluded.threads, mastodon = excluded.mastodon,
                  version = office_profile.version + 1""" + version.guard())) {
            String[] values = {p.mnaName(), p.title().name(), p.ridingCode(), p.region(), p.address(), p.phone(),
                    p.email(), p.handles().x(), p.handles().facebook(), p.handles().instagram(),
                    p.handles().linkedin(), p.handles().bluesky(), p.handles().threads(), p.handles().mastodon()};
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            ps.setLong(values.length + 1, basis);
            return ps.executeUpdate();
        }
    }

    private static void writeStaff(Connection c, List<String> staff) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM staff");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff(position, name) VALUES (?, ?)")) {
            for (int i = 0; i < staff.size(); i++) {
                ps.setInt(1, i);
                ps.setString(2, staff.get(i));
                ps.executeUpdate();
            }
        }
    }

    private static void writeImage(Connection c, String kind, OfficeImage image) throws SQLException {
        if (image == null) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM office_image WHERE kind = ?")) {
                ps.setString(1, kind);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO office_image(kind, format, width, height, bytes) VALUES (?, ?, ?, ?, ?) ON CONFLICT(kind)"
                        + " DO UPDATE SET format = excluded.format, width = excluded.width, height = excluded.height,"
                        + " bytes = excluded.bytes")) {
            ps.setString(1, kind);
            ps.setString(2, image.format());
            ps.setInt(3, image.width());
            ps.setInt(4, image.height());
            ps.setBytes(5, image.bytes());
            ps.executeUpdate();
        }
    }

    private static OfficeImage image(Connection c, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM office_image WHERE kind = ?")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new OfficeImage(rs.getString("format"), rs.getInt("width"), rs.getInt("height"),
                        rs.getBytes("bytes")) : null;
            }
        }
    }

    private static List<String> staff(Connection c) throws SQLException {
        List<String> staff = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM staff ORDER BY position")) {
            while (rs.next()) {
                staff.add(rs.getString(1));
            }
        }
        return staff;
    }
}
