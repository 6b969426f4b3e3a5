package dev.cometsdk.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * One class per struct: private fields mapped to the exact JSON keys, getters and setters, unknown
 * fields kept and written back, {@code equals}, {@code hashCode} and a {@code toString} that hides
 * secrets.
 */
final class StructGenerator {
  private static final String UNKNOWN_FIELDS = "additionalProperties";
  private static final String UNKNOWN_FIELDS_OR_EMPTY = "unknownFields";

  private final GenerationContext context;

  StructGenerator(GenerationContext context) {
    this.context = context;
  }

  TypeSpec generate(TypeDeclaration.Struct struct) {
    JavaSymbols.StructSymbols names = context.symbols().struct(struct);
    ClassName self = names.type();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Types.COMET_OBJECT)
        .addJavadoc("$L", classJavadoc(struct))
        .addAnnotation(Types.COMET_JSON_OBJECT)
        .addAnnotation(propertyOrder(struct))
        .addAnnotation(AnnotationSpec.builder(Types.JSON_DESERIALIZE)
            .addMember("using", "$T.$L.class", self, names.decoder().simpleName()).build());
    if (hasStatusAndMessage(struct)) {
      type.addSuperinterface(Types.COMET_STATUS_RESPONSE);
    }
    struct.deprecatedSince().ifPresent(since -> type.addAnnotation(Deprecated.class));
    if (context.referencesDeprecated(struct)) {
      type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
    }
    for (Field field : struct.fields()) {
      type.addField(field(struct, field));
    }
    type.addField(FieldSpec.builder(unknownFieldsType(), UNKNOWN_FIELDS, Modifier.PRIVATE)
        .addJavadoc("Null until there is an unknown field: most objects have none, and reading thousands of them\n"
            + "should not create a map for each.\n")
        .addAnnotation(ClassName.get("com.fasterxml.jackson.annotation", "JsonIgnore"))
        .build());
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates a {@code $L} with every field empty: null, zero or false.\n", struct.name())
        .build());
    for (Field field : struct.fields()) {
      type.addMethod(getter(struct, field));
      type.addMethod(setter(struct, field));
    }
    type.addMethod(unknownFieldsGetter());
    type.addMethod(unknownFieldSetter());
    type.addMethod(unknownFieldsOrEmpty());
    type.addMethod(ValueMethods.equalsMethod(self, members(struct), names.equalsParameter(), names.equalsLocal(),
        CodeBlock.of("$N().equals($N.$N())", UNKNOWN_FIELDS_OR_EMPTY, names.equalsLocal(), UNKNOWN_FIELDS_OR_EMPTY)));
    type.addMethod(ValueMethods.hashCodeMethod(members(struct), CodeBlock.of("$N()", UNKNOWN_FIELDS_OR_EMPTY)));
    type.addMethod(toStringMethod(struct));
    type.addType(new DecoderGenerator(context).generate(struct, names));
    return type.build();
  }

  private String classJavadoc(TypeDeclaration.Struct struct) {
    StringBuilder doc = new StringBuilder();
    doc.append("The Comet data structure ").append(Javadocs.code(struct.name())).append(": a JSON object with ")
        .append(struct.fields().size()).append(struct.fields().size() == 1 ? " known field.\n" : " known fields.\n");
    doc.append("\n<p>Fields that a newer Comet Server sends and this SDK does not know are kept in\n")
        .append("{@link #getAdditionalProperties()} and written back unchanged, so that reading an object,\n")
        .append("changing one field and sending it back never loses data.\n");
    String usage = context.usageOf(struct.name());
    if (!usage.isEmpty()) {
      doc.append("\n<p>").append(usage);
    }
    doc.append('\n');
    struct.deprecatedSince().ifPresent(since -> doc.append(Javadocs.deprecated(since)));
    doc.append(Javadocs.since(context.since().type(struct), context.spec().serverVersion()));
    return doc.toString();
  }

  private JavaSymbols.FieldSymbols namesOf(TypeDeclaration.Struct struct, Field field) {
    return context.symbols().struct(struct).field(field);
  }

  private FieldSpec field(TypeDeclaration.Struct struct, Field field) {
    FieldSpec.Builder builder = FieldSpec.builder(context.types().javaType(field.type()), namesOf(struct, field).field(),
        Modifier.PRIVATE);
    builder.addAnnotation(AnnotationSpec.builder(Types.JSON_PROPERTY).addMember("value", "$S", field.jsonName()).build());
    if (field.omitEmpty()) {
      builder.addAnnotation(AnnotationSpec.builder(Types.JSON_INCLUDE)
          .addMember("value", "$T.Include.NON_DEFAULT", Types.JSON_INCLUDE).build());
    }
    unsignedAnnotations(field.type()).forEach(builder::addAnnotation);
    return builder.build();
  }

  /** Jackson annotations that read and write a {@code long} (or its list or map values) unsigned. */
  List<AnnotationSpec> unsignedAnnotations(TypeRef type) {
    JavaTypeMapper types = context.types();
    String member;
    if (types.isUnsigned64(type)) {
      member = "using";
    } else if (type instanceof TypeRef.ListType list && types.isUnsigned64(list.element())) {
      member = "contentUsing";
    } else if (type instanceof TypeRef.MapType map && types.isUnsigned64(map.value())) {
      member = "contentUsing";
    } else {
      return List.of();
    }
    return List.of(
        AnnotationSpec.builder(Types.JSON_SERIALIZE).addMember(member, "$T.class", Types.UNSIGNED_SERIALIZER).build(),
        AnnotationSpec.builder(Types.JSON_DESERIALIZE).addMember(member, "$T.class", Types.UNSIGNED_DESERIALIZER).build());
  }

  private MethodSpec getter(TypeDeclaration.Struct struct, Field field) {
    JavaSymbols.FieldSymbols names = namesOf(struct, field);
    TypeName javaType = context.types().javaType(field.type());
    MethodSpec.Builder getter = MethodSpec.methodBuilder(names.getter())
        .addModifiers(Modifier.PUBLIC)
        .returns(javaType)
        .addJavadoc("$L", "Returns " + describe(field) + "\n\n@return the value; "
            + emptyValue(javaType) + " when the server did not send it\n" + memberTail(struct, field))
        .addStatement("return $N", names.field());
    field.deprecatedSince().ifPresent(since -> getter.addAnnotation(Deprecated.class));
    return getter.build();
  }

  private MethodSpec setter(TypeDeclaration.Struct struct, Field field) {
    JavaSymbols.FieldSymbols names = namesOf(struct, field);
    // Jackson reads through the setter, writes from the field: a setter can be called through a
    // generated lambda (the runtime's mapper has Jackson's Blackbird module), a private field only
    // through reflection, which made typed decoding slower than reading into a Map.
    MethodSpec.Builder setter = MethodSpec.methodBuilder(names.setter())
        .addAnnotation(AnnotationSpec.builder(Types.JSON_SETTER).addMember("value", "$S", field.jsonName()).build())
        .addModifiers(Modifier.PUBLIC)
        .addParameter(context.types().javaType(field.type()), names.field())
        .addJavadoc("$L", "Sets " + describe(field) + "\n\n@param " + names.field() + " the new value"
            + (field.omitEmpty() ? "; an empty value leaves the key out of the JSON" : "") + "\n"
            + memberTail(struct, field))
        .addStatement("this.$N = $N", names.field(), names.field());
    field.deprecatedSince().ifPresent(since -> setter.addAnnotation(Deprecated.class));
    return setter.build();
  }

  private String describe(Field field) {
    String text = "the JSON field " + Javadocs.code(field.jsonName()) + " (" + Javadocs.code(field.type().toString()) + ")";
    if (!field.name().equals(field.jsonName())) {
      text += ", named " + Javadocs.code(field.name()) + " in Comet's SDKs";
    }
    if (context.types().isUnsigned64(field.type())) {
      text += ". The {@code long} holds an unsigned value: read it with {@link Long#toUnsignedString(long)}";
    }
    return text + ".";
  }

  private String memberTail(TypeDeclaration.Struct struct, Field field) {
    StringBuilder tail = new StringBuilder();
    field.deprecatedSince().ifPresent(since -> tail.append(Javadocs.deprecated(since)));
    tail.append(Javadocs.since(context.since().field(struct, field), context.spec().serverVersion()));
    return tail.toString();
  }

  private static String emptyValue(TypeName type) {
    if (type.equals(TypeName.BOOLEAN)) {
      return "false";
    }
    if (type.isPrimitive()) {
      return "0";
    }
    return "null";
  }

  private static ParameterizedTypeName unknownFieldsType() {
    return ParameterizedTypeName.get(Types.MAP, ClassName.get(String.class), Types.JSON_NODE);
  }

  private MethodSpec unknownFieldsGetter() {
    return MethodSpec.methodBuilder("getAdditionalProperties")
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Override.class)
        .returns(unknownFieldsType())
        .addJavadoc("Returns the JSON fields that this SDK does not know, in the order the server sent them.\n"
            + "They are written back unchanged when this object is sent.\n\n"
            + "@return the unknown fields by JSON key; a live, modifiable map\n")
        .beginControlFlow("if ($N == null)", UNKNOWN_FIELDS)
        .addStatement("$N = new $T<>()", UNKNOWN_FIELDS, Types.LINKED_HASH_MAP)
        .endControlFlow()
        .addStatement("return $N", UNKNOWN_FIELDS)
        .build();
  }

  /** What equality, the hash, toString and Jackson's writing see, without creating the map. */
  private MethodSpec unknownFieldsOrEmpty() {
    return MethodSpec.methodBuilder(UNKNOWN_FIELDS_OR_EMPTY)
        .addModifiers(Modifier.PRIVATE)
        .addAnnotation(Types.JSON_ANY_GETTER)
        .returns(unknownFieldsType())
        .addJavadoc("The unknown fields as Jackson writes them back; empty, not created, when there are none.\n\n"
            + "@return the unknown fields, or an empty map\n")
        .addStatement("return $N == null ? $T.emptyMap() : $N", UNKNOWN_FIELDS, Types.COLLECTIONS, UNKNOWN_FIELDS)
        .build();
  }

  private MethodSpec unknownFieldSetter() {
    return MethodSpec.methodBuilder("setAdditionalProperty")
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Types.JSON_ANY_SETTER)
        .addParameter(String.class, "name")
        .addParameter(Types.JSON_NODE, "value")
        .addJavadoc("Keeps a JSON field that this SDK does not know.\n\n"
            + "@param name the JSON key\n@param value the JSON value, kept exactly\n")
        .addStatement("getAdditionalProperties().put(name, value)")
        .build();
  }

  private List<ValueMethods.Member> members(TypeDeclaration.Struct struct) {
    List<ValueMethods.Member> members = new ArrayList<>();
    for (Field field : struct.fields()) {
      members.add(new ValueMethods.Member(namesOf(struct, field).field(), context.types().javaType(field.type())));
    }
    return members;
  }

  private MethodSpec toStringMethod(TypeDeclaration.Struct struct) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("Describes this object for logs. Secrets (passwords, keys, tokens, one-time codes) are\n"
            + "printed as {@code $L}, and unknown fields by name only.\n\n@return a one-line description\n",
            Secrets.REDACTED);
    CodeBlock.Builder body = CodeBlock.builder().add("return $S", struct.name() + "{");
    boolean first = true;
    for (Field field : struct.fields()) {
      String name = namesOf(struct, field).field();
      String label = (first ? "" : ", ") + field.name() + "=";
      first = false;
      TypeName javaType = context.types().javaType(field.type());
      if (isSecret(field, javaType)) {
        body.add("\n+ $S + ($N == null ? null : $S)", label, name, Secrets.REDACTED);
      } else if (javaType instanceof ArrayTypeName) {
        body.add("\n+ $S + ($N == null ? null : $N.length + $S)", label, name, name, " bytes");
      } else if (context.types().isUnsigned64(field.type())) {
        body.add("\n+ $S + $T.toUnsignedString($N)", label, Long.class, name);
      } else {
        body.add("\n+ $S + $N", label, name);
      }
    }
    body.add("\n+ $S + $N().keySet() + $S", (first ? "" : ", ") + "additionalProperties=", UNKNOWN_FIELDS_OR_EMPTY,
        "}");
    return method.addStatement(body.build()).build();
  }

  private boolean isSecret(Field field, TypeName javaType) {
    boolean text = javaType.equals(ClassName.get(String.class)) || javaType instanceof ArrayTypeName
        || javaType.equals(ParameterizedTypeName.get(Types.LIST, ClassName.get(String.class)));
    return text && Secrets.isSecretName(field.name());
  }

  /** Whether the class can implement the runtime's {@code CometStatusResponse} (long Status, String Message). */
  boolean hasStatusAndMessage(TypeDeclaration.Struct struct) {
    boolean status = struct.fields().stream().anyMatch(field -> field.name().equals("Status")
        && field.jsonName().equals("Status") && context.types().javaType(field.type()).equals(TypeName.LONG)
        && !context.types().isUnsigned64(field.type()));
    boolean message = struct.fields().stream().anyMatch(field -> field.name().equals("Message")
        && field.jsonName().equals("Message") && field.type().toString().equals("string"));
    return status && message;
  }

  private static AnnotationSpec propertyOrder(TypeDeclaration.Struct struct) {
    AnnotationSpec.Builder order = AnnotationSpec.builder(Types.JSON_PROPERTY_ORDER);
    if (struct.fields().isEmpty()) {
      return order.addMember("value", "{}").build();
    }
    for (Field field : struct.fields()) {
      order.addMember("value", "$S", field.jsonName());
    }
    return order.build();
  }
}
