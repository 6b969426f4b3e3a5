package dev.cometsdk.runtime;

/** The credentials an API method needs: the {@code auth} of the method in the spec. */
public enum AuthRequirement {
    /** Administrator credentials. */
    ADMIN,
    /** End-user credentials. */
    USER,
    /** Either kind of account (the {@code /api/v1/hybrid/} method). */
    ANY,
    /** No credentials: none are sent. */
    NONE;

    /**
     * Tells whether a client holding credentials of the given account kind may call a method with
     * this requirement.
     *
     * @param kind the client's account kind
     * @return true for {@link #ANY} and {@link #NONE}, and where the kinds match
     */
    public boolean acceptsAccount(AccountKind kind) {
        switch (this) {
            case ADMIN:
                return kind == AccountKind.ADMIN;
            case USER:
                return kind == AccountKind.USER;
            default:
                return true;
        }
    }
}
