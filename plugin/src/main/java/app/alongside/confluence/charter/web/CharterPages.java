package app.alongside.confluence.charter.web;

import app.alongside.charter.CharterMacros;
import app.alongside.charter.CharterReader;
import app.alongside.charter.ParsedCharter;
import app.alongside.charter.checkin.Frequency;
import app.alongside.confluence.charter.macro.CharterMacro;
import app.alongside.confluence.decision.ConfluencePageVisibility;
import app.alongside.storage.StorageDocument;
import app.alongside.storage.StorageFormatException;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.w3c.dom.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the charter on a page for the forms and REST: the page must exist, not be in the trash, and be one the person
 * may view; the first charter macro on it is read (its parameters and rich-text body) by core's reader.
 */
@Named
public class CharterPages {

    private static final CharterReader READER = new CharterReader();

    private final PageManager pageManager;
    private final ConfluencePageVisibility visibility;

    @Inject
    public CharterPages(PageManager pageManager, ConfluencePageVisibility visibility) {
        this.pageManager = pageManager;
        this.visibility = visibility;
    }

    /** A charter page as one viewer may see it. */
    public record CharterPage(long pageId, int version, String spaceKey, ParsedCharter parsed, Frequency frequency) {
    }

    /** The charter on the page, if the person may view the page and it holds a charter. */
    public Optional<CharterPage> find(Optional<ConfluenceUser> user, long pageId) {
        if (pageId <= 0 || visibility.visibleTo(user, Set.of(pageId)).isEmpty()) {
            return Optional.empty();
        }
        return read(pageId);
    }

    /** The charter on the page, whoever asks: for callers that check visibility themselves (insights). */
    public Optional<CharterPage> read(long pageId) {
        if (pageId <= 0) {
            return Optional.empty();
        }
        AbstractPage page = pageManager.getAbstractPage(pageId);
        if (page == null || page.getSpaceKey() == null) {
            return Optional.empty();
        }
        return first(page.getSpaceKey(), page.getBodyAsString()).map(found -> new CharterPage(pageId,
                Math.max(1, page.getVersion()), page.getSpaceKey(), found.parsed(),
                CharterMacro.frequency(found.parameters())));
    }

    /** The first charter on a page's storage, read as the macro reads it; empty without one or if unreadable. */
    public static Optional<ParsedCharter> parse(String spaceKey, String storage) {
        return first(spaceKey, storage).map(Found::parsed);
    }

    private record Found(Map<String, String> parameters, ParsedCharter parsed) {
    }

    private static Optional<Found> first(String spaceKey, String storage) {
        try {
            List<Element> macros = StorageDocument.parse(storage).macros(CharterMacros.CHARTER);
            if (macros.isEmpty()) {
                return Optional.empty();
            }
            Element macro = macros.get(0);
            Map<String, String> parameters = parameters(macro);
            String body = StorageDocument.richTextBody(macro).map(StorageDocument::innerStorage).orElse(null);
            return Optional.of(new Found(parameters, READER.readMacro(spaceKey, parameters, body)));
        } catch (StorageFormatException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> parameters(Element macro) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Element child : StorageDocument.children(macro)) {
            if ("parameter".equals(child.getLocalName()) && StorageDocument.AC.equals(child.getNamespaceURI())) {
                parameters.put(child.getAttributeNS(StorageDocument.AC, "name"), StorageDocument.text(child));
            }
        }
        return parameters;
    }

    /** Whether the person may view the page at all (a page without a charter included). */
    public boolean mayView(Optional<ConfluenceUser> user, long pageId) {
        return pageId > 0 && !visibility.visibleTo(user, Set.of(pageId)).isEmpty();
    }
}
