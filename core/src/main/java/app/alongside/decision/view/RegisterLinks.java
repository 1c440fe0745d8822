package app.alongside.decision.view;

import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.RegisterCursor;
import app.alongside.decision.register.RegisterSort;

/**
 * Port: the adapter's links for a register. An empty string means "no link here" (for example in a PDF export, where
 * the register cannot be re-ordered or paged); the register then shows plain text.
 */
public interface RegisterLinks {

    /** The decision's card on its page. */
    String decision(IndexedDecision decision);

    /** The page (or blog post) where the decision was made. */
    String page(IndexedPage page);

    /** This register, with the same filters, in another order, from its first page. */
    String sort(RegisterSort sort);

    /** This register's next page. */
    String next(RegisterCursor cursor);

    /** This register's first page, same filters and order. */
    String first();

    /** This register without the filters a reader chose (the page's own settings). */
    String reset();
}
