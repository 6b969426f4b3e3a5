package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.AuthKind;
import java.util.List;

/**
 * The credentials a method needs changed. A client keeps sending the kind of credentials its spec
 * named; it works on the other side's server only when that server accepts them.
 */
final class MethodAuthChanged extends DiffRule {
  MethodAuthChanged() {
    super("method-auth-changed", Area.METHOD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> pair : context.commonMethods()) {
      AuthKind before = pair.before().auth();
      AuthKind after = pair.after().auth();
      if (before != after) {
        changes.add(change(pair.after().name(), before.wireValue(), after.wireValue(),
            Verdicts.of(accepts(after, before), accepts(before, after), OK), "the credentials it needs changed"));
      }
    }
  }

  /** Whether a server requiring {@code server} accepts what a client built for {@code client} sends. */
  private static Compatibility accepts(AuthKind server, AuthKind client) {
    if (server == AuthKind.NONE || server == client) {
      return OK;
    }
    if (server == AuthKind.ANY && client != AuthKind.NONE) {
      return OK;
    }
    return BREAKS;
  }
}
