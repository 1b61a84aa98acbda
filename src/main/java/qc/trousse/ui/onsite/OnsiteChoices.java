package qc.trousse.ui.onsite;

import qc.trousse.certificates.render.Paper;
import qc.trousse.session.Session;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * The printer and paper chosen on site, remembered while the file is open: the screen is built again after a
 * language switch, the choices are not asked again.
 */
final class OnsiteChoices {
    private static final Map<Session, OnsiteChoices> BY_SESSION = new WeakHashMap<>();
    String printer;
    Paper paper = Paper.LETTER;
    int copies = 1;

    static synchronized OnsiteChoices of(Session session) {
        return BY_SESSION.computeIfAbsent(session, s -> new OnsiteChoices());
    }
}
