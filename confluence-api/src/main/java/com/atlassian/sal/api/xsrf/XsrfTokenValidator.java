package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;

/** Stand-in for SAL {@code XsrfTokenValidator} (jakarta servlet as in SAL 7 / Platform 8); signatures from decompiled sal-api 5.1.4 (javax there). */
public interface XsrfTokenValidator {

    boolean validateFormEncodedToken(HttpServletRequest request);

    String getXsrfParameterName();
}
