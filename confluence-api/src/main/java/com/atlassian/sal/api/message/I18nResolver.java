package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Stand-in for SAL {@code I18nResolver} (an interface; subset); signatures from decompiled sal-api 5.1.4. */
public interface I18nResolver {

    String getText(String key, Serializable... arguments);

    String getText(String key);
}
