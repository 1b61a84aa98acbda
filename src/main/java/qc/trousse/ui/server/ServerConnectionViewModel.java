package qc.trousse.ui.server;

import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;
import qc.trousse.store.ServerPasswords;
import qc.trousse.store.ServerProbe;
import qc.trousse.store.ServerStore;
import qc.trousse.store.ServerStoreException;
import qc.trousse.store.StoreUrl;
import qc.trousse.store.UserSettings;
import qc.trousse.ui.task.BackgroundExecutor;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Fichier → Base du bureau…: the fields, « Tester la connexion » (off the FX thread, writing nothing) and its one
 * line, who the user is among the office's team, then the connection itself. Sharing the open file into an empty
 * database is {@link ShareViewModel}'s.
 */
public final class ServerConnectionViewModel {
    /** What the last test found. */
    public enum Answer { NONE, TESTING, OK, EMPTY, FAILED }

    final ServerForm form;
    private final BackgroundExecutor executor;
    private final UserSettings settings;
    private final ServerPasswords passwords;
    private final ObjectProperty<Answer> answer = new SimpleObjectProperty<>(Answer.NONE);
    private final StringProperty answerText = new SimpleStringProperty("");
    private final BooleanProperty tlsOffered = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<String> team = FXCollections.observableArrayList();
    private final StringProperty member = new SimpleStringProperty("");
    private final BooleanBinding canConnect;

    public ServerConnectionViewModel(BackgroundExecutor executor, UserSettings settings, ServerPasswords passwords,
                                     Map<String, String> env) {
        this.form = new ServerForm(passwords, env);
        this.executor = executor;
        this.settings = settings;
        this.passwords = passwords;
        Observable[] fields = {form.host, form.port, form.database, form.user, form.password, form.tls};
        for (Observable f : fields) {
            f.addListener(o -> {
                if (!busy.get()) {
                    answer.set(Answer.NONE);
                    answerText.set("");
                }
            });
        }
        canConnect = Bindings.createBooleanBinding(() -> isOpenable(answer.get()) && !member.get().isBlank()
                && !busy.get(), answer, member, busy);
    }

    /** The server's fields: host, port, database, user, password, TLS mode. */
    public ServerForm form() {
        return form;
    }

    public ObjectProperty<Answer> answer() {
        return answer;
    }

    public StringProperty answerText() {
        return answerText;
    }

    /** Whether the server presented a certificate at the last test, so verify-full may be chosen. */
    public BooleanProperty tlsOffered() {
        return tlsOffered;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** The office's team as the database holds it; empty when the profile names nobody (a free name then). */
    public ObservableList<String> team() {
        return team;
    }

    public StringProperty member() {
        return member;
    }

    public BooleanBinding canConnect() {
        return canConnect;
    }

    /** A Trousse database, or an empty one (a new office then starts on the server). */
    static boolean isOpenable(Answer a) {
        return a == Answer.OK || a == Answer.EMPTY;
    }

    /** Fills the fields from an address (a recent server, or one pasted whole): its password is kept, not shown. */
    public void fill(String address) {
        try {
            form.fill(address);
        } catch (ServerStoreException e) {
            refuse(e.userMessage());
        }
    }

    /** Tests the fields' server off the FX thread; the answer is one line, nothing is written either way. */
    public void test() {
        StoreUrl url = urlOrSay();
        if (url == null) {
            return;
        }
        busy.set(true);
        answer.set(Answer.TESTING);
        answerText.set(I18n.tr("server.window.testing", url.where()));
        executor.submit(progress -> ServerProbe.probe(url), found -> {
            busy.set(false);
            show(url, found);
        }, failure -> {
            busy.set(false);
            refuse(ServerFailures.sentence(url.where(), failure));
        });
    }

    private void show(StoreUrl url, ServerProbe.Found found) {
        tlsOffered.set(found.offersTls());
        team.setAll(found.office().staff());
        String remembered = settings.member(url.where()).orElse("");
        member.set(team.isEmpty() || team.contains(remembered) ? remembered : "");
        if (found.empty()) {
            answer.set(Answer.EMPTY);
            answerText.set(I18n.tr("server.window.empty", url.where()));
            return;
        }
        answer.set(Answer.OK);
        String mna = found.office().mnaName();
        answerText.set(found.needsUpgrade() ? I18n.tr("server.window.upgrade", url.where())
                : mna.isBlank() ? I18n.tr("server.window.okUnnamed", url.where())
                : I18n.tr("server.window.ok", mna, url.where()));
    }

    /**
     * Connects and signs the member in, off the FX thread; the session is made by {@code open} there too. On
     * success the password typed is kept in the keyring and the member remembered for this server.
     */
    public void connect(ServerSessions sessions, Consumer<Session> onOpen) {
        StoreUrl url = urlOrSay();
        if (url == null) {
            return;
        }
        String who = member.get().strip();
        String typed = form.password.get();
        busy.set(true);
        answerText.set(I18n.tr("server.window.connecting", url.where()));
        executor.submit(progress -> sessions.open(url, who), session -> {
            busy.set(false);
            settings.setMember(url.where(), who);
            if (!typed.isEmpty()) {
                ServerFailures.keep(passwords, url.where(), typed);
            }
            onOpen.accept(session);
        }, failure -> {
            busy.set(false);
            refuse(ServerFailures.sentence(url.where(), failure));
        });
    }

    /** The address of the fields, or null once the reason is shown. */
    StoreUrl urlOrSay() {
        try {
            return form.url();
        } catch (ServerStoreException e) {
            refuse(e.userMessage());
        } catch (ServerForm.BadField e) {
            refuse(e.getMessage());
        }
        return null;
    }

    void refuse(String sentence) {
        answer.set(Answer.FAILED);
        answerText.set(sentence);
    }

    void say(Answer kind, String sentence) {
        answer.set(kind);
        answerText.set(sentence);
    }
}
