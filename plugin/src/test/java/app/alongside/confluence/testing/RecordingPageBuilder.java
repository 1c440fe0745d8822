package app.alongside.confluence.testing;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.util.LinkedHashSet;
import java.util.Set;

/** A page builder that remembers which web resources were required, as Confluence's would include them. */
public final class RecordingPageBuilder implements PageBuilderService, WebResourceAssembler, RequiredResources {

    public final Set<String> required = new LinkedHashSet<>();

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String moduleCompleteKey) {
        required.add(moduleCompleteKey);
        return this;
    }
}
