package app.alongside.confluence.decision.sync;

import app.alongside.decision.register.IndexRebuild.Scope;

import java.util.List;

/** Every page and blog post a rebuild reads: first their ids, then their content a batch at a time. */
public interface PageWalk {

    /** Ids of the current pages and blog posts in scope (all spaces, archived ones too, or one space). */
    long[] contentIds(Scope scope);

    /** The content of these ids that still exists and is not in the trash, in one host transaction. */
    List<PageSnapshot> snapshots(long[] ids);
}
