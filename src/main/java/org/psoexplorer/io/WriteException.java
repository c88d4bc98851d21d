package org.psoexplorer.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A file that was not written, and why, as a kind the window can say in its own language; the
 * message is the command line's English. The window's French interface had shown "L’export a
 * échoué : Could not write … no space left on device".
 */
public final class WriteException extends IOException {

    /** Why a file was not written. The arguments each kind takes are listed with it. */
    public enum Why {
        /** (file) The path names no file: a root, or nothing. */
        NOT_A_FILE,
        /** (file) The path is a folder. */
        IS_A_FOLDER,
        /** (file, folder) The folder to write in does not exist. */
        NO_FOLDER,
        /** (file, folder) What should be the folder is a file. */
        FOLDER_IS_A_FILE,
        /** (file) The file exists and its owner may not write it. */
        READ_ONLY_FILE,
        /** (file, folder) The folder does not let us create a file. */
        FOLDER_DENIED,
        /** (file) The file could not be replaced: permission denied. */
        REPLACE_DENIED,
        /** (file) Symbolic links lead round and round. */
        TOO_MANY_LINKS,
        /** (file) The disk is full. */
        DISK_FULL,
        /** (file) The user's disk quota is used up. */
        QUOTA,
        /** (file) The disk is mounted read-only. */
        READ_ONLY_DISK,
        /** (file) The device failed. */
        DEVICE_ERROR,
        /** (file, the system's reason in its words) Anything else the file system said. */
        OTHER,
        /** (width, height, scale, most pixels a side, most millions of pixels) Too large for a PNG. */
        PICTURE_TOO_LARGE
    }

    private final Why why;
    private final List<Object> arguments;

    WriteException(String message, Why why, List<Object> arguments, Throwable cause) {
        super(message, cause);
        this.why = why;
        this.arguments = List.copyOf(arguments);
    }

    public Why why() {
        return why;
    }

    /** What the message names (a file, a folder, sizes), in the order {@link Why} lists them. */
    public List<Object> arguments() {
        return arguments;
    }

    /**
     * A file not written, with the command line's message: "Could not write FILE: …" when writing had
     * begun ({@code begun}), "Cannot write FILE: …" when it could not begin.
     */
    static WriteException of(Path target, boolean begun, Why why, Object detail, Throwable cause) {
        String verb = begun ? "Could not write " : "Cannot write ";
        String reason = switch (why) {
            case NOT_A_FILE -> "not a file path";
            case IS_A_FOLDER -> "it is a folder";
            case NO_FOLDER -> "the folder " + detail + " does not exist";
            case FOLDER_IS_A_FILE -> "the folder " + detail + " is not a folder";
            case READ_ONLY_FILE -> "the file is read-only; choose another name or make it writable first";
            case FOLDER_DENIED -> "permission denied in " + detail;
            case REPLACE_DENIED -> "permission denied";
            case TOO_MANY_LINKS -> "too many symbolic links";
            case DISK_FULL -> "no space left on device";
            case QUOTA -> "the disk quota is exceeded";
            case READ_ONLY_DISK -> "the disk is read-only";
            case DEVICE_ERROR -> "the device reported an input/output error";
            case OTHER -> String.valueOf(detail);
            case PICTURE_TOO_LARGE -> throw new IllegalArgumentException("not about a file: " + why);
        };
        return new WriteException(verb + target + ": " + reason, why,
                detail == null ? List.of(target) : List.of(target, detail), cause);
    }

    /** A picture too large for a PNG, {@code w × h} pixels at {@code scale} (written {@code scaleText}). */
    public static WriteException pictureTooLarge(long w, long h, double scale, String scaleText, long maxSide, long maxMillions) {
        return new WriteException(String.format(Locale.ROOT,
                "The picture would be %d × %d pixels at %s×, too large for a PNG (at most %d pixels a side and"
                        + " %d million in all): export SVG or PDF, use a smaller scale, or show less",
                w, h, scaleText, maxSide, maxMillions), Why.PICTURE_TOO_LARGE, List.of(w, h, scale, maxSide, maxMillions),
                null);
    }
}
