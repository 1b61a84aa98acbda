package qc.trousse.posts;

import java.util.List;

/** Who the office honours this week, from the certificates' recipients; read only. */
@FunctionalInterface
public interface HonouredList {
    HonouredList NONE = List::of;

    List<Honoured> all();
}
