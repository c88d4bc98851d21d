package org.psoexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.diagram.DiagramStyle;
import org.w3c.dom.Node;
import org.psoexplorer.io.WriteException;

class PngExporterTest {

    private final ExportScene scene = ExportFixtures.scene();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void theSizeFollowsTheScaleAndTheFileRecordsItsDpi(int scale) throws Exception {
        ExportOptions options = ExportOptions.defaults().withScale(scale);
        DiagramPainter painter = new DiagramPainter(scene.diagram(), options);

        byte[] png = ExportFixtures.export(new PngExporter(), scene, options);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(painter.width() * scale));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(painter.height() * scale));
        Node phys = physNode(png);
        long perMetre = Math.round(96.0 * scale / 0.0254);
        assertThat(attribute(phys, "pixelsPerUnitXAxis")).isEqualTo(Long.toString(perMetre));
        assertThat(attribute(phys, "pixelsPerUnitYAxis")).isEqualTo(Long.toString(perMetre));
        assertThat(attribute(phys, "unitSpecifier")).isEqualTo("meter");
    }

    @Test
    void theBackgroundIsWhiteOrTransparent() throws Exception {
        BufferedImage white = ImageIO.read(new ByteArrayInputStream(
                ExportFixtures.export(new PngExporter(), scene, ExportOptions.defaults())));
        BufferedImage clear = ImageIO.read(new ByteArrayInputStream(
                ExportFixtures.export(new PngExporter(), scene, ExportOptions.defaults().withTransparent(true))));

        assertThat(white.getRGB(1, 1)).isEqualTo(0xffffffff);
        assertThat(clear.getColorModel().hasAlpha()).isTrue();
        assertThat(clear.getRGB(1, 1) >>> 24).isZero();
    }

    @Test
    void eachConceptIsDrawnWhereTheDiagramPlacesItInItsColour() throws Exception {
        ExportOptions options = ExportOptions.defaults().withScale(1);
        DiagramPainter painter = new DiagramPainter(scene.diagram(), options);
        BufferedImage image = new PngExporter().render(scene.diagram(), options);

        for (DiagramNode n : scene.diagram().nodes()) {
            // Centred, just below the top border: inside every shape, above the label.
            double x = painter.diagramX() + n.x();
            double y = painter.diagramY() + n.y() - n.height() / 2
                    + (n.shape() == org.psoexplorer.model.NodeShape.DIAMOND ? 9 : 5);
            int rgb = image.getRGB((int) x, (int) y) & 0xffffff;
            int fill = Integer.parseInt(n.fill().substring(1), 16);
            assertThat(distance(rgb, fill)).as("colour of %s at %.0f,%.0f", n.id(), x, y).isLessThan(40);
        }
    }

    @Test
    void aPictureTooLargeToHoldIsRefusedWithAClearMessage() {
        Diagram huge = new Diagram("huge", 40_000, 30_000, List.of(), List.of(), List.of(), List.of(),
                DiagramStyle.DEFAULT);

        assertThatThrownBy(() -> new PngExporter().render(huge, ExportOptions.defaults()))
                .isInstanceOf(WriteException.class).hasMessageContaining("too large for a PNG")
                .satisfies(e -> {
                    // The window says it in its own language from the kind and the figures.
                    assertThat(((WriteException) e).why()).isEqualTo(WriteException.Why.PICTURE_TOO_LARGE);
                    // 40,000 units wide at the default 2× and its frame; the scale; the limits.
                    assertThat(((WriteException) e).arguments()).hasSize(5).startsWith(80_000L)
                            .containsSubsequence(2.0, (long) PngExporter.MAX_SIDE);
                })
                .hasMessageContaining("SVG or PDF");
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) + Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }

    private static Node physNode(byte[] png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_png_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    return n;
                }
            }
            throw new AssertionError("no pHYs chunk");
        }
    }

    private static String attribute(Node node, String name) {
        return node.getAttributes().getNamedItem(name).getNodeValue();
    }
}
