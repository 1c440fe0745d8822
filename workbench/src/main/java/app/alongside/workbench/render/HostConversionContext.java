package app.alongside.workbench.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.ConversionContextOutputType;
import com.atlassian.confluence.core.ContentEntityObject;

import java.util.Objects;
import java.util.Set;

/**
 * The workbench's {@link ConversionContext}: what is being rendered (the page or blog post), for which space, and
 * for which output ({@code display} for the page view, {@code preview} for the editor, {@code pdf} for export).
 */
public record HostConversionContext(ConversionContextOutputType outputType, String outputDeviceType,
                                    ContentEntityObject entity, String spaceKey) implements ConversionContext {

    /** The output types the workbench renders. */
    public static final Set<ConversionContextOutputType> SUPPORTED_OUTPUT_TYPES = Set.of(
            ConversionContextOutputType.DISPLAY, ConversionContextOutputType.PREVIEW, ConversionContextOutputType.PDF);

    /** Confluence's device type for the desktop web UI. */
    public static final String DESKTOP = "desktop";

    public HostConversionContext {
        Objects.requireNonNull(outputType, "outputType");
        Objects.requireNonNull(outputDeviceType, "outputDeviceType");
        if (!SUPPORTED_OUTPUT_TYPES.contains(outputType)) {
            throw new IllegalArgumentException("the workbench does not render output type " + outputType.value());
        }
    }

    public static HostConversionContext of(ConversionContextOutputType outputType, ContentEntityObject entity,
                                           String spaceKey) {
        return new HostConversionContext(outputType, DESKTOP, entity, spaceKey);
    }

    @Override
    public String getOutputDeviceType() {
        return outputDeviceType;
    }

    /** Lower case, as Confluence returns it: {@code display}, {@code preview}, {@code pdf}. */
    @Override
    public String getOutputType() {
        return outputType.value();
    }

    @Override
    public ContentEntityObject getEntity() {
        return entity;
    }

    @Override
    public String getSpaceKey() {
        return spaceKey;
    }
}
