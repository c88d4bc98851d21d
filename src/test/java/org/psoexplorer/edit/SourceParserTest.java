package org.psoexplorer.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;

class SourceParserTest {

    @Test
    void aBibTeXArticleFromAReferenceManagerBecomesASource() throws Exception {
        Source s = SourceParser.parseBibTeX("""
                @article{Karlsrud2015,
                  author = {Karlsrud, John and Doyle, Michael W.},
                  title = {The {UN} at war: examining the consequences of peace-enforcement mandates},
                  journal = {Third World Quarterly},
                  year = {2015},
                  volume = {36},
                  number = {3},
                  pages = {540--555},
                  doi = {https://doi.org/10.1080/01436597.2015.1013226},
                  url = {https://www.tandfonline.com/doi/full/10.1080/01436597.2015.1013226}
                }
                """);

        assertThat(s.id()).isEqualTo("karlsrud2015");
        assertThat(s.type()).isEqualTo(SourceType.ARTICLE);
        assertThat(s.title()).isEqualTo("The UN at war: examining the consequences of peace-enforcement mandates");
        assertThat(s.author()).isEqualTo("John Karlsrud, Michael W. Doyle");
        assertThat(s.year()).isEqualTo(2015);
        assertThat(s.container()).isEqualTo("Third World Quarterly");
        assertThat(s.volume()).isEqualTo("36");
        assertThat(s.issue()).isEqualTo("3");
        assertThat(s.pages()).isEqualTo("540–555");
        assertThat(s.doi()).isEqualTo("10.1080/01436597.2015.1013226");
        assertThat(s.url()).startsWith("https://www.tandfonline.com/");
    }

    @Test
    void latexAccentsAndACorporateAuthorAreReadAsText() throws Exception {
        Source s = SourceParser.parse("""
                @techreport{dpko-2008, title = {Op{\\'e}rations de maintien de la paix},
                  institution = {United Nations}, year = 2008, month = jan}
                """);

        assertThat(s.title()).isEqualTo("Opérations de maintien de la paix");
        assertThat(s.organization()).isEqualTo("United Nations");
        assertThat(s.author()).isNull();
        assertThat(s.type()).isEqualTo(SourceType.REPORT);
        assertThat(s.year()).isEqualTo(2008);
    }

    @Test
    void aCslJsonItemFromZoteroBecomesASource() throws Exception {
        Source s = SourceParser.parseCslJson("""
                [{"id": "http://zotero.org/users/1/items/ABC", "type": "report",
                  "title": "United Nations Peacekeeping Operations: Principles and Guidelines",
                  "author": [{"literal": "United Nations DPKO"}],
                  "issued": {"date-parts": [[2008, 3, 18]]},
                  "number": "capstone", "URL": "https://peacekeeping.un.org/capstone",
                  "DOI": "10.18356/xyz"}]
                """);

        assertThat(s.type()).isEqualTo(SourceType.REPORT);
        assertThat(s.title()).startsWith("United Nations Peacekeeping Operations");
        assertThat(s.organization()).isEqualTo("United Nations DPKO");
        assertThat(s.author()).isNull();
        assertThat(s.year()).isEqualTo(2008);
        assertThat(s.date()).isEqualTo("2008-03-18");
        assertThat(s.symbol()).isEqualTo("capstone");
        assertThat(s.doi()).isEqualTo("10.18356/xyz");
        assertThat(s.id()).matches("[a-z0-9][a-z0-9-]*");
    }

    @Test
    void cslPeopleAreGivenThenFamilyNames() throws Exception {
        Source s = SourceParser.parse("""
                {"type": "article-journal", "title": "T", "author": [{"family": "Paris", "given": "Roland"},
                 {"family": "Doyle", "given": "Michael W."}], "container-title": "International Security",
                 "page": "54-89", "issued": {"date-parts": [["1997"]]}}
                """);

        assertThat(s.author()).isEqualTo("Roland Paris, Michael W. Doyle");
        assertThat(s.type()).isEqualTo(SourceType.ARTICLE);
        assertThat(s.pages()).isEqualTo("54–89");
        assertThat(s.year()).isEqualTo(1997);
        assertThat(s.id()).isEqualTo("t");
    }

    /** Hostile or careless pastes give a sentence for the user, never an exception of another kind. */
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "@article{", "@article{k, title = {unbalanced}",
        "@article{k, title = {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{}", "@article{k, author = {A}}", "{", "[]", "[1, 2]",
        "{\"title\": 5}", "{\"type\": \"book\"}", "\"just a string\"", "null",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "@comment{nothing here}", "{\"title\": \"T\",}"})
    void badInputIsRefusedWithAMessage(String text) {
        assertThatThrownBy(() -> SourceParser.parse(text))
                .isInstanceOf(SourceParseException.class)
                .hasMessageNotContaining("Exception")
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\tat "));
    }

    @Test
    void anOverlongPasteIsRefusedBeforeParsing() {
        String huge = "@article{k, title = {" + "x".repeat(SourceParser.MAX_CHARS) + "}}";

        assertThatThrownBy(() -> SourceParser.parse(huge)).isInstanceOf(SourceParseException.class)
                .hasMessageContaining("single reference");
    }

    @Test
    void aBibTeXEntryWithoutTitleIsRefused() {
        assertThatThrownBy(() -> SourceParser.parseBibTeX("@book{k, author = {A. Author}, year = 2001}"))
                .isInstanceOf(SourceParseException.class).hasMessageContaining("no title");
    }

    @Test
    void whyAPasteIsRefusedIsSaidInTheWindowsLanguageToo() {
        assertThatThrownBy(() -> SourceParser.parse("hello")).isInstanceOf(SourceParseException.class)
                .satisfies(e -> {
                    SourceParseException p = (SourceParseException) e;
                    assertThat(p.getMessage()).startsWith("This is neither BibTeX (which starts with @) nor CSL-JSON "
                            + "(which starts with { or [).");
                    assertThat(p.message(java.util.Locale.ROOT)).isEqualTo(p.getMessage());
                    assertThat(p.message(java.util.Locale.FRENCH)).startsWith("Ce n’est ni du BibTeX (qui commence par @) "
                            + "ni du CSL-JSON (qui commence par { ou [).");
                });
        assertThatThrownBy(() -> SourceParser.parse("{\"title\": \"T\",,}")).isInstanceOf(SourceParseException.class)
                .satisfies(e -> assertThat(((SourceParseException) e).message(java.util.Locale.FRENCH))
                        .startsWith("Ce CSL-JSON est illisible (ligne 1, colonne "));
    }
}
