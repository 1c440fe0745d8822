package app.alongside.perspective;

/**
 * Told after a perspective changed, so that what was computed from it (stored ladder placements) is computed again.
 * Called after the change is stored; an implementation must not fail the change it is told about.
 */
public interface PerspectiveChanges {

    /** Nobody listening. */
    PerspectiveChanges NONE = new PerspectiveChanges() {
        @Override
        public void changed(SubjectKey subject) {
        }

        @Override
        public void changedForMany() {
        }
    };

    /** The subject's declaration was recorded, changed, withdrawn or erased. */
    void changed(SubjectKey subject);

    /** Declarations of many people may have gone at once (retention). */
    void changedForMany();
}
