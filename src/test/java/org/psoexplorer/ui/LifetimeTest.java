package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class LifetimeTest {

    private final Lifetime life = new Lifetime();
    private final SimpleStringProperty title = new SimpleStringProperty("a");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final List<String> heard = new ArrayList<>();

    @Test
    void listenersHearChangesUntilTheLifetimeEnds() {
        life.listen(title, (o, was, now) -> heard.add(now));
        life.listen(problems, (ListChangeListener<String>) c -> heard.add("problems " + c.getList().size()));

        title.set("b");
        problems.add("x");
        life.end();
        title.set("c");
        problems.add("y");

        assertThat(heard).containsExactly("b", "problems 1");
        assertThat(life.hasEnded()).isTrue();
    }

    @Test
    void aListenerAskedForAfterTheEndIsNeverAdded() {
        life.end();
        life.listen(title, (o, was, now) -> heard.add(now));
        life.listen(problems, (ListChangeListener<String>) c -> heard.add("problems"));

        title.set("b");
        problems.add("x");

        assertThat(heard).isEmpty();
    }

    @Test
    void endingTwiceIsHarmless() {
        life.listen(title, (o, was, now) -> heard.add(now));
        life.end();
        life.end();
        title.set("b");

        assertThat(heard).isEmpty();
    }
}
