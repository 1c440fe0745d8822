package app.alongside.people;

import app.alongside.storage.StorageDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The people a piece of page storage names, the way every Alongside macro body names them: @mentioned users,
 * links to participant pages, and names typed as text between them (separated by commas, semicolons, "and" or new
 * lines). Shared so a stage of a decision and the chair of a meeting read people identically.
 */
public final class PeopleInStorage {

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\n]|\\band\\b");
    /** A typed "name" longer than this is prose, not a name. */
    public static final int MAX_NAME_LENGTH = 200;

    private PeopleInStorage() {
    }

    /** Everyone {@code container} names, in the order written. */
    public static List<PersonRef> read(Element container) {
        List<PersonRef> people = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        collect(container, people, loose);
        flushNames(loose, people);
        return people;
    }

    private static void collect(Node node, List<PersonRef> people, StringBuilder loose) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                Optional<PersonRef> linked = linkedPerson(element);
                if (linked.isPresent()) {
                    flushNames(loose, people);
                    people.add(linked.get());
                } else if (isBlock(element)) {
                    flushNames(loose, people);
                    collect(element, people, loose);
                    flushNames(loose, people);
                } else if (!StorageDocument.AC.equals(element.getNamespaceURI())) {
                    collect(element, people, loose);
                }
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                loose.append(child.getNodeValue());
            }
        }
    }

    private static Optional<PersonRef> linkedPerson(Element element) {
        Element target = element;
        if (StorageDocument.AC.equals(element.getNamespaceURI()) && "link".equals(element.getLocalName())) {
            target = StorageDocument.children(element).stream()
                    .filter(e -> StorageDocument.RI.equals(e.getNamespaceURI())).findFirst().orElse(null);
            if (target == null) {
                return Optional.empty();
            }
        }
        if (!StorageDocument.RI.equals(target.getNamespaceURI())) {
            return Optional.empty();
        }
        if ("user".equals(target.getLocalName())) {
            String key = target.getAttributeNS(StorageDocument.RI, "userkey");
            if (!key.isBlank()) {
                return Optional.of(new PersonRef.User(key.strip()));
            }
            String username = target.getAttributeNS(StorageDocument.RI, "username");
            return username.isBlank() ? Optional.empty() : Optional.of(new PersonRef.Named(username.strip()));
        }
        if ("page".equals(target.getLocalName())) {
            String title = target.getAttributeNS(StorageDocument.RI, "content-title");
            return title.isBlank() ? Optional.empty()
                    : Optional.of(new PersonRef.Page(target.getAttributeNS(StorageDocument.RI, "space-key").strip(), title.strip()));
        }
        return Optional.empty();
    }

    private static boolean isBlock(Element element) {
        return switch (element.getLocalName() == null ? element.getTagName() : element.getLocalName()) {
            case "p", "li", "div", "br", "td", "th", "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    private static void flushNames(StringBuilder loose, List<PersonRef> people) {
        for (String part : SEPARATORS.split(loose.toString().replace('\u00a0', ' '))) {
            String name = part.strip().replaceAll("\\s+", " ");
            if (!name.isEmpty() && name.length() <= MAX_NAME_LENGTH && name.chars().anyMatch(Character::isLetter)) {
                people.add(new PersonRef.Named(name));
            }
        }
        loose.setLength(0);
    }
}
