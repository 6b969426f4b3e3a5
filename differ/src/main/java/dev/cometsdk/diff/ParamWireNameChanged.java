package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.Parameter;
import java.util.List;

/**
 * A parameter is sent under another form field name. Its Java name stays, and so does its Java
 * type, except on a multipart method, where the field named {@code upload} is the file: it becomes
 * or stops being an {@code UploadContent}, with its byte, path and stream overloads.
 */
final class ParamWireNameChanged extends DiffRule {
  ParamWireNameChanged() {
    super("param-wire-name-changed", Area.PARAMETER);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> method : context.commonMethods()) {
      for (DiffContext.Pair<Parameter> param : DiffContext.commonParams(method)) {
        if (!param.before().wireName().equals(param.after().wireName())) {
          Verdicts verdicts = DiffContext.java(Verdicts.of(BREAKS, BREAKS, OK),
              context.oldJava.paramJavaType(method.before(), param.before(), false),
              context.newJava.paramJavaType(method.after(), param.after(), false),
              context.oldJava.paramJavaType(method.before(), param.before(), true),
              context.newJava.paramJavaType(method.after(), param.after(), true));
          changes.add(change(method.after().name() + "(" + param.after().name() + ")", param.before().wireName(),
              param.after().wireName(), verdicts, "the form field name changed"));
        }
      }
    }
  }
}
