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

    private final PageManager pageManager;
    private final ConfluencePageVisibility visibility;
    private final CharterReader reader = new CharterReader();

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
        try {
            List<Element> macros = StorageDocument.parse(page.getBodyAsString()).macros(CharterMacros.CHARTER);
            if (macros.isEmpty()) {
                return Optional.empty();
            }
            Element macro = macros.get(0);
            Map<String, String> parameters = new LinkedHashMap<>();
            for (Element child : StorageDocument.children(macro)) {
                if ("parameter".equals(child.getLocalName()) && StorageDocument.AC.equals(child.getNamespaceURI())) {
                    parameters.put(child.getAttributeNS(StorageDocument.AC, "name"), StorageDocument.text(child));
                }
            }
            String body = StorageDocument.richTextBody(macro).map(StorageDocument::innerStorage).orElse(null);
            ParsedCharter parsed = reader.readMacro(page.getSpaceKey(), parameters, body);
            return Optional.of(new CharterPage(pageId, Math.max(1, page.getVersion()), page.getSpaceKey(), parsed,
                    CharterMacro.frequency(parameters)));
        } catch (StorageFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the person may view the page at all (a page without a charter included). */
    public boolean mayView(Optional<ConfluenceUser> user, long pageId) {
        return pageId > 0 && !visibility.visibleTo(user, Set.of(pageId)).isEmpty();
    }
}
