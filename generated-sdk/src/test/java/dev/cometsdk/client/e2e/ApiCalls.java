package dev.cometsdk.client.e2e;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cometsdk.client.CometClient;
import dev.cometsdk.generator.JavaMapping;
import dev.cometsdk.generator.JavaSymbols;
import dev.cometsdk.runtime.CometJson;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.ContentType;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.WireEncoding;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Calls API methods through the generated client's public API by reflection, with arguments made
 * from synthetic JSON, and remembers what each parameter should look like on the wire.
 */
final class ApiCalls {
  /** The Java names of the SDK, as the generator's naming component gave them. */
  static final JavaSymbols NAMES = JavaMapping.of(BundledSpecs.catalog().loadNewest()).symbols();

  /** What one parameter must arrive as. */
  sealed interface Sent permits Raw, Json, Upload {}

  /** A {@code raw} parameter: this exact string. */
  record Raw(String value) implements Sent {}

  /** A {@code json} parameter: JSON text containing this tree. */
  record Json(JsonNode value) implements Sent {}

  /** The file part of a multipart call: these bytes. */
  record Upload(byte[] content) implements Sent {}

  /** A call ready to make, and the form fields it must send (by wire name). */
  record Prepared(ApiMethod method, Method javaMethod, Object[] arguments, Map<String, Sent> sent) {
    Object invoke(CometClient client) {
      return ApiCalls.invoke(javaMethod, client, arguments);
    }
  }

  private ApiCalls() {}

  /** The Java name of a method, as the generator makes it. */
  static String javaName(ApiMethod method) {
    return NAMES.method(method).blocking();
  }

  /** The request builder's method of an optional parameter. */
  static String builderMethod(ApiMethod method, Parameter param) {
    return NAMES.method(method).param(param).builderMethod();
  }

  static boolean isUpload(ApiMethod method, Parameter param) {
    return method.contentType() == ContentType.MULTIPART_FORM_DATA && param.wireName().equals("upload");
  }

  static boolean hasOptional(ApiMethod method) {
    return method.params().stream().anyMatch(Parameter::optional);
  }

  static Class<?> requestClass(ApiMethod method) {
    try {
      return Class.forName(NAMES.method(method).requestClass().orElseThrow().canonicalName());
    } catch (ClassNotFoundException e) {
      throw new AssertionFailedError("no request class for " + method.name(), e);
    }
  }

  /**
   * A call of {@code method} that sends every parameter: through the request object when the method
   * has optional parameters, otherwise through the method with the required parameters.
   */
  static Prepared everyParameter(ApiSpec spec, ApiMethod method, SyntheticJson synthetic) {
    return prepare(spec, method, synthetic, param -> true);
  }

  /**
   * A call of {@code method} that gives the parameters {@code give} accepts (all required ones
   * must be among them). Optional parameters left out are not sent.
   */
  static Prepared prepare(ApiSpec spec, ApiMethod method, SyntheticJson synthetic, Predicate<Parameter> give) {
    Map<String, Sent> sent = new LinkedHashMap<>();
    List<Parameter> required = method.params().stream().filter(p -> !p.optional()).collect(Collectors.toList());
    List<Parameter> optional = method.params().stream().filter(p -> p.optional() && give.test(p))
        .collect(Collectors.toList());
    if (optional.isEmpty()) {
      Method javaMethod = clientMethod(method, required, null);
      Object[] arguments = arguments(spec, method, required, javaMethod.getGenericParameterTypes(), synthetic, sent);
      return new Prepared(method, javaMethod, arguments, sent);
    }
    Class<?> requestClass = requestClass(method);
    Method factory = Arrays.stream(requestClass.getMethods())
        .filter(m -> m.getName().equals("builder") && Modifier.isStatic(m.getModifiers()))
        .findFirst().orElseThrow(() -> new AssertionFailedError(requestClass + " has no builder(...)"));
    Object builder = invoke(factory, null,
        arguments(spec, method, required, factory.getGenericParameterTypes(), synthetic, sent));
    for (Parameter param : optional) {
      Method setter = Arrays.stream(builder.getClass().getMethods())
          .filter(m -> m.getName().equals(builderMethod(method, param)) && m.getParameterCount() == 1)
          .findFirst().orElseThrow(() -> new AssertionFailedError(builder.getClass() + " has no "
              + builderMethod(method, param)));
      invoke(setter, builder, arguments(spec, method, List.of(param), setter.getGenericParameterTypes(), synthetic,
          sent));
    }
    Object request = invoke(method(builder.getClass(), "build"), builder, new Object[0]);
    return new Prepared(method, clientMethod(method, null, requestClass), new Object[] {request}, sent);
  }

