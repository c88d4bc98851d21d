package org.psoexplorer.ui.main;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.Lifetime;

/**
 * The toolbar's search: suggestions as the lecturer types, Enter for the best match. It only ever
 * offers the taxonomy on screen (none while another file loads), widens its list to the longest
 * suggestion, and forgets its text once the selection or the file changes by other means.
 */
final class SearchField extends TextField {


    private final ExplorerViewModel vm;
    /** Made when the field is first focused: ControlsFX's binding and its popup are costly on a cold start. */
    private org.psoexplorer.ui.LatestSuggestions<SearchIndex.Hit> suggestions;
    private final Consumer<String> jump;
    private volatile SearchIndex index;
    private volatile boolean loading;
    private String answeredQuery;
    private String jumpedTo;
    private List<String> longest = List.of();
    private double widestLabel;
    /** Indexes are built off the FX thread; only the one for the latest taxonomy and language is used. */
    private int indexGeneration;

    /** @param jump shows a concept found by the search (select it, bring it into view) */
    SearchField(Lifetime life, ExplorerViewModel vm, Consumer<String> jump) {
        this.vm = vm;
        this.jump = jump;
        setId("search");
        setPromptText(I18n.get("toolbar.search"));
        setPrefColumnCount(13);
        focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                completion();
            }
        });
        setOnAction(e -> {
            SearchIndex now = index;
            if (now != null && !loading) {
                // Suggestions for this text arrive after a delay: don't let them pop up over the answer.
                answeredQuery = getText();
                hideSuggestions();
                now.search(getText(), 1).stream().findFirst().ifPresent(this::pick);
            }
        });
        widthProperty().addListener((o, was, w) -> sizeList());
        fontProperty().addListener((o, was, f) -> measure());

        // Only reading a file makes the offer stale; a layout of the same taxonomy does not.
        life.listen(vm.loadingProperty(), (o, was, now) -> {
            loading = now && vm.getTaxonomy() != null;
            if (now) {
                hideSuggestions();
            }
        });
        life.listen(vm.taxonomyProperty(), (o, was, t) -> {
            hideSuggestions();
            if (was != null && t != was) {
                forget();
                // Until the new file's index is ready, nothing is offered rather than the old file's concepts.
                index = null;
            }
            rebuild(t);
        });
        life.listen(vm.languageProperty(), (o, was, l) -> rebuild(vm.getTaxonomy()));
        life.listen(vm.selectedProperty(), (o, was, id) -> {
            // Chosen on the graph or in the details: the text no longer names the selection.
            if (id == null || !id.equals(jumpedTo)) {
                forget();
            }
        });
        rebuild(vm.getTaxonomy());
    }

    private void pick(SearchIndex.Hit hit) {
        Taxonomy t = vm.getTaxonomy();
        String id = hit.id();
        if (t != null && t.concept(id).isEmpty()) {
            // Suggested from the file before: find the same name in the file now open.
            SearchIndex now = index;
            id = now == null ? null : now.search(hit.display(), 1).stream().map(SearchIndex.Hit::id).findFirst()
                    .orElse(null);
        }
        if (id != null) {
            jumpedTo = id;
            jump.accept(id);
        }
    }

    private void forget() {
        if (!getText().isEmpty() && !isFocused()) {
            clear();
        }
        answeredQuery = null;
        jumpedTo = null;
    }

    /**
     * Indexes the taxonomy off the FX thread (seconds for tens of thousands of concepts, which would
     * freeze the window); searches find nothing new until it is ready.
     */
    private void rebuild(Taxonomy t) {
        int generation = ++indexGeneration;
        if (t == null) {
            index = null;
            longest = List.of();
            measure();
            return;
        }
        String language = vm.languageProperty().get();
        record Built(SearchIndex index, List<String> longest) {
        }
        vm.tasks().run(() -> {
            SearchIndex built = new SearchIndex(t, language);
            return new Built(built, built.longest(org.psoexplorer.ui.SuggestionWidth.MEASURED));
        }, built -> {
            if (generation == indexGeneration) {
                index = built.index();
                longest = built.longest();
                measure();
            }
        }, failure -> {
            // Search is a convenience: without an index it offers nothing, and the rest of the window works.
        });
    }

    /** The widest suggestion the current taxonomy can offer, in the field's font. */
    private void measure() {
        widestLabel = org.psoexplorer.ui.SuggestionWidth.widest(longest, getFont());
        sizeList();
    }

    private void sizeList() {
        if (suggestions != null) {
            AutoCompletionBinding<SearchIndex.Hit> completion = suggestions.binding();
            double width = org.psoexplorer.ui.SuggestionWidth.of(widestLabel, getWidth());
            completion.setMinWidth(width);
            completion.setPrefWidth(width);
        }
    }

    private void hideSuggestions() {
        if (suggestions != null) {
            suggestions.hide();
        }
    }

    /** The suggestions, bound to the field the first time they are asked for. */
    AutoCompletionBinding<SearchIndex.Hit> completion() {
        if (suggestions == null) {
            suggestions = new org.psoexplorer.ui.LatestSuggestions<>(this,
                    text -> index != null && !loading && !text.equals(answeredQuery),
                    text -> {
                        SearchIndex now = index;
                        return now == null ? List.<SearchIndex.Hit>of() : now.search(text, 12);
                    });
            AutoCompletionBinding<SearchIndex.Hit> completion = suggestions.binding();
            // The popup's list carries ControlsFX's Modena stylesheet, which outranks the scene's: ours goes after it.
            String css = Objects.requireNonNull(SearchField.class.getResource("/org/psoexplorer/ui/explorer.css"))
                    .toExternalForm();
            completion.getAutoCompletionPopup().skinProperty().addListener((o, was, skin) -> {
                if (skin != null && skin.getNode() instanceof javafx.scene.Parent list
                        && !list.getStylesheets().contains(css)) {
                    list.getStylesheets().add(css);
                }
            });
            completion.setOnAutoCompleted(e -> {
                answeredQuery = getText();
                pick(e.getCompletion());
            });
            sizeList();
        }
        return suggestions.binding();
    }
}
