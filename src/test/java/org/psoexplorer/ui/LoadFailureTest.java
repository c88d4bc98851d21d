package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.psoexplorer.io.Problem;

/** A load that fails on our side is shown to the user, never dropped (issue 16). */
class LoadFailureTest {

    /** Background work that always breaks, as the loader did on a relation type without an id. */
    private static final TaskRunner BREAKING = new TaskRunner() {
        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            onFailure.accept(new NullPointerException("Cannot invoke \"String.toLowerCase()\""));
        }
    };

    @Test
    void aLoadThatThrowsListsAProblemNamingTheFile() {
        ExplorerViewModel vm = new ExplorerViewModel(BREAKING);
        Path file = Path.of("broken.json");

        vm.open(file);

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.failedFileProperty().get()).isEqualTo("broken.json");
        assertThat(vm.errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.json");
            assertThat(p.message()).isEqualTo("Loading stopped unexpectedly (NullPointerException)");
            assertThat(p.format()).doesNotContain("toLowerCase");
        });
        assertThat(vm.errors()).allMatch(Problem::isError);
    }
}
