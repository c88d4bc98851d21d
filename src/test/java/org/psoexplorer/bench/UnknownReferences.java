package org.psoexplorer.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the worst realistic case for "did you mean": a taxonomy whose relations all misspell their
 * concepts, as when an author writes {@code _} for {@code -}. Every relation holds one unknown
 * reference that has a close match among the declared ids.
 *
 * <p>Usage: {@code UnknownReferences OUT.json [CONCEPTS=25000] [RELATIONS=50000]}
 */
public final class UnknownReferences {

    private UnknownReferences() {
    }

    public static void main(String[] args) throws IOException {
        int concepts = args.length > 1 ? Integer.parseInt(args[1]) : 25_000;
        int relations = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        Path out = Path.of(args[0]);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("{\"format\": \"pso-taxonomy/1\", \"title\": \"Misspelt references\",\n");
            w.write("\"kinds\": [{\"id\": \"operation\", \"label\": \"Operation\"}],\n");
            w.write("\"relationTypes\": [{\"id\": \"supports\", \"label\": \"supports\", \"directed\": true, "
                    + "\"hierarchical\": false}],\n\"concepts\": [\n");
            for (int i = 0; i < concepts; i++) {
                w.write((i > 0 ? ",\n" : "") + "{\"id\": \"" + id(i) + "\", \"kind\": \"operation\", \"label\": \"Concept "
                        + i + "\", \"definition\": \"D.\"}");
            }
            w.write("],\n\"relations\": [\n");
            for (int i = 0; i < relations; i++) {
                w.write((i > 0 ? ",\n" : "") + "{\"from\": \"" + id(i % concepts).replace('-', '_')
                        + "\", \"type\": \"supports\", \"to\": \"" + id((i + 1) % concepts) + "\"}");
            }
            w.write("]}\n");
        }
        System.out.println(out + ": " + concepts + " concepts, " + relations + " relations with an unknown reference, "
                + Files.size(out) / 1024 + " KB");
    }

    private static String id(int i) {
        return "peace-support-operation-" + i;
    }
}
