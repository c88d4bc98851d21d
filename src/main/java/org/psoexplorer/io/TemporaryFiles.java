package org.psoexplorer.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The temporary files {@link AtomicFileWriter} writes beside a target, named {@code .NAME.N.part}.
 * A run killed mid-write leaves one behind; the next write to the same target removes those that are
 * surely stale: named by our pattern for this target, regular files (not links), owned by the user
 * running us, and untouched for {@link #STALE_AFTER} (so a concurrent export's file is left alone).
 * Names are kept within the 255 bytes most file systems allow, cutting the target's name if needed.
 */
final class TemporaryFiles {

    /** Age after which a temporary file no running export could still be writing. */
    static final Duration STALE_AFTER = Duration.ofHours(1);
    /** Longest file name, in bytes, on ext4, NTFS, APFS and most others. */
    static final int MAX_NAME_BYTES = 255;
    private static final String SUFFIX = ".part";
    /** A dot, a number of up to 19 digits, a dot: what goes between the name and the suffix. */
    private static final int NUMBER_BYTES = 21;

    private final Path dir;
    private final String prefix;
    private final Pattern ours;

    TemporaryFiles(Path target) {
        this.dir = target.getParent();
        this.prefix = "." + fit(target.getFileName().toString(), MAX_NAME_BYTES - 1 - NUMBER_BYTES - SUFFIX.length());
        this.ours = Pattern.compile(Pattern.quote(prefix) + "\\.\\d{1,19}" + Pattern.quote(SUFFIX));
    }

    /** A new, empty, private temporary file for the target. */
    Path create() throws IOException {
        FileAttribute<?>[] attributes = Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        // The number need only differ from a concurrent export's: the file is created exclusively (a name
        // taken, even by a link, is an error and the next number is tried). A SecureRandom set up the
        // JDK's security providers for it, about 10 ms of every export's start (issue 11).
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(prefix + "." + (ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + SUFFIX);
            try {
                return Files.createFile(temp, attributes);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** Deletes the stale temporary files of this target; never fails the write it precedes. */
    void removeStale() {
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> ours.matcher(p.getFileName().toString()).matches())) {
            UserPrincipal me = null;
            for (Path p : entries) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!a.isRegularFile() || a.lastModifiedTime().toInstant().isAfter(cutoff)) {
                    continue;
                }
                if (me == null) {
                    me = currentUser();
                }
                if (me != null && me.equals(Files.getOwner(p, LinkOption.NOFOLLOW_LINKS))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Cleaning up is a courtesy: a folder we cannot list or a file we cannot delete is left as it is.
        }
    }

    /** Who owns the files we create, found by creating one (the user name alone does not say, e.g. under sudo). */
    private UserPrincipal currentUser() throws IOException {
        Path probe = create();
        try {
            return Files.getOwner(probe);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** {@code name} cut to at most {@code maxBytes} bytes of UTF-8, never inside a character. */
    static String fit(String name, int maxBytes) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return name;
        }
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return name.substring(0, end);
    }
}
