package dev.cometsdk.generator;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.Constant;
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * What the generator makes of a spec in Java terms, for tools that must agree with it: the differ
 * judges source and binary compatibility by comparing these answers for two specs.
 */
public final class JavaMapping {
  private final ApiSpec spec;
  private final GenerationContext context;

  private JavaMapping(ApiSpec spec, SinceIndex since) {
    this.spec = spec;
    this.context = new GenerationContext(spec, GeneratorOptions.defaults(), since);
  }

  /** The mapping the generator makes of {@code spec}, with the bundled history deciding collisions. */
  public static JavaMapping of(ApiSpec spec) {
    return new JavaMapping(spec, SinceIndex.bundled());
  }

  /**
   * The mapping of {@code spec} when every element of {@code baseline}, an earlier version, counts
   * as at least as old as that version: names that {@code baseline} had keep their Java names
   * against names that {@code spec} adds, also where the bundled history does not know them.
   */
  public static JavaMapping of(ApiSpec spec, ApiSpec baseline) {
    return new JavaMapping(spec, SinceIndex.bundled().withBaseline(baseline));
  }

  /** Every Java name of the generated code. */
  public JavaSymbols symbols() {
    return context.symbols();
  }

  /** The Java type of a value of {@code type}, as source text ({@code java.util.List<java.lang.String>}). */
  public String javaType(TypeRef type) {
    return context.types().javaType(type).toString();
  }

  /** The erasure of {@link #javaType}: what the JVM links against ({@code java.util.List}). */
  public String erasure(TypeRef type) {
    return erase(context.types().javaType(type));
  }

  private static String erase(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType().toString() : type.toString();
  }

  /** Whether values of {@code type} are unsigned 64-bit values held in a {@code long}. */
  public boolean isUnsigned64(TypeRef type) {
    return context.types().isUnsigned64(type);
  }

  /** Whether the declaration becomes a Java class: every struct, and aliases that have constants. */
  public boolean hasJavaClass(TypeDeclaration type) {
    return context.symbols().hasModelClass(type.name());
  }

  /**
   * Whether the struct's class implements the runtime's {@code CometStatusResponse}: it has a
   * {@code Status} that is a signed Java {@code long} and a {@code Message} that is a spec
   * {@code string}, both under those JSON keys.
   */
  public boolean implementsStatusResponse(TypeDeclaration.Struct struct) {
    return new StructGenerator(context).hasStatusAndMessage(struct);
  }

  /** The simple name of the class that holds a constant: its alias's class, or {@code CometConstants}. */
  public String constantOwner(Constant constant) {
    return context.symbols().constantOwner(constant).simpleName();
  }

  /** The Java field name of a constant. */
  public String constantName(Constant constant) {
    return context.symbols().constant(constant);
  }

  /** The simple name of the class of a struct or of an alias with constants. */
  public String className(TypeDeclaration type) {
    return context.symbols().modelClass(type.name()).simpleName();
  }

  /** The Java type of a constant's field, as source text. */
  public String constantJavaType(Constant constant) {
    return javaType(constant.type());
  }

  /** The getter and setter of a field of a struct ({@code getAccessTime setAccessTime}). */
  public String fieldAccessors(TypeDeclaration.Struct struct, Field field) {
    JavaSymbols.FieldSymbols names = context.symbols().struct(struct).field(field);
    return names.getter() + " " + names.setter();
  }

  /** Whether the method has a request object (it has optional parameters). */
  public boolean hasRequestObject(ApiMethod method) {
    return shape(method).hasRequestObject();
  }

  /** The request builder's setter name of an optional parameter. */
  public String builderMethodName(ApiMethod method, Parameter param) {
    return shape(method).builderMethodName(param);
  }

  /** The simple name of the interface that declares the method's Java methods. */
  public String methodOwner(ApiMethod method) {
    return shape(method).names().area().simpleName();
  }

  /** Every Java method name of the method: its forms, in order. */
  public List<String> methodForms(ApiMethod method) {
    JavaSymbols.MethodSymbols names = shape(method).names();
    List<String> forms = new java.util.ArrayList<>(List.of(names.blocking(), names.async()));
    names.asStream().ifPresent(forms::add);
    names.toFile().ifPresent(forms::add);
    return forms;
  }

  /**
   * The Java parameter types of the method that takes the required parameters, in order (erased
   * when {@code erased}); the method's Java signature as far as linking is concerned.
   */
  public List<String> requiredSignature(ApiMethod method, boolean erased) {
    MethodShape shape = shape(method);
    return shape.required().stream()
        .map(param -> erased ? erase(shape.javaType(param)) : shape.javaType(param).toString())
        .toList();
  }

  /** The Java type of one parameter as the generated code declares it, optional ones boxed. */
  public String paramJavaType(ApiMethod method, Parameter param, boolean erased) {
    TypeName type = shape(method).javaType(param);
    return erased ? erase(type) : type.toString();
  }

  /** The Java return type of the method's blocking form ({@code byte[]} for downloads). */
  public String returnJavaType(ApiMethod method, boolean erased) {
    TypeName type = shape(method).returnType();
    return erased ? erase(type) : type.toString();
  }

  /** The name of the Java method. */
  public String methodName(ApiMethod method) {
    return shape(method).javaName();
  }

  /** Whether the generated method switches the client to a returned session key. */
  public boolean startsSession(ApiMethod method) {
    return shape(method).startsSession();
  }

  /** The declaration a type name refers to in this spec, if any. */
  public Optional<TypeDeclaration> declaration(String name) {
    return spec.type(name);
  }

  private MethodShape shape(ApiMethod method) {
    return new MethodShape(method, context);
  }
}
