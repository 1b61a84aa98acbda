package qc.trousse.store;

import qc.trousse.i18n.Localized;
import qc.trousse.posts.Draft;
import qc.trousse.posts.DraftStore;
import qc.trousse.posts.OfficeNetworks;
import qc.trousse.posts.PostTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the social-post drafts and the office's own post templates. */
public final class DraftRepository implements DraftStore {
    private static final String NETWORKS = "posts.networks";
    private static final String MASTODON_LIMIT = "posts.mastodonLimit";
    private final Store file;
    private final RowVersions versions = new RowVersions("post_draft", (c, rs) -> DraftRows.read(rs));
    private final RowVersions templateVersions = new RowVersions("post_template", (c, rs) -> template(rs));
    private final SettingRepository settings;
    private final KeptRows<Draft> kept;

    public DraftRepository(Store file) {
        this.file = file;
        this.settings = new SettingRepository(file);
        this.kept = new KeptRows<>(file, "post_draft", versions, Draft::id, DraftRows::values);
    }

    /** On the office's server, the user's changes kept while it is away (ADR 0020) are shown over its rows. */
    @Override
    public List<Draft> drafts() {
        return kept.read(this::read);
    }

    private List<Draft> read() {
        synchronized (file) {
            try (Statement s = file.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM post_draft ORDER BY id")) {
                List<Draft> drafts = new ArrayList<>();
                while (rs.next()) {
                    versions.saw(rs.getLong("id"), rs.getLong("version"));
                    drafts.add(DraftRows.read(rs));
                }
                return drafts;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    @Override
    public void save(Draft d) {
        saveAll(List.of(d));
    }

    /**
     * A draft someone else changed or deleted since it was read is not overwritten (EditConflict). While the
     * office's server is away, changes are kept and sent on its return (ADR 0020); a new draft is refused.
     */
    @Override
    public void saveAll(List<Draft> drafts) {
        try {
            write(drafts);
        } catch (StoreException e) {
            if (!kept.keptWrite(e, drafts, List.of())) {
                throw e;
            }
        }
    }

    private void write(List<Draft> drafts) {
        RowVersions.Written written = new RowVersions.Written();
        synchronized (file) {
            Connection c = file.connection();
            Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement(DraftRows.UPSERT + versions.guard())) {
                    for (Draft d : drafts) {
                        DraftRows.bind(ps, d);
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
        try {
            synchronized (file) {
                delete(versions, "post_draft", ids);
            }
        } catch (StoreException e) {
            if (!kept.keptDeletion(e, ids)) {
                throw e;
            }
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
