package app.alongside.workbench.http;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class DecoratedPageTest {

    @Test
    public void aPageAskingForADecoratorIsTakenApart() {
        DecoratedPage page = DecoratedPage.parse("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"decorator\" content=\"atl.admin\"><title>Tom &amp; Jerry&#39;s</title>"
                + "<link rel=\"stylesheet\" href=\"/x.css\"></head><body class=\"x\"><h1>Hi</h1></body></html>")
                .orElseThrow();
        assertEquals("atl.admin", page.decorator());
        assertEquals("Tom & Jerry's", page.title());
        assertEquals("<link rel=\"stylesheet\" href=\"/x.css\">\n", page.extraHead());
        assertEquals("<h1>Hi</h1>", page.body());
    }

    @Test
    public void aPageWithoutADecoratorIsLeftAlone() {
        assertTrue(DecoratedPage.parse("<html><head><title>x</title></head><body>y</body></html>").isEmpty());
        assertTrue(DecoratedPage.parse("{\"json\": true}").isEmpty());
    }

    @Test
    public void onlyLocalRedirectsAreFollowedAfterSwitchingUser() {
        assertEquals("/display/RC", ActAsServlet.safeReturn("/display/RC"));
        assertEquals("/", ActAsServlet.safeReturn("//evil.example/"));
        assertEquals("/", ActAsServlet.safeReturn("https://evil.example/"));
        assertEquals("/", ActAsServlet.safeReturn("/\\evil.example"));
        assertEquals("/", ActAsServlet.safeReturn(null));
    }
}
