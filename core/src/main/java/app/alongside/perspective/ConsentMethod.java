package app.alongside.perspective;

/** How consent reached the record: the person recorded it themself, or a facilitator recorded it on their behalf. */
public enum ConsentMethod {
    SELF,
    ON_BEHALF
}
