package org.psoexplorer.ui;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Suggestions under a text field for what it holds now. ControlsFX fetches on a thread of its own
 * per key and shows each fetch's answer when it ends, so one overtaken by the next key could replace
 * the latest (the list for "peace" under "peacek"). Here the fetches run one at a time, in the order
 * typed, and only the latest one's answer is shown; ControlsFX keeps showing the list and taking its keys.
 */
public final class LatestSuggestions<T> {

    private static final ExecutorService FETCHES = new ThreadPoolExecutor(0, 1, 2, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "pso-explorer-suggestions");
                t.setDaemon(true);
                return t;
            });

    private final TextField field;
    private final Predicate<String> asked;
    private final Function<String, List<T>> search;
    private final AutoCompletionBinding<T> binding;
    /** The text of the suggestion chosen last, which asks for none. */
    private String chosen;
    /** Counts the texts typed (and the hides): a fetch for an earlier count is not started, or not shown. */
    private final AtomicInteger typed = new AtomicInteger();

    /**
     * @param asked  whether a text asks for suggestions, read on the FX thread (an answer just given does not)
     * @param search the suggestions for a text, run off the FX thread
     */
    public LatestSuggestions(TextField field, Predicate<String> asked, Function<String, List<T>> search) {
        this.field = field;
        this.asked = asked;
        this.search = search;
        this.binding = TextFields.bindAutoCompletion(field, request -> {
            // ControlsFX posts whatever its fetch returns, and hides the list on an empty answer; a
            // fetch that fails posts nothing, so its own gives way to ours.
            throw new CancellationException("suggestions are fetched by LatestSuggestions");
        });
        // A suggestion chosen is written into the field: an answer, not a new question.
        binding.addEventHandler(AutoCompletionBinding.AutoCompletionEvent.AUTO_COMPLETED, e -> {
            chosen = field.getText();
            hide();
        });
        field.textProperty().addListener((o, was, text) -> {
            typed.incrementAndGet();
            // After the key's other handlers: a suggestion chosen is written into the field too.
            Platform.runLater(this::fetch);
        });
    }

    /**
     * Tab in the list takes the suggestion (as ControlsFX does) and then goes on to the next field, as
     * Tab does in a form: it stopped in the field, and Relate's From, Tab, To wrote the second concept
     * into the first field. For a field followed by another to fill; after the last one, Tab would go on
     * to the dialog's Cancel button, where the Enter meant for OK cancels.
     */
    public LatestSuggestions<T> tabGoesOn() {
        binding.getAutoCompletionPopup().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown()) {
                boolean back = e.isShiftDown();
                Platform.runLater(() -> field.fireEvent(new KeyEvent(field, field, KeyEvent.KEY_PRESSED, "", "",
                        KeyCode.TAB, back, false, false, false)));
            }
        });
        return this;
    }

    public AutoCompletionBinding<T> binding() {
        return binding;
    }

    /** Hides the list, and the answer of any fetch still under way with it. */
    public void hide() {
        typed.incrementAndGet();
        binding.getAutoCompletionPopup().hide();
    }

    private void fetch() {
        int generation = typed.incrementAndGet();
        String text = field.getText();
        if (!field.isFocused() || text == null || text.isBlank() || text.equals(chosen) || !asked.test(text)) {
            binding.getAutoCompletionPopup().hide();
            return;
        }
        FETCHES.execute(() -> {
            if (typed.get() != generation) {
                return;
            }
            List<T> found = search.apply(text);
            Platform.runLater(() -> {
                if (typed.get() == generation && !text.equals(chosen) && asked.test(text)) {
                    show(found);
                }
            });
        });
    }

    private void show(List<T> found) {
        var popup = binding.getAutoCompletionPopup();
        popup.getSuggestions().setAll(found);
        if (found.isEmpty()) {
            popup.hide();
            return;
        }
        if (!popup.isShowing() && field.getScene() != null && field.getScene().getWindow() != null
                && field.getScene().getWindow().isShowing()) {
            popup.show(field);
        }
        // The best match is chosen, as ControlsFX does, so Enter in the list takes it.
        if (popup.getSkin() != null && popup.getSkin().getNode() instanceof ListView<?> list) {
            list.getSelectionModel().selectFirst();
        }
    }
}
