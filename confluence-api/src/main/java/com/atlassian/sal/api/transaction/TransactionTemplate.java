package com.atlassian.sal.api.transaction;

/** Stand-in for SAL {@code TransactionTemplate}; signature from decompiled sal-api 5.1.4. */
public interface TransactionTemplate {

    <T> T execute(TransactionCallback<T> callback);
}
