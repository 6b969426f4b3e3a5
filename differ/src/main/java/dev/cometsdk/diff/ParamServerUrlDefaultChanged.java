package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.Parameter;
import java.util.List;

/**
 * Whether a left-out parameter is filled with the client's server URL changed. That is the
 * client's doing, so no server breaks; but the new SDK sends something different for the same
 * call, which callers should know.
 */
final class ParamServerUrlDefaultChanged extends DiffRule {
  ParamServerUrlDefaultChanged() {
    super("param-server-url-default-changed", Area.PARAMETER);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> method : context.commonMethods()) {
      for (DiffContext.Pair<Parameter> param : DiffContext.commonParams(method)) {
        boolean before = param.before().defaultsToServerUrl();
        boolean after = param.after().defaultsToServerUrl();
        if (before != after) {
          changes.add(change(method.after().name() + "(" + param.after().name() + ")", "defaultsToServerUrl=" + before,
              "defaultsToServerUrl=" + after, Verdicts.ALL_COMPATIBLE, ChangeSeverity.WARNING,
              after ? "when left out, the SDK now sends the server URL" : "when left out, the SDK no longer sends the server URL",
              List.of()));
        }
      }
    }
  }
}
