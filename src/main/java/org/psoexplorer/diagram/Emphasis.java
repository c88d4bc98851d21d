package org.psoexplorer.diagram;

/** How strongly an element is drawn, after selection, hover and path highlighting. */
public enum Emphasis {
    NORMAL,
    /** The selected concept. */
    SELECTED,
    /** Part of what the user is looking at: a neighbour on hover, a step of a path. */
    HIGHLIGHTED,
    /** Faded, because something else is highlighted. */
    DIMMED
}
