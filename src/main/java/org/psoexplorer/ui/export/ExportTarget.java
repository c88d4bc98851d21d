package org.psoexplorer.ui.export;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where an export goes once the save dialog has answered. The dialog asks before replacing the
 * name the user typed; it knows nothing of a name we make from it. So the extension is added only
 * to a name that does not exist yet, and when the name with the extension does exist, the user
 * must be asked again before it is replaced.
 *
 * @param path               the file to write
 * @param askBeforeReplacing true when {@code path} exists and nobody has agreed to replace it
 */
record ExportTarget(Path path, boolean askBeforeReplacing) {

    static ExportTarget of(Path chosen, String extension) {
        String name = chosen.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith("." + extension) || exists(chosen)) {
            // The dialog has already asked about exactly this file.
            return new ExportTarget(chosen, false);
        }
        Path withExtension = chosen.resolveSibling(name + "." + extension);
        return new ExportTarget(withExtension, exists(withExtension));
    }

    private static boolean exists(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
}
