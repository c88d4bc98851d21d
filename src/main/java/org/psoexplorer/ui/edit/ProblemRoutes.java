package org.psoexplorer.ui.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psoexplorer.io.Problem;

/**
 * Which field of a form a problem concerns, read from its path in the document
 * ({@code concepts[3].definition.fr}, {@code concepts[3].quotes[0].source}): the entry's index picks the
 * form, the next step of the path the field, a language tag after it the language's field.
 */
final class ProblemRoutes {

    private static final Pattern STEP = Pattern.compile("^\\.?([A-Za-z$-]+)(?:\\[(\\d+)])?");

    /** Problems by field ("label", "label.fr", "quotes"...), and those of the entry as a whole under "". */
    static Map<String, List<String>> of(List<Problem> problems, String list, int index, List<String> languages) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String prefix = list + "[" + index + "]";
        for (Problem p : problems) {
            String path = p.path() == null ? "" : p.path();
            if (!path.equals(prefix) && !path.startsWith(prefix + ".") && !path.startsWith(prefix + "[")) {
                continue;
            }
            out.computeIfAbsent(field(path.substring(prefix.length()), languages), k -> new ArrayList<>())
                    .add(Field.describe(p));
        }
        return out;
    }

    private static String field(String rest, List<String> languages) {
        Matcher m = STEP.matcher(rest);
        if (!m.find()) {
            return "";
        }
        String name = m.group(1);
        String after = rest.substring(m.end());
        Matcher lang = STEP.matcher(after);
        if (lang.find() && languages.contains(lang.group(1))) {
            return name + "." + lang.group(1);
        }
        return name;
    }

    private ProblemRoutes() {
    }
}
