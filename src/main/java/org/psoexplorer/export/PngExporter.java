package org.psoexplorer.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.io.WriteException;

/**
 * PNG at 1× to 4×. The file records its resolution (pHYs: 96 DPI × scale), so a slide program
 * places a 2× export at the size of the 1× one, only sharper.
 */
public final class PngExporter implements Exporter {

    /** Larger pictures would need gigabytes of memory; the vector formats have no such limit. */
    public static final long MAX_PIXELS = 120_000_000L;
    /** What common viewers and Java2D handle on a side. */
    public static final int MAX_SIDE = 32_000;
    private static final double BASE_DPI = 96;
    private static final String NATIVE_FORMAT = "javax_imageio_png_1.0";

    @Override
    public ExportFormat format() {
        return ExportFormat.PNG;
    }

    @Override
    public void write(ExportScene scene, ExportOptions options, OutputStream out) throws IOException {
        BufferedImage image = render(scene.diagram(), options);
        writePng(image, options.scale(), out);
    }

    /**
     * The picture as an image, at the options' scale: what a PNG file holds, and what the window
     * copies to the clipboard.
     *
     * @throws IOException when the picture would be too large to hold in memory
     */
    public BufferedImage render(Diagram diagram, ExportOptions options) throws IOException {
        DiagramPainter painter = new DiagramPainter(diagram, options);
        double scale = options.scale();
        long w = Math.max(1, (long) Math.ceil(painter.width() * scale));
        long h = Math.max(1, (long) Math.ceil(painter.height() * scale));
        if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) {
            throw WriteException.pictureTooLarge(w, h, scale, scaleText(scale), MAX_SIDE, MAX_PIXELS / 1_000_000);
        }
        BufferedImage image = new BufferedImage((int) w, (int) h,
                options.transparent() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            painter.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes {@code image} as PNG with pHYs metadata for 96 × {@code scale} DPI. */
    static void writePng(BufferedImage image, double scale, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("This Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            metadata.mergeTree(NATIVE_FORMAT, physicalDimensions(BASE_DPI * scale));
            // A memory-cached stream: ImageIO's default may spill to a temporary file of its own.
            try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode physicalDimensions(double dpi) {
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        IIOMetadataNode software = new IIOMetadataNode("tEXtEntry");
        software.setAttribute("keyword", "Software");
        software.setAttribute("value", "PSO Explorer");
        text.appendChild(software);
        IIOMetadataNode root = new IIOMetadataNode(NATIVE_FORMAT);
        root.appendChild(phys);
        root.appendChild(text);
        return root;
    }

    private static String scaleText(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
    }
}
