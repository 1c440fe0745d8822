package app.alongside.participant;

/** The names and parameters of the participant macros in page storage. Permanent once released. */
public final class ParticipantMacros {

    /** A person's profile, on their participant page. Body: "what I bring", in their own words (rich text). */
    public static final String PROFILE = "alongside-participant";
    /** The directory of participant pages. No body. */
    public static final String DIRECTORY = "alongside-participant-directory";

    // profile
    public static final String NAME = "name";
    public static final String PREFERRED_NAME = "preferredName";
    public static final String PRONOUNS = "pronouns";
    /** A Confluence user ({@code <ri:user ri:userkey=…/>} in the parameter), when the person has an account. */
    public static final String USER = "user";
    /** The file name of a photo attached to the page; initials are shown without one. */
    public static final String PHOTO = "photo";
    /** Comma-separated. */
    public static final String SKILLS = "skills";
    /** Comma-separated. */
    public static final String INTERESTS = "interests";
    /** Comma-separated {@link AccessNeed} codes. */
    public static final String ACCESS = "access";
    public static final String ACCESS_NOTES = "accessNotes";
    public static final String AVAILABILITY = "availability";

    // directory
    public static final String SPACES = "spaces";
    public static final String SKILL = "skill";
    public static final String INTEREST = "interest";
    /** {@code cards} (default) or {@code table}. */
    public static final String LAYOUT = "layout";

    private ParticipantMacros() {
    }
}
