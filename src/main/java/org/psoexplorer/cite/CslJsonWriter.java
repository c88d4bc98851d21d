package org.psoexplorer.cite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import org.psoexplorer.model.Source;

/**
 * CSL-JSON, the citation data Zotero, Pandoc and citeproc processors read: the CSL items of
 * {@link CslItems} turned into maps by citeproc-java and written by Jackson.
 */
public final class CslJsonWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CslJsonWriter() {
    }

    public static String write(List<Source> sources) {
        MapJsonBuilderFactory factory = new MapJsonBuilderFactory();
        List<Object> items = new ArrayList<>();
        for (CSLItemData item : CslItems.items(sources)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = new LinkedHashMap<>((Map<String, Object>) item.toJson(factory.createJsonBuilder()));
            // citeproc-java's map builder writes the type as the Java constant (ARTICLE_JOURNAL); CSL says article-journal.
            map.put("type", item.getType().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            items.add(map);
        }
        try {
            return JSON.writeValueAsString(items) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Maps of strings and numbers always serialize; anything else is a bug here.
            throw new IllegalStateException("CSL-JSON could not be written", e);
        }
    }
}
