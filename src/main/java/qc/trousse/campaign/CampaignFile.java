package qc.trousse.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines of one campaign file (format described in assets/campaign/README.md): {@code key=value}, one per line,
 * {@code #} comments, {@code \n} for a line break inside a value. Each value remembers its line, so a fault can be
 * named where the office will look for it. An empty value means "not announced" for the keys that allow it.
 */
public final class CampaignFile {
    /** One value and where it was written. */
    public record Entry(String value, int line) {
    }

    private final String name;
    private final Map<String, Entry> entries;
    private final List<String> faults;

    private CampaignFile(String name, Map<String, Entry> entries, List<String> faults) {
        this.name = name;
        this.entries = entries;
        this.faults = faults;
    }

    /** Reads the text; lines that are not {@code key=value} and repeated keys are faults, named with their line. */
    public static CampaignFile parse(String name, String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> faults = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                faults.add(CampaignFaults.atLine(name, i + 1, "campaign.fault.notKeyValue"));
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip().replace("\\n", "\n");
            if (entries.putIfAbsent(key, new Entry(value, i + 1)) != null) {
                faults.add(CampaignFaults.at(name, i + 1, key, "campaign.fault.repeated", entries.get(key).line()));
            }
        }
        return new CampaignFile(name, entries, faults);
    }

    public String name() {
        return name;
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Iterable<String> keys() {
        return entries.keySet();
    }

    /** The faults of the text itself, before any value is read. */
    List<String> faults() {
        return faults;
    }

    /** The file as text again, with the given values changed or added: how a file's own edition is kept. */
    public String with(Map<String, String> changes) {
        StringBuilder out = new StringBuilder();
        Map<String, String> left = new LinkedHashMap<>(changes);
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            String value = left.containsKey(e.getKey()) ? left.remove(e.getKey()) : e.getValue().value();
            out.append(e.getKey()).append('=').append(value.replace("\n", "\\n")).append('\n');
        }
        left.forEach((k, v) -> out.append(k).append('=').append(v.replace("\n", "\\n")).append('\n'));
        return out.toString();
    }
}
