package io.hopscope.io.aws.describe;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a describe record straight from the parser, for the common case only: every value has the
 * JSON type of its component (a string for a String, an int for an Integer, an ISO timestamp for an
 * Instant, an array for a List, an object for a record), keys match components ignoring case, each
 * key once. Anything else (a number written as a string, a duplicate key, a value a record's
 * constructor refuses) throws {@link Unbindable} and the caller binds that element with Jackson's
 * databind, which then decides exactly as before. A quota-scale account is 25,000 records in 20 MB;
 * databind's general machinery costs several times this loop on a cold JVM.
 */
final class RecordBinder {

    /** The element needs databind; no stack trace, it is a signal, not an error. */
    static final class Unbindable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unbindable() {
            super(null, null, false, false);
        }
    }

    private static final Unbindable UNBINDABLE = new Unbindable();
    /** Distinct key spellings remembered per record type; more only means more lower-casing. */
    private static final int MAX_CACHED_KEYS = 256;

    private enum Kind { STRING, INTEGER, INT, LONG_OBJECT, LONG, BOOLEAN, INSTANT, RECORD, LIST, OTHER }

    /**
     * How one component is read: its kind, and for a list or record its element or record type,
     * whose shape is looked up on first use and then kept here (a map lookup per nested record was
     * 7 % of the reading's samples at quota scale).
     */
    private static final class Slot {
        final Kind kind;
        final Kind element;
        final Class<?> type;
        /** Set once, by whichever reader gets there first; every reader computes the same shape. */
        private Shape nested;

        Slot(Kind kind, Kind element, Class<?> type) {
            this.kind = kind;
            this.element = element;
            this.type = type;
        }
    }

    /** A record type: its canonical constructor and components, looked up once. */
    private static final class Shape {
        /** A type this binder leaves to databind, remembered so it is not looked at again. */
        static final Shape NONE = new Shape();

        final Constructor<?> constructor;
        final Slot[] slots;
        /** The arguments of a record whose JSON has none of its keys: 0 for a primitive, else null. */
        final Object[] missing;
        /** AWS's spelling of each component (its name capitalised) and the name itself, by identity. */
        final KeySpellings spelled;
        final Map<String, Integer> byLowerName = new HashMap<>();
        final Map<String, Integer> byKey = new ConcurrentHashMap<>();

        private Shape() {
            constructor = null;
            slots = new Slot[0];
            missing = new Object[0];
            spelled = new KeySpellings(0);
        }

        Shape(Class<?> type) throws ReflectiveOperationException {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            slots = new Slot[components.length];
            missing = new Object[components.length];
            spelled = new KeySpellings(components.length * 2);
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                slots[i] = slot(components[i].getType(), components[i].getGenericType());
                // A missing primitive is 0, as databind leaves it.
                missing[i] = slots[i].kind == Kind.INT ? (Object) 0 : slots[i].kind == Kind.LONG ? (Object) 0L : null;
                byLowerName.put(components[i].getName().toLowerCase(Locale.ROOT), i);
            }
            for (RecordComponent c : components) {
                // The index the case-insensitive lookup gives, so both ways agree on every key.
                int i = byLowerName.get(c.getName().toLowerCase(Locale.ROOT));
                spelled.put(c.getName(), i);
                spelled.put(Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1), i);
            }
            constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        }

        /** The component index of a JSON key, or -1 for a key the record does not have. */
        int index(String key) {
            int i = spelled.get(key);
            if (i != KeySpellings.ABSENT) {
                return i;
            }
            Integer known = byKey.get(key);
            if (known == null) {
                known = byLowerName.getOrDefault(key.toLowerCase(Locale.ROOT), -1);
                if (byKey.size() < MAX_CACHED_KEYS) {
                    byKey.put(key, known);
                }
            }
            return known;
        }
    }

    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    /** Binds the object at the parser's START_OBJECT; on return the parser is at its END_OBJECT. */
    Object bind(JsonParser p, Class<?> type) throws IOException {
        return bind(p, shapes.computeIfAbsent(type, RecordBinder::shapeOf));
    }

    private Object bind(JsonParser p, Shape shape) throws IOException {
        if (shape == Shape.NONE || p.currentToken() != JsonToken.START_OBJECT) {
            throw UNBINDABLE;
        }
        // Not clone(): C1 calls into the VM for it (JVM_Clone, 18 ms of a quota trace under perf); arraycopy is inlined.
        Object[] args = new Object[shape.missing.length];
        System.arraycopy(shape.missing, 0, args, 0, args.length);
        // Records here have far fewer than 64 components; a longer one is bound by databind.
        long seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            int i = shape.index(p.currentName());
            JsonToken t = p.nextToken();
            if (i < 0) {
                p.skipChildren();
                continue;
            }
            long bit = 1L << i;
            if ((seen & bit) != 0) {
                throw UNBINDABLE;
            }
            seen |= bit;
            Slot slot = shape.slots[i];
            args[i] = slot.kind == Kind.LIST ? list(p, t, slot) : value(p, t, slot.kind, slot);
        }
        try {
            return shape.constructor.newInstance(args);
        } catch (InvocationTargetException | InstantiationException | IllegalAccessException | IllegalArgumentException e) {
            throw UNBINDABLE;
        }
    }

    private List<Object> list(JsonParser p, JsonToken t, Slot slot) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            throw UNBINDABLE;
        }
        JsonToken e = p.nextToken();
        if (e == JsonToken.END_ARRAY) {
            return BoundList.empty();
        }
        List<Object> list = new ArrayList<>();
        for (; e != JsonToken.END_ARRAY; e = p.nextToken()) {
            list.add(value(p, e, slot.element, slot));
        }
        List<Object> bound = BoundList.of(list);
        return bound != null ? bound : list;
    }

    private Object value(JsonParser p, JsonToken t, Kind kind, Slot slot) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            if (kind == Kind.INT || kind == Kind.LONG) {
                throw UNBINDABLE;
            }
            return null;
        }
        switch (kind) {
            case STRING:
                if (t == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                break;
            case INTEGER, INT:
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    return p.getIntValue();
                }
                break;
            case LONG_OBJECT, LONG:
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    return p.getLongValue();
                }
                break;
            case BOOLEAN:
                if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                    return t == JsonToken.VALUE_TRUE;
                }
                break;
            case INSTANT:
                if (t == JsonToken.VALUE_STRING) {
                    try {
                        return AwsTimestamps.parse(p.getText());
                    } catch (IllegalArgumentException e) {
                        throw UNBINDABLE;
                    }
                }
                break;
            case RECORD:
                if (t == JsonToken.START_OBJECT) {
                    Shape nested = slot.nested;
                    if (nested == null) {
                        nested = shapes.computeIfAbsent(slot.type, RecordBinder::shapeOf);
                        slot.nested = nested;
                    }
                    return bind(p, nested);
                }
                break;
            default:
                break;
        }
        throw UNBINDABLE;
    }

    private static Shape shapeOf(Class<?> type) {
        if (!type.isRecord()) {
            return Shape.NONE;
        }
        try {
            Shape shape = new Shape(type);
            if (shape.slots.length > Long.SIZE) {
                return Shape.NONE;
            }
            for (Slot s : shape.slots) {
                if (s.kind == Kind.OTHER || s.element == Kind.OTHER || s.element == Kind.LIST) {
                    return Shape.NONE;
                }
            }
            return shape;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Shape.NONE;
        }
    }

    private static Slot slot(Class<?> raw, Type generic) {
        if (raw == List.class) {
            if (generic instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof Class<?> e) {
                return new Slot(Kind.LIST, kind(e), e);
            }
            return new Slot(Kind.OTHER, null, raw);
        }
        return new Slot(kind(raw), null, raw);
    }

    private static Kind kind(Class<?> c) {
        if (c == String.class) {
            return Kind.STRING;
        } else if (c == Integer.class) {
            return Kind.INTEGER;
        } else if (c == int.class) {
            return Kind.INT;
        } else if (c == Long.class) {
            return Kind.LONG_OBJECT;
        } else if (c == long.class) {
            return Kind.LONG;
        } else if (c == Boolean.class) {
            return Kind.BOOLEAN;
        } else if (c == Instant.class) {
            return Kind.INSTANT;
        } else if (c == List.class) {
            return Kind.LIST;
        }
        return c.isRecord() ? Kind.RECORD : Kind.OTHER;
    }
}
