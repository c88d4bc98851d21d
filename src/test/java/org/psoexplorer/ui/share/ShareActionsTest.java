package org.psoexplorer.ui.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.export.handout.Handout;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.model.Quote;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.TaskRunner;
import org.psoexplorer.ui.details.ConceptDetails;

/** The window's sharing actions, driven without dialogs: they share what the view shows, in the chosen style. */
class ShareActionsTest {

    @TempDir
    Path dir;

    private Preferences prefs;
    private ExplorerViewModel vm;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void open() {
        prefs = Preferences.userRoot().node("org/psoexplorer/test-share-" + UUID.randomUUID());
        vm = new ExplorerViewModel(TaskRunner.immediate());
        vm.openDefault();
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theWebPageAndHandoutShowTheCurrentViewInItsLanguage() throws Exception {
        vm.filterProperty().set(ViewFilter.NONE.withFocus("peacemaking", 1));
        vm.languageProperty().set("fr");
        ShareActions share = new ShareActions(vm, notices::add, prefs);

        Path page = dir.resolve("page.html");
        share.writeWebPage(page, null);
        String html = Files.readString(page);
        assertThat(html).contains("<html lang=\"fr\">").contains("Rétablissement de la paix");
        assertThat(html).doesNotContain("\"counterterrorism\":{\"shown\":true");

        Path pdf = dir.resolve("handout.pdf");
        share.writeHandout(pdf, null);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Glossaire").contains("Rétablissement de la paix");
        }
        assertThat(notices).hasSize(2);
        assertThat(notices.get(0)).contains("page.html");
        assertThat(notices.get(1)).contains("handout.pdf");
    }

    /** The window in the circular layout: its handout is printed in layers, and the notice says so as the PDF does. */
    @Test
    void aHandoutPrintedInLayersInsteadOfTheWindowsLayoutSaysSo() {
        vm.layoutKindProperty().set(org.psoexplorer.layout.LayoutKind.CIRCULAR);
        ShareActions share = new ShareActions(vm, notices::add, prefs);

        share.writeHandout(dir.resolve("circular.pdf"), null);

        assertThat(notices).singleElement().asString().contains("circular.pdf")
                .contains("drawn in layers: in the Circular layout its names would have needed 28 pages");
    }

    @Test
    void theCitationStyleIsRememberedAndUsedForCopiedCitations() {
        ShareActions share = new ShareActions(vm, notices::add, prefs);
        Quote quote = vm.getTaxonomy().concept("peacemaking").orElseThrow().quotes().get(0);
        ConceptDetails.QuoteView view = new ConceptDetails.QuoteView(quote.text(), "short", quote.locator(), null);

        assertThat(share.citation(view)).isEqualTo("Boutros-Ghali, Boutros. 1992. An Agenda for Peace: Preventive Diplomacy, Peacemaking and Peace-Keeping. "
                + "A/47/277–S/24111. United Nations, " + quote.locator() + ".");
        share.styleProperty().set(CitationStyle.APA);
        assertThat(share.citation(view)).startsWith("Boutros-Ghali, B. (1992).").contains("A/47/277–S/24111");
        assertThat(prefs.get(ShareActions.STYLE_KEY, null)).isEqualTo("apa");
        assertThat(new ShareActions(vm, notices::add, prefs).styleProperty().get()).isEqualTo(CitationStyle.APA);
    }

    @Test
    void letterPaperInNorthAmericaA4Elsewhere() {
        assertThat(ShareActions.paperFor(Locale.US)).isEqualTo(Handout.Paper.LETTER);
        assertThat(ShareActions.paperFor(Locale.FRANCE)).isEqualTo(Handout.Paper.A4);
    }
}
