package org.psoexplorer.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.psoexplorer.graph.Perspective;
import org.psoexplorer.model.Tour;
import org.psoexplorer.ui.DisplayModel;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.Lifetime;
import org.psoexplorer.ui.details.ConceptDetails;
import org.psoexplorer.ui.details.DetailsPane;
import org.psoexplorer.ui.export.Exports;
import org.psoexplorer.ui.share.ShareActions;
import org.psoexplorer.ui.graph.GraphView;
import org.psoexplorer.ui.timeline.TimelineBar;
import org.psoexplorer.ui.tour.TourOverlay;
import org.psoexplorer.ui.tour.TourViewModel;
import org.psoexplorer.ui.tour.ToursMenu;
import org.psoexplorer.ui.relate.ComparePane;
import org.psoexplorer.ui.relate.ConnectionsPane;
import org.psoexplorer.ui.relate.RelateDialog;
import org.psoexplorer.ui.relate.RelateViewModel;

/**
 * The explorer window's content: toolbar and menus on top, the graph in the centre with its legend,
 * the details pane on the right, problems and the status bar below. It wires controls to the view
 * model and holds no explorer state of its own.
 */
public final class MainWindow extends BorderPane {

    private final ExplorerViewModel vm;
    /** Ended when a language switch replaces this window, so the explorer's models let go of it. */
    private final Lifetime life = new Lifetime();
    private final GraphView graphView = new GraphView();
    private final DetailsPane details = new DetailsPane();
    private final Legend legend = new Legend();
    /** The legend's height when the timeline opened, kept free while it plays. */
    private double timelineLegendRoom;
    private final StatusBar status = new StatusBar();
    private final ExplorerToolBar toolBar;
    private final VBox bottom = new VBox();
    private FileFeedback feedback;
    private final Label filterNotice = new Label();
    private final RelateViewModel relate;
    private final DisplayModel display;
    private final Exports exports;
    private final TourViewModel tours;
    /** Made when first shown: most sessions never open it. */
    private TimelineBar timelineBar;
    private Perspective perspective;
    private org.psoexplorer.graph.ViewFilter beforePresentation;
    private org.psoexplorer.layout.LayoutKind layoutBeforePresentation;
    private SplitPane split;
    private final TabPane side = new TabPane();
    private final Tab detailsTab = new Tab(I18n.get("details.tab"));
    private final Tab connectionsTab = new Tab(I18n.get("relate.tab"));
    private final Tab compareTab = new Tab(I18n.get("compare.tab"));
    private final WindowActions actions;
    private final VBox top;
    private GraphView.Viewport viewportBeforeTour;
    private java.util.List<String> conceptsBeforeTour = java.util.List.of();
    private final org.psoexplorer.ui.edit.EditController editing;
    private org.psoexplorer.ui.edit.EditMenus editMenus;
    /** Built in another interface language for a window on screen: nothing is put off, nothing flickers. */
    private final boolean replacesShownWindow;

    public MainWindow(ExplorerViewModel vm, WindowActions actions) {
        this(vm, actions, new DisplayModel());
    }

    public MainWindow(ExplorerViewModel vm, WindowActions actions, DisplayModel display) {
        this(vm, actions, display, new TourViewModel(vm), new RelateViewModel(vm),
                new org.psoexplorer.ui.edit.EditViewModel(vm), false);
    }

