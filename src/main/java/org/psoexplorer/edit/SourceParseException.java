package org.psoexplorer.edit;

import java.util.Locale;
import org.psoexplorer.io.Message;

/**
 * A pasted reference that cannot be read; the message says why in words for the user: English in
 * {@link #getMessage()}, the window's language in {@link #message(Locale)}.
 */
public final class SourceParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message text;

    SourceParseException(Message text) {
        super(text.format());
        this.text = text;
    }

    /** Why the reference cannot be read, in {@code locale}'s language (English where there are no words in it). */
    public String message(Locale locale) {
        return text.format(locale);
    }
}
