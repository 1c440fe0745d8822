package com.atlassian.sal.api.web.context;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Stand-in for SAL {@code HttpContext} (other members omitted): the request being served on this thread, or
 * {@code null} outside a request. Signature from decompiled sal-api 5.1.4 ({@code javax.servlet} there; jakarta per
 * SAL 7 / Platform 8, as for {@code UserManager}).
 */
public interface HttpContext {

    HttpServletRequest getRequest();
}
