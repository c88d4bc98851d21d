package org.psoexplorer.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.psoexplorer.graph.Perspective;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.Lifetime;

/**
 * The doctrine timeline and the perspectives: a year slider that shows the taxonomy as it stood
 * that year (played as an animation from milestone to milestone), and a choice of sources whose
 * account is shown with the rest faded.
 */
public final class TimelineBar extends HBox {

    private static final Duration MILESTONE_PAUSE = Duration.seconds(1.8);

    /** A perspective choice: a group of sources (or one source) with its name. */
    public record Choice(String label, Set<String> sources) {
    }

    private final ExplorerViewModel vm;
    private final ToggleButton on = new ToggleButton(I18n.get("timeline.toggle"));
    private final Slider slider = new Slider();
    private final Label year = new Label();
    private final Label milestone = new Label();
    private final Button play = new Button(null, new FontIcon(Feather.PLAY));
    private final ComboBox<Choice> perspective = new ComboBox<>();
    private org.psoexplorer.graph.Timeline timeline;
    private Timeline animation;
    /** Set while the bar moves its own slider, which must not switch the timeline on. */
    private boolean settingSlider;

    /** @param onPerspective receives the chosen perspective, or null for all sources */
    public TimelineBar(Lifetime life, ExplorerViewModel vm, Consumer<Perspective> onPerspective) {
        super(10);
        this.vm = vm;
        getStyleClass().add("timeline-bar");
        setId("timeline-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 12, 6, 12));
        on.setId("timeline-toggle");
        on.setMinWidth(USE_PREF_SIZE);
        on.setGraphic(new FontIcon(Feather.CLOCK));
        slider.setId("timeline-slider");
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setSnapToTicks(false);
        slider.setBlockIncrement(1);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return String.valueOf(Math.round(d));
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s);
            }
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        // Wide enough to pick a year: a 30-year span gets ten pixels a year at least.
        slider.setMinWidth(300);
        year.getStyleClass().add("timeline-year");
        year.setId("timeline-year");
        year.setMinWidth(USE_PREF_SIZE);
        milestone.getStyleClass().add("timeline-milestone");
        milestone.setId("timeline-milestone");
        // The event's name is read whole, on two lines when long, never cut.
        milestone.setWrapText(true);
        milestone.setPrefWidth(300);
        milestone.setMinWidth(220);
        milestone.setMaxWidth(300);
        // Two lines' room whatever the year (explorer.css), so the graph above keeps its size as years pass.
        play.setId("timeline-play");
        org.psoexplorer.ui.Tips.on(play, I18n.get("timeline.play"));
        perspective.setId("perspective");
        // The sources' titles are long: the list opens wide, the box itself stays small.
        perspective.getStyleClass().add("perspective-choice");
        perspective.setPromptText(I18n.get("perspective.prompt"));
        perspective.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice c) {
                return c == null ? "" : c.label();
            }

            @Override
            public Choice fromString(String s) {
                return null;
            }
        });
        perspective.valueProperty().addListener((o, was, c) -> onPerspective.accept(
                c == null || c.sources().isEmpty() || vm.getTaxonomy() == null ? null
                        : Perspective.of(vm.getTaxonomy(), c.sources())));

        Label perspectiveLabel = new Label(I18n.get("perspective.label"));
        perspectiveLabel.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(on, play, slider, year, milestone, perspectiveLabel, perspective);
        on.selectedProperty().addListener((o, was, now) -> apply());
        slider.valueProperty().addListener((o, was, now) -> {
            if (settingSlider) {
                return;
            }
            // Moving the slider is asking for a year: no need to switch the timeline on first.
            if (!on.isSelected()) {
                on.setSelected(true);
            } else {
                apply();
            }
        });
        play.setOnAction(e -> togglePlay());
        life.listen(vm.taxonomyProperty(), (o, was, t) -> taxonomyChanged(t));
        life.listen(vm.languageProperty(), (o, was, l) -> taxonomyChanged(vm.getTaxonomy()));
        taxonomyChanged(vm.getTaxonomy());
    }

    private void taxonomyChanged(Taxonomy t) {
        stopPlaying();
        if (t == null) {
            return;
        }
        timeline = new org.psoexplorer.graph.Timeline(t);
        boolean usable = timeline.hasYears();
        setDisable(!usable);
        if (usable) {
            // Setting the range clamps the value: that is the bar's doing, not a year asked for.
            settingSlider = true;
            slider.setMin(timeline.firstYear());
            slider.setMax(timeline.lastYear());
            int span = timeline.lastYear() - timeline.firstYear();
            slider.setMajorTickUnit(span > 40 ? 10 : 5);
            slider.setMinorTickCount(span > 40 ? 9 : 4);
            if (!on.isSelected()) {
                slider.setValue(timeline.lastYear());
            }
            settingSlider = false;
        }
        String lang = vm.languageProperty().get();
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(I18n.get("perspective.all"), Set.of()));
        for (Map.Entry<String, Set<String>> g : Perspective.groups(t).entrySet()) {
            choices.add(new Choice(I18n.get("perspective.group." + g.getKey()), g.getValue()));
        }
        for (Source s : t.sources()) {
            choices.add(new Choice("  " + s.shortCitation() + " — " + abbreviate(s.title(), 40), Set.of(s.id())));
        }
        perspective.getItems().setAll(choices);
        perspective.setValue(null);
        apply();
        if (timeline != null && lang != null) {
            showYear((int) Math.round(slider.getValue()));
        }
    }

    private void apply() {
        if (timeline == null || vm.getTaxonomy() == null) {
            return;
        }
        int y = (int) Math.round(slider.getValue());
        showYear(y);
        Integer wanted = on.isSelected() ? y : null;
        if (!java.util.Objects.equals(vm.filterProperty().get().asOfYear(), wanted)) {
            vm.filterProperty().set(vm.filterProperty().get().withAsOfYear(wanted));
        }
    }

    private void showYear(int y) {
        year.setText(on.isSelected() ? String.valueOf(y) : I18n.get("timeline.all"));
        String label = on.isSelected() ? timeline.milestoneLabel(latestMilestoneUpTo(y), vm.languageProperty().get())
                : "";
        milestone.setText(label == null ? "" : label);
    }

    private int latestMilestoneUpTo(int y) {
        int best = timeline.firstYear();
        for (int m : timeline.milestones()) {
            if (m <= y) {
                best = m;
            }
        }
        return best;
    }

    /** Plays the timeline from milestone to milestone: 1992, 2000, 2001, 2008, 2015, 2016… */
    private void togglePlay() {
        if (animation != null) {
            stopPlaying();
            return;
        }
        List<Integer> stops = landmarks(vm.getTaxonomy());
        if (stops.isEmpty()) {
            return;
        }
        on.setSelected(true);
        animation = new Timeline();
        for (int i = 0; i < stops.size(); i++) {
            int y = stops.get(i);
            animation.getKeyFrames().add(new KeyFrame(MILESTONE_PAUSE.multiply(i), e -> slider.setValue(y)));
        }
        animation.getKeyFrames().add(new KeyFrame(MILESTONE_PAUSE.multiply(stops.size()), e -> stopPlaying()));
        play.setGraphic(new FontIcon(Feather.PAUSE));
        animation.play();
    }

    /**
     * The years the animation stops at: those of UN documents, doctrine and reports (Agenda for
     * Peace, Brahimi, AJP-3.4.1, Capstone, HIPPO…), the texts that defined the field; every source
     * year when the taxonomy has none of those.
     */
    public static List<Integer> landmarks(Taxonomy t) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        for (Source s : t.sources()) {
            if (s.year() != null && (s.type() == org.psoexplorer.model.SourceType.UN_DOCUMENT
                    || s.type() == org.psoexplorer.model.SourceType.DOCTRINE
                    || s.type() == org.psoexplorer.model.SourceType.REPORT)) {
                years.add(s.year());
            }
        }
        return years.isEmpty() ? new org.psoexplorer.graph.Timeline(t).milestones() : List.copyOf(years);
    }

    private void stopPlaying() {
        if (animation != null) {
            animation.stop();
            animation = null;
        }
        play.setGraphic(new FontIcon(Feather.PLAY));
    }

    /** Shows the taxonomy as it stood at the end of {@code y} (for the keyboard and tests). */
    public void showAsOf(int y) {
        on.setSelected(true);
        slider.setValue(y);
        apply();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
