package org.psoexplorer.ui.main;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import java.util.Arrays;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.psoexplorer.ui.I18n;

/**
 * Every key the explorer answers, in one place: the menus take their accelerators from here and the
 * keyboard help (F1) lists exactly these, so the two cannot drift apart. Keys without an accelerator
 * belong to the graph or to a playing tour and are handled there; they are listed for F1 only.
 */
public enum Shortcut {
    OPEN(Group.WINDOW, "keys.open", new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN)),
    RELOAD(Group.WINDOW, "keys.reload", new KeyCodeCombination(KeyCode.F5)),
    EXPORT(Group.WINDOW, "keys.export", new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN)),
    COPY(Group.WINDOW, "keys.copy", new KeyCodeCombination(KeyCode.C, SHORTCUT_DOWN, SHIFT_DOWN)),
    QUIT(Group.WINDOW, "keys.quit", new KeyCodeCombination(KeyCode.Q, SHORTCUT_DOWN)),
    SEARCH(Group.WINDOW, "keys.search", new KeyCodeCombination(KeyCode.F, SHORTCUT_DOWN)),
    RELATE(Group.WINDOW, "keys.relate", new KeyCodeCombination(KeyCode.R, SHORTCUT_DOWN)),
    FIT(Group.WINDOW, "keys.fit", new KeyCodeCombination(KeyCode.DIGIT0, SHORTCUT_DOWN)),
    ZOOM_IN(Group.WINDOW, "keys.zoomIn", new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT_DOWN)),
    ZOOM_OUT(Group.WINDOW, "keys.zoomOut", new KeyCodeCombination(KeyCode.MINUS, SHORTCUT_DOWN)),
    EDGE_LABELS(Group.WINDOW, "keys.edgeLabels", new KeyCodeCombination(KeyCode.L, SHORTCUT_DOWN)),
    ALL_RELATIONS(Group.WINDOW, "keys.allRelations", new KeyCodeCombination(KeyCode.L, SHORTCUT_DOWN, SHIFT_DOWN)),
    SIDE_PANEL(Group.WINDOW, "keys.sidePanel", new KeyCodeCombination(KeyCode.D, SHORTCUT_DOWN)),
    TIMELINE(Group.WINDOW, "keys.timeline", new KeyCodeCombination(KeyCode.T, SHORTCUT_DOWN)),
    BACK(Group.WINDOW, "keys.back", new KeyCodeCombination(KeyCode.LEFT, ALT_DOWN)),
    PRESENTATION(Group.WINDOW, "keys.presentation", new KeyCodeCombination(KeyCode.F11)),
    TEXT_LARGER(Group.WINDOW, "keys.textLarger", new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT_DOWN, SHIFT_DOWN)),
    TEXT_SMALLER(Group.WINDOW, "keys.textSmaller", new KeyCodeCombination(KeyCode.MINUS, SHORTCUT_DOWN, SHIFT_DOWN)),
    HELP(Group.WINDOW, "keys.help", new KeyCodeCombination(KeyCode.F1)),
    /** Handled by the window's key filter only while presenting, when the menu bar is folded away. */
    PRESENTATION_MENUS(Group.WINDOW, "keys.presentationMenus"),

    ARROWS(Group.GRAPH, "keys.arrows"),
    ENTER(Group.GRAPH, "keys.enter"),
    ESCAPE(Group.GRAPH, "keys.escape"),
    /** A gesture, not a key: the graph pans on a drag of the background, or of anything with the middle button. */
    PAN(Group.GRAPH, "keys.pan"),

    TOUR_NEXT(Group.TOUR, "keys.tourNext"),
    TOUR_PREVIOUS(Group.TOUR, "keys.tourPrevious"),
    TOUR_FIRST(Group.TOUR, "keys.tourFirst"),
    TOUR_LAST(Group.TOUR, "keys.tourLast"),
    TOUR_EXIT(Group.TOUR, "keys.tourExit"),

    NEW(Group.EDIT, "keys.new", new KeyCodeCombination(KeyCode.N, SHORTCUT_DOWN)),
    SAVE(Group.EDIT, "keys.save", new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN)),
    SAVE_AS(Group.EDIT, "keys.saveAs", new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN)),
    /** Ctrl+E exports; Shift adds "edit" to the same letter. */
    EDIT_MODE(Group.EDIT, "keys.editMode", new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN, SHIFT_DOWN)),
    UNDO(Group.EDIT, "keys.undo", new KeyCodeCombination(KeyCode.Z, SHORTCUT_DOWN)),
    REDO(Group.EDIT, "keys.redo", new KeyCodeCombination(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN)),
    /** The Windows habit for redo, handled by the window's key handler beside the menu's Ctrl+Shift+Z. */
    REDO_ALT(Group.EDIT, "keys.redoAlt"),
    ADD_CONCEPT(Group.EDIT, "keys.addConcept", new KeyCodeCombination(KeyCode.INSERT)),
    DELETE(Group.EDIT, "keys.delete", new KeyCodeCombination(KeyCode.DELETE)),
    /** A gesture, not a key: handled by the graph's relation drawing in edit mode. */
    DRAW_RELATION(Group.EDIT, "keys.drawRelation");

    /** Ctrl+Y, the second key for redo. */
    public static final KeyCombination REDO_SECOND = new KeyCodeCombination(KeyCode.Y, SHORTCUT_DOWN);

    /** Where a key works: anywhere in the window, on the graph, while a tour plays, or for editing. */
    public enum Group {
        WINDOW, GRAPH, TOUR, EDIT
    }

    private final Group group;
    private final String descriptionKey;
    private final KeyCombination accelerator;

    Shortcut(Group group, String descriptionKey, KeyCombination accelerator) {
        this.group = group;
        this.descriptionKey = descriptionKey;
        this.accelerator = accelerator;
    }

    Shortcut(Group group, String descriptionKey) {
        this.group = group;
        this.descriptionKey = descriptionKey;
        this.accelerator = null;
    }

    public Group group() {
        return group;
    }

    /** The menu accelerator, or null for a key the graph or a tour handles itself. */
    public KeyCombination accelerator() {
        return accelerator;
    }

    /** The keys as the user presses them, in the platform's words ("Ctrl+O"). */
    public String keysText() {
        if (accelerator == null) {
            // Named in the interface's language: "Space" is "Espace" on a French keyboard.
            return this == REDO_ALT ? REDO_SECOND.getDisplayText() : I18n.get(descriptionKey + ".keys");
        }
        return accelerator.getDisplayText();
    }

    public String description() {
        return I18n.get(descriptionKey);
    }

    public static List<Shortcut> in(Group group) {
        return Arrays.stream(values()).filter(s -> s.group == group).toList();
    }
}
