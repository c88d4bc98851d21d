package org.psoexplorer.io;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Bounds on what we agree to read, chosen deliberately rather than left to Jackson's defaults:
 * a taxonomy nests five levels deep and its longest text is a long quote, so anything far beyond
 * these is a broken or hostile file, refused before it can exhaust memory or time.
 */
final class JsonLimits {

    /** Deepest nesting accepted; a real taxonomy uses about six levels. */
    static final int MAX_DEPTH = 64;
    /** Longest single string: ten times a long book chapter. */
    static final int MAX_STRING_CHARS = 1_000_000;
    /** Largest file: a 50,000-concept bilingual taxonomy is about 40 MB. */
    static final long MAX_FILE_BYTES = 128L * 1024 * 1024;
    /**
     * Most digits in a number; a year has four. Checked by the loader on the token, where its
     * position is known; Jackson's own limit is set higher (its number errors come without a start).
     */
    static final int MAX_NUMBER_CHARS = 40;
    /** Problems listed per file before the rest are only counted. */
    static final int MAX_PROBLEMS = 100;

    private JsonLimits() {
    }

    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING_CHARS)
                .maxNumberLength(MAX_STRING_CHARS)
                .maxNameLength(1_000)
                .maxDocumentLength(MAX_FILE_BYTES)
                .build();
    }
}
