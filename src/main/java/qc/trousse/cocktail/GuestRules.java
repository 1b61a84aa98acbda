package qc.trousse.cocktail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What makes a guest savable; each problem is a message key naming the field. */
public final class GuestRules {
    public static final int MAX_PARTY = 20;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private GuestRules() {
    }

    public static List<String> problems(Guest g) {
        List<String> problems = new ArrayList<>();
        if (g.name().isEmpty()) {
            problems.add("cocktail.guest.problem.name");
        }
        if (g.partySize() < 1 || g.partySize() > MAX_PARTY) {
            problems.add("cocktail.guest.problem.party");
        }
        if (!g.email().isEmpty() && !EMAIL.matcher(g.email()).matches()) {
            problems.add("cocktail.guest.problem.email");
        }
        return problems;
    }
}
