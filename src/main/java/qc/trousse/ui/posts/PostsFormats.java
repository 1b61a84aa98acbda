package qc.trousse.ui.posts;

import javafx.util.StringConverter;
import qc.trousse.i18n.I18n;
import qc.trousse.posts.Network;
import qc.trousse.ui.ShownAs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How networks and days are named in the posts screen's lists. */
final class PostsFormats {
    private PostsFormats() {
    }

    static StringConverter<Network> networkNames() {
        return new StringConverter<>() {
            @Override
            public String toString(Network n) {
                return n == null ? "" : n.label();
            }

            @Override
            public Network fromString(String s) {
                return Network.parse(s);
            }
        };
    }

    static StringConverter<LocalDate> dayNames() {
        return ShownAs.text(d -> d.format(DateTimeFormatter.ofPattern(I18n.tr("date.day"), I18n.language().locale())));
    }

}
