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
import java.util.Map;

/**
 * What the demo records in the app's private store, made once the workbench is serving, through the app's REST API
 * with each person's own login (a facilitator's for people without an account), as a person or a tool would:
 * consent, audit and permission checks all apply. Private perspectives first, then charter signatures, then time in
 * the reciprocity ledger (recorded by a facilitator, as the ledger allows no one else to). A refusal
 * stops the start, so a demo that no longer works is noticed.
 */
public final class DemoThroughRest {

    private static final Logger LOG = LoggerFactory.getLogger(DemoThroughRest.class);
    private static final String REST = "/rest/alongside/1.0";

    private final DemoManifest manifest;
    private final ContentStore store;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    public DemoThroughRest(DemoManifest manifest, ContentStore store) {
        this.manifest = manifest;
        this.store = store;
    }

    /** Makes every record against the workbench at {@code baseUrl}; in the demo every password is the username. */
    public void record(String baseUrl) throws IOException, InterruptedException {
        for (DemoManifest.DemoPerspective perspective : manifest.perspectives()) {
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
            send("PUT", baseUrl + path, perspective.as(), body);
        }
        for (DemoManifest.DemoSignature signature : manifest.signatures()) {
            send("POST", baseUrl + REST + "/charters/" + pageId(signature.charter()) + "/signature", signature.as(),
                    Map.of());
        }
        for (DemoManifest.DemoLedgerEntry entry : manifest.ledger()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("space", entry.space());
            body.put("people", entry.people().stream()
                    .map(person -> person.contains("/") ? String.valueOf(pageId(person)) : person).toList());
            body.put("date", entry.date());
            body.put("activity", entry.activity());
            body.put("time", entry.time());
            body.put("meetingPageId", entry.meeting() == null ? "" : String.valueOf(pageId(entry.meeting())));
            body.put("type", entry.type());
            body.put("amount", entry.amount() == null ? "" : entry.amount());
            body.put("state", entry.state() == null ? "" : entry.state());
            body.put("paidOn", entry.paidOn() == null ? "" : entry.paidOn());
            body.put("mayAffectBenefits", entry.mayAffectBenefits());
            send("POST", baseUrl + REST + "/ledger/entries", entry.as(), body);
        }
        LOG.info("Demo: {} private perspective(s) declared with consent, {} charter signature(s) and {} ledger "
                + "record(s) made through the app's REST API", manifest.perspectives().size(),
                manifest.signatures().size(), manifest.ledger().size());
    }

    private void send(String method, String url, String username, Map<String, Object> body)
            throws IOException, InterruptedException {
        String login = username + ":" + username;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(login.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("The demo could not " + method + " " + url + " as " + username
                    + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    private long pageId(String spaceSlashTitle) {
        int slash = spaceSlashTitle.indexOf('/');
        if (slash < 1) {
            throw new IllegalStateException("a demo page is SPACE/Title: " + spaceSlashTitle);
        }
        return store.byTitle(spaceSlashTitle.substring(0, slash), spaceSlashTitle.substring(slash + 1))
                .orElseThrow(() -> new IllegalStateException("no demo page " + spaceSlashTitle)).id();
    }
}
