package org.psoexplorer.ui.main;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.Lifetime;
import org.psoexplorer.ui.Tips;
import org.psoexplorer.ui.graph.GraphView;

/** Open, layout, search, filters, language, fit, edge labels, back: the explorer's everyday controls. */
public final class ExplorerToolBar extends ToolBar {

    private final ExplorerViewModel vm;
    private final SearchField search;
    private final MenuButton filters = new MenuButton(I18n.get("toolbar.filters"));
    // Choice boxes, not combo boxes: a combo box keeps a hidden list (with its scroll bars and cells)
    // in the window to size itself, which the first frame paid for twice over.
    private final ChoiceBox<String> language = new ChoiceBox<>();
    private final ToggleButton edgeLabels = new ToggleButton();
    private Button relateButton;
    private Button exportButton;
    private Button openButton;
    private ToolbarFit fitter;
    private ChoiceBox<LayoutKind> layoutChoice;

    ExplorerToolBar(Lifetime life, ExplorerViewModel vm, WindowActions actions, GraphView graph, Runnable relate, Runnable export) {
        this.vm = vm;
        this.search = new SearchField(life, vm, id -> jumpTo(id, graph));
        getStyleClass().add("explorer-toolbar");
        Button open = iconButton(Feather.FOLDER, "toolbar.open");
        open.setText(I18n.get("toolbar.open"));
        open.setOnAction(e -> actions.chooseFile().run());

        ChoiceBox<LayoutKind> layout = new ChoiceBox<>(FXCollections.observableArrayList(LayoutKind.values()));
        layout.setId("layout-choice");
        layout.setConverter(new StringConverter<>() {
            @Override
            public String toString(LayoutKind k) {
                return k == null ? "" : I18n.get("layout." + k.id());
            }

            @Override
            public LayoutKind fromString(String s) {
                return null;
            }
        });
        layout.valueProperty().bindBidirectional(vm.layoutKindProperty());
        Tips.on(layout, I18n.get("toolbar.layout"));

        filters.setId("filters");
        filters.setGraphic(new FontIcon(Feather.FILTER));

        language.setId("language");
        Tips.on(language, I18n.get("toolbar.language"));
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return languageName(tag);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(vm.languageProperty());

        Button fit = iconButton(Feather.MAXIMIZE, "toolbar.fit");
        fit.setOnAction(e -> graph.fit());
        edgeLabels.setGraphic(new FontIcon(Feather.TYPE));
        Tips.on(edgeLabels, I18n.get("toolbar.edgeLabels"));
        edgeLabels.selectedProperty().addListener((o, was, on) -> graph.setEdgeLabelsShown(on));
        Button back = iconButton(Feather.ARROW_LEFT, "toolbar.back");
        back.setId("back");
        back.setOnAction(e -> vm.back());
        back.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.canGoBack(), vm.filterProperty()));

        relateButton = new Button(I18n.get("relate.button"), new FontIcon(Feather.SHARE_2));
        relateButton.setId("relate");
        Tips.on(relateButton, I18n.get("relate.tooltip"));
        relateButton.setOnAction(e -> relate.run());

        Button exportButton = new Button(I18n.get("export.button"), new FontIcon(Feather.DOWNLOAD));
        exportButton.setId("export");
        Tips.on(exportButton, I18n.get("export.tooltip"));
        exportButton.setOnAction(e -> export.run());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The layout names speak for themselves; a caption would cost the room a 1366-pixel screen lacks.
        // Back first: it keeps its place whatever the Filters button says.
        // Fit beside Back, the two ways back to a whole view; the least-used controls go last, since
        // a bar too narrow for everything (very large text on a projector) folds away its end.
        getItems().addAll(open, back, fit, layout, search, filters, relateButton,
                spacer, edgeLabels, exportButton, language);
        fit.setId("fit");
        this.layoutChoice = layout;

        this.exportButton = exportButton;
        this.openButton = open;

        life.listen(vm.taxonomyProperty(), (o, was, t) -> taxonomyChanged(t));
        life.listen(vm.languageProperty(), (o, was, l) -> taxonomyChanged(vm.getTaxonomy()));
        life.listen(vm.filterProperty(), (o, was, f) -> rebuildFilters(vm.getTaxonomy(), f));
        // Built again on a running explorer (another interface language): start from what it holds.
        taxonomyChanged(vm.getTaxonomy());
    }

    @Override
    protected void layoutChildren() {
        if (fitter == null) {
            List<javafx.scene.control.Labeled> compactable = new java.util.ArrayList<>(List.of(exportButton, relateButton));
            getItems().stream().filter(n -> n instanceof MenuButton && n != filters || n.getStyleClass().contains("compactable"))
                    .map(n -> (javafx.scene.control.Labeled) n).forEach(compactable::add);
            // Open last: compacting it would move Back, which sits beside it.
            compactable.add(openButton);
            fitter = new ToolbarFit(this, compactable, search);
        }
        sizeToLongestTexts();
        fitter.fit();
        super.layoutChildren();
    }

    /**
     * Wide enough for the longest of its texts, so that neither a layout name ("Dirigée par les
     * forces") nor "Filters (on)" is cut, and the controls after them do not move when they change.
     * Measured at layout time, when the style (and the text size) is known.
     */
    private void sizeToLongestTexts() {
        fitToLongest(layoutChoice, ".open-button",
                java.util.Arrays.stream(LayoutKind.values()).map(k -> I18n.get("layout." + k.id())).toList());
        fitToLongest(language, ".open-button", language.getItems().stream().map(ExplorerToolBar::languageName).toList());
        fitToLongest(filters, ".arrow-button", List.of(I18n.get("toolbar.filters"), I18n.get("toolbar.filtersActive")));
    }

    /**
     * A control as wide as its longest text and never narrower (a choice box does not elide its text,
     * its arrow would cover it): the chrome is measured from the parts, not from the control's own
     * width, which is the one set here.
     */
    private static void fitToLongest(javafx.scene.control.Control c, String arrowStyle, List<String> texts) {
        if (c.getSkin() != null && c.lookup(".label") instanceof javafx.scene.control.Labeled label
                && label.getText() != null && !texts.isEmpty()) {
            javafx.scene.Node arrow = c.lookup(arrowStyle);
            double chrome = label.prefWidth(-1) - textWidth(label.getFont(), label.getText())
                    + (arrow == null ? 24 : arrow.prefWidth(-1)) + c.snappedLeftInset() + c.snappedRightInset();
            setWidths(c, chrome + org.psoexplorer.ui.SuggestionWidth.widest(texts, label.getFont()));
        }
    }

    private static void setWidths(javafx.scene.control.Control c, double w) {
        double width = Math.ceil(w) + 2;
        if (Math.abs(c.getMinWidth() - width) > 0.5) {
            c.setMinWidth(width);
            c.setPrefWidth(width);
        }
    }

    private static double textWidth(javafx.scene.text.Font font, String text) {
        return org.psoexplorer.ui.SuggestionWidth.widest(List.of(text), font);
    }

    private static Button iconButton(Feather icon, String tooltipKey) {
        Button b = new Button(null, new FontIcon(icon));
        Tips.on(b, I18n.get(tooltipKey));
        return b;
    }

    private void jumpTo(String id, GraphView graph) {
        if (vm.visibleProperty().get() != null && !vm.visibleProperty().get().contains(id)) {
            vm.resetFilters();
        }
        vm.select(id);
        graph.centreOn(id);
        graph.requestFocus();
    }

    /** Puts a control right after the Relate button (the tours menu, built by the window). */
    public void addAfterRelate(javafx.scene.Node control) {
        int at = getItems().indexOf(relateButton);
        getItems().add(at < 0 ? getItems().size() : at + 1, control);
    }

    /** Puts a control just before Export (the edit-mode toggle); it may drop its text for its icon when room is short. */
    public void addBeforeExport(javafx.scene.control.Labeled control) {
        control.getStyleClass().add("compactable");
        int at = getItems().indexOf(exportButton);
        getItems().add(at < 0 ? getItems().size() : at, control);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void toggleEdgeLabels() {
        edgeLabels.setSelected(!edgeLabels.isSelected());
    }

    private void taxonomyChanged(Taxonomy t) {
        if (t == null) {
            return;
        }
        List<String> langs = t.languages();
        if (!language.getItems().equals(langs)) {
            String current = vm.languageProperty().get();
            language.getItems().setAll(langs);
            language.setValue(current);
        }
        rebuildFilters(t, vm.filterProperty().get());
    }

    /** Check items for kinds and relation types, radio items for the source perspective. */
    private void rebuildFilters(Taxonomy t, ViewFilter f) {
        if (t == null) {
            return;
        }
        String lang = vm.languageProperty().get();
        filters.getItems().clear();
        filters.getItems().add(header("filters.kinds"));
        for (Kind k : t.kinds()) {
            CheckMenuItem item = new CheckMenuItem(t.text(k.label(), lang));
            item.setId("filter-kind-" + k.id());
            item.setSelected(!f.hiddenKinds().contains(k.id()));
            item.setOnAction(e -> vm.setKindVisible(k.id(), item.isSelected()));
            filters.getItems().add(item);
        }
        filters.getItems().addAll(new SeparatorMenuItem(), header("filters.relations"));
        for (RelationType rt : t.relationTypes()) {
            CheckMenuItem item = new CheckMenuItem(t.text(rt.label(), lang));
            item.setId("filter-type-" + rt.id());
            item.setSelected(!f.hiddenRelationTypes().contains(rt.id()));
            item.setOnAction(e -> vm.setRelationTypeVisible(rt.id(), item.isSelected()));
            filters.getItems().add(item);
        }
        filters.getItems().addAll(new SeparatorMenuItem(), header("filters.source"));
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem all = new RadioMenuItem(I18n.get("filters.allSources"));
        all.setToggleGroup(group);
        all.setSelected(f.onlySource() == null);
        all.setOnAction(e -> vm.setOnlySource(null));
        filters.getItems().add(all);
        for (Source s : t.sources()) {
            RadioMenuItem item = new RadioMenuItem(s.shortCitation() + " — " + abbreviate(s.title(), 48));
            item.setId("filter-source-" + s.id());
            item.setToggleGroup(group);
            item.setSelected(s.id().equals(f.onlySource()));
            item.setOnAction(e -> vm.setOnlySource(s.id()));
            filters.getItems().add(item);
        }
        MenuItem reset = new MenuItem(I18n.get("filters.showAll"));
        reset.setOnAction(e -> vm.resetFilters());
        filters.getItems().addAll(new SeparatorMenuItem(), reset);
        filters.setText(f.isActive() ? I18n.get("toolbar.filtersActive") : I18n.get("toolbar.filters"));
    }

    private static MenuItem header(String key) {
        MenuItem h = new MenuItem(I18n.get(key));
        h.setDisable(true);
        h.getStyleClass().add("menu-header");
        return h;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A language tag by its own name ("English", "Français"). */
    static String languageName(String tag) {
        if (tag == null) {
            return "";
        }
        Locale l = Locale.forLanguageTag(tag);
        String name = l.getDisplayName(l);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }
}
