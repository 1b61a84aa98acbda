package qc.trousse.posts;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every network's rule sets with the date each takes effect, read from assets/data/networks.csv. */
public final class NetworkRuleBook {
    public static final String RESOURCE = "/assets/data/networks.csv";
    private static final NetworkRuleBook SHIPPED = load();
    private final List<RuleFacts> rows;

    NetworkRuleBook(List<RuleFacts> rows) {
        this.rows = rows.stream().sorted(Comparator.comparing(RuleFacts::from)).toList();
    }

    public static NetworkRuleBook shipped() {
        return SHIPPED;
    }

    public List<RuleFacts> all() {
        return rows;
    }

    /**
     * The rule set in force on the day: the latest that starts on or before it; before the first one, the
     * first (the app knows no older rule and will not guess a looser one).
     */
    public RuleFacts on(Network network, LocalDate day) {
        RuleFacts found = null;
        for (RuleFacts r : rows) {
            if (r.network() == network && (found == null || !r.from().isAfter(day))) {
                found = r;
            }
        }
        if (found == null) {
            throw new IllegalStateException("no rules for " + network);
        }
        return found;
    }

    private static NetworkRuleBook load() {
        try (InputStream in = NetworkRuleBook.class.getResourceAsStream(RESOURCE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<RuleFacts> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                rows.add(new RuleFacts(Network.valueOf(r.get("network")), LocalDate.parse(r.get("in_force_from")),
                        Integer.parseInt(r.get("limit")), new RuleFacts.Caps(number(r, "url_length"),
                        number(r, "max_links"), number(r, "max_hashtags"), number(r, "max_bytes")), r.get("source")));
            }
            return new NetworkRuleBook(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int number(CSVRecord r, String column) {
        String v = r.get(column).strip();
        return v.isEmpty() ? 0 : Integer.parseInt(v);
    }
}
