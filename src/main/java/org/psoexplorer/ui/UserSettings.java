package org.psoexplorer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the app remembers between runs: window, theme, language, recent files. */
public final class UserSettings {

    private static final int MAX_RECENT = 8;
    private final Preferences prefs;

    public UserSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    public static UserSettings forUser() {
        return new UserSettings(Preferences.userRoot().node("org/psoexplorer"));
    }

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public WindowBounds window() {
        double w = prefs.getDouble("window.width", -1);
        if (w <= 0) {
            return null;
        }
        return new WindowBounds(prefs.getDouble("window.x", 0), prefs.getDouble("window.y", 0), w,
                prefs.getDouble("window.height", 700), prefs.getBoolean("window.maximized", false));
    }

    public void setWindow(WindowBounds b) {
        prefs.putDouble("window.x", b.x());
        prefs.putDouble("window.y", b.y());
        prefs.putDouble("window.width", b.width());
        prefs.putDouble("window.height", b.height());
        prefs.putBoolean("window.maximized", b.maximized());
    }

    public boolean darkTheme() {
        return prefs.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        prefs.putBoolean("theme.dark", dark);
    }

    public boolean highContrast() {
        return prefs.getBoolean("theme.highContrast", false);
    }

    public void setHighContrast(boolean on) {
        prefs.putBoolean("theme.highContrast", on);
    }

    public boolean allRelations() {
        return prefs.getBoolean("graph.allRelations", false);
    }

    public void setAllRelations(boolean on) {
        prefs.putBoolean("graph.allRelations", on);
    }

    public double textZoom() {
        return prefs.getDouble("text.zoom", 1.0);
    }

    public void setTextZoom(double zoom) {
        prefs.putDouble("text.zoom", zoom);
    }

    /** The interface language chosen by the user, or null to follow the system. */
    public java.util.Locale uiLocale() {
        String tag = prefs.get("ui.language", null);
        return tag == null ? null : java.util.Locale.forLanguageTag(tag);
    }

    public void setUiLocale(java.util.Locale locale) {
        prefs.put("ui.language", locale.toLanguageTag());
    }

    /** The language of the taxonomy's texts, or null for the taxonomy's default. */
    public String language() {
        return prefs.get("language", null);
    }

    public void setLanguage(String tag) {
        prefs.put("language", tag);
    }

    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = prefs.get("recent." + i, null);
            if (p != null) {
                files.add(Path.of(p));
            }
        }
        return files;
    }

    public void addRecentFile(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < files.size()) {
                prefs.put("recent." + i, files.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
    }

    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience: failing to save them must not disturb the user.
        }
    }
}
