package app.alongside.workbench.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The workbench's page addresses, which are Confluence's. */
public final class Urls {

    private Urls() {
    }

    public static String viewPage(long id) {
        return "/pages/viewpage.action?pageId=" + id;
    }

    public static String editPage(long id) {
        return "/pages/editpage.action?pageId=" + id;
    }

    public static String createPage(String spaceKey) {
        return "/pages/createpage.action?spaceKey=" + encode(spaceKey);
    }

    /** The create dialog (the app's blueprints and a blank page). */
    public static String create(String spaceKey) {
        return "/workbench/create?spaceKey=" + encode(spaceKey);
    }

    public static String trash(String spaceKey) {
        return "/pages/viewtrash.action?key=" + encode(spaceKey);
    }

    public static String removePage(long id) {
        return "/pages/removepage.action?pageId=" + id;
    }

    public static String space(String spaceKey) {
        return "/display/" + encode(spaceKey);
    }

    public static String user(String username) {
        return "/display/~" + encode(username);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
