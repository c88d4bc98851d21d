package org.psoexplorer.ui;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the window presents itself, apart from what it shows: theme, presentation mode for the
 * projector, text size, interface language. The application applies it to the stage and scene.
 */
public final class DisplayModel {

    public static final double MIN_TEXT_ZOOM = 0.8;
    public static final double MAX_TEXT_ZOOM = 2.0;

    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final BooleanProperty highContrast = new SimpleBooleanProperty();
    private final BooleanProperty presentation = new SimpleBooleanProperty();
    private final BooleanProperty allRelations = new SimpleBooleanProperty();
    private final DoubleProperty textZoom = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<Locale> uiLocale = new SimpleObjectProperty<>(Locale.ENGLISH);

    public BooleanProperty darkProperty() {
        return dark;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** Full screen, panels folded, everything larger: for the back row of a seminar room. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /**
     * Every relation drawn at full strength even in a busy view; off, a busy view draws its
     * hierarchy and lets the other relations recede until a concept is selected or pointed at.
     */
    public BooleanProperty allRelationsProperty() {
        return allRelations;
    }

    /** Size of the interface's text relative to normal, independent of the graph's zoom. */
    public DoubleProperty textZoomProperty() {
        return textZoom;
    }

    public ObjectProperty<Locale> uiLocaleProperty() {
        return uiLocale;
    }

    public void enlargeText() {
        textZoom.set(Math.min(MAX_TEXT_ZOOM, Math.round((textZoom.get() + 0.1) * 10) / 10.0));
    }

    public void shrinkText() {
        textZoom.set(Math.max(MIN_TEXT_ZOOM, Math.round((textZoom.get() - 0.1) * 10) / 10.0));
    }

    /** The interface languages offered; the system's own is chosen at first start when it is one of them. */
    public static Locale supported(Locale wanted) {
        return "fr".equals(wanted.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
