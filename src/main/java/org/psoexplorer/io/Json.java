package org.psoexplorer.io;

import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in the file. Jackson's own tree forgets locations,
 * and every message we give must name a line and column. Positions are packed into a long per
 * value (see {@link Position#pack}): a 50,000-concept file holds millions of values, and a
 * position object each would cost more than the text itself.
 */
sealed interface Json {

    Position at();

    /** Words for the kind of value, as a user would say it. */
    Message describe();

    record Position(int line, int column) {
        static final Position NONE = new Position(0, 0);

        static long pack(int line, int column) {
            return ((long) line << 32) | (column & 0xffffffffL);
        }

        static Position unpack(long packed) {
            return packed == 0 ? NONE : new Position((int) (packed >>> 32), (int) packed);
        }

        long packed() {
            return pack(line, column);
        }
    }

    /** A member of an object, with the position of its key (where typos are). */
    record Member(String key, long keyPosition, Json value) {
        Position keyAt() {
            return Position.unpack(keyPosition);
        }
    }

    /** An object; its members keep the file's order. The parser hands over its map: no copy is made. */
    record Obj(long position, Map<String, Member> members) implements Json {
        public Position at() {
            return Position.unpack(position);
        }

        public Message describe() {
            return Message.of("value.object");
        }
    }

    record Arr(long position, List<Json> items) implements Json {
        public Position at() {
            return Position.unpack(position);
        }

        public Message describe() {
            return Message.of("value.list");
        }
    }

    record Str(long position, String value) implements Json {
        public Position at() {
            return Position.unpack(position);
        }

        public Message describe() {
            return Message.of("value.text", Suggestions.abbreviate(value, 40));
        }
    }

    record Num(long position, Number value, boolean integral) implements Json {
        public Position at() {
            return Position.unpack(position);
        }

        public Message describe() {
            return Message.of("value.number", String.valueOf(value));
        }
    }

    record Bool(long position, boolean value) implements Json {
        public Position at() {
            return Position.unpack(position);
        }

        public Message describe() {
            return Message.of("value.literal", value ? "true" : "false");
        }
    }

    record Null(long position) implements Json {
        public Position at() {
            return Position.unpack(position);
        }

        public Message describe() {
            return Message.of("value.literal", "null");
        }
    }
}
