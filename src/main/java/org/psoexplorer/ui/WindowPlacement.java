package org.psoexplorer.ui;

import javafx.geometry.Rectangle2D;

/**
 * Where the window opens and how small it may get. A window manager that maps a new window at its
 * smallest (198×175 was seen) or a remembered size from another screen must not leave the lecturer
 * with a postage stamp or a window half off the projector.
 */
final class WindowPlacement {

    /** Below this the toolbar folds away and the graph has no room: 1024×600 fits every netbook and projector. */
    static final double MIN_WIDTH = 1000;
    static final double MIN_HEIGHT = 580;

    private WindowPlacement() {
    }

    /** The smallest size the window may take on this screen (never more than the screen itself). */
    static Rectangle2D minimum(Rectangle2D screen) {
        return new Rectangle2D(0, 0, Math.min(MIN_WIDTH, screen.getWidth()), Math.min(MIN_HEIGHT, screen.getHeight()));
    }

    /**
     * The window's bounds: the remembered ones when they are big enough and on this screen, otherwise
     * nearly all of the screen, centred.
     */
    static Rectangle2D place(Rectangle2D screen, UserSettings.WindowBounds saved) {
        Rectangle2D min = minimum(screen);
        if (saved != null && saved.width() >= min.getWidth() && saved.height() >= min.getHeight()) {
            double w = Math.min(saved.width(), screen.getWidth());
            double h = Math.min(saved.height(), screen.getHeight());
            // Pulled back onto the screen if it hangs off it.
            double x = Math.max(screen.getMinX(), Math.min(saved.x(), screen.getMaxX() - w));
            double y = Math.max(screen.getMinY(), Math.min(saved.y(), screen.getMaxY() - h));
            return new Rectangle2D(x, y, w, h);
        }
        double w = Math.max(min.getWidth(), Math.min(2400, screen.getWidth() * 0.94));
        double h = Math.max(min.getHeight(), Math.min(1500, screen.getHeight() * 0.94));
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2, screen.getMinY()
                + (screen.getHeight() - h) / 2, w, h);
    }
}