  private static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new AssertionFailedError(type + " has no " + name + "()", e);
    }
  }

  /**
   * The client method of {@code method} that takes either the given parameters or the request
   * object: the blocking one (returning {@code byte[]} for downloads, the {@code byte[]} upload
   * overload for multipart calls).
   */
  static Method clientMethod(ApiMethod method, List<Parameter> params, Class<?> requestClass) {
    List<Method> candidates = Arrays.stream(CometClient.class.getMethods())
        .filter(m -> m.getName().equals(javaName(method)))
        .filter(m -> requestClass != null
            ? m.getParameterCount() == 1 && m.getParameterTypes()[0] == requestClass
            : m.getParameterCount() == params.size() && !isRequestClass(m.getParameterTypes()))
        .filter(m -> requestClass != null || method.params().stream().noneMatch(p -> isUpload(method, p))
            || Arrays.asList(m.getParameterTypes()).contains(byte[].class))
        .collect(Collectors.toList());
    if (candidates.size() != 1) {
      throw new AssertionFailedError("expected one client method for " + method.name() + ", found " + candidates);
    }
    return candidates.get(0);
  }

  private static boolean isRequestClass(Class<?>[] types) {
    return types.length == 1 && types[0].getName().startsWith(NAMES.options().requestsPackage() + ".");
  }

  private static Object[] arguments(ApiSpec spec, ApiMethod method, List<Parameter> params, Type[] javaTypes,
      SyntheticJson synthetic, Map<String, Sent> sent) {
    if (params.size() != javaTypes.length) {
      throw new AssertionFailedError(method.name() + ": " + params.size() + " parameters but Java takes "
          + Arrays.toString(javaTypes));
    }
    List<Object> arguments = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      Parameter param = params.get(i);
      if (isUpload(method, param)) {
        byte[] content = new byte[300];
        for (int b = 0; b < content.length; b++) {
          content[b] = (byte) (b * 7);
        }
        sent.put(param.wireName(), new Upload(content));
        arguments.add(content);
        continue;
      }
      JsonNode value = synthetic.value(param.type(), param.name());
      arguments.add(javaValue(spec, param, value, javaTypes[i]));
      sent.put(param.wireName(), param.wireEncoding() == WireEncoding.RAW ? new Raw(value.textValue())
          : new Json(value));
    }
    return arguments.toArray();
  }

  /** The Java value of a parameter, converted from its synthetic JSON. */
  static Object javaValue(ApiSpec spec, Parameter param, JsonNode value, Type javaType) {
    if (param.wireEncoding() == WireEncoding.RAW) {
      return value.textValue();
    }
    if (SyntheticJson.isUnsigned64(spec, param.type())) {
      return Long.parseUnsignedLong(value.asText());
    }
    JavaType type = CometJson.mapper().getTypeFactory().constructType(javaType);
    return CometJson.mapper().convertValue(value, type);
  }

  static Object invoke(Method method, Object target, Object[] arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (IllegalAccessException e) {
      throw new AssertionFailedError("cannot call " + method, e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new AssertionFailedError(method + " threw", e.getCause());
    }
  }

  /** The Java class of a struct. */
  static Class<?> modelClass(String typeName) {
    try {
      return Class.forName(NAMES.modelClass(typeName).canonicalName());
    } catch (ClassNotFoundException e) {
      throw new AssertionFailedError("no model class " + typeName, e);
    }
  }
}
