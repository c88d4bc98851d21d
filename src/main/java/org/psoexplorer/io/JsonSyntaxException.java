package org.psoexplorer.io;

/** The file is not well-formed JSON (or breaks a limit); carries a message a lecturer can act on. */
final class JsonSyntaxException extends Exception {

    private final transient Json.Position position;
    private final transient Message text;
    private final transient Message hint;

    JsonSyntaxException(Message text, Json.Position position, Message hint) {
        super(text.format());
        this.text = text;
        this.position = position;
        this.hint = hint;
    }

    Json.Position position() {
        return position;
    }

    /** What is wrong, to be worded in the reader's language ({@link #getMessage()} is the English). */
    Message text() {
        return text;
    }

    Message hint() {
        return hint;
    }
}
