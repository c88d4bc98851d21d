package org.psoexplorer.io;

/** The file is not well-formed JSON (or breaks a limit); carries a message a lecturer can act on. */
final class JsonSyntaxException extends Exception {

    private final transient Json.Position position;
    private final String hint;

    JsonSyntaxException(String message, Json.Position position, String hint) {
        super(message);
        this.position = position;
        this.hint = hint;
    }

    Json.Position position() {
        return position;
    }

    String hint() {
        return hint;
    }
}
