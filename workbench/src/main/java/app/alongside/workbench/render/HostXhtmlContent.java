package app.alongside.workbench.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlException;
import com.atlassian.confluence.xhtml.api.XhtmlContent;

/**
 * Confluence's {@link XhtmlContent} over the workbench's {@link StorageRenderer}, so a macro that receives its body
 * as storage can have it rendered to view HTML with the macros inside it executed. The renderer exists only once the
 * app is loaded, so it is attached after start-up.
 */
public final class HostXhtmlContent implements XhtmlContent {

    private volatile StorageRenderer renderer;

    public void attach(StorageRenderer storageRenderer) {
        this.renderer = storageRenderer;
    }

    @Override
    public String convertStorageToView(String storage, ConversionContext context) throws XhtmlException {
        StorageRenderer current = renderer;
        if (current == null) {
            throw new XhtmlException("the workbench is still starting: storage cannot be rendered yet");
        }
        try {
            return current.render(storage == null ? "" : storage, context);
        } catch (StorageFormatException e) {
            throw new XhtmlException(e.getMessage(), e);
        }
    }
}
