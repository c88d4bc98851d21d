package org.psoexplorer.io;

/**
 * The kinds of entry a taxonomy file holds, as messages name them ("Each kind should be an object",
 * "The source id … is already used"), and for those that others refer to by id, the list that
 * declares them.
 */
enum Entry {
    CONCEPT("concepts"),
    SOURCE("sources"),
    KIND("kinds"),
    RELATION_TYPE("relationTypes"),
    RELATION(null),
    QUOTE(null),
    TOUR(null),
    STEP(null),
    VIEW("views"),
    POSITION(null);

    private final String listKey;

    Entry(String listKey) {
        this.listKey = listKey;
    }

    /**
     * The key of the top-level list that declares entries of this kind, e.g. "relationTypes"; null
     * for entries nothing refers to by id.
     */
    String listKey() {
        return listKey;
    }

    /** Whether other entries name entries of this kind by id (so that an unknown one is reported). */
    boolean referredTo() {
        return listKey != null;
    }

    /** Its name inside a sentence: "relation type", « type de relation ». */
    Message noun() {
        return Message.of("entry." + name());
    }

    /** "Unknown concept …": its own sentence, as a translation's adjective agrees with the noun. */
    Message unknown(Object id) {
        if (!referredTo()) {
            throw new IllegalStateException("Nothing refers to a " + this + " by id");
        }
        return Message.of("unknown." + name(), id);
    }
}
