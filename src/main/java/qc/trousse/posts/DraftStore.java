package qc.trousse.posts;

import java.util.List;

/** Where drafts and the office's own templates live: the data file. */
public interface DraftStore {
    List<Draft> drafts();

    /** Writes the draft under its id, replacing any earlier version. */
    void save(Draft draft);

    void delete(long id);

    /** Writes several drafts all together or not at all. */
    void saveAll(List<Draft> drafts);

    /** Removes several drafts all together or not at all. */
    void deleteAll(List<Long> ids);

    long nextId();

    List<PostTemplate> customTemplates();

    void saveTemplate(PostTemplate template);

    void deleteTemplate(String id);

    /** The networks the office posts on and its Mastodon server's limit, kept with the file. */
    OfficeNetworks networks();

    void saveNetworks(OfficeNetworks networks);
}
