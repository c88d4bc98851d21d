package org.psoexplorer.ui.main;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Work put off until the window has painted a frame: parts of the window that are not seen at first
 * (the tour card, the details pane's content, the opening taxonomy) are styled and laid out after
 * the skeleton is on screen, so the first frame comes sooner. On a window that is already showing (rebuilt in another
 * language) it waits for the next frame.
 */
public final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    /** Runs {@code work} on the FX thread once {@code node}'s scene has laid out a frame. */
    public static void run(Node node, Runnable work) {
        if (node.getScene() != null) {
            afterNextPulse(node.getScene(), work);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    afterNextPulse(now, work);
                }
            }
        });
    }

    private static void afterNextPulse(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // After the pulse, not within it: what is added now is styled in the next one.
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
        // A scene that has nothing to lay out asks for no pulse of its own.
        Platform.requestNextPulse();
    }
}
