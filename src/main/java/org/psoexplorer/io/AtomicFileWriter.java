package org.psoexplorer.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that it appears complete or not at all: the content goes to a temporary file in
 * the same folder, which then replaces the target in one move. If writing fails or is cancelled
 * (the writer throws), the temporary file is deleted and an existing target is left untouched.
 */
public final class AtomicFileWriter {

    /** Writes the content of a file to the stream it is given; must not close it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final int MAX_LINK_HOPS = 40;

    private AtomicFileWriter() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws IOException with a message naming the path when the folder is missing or not
     *                     writable, when the target is a folder, or when writing fails
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = resolveLinks(target.toAbsolutePath().normalize(), target);
        Path dir = file.getParent();
        if (dir == null || file.getFileName() == null) {
            throw WriteException.of(target, false, WriteException.Why.NOT_A_FILE, null, null);
        }
        if (Files.isDirectory(file)) {
            throw WriteException.of(target, false, WriteException.Why.IS_A_FOLDER, null, null);
        }
        if (!Files.isDirectory(dir)) {
            throw WriteException.of(target, false,
                    Files.exists(dir) ? WriteException.Why.FOLDER_IS_A_FILE : WriteException.Why.NO_FOLDER, dir, null);
        }
        if (readOnly(file)) {
            throw WriteException.of(target, false, WriteException.Why.READ_ONLY_FILE, null, null);
        }
        TemporaryFiles temporaries = new TemporaryFiles(file);
        temporaries.removeStale();
        Path temp;
        try {
            temp = temporaries.create();
        } catch (AccessDeniedException e) {
            throw WriteException.of(target, false, WriteException.Why.FOLDER_DENIED, dir, e);
        } catch (java.nio.file.NoSuchFileException e) {
            // The folder exists (checked above) yet no file can be made in it: a system folder such as
            // /proc. The user was told "NoSuchFileException"; what to do is choose another folder.
            throw WriteException.of(target, false, WriteException.Why.FOLDER_DENIED, dir, e);
        } catch (FileSystemException e) {
            throw failure(target, false, reason(e), e);
        }
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(new NonClosing(out));
                out.flush();
                channel.force(true);
            } catch (FileSystemException e) {
                throw failure(target, true, reason(e), e);
            } catch (IOException e) {
                // A full disk or a failing device: say which file, in words, whatever the writer said.
                throw failure(target, true, ioReason(e), e);
            }
            permissions(temp, file);
            move(temp, file, target);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * The file a symbolic link leads to, so that writing through a link updates that file and leaves
     * the link in place (a move onto the link itself would replace it with a regular file).
     */
    private static Path resolveLinks(Path file, Path target) throws IOException {
        Path current = file;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINK_HOPS) {
                throw WriteException.of(target, false, WriteException.Why.TOO_MANY_LINKS, null, null);
            }
            Path parent = current.getParent();
            current = parent.resolve(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    /** A file whose owner may not write it (even where the user could, as root): replacing it is not ours to do. */
    private static boolean readOnly(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** A reason a file system gave: one we can name, or its own words. */
    private record Reason(WriteException.Why why, String words) {
        static Reason named(WriteException.Why why) {
            return new Reason(why, null);
        }
    }

    private static WriteException failure(Path target, boolean begun, Reason reason, IOException cause) {
        return WriteException.of(target, begun, reason.why(), reason.words(), cause);
    }

    /** The reason in words; image writers wrap the real one ("No space left on device") in their own. */
    private static Reason ioReason(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk full") || m.contains("not enough space")) {
                return Reason.named(WriteException.Why.DISK_FULL);
            }
            if (m.contains("quota")) {
                return Reason.named(WriteException.Why.QUOTA);
            }
            if (m.contains("read-only file system")) {
                return Reason.named(WriteException.Why.READ_ONLY_DISK);
            }
        }
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return e.getMessage() == null || e.getMessage().isBlank() || m.contains("i/o error writing")
                ? Reason.named(WriteException.Why.DEVICE_ERROR) : new Reason(WriteException.Why.OTHER, e.getMessage());
    }

    private static void move(Path temp, Path file, Path target) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on odd file systems; a plain replace is the best left.
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (AccessDeniedException e) {
            throw WriteException.of(target, false, WriteException.Why.REPLACE_DENIED, null, e);
        } catch (FileSystemException e) {
            throw failure(target, false, reason(e), e);
        }
    }

    /**
     * Temporary files are created private (rw-------); give the result the permissions of the file
     * it replaces, or rw-r--r-- for a new file, as an ordinary write would.
     */
    private static void permissions(Path temp, Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> wanted = NEW_FILE;
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                wanted = Files.getPosixFilePermissions(file);
            } catch (IOException | UnsupportedOperationException e) {
                // keep the default
            }
        }
        view.setPermissions(wanted);
    }

    private static Reason reason(FileSystemException e) {
        if (e.getReason() == null) {
            return new Reason(WriteException.Why.OTHER, e.getClass().getSimpleName());
        }
        String r = e.getReason().toLowerCase(java.util.Locale.ROOT);
        if (r.contains("no space left")) {
            return Reason.named(WriteException.Why.DISK_FULL);
        }
        return r.contains("read-only file system") ? Reason.named(WriteException.Why.READ_ONLY_DISK)
                : new Reason(WriteException.Why.OTHER, r);
    }

    /** Keeps a content writer (ImageIO, PDFBox...) from closing the stream before it is synced. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
