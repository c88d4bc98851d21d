package org.psoexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The listeners one window puts on what outlives it: the explorer, its display, tours, Relate and
 * editing models. A language switch replaces the window; ending the old window's lifetime takes
 * them all off again, or the models would keep the old window (its whole scene graph) alive and
 * keep updating it, one more window per switch.
 */
public final class Lifetime {

    private final List<Runnable> endings = new ArrayList<>();
    private boolean ended;

    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        if (ended) {
            return;
        }
        value.addListener(listener);
        endings.add(() -> value.removeListener(listener));
    }

    public <E> void listen(ObservableList<E> list, ListChangeListener<? super E> listener) {
        if (ended) {
            return;
        }
        list.addListener(listener);
        endings.add(() -> list.removeListener(listener));
    }

    /** Takes every listener off; later ones are not added, since whatever asks for them is being replaced. */
    public void end() {
        ended = true;
        endings.forEach(Runnable::run);
        endings.clear();
    }

    public boolean hasEnded() {
        return ended;
    }
}