    /**
     * The window on a running explorer: every control starts from the explorer's current state, so
     * a window built in another interface language shows at once what the last one showed.
     */
    private MainWindow(ExplorerViewModel vm, WindowActions actions, DisplayModel display, TourViewModel tours,
                       RelateViewModel relate, org.psoexplorer.ui.edit.EditViewModel edits, boolean replacesShownWindow) {
        this.vm = vm;
        this.replacesShownWindow = replacesShownWindow;
        this.editing = new org.psoexplorer.ui.edit.EditController(life, vm, edits, graphView,
                () -> getScene() == null ? null : getScene().getWindow(), this::notifyUser);
        this.actions = actions;
        this.relate = relate;
        this.tours = tours;
        this.display = display;
        ShareActions share = new ShareActions(vm, this::notifyUser, Preferences.userRoot().node("org/psoexplorer"));
        // An export of the current view highlights what the screen does: the tour step, path or perspective.
        this.exports = new Exports(vm, vm.tasks(), () -> {
            ShownPath shown = shownPath();
            return vm.highlight(shown.concepts(), shown.relations());
        }, this::notifyUser, share.styleProperty()::get);
        // A busy view's faded relations are faded on the slide too (a path's highlight already decides its own).
        exports.setAsOnScreen(d -> display.allRelationsProperty().get() ? d
                : org.psoexplorer.diagram.RecedingRelations.fade(d, graphView.backboneTypes(),
                vm.selectedProperty().get()));
        getStyleClass().add("main-window");
        toolBar = new ExplorerToolBar(life, vm, actions, graphView, () -> askRelate(vm.selectedProperty().get()),
                () -> exports.exportToFile(getScene().getWindow()));
        MainMenu menu = new MainMenu(life, vm, actions, display, graphView, toolBar, () -> askRelate(vm.selectedProperty().get()),
                () -> setSidePanelShown(!isSidePanelShown()), () -> exports.exportToFile(getScene().getWindow()),
                exports::copyToClipboard, () -> setTimelineShown(!isTimelineShown()));
        menu.addToFile(share.fileMenuItems(() -> getScene().getWindow()));
        org.psoexplorer.ui.edit.EditMenus editMenus = new org.psoexplorer.ui.edit.EditMenus(life, vm, editing, graphView,
                () -> getScene() == null ? null : getScene().getWindow());
        menu.bar().getMenus().get(0).getItems().addAll(0, editMenus.fileItems());
        menu.bar().getMenus().add(1, editMenus.editMenu());
        menu.bar().getMenus().add(3, editMenus.viewsMenu());
        toolBar.addBeforeExport(editMenus.toggle());
        this.editMenus = editMenus;
        details.setCitationText(share::citation);
        top = new VBox(menu.bar(), toolBar);
        top.setId("window-top");
        setTop(top);

        TourOverlay tourOverlay = new TourOverlay(life, tours, vm);
        filterNotice.getStyleClass().add("filter-notice");
        filterNotice.setId("filter-notice");
        Button reset = new Button(I18n.get("filters.showAll"));
        reset.getStyleClass().add("small");
        reset.setOnAction(e -> vm.resetFilters());
        HBox notice = new HBox(8, filterNotice, reset);
        notice.getStyleClass().add("filter-notice-box");
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        // Not over a tour, nor over the projector's overview: there every pixel goes to the graph.
        notice.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.filterProperty().get().isActive()
                        && !tours.isPlaying() && !display.presentationProperty().get(), vm.filterProperty(),
                tours.tourProperty(), display.presentationProperty()));
        // Long work can be stopped: a huge or endless file must never hold the window hostage.
        BusyIndicator busy = new BusyIndicator(life, vm);
        StackPane centre = new StackPane(graphView, legend, notice, busy);
        // Hidden until a tour starts: styled after the first frame, unless a tour is already playing.
        if (tours.isPlaying()) {
            centre.getChildren().add(tourOverlay);
        } else {
            afterFirstFrame(() -> centre.getChildren().add(tourOverlay));
        }
        // The caption card never runs off the screen: at most the graph area's height, its text scrolling within.
        centre.heightProperty().addListener((o, was, h) -> tourOverlay.setHeightLimit(h.doubleValue() - 24));
        // A third of the graph's width, so a projector's larger text still gets lines of a readable length.
        tourOverlay.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> captionWidth(centre.getWidth()), centre.widthProperty()));
        tourOverlay.maxWidthProperty().bind(tourOverlay.prefWidthProperty());
        // Beside the graph rather than under it: a wide screen has width to spare, height it lacks.
        StackPane.setAlignment(tourOverlay, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(tourOverlay, new Insets(12));
        centre.getStyleClass().add("graph-area");
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        StackPane.setAlignment(notice, Pos.TOP_CENTER);
        StackPane.setMargin(notice, new Insets(10));
        // Fit keeps clear of what floats over the graph: the notice on top, the caption or the legend below.
        // While the timeline plays, the legend keeps the room of the whole taxonomy's legend (the one
        // shown when the timeline opened): a legend growing with the years must not move the concepts.
        Runnable reserve = () -> graphView.setFitReserve(new Insets(
                notice.isVisible() ? notice.getHeight() + 14 : 0,
                tourOverlay.isVisible() ? tourOverlay.getWidth() + 16 : 0,
                !tourOverlay.isVisible() && legend.isVisible() ? Math.max(legend.getHeight(), timelineLegendRoom) + 10 : 0, 0));
        // Names keep clear of the panels themselves; fitting keeps the concepts out of their bands.
        Runnable cover = () -> {
            List<javafx.geometry.Bounds> panels = new java.util.ArrayList<>();
            for (javafx.scene.layout.Region r : List.of(notice, tourOverlay, legend)) {
                if (r.isVisible() && r.getParent() != null && r.getScene() != null) {
                    panels.add(graphView.sceneToLocal(r.localToScene(r.getLayoutBounds())));
                }
            }
            graphView.setCovered(panels);
        };
        Runnable refit = () -> {
            reserve.run();
            if (getScene() != null) {
                double[] area = graphView.fitArea();
                vm.setCanvasSize(area[0], area[1]);
            }
            graphView.refitUnlessAdjusted();
        };
        // The graph area's size is known only once the window is laid out: a layout ready before then waits for it.
        vm.awaitCanvasSize();
        graphView.widthProperty().addListener((o, was, w) -> refit.run());
        graphView.heightProperty().addListener((o, was, h) -> refit.run());
        for (javafx.scene.layout.Region r : List.of(notice, tourOverlay, legend)) {
            r.widthProperty().addListener((o, was, w) -> refit.run());
            r.heightProperty().addListener((o, was, h) -> refit.run());
            r.visibleProperty().addListener((o, was, v) -> {
                refit.run();
                cover.run();
            });
            r.boundsInParentProperty().addListener((o, was, b) -> cover.run());
        }
        StackPane.setAlignment(busy, Pos.TOP_RIGHT);
        StackPane.setMargin(busy, new Insets(12));

        // The side panel opens empty and is filled after the first frame (the details show a concept
        // only once one is chosen).
        afterFirstFrame(() -> detailsTab.setContent(details));
        // Filled when first chosen, starting from what the explorer holds: the opening screen shows the details.
        fillWhenSelected(connectionsTab, () -> new ConnectionsPane(life, relate, vm,
                () -> side.getSelectionModel().select(compareTab)));
        fillWhenSelected(compareTab, () -> new ComparePane(life, relate, vm, () -> askRelate(vm.selectedProperty().get())));
        for (Tab t : List.of(detailsTab, connectionsTab, compareTab)) {
            t.setClosable(false);
        }
        detailsTab.setId("details-tab");
        connectionsTab.setId("connections-tab");
        side.getTabs().addAll(detailsTab, connectionsTab, compareTab);
        side.getStyleClass().add("side-tabs");
        split = new SplitPane(centre, side);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(side, false);
        side.setMinWidth(300);
        side.setPrefWidth(420);
        setCenter(split);

        status.setText("");
        bottom.getChildren().add(status);
        setBottom(bottom);

        // Before the graph's own listener: it must see each drawing before it is replaced.
        new ViewportMemory(life, vm, graphView);
        wireGraph(actions);
        wireRelate();
        wirePresentation();
        wireTours();
        wireDetails(actions.openUrl());
        wireStatus();
        wireEditing();
        GraphKeyboard.install(this, vm, graphView, new GraphKeyboard.Highlight() {
            @Override
            public boolean isShown() {
                return !relate.highlightedConceptsProperty().get().isEmpty();
            }

            @Override
            public void clear() {
                relate.clear();
            }
        }, tours::isPlaying);
        wireDragAndDrop(actions.open());
        life.listen(display.textZoomProperty(), (o, was, z) -> applyLabelSize());
        life.listen(display.presentationProperty(), (o, was, on) -> applyLabelSize());
        applyLabelSize();
        showCurrentState();
        if (display.presentationProperty().get()) {
            foldForPresentation(true);
        }
    }

    /** Parts not seen at first wait for the window's first frame, unless this window replaces one on screen. */
    private void afterFirstFrame(Runnable work) {
        if (replacesShownWindow) {
            work.run();
        } else {
            AfterFirstFrame.run(this, work);
        }
    }

    /** Labels at least 11.5 px at the desk, 18 px on the projector, times the user's text size. */
    private void applyLabelSize() {
        double min = display.presentationProperty().get() ? 18 : ExplorerViewModel.MIN_LABEL_PX;
        graphView.setTextZoom(display.textZoomProperty().get());
        graphView.setMinLabelPx(min);
        if (getScene() != null || vm.diagramProperty().get() == null) {
            vm.setMinLabelPx(min * display.textZoomProperty().get());
        }
    }

    /** The same window in the interface language now chosen, on the same explorer, tour and paths. */
    public MainWindow successor() {
        relate.retell();
        MainWindow next = new MainWindow(vm, actions, display, tours, relate, editing.edits(), true);
        next.setTimelineShown(isTimelineShown());
        next.setSidePanelShown(isSidePanelShown());
        next.sideDivider = isSidePanelShown() ? split.getDividerPositions()[0] : sideDivider;
        // As wide as the user left it: a graph area of another size would be spread anew, every concept moved.
        next.split.setDividerPositions(split.getDividerPositions());
        // The tab being read (a Relate answer, a comparison) stays open in the other language.
        next.side.getSelectionModel().select(side.getSelectionModel().getSelectedIndex());
        // The graph stays zoomed on what the user was reading, though the other language's labels move it.
        next.graphView.keepAnchor(graphView.anchor());
        next.beforePresentation = beforePresentation;
        next.layoutBeforePresentation = layoutBeforePresentation;
        return next;
    }

    /**
     * Lets go of the explorer's models once {@link #successor()} has taken this window's place:
     * nothing they do reaches this window any more, and it can be collected.
     */
    public void retire() {
        life.end();
    }

    /** Shows what the explorer holds now; its later changes arrive through the listeners. */
    private void showCurrentState() {
        graphView.setQuietRelations(!display.allRelationsProperty().get());
        useBackboneOf(vm.graphProperty().get());
        if (vm.diagramProperty().get() != null) {
            graphView.setDiagram(vm.diagramProperty().get(), false);
            legend.show(vm.diagramProperty().get());
            graphView.setSelected(vm.selectedProperty().get());
            graphView.setCollapsed(vm.filterProperty().get().collapsed());
        } else if (vm.visibleProperty().get() != null && vm.getTaxonomy() != null) {
            showLegendBeforeDrawing(vm.visibleProperty().get());
        } else {
            // The taxonomy read at launch reaches the window after its first frame; its legend is
            // there from the start, so the graph area the head start draws for is the final one.
            legend.show(vm.openingKinds());
        }
        frameTourStep();
        refreshHighlight();
        refreshDetails();
        updateStatus();
        if (editing.edits().editModeProperty().get()) {
            // A window rebuilt in edit mode keeps telling how to draw a relation.
            notifyUser(I18n.get("edit.status.hint"));
        }
        legend.setVisible(!tours.isPlaying());
    }

    private void wireGraph(WindowActions actions) {
        vm.setDiagramPreparer(graphView::prepare);
        life.listen(vm.diagramProperty(), (o, was, d) -> {
            if (getScene() == null) {
                return; // not on screen
            }
            boolean timeline = vm.filterProperty().get().asOfYear() != null;
            graphView.setFitDrawingArea(timeline);
            useBackboneOf(vm.graphProperty().get());
            if (vm.diagramKeepsTheMap()) {
                graphView.keepViewThroughEdit();
            }
            graphView.setDiagram(d, was != null);
            legend.setRecedingHint(graphView.relationsReceding());
            graphView.setUndated(timeline ? undated() : java.util.Set.of());
            legend.show(d);
            graphView.setSelected(vm.selectedProperty().get());
            graphView.setCollapsed(vm.filterProperty().get().collapsed());
        });
        // The legend takes its room as soon as the visible concepts are known, not when the drawing arrives:
        // a legend filling in afterwards shrank the graph area and had the whole drawing made twice.
        life.listen(vm.visibleProperty(), (o, was, v) -> {
            if (getScene() != null && v != null && vm.getTaxonomy() != null && vm.diagramProperty().get() == null) {
                showLegendBeforeDrawing(v);
            }
        });
        life.listen(display.allRelationsProperty(), (o, was, all) -> {
            if (getScene() == null) {
                return;
            }
            graphView.setQuietRelations(!all);
            legend.setRecedingHint(graphView.relationsReceding());
        });
        life.listen(vm.selectedProperty(), (o, was, id) -> {
            graphView.setSelected(id);
            refreshDetails();
            if (id != null) {
                side.getSelectionModel().select(detailsTab);
            }
        });
        life.listen(vm.languageProperty(), (o, was, now) -> refreshDetails());
        life.listen(vm.taxonomyProperty(), (o, was, now) -> refreshDetails());
        graphView.setOnSelect(vm::select);
        graphView.setOnOpen(id -> vm.focus(id, 1));
        graphView.setOnMove((id, p) -> vm.moveConcept(id, p.getX(), p.getY()));
        graphView.setOnNodeContextMenu(ctx -> {
            if (ctx.concept() != null) {
                conceptMenu(ctx.concept()).show(graphView, ctx.screenX(), ctx.screenY());
            }
        });
    }

    private void wireRelate() {
        life.listen(relate.highlightedConceptsProperty(), (o, was, now) -> {
            refreshHighlight();
            frameTourStep();
            if (!tours.isPlaying()) {
                graphView.requestFit();
            }
        });
        life.listen(relate.highlightedRelationsProperty(), (o, was, now) -> refreshHighlight());
        life.listen(vm.diagramProperty(), (o, was, now) -> refreshHighlight());
        life.listen(relate.answerProperty(), (o, was, a) -> {
            if (a != null) {
                side.getSelectionModel().select(connectionsTab);
            }
        });
    }

    /** The concepts the timeline cannot place in time: present in every year, so marked as such. */
    private java.util.Set<String> undated() {
        org.psoexplorer.graph.Timeline t = new org.psoexplorer.graph.Timeline(vm.getTaxonomy());
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String id : graphView.conceptIds()) {
            if (t.yearOf(id) == null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * What fitting frames: a tour step while a tour plays, else the whole view. A path Relate shows
     * is a view of its own, fitted whole; with everything shown again around it, the whole
     * taxonomy is fitted with the path lit, not the path with the rest running off the screen.
     */
    private void frameTourStep() {
        graphView.setFrame(tours.isPlaying() ? tours.conceptsProperty().get() : java.util.Set.of());
    }

    private record ShownPath(java.util.Set<String> concepts, java.util.Set<Integer> relations) { }

    /** One highlight on the graph at a time: a tour step first, then a path, then a perspective. */
    private ShownPath shownPath() {
        if (tours.isPlaying()) {
            return new ShownPath(tours.conceptsProperty().get(), tours.relationsProperty().get());
        } else if (!relate.highlightedConceptsProperty().get().isEmpty()) {
            return new ShownPath(relate.highlightedConceptsProperty().get(), relate.highlightedRelationsProperty().get());
        } else if (perspective != null) {
            return new ShownPath(perspective.concepts(), perspective.relations());
        }
        return new ShownPath(java.util.Set.of(), java.util.Set.of());
    }

    private void refreshHighlight() {
        ShownPath shown = shownPath();
        graphView.setPath(shown.concepts(), shown.relations());
        legend.setRecedingHint(graphView.relationsReceding());
    }

    /** Lists the visible kinds and lays the legend out at once, so the graph area has its final size when drawn. */
    private void showLegendBeforeDrawing(org.psoexplorer.graph.VisibleGraph v) {
        legend.show(org.psoexplorer.diagram.DiagramBuilder.kindLegend(vm.getTaxonomy(), v, vm.languageProperty().get()));
        javafx.scene.Parent area = legend.getParent();
        if (area != null && getScene() != null) {
            area.applyCss();
            area.layout();
        }
    }

    /** The hierarchy is the busy overview's backbone: it stays drawn in full while other relations recede. */
    private void useBackboneOf(org.psoexplorer.graph.TaxonomyGraph g) {
        java.util.Set<String> backbone = new java.util.HashSet<>();
        if (g != null) {
            g.taxonomy().relationTypes().stream().filter(t -> t.hierarchical()).forEach(t -> backbone.add(t.id()));
        }
        graphView.setBackboneTypes(backbone);
    }

    private void wireTours() {
        toolBar.addAfterRelate(new ToursMenu(life, vm, this::startTour));

        Runnable stepShown = () -> {
            if (getScene() == null) {
                return;
            }
            refreshHighlight();
            frameTourStep();
            if (tours.isPlaying()) {
                graphView.requestFit();
            }
        };
        life.listen(tours.conceptsProperty(), (o, was, now) -> stepShown.run());
        life.listen(tours.relationsProperty(), (o, was, now) -> stepShown.run());
        life.listen(tours.stepProperty(), (o, was, now) -> stepShown.run());
        life.listen(tours.tourProperty(), (o, was, now) -> {
            if (getScene() == null) {
                return;
            }
            // The caption takes the legend's corner while a tour plays.
            legend.setVisible(now == null);
            if (now != null && was == null) {
                lendSidePanelToTour();
            } else if (now == null && sidePanelLentToTour) {
                sidePanelLentToTour = false;
                if (!display.presentationProperty().get()) {
                    setSidePanelShown(true);
                }
            }
            if (now == null) {
                refreshHighlight();
                frameTourStep();
                // The view comes back as the user left it: their zoom and pan (at once when its concepts
                // are drawn already, else when they are), or fitted.
                if (viewportBeforeTour != null) {
                    // After the tour has given back layout and filters (and the view memory has reacted to them).
                    GraphView.Viewport back = viewportBeforeTour;
                    java.util.List<String> shown = conceptsBeforeTour;
                    javafx.application.Platform.runLater(() -> graphView.restoreViewportFor(shown, back));
                } else {
                    graphView.restoreViewportOnNextDiagram(null);
                    graphView.requestFit();
                }
                viewportBeforeTour = null;
            }
        });
        ToursMenu.installKeys(this, tours);
    }

    /** Plays a tour from its first step. */
    public void startTour(Tour t) {
        if (!tours.isPlaying()) {
            // Before anything moves for the tour (the caption card appearing refits the view).
            viewportBeforeTour = graphView.viewport();
            conceptsBeforeTour = graphView.conceptIds();
        }
        // A Relate answer on screen stays asked: the tour gives back the view it found, the answer with it
        // (its filter, the layout chosen for it); meanwhile the step's highlight comes first (shownPath).
        tours.start(t);
        graphView.requestFocus();
    }

    public TourViewModel tours() {
        return tours;
    }

    public TimelineBar timelineBar() {
        if (timelineBar == null) {
            timelineBar = new TimelineBar(life, vm, p -> {
                perspective = p;
                refreshHighlight();
            });
        }
        return timelineBar;
    }

    public boolean isTimelineShown() {
        return timelineBar != null && bottom.getChildren().contains(timelineBar);
    }

    private static void fillWhenSelected(Tab tab, java.util.function.Supplier<javafx.scene.Node> content) {
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
    }

    public void setTimelineShown(boolean shown) {
        if (shown && !isTimelineShown()) {
            timelineLegendRoom = legend.isVisible() ? legend.getHeight() : 0;
            bottom.getChildren().add(bottom.getChildren().indexOf(status), timelineBar());
        } else if (!shown) {
            timelineLegendRoom = 0;
            bottom.getChildren().remove(timelineBar);
        }
    }

    /** Presentation mode folds the side panel and the status bar away, to give the graph the screen. */
    private void wirePresentation() {
        // The menus and toolbar come back when the mouse touches the top edge, or with F10.
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> {
            if (!display.presentationProperty().get()) {
                return;
            }
            if (e.getY() <= 4 && !top.isVisible()) {
                setTopShown(true);
            } else if (top.isVisible() && e.getY() > top.getHeight() + 48) {
                setTopShown(false);
            }
        });
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F10 && display.presentationProperty().get()) {
                setTopShown(!top.isVisible());
                e.consume();
            }
        });
        // Esc leaves presentation once nothing else wants it (a tour, a selection, a focus take it first).
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && display.presentationProperty().get()
                    && !tours.isPlaying()) {
                display.presentationProperty().set(false);
                e.consume();
            }
        });
        life.listen(display.presentationProperty(), (o, was, on) -> {
            if (getScene() == null) {
                return;
            }
            foldForPresentation(on);
            if (tours.isPlaying() || relate.isShowingAnswer()) {
                // F11 during a tour or on a Relate answer keeps it on screen, only larger.
                graphView.requestFit();
                return;
            }
            if (on) {
                beforePresentation = vm.filterProperty().get();
                layoutBeforePresentation = vm.layoutKindProperty().get();
                // Open on the overview, laid out top-down, readable from the back row; "Show everything" is one click.
                vm.filterProperty().set(org.psoexplorer.graph.ViewFilter.NONE.withOnly(vm.overviewConcepts()));
                vm.layoutKindProperty().set(org.psoexplorer.layout.LayoutKind.LAYERED);
            } else if (beforePresentation != null) {
                vm.filterProperty().set(beforePresentation);
                vm.layoutKindProperty().set(layoutBeforePresentation);
                beforePresentation = null;
            }
            graphView.requestFit();
        });
    }

    /** Presentation gives the graph the screen: menus, toolbar, side panel and status bar fold away; the legend stays. */
    private void foldForPresentation(boolean on) {
        setSidePanelShown(!on);
        status.setVisible(!on);
        status.setManaged(!on);
        setTopShown(!on);
    }

    private void setTopShown(boolean shown) {
        top.setVisible(shown);
        top.setManaged(shown);
    }

    public boolean isTopShown() {
        return top.isVisible();
    }

    public boolean isSidePanelShown() {
        return split.getItems().contains(side);
    }

    public void setSidePanelShown(boolean shown) {
        if (shown && !isSidePanelShown()) {
            split.getItems().add(side);
            // As wide as the user left it: the graph area comes back to its size, and nothing is spread anew.
            split.setDividerPositions(sideDivider);
        } else if (!shown && isSidePanelShown()) {
            sideDivider = split.getDividerPositions()[0];
            split.getItems().remove(side);
        }
    }

    /**
     * Below this width beside the caption card, a tour takes the side panel's room for the graph: on
     * a 1280 × 720 projector outside presentation mode the graph kept 490 px between the caption and
     * the panel, against about 800 without the panel. A laptop's 1366 pixels keep the panel (600 px).
     */
    private static final double TOUR_GRAPH_LEAST_PX = 560;
    /** Whether the side panel was hidden for the tour playing, to come back when it ends. */
    private boolean sidePanelLentToTour;

    /** The tour caption's width beside a graph area this wide: a third of it, 380 to 560 px. */
    private static double captionWidth(double graphAreaWidth) {
        return Math.max(380, Math.min(560, graphAreaWidth * 0.36));
    }

    private void lendSidePanelToTour() {
        if (display.presentationProperty().get() || !isSidePanelShown() || split.getWidth() <= 0) {
            return;
        }
        double graph = split.getWidth() * split.getDividerPositions()[0];
        if (graph - captionWidth(graph) < TOUR_GRAPH_LEAST_PX) {
            sidePanelLentToTour = true;
            setSidePanelShown(false);
        }
    }

    /** Where the side panel's divider was when it was last hidden (presentation, F9): where it comes back. */
    private double sideDivider = 0.7;

    /** Asks for two concepts (the first one prefilled when given) and shows how they relate. */
    public void askRelate(String fromId) {
        if (vm.getTaxonomy() == null) {
            return;
        }
        RelateDialog.ask(getScene().getWindow(), vm.getTaxonomy(), vm.languageProperty().get(),
                fromId == null ? null : vm.label(fromId)).ifPresent(p -> relate.relate(p.from(), p.to()));
    }

    /** A short message in the status bar, e.g. where an export went. */
    public void notifyUser(String message) {
        status.setText(message);
    }

    public Exports exports() {
        return exports;
    }

    public RelateViewModel relate() {
        return relate;
    }

    private ContextMenu conceptMenu(String id) {
        MenuItem focus1 = new MenuItem(I18n.get("menu.focus", 1));
        focus1.setOnAction(e -> vm.focus(id, 1));
        MenuItem focus2 = new MenuItem(I18n.get("menu.focus", 2));
        focus2.setOnAction(e -> vm.focus(id, 2));
        MenuItem focus3 = new MenuItem(I18n.get("menu.focus", 3));
        focus3.setOnAction(e -> vm.focus(id, 3));
        MenuItem relateTo = new MenuItem(I18n.get("relate.menu"));
        relateTo.setOnAction(e -> askRelate(id));
        ContextMenu menu = new ContextMenu(relateTo, new javafx.scene.control.SeparatorMenuItem(), focus1, focus2, focus3);
        if (vm.graphProperty().get() != null && vm.graphProperty().get().hasChildren(id)) {
            boolean collapsed = vm.filterProperty().get().collapsed().contains(id);
            MenuItem fold = new MenuItem(I18n.get(collapsed ? "menu.expand" : "menu.collapse"));
            fold.setOnAction(e -> vm.toggleCollapsed(id));
            menu.getItems().add(fold);
        }
        return menu;
    }

    private void refreshDetails() {
        String id = vm.selectedProperty().get();
        if (id == null || vm.graphProperty().get() == null || vm.getTaxonomy().concept(id).isEmpty()) {
            details.show(null);
            return;
        }
        details.show(ConceptDetails.of(vm.graphProperty().get(), id, vm.languageProperty().get()));
    }

    private void wireDetails(Consumer<String> openUrl) {
        details.setOnNavigate(id -> {
            if (vm.visibleProperty().get() != null && !vm.visibleProperty().get().contains(id)) {
                vm.resetFilters();
            }
            vm.select(id);
            graphView.centreOn(id);
        });
        details.setOnOpenUrl(openUrl);
    }

    private void wireStatus() {
        feedback = new FileFeedback(life, vm, status, bottom, filterNotice);
    }

    private void updateStatus() {
        feedback.refresh();
    }

    private void wireDragAndDrop(Consumer<Path> open) {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                open.accept(e.getDragboard().getFiles().get(0).toPath());
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** Edit mode: the details tab holds the form, Ctrl+Y redoes, the status bar tells how to draw a relation. */
    private void wireEditing() {
        org.psoexplorer.ui.edit.EditViewModel edits = editing.edits();
        Runnable swap = () -> {
            boolean on = edits.editModeProperty().get();
            detailsTab.setContent(on ? editing.form() : details);
            detailsTab.setText(I18n.get(on ? "edit.tab" : "details.tab"));
            if (on) {
                setSidePanelShown(true);
                side.getSelectionModel().select(detailsTab);
                notifyUser(I18n.get("edit.status.hint"));
            } else {
                refreshDetails();
                updateStatus();
            }
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("editing"), on);
        };
        life.listen(edits.editModeProperty(), (o, was, on) -> swap.run());
        swap.run();
        vm.setBeforeReplacing(editing::mayReplace);
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (Shortcut.REDO_SECOND.match(e)) {
                edits.redo();
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && editing.drag().isDrawing()) {
                editing.drag().cancel();
                e.consume();
            }
        });
        // A tour step naming a saved view shows the view's arrangement: its places and its zoom.
        life.listen(tours.stepProperty(), (o, was, now) -> {
            org.psoexplorer.model.TourStep step = tours.currentStep();
            if (step != null && step.view() != null && vm.getTaxonomy() != null) {
                vm.getTaxonomy().view(step.view()).ifPresent(v -> {
                    org.psoexplorer.ui.edit.Views.place(v, vm);
                    if (v.viewport() != null) {
                        graphView.showAt(v.viewport().scale(), v.viewport().centreX(), v.viewport().centreY());
                    }
                });
            }
        });
    }

    /** Editing: the commands and dialogs around the edit view model. */
    public org.psoexplorer.ui.edit.EditController editing() {
        return editing;
    }

    public org.psoexplorer.ui.edit.EditMenus editMenus() {
        return editMenus;
    }

    public GraphView graphView() {
        return graphView;
    }

    public DetailsPane details() {
        return details;
    }

    public ExplorerToolBar toolBar() {
        return toolBar;
    }
}
