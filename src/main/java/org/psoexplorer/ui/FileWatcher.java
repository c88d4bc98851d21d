package org.psoexplorer.ui;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Tells when the open file changes on disk, so the window can reload it by itself. Editors save in
 * bursts (truncate, write, rename), so changes within a short quiet period are reported once.
 */
public final class FileWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 300;
    private WatchService service;
    private Thread thread;

    /** Watches {@code file} (replacing any earlier watch) and calls {@code onChange} from a background thread. */
    public synchronized void watch(Path file, Consumer<Path> onChange) {
        close();
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null) {
            return;
        }
        try {
            WatchService ws = FileSystems.getDefault().newWatchService();
            dir.register(ws, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            service = ws;
            thread = new Thread(() -> loop(ws, absolute, onChange), "pso-explorer-file-watcher");
            thread.setDaemon(true);
            thread.start();
        } catch (IOException | UnsupportedOperationException e) {
            // Without a watch service the user still has Reload (F5).
            service = null;
        }
    }

    private static void loop(WatchService ws, Path file, Consumer<Path> onChange) {
        try {
            while (true) {
                WatchKey key = ws.take();
                boolean ours = concerns(key, file);
                key.reset();
                if (!ours) {
                    continue;
                }
                WatchKey more;
                while ((more = ws.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                onChange.accept(file);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean concerns(WatchKey key, Path file) {
        boolean ours = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path changed && changed.equals(file.getFileName())) {
                ours = true;
            }
        }
        return ours;
    }

    @Override
    public synchronized void close() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // Closing a watch service that is already broken: nothing left to release.
            }
            service = null;
        }
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }
}
