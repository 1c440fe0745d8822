package app.alongside.confluence.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlException;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.stream.XMLStreamException;
import java.util.Objects;

/**
 * A macro body's rich text (people's own words: an outcome, what a person brings, a charter's purpose) rendered by
 * Confluence, so links, mentions and macros in it work as anywhere on the page. Never throws: if Confluence cannot
 * render it, the answer is empty and the macro shows its plain-text fallback.
 */
public final class RichText {

    private static final Logger LOG = LoggerFactory.getLogger(RichText.class);

    private final XhtmlContent xhtmlContent;

    public RichText(XhtmlContent xhtmlContent) {
        this.xhtmlContent = Objects.requireNonNull(xhtmlContent, "xhtmlContent");
    }

    /** The view HTML of {@code storage}; empty for no storage or when it cannot be rendered ({@code what} is logged). */
    public String toView(String storage, ConversionContext context, String what) {
        if (storage == null || storage.isBlank()) {
            return "";
        }
        try {
            String html = xhtmlContent.convertStorageToView(storage, context);
            return html == null ? "" : html;
        } catch (XMLStreamException | XhtmlException | RuntimeException e) {
            LOG.warn("Alongside could not render {}; showing it as text: {}", what, e.toString());
            return "";
        }
    }
}
