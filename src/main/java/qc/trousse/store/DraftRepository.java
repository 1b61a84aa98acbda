package qc.trousse.store;

import qc.trousse.i18n.Localized;
import qc.trousse.posts.Draft;
import qc.trousse.posts.DraftStore;
import qc.trousse.posts.Network;
import qc.trousse.posts.OfficeNetworks;
import qc.trousse.posts.PostState;
import qc.trousse.posts.PostTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the social-post drafts and the office's own post templates. */
public final class DraftRepository implements DraftStore {
    private static final String NETWORKS = "posts.networks";
    private static final String MASTODON_LIMIT = "posts.mastodonLimit";
    private final Store file;
    private final RowVersions versions = new RowVersions("post_draft", (c, rs) -> draft(rs));
    private final RowVersions templateVersions = new RowVersions("post_template", (c, rs) -> template(rs));
    private final SettingRepository settings;

    public DraftRepository(Store file) {
        this.file = file;
        this.settings = new SettingRepository(file);
    }

    @Override
    public List<Draft> drafts() {
        synchronized (file) {
            try (Statement s = file.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM post_draft ORDER BY id")) {
                List<Draft> drafts = new ArrayList<>();
                while (rs.next()) {
                    versions.saw(rs.getLong("id"), rs.getLong("version"));
                    drafts.add(draft(rs));
                }
                return drafts;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    private static Draft draft(ResultSet rs) throws SQLException {
        String at = rs.getString("approved_at");
        return new Draft(rs.getLong("id"), Network.valueOf(rs.getString("network")),
                rs.getString("template_id"), rs.getString("gesture_id"), rs.getString("french"),
                rs.getString("english"), rs.getInt("bilingual") != 0, LocalDate.parse(rs.getString("day")),
                LocalTime.parse(rs.getString("time")), PostState.valueOf(rs.getString("state")),
                rs.getString("approved_by"), at == null ? null : LocalDateTime.parse(at));
    }

    @Override
    public void save(Draft d) {
        saveAll(List.of(d));
    }

    /** A draft someone else changed or deleted since it was read is not overwritten (EditConflict). */
    @Override
    public void saveAll(List<Draft> drafts) {
        RowVersions.Written written = new RowVersions.Written();
        synchronized (file) {
            Connection c = file.connection();
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO post_draft(id, network, template_id, gesture_id, french, english,
                          bilingual, day, time, state, approved_by, approved_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(id) DO UPDATE SET network = excluded.network, template_id = excluded.template_id,
                          gesture_id = excluded.gesture_id, french = excluded.french, english = excluded.english,
                          bilingual = excluded.bilingual, day = excluded.day, time = excluded.time,
                          state = excluded.state, approved_by = excluded.approved_by,
                          approved_at = excluded.approved_at, version = post_draft.version + 1""" + versions.guard())) {
                    for (Draft d : drafts) {
                        ps.setLong(1, d.id());
                        ps.setString(2, d.network().name());
                        ps.setString(3, d.templateId());
                        ps.setString(4, d.gestureId());
                        ps.setString(5, d.french());
                        ps.setString(6, d.english());
                        ps.setInt(7, d.bilingual() ? 1 : 0);
                        ps.setString(8, d.day().toString());
                        ps.setString(9, d.time().toString());
                        ps.setString(10, d.state().name());
                        ps.setString(11, d.approvedBy());
                        ps.setString(12, d.approvedAt() == null ? null : d.approvedAt().toString());
                        ps.setLong(13, versions.basis(d.id()));
                        versions.wrote(c, d.id(), ps.executeUpdate(), written);
                    }
                }
            });
            versions.record(written);
        }
    }

    @Override
    public void deleteAll(List<Long> ids) {
        synchronized (file) {
            delete(versions, "post_draft", ids);
        }
    }

    @Override
    public void delete(long id) {
        deleteAll(List.of(id));
    }

    @Override
    public long nextId() {
        return IdCounter.next(file, "post_draft");
    }

    @Override
    public List<PostTemplate> customTemplates() {
        synchronized (file) {
            try (Statement s = file.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM post_template ORDER BY length(id), id")) {
                List<PostTemplate> templates = new ArrayList<>();
                while (rs.next()) {
                    templateVersions.saw(rs.getString("id"), rs.getLong("version"));
                    templates.add(template(rs));
                }
                return templates;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    private static PostTemplate template(ResultSet rs) throws SQLException {
        String title = rs.getString("title");
        return new PostTemplate(rs.getString("id"), PostTemplate.Kind.CUSTOM, "", new Localized(title, title),
                new Localized(rs.getString("french"), rs.getString("english")));
    }

    @Override
    public void saveTemplate(PostTemplate t) {
        RowVersions.Written written = new RowVersions.Written();
        synchronized (file) {
            Connection c = file.connection();
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO post_template(id, title, french, english)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
                        + " french = excluded.french, english = excluded.english,"
                        + " version = post_template.version + 1" + templateVersions.guard())) {
                    String[] values = {t.id(), t.title().fr(), t.text().fr(), t.text().en()};
                    for (int i = 0; i < values.length; i++) {
                        ps.setString(i + 1, values[i]);
                    }
                    ps.setLong(5, templateVersions.basis(t.id()));
                    templateVersions.wrote(c, t.id(), ps.executeUpdate(), written);
                }
            });
            templateVersions.record(written);
        }
    }

    @Override
    public void deleteTemplate(String id) {
        synchronized (file) {
            delete(templateVersions, "post_template", List.of(id));
        }
    }

    @Override
    public OfficeNetworks networks() {
        return OfficeNetworks.parse(settings.get(NETWORKS).orElse(null), settings.get(MASTODON_LIMIT).orElse(null));
    }

    /** In the file's settings: a file that never chose reads as the four networks of JPS 2020. */
    @Override
    public void saveNetworks(OfficeNetworks networks) {
        settings.put(NETWORKS, networks.usedText());
        settings.put(MASTODON_LIMIT, networks.mastodonLimit() > 0 ? Integer.toString(networks.mastodonLimit()) : null);
    }

    private void delete(RowVersions rows, String table, List<?> keys) {
        Connection c = file.connection();
        RowVersions.Written written = new RowVersions.Written();
        Transactions.run(c, () -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ? AND version = ?")) {
                for (Object key : keys) {
                    ps.setObject(1, key);
                    ps.setLong(2, rows.basis(key));
                    rows.deleted(c, key, ps.executeUpdate(), written);
                }
            }
        });
        rows.record(written);
    }
}
