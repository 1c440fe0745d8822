package app.alongside.workbench.host.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The web-resource {@link PageBuilderService}: what the code handling a request requires is collected for that
 * request (one collection per thread, opened and closed by the HTTP layer) and written into the page's head.
 * Requirements made outside a request (at start-up, in a background job) go nowhere, as in Confluence.
 */
public final class RequestWebResources implements PageBuilderService {

    private final ThreadLocal<Set<String>> required = new ThreadLocal<>();
    private final WebResourceAssembler assembler = new ThreadAssembler();

    /** Starts collecting for the current thread's request. */
    public void begin() {
        required.set(new LinkedHashSet<>());
    }

    /** Stops collecting and returns what was required, in order. */
    public List<String> end() {
        Set<String> keys = required.get();
        required.remove();
        return keys == null ? List.of() : List.copyOf(keys);
    }

    /** What has been required so far in this request, without ending it. */
    public List<String> requiredSoFar() {
        Set<String> keys = required.get();
        return keys == null ? List.of() : List.copyOf(keys);
    }

    @Override
    public WebResourceAssembler assembler() {
        return assembler;
    }

    private final class ThreadAssembler implements WebResourceAssembler, RequiredResources {
        @Override
        public RequiredResources resources() {
            return this;
        }

        @Override
        public RequiredResources requireWebResource(String moduleCompleteKey) {
            Objects.requireNonNull(moduleCompleteKey, "moduleCompleteKey");
            Set<String> keys = required.get();
            if (keys != null) {
                keys.add(moduleCompleteKey);
            }
            return this;
        }
    }
}
