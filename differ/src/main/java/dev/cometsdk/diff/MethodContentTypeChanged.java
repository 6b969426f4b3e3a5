package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.Parameter;
import java.util.List;

/**
 * The request content type changed (form to multipart or back). Servers parse the body by it; in
 * Java the upload parameter changes type between {@code String} and {@code UploadContent}.
 */
final class MethodContentTypeChanged extends DiffRule {
  MethodContentTypeChanged() {
    super("method-content-type-changed", Area.METHOD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> pair : context.commonMethods()) {
      if (pair.before().contentType() == pair.after().contentType()) {
        continue;
      }
      boolean javaChanged = false;
      for (DiffContext.Pair<Parameter> param : DiffContext.commonParams(pair)) {
        javaChanged |= !context.oldJava.paramJavaType(pair.before(), param.before(), false)
            .equals(context.newJava.paramJavaType(pair.after(), param.after(), false));
      }
      Compatibility java = javaChanged ? BREAKS : OK;
      changes.add(change(pair.after().name(), pair.before().contentType().wireValue(),
          pair.after().contentType().wireValue(), Verdicts.of(BREAKS, BREAKS, java), "the request content type changed"));
    }
  }
}
