package app.alongside.storage;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Storage format is XHTML and may use HTML's named entities ({@code &nbsp;}, {@code &rsquo;}), which an XML parser
 * without a DTD does not know. They become numeric character references; an unknown name is kept as visible text.
 */
final class NamedEntities {

    private static final Pattern ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");
    private static final Map<String, Integer> CODE_POINTS = Map.ofEntries(
            Map.entry("nbsp", 160), Map.entry("iexcl", 161), Map.entry("cent", 162), Map.entry("pound", 163),
            Map.entry("curren", 164), Map.entry("yen", 165), Map.entry("brvbar", 166), Map.entry("sect", 167),
            Map.entry("uml", 168), Map.entry("copy", 169), Map.entry("ordf", 170), Map.entry("laquo", 171),
            Map.entry("not", 172), Map.entry("shy", 173), Map.entry("reg", 174), Map.entry("macr", 175),
            Map.entry("deg", 176), Map.entry("plusmn", 177), Map.entry("sup2", 178), Map.entry("sup3", 179),
            Map.entry("acute", 180), Map.entry("micro", 181), Map.entry("para", 182), Map.entry("middot", 183),
            Map.entry("frac14", 188), Map.entry("frac12", 189), Map.entry("frac34", 190), Map.entry("iquest", 191),
            Map.entry("times", 215), Map.entry("divide", 247), Map.entry("eacute", 233), Map.entry("egrave", 232),
            Map.entry("aacute", 225), Map.entry("agrave", 224), Map.entry("ouml", 246), Map.entry("uuml", 252),
            Map.entry("auml", 228), Map.entry("ccedil", 231), Map.entry("ntilde", 241), Map.entry("szlig", 223),
            Map.entry("euml", 235), Map.entry("iuml", 239), Map.entry("oacute", 243), Map.entry("uacute", 250),
            Map.entry("iacute", 237), Map.entry("Eacute", 201), Map.entry("ndash", 8211), Map.entry("mdash", 8212),
            Map.entry("lsquo", 8216), Map.entry("rsquo", 8217), Map.entry("sbquo", 8218), Map.entry("ldquo", 8220),
            Map.entry("rdquo", 8221), Map.entry("bdquo", 8222), Map.entry("dagger", 8224), Map.entry("bull", 8226),
            Map.entry("hellip", 8230), Map.entry("prime", 8242), Map.entry("euro", 8364), Map.entry("trade", 8482),
            Map.entry("larr", 8592), Map.entry("rarr", 8594), Map.entry("uarr", 8593), Map.entry("darr", 8595),
            Map.entry("harr", 8596), Map.entry("le", 8804), Map.entry("ge", 8805), Map.entry("ne", 8800),
            Map.entry("check", 10003), Map.entry("zwj", 8205), Map.entry("zwnj", 8204), Map.entry("ensp", 8194),
            Map.entry("emsp", 8195), Map.entry("thinsp", 8201));
    /** The five XML defines itself. */
    private static final java.util.Set<String> XML = java.util.Set.of("amp", "lt", "gt", "quot", "apos");

    private NamedEntities() {
    }

    static String toCharacterReferences(String storage) {
        if (storage.indexOf('&') < 0) {
            return storage;
        }
        Matcher matcher = ENTITY.matcher(storage);
        StringBuilder out = new StringBuilder(storage.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (XML.contains(name)) {
                replacement = matcher.group();
            } else if (CODE_POINTS.containsKey(name)) {
                replacement = "&#" + CODE_POINTS.get(name) + ";";
            } else {
                replacement = "&amp;" + name + ";";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
