package app.alongside.workbench.http;

import java.util.List;
import java.util.Objects;

/** What the about page says about the host itself: where its data lives and which services it offers the app. */
public record HostFacts(String dataDirectory, String database, List<String> hostServices) {

    public HostFacts {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(database, "database");
        hostServices = List.copyOf(hostServices);
    }
}
