package gkreport.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Word's automatic list numbering, which is not in the text runs: the numbering definitions
 * (numbering.xml), the numbering paragraph styles carry (styles.xml), and the counters as the
 * document is read in order. {@link #label} renders the label a paragraph shows, e.g. 「四、」.
 *
 * <p>Counters belong to the abstract definition, so lists sharing one continue each other; a list
 * instance that overrides a level's start restarts that level when it is first used, as in Word.
 */
final class WordNumbering {
    private static final int LEVELS = 9;
    private static final int INACTIVE = Integer.MIN_VALUE;
    /** Styles are based on styles; a chain this long is a loop. */
    private static final int MAX_STYLE_DEPTH = 16;

    private record Level(int start, String numFmt, String text, String suffix) {
    }

    private record Instance(String abstractId, Map<Integer, Level> overrides) {
    }

    /** What a paragraph style says about numbering; basedOn is null at the root of the chain. */
    private record StyleNumbering(String numId, Integer ilvl, String basedOn) {
    }

    private final Map<String, Level[]> abstracts = new HashMap<>();
    private final Map<String, Instance> instances = new HashMap<>();
    private final Map<String, StyleNumbering> styles = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private final Set<String> started = new HashSet<>();

    /** The numbering of a document whose numbering and styles parts are given, either possibly null. */
    static WordNumbering of(PackagePart numberingPart, PackagePart stylesPart) throws IOException, SAXException {
        WordNumbering n = new WordNumbering();
        Document numbering = parse(numberingPart);
        if (numbering != null) n.readNumbering(numbering.getDocumentElement());
        Document styles = parse(stylesPart);
        if (styles != null) n.readStyles(styles.getDocumentElement());
        return n;
    }

    /**
     * The label of a paragraph whose own numbering ({@code w:numPr}) and style are given, each
     * possibly null, or "" when it has none.
     */
    String label(String ownNumId, Integer ownIlvl, String styleId) {
        String numId = ownNumId;
        Integer ilvl = ownIlvl;
        String s = styleId;
        for (int depth = 0; s != null && depth < MAX_STYLE_DEPTH && (numId == null || ilvl == null); depth++) {
            StyleNumbering style = styles.get(s);
            if (style == null) break;
            if (numId == null) numId = style.numId();
            if (ilvl == null) ilvl = style.ilvl();
            s = style.basedOn();
        }
        if (numId == null) return "";
        return label(numId, ilvl == null ? 0 : ilvl);
    }

    private String label(String numId, int ilvl) {
        Instance instance = instances.get(numId);
        if (instance == null || ilvl < 0 || ilvl >= LEVELS) return "";
        Level[] levels = levels(instance);
        if (levels[ilvl] == null) return "";
        int[] counts = counters.computeIfAbsent(instance.abstractId(), k -> inactive());
        if (started.add(numId)) instance.overrides().keySet().forEach(l -> counts[l] = INACTIVE);
        counts[ilvl] = counts[ilvl] == INACTIVE ? levels[ilvl].start() : counts[ilvl] + 1;
        for (int k = ilvl + 1; k < LEVELS; k++) counts[k] = INACTIVE;
        String text = levels[ilvl].text();
        for (int k = LEVELS; k >= 1; k--) {
            String placeholder = "%" + k;
            if (!text.contains(placeholder)) continue;
            Level level = levels[k - 1];
            String value = level == null ? "" : NumberFormat.format(counts[k - 1] == INACTIVE ? level.start() : counts[k - 1], level.numFmt());
            text = text.replace(placeholder, value);
        }
        if ("bullet".equals(levels[ilvl].numFmt()) || "none".equals(levels[ilvl].numFmt())) return "";
        return text.isEmpty() ? "" : text + ("space".equals(levels[ilvl].suffix()) ? " " : "");
    }

    private Level[] levels(Instance instance) {
        Level[] base = abstracts.getOrDefault(instance.abstractId(), new Level[LEVELS]);
        if (instance.overrides().isEmpty()) return base;
        Level[] levels = Arrays.copyOf(base, LEVELS);
        instance.overrides().forEach((l, level) -> levels[l] = level);
        return levels;
    }

    private void readNumbering(Element root) {
        for (Element abs : Ooxml.children(root, "abstractNum")) {
            Level[] levels = new Level[LEVELS];
            for (Element lvl : Ooxml.children(abs, "lvl")) {
                int i = intAttr(lvl, "ilvl");
                if (i >= 0 && i < LEVELS) levels[i] = level(lvl, null);
            }
            abstracts.put(Ooxml.attr(abs, "abstractNumId"), levels);
        }
        for (Element num : Ooxml.children(root, "num")) {
            String abstractId = Ooxml.val(num, "abstractNumId");
            Map<Integer, Level> overrides = new HashMap<>();
            Level[] base = abstracts.getOrDefault(abstractId, new Level[LEVELS]);
            for (Element o : Ooxml.children(num, "lvlOverride")) {
                int i = intAttr(o, "ilvl");
                if (i < 0 || i >= LEVELS) continue;
                Element lvl = Ooxml.child(o, "lvl");
                Level level = lvl != null ? level(lvl, base[i]) : base[i];
                String start = Ooxml.val(o, "startOverride");
                if (level != null && start != null) level = new Level(Ooxml.intVal(o, "startOverride", 1), level.numFmt(), level.text(), level.suffix());
                if (level != null) overrides.put(i, level);
            }
            instances.put(Ooxml.attr(num, "numId"), new Instance(abstractId, overrides));
        }
    }

    private void readStyles(Element root) {
        for (Element style : Ooxml.children(root, "style")) {
            String id = Ooxml.attr(style, "styleId");
            Element numPr = Ooxml.child(Ooxml.child(style, "pPr"), "numPr");
            String basedOn = Ooxml.val(style, "basedOn");
            if (id == null || (numPr == null && basedOn == null)) continue;
            Integer ilvl = Ooxml.val(numPr, "ilvl") == null ? null : Ooxml.intVal(numPr, "ilvl", 0);
            styles.put(id, new StyleNumbering(Ooxml.val(numPr, "numId"), ilvl, basedOn));
        }
    }

    private static Level level(Element lvl, Level inherited) {
        int start = Ooxml.intVal(lvl, "start", inherited == null ? 1 : inherited.start());
        String fmt = Ooxml.val(lvl, "numFmt");
        String text = Ooxml.val(lvl, "lvlText");
        String suffix = Ooxml.val(lvl, "suff");
        return new Level(start, fmt != null ? fmt : inherited == null ? "decimal" : inherited.numFmt(),
                text != null ? text : inherited == null ? "" : inherited.text(),
                suffix != null ? suffix : inherited == null ? "tab" : inherited.suffix());
    }

    private static int intAttr(Element e, String name) {
        return Ooxml.integer(Ooxml.attr(e, name), -1);
    }

    private static int[] inactive() {
        int[] counts = new int[LEVELS];
        Arrays.fill(counts, INACTIVE);
        return counts;
    }

    /** A part parsed with POI's hardened parser (no DTDs, no external entities), or null when absent. */
    private static Document parse(PackagePart part) throws IOException, SAXException {
        if (part == null) return null;
        DocumentBuilder builder = XMLHelper.newDocumentBuilder();
        try (InputStream in = part.getInputStream()) {
            return builder.parse(in);
        }
    }
}
