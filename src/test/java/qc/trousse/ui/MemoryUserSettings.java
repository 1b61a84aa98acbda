package qc.trousse.ui;

import qc.trousse.i18n.Lang;
import qc.trousse.store.UserSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** User settings held in memory, so a UI test neither reads nor changes the tester's own. */
public final class MemoryUserSettings implements UserSettings {
    private Lang lang;
    private final List<Path> recent = new ArrayList<>();
    private final List<String> servers = new ArrayList<>();
    private final java.util.Map<String, String> members = new java.util.HashMap<>();
    private String last;
    private qc.trousse.store.ServerPasswords passwords;

    /** Passwords in a private file of the test's own, never the tester's keyring or config folder. */
    public MemoryUserSettings keepPasswordsIn(Path file) {
        passwords = new qc.trousse.store.PrivateFilePasswords(file);
        return this;
    }

    @Override
    public qc.trousse.store.ServerPasswords passwords() {
        if (passwords == null) {
            keepPasswordsIn(Path.of(System.getProperty("java.io.tmpdir"), "trousse-test-" + ProcessHandle.current().pid(),
                    "server-passwords"));
        }
        return passwords;
    }

    @Override
    public Optional<Lang> language() {
        return Optional.ofNullable(lang);
    }

    @Override
    public void setLanguage(Lang lang) {
        this.lang = lang;
    }

    @Override
    public List<Path> recentFiles() {
        return List.copyOf(recent);
    }

    @Override
    public void addRecentFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        recent.remove(abs);
        recent.add(0, abs);
        last = abs.toString();
    }

    @Override
    public List<String> recentServers() {
        return List.copyOf(servers);
    }

    @Override
    public void addRecentServer(String where) {
        servers.remove(where);
        servers.add(0, where);
        last = where;
    }

    @Override
    public Optional<String> lastStore() {
        return Optional.ofNullable(last);
    }

    @Override
    public Optional<String> member(String where) {
        return Optional.ofNullable(members.get(where));
    }

    @Override
    public void setMember(String where, String member) {
        members.put(where, member);
    }
}
