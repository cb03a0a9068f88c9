package io.newsgraph.dataset;

import java.lang.reflect.RecordComponent;
import java.util.function.BiFunction;

/** Reading and copying the dataset records by field name (they are registered for reflection). */
public final class Records {

    private Records() {
    }

    /** The value of a record's component; null when it has none of that name. */
    public static Object get(Record record, String name) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return value(component, record);
            }
        }
        return null;
    }

    /** A copy whose every field is {@code change(name, current value)}. */
    @SuppressWarnings("unchecked")
    static <T extends Record> T copy(T record, BiFunction<String, Object, Object> change) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = change.apply(components[i].getName(), value(components[i], record));
        }
        try {
            return (T) record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
