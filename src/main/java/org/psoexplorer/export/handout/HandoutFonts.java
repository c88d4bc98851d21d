package org.psoexplorer.export.handout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.psoexplorer.diagram.DiagramStyle;
import org.psoexplorer.export.PdfDiagramForm;

/**
 * The handout's two fonts, the diagram's family in regular and bold, embedded as subsets so the
 * text is real, searchable text. Characters a font cannot set become a replacement mark rather
 * than failing the whole document.
 */
final class HandoutFonts {

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<PDType0Font, Map<Integer, Boolean>> known = new HashMap<>();

    HandoutFonts(PDDocument doc) throws IOException {
        String family = DiagramStyle.DEFAULT.fontFamily();
        Path regularFile = PdfDiagramForm.fontFile(family, false).orElseThrow(() -> missing(family));
        Path boldFile = PdfDiagramForm.fontFile(family, true).orElse(regularFile);
        regular = PDType0Font.load(doc, regularFile.toFile());
        bold = PDType0Font.load(doc, boldFile.toFile());
    }

    private static IOException missing(String family) {
        return new IOException("The handout needs the font " + family + ", which is not installed "
                + "(on Debian: apt-get install fonts-dejavu-core)");
    }

    /** The text as the font can set it: line breaks and controls as spaces, unknown characters as '?'. */
    String settable(PDType0Font font, String text) {
        Map<Integer, Boolean> cache = known.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.FORMAT) {
                sb.append(' ');
            } else if (cache.computeIfAbsent(cp, c -> canSet(font, c))) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    private static boolean canSet(PDType0Font font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static float width(PDType0Font font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            // settable() already removed what the font cannot set; treat anything else as wide.
            return text.length() * size;
        }
    }
}
