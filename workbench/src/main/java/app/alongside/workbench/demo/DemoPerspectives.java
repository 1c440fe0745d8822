package app.alongside.workbench.demo;

import app.alongside.workbench.host.content.ContentStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Declares the demo's private perspectives once the workbench is serving, through the app's REST API with each
 * person's own login (a facilitator's for people without an account), as a person or a tool would: consent, audit
 * and permission checks all apply. A refusal stops the start, so a demo that no longer works is noticed.
 */
public final class DemoPerspectives {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPerspectives.class);
    private static final String REST = "/rest/alongside/1.0";

    private final List<DemoManifest.DemoPerspective> perspectives;
    private final ContentStore store;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    public DemoPerspectives(DemoManifest manifest, ContentStore store) {
        this.perspectives = manifest.perspectives();
        this.store = store;
    }

    /** Declares each one against the workbench at {@code baseUrl}; in the demo every password is the username. */
    public void declare(String baseUrl) throws IOException, InterruptedException {
        for (DemoManifest.DemoPerspective perspective : perspectives) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("perspectives", perspective.perspectives());
            body.put("consent", true);
            body.put("ownWords", perspective.ownWords() == null ? "" : perspective.ownWords());
            body.put("showOnPage", perspective.showOnPage());
            String path = REST + "/me/perspective";
            if (perspective.participantPage() != null) {
                path = REST + "/participants/" + pageId(perspective.participantPage()) + "/perspective";
                body.put("consentGivenBy", perspective.consentGivenBy());
                body.put("consentGivenOn", perspective.consentGivenOn());
                body.put("consentHow", perspective.consentHow());
            }
            String login = perspective.as() + ":" + perspective.as();
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(login.getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("The demo could not declare a perspective as " + perspective.as()
                        + " (" + path + "): HTTP " + response.statusCode() + " " + response.body());
            }
        }
        if (!perspectives.isEmpty()) {
            LOG.info("Demo: {} private perspective(s) declared with consent through the app's REST API",
                    perspectives.size());
        }
    }

    private long pageId(String spaceSlashTitle) {
        int slash = spaceSlashTitle.indexOf('/');
        if (slash < 1) {
            throw new IllegalStateException("a demo participant page is SPACE/Title: " + spaceSlashTitle);
        }
        return store.byTitle(spaceSlashTitle.substring(0, slash), spaceSlashTitle.substring(slash + 1))
                .orElseThrow(() -> new IllegalStateException("no demo page " + spaceSlashTitle)).id();
    }
}
