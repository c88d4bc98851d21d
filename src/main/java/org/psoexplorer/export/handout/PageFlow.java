package org.psoexplorer.export.handout;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Flows text down portrait pages: wraps paragraphs to the text width (breaking a word only when it
 * alone is wider, as URLs are), starts a new page before a line would cross the bottom margin, and
 * keeps a heading with the lines after it. Nothing is ever drawn outside the margins.
 */
final class PageFlow {

    static final float MARGIN = 56;
    static final float FOOTER_ROOM = 24;

    private final PDDocument doc;
    private final PDRectangle size;
    private final HandoutFonts fonts;
    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument doc, PDRectangle size, HandoutFonts fonts) {
        this.doc = doc;
        this.size = size;
        this.fonts = fonts;
    }

    float textWidth() {
        return size.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    /** Moves to a new page unless {@code height} points still fit on this one. */
    void keep(float height) throws IOException {
        if (content == null || y - height < MARGIN + FOOTER_ROOM) {
            newPage();
        }
    }

    void space(float points) {
        y -= points;
    }

    void moveTo(float fromTop) {
        y = size.getHeight() - fromTop;
    }

    /** A paragraph; {@code hanging} indents every line after the first (bibliographies). */
    void paragraph(String text, PDType0Font font, float fontSize, float indent, float hanging, Color color)
            throws IOException {
        String settable = fonts.settable(font, text).strip();
        float leading = fontSize * 1.35f;
        List<String> lines = wrap(settable, font, fontSize, textWidth() - indent, textWidth() - indent - hanging);
        for (int i = 0; i < lines.size(); i++) {
            keep(leading);
            float x = MARGIN + indent + (i == 0 ? 0 : hanging);
            content.beginText();
            content.setFont(font, fontSize);
            content.setNonStrokingColor(color);
            content.newLineAtOffset(x, y - fontSize);
            content.showText(lines.get(i));
            content.endText();
            y -= leading;
        }
    }

    /** A thin rule at the left of the lines just written, marking a quotation. */
    void quoteBar(float top, float indent) throws IOException {
        content.setStrokingColor(new Color(0x9f, 0xb3, 0xc8));
        content.setLineWidth(2f);
        content.moveTo(MARGIN + indent - 8, top);
        content.lineTo(MARGIN + indent - 8, y + 3);
        content.stroke();
    }

    float y() {
        return y;
    }

    PDPageContentStream content() {
        return content;
    }

    void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    static List<String> wrap(String text, PDType0Font font, float fontSize, float firstWidth, float restWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            float width = lines.isEmpty() ? firstWidth : restWidth;
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (HandoutFonts.width(font, candidate, fontSize) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                width = restWidth;
            }
            // A word wider than the line (a long URL) is cut where it must be.
            String rest = word;
            while (HandoutFonts.width(font, rest, fontSize) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && HandoutFonts.width(font, rest.substring(0, cut), fontSize) > width) {
                    cut--;
                }
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                width = restWidth;
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
