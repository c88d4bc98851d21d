package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The window's title names the taxonomy and its file, and never starts or ends with a stray dash. */
class WindowTitleTest {

    @Test
    void titleFileAndApplication() {
        assertThat(ExplorerApp.windowTitle(false, "Peace Support Operations", "pso.json"))
                .isEqualTo("Peace Support Operations — pso.json — PSO Explorer");
        assertThat(ExplorerApp.windowTitle(false, "Peace Support Operations", null))
                .isEqualTo("Peace Support Operations — PSO Explorer");
    }

    @Test
    void nothingLoadedYetIsTheApplicationAlone() {
        // Launched on a file that failed to load: there is neither title nor file yet.
        assertThat(ExplorerApp.windowTitle(false, null, null)).isEqualTo("PSO Explorer");
        assertThat(ExplorerApp.windowTitle(false, "", "mine.json")).isEqualTo("mine.json — PSO Explorer");
    }

    @Test
    void unsavedChangesAreMarked() {
        assertThat(ExplorerApp.windowTitle(true, "Mine", "mine.json")).isEqualTo("• Mine — mine.json — PSO Explorer");
    }
}
