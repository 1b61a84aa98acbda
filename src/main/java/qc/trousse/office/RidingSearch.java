package qc.trousse.office;

import java.util.ArrayList;
import java.util.List;

/**
 * What the riding search shows for what the office typed: the ridings of the file's map that match, and one
 * line to say why when that is not the whole story: nothing matches, or the text is the name of a riding of
 * another map (then the ridings that took over its territory are listed too).
 */
public record RidingSearch(String query, List<Riding> matches, String note) {
    public RidingSearch {
        matches = List.copyOf(matches);
    }

    public static RidingSearch of(Ridings map, String query) {
        String typed = query == null ? "" : query.trim();
        if (typed.isEmpty()) {
            return new RidingSearch(typed, map.all(), "");
        }
        List<Riding> matches = new ArrayList<>(map.search(typed));
        RidingAnswer answer = map.check(typed);
        List<Riding> traced = answer instanceof RidingAnswer.Former f ? f.now()
                : answer instanceof RidingAnswer.Later l ? l.before() : List.of();
        traced.stream().filter(r -> !matches.contains(r)).forEach(matches::add);
        if (!traced.isEmpty() || answer instanceof RidingAnswer.Former || answer instanceof RidingAnswer.Later) {
            return new RidingSearch(typed, matches, RidingTexts.refusal(answer));
        }
        return new RidingSearch(typed, matches, matches.isEmpty()
                ? RidingTexts.refusal(new RidingAnswer.None(typed)) : "");
    }

    public boolean nothingFound() {
        return matches.isEmpty();
    }
}
