package app.alongside.workbench.host.security;

import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * SAL's XSRF token: one random token per HTTP session, sent by forms in the field {@value #PARAMETER}, as Confluence
 * names it. A form without the session's token is refused.
 */
public final class SessionXsrfTokens implements XsrfTokenAccessor, XsrfTokenValidator {

    public static final String PARAMETER = "atl_token";
    private static final String SESSION_ATTRIBUTE = SessionXsrfTokens.class.getName();
    private final SecureRandom random = new SecureRandom();

    @Override
    public String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        HttpSession session = request.getSession(create);
        if (session == null) {
            return null;
        }
        synchronized (session) {
            Object token = session.getAttribute(SESSION_ATTRIBUTE);
            if (token == null && create) {
                byte[] bytes = new byte[20];
                random.nextBytes(bytes);
                token = HexFormat.of().formatHex(bytes);
                session.setAttribute(SESSION_ATTRIBUTE, token);
            }
            return (String) token;
        }
    }

    @Override
    public boolean validateFormEncodedToken(HttpServletRequest request) {
        String expected = getXsrfToken(request, null, false);
        String given = request.getParameter(PARAMETER);
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getXsrfParameterName() {
        return PARAMETER;
    }
}
