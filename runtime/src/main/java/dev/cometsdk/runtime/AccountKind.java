package dev.cometsdk.runtime;

/**
 * The kind of Comet account whose credentials a client holds.
 *
 * <p>Administrator methods ({@code /api/v1/admin/...}) and end-user methods
 * ({@code /api/v1/user/...}) take different accounts; the transport refuses, before sending
 * anything, a call whose method needs the other kind.
 */
public enum AccountKind {
    /** An administrator account of the Comet Server. */
    ADMIN,
    /** An end-user (backup) account. */
    USER
}
