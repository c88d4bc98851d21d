package org.psoexplorer.edit;

import org.psoexplorer.model.Source;

/**
 * Reads a source pasted from a reference manager (Zotero, JabRef, Mendeley...) as BibTeX or CSL-JSON
 * into a {@link Source} the form then shows for checking. Bad input gives a
 * {@link SourceParseException} with a sentence for the user, never a crash.
 */
public final class SourceParser {

    private SourceParser() {
    }

    /** The first entry of a BibTeX text such as {@code @article{key, title = {...}, ...}}. */
    public static Source parseBibTeX(String text) throws SourceParseException {
        throw new SourceParseException("not yet");
    }

    /** A CSL-JSON item, or the first item of a CSL-JSON list. */
    public static Source parseCslJson(String text) throws SourceParseException {
        throw new SourceParseException("not yet");
    }

    /** Whichever of the two the text looks like: JSON starts with { or [, BibTeX with @. */
    public static Source parse(String text) throws SourceParseException {
        String t = text == null ? "" : text.strip();
        return t.startsWith("@") ? parseBibTeX(t) : parseCslJson(t);
    }
}
