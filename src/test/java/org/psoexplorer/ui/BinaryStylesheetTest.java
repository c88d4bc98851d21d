package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * JavaFX reads explorer.bss instead of explorer.css when it sits beside it, so the binary copy the
 * build makes must say exactly what the text says: a stale or missing one would hide every edit of
 * the stylesheet, or cost the start-up the parse it saves.
 */
class BinaryStylesheetTest {

    @Test
    void theBinaryStylesheetHoldsTheSameRulesAsTheText() throws Exception {
        URL text = ExplorerApp.class.getResource("/org/psoexplorer/ui/explorer.css");
        URL binary = ExplorerApp.class.getResource("/org/psoexplorer/ui/explorer.bss");
        assertThat(binary).as("explorer.bss, made by the build (process-classes) from explorer.css").isNotNull();

        List<String> parsed = rules(new CssParser().parse(text));
        List<String> read = rules(Stylesheet.loadBinary(binary));

        assertThat(parsed).hasSizeGreaterThan(50);
        assertThat(read).containsExactlyElementsOf(parsed);
    }

    /** Each rule as its selectors and its declarations (a binary rule reads its declarations when asked). */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(BinaryStylesheetTest::describe).toList();
    }

    private static String describe(Rule rule) {
        StringBuilder b = new StringBuilder(rule.getSelectors().toString()).append(" {");
        for (Declaration d : rule.getDeclarations()) {
            b.append(' ').append(d.getProperty()).append(": ").append(d.getParsedValue())
                    .append(d.isImportant() ? " !important" : "").append(';');
        }
        return b.append(" }").toString();
    }
}
