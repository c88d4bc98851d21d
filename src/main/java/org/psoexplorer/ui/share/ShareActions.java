package org.psoexplorer.ui.share;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.cite.Citations;
import org.psoexplorer.export.handout.Handout;
import org.psoexplorer.export.html.InteractivePage;
import org.psoexplorer.export.share.SharedView;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.WriteFailure;
import org.psoexplorer.ui.details.ConceptDetails;

/**
 * What the window hands to students: the current view as an interactive web page or a printed
 * handout, and citations copied in the course's style (a preference kept between sessions).
 */
public final class ShareActions {

    static final String STYLE_KEY = "citation.style";

    private final ExplorerViewModel vm;
    private final Consumer<String> notify;
    private final ObjectProperty<CitationStyle> style = new SimpleObjectProperty<>(CitationStyle.DEFAULT);

    /** @param prefs where the citation style is remembered */
    public ShareActions(ExplorerViewModel vm, Consumer<String> notify, Preferences prefs) {
        this.vm = vm;
        this.notify = notify;
        style.set(CitationStyle.fromId(prefs.get(STYLE_KEY, CitationStyle.DEFAULT.id())).orElse(CitationStyle.DEFAULT));
        style.addListener((o, was, now) -> prefs.put(STYLE_KEY, now.id()));
    }

    public ObjectProperty<CitationStyle> styleProperty() {
        return style;
    }

    /** File menu items: Export as web page…, Handout…, and the citation style. */
    public List<MenuItem> fileMenuItems(Supplier<Window> owner) {
        MenuItem page = new MenuItem(I18n.get("share.webPage"));
        page.setId("menu-web-page");
        page.setOnAction(e -> choose(owner.get(), "html", "share.webPageFilter").ifPresent(p -> writeWebPage(p, owner.get())));
        MenuItem handout = new MenuItem(I18n.get("share.handout"));
        handout.setId("menu-handout");
        handout.setOnAction(e -> choose(owner.get(), "pdf", "share.handoutFilter").ifPresent(p -> writeHandout(p, owner.get())));
        Menu styles = new Menu(I18n.get("share.citationStyle"));
        styles.setId("menu-citation-style");
        ToggleGroup group = new ToggleGroup();
        for (CitationStyle s : CitationStyle.values()) {
            RadioMenuItem item = new RadioMenuItem(s.displayName());
            item.setToggleGroup(group);
            item.setSelected(style.get() == s);
            item.setOnAction(e -> style.set(s));
            style.addListener((o, was, now) -> item.setSelected(now == s));
            styles.getItems().add(item);
        }
        return List.of(page, handout, styles);
    }

    /** The page of what the window shows now: its filters, layout and language. */
    public void writeWebPage(Path target, Window owner) {
        run(() -> {
            new InteractivePage().write(view(), target);
            return target;
        }, owner);
    }

    public void writeHandout(Path target, Window owner) {
        java.util.concurrent.atomic.AtomicReference<Handout.Summary> written = new java.util.concurrent.atomic.AtomicReference<>();
        run(() -> {
            written.set(new Handout(paperFor(Locale.getDefault()), LocalDate.now()).write(view(), target));
            return target;
        }, owner, done -> {
            Handout.Summary s = written.get();
            // Printed in layers instead of the window's layout: said here too, not only in the PDF.
            return s == null || s.relaidFrom() == null ? I18n.get("export.done", done.toString())
                    : I18n.get("share.handoutRelaid", done.toString(), I18n.get("layout." + s.relaidFrom().id()),
                    s.relaidParts());
        });
    }

    /** The full citation of a quote's source in the chosen style, with the quote's locator. */
    public String citation(ConceptDetails.QuoteView q) {
        Taxonomy t = vm.getTaxonomy();
        Optional<Source> source = t == null ? Optional.empty() : t.concepts().stream()
                .flatMap(c -> c.quotes().stream())
                .filter(x -> x.text().equals(q.text()) && x.locator().equals(q.locator()))
                .map(Quote::source).findFirst().flatMap(t::source);
        if (source.isEmpty()) {
            return q.fullCitation();
        }
        String entry = new Citations(style.get(), vm.languageProperty().get()).entry(source.get());
        String body = entry.endsWith(".") ? entry.substring(0, entry.length() - 1) : entry;
        return q.locator() == null || q.locator().isBlank() ? entry : body + ", " + q.locator().strip() + ".";
    }

    private SharedView view() {
        Taxonomy t = vm.getTaxonomy();
        return new SharedView(new TaxonomyGraph(t), vm.filterProperty().get(), vm.layoutKindProperty().get(),
                vm.languageProperty().get(), style.get(), null);
    }

    /** Letter where it is the usual paper (North America), A4 elsewhere. */
    static Handout.Paper paperFor(Locale locale) {
        return List.of("US", "CA", "MX").contains(locale.getCountry()) ? Handout.Paper.LETTER : Handout.Paper.A4;
    }

    /** Writing a file, which may fail with an I/O error. */
    private interface Writing {
        Path write() throws IOException;
    }

    private void run(Writing work, Window owner) {
        run(work, owner, done -> I18n.get("export.done", done.toString()));
    }

    private void run(Writing work, Window owner, java.util.function.Function<Path, String> told) {
        if (vm.getTaxonomy() == null) {
            return;
        }
        vm.tasks().run(() -> {
            try {
                return work.write();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, done -> notify.accept(told.apply(done)),
                failure -> WriteFailure.alert(owner, failure).show());
    }

    private Optional<Path> choose(Window owner, String ext, String filterKey) {
        if (vm.getTaxonomy() == null) {
            return Optional.empty();
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get(filterKey), "*." + ext));
        chooser.setInitialFileName("pso-taxonomy." + ext);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        String name = chosen.getName();
        return Optional.of(name.toLowerCase(Locale.ROOT).endsWith("." + ext) ? chosen.toPath()
                : chosen.toPath().resolveSibling(name + "." + ext));
    }
}
