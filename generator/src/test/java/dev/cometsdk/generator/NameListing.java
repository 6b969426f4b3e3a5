package dev.cometsdk.generator;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.Constant;
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.TypeDeclaration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every public Java name that the naming component gives the elements of a spec, keyed by the
 * element ({@code method AdminFoo async}), so that two specs' names can be compared element by
 * element.
 */
public final class NameListing {
  private NameListing() {}

  public static Map<String, String> of(JavaSymbols symbols) {
    ApiSpec spec = symbols.spec();
    Map<String, String> names = new TreeMap<>();
    for (TypeDeclaration type : spec.types()) {
      if (symbols.hasModelClass(type.name())) {
        names.put("type " + type.name(), symbols.modelClass(type.name()).canonicalName());
      }
      if (type instanceof TypeDeclaration.Struct struct) {
        for (Field field : struct.fields()) {
          JavaSymbols.FieldSymbols field1 = symbols.struct(struct).field(field);
          names.put("field " + struct.name() + "." + field.name(), field1.getter() + " " + field1.setter());
        }
      }
    }
    for (ApiMethod method : spec.methods()) {
      JavaSymbols.MethodSymbols m = symbols.method(method);
      String key = "method " + method.name();
      names.put(key + " blocking", m.area().simpleName() + "#" + m.blocking());
      names.put(key + " async", m.async());
      m.asStream().ifPresent(name -> names.put(key + " asStream", name));
      m.toFile().ifPresent(name -> names.put(key + " toFile", name));
      m.requestClass().ifPresent(name -> names.put(key + " request", name.canonicalName()));
      for (Parameter param : method.params()) {
        JavaSymbols.ParamSymbols p = m.param(param);
        names.put(key + " param " + param.name(), p.variable());
        if (m.requestClass().isPresent()) {
          // Only API once the method has a request class (its first optional parameter).
          names.put(key + " param " + param.name() + " request", p.builderMethod() + " " + p.getter());
        }
      }
    }
    for (Constant constant : spec.constants()) {
      names.put("constant " + constant.name(), symbols.constantOwner(constant).simpleName() + "."
          + symbols.constant(constant));
    }
    return names;
  }
}
