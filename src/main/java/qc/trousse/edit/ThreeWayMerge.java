package qc.trousse.edit;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A three-way merge of one row: what the user's edit was based on, the user's version, and the colleague's. A
 * field only one side changed takes that side's value by itself; a field both changed to different values is a
 * {@link Clash}, decided by the user. Records are merged component by component and maps entry by entry, down
 * to the plain values (a name, a date, a list of names), so the same code merges a guest, a draft or the profile.
 */
public final class ThreeWayMerge {
    /** A field both sides changed: its path ("handles.x", "[17].name"), its name, and the two values. */
    public record Clash(String path, String field, Object mine, Object theirs) {
    }

    private final Object base;
    private final Object mine;
    private final Object theirs;
    private final List<Clash> clashes = new ArrayList<>();
    private final List<String> fromTheirs = new ArrayList<>();

    private ThreeWayMerge(Object base, Object mine, Object theirs) {
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
        merge(base, mine, theirs, "", "", Map.of(), true);
    }

    public static ThreeWayMerge of(Object base, Object mine, Object theirs) {
        return new ThreeWayMerge(base, mine, theirs);
    }

    /** The fields both changed, in the row's order. */
    public List<Clash> clashes() {
        return List.copyOf(clashes);
    }

    /** The names of the fields only the colleague changed, taken by themselves. */
    public List<String> fromTheirs() {
        return List.copyOf(fromTheirs);
    }

    /** The merged row, each clash decided: true takes the user's value for that path, false the colleague's. */
    public Object resolve(Map<String, Boolean> mineByPath) {
        return merge(base, mine, theirs, "", "", mineByPath, false);
    }

    private Object merge(Object b, Object m, Object t, String path, String field, Map<String, Boolean> mineByPath,
                         boolean collect) {
        if (Objects.equals(m, t) || Objects.equals(b, t)) {
            return m;
        }
        if (Objects.equals(b, m)) {
            if (collect && !field.isEmpty()) {
                fromTheirs.add(field);
            }
            return t;
        }
        if (m != null && t != null && b != null && m.getClass() == t.getClass() && b.getClass() == m.getClass()
                && m.getClass().isRecord()) {
            return mergeRecord(b, m, t, path, mineByPath, collect);
        }
        if (m instanceof Map<?, ?> mm && t instanceof Map<?, ?> tm && b instanceof Map<?, ?> bm) {
            return mergeMap(bm, mm, tm, path, field, mineByPath, collect);
        }
        if (collect) {
            clashes.add(new Clash(path, field, m, t));
        }
        return mineByPath.getOrDefault(path, Boolean.TRUE) ? m : t;
    }

    private Object mergeRecord(Object b, Object m, Object t, String path, Map<String, Boolean> mineByPath,
                               boolean collect) {
        RecordComponent[] parts = m.getClass().getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                RecordComponent part = parts[i];
                part.getAccessor().setAccessible(true);
                String name = part.getName();
                values[i] = merge(part.getAccessor().invoke(b), part.getAccessor().invoke(m),
                        part.getAccessor().invoke(t), path.isEmpty() ? name : path + "." + name, name, mineByPath,
                        collect);
                types[i] = part.getType();
            }
            Constructor<?> canonical = m.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot merge " + m.getClass().getName(), e);
        }
    }

    private Object mergeMap(Map<?, ?> b, Map<?, ?> m, Map<?, ?> t, String path, String field,
                            Map<String, Boolean> mineByPath, boolean collect) {
        Set<Object> keys = new LinkedHashSet<>(m.keySet());
        keys.addAll(t.keySet());
        keys.addAll(b.keySet());
        Map<Object, Object> merged = new LinkedHashMap<>();
        for (Object key : keys) {
            Object value = merge(b.get(key), m.get(key), t.get(key), path + "[" + key + "]", field, mineByPath,
                    collect);
            if (value != null || m.containsKey(key) && t.containsKey(key)) {
                merged.put(key, value);
            }
        }
        return merged;
    }
}
