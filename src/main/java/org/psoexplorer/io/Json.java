package org.psoexplorer.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in the file. Jackson's own tree forgets locations,
 * and every message we give must name a line and column.
 */
sealed interface Json {

    Position at();

    /** Words for the kind of value, as a user would say it. */
    String describe();

    record Position(int line, int column) {
        static final Position NONE = new Position(0, 0);
    }

    /** A member of an object, with the position of its key (where typos are). */
    record Member(String key, Position keyAt, Json value) {
    }

    record Obj(Position at, Map<String, Member> members) implements Json {
        public Obj {
            members = new LinkedHashMap<>(members);
        }

        public String describe() {
            return "an object";
        }
    }

    record Arr(Position at, List<Json> items) implements Json {
        public String describe() {
            return "a list";
        }
    }

    record Str(Position at, String value) implements Json {
        public String describe() {
            return "the text \"" + Suggestions.abbreviate(value, 40) + "\"";
        }
    }

    record Num(Position at, Number value, boolean integral) implements Json {
        public String describe() {
            return "the number " + value;
        }
    }

    record Bool(Position at, boolean value) implements Json {
        public String describe() {
            return value ? "true" : "false";
        }
    }

    record Null(Position at) implements Json {
        public String describe() {
            return "null";
        }
    }
}
