package org.psoexplorer.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of bibliographic record a taxonomy may cite. */
public enum SourceType {
    UN_DOCUMENT("un-document"),
    DOCTRINE("doctrine"),
    REPORT("report"),
    ARTICLE("article"),
    BOOK("book"),
    OTHER("other");

    private final String id;

    SourceType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<SourceType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(SourceType::id).toList();
    }
}
