package com.atlassian.sal.api.transaction;

/** Stand-in for SAL {@code TransactionCallback}; signature from decompiled sal-api 5.1.4. */
public interface TransactionCallback<T> {

    T doInTransaction();
}
