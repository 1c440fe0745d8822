package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Stand-in for SAL {@code XsrfTokenAccessor} (jakarta servlet as in SAL 7 / Platform 8); signature from decompiled sal-api 5.1.4 (javax there). */
public interface XsrfTokenAccessor {

    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
