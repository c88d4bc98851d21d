package org.psoexplorer.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The file formats a diagram or its data can be exported to, with their ids and file extensions. */
public enum ExportFormat {
    PNG("png", "PNG image", List.of("png"), PngExporter::new),
    SVG("svg", "SVG vector image", List.of("svg"), SvgExporter::new),
    PDF("pdf", "PDF document", List.of("pdf"), PdfExporter::new),
    GRAPHML("graphml", "GraphML (yEd, Gephi)", List.of("graphml"), GraphMlExporter::new),
    DOT("dot", "Graphviz DOT", List.of("dot", "gv"), DotExporter::new);

    private final String id;
    private final String description;
    private final List<String> extensions;
    private final Supplier<Exporter> factory;

    ExportFormat(String id, String description, List<String> extensions, Supplier<Exporter> factory) {
        this.id = id;
        this.description = description;
        this.extensions = extensions;
        this.factory = factory;
    }

    /** The stable id, as on the command line: {@code png}, {@code svg}... */
    public String id() {
        return id;
    }

    /** A short English description, for help texts (the window uses its resource bundle). */
    public String description() {
        return description;
    }

    /** File extensions without the dot, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    /** Whether this format is a picture of the diagram (as opposed to the graph's data). */
    public boolean isImage() {
        return this == PNG || this == SVG || this == PDF;
    }

    public Exporter exporter() {
        return factory.get();
    }

    /** The format with this id, ignoring case. */
    public static Optional<ExportFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id)).findFirst();
    }

    /** The format a file name's extension names, ignoring case. */
    public static Optional<ExportFormat> fromFileName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = s.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /** "png, svg, pdf, graphml, dot", for messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(ExportFormat::id).toList());
    }
}
