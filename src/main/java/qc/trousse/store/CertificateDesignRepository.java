package qc.trousse.store;

import qc.trousse.certificates.render.Align;
import qc.trousse.certificates.render.Background;
import qc.trousse.certificates.render.CertificateDesign;
import qc.trousse.certificates.render.DesignStore;
import qc.trousse.certificates.render.FieldId;
import qc.trousse.certificates.render.FieldStyle;
import qc.trousse.certificates.render.FontRole;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Reads and writes the certificate design; each save is one transaction. */
public final class CertificateDesignRepository implements DesignStore {
    private final Store file;
    /** A conflict on the background or on one field brings the whole design as the colleague left it. */
    private final RowVersions backgroundVersion = new RowVersions("certificate_background", (c, rs) -> design(c, null));
    private final RowVersions fieldVersions = new RowVersions("certificate_field", "field", (c, rs) -> design(c, null));

    public CertificateDesignRepository(Store file) {
        this.file = file;
    }

    @Override
    public CertificateDesign load() {
        Connection c = file.connection();
        synchronized (file) {
            try {
                return design(c, this);
            } catch (SQLException | IllegalArgumentException e) {
                throw new StoreException(e);
            }
        }
    }

    /** The design in the store; {@code seen} (when given) records the versions read. */
    private static CertificateDesign design(Connection c, CertificateDesignRepository seen) throws SQLException {
        try (Statement s = c.createStatement()) {
            Background background = null;
            if (seen != null) {
                seen.backgroundVersion.forget(1L);
            }
            try (ResultSet rs = s.executeQuery("SELECT kind, bytes, version FROM certificate_background WHERE id = 1")) {
                if (rs.next()) {
                    background = new Background(Background.Kind.valueOf(rs.getString(1)), rs.getBytes(2));
                    if (seen != null) {
                        seen.backgroundVersion.saw(1L, rs.getLong(3));
                    }
                }
            }
            Map<FieldId, FieldStyle> fields = new EnumMap<>(FieldId.class);
            try (ResultSet rs = s.executeQuery("SELECT * FROM certificate_field")) {
                while (rs.next()) {
                    if (seen != null) {
                        seen.fieldVersions.saw(rs.getString("field"), rs.getLong("version"));
                    }
                    fields.put(FieldId.valueOf(rs.getString("field")), new FieldStyle(rs.getDouble("x"),
                            rs.getDouble("y"), rs.getDouble("width"), rs.getDouble("height"),
                            rs.getFloat("size"), rs.getInt("color"), Align.valueOf(rs.getString("align")),
                            FontRole.valueOf(rs.getString("font")), rs.getInt("visible") != 0));
                }
            }
            return new CertificateDesign(background, fields);
        }
    }

    /** Writes the fields that changed, and the background only when it did (it can weigh megabytes). */
    @Override
    public void save(CertificateDesign before, CertificateDesign after) {
        Connection c = file.connection();
        RowVersions.Written background = new RowVersions.Written();
        RowVersions.Written fields = new RowVersions.Written();
        synchronized (file) {
            Transactions.run(c, () -> {
                if (!Objects.equals(before.background(), after.background())) {
                    writeBackground(c, after.background(), background);
                }
                for (FieldId id : FieldId.values()) {
                    if (!after.style(id).equals(before.style(id)) || !stored(c, id)) {
                        writeField(c, id, after.style(id), fields);
                    }
                }
            });
            backgroundVersion.record(background);
            fieldVersions.record(fields);
        }
    }

    private static boolean stored(Connection c, FieldId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM certificate_field WHERE field = ?")) {
            ps.setString(1, id.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void writeBackground(Connection c, Background bg, RowVersions.Written written) throws SQLException {
        if (bg == null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM certificate_background WHERE id = 1 AND version = ?")) {
                ps.setLong(1, backgroundVersion.basis(1L));
                backgroundVersion.deleted(c, 1L, ps.executeUpdate(), written);
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO certificate_background(id, kind, bytes)"
                + " VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, bytes = excluded.bytes,"
                + " version = certificate_background.version + 1" + backgroundVersion.guard())) {
            ps.setString(1, bg.kind().name());
            ps.setBytes(2, bg.bytes());
            ps.setLong(3, backgroundVersion.basis(1L));
            backgroundVersion.wrote(c, 1L, ps.executeUpdate(), written);
        }
    }

    private void writeField(Connection c, FieldId id, FieldStyle f, RowVersions.Written written)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO certificate_field(field, x, y, width, height, size, color, align, font, visible)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(field) DO UPDATE SET x = excluded.x, y = excluded.y, width = excluded.width,
                  height = excluded.height, size = excluded.size, color = excluded.color, align = excluded.align,
                  font = excluded.font, visible = excluded.visible,
                  version = certificate_field.version + 1""" + fieldVersions.guard())) {
            ps.setString(1, id.name());
            ps.setDouble(2, f.x());
            ps.setDouble(3, f.y());
            ps.setDouble(4, f.width());
            ps.setDouble(5, f.height());
            ps.setFloat(6, f.size());
            ps.setInt(7, f.color());
            ps.setString(8, f.align().name());
            ps.setString(9, f.font().name());
            ps.setInt(10, f.visible() ? 1 : 0);
            ps.setLong(11, fieldVersions.basis(id.name()));
            fieldVersions.wrote(c, id.name(), ps.executeUpdate(), written);
        }
    }
}
